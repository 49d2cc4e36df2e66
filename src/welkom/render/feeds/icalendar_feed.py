"""iCalendar (RFC 5545) with the icalendar library: one VEVENT per activity, not per date.

A recurring activity is one event with an RRULE in Europe/Amsterdam, so a phone calendar shows
the repair café at 13.00 in winter and in summer. Exceptions:

* ``behalve`` dates → EXDATE;
* ``behalve: feestdagen`` → EXDATE for every Dutch public holiday the rule hits, from the
  first date up to the end of the year after the horizon (``holiday_range_end``);
* ``ook`` dates → RDATE;
* ``vervalt`` dates → an override VEVENT with the same UID, ``RECURRENCE-ID`` and
  ``STATUS:CANCELLED`` (the date stays visible as cancelled, as on the agenda page);
* ``afgelast: true`` → ``STATUS:CANCELLED`` on the whole series.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache

from dateutil.rrule import rrulestr
from icalendar import (
    Calendar,
    Event,
    Timezone,
    TimezoneDaylight,
    TimezoneStandard,
    vCategory,
    vDDDLists,
    vDDDTypes,
    vGeo,
    vRecur,
    vText,
    vUri,
)

from welkom.render.context import BuildContext
from welkom.render.feeds import ids
from welkom.render.feeds.channel import Channel
from welkom.render.feeds.dates import PROJECT_EPOCH
from welkom.render.feeds.items import CANCELLED_PREFIX, organisation_name, place_of
from welkom.render.safe_html import plain_text
from welkom.site import ActiviteitEntry
from welkom.when import AMSTERDAM, dutch_holidays, first_date, occurrences
from welkom.when.types import Recurrence, Schedule, TimeRange

TZID = "Europe/Amsterdam"
PRODID = "-//welkom//activiteiten//NL"
# How long a series stays in the calendar after its last date, so a subscribed phone keeps
# last month's events instead of deleting them on the next refresh.
KEEP_PAST_DAYS = 365
_END = b"END:VCALENDAR\r\n"
_DTSTAMP = vDDDTypes(PROJECT_EPOCH)


def amsterdam_vtimezone() -> Timezone:
    """VTIMEZONE for Europe/Amsterdam with the EU summer-time rules (since 1996).

    Written as two yearly rules instead of a list of transitions, so it never runs out and does
    not depend on the tzdata version of the build machine (byte-identical feeds everywhere).
    """
    tz = Timezone()
    tz.add("tzid", TZID)
    summer = TimezoneDaylight()
    summer.add("tzname", "CEST")
    summer.add("dtstart", dt.datetime(1981, 3, 29, 2, 0))  # noqa: DTZ001 - local, per RFC 5545
    summer.add("tzoffsetfrom", dt.timedelta(hours=1))
    summer.add("tzoffsetto", dt.timedelta(hours=2))
    summer.add("rrule", {"FREQ": "YEARLY", "BYMONTH": 3, "BYDAY": "-1SU"})
    winter = TimezoneStandard()
    winter.add("tzname", "CET")
    winter.add("dtstart", dt.datetime(1996, 10, 27, 3, 0))  # noqa: DTZ001 - local, per RFC 5545
    winter.add("tzoffsetfrom", dt.timedelta(hours=2))
    winter.add("tzoffsetto", dt.timedelta(hours=1))
    winter.add("rrule", {"FREQ": "YEARLY", "BYMONTH": 10, "BYDAY": "-1SU"})
    tz.add_component(summer)
    tz.add_component(winter)
    return tz


def _at(day: dt.date, time: dt.time) -> dt.datetime:
    if time == dt.time.max:  # "tot 24.00": midnight at the end of the day
        return dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=AMSTERDAM)
    return dt.datetime.combine(day, time, tzinfo=AMSTERDAM)


def _span(day: dt.date, time: TimeRange) -> tuple[dt.datetime, dt.datetime | None]:
    """Start and end of one date, as the agenda computes them (``welkom.when``)."""
    occ = occurrences(Schedule(recurrence=_one_off(day), time=time), day, day)
    return (occ[0].start, occ[0].end) if occ else (_at(day, time.start), None)


@lru_cache(maxsize=1024)
def _one_off(day: dt.date) -> Recurrence:
    return Recurrence(text=day.isoformat(), date=day)


def holiday_range_end(horizon_end: dt.date) -> dt.date:
    """Holidays are listed as EXDATE up to the end of the year after the horizon."""
    return dt.date(horizon_end.year + 1, 12, 31)


@lru_cache(maxsize=4096)
def _rule_holidays(rule: str, first: dt.date, last: dt.date) -> tuple[dt.date, ...]:
    """Public holidays in [first, last] that the rule (with DTSTART ``first``) hits."""
    if last < first:
        return ()
    holidays = sorted(
        h for year in range(first.year, last.year + 1) for h in dutch_holidays(year) if first <= h
    )
    holidays = [h for h in holidays if h <= last]
    if not holidays:
        return ()
    start = dt.datetime.combine(first, dt.time(0))
    dates = rrulestr(rule, dtstart=start).between(
        start,
        dt.datetime.combine(holidays[-1], dt.time(0)),
        inc=True,
    )
    wanted = set(holidays)
    return tuple(d.date() for d in dates if d.date() in wanted)


def last_date(schedule: Schedule) -> dt.date | None:
    """The last date an activity can take place, or None for a series without end."""
    recurrence = schedule.recurrence
    if recurrence.is_recurring and schedule.until is None:
        return None
    base = schedule.until if recurrence.is_recurring else recurrence.date
    return max([d for d in (base, *schedule.extra_dates) if d is not None], default=None)


class CalendarBuilder:
    """Builds the VEVENTs of each activity once and the VCALENDARs that list them."""

    def __init__(self, ctx: BuildContext, site_name: str) -> None:
        self.ctx = ctx
        self.site_name = site_name
        self.host = ids.site_host(ctx.site_url)
        self.holidays_until = holiday_range_end(ctx.horizon_end)
        self.keep_from = ctx.today - dt.timedelta(days=KEEP_PAST_DAYS)
        self._timezone = amsterdam_vtimezone().to_ical()
        self._events: dict[str, bytes] = {}

    def wanted(self, activity: ActiviteitEntry) -> bool:
        """Series that ended long ago leave the calendar; everything else stays."""
        end = last_date(activity.schedule)
        return end is None or end >= self.keep_from

    def events(self, activity: ActiviteitEntry) -> bytes:
        """The activity's VEVENTs, serialized by icalendar once per build.

        A buurt, its gemeente and the site list the same events; serializing (line folding,
        escaping) is most of the cost, so it is done once and the bytes are reused.
        """
        cached = self._events.get(activity.id)
        if cached is None:
            cached = self._events[activity.id] = b"".join(
                e.to_ical() for e in self._build(activity)
            )
        return cached

    def serialized(self) -> dict[str, bytes]:
        """The VEVENTs made so far, by activity id (to hand to another builder)."""
        return dict(self._events)

    def adopt(self, events: dict[str, bytes]) -> None:
        """Take over VEVENTs another builder of the same build made."""
        self._events.update(events)

    def calendar(
        self, channel: Channel, activities: Iterable[ActiviteitEntry], *, keep_all: bool = False
    ) -> bytes:
        cal = Calendar()
        cal.add("prodid", PRODID)
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        cal.add("method", "PUBLISH")
        # Made plain like an event's text: a title "x<A" and a buurt "x=" are each fine, but
        # "x<A in x=." together is an unfinished tag to a calendar that shows HTML.
        title, description = plain_text(channel.title), plain_text(channel.description)
        cal.add("name", title)
        cal.add("x-wr-calname", title)
        cal.add("description", description)
        cal.add("x-wr-caldesc", description)
        cal.add("url", channel.page_url)
        cal.add("source", channel.url("ics"), parameters={"VALUE": "URI"})
        cal.add("refresh-interval", dt.timedelta(days=1), parameters={"VALUE": "DURATION"})
        cal.add("x-published-ttl", "P1D")
        head = cal.to_ical()
        assert head.endswith(_END)
        body = [self._timezone]
        body += [self.events(a) for a in activities if keep_all or self.wanted(a)]
        return head[: -len(_END)] + b"".join(body) + _END

    def _build(self, activity: ActiviteitEntry) -> list[Event]:
        schedule = activity.schedule
        m = activity.model
        first = first_date(schedule)
        start, end = _span(first, schedule.time)
        uid = ids.series_uid(self.host, activity.id)
        extra = sorted(schedule.extra_dates - schedule.except_dates - {first})
        series = self._event(activity, uid, start, end, cancelled=m.afgelast)
        series["SUMMARY"] = vText((CANCELLED_PREFIX if m.afgelast else "") + m.titel)
        recurring = schedule.recurrence.rrule is not None
        if recurring:
            rule = vRecur.from_ical(schedule.recurrence.rrule or "")
            if schedule.until is not None:
                until = dt.datetime.combine(schedule.until, dt.time(23, 59, 59), tzinfo=AMSTERDAM)
                rule["UNTIL"] = until.astimezone(dt.UTC)
            series["RRULE"] = rule
            excluded = set(schedule.except_dates)
            if schedule.except_holidays:
                last = self.holidays_until
                if schedule.until is not None:
                    last = min(last, schedule.until)
                hits = _rule_holidays(schedule.recurrence.rrule or "", first, last)
                excluded |= set(hits) - schedule.extra_dates
            excluded = {d for d in excluded if d >= first}
            if excluded:
                series["EXDATE"] = vDDDLists(
                    [_at(d, schedule.time.start) for d in sorted(excluded)]
                )
        elif first in schedule.except_dates:
            series["EXDATE"] = vDDDLists([start])
        if extra:
            series["RDATE"] = vDDDLists([_at(d, schedule.time.start) for d in extra])
        events = [series]
        for day in sorted(schedule.cancelled_dates):
            if not occurrences(schedule, day, day):
                continue  # not a date of this activity: nothing to cancel
            if not recurring and not extra:
                series["STATUS"] = vText("CANCELLED")
                series["SUMMARY"] = vText(CANCELLED_PREFIX + m.titel)
                continue
            day_start, day_end = _span(day, schedule.time)
            override = self._event(activity, uid, day_start, day_end, cancelled=True)
            override["SUMMARY"] = vText(CANCELLED_PREFIX + m.titel)
            override["RECURRENCE-ID"] = vDDDTypes(_at(day, schedule.time.start))
            events.append(override)
        return events

    # Properties are set as typed values (``event["DTSTART"] = vDDDTypes(...)``), which is what
    # ``Event.add`` ends up doing, at half the cost: a site has thousands of events.
    def _event(
        self,
        activity: ActiviteitEntry,
        uid: str,
        start: dt.datetime,
        end: dt.datetime | None,
        *,
        cancelled: bool,
    ) -> Event:
        m = activity.model
        event = Event()
        event["UID"] = vText(uid)
        event["DTSTAMP"] = _DTSTAMP
        event["DTSTART"] = vDDDTypes(start)
        if end is not None:
            event["DTEND"] = vDDDTypes(end)
        event["STATUS"] = vText("CANCELLED" if cancelled else "CONFIRMED")
        event["TRANSP"] = vText("TRANSPARENT")
        event["CATEGORIES"] = vCategory([m.soort.value])
        place = place_of(activity)
        if place is not None:
            location = place.name + (f", {place.address}" if place.address else "")
            event["LOCATION"] = vText(plain_text(location))  # two fields joined, as above
            if place.geo is not None:
                event["GEO"] = vGeo(place.geo)
        url = self.ctx.absolute(ids.activity_path(activity.buurt, activity.slug))
        event["URL"] = vUri(url)
        event["DESCRIPTION"] = vText(self._description(activity, url))
        return event

    def _description(self, activity: ActiviteitEntry, url: str) -> str:
        m = activity.model
        lines = [f"{m.wanneer.words()}, {m.tijd.words()}"]
        if m.omschrijving:
            lines.append(m.omschrijving)
        lines += [
            f"{label}: {value}"
            for label, value in (("Kosten", m.kosten), ("Aanmelden", m.aanmelden), ("Voor", m.voor))
            if value
        ]
        lines.append(f"Organisatie: {organisation_name(self.ctx.site, activity, self.site_name)}")
        lines.append(f"Meer informatie: {url}")
        # Made plain as a whole: "a<b" at the end of one field and "x=" in the next would be
        # one unfinished tag together, which a calendar that shows HTML would read as one.
        return plain_text("\n\n".join(lines))
