"""schema.org JSON-LD for search engines and apps: Place for plekken, Event for activities.

One Event per activity, identified (``@id``) by the activity's own page. It carries its next
date (``startDate`` with the Amsterdam offset, +01:00 or +02:00) and, for recurring ones, an
``eventSchedule`` (schema.org/Schedule) built from the recurrence, with ``exceptDate``. The
RRULE itself never appears: search engines read the Schedule's properties.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import replace

from welkom.render.agenda import AgendaItem
from welkom.render.context import BuildContext
from welkom.render.feeds.ids import activity_path
from welkom.site import ActiviteitEntry, BuurtEntry
from welkom.when import dutch_holidays, first_date, occurrences
from welkom.when.types import Recurrence
from welkom.when.words import RRULE_DAYS

_POSTCODE = re.compile(r"^(\d{4}\s?[A-Za-z]{2})\b\s*(.*)$")
_FREE = re.compile(r"\bgratis\b", re.IGNORECASE)
_AMOUNT = re.compile(r"€\s*(\d+(?:[.,]\d{1,2})?(?:,-|,–)?)")

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


def place(
    buurt: BuurtEntry, plek_id: str, url: str, locality: str | None = None
) -> dict[str, object] | None:
    """The Place node of a plek, described on its buurt page (``url``)."""
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
        data["address"] = postal_address(plek.adres, locality)
    elif locality:  # a park or a playground: the town is still true, and search engines need it
        data["address"] = {
            "@type": "PostalAddress",
            "addressLocality": locality,
            "addressCountry": "NL",
        }
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
    return data


def postal_address(address: str, locality: str | None = None) -> dict[str, object]:
    """``Kerkstraat 12, 9999 ZZ Voorbeeldstad`` as a schema.org PostalAddress.

    Addresses are written the Dutch way (street, postcode and town); what does not fit that
    shape stays whole in ``streetAddress``.
    """
    data: dict[str, object] = {"@type": "PostalAddress", "addressCountry": "NL"}
    street, _, rest = (part.strip() for part in address.partition(","))
    match = _POSTCODE.match(rest)
    if match:
        data["streetAddress"] = street
        data["postalCode"] = (
            match.group(1).replace(" ", "").upper()[:4]
            + " "
            + (match.group(1).replace(" ", "").upper()[4:])
        )
        if match.group(2):
            data["addressLocality"] = match.group(2).strip()
    else:
        data["streetAddress"] = street if not rest else address
        if rest and not rest[:1].isdigit():
            data["streetAddress"], data["addressLocality"] = street, rest
    if "addressLocality" not in data and locality:
        data["addressLocality"] = locality
    return data


def _location(
    activity: ActiviteitEntry, ctx: BuildContext, described: frozenset[str]
) -> dict[str, object]:
    """The activity's Place; only its ``@id`` when the page already describes that Place
    (a node described twice would carry its address twice)."""
    buurt_id = activity.plek_buurt or activity.buurt
    buurt_page = ctx.absolute(buurt_id + "/")
    plek = activity.plek
    assert plek is not None
    ref = place_id(buurt_page, plek.id)
    if ref in described:
        return {"@id": ref}
    locality = ctx.site.gemeenten[activity.gemeente].model.naam
    node = place(ctx.site.buurten[buurt_id], plek.id, buurt_page, locality)
    assert node is not None
    return node


def offer(kosten: str | None, page_url: str) -> dict[str, object] | None:
    """An Offer from ``kosten``: ``gratis`` is price 0, ``€ 2,50`` is 2.50 EUR."""
    if not kosten:
        return None
    data: dict[str, object] = {"@type": "Offer", "url": page_url, "description": kosten}
    if _FREE.search(kosten):
        data.update(price="0", priceCurrency="EUR")
        return data
    amount = _AMOUNT.search(kosten)
    if amount:
        euros = amount.group(1).replace(".", "").replace(",", ".")
        if euros.endswith(".-") or euros.endswith(".–"):
            euros = euros[:-2]
        data.update(price=f"{float(euros):.2f}", priceCurrency="EUR")
    return data


def activity_event(
    activity: ActiviteitEntry,
    ctx: BuildContext,
    items: list[AgendaItem],
    described: frozenset[str] = frozenset(),
) -> dict[str, object]:
    """One Event per activity, whose ``@id`` is its page; a recurring activity carries its
    ``eventSchedule`` instead of one Event per date. ``items`` are its upcoming dates;
    ``described`` the ids of Places the page already has as nodes of their own."""
    site = ctx.site
    m = activity.model
    url = ctx.absolute(activity_path(activity.buurt, activity.slug))
    upcoming_dates = [i for i in items if not i.occurrence.cancelled] or items
    if upcoming_dates:
        start, end = upcoming_dates[0].occurrence.start, upcoming_dates[0].occurrence.end
    else:
        first = occurrences(activity.schedule, first_date(activity.schedule), ctx.horizon_end)
        start, end = (first[0].start, first[0].end) if first else (None, None)
    data: dict[str, object] = {
        "@type": "Event",
        "@id": url,
        "url": url,
        "name": m.titel,
        "eventStatus": "https://schema.org/EventCancelled"
        if m.afgelast
        else "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "inLanguage": "nl",
    }
    if start is not None:
        data["startDate"] = start.isoformat()
    if end is not None:
        data["endDate"] = end.isoformat()
    if m.omschrijving:
        data["description"] = " ".join(m.omschrijving.split())
    if m.voor:
        data["audience"] = {"@type": "Audience", "audienceType": m.voor}
    if activity.plek is not None:
        data["location"] = _location(activity, ctx, described)
    org = None
    for org_id in (m.organisatie, activity.plek.organisatie if activity.plek else None):
        if org_id and org is None:
            org = site.organisatie(activity.gemeente, org_id)
    organizer: dict[str, object] = {"@type": "Organization"}
    if org is not None:
        organizer["name"] = org.naam
        if org.website:
            organizer["url"] = org.website
    else:
        organizer.update(name="Welkom in de buurt", url=ctx.site_url)
    data["organizer"] = organizer
    price = offer(m.kosten, url)
    if price is not None:
        data["offers"] = price
        if price.get("price") == "0":
            data["isAccessibleForFree"] = True
    sched = schedule(m.wanneer, activity)
    if sched is not None:
        excepted = _except_dates(activity, ctx)
        if excepted:
            sched["exceptDate"] = excepted
        data["eventSchedule"] = sched
    return data


def _except_dates(activity: ActiviteitEntry, ctx: BuildContext) -> list[str]:
    """Dates the rule hits but the activity does not happen: ``behalve`` (also public
    holidays up to the agenda's horizon) and ``vervalt``."""
    schedule_ = activity.schedule
    days = set(schedule_.except_dates) | set(schedule_.cancelled_dates)
    if schedule_.except_holidays and schedule_.recurrence.rrule:
        first = first_date(schedule_)
        holidays = {
            h
            for year in range(ctx.today.year, ctx.horizon_end.year + 1)
            for h in dutch_holidays(year)
            if ctx.today <= h <= ctx.horizon_end and h >= first
        }
        plain = replace(schedule_, except_holidays=False, except_dates=frozenset())
        for h in sorted(holidays):
            if occurrences(plain, h, h):
                days.add(h)
    days -= set(schedule_.extra_dates)
    return [d.isoformat() for d in sorted(days)]


def graph(nodes: Iterable[dict[str, object] | None]) -> str:
    """The ``<script type="application/ld+json">`` body: compact, stable, safe inside HTML."""
    data = {"@context": "https://schema.org", "@graph": [n for n in nodes if n]}
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # Inside <script> no "<" may appear at all ("</script>" ends it, "<!--" and "<script"
    # change how the HTML parser reads on): JSON's \u003c is the same character to a JSON
    # reader. ">" and "&" likewise, so no audit of the page ever sees markup in it.
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
