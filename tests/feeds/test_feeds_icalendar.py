"""The shape of the iCalendar feed: one VEVENT per series, exceptions, time zone, RFC 5545."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar, Event

from tests.feeds.conftest import TODAY, render
from welkom.render.feeds.icalendar_feed import amsterdam_vtimezone, holiday_range_end
from welkom.site import Site
from welkom.when import AMSTERDAM, dutch_holidays

HOST = "welkom.example.nl"


def _events(feeds: dict[str, bytes], path: str) -> list[Event]:
    return list(Calendar.from_ical(feeds[path]).walk("VEVENT"))


def _series(events: list[Event], slug: str) -> Event:
    found = [e for e in events if str(e["UID"]).split("@")[0].endswith("/" + slug)]
    masters = [e for e in found if "RECURRENCE-ID" not in e]
    assert len(masters) == 1, f"one VEVENT for the series {slug}"
    return masters[0]


def _dates(event: Event, name: str) -> list[dt.datetime]:
    values = event.get(name, [])
    values = values if isinstance(values, list) else [values]
    return [d.dt for v in values for d in v.dts]


def test_one_event_per_activity(feeds: dict[str, bytes]) -> None:
    events = _events(feeds, "voorbeeldstad/kiem-noord/activiteiten.ics")
    masters = sorted(str(e["UID"]) for e in events if "RECURRENCE-ID" not in e)
    assert masters == [
        f"voorbeeldstad/kiem-noord/{slug}@{HOST}"
        for slug in ("borrel", "koffie", "lentefeest", "onveilig", "repair-cafe", "yoga")
    ]
    repair = _series(events, "repair-cafe")
    assert repair.get("RRULE").to_ical() == b"FREQ=MONTHLY;BYDAY=+3SA"
    assert repair["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    assert repair["DTSTART"].dt == dt.datetime(2026, 1, 17, 13, 0, tzinfo=AMSTERDAM)
    assert repair["DTEND"].dt == dt.datetime(2026, 1, 17, 16, 0, tzinfo=AMSTERDAM)
    assert _dates(repair, "EXDATE") == [dt.datetime(2026, 7, 18, 13, 0, tzinfo=AMSTERDAM)]
    assert repair["DTSTAMP"].dt == dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    assert str(repair["STATUS"]) == "CONFIRMED"
    assert repair["LOCATION"] == "Buurthuis De Kiem, Kerkstraat 12, 9999 ZZ Voorbeeldstad"
    assert repair["URL"] == f"https://{HOST}/voorbeeldstad/kiem-noord/activiteiten/repair-cafe/"


def test_vtimezone_present_and_matches_tzdata(feeds: dict[str, bytes]) -> None:
    cal = Calendar.from_ical(feeds["activiteiten.ics"])
    timezones = list(cal.walk("VTIMEZONE"))
    assert [str(t["TZID"]) for t in timezones] == ["Europe/Amsterdam"]
    tz = amsterdam_vtimezone().to_tz()
    day = dt.datetime(2026, 1, 1, 12)  # noqa: DTZ001 - wall clock, compared per zone below
    while day.year < 2036:
        assert tz.utcoffset(day) == day.replace(tzinfo=AMSTERDAM).utcoffset(), day
        day += dt.timedelta(days=3)


def test_until_is_utc_for_a_local_dtstart(feeds: dict[str, bytes]) -> None:
    spel = _series(_events(feeds, "voorbeeldstad/kiem-noord/activiteiten.ics"), "onveilig")
    until = spel["RRULE"]["UNTIL"][0]
    assert until == dt.datetime(2027, 4, 2, 21, 59, 59, tzinfo=dt.UTC)  # 23:59:59 CEST
    assert b"UNTIL=20270402T215959Z" in spel.to_ical()
    assert "DTEND" not in spel  # "vanaf 19.30": no end time


def test_holidays_rdate_and_behalve(feeds: dict[str, bytes]) -> None:
    koffie = _series(_events(feeds, "voorbeeldstad/kiem-noord/activiteiten.ics"), "koffie")
    exdates = {d.date() for d in _dates(koffie, "EXDATE")}
    assert dt.date(2027, 3, 23) in exdates  # explicit `behalve`
    assert dt.date(2027, 4, 27) in exdates  # Koningsdag 2027 is a Tuesday
    assert dt.date(2026, 12, 29) not in exdates  # an ordinary Tuesday
    end = holiday_range_end(TODAY + dt.timedelta(days=55))
    tuesdays = {
        h
        for year in range(2026, end.year + 1)
        for h in dutch_holidays(year)
        if h.weekday() == 1 and dt.date(2026, 1, 6) <= h <= end
    }
    assert tuesdays <= exdates
    assert all(d.time() == dt.time(10) for d in _dates(koffie, "EXDATE"))
    assert _dates(koffie, "RDATE") == [dt.datetime(2027, 4, 1, 10, 0, tzinfo=AMSTERDAM)]


def test_cancelled_date_is_an_override(feeds: dict[str, bytes]) -> None:
    events = _events(feeds, "voorbeeldstad/kiem-noord/activiteiten.ics")
    overrides = [e for e in events if "RECURRENCE-ID" in e]
    assert len(overrides) == 1
    (override,) = overrides
    assert str(override["UID"]) == f"voorbeeldstad/kiem-noord/repair-cafe@{HOST}"
    assert override["RECURRENCE-ID"].dt == dt.datetime(2027, 4, 17, 13, 0, tzinfo=AMSTERDAM)
    assert override["RECURRENCE-ID"].params["TZID"] == "Europe/Amsterdam"
    assert str(override["STATUS"]) == "CANCELLED"
    assert str(override["SUMMARY"]).startswith("Vervalt: ")


def test_afgelast_cancels_the_series(feeds: dict[str, bytes]) -> None:
    yoga = _series(_events(feeds, "voorbeeldstad/kiem-noord/activiteiten.ics"), "yoga")
    assert str(yoga["STATUS"]) == "CANCELLED"
    assert str(yoga["SUMMARY"]) == "Vervalt: Stoelyoga"


def test_cancelled_one_off_is_one_cancelled_event(feeds: dict[str, bytes]) -> None:
    events = _events(feeds, "voorbeeldstad/kiem-noord/activiteiten.ics")
    borrel = [e for e in events if str(e["UID"]).startswith("voorbeeldstad/kiem-noord/borrel@")]
    assert len(borrel) == 1
    assert str(borrel[0]["STATUS"]) == "CANCELLED"
    assert str(borrel[0]["SUMMARY"]) == "Vervalt: Buurtborrel"
    assert "RRULE" not in borrel[0] and "RECURRENCE-ID" not in borrel[0]


def test_one_off_and_midnight(feeds: dict[str, bytes]) -> None:
    feest = _series(_events(feeds, "voorbeeldstad/kiem-noord/activiteiten.ics"), "lentefeest")
    assert "RRULE" not in feest
    assert feest["DTSTART"].dt == dt.datetime(2027, 4, 10, 15, 0, tzinfo=AMSTERDAM)
    assert feest["DTEND"].dt == dt.datetime(2027, 4, 11, 0, 0, tzinfo=AMSTERDAM)


def test_every_other_week_keeps_its_weeks(feeds: dict[str, bytes]) -> None:
    taal = _series(_events(feeds, "voorbeeldstad/zuid/activiteiten.ics"), "taalcafe")
    assert taal["RRULE"].to_ical() == b"FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"
    assert taal["DTSTART"].dt.date() == dt.date(2027, 3, 3)


def test_calendar_properties(feeds: dict[str, bytes]) -> None:
    text = feeds["voorbeeldstad/activiteiten.ics"].decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//welkom//activiteiten//NL")
    assert "X-WR-CALNAME:Activiteiten in Voorbeeldstad\r\n" in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))  # folded lines
    cal = Calendar.from_ical(text)
    assert cal.get("METHOD") == "PUBLISH"
    uids = [str(e["UID"]) for e in cal.walk("VEVENT") if "RECURRENCE-ID" not in e]
    assert len(uids) == len(set(uids)) == 7  # the gemeente has seven activities


@pytest.mark.parametrize("days_after_tot", [10, 400])
def test_finished_series_leave_after_a_year(
    feed_site: Site,
    days_after_tot: int,
) -> None:
    later = dt.date(2027, 4, 2) + dt.timedelta(days=days_after_tot)
    events = _events(render(feed_site, today=later), "voorbeeldstad/kiem-noord/activiteiten.ics")
    uids = {str(e["UID"]).split("@")[0].rsplit("/", 1)[1] for e in events}
    assert ("onveilig" in uids) is (days_after_tot < 365)
