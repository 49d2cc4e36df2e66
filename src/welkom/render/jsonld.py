"""schema.org JSON-LD for search engines and apps: Place for plekken, Event for activities.

Events carry their next date (``startDate`` with the Amsterdam offset, +01:00 or +02:00) and,
for recurring ones, an ``eventSchedule`` (schema.org/Schedule) built from the RRULE.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from welkom.render.agenda import AgendaItem
from welkom.site import ActiviteitEntry, BuurtEntry
from welkom.when.types import Recurrence
from welkom.when.words import RRULE_DAYS

_SCHEMA_DAYS = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)
_FREQ = {"DAILY": "D", "WEEKLY": "W", "MONTHLY": "M", "YEARLY": "Y"}


def place_id(buurt_url: str, plek_id: str) -> str:
    """A stable identifier of a place: its anchor on its buurt page."""
    return f"{buurt_url}#plek-{plek_id}"


def place(buurt: BuurtEntry, plek_id: str, url: str) -> dict[str, object] | None:
    plek = buurt.plek(plek_id)
    if plek is None:
        return None
    data: dict[str, object] = {
        "@type": "Place",
        "@id": place_id(url, plek_id),
        "name": plek.naam,
        "url": url,
    }
    if plek.adres:
        data["address"] = plek.adres
    if plek.geo:
        data["geo"] = {"@type": "GeoCoordinates", "latitude": plek.geo[0], "longitude": plek.geo[1]}
    return data


def schedule(recurrence: Recurrence, activity: ActiviteitEntry) -> dict[str, object] | None:
    """schema.org Schedule for a recurring activity; None for a one-off."""
    if recurrence.rrule is None:
        return None
    parts = dict(p.split("=", 1) for p in recurrence.rrule.split(";") if "=" in p)
    data: dict[str, object] = {"@type": "Schedule", "scheduleTimezone": "Europe/Amsterdam"}
    freq = _FREQ.get(parts.get("FREQ", ""))
    interval = parts.get("INTERVAL", "1")
    if freq:
        data["repeatFrequency"] = f"P{interval}{freq}"
    if "BYWEEKNO" in parts:  # even or odd ISO weeks: every other week
        data["repeatFrequency"] = "P2W"
    if parts.get("BYMONTHDAY", "").lstrip("-").isdigit():
        data["byMonthDay"] = int(parts["BYMONTHDAY"])
    if parts.get("BYMONTH"):
        data["byMonth"] = [int(m) for m in parts["BYMONTH"].split(",") if m.isdigit()]
    days: list[str] = []
    weeks: list[int] = []
    for code in filter(None, parts.get("BYDAY", "").split(",")):
        day, ordinal = code[-2:], code[:-2]
        if day in RRULE_DAYS:
            name = "https://schema.org/" + _SCHEMA_DAYS[RRULE_DAYS.index(day)]
            if name not in days:
                days.append(name)
        if ordinal.lstrip("+-").isdigit() and int(ordinal) not in weeks:
            weeks.append(int(ordinal))
    if days:
        data["byDay"] = days
    if weeks:
        data["byMonthWeek"] = weeks
    time = activity.model.tijd
    data["startTime"] = time.start.strftime("%H:%M")
    if time.end is not None and not time.ends_at_midnight:
        data["endTime"] = time.end.strftime("%H:%M")
    if activity.model.vanaf:
        data["startDate"] = activity.model.vanaf.isoformat()
    if activity.model.tot:
        data["endDate"] = activity.model.tot.isoformat()
    data["description"] = recurrence.rrule
    return data


def event(
    item: AgendaItem, buurt: BuurtEntry, page_url: str, described: frozenset[str] = frozenset()
) -> dict[str, object]:
    """An Event for one date. ``described`` holds ids of places already on this page as a
    Place node: those are referred to by ``@id`` instead of being repeated."""
    activity, occ = item.activity, item.occurrence
    data: dict[str, object] = {
        "@type": "Event",
        "name": activity.model.titel,
        "startDate": occ.start.isoformat(),
        "eventStatus": "https://schema.org/EventCancelled"
        if occ.cancelled
        else "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "url": page_url,
    }
    if occ.end is not None:
        data["endDate"] = occ.end.isoformat()
    if activity.model.omschrijving:
        data["description"] = activity.model.omschrijving
    if activity.plek is not None:
        ref = place_id(page_url, activity.plek.id)
        location: dict[str, object] = {"@id": ref}
        if (activity.plek_buurt or activity.buurt) != buurt.id or ref not in described:
            location = {"@type": "Place", "name": activity.plek.naam}
            if activity.plek.adres:
                location["address"] = activity.plek.adres
        data["location"] = location
    if activity.model.kosten and activity.model.kosten.lower() == "gratis":
        data["isAccessibleForFree"] = True
    sched = schedule(activity.model.wanneer, activity)
    if sched is not None:
        data["eventSchedule"] = sched
    return data


def graph(nodes: Iterable[dict[str, object] | None]) -> str:
    """The ``<script type="application/ld+json">`` body: compact, stable, safe inside HTML."""
    data = {"@context": "https://schema.org", "@graph": [n for n in nodes if n]}
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # "</" would end the script element early; "<!--" confuses the HTML parser.
    return text.replace("</", "<\\/").replace("<!--", "<\\!--")
