"""What a feed reader sees when an activity is removed or moved (docs/partners.md).

Removed: its items and its calendar event leave every feed; nothing else in the feed changes.
Moved (renamed file): its upcoming items get new ids (ids come from the path, never drift
silently); items readers fetched before keep their links, which land on the buurt's agenda.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import feedparser
import icalendar

from tests.site.build_support import KLEINE_STAD
from welkom.check import load_site
from welkom.render.context import BuildContext
from welkom.render.feeds import feed_outputs

TODAY = dt.date(2026, 11, 23)
BUURT = "voorbeeldstad/kiem-noord"
GONE = "activiteiten/voorbeeldstad/kiem-noord/koffie-ochtend.yml"


def _feeds(root: Path) -> dict[str, bytes]:
    site = load_site(root)
    assert not site.errors, site.errors
    ctx = BuildContext(site, TODAY, site_url="https://welkom.example.org/")
    return {o.path: o.content for o in feed_outputs(ctx, workers=1)}


def _entries(data: bytes) -> dict[str, str]:
    parsed = feedparser.parse(data)
    assert not parsed.bozo
    return {e.id: e.title for e in parsed.entries}


def _uids(data: bytes) -> set[str]:
    calendar = icalendar.Calendar.from_ical(data)
    return {str(event["UID"]) for event in calendar.walk("VEVENT")}


def test_a_removed_activity_leaves_the_feeds_cleanly(tmp_path: Path) -> None:
    root = shutil.copytree(KLEINE_STAD, tmp_path / "site")
    before = _feeds(root)
    (root / GONE).unlink()
    after = _feeds(root)
    # Every feed stays at its address; only the activity's own calendar file goes with it.
    assert before.keys() - after.keys() == {f"{BUURT}/activiteiten/koffie-ochtend/activiteit.ics"}
    assert after.keys() <= before.keys()
    for scope in (BUURT, "voorbeeldstad", ""):
        prefix = f"{scope}/" if scope else ""
        old = _entries(before[f"{prefix}activiteiten.atom"])
        new = _entries(after[f"{prefix}activiteiten.atom"])
        gone = {i for i in old if "/koffie-ochtend/" in i}
        assert gone, "the removed activity had items before"
        assert new == {i: t for i, t in old.items() if i not in gone}  # the rest: unchanged
        uids = _uids(after[f"{prefix}activiteiten.ics"])
        assert f"{BUURT}/koffie-ochtend@welkom.example.org" in _uids(
            before[f"{prefix}activiteiten.ics"]
        )
        assert not any("koffie-ochtend" in u for u in uids)
    # Feeds of another buurt do not change at all.
    assert (
        before["voorbeeldstad/oude-haven/activiteiten.rss"]
        == (after["voorbeeldstad/oude-haven/activiteiten.rss"])
    )


def test_a_moved_activity_gets_new_ids_and_keeps_the_others(tmp_path: Path) -> None:
    root = shutil.copytree(KLEINE_STAD, tmp_path / "site")
    before = _entries(_feeds(root)[f"{BUURT}/activiteiten.atom"])
    (root / GONE).rename(root / GONE.replace("koffie-ochtend", "koffie-in-de-ochtend"))
    after_feeds = _feeds(root)
    after = _entries(after_feeds[f"{BUURT}/activiteiten.atom"])
    old_ids = {i for i in before if "/koffie-ochtend/" in i}
    new_ids = {i for i in after if "/koffie-in-de-ochtend/" in i}
    assert len(old_ids) == len(new_ids) > 0
    assert {i.replace("koffie-ochtend", "koffie-in-de-ochtend") for i in old_ids} == new_ids
    assert {i: t for i, t in before.items() if i not in old_ids} == {
        i: t for i, t in after.items() if i not in new_ids
    }


def test_old_feed_addresses_also_from_parallel_feed_writers(tmp_path: Path) -> None:
    """The old feed files come out the same with one process or several (render/feeds)."""
    from tests.redirects.renamed import NEW, OLD, renamed_site

    root = renamed_site(tmp_path / "site")
    site = load_site(root)
    ctx = BuildContext(site, TODAY, site_url="https://welkom.example.org/")
    one = {o.path: o.content for o in feed_outputs(ctx, workers=1)}
    two = {o.path: o.content for o in feed_outputs(ctx, workers=2)}
    assert one == two
    for name in ("activiteiten.rss", "activiteiten.ics", "verhalen.atom"):
        assert one[OLD + name] == one[NEW + name]
