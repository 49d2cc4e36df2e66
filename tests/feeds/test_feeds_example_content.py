"""The repository's example content: every feed parses, every calendar equals its agenda."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.feeds.conftest import render
from tests.feeds.readers import agenda, agenda_occurrences, ics_occurrences, parse_feed
from tests.helpers import REPO
from welkom.check import load_site
from welkom.site import Site

TODAY = dt.date(2027, 3, 15)  # the window crosses the summer-time switch of 2027-03-28
END = TODAY + dt.timedelta(days=55)


@pytest.fixture(scope="module")
def example() -> tuple[Site, dict[str, bytes]]:
    site = load_site(REPO)
    if not site.activiteiten:
        pytest.fail("the example content has no activities")
    return site, render(site, today=TODAY)


def test_every_xml_feed_parses(example: tuple[Site, dict[str, bytes]]) -> None:
    _, feeds = example
    xml = [p for p in feeds if p.endswith((".rss", ".atom"))]
    assert len(xml) >= 6
    for path in xml:
        parsed = parse_feed(feeds[path])
        assert parsed.version in {"rss20", "atom10"}, path


def test_every_calendar_equals_its_agenda(example: tuple[Site, dict[str, bytes]]) -> None:
    site, feeds = example
    scopes = ["", *site.gemeenten, *site.buurten]
    for scope in scopes:
        prefix = f"{scope}/" if scope else ""
        expected = agenda_occurrences(agenda(site, scope, TODAY, END))
        assert ics_occurrences(feeds[f"{prefix}activiteiten.ics"], TODAY, END) == expected, scope
        rss = parse_feed(feeds[f"{prefix}activiteiten.rss"])
        assert len(rss.entries) == len(expected), scope
