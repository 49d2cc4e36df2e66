"""A one-off activity leaves pages and feeds the day after its date, and nothing else moves.

Two builds of tests/fresh/fixtures/nakijken: on the day of "Lampionnen maken" (2026-11-28) and
the day after. Read with real parsers (feedparser, JSON, icalendar).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import feedparser
import icalendar

from welkom.check import load_site
from welkom.render.context import BuildContext
from welkom.render.feeds import feed_outputs
from welkom.render.pages import all_pages

FIXTURE = Path(__file__).parent / "fixtures" / "nakijken"
DAY = dt.date(2026, 11, 28)
BUURT = "voorbeeldstad/kiem-noord"


def _build(today: dt.date) -> tuple[dict[str, bytes], dict[str, str]]:
    site = load_site(FIXTURE)
    assert not site.errors
    ctx = BuildContext(site, today, site_url="https://welkom.example.org/")
    feeds = {o.path: o.content for o in feed_outputs(ctx, workers=1)}
    pages = {p.src_uri: p.content + "".join(p.blocks) for p in all_pages(ctx)}
    return feeds, pages


def _json_items(data: bytes) -> dict[str, dict[str, object]]:
    return {item["id"]: item for item in json.loads(data)["items"]}


def test_a_one_off_leaves_the_feeds_the_day_after_and_nothing_else_moves() -> None:
    before, _ = _build(DAY)
    after, _ = _build(DAY + dt.timedelta(days=1))
    for scope in (BUURT, "voorbeeldstad", ""):
        prefix = f"{scope}/" if scope else ""
        old = _json_items(before[f"{prefix}activiteiten.json"])
        new = _json_items(after[f"{prefix}activiteiten.json"])
        gone = [i for i in old if "/lampionnen/" in i]
        assert gone == [f"tag:welkom.example.org,2026:activiteit/{BUURT}/lampionnen/2026-11-28"]
        assert not any("/lampionnen/" in i for i in new)
        # Every other item that is in both feeds is exactly the same item.
        both = (set(old) & set(new)) - set(gone)
        assert both
        assert all(old[i] == new[i] for i in both)
        # Only the item of the day that passed left; only one at the far end came in.
        assert set(old) - set(new) == set(gone)
        atom = feedparser.parse(after[f"{prefix}activiteiten.atom"])
        assert not atom.bozo
        assert not any("Lampionnen" in e.title for e in atom.entries)
    # The calendar keeps the past event as history (docs/partners.md), on its own date.
    calendar = icalendar.Calendar.from_ical(after[f"{BUURT}/activiteiten.ics"])
    (lampionnen,) = [e for e in calendar.walk("VEVENT") if "lampionnen" in str(e["UID"])]
    assert lampionnen.decoded("DTSTART").date() == DAY


def test_a_one_off_leaves_the_pages_the_day_after() -> None:
    _, before = _build(DAY)
    _, after = _build(DAY + dt.timedelta(days=1))
    for page in (f"{BUURT}/index.md", f"{BUURT}/agenda/index.md", f"{BUURT}/embed/index.md"):
        assert "Lampionnen maken" in before[page]
        assert "Lampionnen maken" not in after[page]
    assert "Koffieochtend" in after[f"{BUURT}/index.md"]


def test_an_activity_after_its_tot_is_on_no_page_and_in_no_feed() -> None:
    feeds, pages = _build(dt.date(2026, 11, 23))
    assert not any(b"Zomerbios" in data for path, data in feeds.items() if "ics" not in path)
    assert not any("Zomerbios" in text for text in pages.values())
