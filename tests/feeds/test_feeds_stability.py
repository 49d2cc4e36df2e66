"""Feeds are a promise: ids and dates do not drift between builds; same day, same bytes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.feeds.conftest import TODAY, render, write_site
from tests.feeds.readers import agenda, parse_feed
from welkom.check import load_site
from welkom.render.agenda import activity_ids
from welkom.render.context import BuildContext
from welkom.render.feeds import feed_outputs, ids
from welkom.render.feeds.build import MAX_AGGREGATE_ITEMS, FeedWriter
from welkom.render.feeds.items import DEFAULT_SITE_NAME
from welkom.site import Site

LATER = TODAY + dt.timedelta(days=7)


def _entries(data: bytes) -> dict[str, tuple[object, ...]]:
    parsed = parse_feed(data)
    return {
        e.id: (e.title, e.link, dict.get(e, "published_parsed"), dict.get(e, "updated_parsed"))
        for e in parsed.entries
    }


@pytest.mark.parametrize(
    "path",
    [
        "voorbeeldstad/kiem-noord/activiteiten.rss",
        "voorbeeldstad/kiem-noord/activiteiten.atom",
        "voorbeeldstad/activiteiten.atom",
        "activiteiten.rss",
        "verhalen.atom",
    ],
)
def test_rebuild_a_week_later_keeps_ids_and_dates(
    feed_site: Site, feeds: dict[str, bytes], path: str
) -> None:
    now, later = _entries(feeds[path]), _entries(render(feed_site, today=LATER)[path])
    shared = now.keys() & later.keys()
    assert len(shared) >= min(len(now), len(later)) - 12  # a week of items left, a week came in
    assert shared, "the two windows overlap"
    for item_id in shared:
        assert now[item_id] == later[item_id], item_id


def test_json_start_dates_are_stable(feed_site: Site, feeds: dict[str, bytes]) -> None:
    path = "activiteiten.json"
    now = {i["id"]: i for i in json.loads(feeds[path])["items"]}
    later = {i["id"]: i for i in json.loads(render(feed_site, today=LATER)[path])["items"]}
    shared = now.keys() & later.keys()
    assert len(shared) > 10
    for item_id in shared:
        assert now[item_id] == later[item_id]


def test_icalendar_series_are_stable(feed_site: Site, feeds: dict[str, bytes]) -> None:
    path = "voorbeeldstad/kiem-noord/activiteiten.ics"

    def events(data: bytes) -> dict[tuple[str, str], bytes]:
        cal = Calendar.from_ical(data)
        return {
            (str(e["UID"]), e.get("RECURRENCE-ID", e["DTSTART"]).to_ical().decode()): e.to_ical()
            for e in cal.walk("VEVENT")
        }

    assert events(feeds[path]) == events(render(feed_site, today=LATER)[path])


def test_same_day_gives_identical_bytes(tmp_path: Path, feeds: dict[str, bytes]) -> None:
    """A fresh load of the same files on the same day: byte for byte the same feeds."""
    site = load_site(write_site(tmp_path))
    again = render(site)
    assert again.keys() == feeds.keys()
    for path, content in feeds.items():
        assert again[path] == content, path


def test_horizon_is_configurable(feed_site: Site) -> None:
    short = parse_feed(
        render(feed_site, horizon_days=7)["voorbeeldstad/kiem-noord/activiteiten.rss"]
    )
    days = {e.id.rsplit("/", 1)[1] for e in short.entries}
    assert days and max(days) <= (TODAY + dt.timedelta(days=6)).isoformat()


def test_id_format_word_for_word() -> None:
    host = ids.site_host("https://welkom.example.nl/sub/")
    day = dt.date(2026, 1, 17)
    activity = "voorbeeldstad/kiem-noord/repair-cafe"
    assert host == "welkom.example.nl"
    assert ids.occurrence_id(host, activity, day) == (
        "tag:welkom.example.nl,2026:activiteit/voorbeeldstad/kiem-noord/repair-cafe/2026-01-17"
    )
    assert ids.series_uid(host, activity) == (
        "voorbeeldstad/kiem-noord/repair-cafe@welkom.example.nl"
    )
    assert ids.occurrence_path("voorbeeldstad/kiem-noord", "repair-cafe", day) == (
        "voorbeeldstad/kiem-noord/activiteiten/repair-cafe/#repair-cafe-2026-01-17"
    )
    assert ids.story_id(host, "een-plantje") == "tag:welkom.example.nl,2026:verhaal/een-plantje"


def test_renaming_a_title_keeps_the_ids(tmp_path: Path, feeds: dict[str, bytes]) -> None:
    root = write_site(tmp_path)
    path = root / "activiteiten/voorbeeldstad/kiem-noord/repair-cafe.yml"
    path.write_text(path.read_text().replace("Repair Café", "Reparatiecafé"), encoding="utf-8")
    feed = "voorbeeldstad/kiem-noord/activiteiten.rss"
    renamed = parse_feed(render(load_site(root))[feed])
    assert [e.id for e in renamed.entries] == [e.id for e in parse_feed(feeds[feed]).entries]
    assert any(e.title.startswith("Reparatiecafé") for e in renamed.entries)


def test_aggregate_feeds_hold_the_first_items(feed_site: Site, feeds: dict[str, bytes]) -> None:
    """Gemeente and site feeds are capped (MAX_AGGREGATE_ITEMS); buurt feeds never are."""
    ctx = BuildContext(feed_site, TODAY, site_url="https://welkom.example.nl/")
    capped = {o.path: o.content for o in feed_outputs(ctx, aggregate_limit=5)}
    for path in ("activiteiten.rss", "voorbeeldstad/activiteiten.rss"):
        full = [e.id for e in parse_feed(feeds[path]).entries]
        short = parse_feed(capped[path])
        assert [e.id for e in short.entries] == full[:5]
        assert "(de eerste 5)" in short.feed.description
    buurt = "voorbeeldstad/kiem-noord/activiteiten.rss"
    assert capped[buurt] == feeds[buurt]
    assert capped["activiteiten.ics"] == feeds["activiteiten.ics"]


def test_a_feed_does_not_depend_on_the_feeds_built_before(
    feed_site: Site, feeds: dict[str, bytes]
) -> None:
    """Entries are shared between feeds (for speed); the bytes must not show it."""
    ctx = BuildContext(feed_site, TODAY, site_url="https://welkom.example.nl/")
    writer = FeedWriter(ctx, DEFAULT_SITE_NAME, MAX_AGGREGATE_ITEMS)
    buurt = "voorbeeldstad/kiem-noord"
    alone = {
        o.path: o.content
        for o in writer.activity_feeds(
            buurt,
            "Kiem-Noord",
            agenda(feed_site, buurt, TODAY, TODAY + dt.timedelta(days=55)),
            activity_ids(feed_site, buurt=buurt),
        )
    }
    for path, content in alone.items():
        assert feeds[path] == content, path


def test_parallel_rendering_gives_the_same_bytes(feed_site: Site, feeds: dict[str, bytes]) -> None:
    ctx = BuildContext(feed_site, TODAY, site_url="https://welkom.example.nl/")
    parallel = {o.path: o.content for o in feed_outputs(ctx, workers=2)}
    assert parallel.keys() == feeds.keys()
    for path, content in feeds.items():
        assert parallel[path] == content, path


def test_worker_count(feed_site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    from welkom.render.feeds.build import WORKERS_ENV, default_workers

    ctx = BuildContext(feed_site, TODAY, site_url="https://welkom.example.nl/")
    monkeypatch.delenv(WORKERS_ENV, raising=False)
    assert default_workers(ctx) == 1  # a small site: one process
    monkeypatch.setenv(WORKERS_ENV, "3")
    assert default_workers(ctx) == 3


def test_background_writer_writes_the_same_files(
    feed_site: Site, feeds: dict[str, bytes], tmp_path: Path
) -> None:
    from welkom.render.feeds import background

    ctx = BuildContext(feed_site, TODAY, site_url="https://welkom.example.nl/")
    job = background.start(ctx, tmp_path / "site")
    job.wait()
    written = {
        p.relative_to(tmp_path / "site").as_posix(): p.read_bytes()
        for p in (tmp_path / "site").rglob("*")
        if p.is_file()
    }
    assert written == feeds
