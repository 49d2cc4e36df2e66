"""Every entry that can be checked, with its state on a given day: stale, over, never checked.

An entry is one thing a volunteer keeps true: a buurt's own text, a plek, a sleutelfiguur, a
help line (of a buurt or a gemeente) or an activity. Each knows its file and the place of its
`gecontroleerd` in that file, so a warning and the maintenance list point at the line to edit.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator
from dataclasses import dataclass

from welkom.fresh.config import Limits
from welkom.load.document import Document, Loc
from welkom.site import ActiviteitEntry, Site
from welkom.when.types import Schedule


class State(enum.IntEnum):
    """Most urgent first: the order of the maintenance list."""

    OVER = 0  # an activity whose last date has passed: the file can go
    STALE = 1  # checked, but longer ago than the limit
    FUTURE = 2  # a `gecontroleerd` month after today: a typing mistake
    NEVER = 3  # no `gecontroleerd` at all
    OK = 4


KIND_WORDS = {
    "buurt": "buurt",
    "plek": "plek",
    "sleutelfiguur": "sleutelfiguur",
    "hulp": "hulplijn",
    "activiteit": "activiteit",
}


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str  # buurt | plek | sleutelfiguur | hulp | activiteit
    label: str  # "Buurthuis De Kiem", "de huismeester"
    gemeente: str
    buurt: str | None  # buurt id; None for a gemeente's own help lines
    doc: Document
    loc: Loc  # where the entry is in its file: ("plekken", 0)
    checked: dt.date | None
    last_date: dt.date | None = None  # activities: the last date it can take place
    one_off: bool = False

    @property
    def path(self) -> str:
        return self.doc.path

    def state(self, today: dt.date, limits: Limits) -> State:
        if self.last_date is not None and self.last_date < today:
            return State.OVER
        if self.checked is None:
            return State.NEVER
        if self.checked > today:
            return State.FUTURE
        if today >= due(self.checked, limits.of(self.kind)):
            return State.STALE
        return State.OK

    def position(self, state: State | None = None) -> tuple[int, int]:
        """Line and column of `gecontroleerd` (or of the entry, when it has none); for an
        activity that is over, of the date that ended it (`tot`, or a one-off's `wanneer`)."""
        from welkom.fresh.position import checked_position, key_position

        if state is State.OVER:
            key = "wanneer" if self.one_off or "tot" not in self.doc.data else "tot"
            return key_position(self.doc, key)
        if self.checked is not None:
            return checked_position(self.doc, self.loc, self.checked)
        return self.doc.where(self.loc, key=bool(self.loc))


def due(checked: dt.date, months: int) -> dt.date:
    """The first day an entry checked in ``checked``'s month counts as stale."""
    index = checked.year * 12 + checked.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def last_date(schedule: Schedule) -> dt.date | None:
    """The last date an activity can take place, or None for a series without end.

    The same rule as the calendar feed's (render/feeds/icalendar_feed.py `last_date`).
    """
    recurrence = schedule.recurrence
    if recurrence.is_recurring and schedule.until is None:
        return None
    base = schedule.until if recurrence.is_recurring else recurrence.date
    return max([d for d in (base, *schedule.extra_dates) if d is not None], default=None)


def ended(activity: ActiviteitEntry, today: dt.date) -> bool:
    """Whether ``activity`` took place for the last time before ``today``: it then has no page,
    no calendar file and no open-data record any more (issue 14: past items never show)."""
    last = last_date(activity.schedule)
    return last is not None and last < today


def site_entries(site: Site) -> Iterator[Entry]:
    """Every checkable entry of the loaded ``site``, gemeente by gemeente, in file order."""
    for gemeente_id in sorted(site.gemeenten):
        g = site.gemeenten[gemeente_id]
        for i, h in enumerate(g.model.hulp):
            yield Entry("hulp", h.onderwerp, gemeente_id, None, g.doc, ("hulp", i), h.gecontroleerd)
        for buurt_id in g.buurten:
            yield from _buurt_entries(site, buurt_id)


def _buurt_entries(site: Site, buurt_id: str) -> Iterator[Entry]:
    b = site.buurten[buurt_id]
    m, doc, g = b.model, b.doc, b.gemeente
    yield Entry("buurt", m.naam, g, buurt_id, doc, (), m.gecontroleerd)
    for i, p in enumerate(m.plekken):
        yield Entry("plek", p.naam, g, buurt_id, doc, ("plekken", i), p.gecontroleerd)
    for i, s in enumerate(m.sleutelfiguren):
        label = f"de {s.rol}"
        yield Entry(
            "sleutelfiguur", label, g, buurt_id, doc, ("sleutelfiguren", i), s.gecontroleerd
        )
    for i, h in enumerate(m.hulp):
        yield Entry("hulp", h.onderwerp, g, buurt_id, doc, ("hulp", i), h.gecontroleerd)
    for activity_id in sorted(b.activiteiten):
        yield activity_entry(site.activiteiten[activity_id])


def activity_entry(a: ActiviteitEntry) -> Entry:
    schedule = a.schedule
    return Entry(
        "activiteit",
        a.model.titel,
        a.gemeente,
        a.buurt,
        a.doc,
        (),
        a.model.gecontroleerd,
        last_date(schedule),
        not schedule.recurrence.is_recurring,
    )
