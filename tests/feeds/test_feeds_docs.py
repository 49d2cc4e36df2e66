"""docs/partners.md promises partners exact ids and rules: they must match the code."""

from __future__ import annotations

import datetime as dt

from tests.helpers import REPO
from welkom.render.context import DEFAULT_HORIZON_DAYS
from welkom.render.feeds import ids
from welkom.render.feeds.build import MAX_AGGREGATE_ITEMS
from welkom.render.feeds.dates import PROJECT_EPOCH, occurrence_published
from welkom.render.feeds.icalendar_feed import KEEP_PAST_DAYS
from welkom.when import AMSTERDAM

DOC = (REPO / "docs" / "partners.md").read_text(encoding="utf-8")
HOST = "welkom.example.org"
ACTIVITY = "voorbeeldstad/kiem-noord/repair-cafe"
DAY = dt.date(2026, 1, 17)


def test_documented_ids_are_the_ids_we_make() -> None:
    assert f"`{ids.occurrence_id(HOST, ACTIVITY, DAY)}`" in DOC
    assert f"`{ids.series_uid(HOST, ACTIVITY)}`" in DOC
    assert f"`{ids.story_id(HOST, 'een-plantje')}`" in DOC
    assert f"`tag:{HOST},{ids.TAG_YEAR}:feed/voorbeeldstad/kiem-noord/activiteiten`" in DOC
    anchor = ids.occurrence_path("voorbeeldstad/kiem-noord", "repair-cafe", DAY)
    assert f"https://{HOST}/{anchor}" in DOC


def test_documented_paths_are_the_paths_we_write() -> None:
    for scope in ("voorbeeldstad/kiem-noord", "voorbeeldstad", ""):
        for ext in ids.ACTIVITY_FEEDS:
            assert f"`/{ids.feed_path(scope, 'activiteiten', ext)}`" in DOC
    for scope in ("voorbeeldstad/kiem-noord", ""):
        for ext in ids.STORY_FEEDS:
            assert f"`/{ids.feed_path(scope, 'verhalen', ext)}`" in DOC


def test_documented_date_rules() -> None:
    published = occurrence_published(DAY, DEFAULT_HORIZON_DAYS)
    assert published == dt.datetime(2025, 11, 23, tzinfo=AMSTERDAM)
    assert "23 november 2025, 00.00 uur" in DOC
    assert f"min {DEFAULT_HORIZON_DAYS - 1} dagen" in DOC
    assert PROJECT_EPOCH.strftime("%Y%m%dT%H%M%SZ") in DOC
    assert f"eerste {MAX_AGGREGATE_ITEMS:,}".replace(",", ".") in DOC
    assert KEEP_PAST_DAYS == 365 and "meer dan een jaar voorbij" in DOC
