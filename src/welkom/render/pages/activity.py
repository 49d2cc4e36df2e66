"""The page of one activity (`/<gemeente>/<buurt>/activiteiten/<id>/`): what it is, for whom,
what it costs, how to sign up, where, and its next dates.

Everything a resident needs before going: the agenda, "deze week", the embed, the guide and
every feed item link here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from welkom.render.agenda import AgendaItem
from welkom.render.feeds.ids import activity_calendar_path, activity_path, occurrence_anchor
from welkom.render.pages.words import day_heading, relative_day
from welkom.site import ActiviteitEntry, Site

# Dates shown before "Meer datums"; the rest (up to the agenda's horizon) folds away, so every
# feed item's link (#<id>-<date>) still lands on its date.
SHOWN_DATES = 6


@dataclass(frozen=True, slots=True)
class DateLine:
    anchor: str
    day: dt.date
    words: str  # "zaterdag 19 december", "morgen, maandag 30 november"
    time: str
    cancelled: bool


def activity_url(activity: ActiviteitEntry) -> str:
    return activity_path(activity.buurt, activity.slug)


def calendar_url(activity: ActiviteitEntry) -> str:
    return activity_calendar_path(activity.buurt, activity.slug)


def date_lines(items: list[AgendaItem], today: dt.date) -> list[DateLine]:
    return [
        DateLine(
            anchor=occurrence_anchor(i.activity.slug, i.occurrence.date),
            day=i.occurrence.date,
            words=_day_words(i.occurrence.date, today),
            time=i.activity.model.tijd.words(),
            cancelled=i.occurrence.cancelled,
        )
        for i in items
    ]


def _day_words(day: dt.date, today: dt.date) -> str:
    """``morgen, maandag 30 november``: the relative word helps, the date is what counts."""
    relative, heading = relative_day(day, today), day_heading(day, today)
    return heading if relative == heading else f"{relative}, {heading}"


def paragraphs(text: str | None) -> list[str]:
    """A volunteer's text as paragraphs (a blank line starts a new one)."""
    if not text:
        return []
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]


def organiser(site: Site, activity: ActiviteitEntry) -> object | None:
    """The organisation of the activity, else the one of its place."""
    for org_id in (
        activity.model.organisatie,
        activity.plek.organisatie if activity.plek else None,
    ):
        if org_id:
            org = site.organisatie(activity.gemeente, org_id)
            if org is not None:
                return org
    return None
