"""Expand a Schedule into dated occurrences in Europe/Amsterdam, and preview phrases for the CLI.

Dates come from dateutil.rrule with DTSTART = ``first_date(schedule)``, the same DTSTART the
iCalendar feed uses, so the site and the feed always agree. Times are local wall-clock times:
13.00 stays 13.00 on both sides of a summer-time switch (the UTC offset changes instead).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from itertools import islice
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule, rrulestr

from welkom.when.holidays import is_holiday
from welkom.when.recurrence import parse_recurrence
from welkom.when.types import Occurrence, Recurrence, Schedule, TimeRange, WhenError
from welkom.when.words import DAY_NAMES

AMSTERDAM = ZoneInfo("Europe/Amsterdam")

# When `vanaf` is missing the series starts here. A fixed project epoch, never "today": DTSTART
# and the feed's UIDs then stay the same from one build to the next, so calendars that
# subscribed do not see every event change daily.
DEFAULT_START = dt.date(2026, 1, 1)


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day)  # noqa: DTZ001 - rrule works on naive dates


@lru_cache(maxsize=4096)
def _rule(rule_text: str, dtstart: dt.date) -> rrule:
    return rrulestr(rule_text, dtstart=_midnight(dtstart))  # type: ignore[return-value]


def _needs_vanaf(recurrence: Recurrence) -> WhenError:
    return WhenError(
        f"Bij `wanneer: {recurrence.text}` hoort een startdatum. Vul `vanaf` in met de eerste "
        "keer, zoals `vanaf: 2026-01-14`. Dan weten we welke weken het is."
    )


@lru_cache(maxsize=4096)
def _first(recurrence: Recurrence, start: dt.date | None) -> dt.date:
    if recurrence.date is not None:
        return recurrence.date
    if recurrence.needs_start and start is None:
        raise _needs_vanaf(recurrence)
    begin = start or DEFAULT_START
    first = _rule(recurrence.rrule or "", begin).after(_midnight(begin), inc=True)
    if first is None:  # cannot happen for the rules we parse; keep the contract anyway
        return begin
    return first.date()


def first_date(schedule: Schedule) -> dt.date:
    """The first date of the series on or after its start: the iCalendar DTSTART.

    For "elke derde zaterdag" with ``vanaf: 2026-01-01`` that is 2026-01-17, not the 1st.
    A one-off is its own date.
    """
    return _first(schedule.recurrence, schedule.start)


def _expansion_start(rule_text: str, first: dt.date, window_start: dt.date) -> dt.date:
    """A DTSTART close to the window that gives the same dates from the window on.

    Saves iterating from 2026 for every page build. For an interval of one any later date works
    (BYDAY picks the days); for "om de week" we jump whole periods so the weeks stay the same.
    """
    if window_start <= first:
        return first
    parts = dict(p.split("=", 1) for p in rule_text.split(";") if "=" in p)
    interval = int(parts.get("INTERVAL", "1"))
    if interval == 1 and parts.get("FREQ") in {"DAILY", "WEEKLY", "MONTHLY"}:
        return window_start
    if parts.get("FREQ") == "WEEKLY":
        period = 7 * interval
        return first + dt.timedelta(days=(window_start - first).days // period * period)
    return first


def _rule_dates(schedule: Schedule, start: dt.date, end: dt.date) -> list[dt.date]:
    """Dates of the rule (or the one-off) in [start, end], bounded by `vanaf` and `tot`."""
    recurrence = schedule.recurrence
    if recurrence.date is not None:
        return [recurrence.date] if start <= recurrence.date <= end else []
    first = first_date(schedule)
    rule_text = recurrence.rrule or ""
    if schedule.until is not None:
        end = min(end, schedule.until)
    start = max(start, first)
    if start > end:
        return []
    rule = _rule(rule_text, _expansion_start(rule_text, first, start))
    return [d.date() for d in rule.between(_midnight(start), _midnight(end), inc=True)]


def _localize(day: dt.date, time: dt.time) -> dt.datetime:
    """Aware local datetime. A time that does not exist (02.30 on the spring switch) moves on."""
    if time == dt.time.max:  # "tot 24.00": midnight at the end of the day
        return dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=AMSTERDAM)
    local = dt.datetime.combine(day, time, tzinfo=AMSTERDAM)
    return local.astimezone(dt.UTC).astimezone(AMSTERDAM)


def _occurrence(day: dt.date, time: TimeRange, *, cancelled: bool) -> Occurrence:
    end = None if time.end is None else _localize(day, time.end)
    return Occurrence(start=_localize(day, time.start), end=end, cancelled=cancelled)


def occurrences(schedule: Schedule, window_start: dt.date, window_end: dt.date) -> list[Occurrence]:
    """All occurrences with a date in [window_start, window_end], sorted by start.

    Order of rules: dates of the rule within `vanaf`..`tot`, minus `behalve` dates, minus
    public holidays when ``except_holidays``; plus `ook` dates (an explicit extra date wins
    over the general holiday rule, but not over an explicit `behalve`); `vervalt` dates stay
    in the list with ``cancelled=True`` so the site can show "vervalt".
    """
    if window_end < window_start:
        return []
    days = {
        d
        for d in _rule_dates(schedule, window_start, window_end)
        if not (schedule.except_holidays and is_holiday(d))
    }
    days |= {d for d in schedule.extra_dates if window_start <= d <= window_end}
    days -= schedule.except_dates
    return [
        _occurrence(d, schedule.time, cancelled=d in schedule.cancelled_dates) for d in sorted(days)
    ]


def preview(text: str, start: dt.date, count: int) -> list[str]:
    """The next ``count`` dates of a phrase on or after ``start``: ``2026-01-17 zaterdag``.

    For `welkom wanneer "<zin>" --vanaf DATUM --aantal N`. ``start`` plays the role of `vanaf`,
    so for "om de week" it fixes which weeks.
    """
    recurrence = parse_recurrence(text)
    if count <= 0:
        return []
    if recurrence.date is not None:
        dates = [recurrence.date] if recurrence.date >= start else []
    else:
        first = _first(recurrence, start)
        rule = _rule(recurrence.rrule or "", first)
        dates = [d.date() for d in islice(rule, count)]
    return [f"{d.isoformat()} {DAY_NAMES[d.weekday()]}" for d in dates[:count]]
