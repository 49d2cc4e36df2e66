"""Render the feeds of a big site in several processes: gemeenten are independent.

Each worker (a forked copy of this process, so the loaded site is shared, not copied) renders
the buurt and gemeente feeds of some gemeenten and sends back the files, the gemeente's first
agenda items and the serialized VEVENTs. This process then writes the site-wide feeds from
those, so the result is byte for byte what one process makes (tested).
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor

from welkom.render.agenda import AgendaItem
from welkom.render.context import BuildContext
from welkom.render.feeds.build import FeedWriter
from welkom.render.outputs import Output
from welkom.when.types import Occurrence

# Set in the parent just before the pool forks; workers read it (never pickled).
_JOB: tuple[BuildContext, str, int] | None = None

Firsts = list[tuple[str, Occurrence]]  # (activity id, occurrence): small and picklable


def _render(gemeente_id: str) -> tuple[list[tuple[str, bytes]], Firsts, dict[str, bytes]]:
    assert _JOB is not None, "worker started without a job"
    ctx, site_name, limit = _JOB
    writer = FeedWriter(ctx, site_name, limit)
    outputs, merged = writer.gemeente(gemeente_id)
    firsts = [(item.activity.id, item.occurrence) for item in merged]
    return [(o.path, o.content) for o in outputs], firsts, writer.calendars.serialized()


def parallel_feed_outputs(
    ctx: BuildContext, site_name: str, aggregate_limit: int, workers: int
) -> list[Output]:
    global _JOB
    gemeenten = sorted(ctx.site.gemeenten)
    _JOB = (ctx, site_name, aggregate_limit)
    try:
        fork = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=fork) as pool:
            results = list(pool.map(_render, gemeenten, chunksize=1))
    finally:
        _JOB = None
    writer = FeedWriter(ctx, site_name, aggregate_limit)
    outputs: list[Output] = []
    gemeente_lists: list[list[AgendaItem]] = []
    for files, firsts, events in results:
        outputs += [Output(path, content) for path, content in files]
        gemeente_lists.append(
            [AgendaItem(ctx.site.activiteiten[a], occurrence) for a, occurrence in firsts]
        )
        writer.calendars.adopt(events)
    return outputs + writer.site_feeds(gemeente_lists)
