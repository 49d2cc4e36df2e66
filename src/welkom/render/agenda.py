"""Upcoming occurrences of activities: one list that pages and feeds share, so they agree."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from welkom.site import ActiviteitEntry, Site
from welkom.when import occurrences
from welkom.when.types import Occurrence


@dataclass(frozen=True, slots=True)
class AgendaItem:
    activity: ActiviteitEntry
    occurrence: Occurrence

    @property
    def uid(self) -> str:
        """Stable identity of one occurrence: the activity's path id and its date."""
        return f"{self.activity.id}/{self.occurrence.date.isoformat()}"


def upcoming(
    site: Site, activity_ids: Iterable[str], start: dt.date, end: dt.date
) -> list[AgendaItem]:
    """Occurrences with a date in [start, end] of the given activities, in time order."""
    items: list[AgendaItem] = []
    for activity_id in activity_ids:
        activity = site.activiteiten[activity_id]
        for occ in occurrences(activity.schedule, start, end):
            if activity.model.afgelast and not occ.cancelled:
                occ = replace(occ, cancelled=True)
            items.append(AgendaItem(activity, occ))
    items.sort(key=lambda item: (item.occurrence.start, item.activity.id))
    return items


def activity_ids(site: Site, *, gemeente: str | None = None, buurt: str | None = None) -> list[str]:
    """Activity ids of one buurt, one gemeente or the whole site, sorted."""
    if buurt is not None:
        return sorted(site.buurten[buurt].activiteiten)
    if gemeente is not None:
        return sorted(a for a, e in site.activiteiten.items() if e.gemeente == gemeente)
    return sorted(site.activiteiten)
