"""Value types of the `when` package: parsed times, recurrences and opening hours."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


class WhenError(ValueError):
    """A phrase or time we cannot read. ``str(error)`` is the Dutch message for a volunteer."""


@dataclass(frozen=True, slots=True)
class TimeRange:
    start: dt.time
    end: dt.time | None = None  # "vanaf 19.30": no end given

    def words(self) -> str:
        """``13.00–16.00`` (Dutch style: period between hours and minutes, en dash).

        Without an end: ``vanaf 19.30``. An end of ``time.max`` is midnight: ``22.00–24.00``.
        A start from 1.00 to 7.59 gets a leading zero (``07.00–09.00``): "7.00-9.00" could
        be the evening, and what we show must read back the same.
        """
        from welkom.when.words import clock

        def show(time: dt.time) -> str:
            text = clock(time)
            return f"0{text}" if early and len(text) == 4 else text

        early = 1 <= self.start.hour <= 7
        if self.end is None:
            return f"vanaf {show(self.start)}"
        return f"{show(self.start)}–{show(self.end)}"

    @property
    def ends_at_midnight(self) -> bool:
        """True for "…-24.00": the end is stored as ``time.max``."""
        return self.end == dt.time.max


@dataclass(frozen=True, slots=True)
class Recurrence:
    """A parsed `wanneer` phrase.

    Exactly one of ``rrule`` (an RFC 5545 RRULE value without ``DTSTART``, e.g.
    ``FREQ=MONTHLY;BYDAY=+1WE,+3WE``) and ``date`` (a one-off) is set.
    """

    text: str
    rrule: str | None = None
    date: dt.date | None = None
    needs_start: bool = False  # "om de week": which weeks follows from `vanaf`
    time: TimeRange | None = None  # a time inside the phrase: "elke dinsdag om 10 uur"
    part: str | None = None  # a part of the day: "elke dinsdagmiddag" → "middag"

    @property
    def is_recurring(self) -> bool:
        return self.rrule is not None

    def words(self) -> str:
        """Dutch words for residents, e.g. ``elke derde zaterdag van de maand``."""
        from welkom.when.recurrence import describe

        return describe(self)


@dataclass(frozen=True, slots=True)
class OpeningHours:
    """One line of `open:` such as ``ma, wo, vr 09.30-16.00``; days 0 = maandag."""

    text: str
    days: tuple[int, ...]
    time: TimeRange | None = None

    def words(self) -> str:
        """``ma, wo en vr 9.30–16.00``."""
        from welkom.when.opening import opening_words

        return opening_words(self)


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One date of an activity, as aware datetimes in Europe/Amsterdam."""

    start: dt.datetime
    end: dt.datetime | None
    cancelled: bool = False  # a `vervalt` date: shown, marked "vervalt"

    @property
    def date(self) -> dt.date:
        return self.start.date()


@dataclass(frozen=True, slots=True)
class Schedule:
    """Everything needed to expand an activity into dates."""

    recurrence: Recurrence
    time: TimeRange
    start: dt.date | None = None  # `vanaf`
    until: dt.date | None = None  # `tot`, inclusive
    except_dates: frozenset[dt.date] = field(default_factory=frozenset)  # `behalve`
    except_holidays: bool = False  # `behalve: feestdagen`
    extra_dates: frozenset[dt.date] = field(default_factory=frozenset)  # `ook`
    cancelled_dates: frozenset[dt.date] = field(default_factory=frozenset)  # `vervalt`
