"""All feeds of a site: per buurt, per gemeente and for the whole site.

``upcoming`` runs once per buurt; a gemeente's list is the merge of its buurten's sorted lists
and the site's list the merge of its gemeenten's, so every feed agrees with the agenda pages
(same function, same order) without computing anything twice.
"""

from __future__ import annotations

import gc
import heapq
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from itertools import islice

from welkom.fresh.status import ended
from welkom.redirects.expand import plan_for
from welkom.render.agenda import AgendaItem, activity_ids, upcoming
from welkom.render.context import BuildContext
from welkom.render.feeds import ids
from welkom.render.feeds.channel import Channel
from welkom.render.feeds.icalendar_feed import CalendarBuilder
from welkom.render.feeds.items import DEFAULT_SITE_NAME, FeedItem, ItemFactory
from welkom.render.feeds.jsonfeed import JsonItems, json_bytes
from welkom.render.feeds.rss_atom import EntryCache, atom_bytes, rss_bytes
from welkom.render.outputs import Output
from welkom.site import ActiviteitEntry, VerhaalEntry

# A gemeente or the whole country lists thousands of occurrences in eight weeks; no feed reader
# or partner widget wants a 40 MB feed. Their RSS, Atom and JSON feeds hold the first items in
# time; buurt feeds and every .ics are complete (docs/partners.md).
MAX_AGGREGATE_ITEMS = 1000


def _agenda_key(item: AgendaItem) -> tuple[object, str]:
    return (item.occurrence.start, item.activity.id)  # the order of `upcoming`


class FeedWriter:
    def __init__(self, ctx: BuildContext, site_name: str, aggregate_limit: int) -> None:
        self.ctx = ctx
        self.aggregate_limit = aggregate_limit
        self.site = ctx.site
        self.site_name = site_name
        self.host = ids.site_host(ctx.site_url)
        self._fresh_caches()
        self.calendars = CalendarBuilder(ctx, site_name)
        self.redirects = plan_for(ctx.site)  # old feed addresses of moved buurten and gemeenten

    def _channel(self, scope: str, name: str, title: str, description: str, page: str) -> Channel:
        feed_key = f"{scope}/{name}" if scope else name
        return Channel(
            id=f"tag:{self.host},{ids.TAG_YEAR}:feed/{feed_key}",
            title=title,
            description=description,
            page_url=self.ctx.absolute(page),
            base_url=self.ctx.absolute(ids.feed_path(scope, name, "x"))[: -len(".x")],
            author=self.site_name,
        )

    def activity_feeds(
        self,
        scope: str,
        place: str,
        agenda: Sequence[AgendaItem],
        activity_ids: Sequence[str],
        *,
        truncated: bool = False,
    ) -> list[Output]:
        weeks = self.ctx.horizon_days // 7
        span = f"de komende {weeks} weken" if self.ctx.horizon_days % 7 == 0 else "binnenkort"
        calendar_channel = self._channel(
            scope,
            "activiteiten",
            f"Activiteiten in {place}",
            f"Wat er te doen is in {place}, {span}.",
            ids.agenda_path(scope) if scope else "agenda/",
        )
        channel = calendar_channel  # the .ics is never cut short; the other formats may be
        if truncated:
            note = f"Wat er te doen is in {place}, {span} (de eerste {len(agenda)})."
            channel = replace(calendar_channel, description=note)
        items = [self.items.occurrence(item) for item in agenda]
        activities = [self.site.activiteiten[a] for a in activity_ids]
        outputs = [
            Output(
                ids.feed_path(scope, "activiteiten", "rss"), rss_bytes(channel, items, self.entries)
            ),
            Output(
                ids.feed_path(scope, "activiteiten", "atom"),
                atom_bytes(channel, items, self.entries),
            ),
            Output(
                ids.feed_path(scope, "activiteiten", "ics"),
                self.calendars.calendar(calendar_channel, activities),
            ),
            Output(
                ids.feed_path(scope, "activiteiten", "json"),
                json_bytes(channel, items, self.json_items),
            ),
        ]
        return self._with_old_addresses(outputs)

    def activity_calendar(self, activity: ActiviteitEntry) -> Output:
        """``activiteit.ics`` next to an activity's page: this activity alone ("Zet in je
        agenda"), the same VEVENTs as in the buurt's calendar."""
        page = ids.activity_path(activity.buurt, activity.slug)
        channel = Channel(
            id=f"tag:{self.host},{ids.TAG_YEAR}:activiteit/{activity.id}",
            title=activity.model.titel,
            description=f"{activity.model.titel} in {self.site.buurten[activity.buurt].model.naam}"
            ".",
            page_url=self.ctx.absolute(page),
            base_url=self.ctx.absolute(page + "activiteit"),
            author=self.site_name,
        )
        path = ids.activity_calendar_path(activity.buurt, activity.slug)
        return Output(path, self.calendars.calendar(channel, [activity], keep_all=True))

    def story_feeds(
        self,
        scope: str,
        place: str,
        stories: Sequence[VerhaalEntry],
        limit: int | None = None,
    ) -> list[Output]:
        channel = self._channel(
            scope,
            "verhalen",
            f"Verhalen uit {place}",
            f"Verhalen van bewoners: welkom in {place}.",
            f"{scope}/" if scope else "verhalen/",
        )
        ordered = sorted(stories, key=lambda s: (-s.model.datum.toordinal(), s.slug))[:limit]
        items: list[FeedItem] = [self.items.story(s) for s in ordered]
        outputs = [
            Output(
                ids.feed_path(scope, "verhalen", "rss"), rss_bytes(channel, items, self.entries)
            ),
            Output(
                ids.feed_path(scope, "verhalen", "atom"), atom_bytes(channel, items, self.entries)
            ),
        ]
        return self._with_old_addresses(outputs)

    def _with_old_addresses(self, outputs: list[Output]) -> list[Output]:
        """The same feeds again at the old addresses of a moved buurt or gemeente
        (`welkom.redirects.expand`): feed readers do not follow a redirect page."""
        return outputs + [
            Output(old, out.content)
            for out in outputs
            for old in self.redirects.feed_aliases(out.path)
        ]

    def _first(self, items: Iterable[AgendaItem]) -> list[AgendaItem]:
        return list(islice(items, self.aggregate_limit))

    def _fresh_caches(self) -> None:
        """Items, feed entries and JSON are shared by a buurt's, its gemeente's and the site's
        feeds. After a gemeente they are dropped: the site feed rebuilds its few items, and
        memory (and the garbage collector's work) stays that of one gemeente.
        """
        self.items = ItemFactory(self.ctx, self.site_name)
        self.entries = EntryCache()
        self.json_items = JsonItems()

    def gemeente(self, gemeente_id: str) -> tuple[list[Output], list[AgendaItem]]:
        """Feeds of one gemeente and its buurten, and the gemeente's first agenda items."""
        site, ctx = self.site, self.ctx
        gemeente = site.gemeenten[gemeente_id]
        outputs: list[Output] = []
        buurt_lists: list[list[AgendaItem]] = []
        for buurt_id in gemeente.buurten:
            buurt = site.buurten[buurt_id]
            own = activity_ids(site, buurt=buurt_id)
            agenda = upcoming(site, own, ctx.today, ctx.horizon_end)
            buurt_lists.append(agenda)
            outputs += self.activity_feeds(buurt_id, buurt.model.naam, agenda, own)
            outputs += [
                self.activity_calendar(site.activiteiten[a])
                for a in own
                if not ended(site.activiteiten[a], ctx.today)
            ]
            stories = [site.verhalen[s] for s in buurt.verhalen]
            outputs += self.story_feeds(buurt_id, buurt.model.naam, stories)
        merged = self._first(heapq.merge(*buurt_lists, key=_agenda_key))
        own = activity_ids(site, gemeente=gemeente_id)
        outputs += self.activity_feeds(
            gemeente_id,
            gemeente.model.naam,
            merged,
            own,
            truncated=len(merged) == self.aggregate_limit,
        )
        self._fresh_caches()
        return outputs, merged

    def site_feeds(self, gemeente_lists: list[list[AgendaItem]]) -> list[Output]:
        # The site's first items are among its gemeenten's first items: merging those is enough.
        everything = self._first(heapq.merge(*gemeente_lists, key=_agenda_key))
        outputs = self.activity_feeds(
            "",
            "alle buurten",
            everything,
            activity_ids(self.site),
            truncated=len(everything) == self.aggregate_limit,
        )
        outputs += self.story_feeds(
            "", "de buurt", list(self.site.verhalen.values()), limit=self.aggregate_limit
        )
        return outputs

    def iter_all(self) -> Iterator[Output]:
        """Every feed, one gemeente at a time: a caller may write each file and drop it."""
        gemeente_lists: list[list[AgendaItem]] = []
        for gemeente_id in sorted(self.site.gemeenten):
            own, merged = self.gemeente(gemeente_id)
            yield from own
            gemeente_lists.append(merged)
        yield from self.site_feeds(gemeente_lists)

    def all(self) -> list[Output]:
        return list(self.iter_all())


