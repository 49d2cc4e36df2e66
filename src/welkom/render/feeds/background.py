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


def write_feeds(
    ctx: BuildContext, site_dir: Path, site_name: str = DEFAULT_SITE_NAME, report: object = None
) -> int:
    """Write every feed under ``site_dir``, one file at a time; returns the number of files.

    Each feed is also audited (welkom/audit) as it is written, here, next to the page
    rendering; with ``report`` (a pipe's end) the paths and any violations are sent back, so
    the audit after the build need not read the feeds again.
    """
    from welkom.audit import Violation, audit_bytes

    written: list[str] = []
    violations: list[Violation] = []
    with _no_cyclic_gc():
        for out in FeedWriter(ctx, site_name, MAX_AGGREGATE_ITEMS).iter_all():
            path = site_dir / out.path
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(out.content)
            written.append(out.path)
            violations += [Violation(out.path, what) for what in audit_bytes(out.content, out.path)]
    if report is not None:
        report.send((written, violations))  # type: ignore[attr-defined]
    return len(written)


class FeedJob:
    """A forked process writing the feeds; `wait` raises if it failed.

    After `wait`: ``audited`` holds the paths of the feeds it wrote and audited, and
    ``violations`` what that audit found.
    """

    def __init__(self, process: multiprocessing.process.BaseProcess, results: object) -> None:
        self.process = process
        self.results = results
        self.audited: frozenset[str] = frozenset()
        self.violations: list[object] = []

    def wait(self) -> None:
        received = None
        try:
            if self.results.poll(None):  # type: ignore[attr-defined]
                received = self.results.recv()  # type: ignore[attr-defined]
        except EOFError:
            pass  # the writer died before it could report: the exit code says so
        self.process.join()
        if self.process.exitcode != 0 or received is None:
            raise RuntimeError(
                f"welkom: het schrijven van de feeds is mislukt (exitcode {self.process.exitcode})"
            )
        written, self.violations = received
        self.audited = frozenset(written)


def start(ctx: BuildContext, site_dir: Path, site_name: str = DEFAULT_SITE_NAME) -> FeedJob:
    """Fork a process that writes the feeds. The loaded site is shared, not copied or pickled.

    Only for a one-off build: forking next to the threads of a development server is not safe.
    """
    fork = multiprocessing.get_context("fork")
    results, report = fork.Pipe(duplex=False)
    process = fork.Process(target=write_feeds, args=(ctx, site_dir, site_name, report), daemon=True)
    process.start()
    report.close()  # the child holds its own copy; a dead child then ends `recv` with EOF
    return FeedJob(process, results)
