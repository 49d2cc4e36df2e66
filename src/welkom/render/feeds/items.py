"""One feed item model for RSS, Atom and JSON Feed, built once per occurrence and reused.

The buurt, gemeente and site feeds show the same occurrence with the same id, title, dates and
description: the item is made once (per build) and every feed format reads it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from welkom.render.agenda import AgendaItem
from welkom.render.context import BuildContext
from welkom.render.feeds import ids
from welkom.render.feeds.dates import occurrence_published, story_published
from welkom.render.safe_html import clean_html, escape, first_paragraph_text, text_to_html
from welkom.site import ActiviteitEntry, Site, VerhaalEntry
from welkom.when.words import DAY_ABBR

MONTH_ABBR: tuple[str, ...] = (
    "jan",
    "feb",
    "mrt",
    "apr",
    "mei",
    "jun",
    "jul",
    "aug",
    "sep",
    "okt",
    "nov",
    "dec",
)
CANCELLED_PREFIX = "Vervalt: "
DEFAULT_SITE_NAME = "Welkom in de buurt"


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    address: str | None = None
    geo: tuple[float, float] | None = None


@dataclass(frozen=True, slots=True)
class FeedItem:
    """What every feed format needs to know about one item (an occurrence or a story)."""

    id: str
    url: str
    title: str
    content_html: str
    summary: str
    published: dt.datetime
    updated: dt.datetime
    author: str
    categories: tuple[str, ...] = ()
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    place: Place | None = None
    cancelled: bool = False
    activity_id: str | None = None


def short_date(day: dt.date) -> str:
    """``za 17 jan``: hard-coded Dutch names, never the locale."""
    return f"{DAY_ABBR[day.weekday()]} {day.day} {MONTH_ABBR[day.month - 1]}"


def organisation_name(site: Site, activity: ActiviteitEntry, site_name: str) -> str:
    """The organisation behind an activity (or its place), else the site. Never a person."""
    for org_id in (
        activity.model.organisatie,
        activity.plek.organisatie if activity.plek else None,
    ):
        if org_id:
            org = site.organisatie(activity.gemeente, org_id)
            if org is not None:
                return org.naam
    return site_name


def place_of(activity: ActiviteitEntry) -> Place | None:
    plek = activity.plek
    if plek is None:
        return None
    return Place(plek.naam, plek.adres, tuple(plek.geo) if plek.geo else None)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class _ActivityParts:
    """What every occurrence of one activity shares, worked out once per build."""

    titel: str
    time_words: str
    rule_words: str
    body_html: str
    author: str
    categories: tuple[str, ...]
    place: Place | None


class ItemFactory:
    """Builds and caches the FeedItems of one build (one ``BuildContext``)."""

    def __init__(self, ctx: BuildContext, site_name: str = DEFAULT_SITE_NAME) -> None:
        self.ctx = ctx
        self.site = ctx.site
        self.site_name = site_name
        self.host = ids.site_host(ctx.site_url)
        self._activities: dict[str, _ActivityParts] = {}
        self._items: dict[str, FeedItem] = {}

    def occurrence(self, item: AgendaItem) -> FeedItem:
        key = item.uid
        cached = self._items.get(key)
        if cached is None:
            cached = self._items[key] = self._occurrence(item)
        return cached

    def _occurrence(self, item: AgendaItem) -> FeedItem:
        activity, occ = item.activity, item.occurrence
        parts = self._parts(activity)
        day = occ.date
        url = self.ctx.absolute(ids.occurrence_path(activity.buurt, activity.slug, day))
        when = f"{short_date(day)}, {parts.time_words}"
        prefix = CANCELLED_PREFIX if occ.cancelled else ""
        lines = []
        if occ.cancelled:
            why = (
                "Deze activiteit gaat niet meer door."
                if activity.model.afgelast
                else "Deze keer gaat het niet door."
            )
            lines.append(f"<p><strong>Vervalt.</strong> {why}</p>")
        lines.append(f"<p>{escape(when)} ({escape(parts.rule_words)})</p>")
        lines.append(parts.body_html)
        lines.append(f'<p><a href="{escape(url)}">Meer over deze activiteit</a></p>')
        published = occurrence_published(day, self.ctx.horizon_days)
        return FeedItem(
            id=ids.occurrence_id(self.host, activity.id, day),
            url=url,
            title=f"{prefix}{parts.titel} – {when}",
            content_html="".join(lines),
            summary=prefix + when,
            published=published,
            updated=published,
            author=parts.author,
            categories=parts.categories,
            start=occ.start,
            end=occ.end,
            place=parts.place,
            cancelled=occ.cancelled,
            activity_id=activity.id,
        )

    def _parts(self, activity: ActiviteitEntry) -> _ActivityParts:
        cached = self._activities.get(activity.id)
        if cached is None:
            m = activity.model
            cached = self._activities[activity.id] = _ActivityParts(
                titel=m.titel,
                time_words=m.tijd.words(),
                rule_words=m.wanneer.words(),
                body_html=self._activity_body(activity),
                author=organisation_name(self.site, activity, self.site_name),
                categories=(m.soort.value,),
                place=place_of(activity),
            )
        return cached

    def _activity_body(self, activity: ActiviteitEntry) -> str:
        """The part of the description that is the same for every date."""
        m = activity.model
        parts: list[str] = []
        place = place_of(activity)
        if place is not None:
            where = place.name + (f", {place.address}" if place.address else "")
            parts.append(f"<p>Waar: {escape(where)}</p>")
        parts.append(text_to_html(m.omschrijving))
        facts = [
            f"{label}: {escape(value)}"
            for label, value in (("Kosten", m.kosten), ("Aanmelden", m.aanmelden), ("Voor", m.voor))
            if value
        ]
        if facts:
            parts.append("<p>" + "<br>".join(facts) + "</p>")
        buurt = self.site.buurten[activity.buurt].model.naam
        gemeente = self.site.gemeenten[activity.gemeente].model.naam
        organiser = organisation_name(self.site, activity, self.site_name)
        parts.append(f"<p>Buurt: {escape(buurt)} ({escape(gemeente)})<br>")
        parts.append(f"Organisatie: {escape(organiser)}</p>")
        return clean_html("".join(parts))

    def story(self, story: VerhaalEntry) -> FeedItem:
        key = "verhaal:" + story.slug
        cached = self._items.get(key)
        if cached is None:
            cached = self._items[key] = self._story(story)
        return cached

    def _story(self, story: VerhaalEntry) -> FeedItem:
        m = story.model
        url = self.ctx.absolute(ids.story_path(story.slug))
        summary = m.samenvatting or first_paragraph_text(story.body)
        published = story_published(m.datum)
        content = text_to_html(summary) + f'<p><a href="{escape(url)}">Lees het verhaal</a></p>'
        return FeedItem(
            id=ids.story_id(self.host, story.slug),
            url=url,
            title=m.titel,
            content_html=clean_html(content),
            summary=summary,
            published=published,
            updated=published,
            author=self.site_name,
            categories=("verhaal",),
        )
