"""Each page type as a function of the `BuildContext`: collect the data, render one template.

Work per page is proportional to that page's own content: a buurt page never looks at other
gemeenten, and the sidebar shows a fixed-size window of neighbouring buurten.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections.abc import Iterator
from pathlib import Path

import jinja2
from markupsafe import Markup

from welkom.fresh.status import ended
from welkom.render import jsonld
from welkom.render.agenda import AgendaItem, activity_ids, upcoming
from welkom.render.context import BuildContext
from welkom.render.feeds.links import alternate_tags, follow_links
from welkom.render.pages import activity as activity_page
from welkom.render.pages import blocks, fresh, helplines, urls
from welkom.render.pages.agenda_html import agenda_days
from welkom.render.pages.model import GeneratedPage
from welkom.render.pages.photos import story_picture
from welkom.render.pages.words import (
    access_words,
    breakable_url,
    day_heading,
    first_upper,
    month_year,
    place_kind,
    relative_day,
    short_date,
)
from welkom.render.qr import qr_svg
from welkom.render.safe_html import first_paragraph_text, markdown_inert, markdown_to_html
from welkom.site import ActiviteitEntry, BuurtEntry, Site, VerhaalEntry
from welkom.when import describe, opening_words

WEEK_DAYS = 7
EMBED_DAYS = 28
EMBED_ITEMS = 8
GUIDE_ITEMS = 6
# Gemeente and site agendas list at most this many dates, so one page stays readable and
# small in a large town; each buurt agenda always has all of its own dates.
MAX_AGENDA_ITEMS = 300
SIDEBAR_WINDOW = 12  # buurten shown around the current one in the sidebar

TEMPLATES = Path(__file__).parent / "templates"


@functools.cache
def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        # Markdown heading attributes look like "{#deze-week}": keep them out of Jinja.
        comment_start_string="{##",
        comment_end_string="##}",
        finalize=blocks.one_line,  # contributor text cannot add lines to the skeleton
    )
    env.globals.update(
        agenda_days=agenda_days,
        place_kind=place_kind,
        access_words=access_words,
        opening_words=opening_words,
        describe=describe,
        short_date=short_date,
        month_year=month_year,
        first_upper=first_upper,
        day_heading=day_heading,
        breakable_url=breakable_url,
        activity_url=activity_page.activity_url,
        tel=lambda number: "tel:" + "".join(c for c in number if c.isdigit() or c == "+"),
    )
    # Contributor text in a "## " line goes through the site builder's Markdown: links,
    # emphasis or attributes (attr_list) there must stay text (safe_html.markdown_inert).
    env.filters["heading"] = lambda text: Markup(markdown_inert(text))
    # The macros, loaded once per process instead of once per page (`{% import %}`).
    env.globals["checked_words"] = fresh.checked_words
    env.globals["fresh"] = env.get_template("_fresh.html.j2").module  # "Klopt dit nog?"
    env.globals["m"] = env.get_template("_macros.html.j2").module
    return env


def _render(template: str, here: str, **data: object) -> Markup:
    """Render a template; the result is safe HTML that other templates include as is."""
    link = functools.partial(urls.relative, here)
    return Markup(_env().get_template(template).render(link=link, here=here, **data))


def _page(template: str, here: str, markdown: str = "", **data: object) -> tuple[str, tuple]:
    """Render a page template into a Markdown skeleton and its ready HTML blocks."""
    return blocks.split(str(_render(template, here, **data)), markdown)


def group_by_day(
    items: list[AgendaItem], today: dt.date
) -> list[tuple[str, dt.date, list[AgendaItem]]]:
    """Agenda items under a heading per day: ``maandag 23 november``."""
    groups = []
    for day, day_items in itertools.groupby(items, key=lambda i: i.occurrence.date):
        groups.append((day_heading(day, today), day, list(day_items)))
    return groups


class _Pages:
    """Renders every page of one build; holds the shared per-build data."""

    def __init__(
        self, ctx: BuildContext, general_guide: str, site_links: tuple[tuple[str, str], ...]
    ) -> None:
        self.ctx = ctx
        self.site_links = site_links
        self.site: Site = ctx.site
        self.general_guide = _sections(general_guide)
        self.today = ctx.today
        self.week_end = ctx.today + dt.timedelta(days=WEEK_DAYS - 1)

    # -- shared pieces -------------------------------------------------------------------------

    def _common(self) -> dict[str, object]:
        return {
            "site": self.site,
            "today": self.today,
            "relative_day": relative_day,
            "follow_links": functools.partial(follow_links, self.ctx),
        }

    def _agenda_days(self, items: list[AgendaItem]) -> list[tuple[str, dt.date, list[AgendaItem]]]:
        return group_by_day(items, self.today)

    def _buurt_name(self, item: AgendaItem) -> str:
        return self.site.buurten[item.activity.plek_buurt or item.activity.buurt].model.naam

    def _plek_buurt_url(self, item: AgendaItem) -> str:
        return urls.buurt_url(item.activity.plek_buurt or item.activity.buurt)

    def _sidebar(self, here: str, gemeente: str, buurt_id: str | None) -> str:
        g = self.site.gemeenten[gemeente]
        ids = g.buurten
        if buurt_id is not None and len(ids) > SIDEBAR_WINDOW:
            at = ids.index(buurt_id)
            lo = max(0, min(at - SIDEBAR_WINDOW // 2, len(ids) - SIDEBAR_WINDOW))
            window = ids[lo : lo + SIDEBAR_WINDOW]
        else:
            window = ids[:SIDEBAR_WINDOW] if len(ids) > SIDEBAR_WINDOW else ids
        return _render(
            "sidebar.html.j2",
            here,
            gemeente=g,
            buurten=[self.site.buurten[b] for b in window],
            more=len(ids) > len(window),
            site_links=self.site_links,
            total=len(ids),
            current=buurt_id,
        )

    def _site_sidebar(self, here: str) -> str:
        """The sidebar of a page that belongs to no gemeente: the site's main pages."""
        return _render(
            "sidebar.html.j2",
            here,
            gemeente=None,
            buurten=[],
            more=False,
            site_links=self.site_links,
            total=0,
            current=None,
        )

    def _crumbs(self, here: str, *trail: tuple[str, str]) -> str:
        return _render("breadcrumbs.html.j2", here, trail=trail)

    def _buurt_crumbs(self, here: str, b: BuurtEntry, *extra: tuple[str, str]) -> str:
        g = self.site.gemeenten[b.gemeente]
        return self._crumbs(
            here,
            (g.model.naam, urls.gemeente_url(g.id)),
            (b.model.naam, urls.buurt_url(b.id)),
            *extra,
        )

    def _stories(self, slugs: list[str]) -> list[VerhaalEntry]:
        stories = [self.site.verhalen[s] for s in slugs]
        return sorted(stories, key=lambda v: (-v.model.datum.toordinal(), v.slug))

    # -- pages ---------------------------------------------------------------------------------

    def pages(self) -> Iterator[GeneratedPage]:
        for gemeente in sorted(self.site.gemeenten):
            yield from self.gemeente_pages(gemeente)
        for buurt_id in sorted(self.site.buurten):
            yield from self.buurt_pages(buurt_id)
        yield self.agenda_page(None, "")
        yield self.stories_index()
        for slug in sorted(self.site.verhalen):
            yield self.story_page(slug)
        yield self.open_data_page()
        yield from self.help_pages()

    def gemeente_pages(self, gemeente: str) -> Iterator[GeneratedPage]:
        g = self.site.gemeenten[gemeente]
        here = urls.gemeente_url(gemeente)
        hulp = [("gemeente", h) for h in g.model.hulp] + [
            ("landelijk", h) for h in self.site.landelijk.hulp
        ]
        hulp.sort(key=lambda item: not item[1].spoed)
        content, html_blocks = _page(
            "gemeente.md.j2",
            here,
            crumbs=self._crumbs(here, (g.model.naam, here)),
            gemeente=g,
            buurten=[self.site.buurten[b] for b in g.buurten],
            hulp=hulp,
            **self._common(),
        )
        yield GeneratedPage(
            urls.src_uri(here),
            content,
            blocks=html_blocks,
            title=g.model.naam,
            description=f"Buurten in {g.model.naam}: waar je mensen ontmoet en waar je "
            "terecht kunt met vragen.",
            sidebar=self._sidebar(here, gemeente, None),
            feeds_head=alternate_tags(self.ctx, gemeente, g.model.naam),
        )
        yield self.agenda_page(gemeente, gemeente)

    def buurt_pages(self, buurt_id: str) -> Iterator[GeneratedPage]:
        b = self.site.buurten[buurt_id]
        items = upcoming(self.site, activity_ids(self.site, buurt=buurt_id), *self._horizon())
        yield self.buurt_page(b, items)
        yield self.guide_page(b, items)
        yield self.agenda_page(None, buurt_id, items=items, buurt=b)
        yield self.embed_page(b, items)
        for activity_id in b.activiteiten:
            activity = self.site.activiteiten[activity_id]
            if not ended(activity, self.today):
                yield self.activity_page(b, activity, items)

    def _horizon(self) -> tuple[dt.date, dt.date]:
        return self.today, self.ctx.horizon_end

    def _people(self, b: BuurtEntry) -> list[dict[str, object]]:
        people = []
        for s in b.model.sleutelfiguren:
            org = self.site.organisatie(b.gemeente, s.organisatie) if s.organisatie else None
            plek = b.plek(s.waar) if s.waar else None
            people.append({"figure": s, "organisatie": org, "plek": plek})
        return people

    def _places(self, b: BuurtEntry) -> list[dict[str, object]]:
        places = []
        for p in b.model.plekken:
            org = self.site.organisatie(b.gemeente, p.organisatie) if p.organisatie else None
            closed = [d for d in p.gesloten if d >= self.today]
            places.append({"plek": p, "organisatie": org, "closed": closed})
        return places

    def _hulp(self, b: BuurtEntry) -> list[dict[str, object]]:
        return [
            {
                "scope": scope,
                "lijn": h,
                "organisatie": self.site.organisatie(b.gemeente, h.organisatie)
                if h.organisatie
                else None,
            }
            for scope, h in self.site.hulp_for(b.id)
        ]

    def _next_per_activity(self, items: list[AgendaItem]) -> list[AgendaItem]:
        seen: dict[str, AgendaItem] = {}
        for item in items:
            if not item.occurrence.cancelled:
                seen.setdefault(item.activity.id, item)
        return sorted(seen.values(), key=lambda i: (i.occurrence.start, i.activity.id))

    def buurt_page(self, b: BuurtEntry, items: list[AgendaItem]) -> GeneratedPage:
        here = urls.buurt_url(b.id)
        g = self.site.gemeenten[b.gemeente]
        week = [i for i in items if i.occurrence.date <= self.week_end]
        page_url = self.ctx.absolute(here)
        nodes: list[dict[str, object] | None] = [
            jsonld.place(b, p.id, page_url, g.model.naam) for p in b.model.plekken
        ]
        described = frozenset(jsonld.place_id(page_url, p.id) for p in b.model.plekken)
        nodes += [
            jsonld.activity_event(
                self.site.activiteiten[a],
                self.ctx,
                [i for i in items if i.activity.id == a],
                described,
            )
            for a in b.activiteiten
        ]
        content, html_blocks = _page(
            "buurt.md.j2",
            here,
            crumbs=self._buurt_crumbs(here, b),
            buurt=b,
            gemeente=g,
            week=self._agenda_days(week),
            has_more=len(items) > len(week),
            places=self._places(b),
            people=self._people(b),
            hulp=self._hulp(b),
            stories=self._stories(b.verhalen),
            plek_buurt_url=self._plek_buurt_url,
            report=fresh.report(self.ctx, g, here, b.model.naam, b.model.gecontroleerd),
            **self._common(),
        )
        intro = b.model.intro or f"Alles over de buurt {b.model.naam} in {g.model.naam}."
        return GeneratedPage(
            urls.src_uri(here),
            content,
            blocks=html_blocks,
            title=f"{b.model.naam}, {g.model.naam}",
            description=_sentence(intro),
            jsonld=jsonld.graph(nodes),
            sidebar=self._sidebar(here, b.gemeente, b.id),
            feeds_head=alternate_tags(self.ctx, b.id, b.model.naam),
        )

    def guide_page(self, b: BuurtEntry, items: list[AgendaItem]) -> GeneratedPage:
        here = urls.guide_url(b.id)
        g = self.site.gemeenten[b.gemeente]
        buurt_abs = self.ctx.absolute(urls.buurt_url(b.id))
        content, html_blocks = _page(
            "guide.md.j2",
            here,
            self.general_guide,
            crumbs=self._buurt_crumbs(here, b, ("Welkomstgids", here)),
            buurt=b,
            gemeente=g,
            buurt_abs=buurt_abs,
            qr=qr_svg(buurt_abs, f"QR-code: {buurt_abs}"),
            next_items=self._next_per_activity(items)[:GUIDE_ITEMS],
            places=self._places(b),
            people=self._people(b),
            hulp=self._hulp(b),
            report=fresh.report(self.ctx, g, here, b.model.naam, b.model.gecontroleerd),
            **self._common(),
        )
        return GeneratedPage(
            urls.src_uri(here),
            content,
            blocks=html_blocks,
            title=f"Welkom in {b.model.naam}",
            description=f"Welkomstgids voor nieuwe bewoners van {b.model.naam}, "
            f"{g.model.naam}. Om te printen.",
            searchable=False,  # the buurt page holds the same facts
            sidebar=self._sidebar(here, b.gemeente, b.id),
        )

    def agenda_page(
        self,
        gemeente: str | None,
        scope: str,
        *,
        items: list[AgendaItem] | None = None,
        buurt: BuurtEntry | None = None,
    ) -> GeneratedPage:
        here = urls.agenda_url(scope)
        if items is None:
            ids = (
                activity_ids(self.site, gemeente=gemeente)
                if gemeente
                else sorted(self.site.activiteiten)
            )
            items = upcoming(self.site, ids, *self._horizon())
        shown = items if buurt is not None else items[:MAX_AGENDA_ITEMS]
        if buurt is not None:
            place_name = buurt.model.naam
            crumbs = self._buurt_crumbs(here, buurt, ("Agenda", here))
            sidebar: str | None = self._sidebar(here, buurt.gemeente, buurt.id)
        elif gemeente is not None:
            g = self.site.gemeenten[gemeente]
            place_name = g.model.naam
            crumbs = self._crumbs(
                here, (g.model.naam, urls.gemeente_url(gemeente)), ("Agenda", here)
            )
            sidebar = self._sidebar(here, gemeente, None)
        else:
            place_name = ""
            crumbs = self._crumbs(here, ("Agenda", here))
            sidebar = None
        content, html_blocks = _page(
            "agenda.md.j2",
            here,
            crumbs=crumbs,
            place_name=place_name,
            days=self._agenda_days(shown),
            cut=len(items) - len(shown),
            horizon_end=self.ctx.horizon_end,
            scope=scope,
            buurt=buurt,
            gemeente=self.site.gemeenten[gemeente] if gemeente else None,
            gemeenten=[self.site.gemeenten[k] for k in sorted(self.site.gemeenten)]
            if not scope
            else [],
            plek_buurt_url=self._plek_buurt_url,
            buurt_name=None if buurt is not None else self._buurt_name,
            **self._common(),
        )
        title = f"Agenda {place_name}" if place_name else "Agenda"
        return GeneratedPage(
            urls.src_uri(here),
            content,
            blocks=html_blocks,
            title=title,
            description=f"Wat is er te doen{' in ' + place_name if place_name else ''}? "
            "Activiteiten van de komende weken.",
            searchable=False,  # the buurt pages already hold each activity
            sidebar=sidebar,
            feeds_head=alternate_tags(self.ctx, scope, place_name or "alle buurten"),
        )

    def embed_page(self, b: BuurtEntry, items: list[AgendaItem]) -> GeneratedPage:
        here = urls.embed_url(b.id)
        end = self.today + dt.timedelta(days=EMBED_DAYS - 1)
        shown = [i for i in items if i.occurrence.date <= end][:EMBED_ITEMS]
        content, html_blocks = _page(
            "embed.md.j2",
            here,
            buurt=b,
            days=self._agenda_days(shown),
            plek_buurt_url=self._plek_buurt_url,
            **self._common(),
        )
        return GeneratedPage(
            urls.src_uri(here),
            content,
            blocks=html_blocks,
            title=f"Activiteiten in {b.model.naam}",
            description=f"De eerstvolgende activiteiten in {b.model.naam}.",
            template="embed.html",
            searchable=False,
            noindex=True,
        )

    def activity_page(
        self, b: BuurtEntry, a: ActiviteitEntry, buurt_items: list[AgendaItem]
    ) -> GeneratedPage:
        here = activity_page.activity_url(a)
        g = self.site.gemeenten[b.gemeente]
        own = [i for i in buurt_items if i.activity.id == a.id]
        place = None
        if a.plek is not None:
            plek_buurt = self.site.buurten[a.plek_buurt or a.buurt]
            place = next(p for p in self._places(plek_buurt) if p["plek"].id == a.plek.id)
        content, html_blocks = _page(
            "activiteit.md.j2",
            here,
            crumbs=self._buurt_crumbs(here, b, (a.model.titel, here)),
            activity=a,
            buurt=b,
            about=activity_page.paragraphs(a.model.omschrijving),
            organisatie=activity_page.organiser(self.site, a),
            dates=activity_page.date_lines(own, self.today),
            shown=activity_page.SHOWN_DATES,
            ics=activity_page.calendar_url(a),
            place=place,
            plek_buurt_url=urls.buurt_url(a.plek_buurt or a.buurt),
            report=fresh.report(self.ctx, g, here, a.model.titel, a.model.gecontroleerd),
            **self._common(),
        )
        return GeneratedPage(
            urls.src_uri(here),
            content,
            blocks=html_blocks,
            title=f"{a.model.titel}, {b.model.naam}",
            description=_sentence(
                f"{a.model.titel} in {b.model.naam}, {g.model.naam}: "
                f"{describe(a.model.wanneer)}, {a.model.tijd.words()}. "
                + (a.model.omschrijving or "")
            ),
            jsonld=jsonld.graph([jsonld.activity_event(a, self.ctx, own)]),
            sidebar=self._sidebar(here, b.gemeente, b.id),
        )

    def help_pages(self) -> Iterator[GeneratedPage]:
        """``/hulp/`` and one page per help line, found by its search words (pages/helplines.py)."""
        here = helplines.HELP_INDEX_URL
        org = self.site.organisatie
        national = [
            {
                "lijn": h,
                "scope": "landelijk",
                "organisatie": org("", h.organisatie) if h.organisatie else None,
            }
            for h in sorted(self.site.landelijk.hulp, key=lambda h: not h.spoed)
        ]
        content, html_blocks = _page(
            "hulp.md.j2",
            here,
            crumbs=self._crumbs(here, ("Hulp", here)),
            lines=national,
            gemeenten=[self.site.gemeenten[k] for k in sorted(self.site.gemeenten)],
            **self._common(),
        )
        yield GeneratedPage(
            urls.src_uri(here),
            content,
            blocks=html_blocks,
            title="Hulp nodig?",
            description="Waar je terecht kunt met zorgen, vragen en bij gevaar: hulplijnen "
            "voor heel Nederland en per gemeente.",
            sidebar=self._site_sidebar(here),
        )
        for line in helplines.help_lines(self.site):
            if line.scope in self.site.buurten:
                b = self.site.buurten[line.scope]
                crumbs = self._buurt_crumbs(line.url, b, (line.line.onderwerp, line.url))
                back = (urls.buurt_url(b.id) + "#hulp", f"Alle hulp in {b.model.naam}")
                sidebar: str | None = self._sidebar(line.url, b.gemeente, b.id)
            elif line.scope:
                g = self.site.gemeenten[line.scope]
                crumbs = self._crumbs(
                    line.url,
                    (g.model.naam, urls.gemeente_url(g.id)),
                    (line.line.onderwerp, line.url),
                )
                back = (urls.gemeente_url(g.id) + "#hulp", f"Alle hulp in {g.model.naam}")
                sidebar = self._sidebar(line.url, g.id, None)
            else:
                crumbs = self._crumbs(line.url, ("Hulp", here), (line.line.onderwerp, line.url))
                back = (here, "Alle hulplijnen")
                sidebar = self._site_sidebar(line.url)
            h = line.line
            content, html_blocks = _page(
                "hulplijn.md.j2",
                line.url,
                crumbs=crumbs,
                help=line,
                organisatie=org(line.gemeente or "", h.organisatie) if h.organisatie else None,
                back_url=back[0],
                back_text=back[1],
                index_url=here,
                **self._common(),
            )
            yield GeneratedPage(
                urls.src_uri(line.url),
                content,
                blocks=html_blocks,
                title=h.onderwerp,
                description=_sentence(h.omschrijving or h.onderwerp),
                sidebar=sidebar,
                search_words=tuple(h.zoekwoorden),
            )

    def stories_index(self) -> GeneratedPage:
        here = urls.STORIES_URL
        stories = self._stories(list(self.site.verhalen))
        by_buurt: dict[str, list[VerhaalEntry]] = {}
        for v in stories:
            if v.buurt is not None:
                by_buurt.setdefault(v.buurt, []).append(v)
        content, html_blocks = _page(
            "stories.md.j2",
            here,
            crumbs=self._crumbs(here, ("Verhalen", here)),
            stories=stories,
            by_buurt=[(self.site.buurten[k], by_buurt[k]) for k in sorted(by_buurt)],
            **self._common(),
        )
        return GeneratedPage(
            urls.src_uri(here),
            content,
            blocks=html_blocks,
            title="Verhalen uit de buurt",
            description="Verhalen van bewoners: zo voelden zij zich welkom in hun buurt.",
        )

    def story_page(self, slug: str) -> GeneratedPage:
        v = self.site.verhalen[slug]
        here = urls.story_url(slug)
        b = self.site.buurten[v.buurt] if v.buurt else None
        trail = [("Verhalen", urls.STORIES_URL), (v.model.titel, here)]
        # The story is rendered and sanitised here, never by the site builder's Markdown
        # (its extensions, such as attr_list, are for hand-written pages only); on one line,
        # so no line of it can pass for a heading of the skeleton (blocks.split).
        body_html = Markup(markdown_to_html(v.body).replace("\n", " "))
        content, html_blocks = _page(
            "story.md.j2",
            here,
            crumbs=self._crumbs(here, *trail),
            body_html=body_html,
            story=v,
            picture=story_picture(v),
            buurt=b,
            gemeente=self.site.gemeenten[b.gemeente] if b else None,
            **self._common(),
        )
        return GeneratedPage(
            urls.src_uri(here),
            content,
            blocks=html_blocks,
            title=v.model.titel,
            description=_sentence(v.model.samenvatting or first_paragraph_text(v.body)),
        )

    def open_data_page(self) -> GeneratedPage:
        here = urls.OPEN_DATA_URL
        content, html_blocks = _page(
            "open_data.md.j2",
            here,
            crumbs=self._crumbs(here, ("Open data", here)),
            buurten=len(self.site.buurten),
            plekken=sum(len(b.model.plekken) for b in self.site.buurten.values()),
            activiteiten=len(self.site.activiteiten),
            **self._common(),
        )
        return GeneratedPage(
            urls.src_uri(here),
            content,
            blocks=html_blocks,
            title="Open data",
            description="Download alle plekken en activiteiten als open data.",
        )


