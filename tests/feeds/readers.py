"""Reading our feeds back with real parsers, shared by the feed tests."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser

import feedparser
import recurring_ical_events
from ical.calendar_stream import IcsCalendarStream
from icalendar import Calendar

from welkom.render.agenda import AgendaItem, activity_ids, upcoming
from welkom.site import Site
from welkom.when import AMSTERDAM

HOST = "welkom.example.nl"

SCOPES = (
    "",
    "voorbeeldstad",
    "voorbeeldstad/kiem-noord",
    "voorbeeldstad/zuid",
    "dijkhoven",
    "dijkhoven/oude-kern",
)


def scope_prefix(scope: str) -> str:
    return f"{scope}/" if scope else ""


def agenda(site: Site, scope: str, today: dt.date, end: dt.date) -> list[AgendaItem]:
    """What the agenda page of ``scope`` lists: the same call the pages make."""
    if scope.count("/") == 1:
        ids = activity_ids(site, buurt=scope)
    elif scope:
        ids = activity_ids(site, gemeente=scope)
    else:
        ids = activity_ids(site)
    return upcoming(site, ids, today, end)


def expected_id(item: AgendaItem) -> str:
    return f"tag:{HOST},2026:activiteit/{item.activity.id}/{item.occurrence.date.isoformat()}"


def parse_feed(data: bytes) -> feedparser.FeedParserDict:
    parsed = feedparser.parse(data)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    return parsed


def ics_occurrences(
    data: bytes, start: dt.date, end: dt.date
) -> list[tuple[str, dt.datetime, bool]]:
    """(activity id, start, cancelled) of every occurrence recurring_ical_events computes."""
    cal = Calendar.from_ical(data)
    found = []
    for event in recurring_ical_events.of(cal).between(start, end + dt.timedelta(days=1)):
        uid = str(event["UID"])
        assert uid.endswith("@" + HOST)
        begin = event["DTSTART"].dt
        found.append((uid.removesuffix("@" + HOST), begin, str(event["STATUS"]) == "CANCELLED"))
    return sorted(found, key=lambda f: (f[1], f[0]))


def strict_occurrences(
    data: bytes, start: dt.date, end: dt.date
) -> list[tuple[str, dt.datetime, bool]]:
    """The same, computed by the strict `ical` parser (a second, independent implementation)."""
    cal = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    timeline = cal.timeline_tz(AMSTERDAM)
    begin = dt.datetime.combine(start, dt.time(0), tzinfo=AMSTERDAM)
    stop = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(0), tzinfo=AMSTERDAM)
    found = []
    for event in timeline.overlapping(begin, stop):
        if event.start < begin:
            continue  # started before the window (the agenda lists by start date)
        uid = event.uid or ""
        found.append(
            (uid.removesuffix("@" + HOST), event.start, str(event.status).endswith("CANCELLED"))
        )
    return sorted(found, key=lambda f: (f[1], f[0]))


def agenda_occurrences(items: list[AgendaItem]) -> list[tuple[str, dt.datetime, bool]]:
    found = [(i.activity.id, i.occurrence.start, i.occurrence.cancelled) for i in items]
    return sorted(found, key=lambda f: (f[1], f[0]))


class MarkupAudit(HTMLParser):
    """Collects what would be live in a browser: elements, event handlers, link targets."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.handlers: list[str] = []
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name.lower().startswith("on"):
                self.handlers.append(name)
            if name.lower() in {"href", "src"} and value is not None:
                self.urls.append(value.strip().lower())


def audit(html: str) -> MarkupAudit:
    parser = MarkupAudit()
    parser.feed(html)
    parser.close()
    return parser