def feed_outputs(
    ctx: BuildContext,
    site_name: str = DEFAULT_SITE_NAME,
    aggregate_limit: int = MAX_AGGREGATE_ITEMS,
    workers: int | None = None,
) -> list[Output]:
    """Every feed file of the site (see docs/partners.md for the URLs and the id rules).

    ``workers`` > 1 renders the gemeenten in that many processes (see ``parallel``); the
    result is the same, byte for byte. Default: ``default_workers(ctx)``.
    """
    if workers is None:
        workers = default_workers(ctx)
    with _no_cyclic_gc():
        if workers > 1:
            from welkom.render.feeds.parallel import parallel_feed_outputs

            return parallel_feed_outputs(ctx, site_name, aggregate_limit, workers)
        return FeedWriter(ctx, site_name, aggregate_limit).all()


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Feeds make hundreds of thousands of small objects and no reference cycles; the cyclic
    garbage collector would scan them again and again (a fifth of the time). Reference
    counting still frees everything; the collector is back on afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


WORKERS_ENV = "WELKOM_FEED_WORKERS"


def default_workers(ctx: BuildContext) -> int:
    """``WELKOM_FEED_WORKERS`` (e.g. ``4`` on a CI runner with four free cores), else 1.

    One process by default: on a shared two-core machine extra processes only add the cost of
    sending the files back, and forking next to `mkdocs serve`'s threads is not safe.
    """
    del ctx  # the choice may depend on the site one day; today only on the environment
    value = os.environ.get(WORKERS_ENV, "").strip()
    return max(1, int(value)) if value else 1
