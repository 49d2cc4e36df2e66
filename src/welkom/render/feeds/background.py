"""Write the feeds in a second process while the site builder renders the pages.

Feeds cost about half as much as the pages of a site (they hold every date of eight weeks in
four formats). On a machine with two or more cores a forked writer does that work next to the
page rendering, so the build takes hardly longer, and no feed is held in memory: each file is
written and dropped. Use `start` after the output folder is cleaned, `FeedJob.wait` at the end.
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from welkom.render.context import BuildContext
from welkom.render.feeds.build import MAX_AGGREGATE_ITEMS, FeedWriter, _no_cyclic_gc
from welkom.render.feeds.items import DEFAULT_SITE_NAME


def write_feeds(ctx: BuildContext, site_dir: Path, site_name: str = DEFAULT_SITE_NAME) -> int:
    """Write every feed under ``site_dir``, one file at a time; returns the number of files."""
    count = 0
    with _no_cyclic_gc():
        for out in FeedWriter(ctx, site_name, MAX_AGGREGATE_ITEMS).iter_all():
            path = site_dir / out.path
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(out.content)
            count += 1
    return count


class FeedJob:
    """A forked process writing the feeds; `wait` raises if it failed."""

    def __init__(self, process: multiprocessing.process.BaseProcess) -> None:
        self.process = process

    def wait(self) -> None:
        self.process.join()
        if self.process.exitcode != 0:
            raise RuntimeError(
                f"welkom: het schrijven van de feeds is mislukt (exitcode {self.process.exitcode})"
            )


def start(ctx: BuildContext, site_dir: Path, site_name: str = DEFAULT_SITE_NAME) -> FeedJob:
    """Fork a process that writes the feeds. The loaded site is shared, not copied or pickled.

    Only for a one-off build: forking next to the threads of a development server is not safe.
    """
    fork = multiprocessing.get_context("fork")
    process = fork.Process(target=write_feeds, args=(ctx, site_dir, site_name), daemon=True)
    process.start()
    return FeedJob(process)
