"""Every feed read back by a real reader: feedparser, icalendar, ical, recurring_ical_events."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from icalendar import Calendar

from tests.feeds.conftest import TODAY
from tests.feeds.readers import (
    SCOPES,
    agenda,
    agenda_occurrences,
    expected_id,
    ics_occurrences,
    parse_feed,
    scope_prefix,
    strict_occurrences,
)
from welkom.site import Site
from welkom.when import AMSTERDAM

HORIZON_END = TODAY + dt.timedelta(days=55)


def test_every_scope_has_every_feed(feeds: dict[str, bytes]) -> None:
    expected = set()
    for scope in SCOPES:
        for ext in ("rss", "atom", "ics", "json"):
            expected.add(f"{scope_prefix(scope)}activiteiten.{ext}")
        if scope == "" or "/" in scope:
            expected |= {
                f"{scope_prefix(scope)}verhalen.rss",
                f"{scope_prefix(scope)}verhalen.atom",
            }
    one_activity = {path for path in feeds if path.endswith("/activiteit.ics")}
    assert set(feeds) - one_activity == expected


def test_each_activity_has_a_calendar_of_its_own(feed_site: Site, feeds: dict[str, bytes]) -> None:
    """``activiteit.ics`` next to the activity's page: that activity alone, same UID."""
    for activity_id, activity in feed_site.activiteiten.items():
        path = f"{activity.buurt}/activiteiten/{activity.slug}/activiteit.ics"
        calendar = Calendar.from_ical(feeds[path])
        uids = {str(e["UID"]) for e in calendar.walk("VEVENT")}
        assert uids == {f"{activity_id}@welkom.example.nl"}, path
        assert str(calendar["X-WR-CALNAME"]) == activity.model.titel


@pytest.mark.parametrize("scope", SCOPES)
@pytest.mark.parametrize("ext", ["rss", "atom"])
def test_rss_and_atom_hold_the_agenda(
    feed_site: Site, feeds: dict[str, bytes], scope: str, ext: str
) -> None:
    parsed = parse_feed(feeds[f"{scope_prefix(scope)}activiteiten.{ext}"])
    items = agenda(feed_site, scope, TODAY, HORIZON_END)
    assert items, "the fixture has activities in every scope"
    assert [e.id for e in parsed.entries] == [expected_id(i) for i in items]
    for entry, item in zip(parsed.entries, items, strict=True):
        day = item.occurrence.date
        anchor = f"{item.activity.slug}-{day.isoformat()}"
        assert entry.link == (
            f"https://welkom.example.nl/{item.activity.buurt}/activiteiten/"
            f"{item.activity.slug}/#{anchor}"
        )
        published = dt.datetime(*entry.published_parsed[:6], tzinfo=dt.UTC)
        first_listed = dt.datetime.combine(day - dt.timedelta(days=55), dt.time(0), AMSTERDAM)
        assert published == first_listed
        assert published <= dt.datetime.combine(TODAY, dt.time(0), AMSTERDAM)
        assert [t.term for t in entry.tags] == [item.activity.model.soort.value]
        assert item.activity.model.titel in entry.title
        assert entry.title.startswith("Vervalt: ") == item.occurrence.cancelled


def test_titles_are_dutch_with_en_dash(feeds: dict[str, bytes]) -> None:
    titles = [
        e.title for e in parse_feed(feeds["voorbeeldstad/kiem-noord/activiteiten.rss"]).entries
    ]
    assert "Repair Café – za 20 mrt, 13.00–16.00" in titles
    assert "Vervalt: Repair Café – za 17 apr, 13.00–16.00" in titles
    assert "Lentefeest – za 10 apr, 15.00–24.00" in titles
    assert "Spelavond – vr 19 mrt, vanaf 19.30" in titles
    assert "Koffie & praatje – do 1 apr, 10.00–12.00" in titles  # an `ook` date
    assert not any("27 apr" in t for t in titles)  # Koningsdag: `behalve: feestdagen`


def test_item_content_names_place_and_organisation(feeds: dict[str, bytes]) -> None:
    parsed = parse_feed(feeds["voorbeeldstad/kiem-noord/activiteiten.atom"])
    entry = next(e for e in parsed.entries if e.title.startswith("Vervalt: Repair Café"))
    html = entry.content[0].value
    assert "Buurthuis De Kiem, Kerkstraat 12, 9999 ZZ Voorbeeldstad" in html
    assert "Vervalt." in html
    assert "Samen repareren we hem." in html
    assert entry.author == "Stichting De Kiem"
    yoga = next(e for e in parsed.entries if "Stoelyoga" in e.title)
    assert yoga.title.startswith("Vervalt: ")
    assert "Deze activiteit gaat niet meer door." in yoga.content[0].value
    koffie = next(e for e in parsed.entries if e.title.startswith("Koffie"))
    # No organisation on the activity: the place's organisation.
    assert koffie.author == "Stichting De Kiem"
    rss = parse_feed(feeds["dijkhoven/oude-kern/activiteiten.rss"])
    assert {e.author for e in rss.entries} == {"Welkom in de buurt"}  # no organisation: the site


