"""Agenda lists as HTML, written in Python: they are the most repeated markup of the site
(every buurt, gemeente and site agenda), and a Jinja2 macro per item costs several times more.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape

from markupsafe import Markup

from welkom.render.agenda import AgendaItem
from welkom.render.feeds.ids import activity_path, occurrence_anchor
from welkom.when import describe


def agenda_days(
    days: list[tuple[str, dt.date, list[AgendaItem]]],
    link: Callable[[str], str],
    plek_buurt_url: Callable[[AgendaItem], str],
    level: int = 3,
    buurt_name: Callable[[AgendaItem], str] | None = None,
    anchors: bool = False,
) -> Markup:
    """Day headings (``maandag 23 november``) each followed by that day's activities.

    ``buurt_name`` (for gemeente and site agendas) adds the buurt after the place.
    """
    out: list[str] = []
    for heading, day, items in days:
        iso = day.isoformat()
        out.append(
            f'<h{level} class="welkom-dag" id="dag-{iso}" data-search-exclude="true">'
            f'<time datetime="{iso}">{escape(heading)}</time></h{level}>'
        )
        out.append('<ul class="welkom-agenda">')
        out.extend(_item(item, link, plek_buurt_url, buurt_name, anchors) for item in items)
        out.append("</ul>")
    return Markup("\n".join(out))


def _item(
    item: AgendaItem,
    link: Callable[[str], str],
    plek_buurt_url: Callable[[AgendaItem], str],
    buurt_name: Callable[[AgendaItem], str] | None,
    anchors: bool = False,
) -> str:
    a = item.activity
    m = a.model
    page = escape(link(activity_path(a.buurt, a.slug)))
    title = f'<a href="{page}">{escape(m.titel)}</a>'
    if item.occurrence.cancelled:
        cls = "welkom-item welkom-item--vervalt"
        what = f'<strong class="welkom-vervalt">Vervalt:</strong> <s>{title}</s>'
    else:
        cls = "welkom-item"
        what = f"<strong>{title}</strong>"
    where = ""
    if a.plek is not None:
        href = escape(f"{link(plek_buurt_url(item))}#plek-{a.plek.id}")
        buurt = f" ({escape(buurt_name(item))})" if buurt_name else ""
        where = (
            f'<span class="welkom-item__waar">in <a href="{href}">{escape(a.plek.naam)}</a>'
            f"{buurt}</span>"
        )
    often = escape(describe(m.wanneer) + (f" · {m.kosten}" if m.kosten else ""))
    anchor = f' id="{occurrence_anchor(a.slug, item.occurrence.date)}"' if anchors else ""
    return (
        f'<li class="{cls}"{anchor}><span class="welkom-item__tijd">{escape(m.tijd.words())}</span>'
        f'<span class="welkom-item__wat">{what}</span>{where}'
        f'<span class="welkom-item__vaak">{often}</span></li>'
    )