def _sentence(text: str, limit: int = 160) -> str:
    """A short plain description for search engines and link previews."""
    words = " ".join(text.replace("#", " ").replace("*", "").split())
    if len(words) <= limit:
        return words
    return words[: limit - 1].rsplit(" ", 1)[0] + "…"


def _sections(markdown: str) -> str:
    """The ``## `` sections of the general guide: its title and intro are for the page itself."""
    at = markdown.find("\n## ")
    if markdown.startswith("## "):
        return markdown
    return markdown[at + 1 :] if at >= 0 else ""


def all_pages(
    ctx: BuildContext,
    general_guide: str = "",
    site_links: tuple[tuple[str, str], ...] = (),
) -> list[GeneratedPage]:
    """Every generated page of the site, in a stable order.

    ``general_guide`` is the hand-written Markdown of the general welcome guide; each buurt's
    guide includes it. ``site_links`` are (title, directory URL) of the site's few main pages,
    shown under the buurten in the sidebar of generated pages.
    """
    return list(_Pages(ctx, general_guide, site_links).pages())


def home_html(ctx: BuildContext) -> str:
    """The part of the home page that lists the gemeenten (the rest is hand-written)."""
    site = ctx.site
    return _render(
        "home.html.j2",
        urls.HOME_URL,
        gemeenten=[site.gemeenten[k] for k in sorted(site.gemeenten)],
        **{"site": site, "today": ctx.today},
    )
