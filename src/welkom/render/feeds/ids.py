"""Identities and addresses of feed items: stable URIs built from paths and dates only.

Feed readers and calendar apps recognise an item by its id. If an id changes, the item shows up
twice; so an id is built from things that never change for that item: the activity's path id
(`activiteiten/<gemeente>/<buurt>/<slug>.yml` → ``<gemeente>/<buurt>/<slug>``) and the date of
the occurrence. Never from a title, the build time or a position in a list.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

# The date part of every tag URI (RFC 4151): the year the project first minted ids. A fixed
# value on purpose: with the build date here every id would change once a year.
TAG_YEAR = "2026"


def site_host(site_url: str) -> str:
    """``https://welkom.example.nl/`` → ``welkom.example.nl`` (no port, no path)."""
    host = urlsplit(site_url).hostname
    if not host:
        raise ValueError(f"site_url zonder host: {site_url!r}")
    return host


def occurrence_id(host: str, activity_id: str, day: dt.date) -> str:
    """``tag:welkom.example.nl,2026:activiteit/voorbeeldstad/kiem-noord/repair-cafe/2026-01-17``."""
    return f"tag:{host},{TAG_YEAR}:activiteit/{activity_id}/{day.isoformat()}"


def story_id(host: str, slug: str) -> str:
    """``tag:welkom.example.nl,2026:verhaal/een-plantje``."""
    return f"tag:{host},{TAG_YEAR}:verhaal/{slug}"


def series_uid(host: str, activity_id: str) -> str:
    """iCalendar UID of a whole series: ``voorbeeldstad/kiem-noord/repair-cafe@welkom.example.nl``.

    A cancelled date is an override with this same UID plus a RECURRENCE-ID.
    """
    return f"{activity_id}@{host}"


def occurrence_anchor(activity_slug: str, day: dt.date) -> str:
    """The ``id`` of an occurrence on the activity's page and on the buurt's agenda page:
    ``repair-cafe-2026-01-17``."""
    return f"{activity_slug}-{day.isoformat()}"


def activity_path(buurt_id: str, activity_slug: str) -> str:
    """The page of one activity: ``voorbeeldstad/kiem-noord/activiteiten/repair-cafe/``."""
    return f"{buurt_id}/activiteiten/{activity_slug}/"


def activity_calendar_path(buurt_id: str, activity_slug: str) -> str:
    """The iCalendar file of one activity alone, next to its page."""
    return f"{activity_path(buurt_id, activity_slug)}activiteit.ics"


def agenda_path(buurt_id: str) -> str:
    """``voorbeeldstad/kiem-noord`` → ``voorbeeldstad/kiem-noord/agenda/``."""
    return f"{buurt_id}/agenda/"


def occurrence_path(buurt_id: str, activity_slug: str, day: dt.date) -> str:
    """Where an occurrence lives on the site: its date on the activity's page.

    (Until 2026-11 feed items linked to the same anchor on the buurt's agenda page; the
    agenda keeps those anchors, so old links still land on the right date.)
    """
    return f"{activity_path(buurt_id, activity_slug)}#{occurrence_anchor(activity_slug, day)}"


def story_path(slug: str) -> str:
    return f"verhalen/{slug}/"


ACTIVITY_FEEDS: tuple[str, ...] = ("rss", "atom", "ics", "json")
STORY_FEEDS: tuple[str, ...] = ("rss", "atom")


def feed_path(scope: str, name: str, extension: str) -> str:
    """Path of a feed under the site root.

    ``scope`` is ``""`` for the whole site, ``<gemeente>`` or ``<gemeente>/<buurt>``;
    ``name`` is ``activiteiten`` or ``verhalen``: ``voorbeeldstad/kiem-noord/activiteiten.ics``.
    """
    prefix = f"{scope}/" if scope else ""
    return f"{prefix}{name}.{extension}"