def test_channel_metadata(feeds: dict[str, bytes]) -> None:
    rss = parse_feed(feeds["voorbeeldstad/kiem-noord/activiteiten.rss"])
    assert rss.version == "rss20"
    assert rss.feed.title == "Activiteiten in Kiem-Noord"
    assert rss.feed.link == "https://welkom.example.nl/voorbeeldstad/kiem-noord/agenda/"
    assert rss.feed.generator == "welkom"
    assert rss.feed.language == "nl"
    latest = max(dt.datetime(*e.published_parsed[:6], tzinfo=dt.UTC) for e in rss.entries)
    assert (
        dt.datetime(*rss.feed.updated_parsed[:6], tzinfo=dt.UTC) == latest
    )  # lastBuildDate from the data
    atom = parse_feed(feeds["activiteiten.atom"])
    assert atom.version == "atom10"
    assert atom.feed.id == "tag:welkom.example.nl,2026:feed/activiteiten"
    self_links = [link.href for link in atom.feed.links if link.rel == "self"]
    assert self_links == ["https://welkom.example.nl/activiteiten.atom"]


def test_story_feeds(feeds: dict[str, bytes]) -> None:
    site_feed = parse_feed(feeds["verhalen.rss"])
    assert [e.id for e in site_feed.entries] == [
        "tag:welkom.example.nl,2026:verhaal/welkom-in-de-buurt",  # 2026-11-02, newest first
        "tag:welkom.example.nl,2026:verhaal/een-plantje",  # 2026-10
    ]
    assert site_feed.entries[1].link == "https://welkom.example.nl/verhalen/een-plantje/"
    assert "Toen ik hier kwam wonen" in site_feed.entries[1].summary
    buurt = parse_feed(feeds["voorbeeldstad/kiem-noord/verhalen.atom"])
    assert [e.title for e in buurt.entries] == ["Een plantje voor de buren"]
    assert parse_feed(feeds["voorbeeldstad/zuid/verhalen.rss"]).entries == []


@pytest.mark.parametrize("scope", SCOPES)
def test_json_feed(feed_site: Site, feeds: dict[str, bytes], scope: str) -> None:
    data = json.loads(feeds[f"{scope_prefix(scope)}activiteiten.json"])
    assert data["version"] == "https://jsonfeed.org/version/1.1"
    items = agenda(feed_site, scope, TODAY, HORIZON_END)
    assert [i["id"] for i in data["items"]] == [expected_id(i) for i in items]
    for got, item in zip(data["items"], items, strict=True):
        assert set(got) >= {"id", "url", "title", "content_html", "date_published", "tags"}
        ext = got["_welkom"]
        assert dt.datetime.fromisoformat(ext["start"]) == item.occurrence.start
        assert ext["cancelled"] is item.occurrence.cancelled
        assert ext["activity"] == item.activity.id
        assert item.activity.plek is not None
        assert ext["location"]["name"] == item.activity.plek.naam
        assert got["tags"] == [item.activity.model.soort.value]


@pytest.mark.parametrize("scope", SCOPES)
def test_icalendar_occurrences_equal_agenda_and_rss(
    feed_site: Site, feeds: dict[str, bytes], scope: str
) -> None:
    """recurring_ical_events and ical expand the series into exactly the agenda's list."""
    data = feeds[f"{scope_prefix(scope)}activiteiten.ics"]
    expected = agenda_occurrences(agenda(feed_site, scope, TODAY, HORIZON_END))
    assert ics_occurrences(data, TODAY, HORIZON_END) == expected
    assert strict_occurrences(data, TODAY, HORIZON_END) == expected
    rss = parse_feed(feeds[f"{scope_prefix(scope)}activiteiten.rss"])
    rss_keys = [e.id.split(":activiteit/")[1] for e in rss.entries]
    assert rss_keys == [f"{a}/{start.date().isoformat()}" for a, start, _ in expected]


def test_summer_time_switch_keeps_local_hour(feeds: dict[str, bytes]) -> None:
    data = feeds["voorbeeldstad/kiem-noord/activiteiten.ics"]
    repair = [
        start
        for activity, start, _ in ics_occurrences(data, TODAY, HORIZON_END)
        if activity.endswith("/repair-cafe")
    ]
    assert [s.date() for s in repair] == [dt.date(2027, 3, 20), dt.date(2027, 4, 17)]
    before, after = (s.astimezone(AMSTERDAM) for s in repair)
    assert (before.hour, before.minute) == (after.hour, after.minute) == (13, 0)
    assert before.utcoffset() == dt.timedelta(hours=1)
    assert after.utcoffset() == dt.timedelta(hours=2)
    assert before.astimezone(dt.UTC).hour == 12 and after.astimezone(dt.UTC).hour == 11
