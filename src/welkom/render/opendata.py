"""Open data: all plekken as GeoJSON and all activities as JSON. No personal data.

Only public facts are exported: places (name, kind, address, accessibility) and activities.
Key figures (sleutelfiguren) are left out on purpose. Output is deterministic: sorted keys,
sorted records, and the only dates are derived from the data and the build's "today".
"""

from __future__ import annotations

import json

from welkom.fresh.status import ended
from welkom.render.agenda import activity_ids, upcoming
from welkom.render.context import BuildContext
from welkom.render.feeds.ids import activity_path
from welkom.render.outputs import Output
from welkom.render.pages import urls
from welkom.when import describe

# Open data under CC0 1.0: public domain, as Dutch government open data usually is, so a
# gemeente or a housing corporation may reuse it without asking and without conditions.
LICENCE = {
    "naam": "CC0 1.0 Universeel (publiek domein)",
    "spdx": "CC0-1.0",
    "url": "https://creativecommons.org/publicdomain/zero/1.0/deed.nl",
}
PLACES_PATH = "open-data/plekken.geojson"
ACTIVITIES_PATH = "open-data/activiteiten.json"
NEXT_DATES = 5


def _dump(data: object) -> bytes:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1)
    return (text + "\n").encode("utf-8")


def places_geojson(ctx: BuildContext) -> dict[str, object]:
    site = ctx.site
    features = []
    for buurt_id in sorted(site.buurten):
        b = site.buurten[buurt_id]
        for plek in sorted(b.model.plekken, key=lambda p: p.id):
            geometry = (
                {"type": "Point", "coordinates": [plek.geo[1], plek.geo[0]]} if plek.geo else None
            )
            features.append(
                {
                    "type": "Feature",
                    "id": f"{buurt_id}/{plek.id}",
                    "geometry": geometry,
                    "properties": {
                        "id": f"{buurt_id}/{plek.id}",
                        "naam": plek.naam,
                        "soort": str(plek.soort),
                        "adres": plek.adres,
                        "buurt": buurt_id,
                        "gemeente": b.gemeente,
                        "toegankelijk": [str(t) for t in plek.toegankelijk],
                        "url": ctx.absolute(urls.buurt_url(buurt_id)) + f"#plek-{plek.id}",
                    },
                }
            )
    return {"type": "FeatureCollection", "licentie": LICENCE, "features": features}


def activities_json(ctx: BuildContext) -> dict[str, object]:
    site = ctx.site
    items = upcoming(site, activity_ids(site), ctx.today, ctx.horizon_end)
    dates: dict[str, list[str]] = {}
    for item in items:
        if not item.occurrence.cancelled:
            dates.setdefault(item.activity.id, []).append(item.occurrence.start.isoformat())
    records = []
    for activity_id in sorted(site.activiteiten):
        a = site.activiteiten[activity_id]
        if ended(a, ctx.today):
            continue
        m = a.model
        records.append(
            {
                "id": activity_id,
                "titel": m.titel,
                "soort": str(m.soort),
                "gemeente": a.gemeente,
                "buurt": a.buurt,
                "plek": f"{a.plek_buurt or a.buurt}/{a.plek.id}" if a.plek else None,
                "plek_naam": a.plek.naam if a.plek else None,
                "wanneer": describe(m.wanneer),
                "rrule": m.wanneer.rrule,
                "datum": m.wanneer.date.isoformat() if m.wanneer.date else None,
                "tijd": m.tijd.words(),
                "kosten": m.kosten,
                "afgelast": m.afgelast,
                "volgende": dates.get(activity_id, [])[:NEXT_DATES],
                "url": ctx.absolute(activity_path(a.buurt, a.slug)),
            }
        )
    return {"vanaf": ctx.today.isoformat(), "licentie": LICENCE, "activiteiten": records}


def open_data_outputs(ctx: BuildContext) -> list[Output]:
    return [
        Output(PLACES_PATH, _dump(places_geojson(ctx))),
        Output(ACTIVITIES_PATH, _dump(activities_json(ctx))),
    ]
