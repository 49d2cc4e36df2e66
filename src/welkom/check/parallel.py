"""`welkom check` on a big site: one share of gemeenten per process, results merged.

Gemeenten do not refer to each other: a buurt, its activities and its stories only refer to
their own gemeente and to the national file. So each process loads and checks its own share;
the only site-wide rule, one address per story, is checked here after merging.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from welkom.check.personal import exceptions_in_use
from welkom.check.run import duplicate_story, filter_problems, load_site
from welkom.problems import Problem

PARALLEL_FROM_FILES = 3000  # below this, starting processes costs more than it saves


@dataclass(slots=True)
class CheckSummary:
    problems: list[Problem]
    files: int = 0
    buurten: int = 0
    activiteiten: int = 0
    verhalen: int = 0
    exceptions: int = 0
    stories: list[tuple[str, str]] = field(default_factory=list)  # (slug, path) accepted
    changed: list[str] = field(default_factory=list)  # `check --gewijzigd`: changed data files

    @property
    def errors(self) -> int:
        return sum(p.is_error for p in self.problems)


def check_summary(root: Path, only: Iterable[Path] = (), jobs: int | None = None) -> CheckSummary:
    """Check the site under ``root`` with up to ``jobs`` processes (default: all cores)."""
    root = root.resolve()
    jobs = jobs or os.cpu_count() or 1
    shares = _shares(root, jobs)
    if len(shares) <= 1:
        summary = _check_share(root, None, True)
    else:
        context = multiprocessing.get_context("fork")  # children inherit the imported code
        with ProcessPoolExecutor(len(shares), mp_context=context) as pool:
            parts = list(
                pool.map(
                    _check_share, [root] * len(shares), shares, [True] + [False] * (len(shares) - 1)
                )
            )
        summary = _merge(parts)
    summary.problems = filter_problems(root, summary.problems, only)
    return summary


def _shares(root: Path, jobs: int) -> list[list[str] | None]:
    """Gemeenten split into ``jobs`` shares of about equal size, or one share for a small site."""
    sizes: dict[str, int] = {}
    for top in ("buurten", "activiteiten", "verhalen"):
        base = root / top
        if base.is_symlink() or not base.is_dir():  # a link is refused, never walked
            continue
        for entry in os.scandir(base):
            if entry.is_dir(follow_symlinks=False) and not entry.name.startswith("."):
                sizes[entry.name] = sizes.get(entry.name, 0) + sum(
                    len(names) for _, _, names in os.walk(entry.path)
                )
    if jobs <= 1 or sum(sizes.values()) < PARALLEL_FROM_FILES:
        return [None]
    shares: list[list[str]] = [[] for _ in range(jobs)]
    load = [0] * jobs
    for name in sorted(sizes, key=lambda n: (-sizes[n], n)):  # biggest first, to the lightest
        i = load.index(min(load))
        shares[i].append(name)
        load[i] += sizes[name]
    return [sorted(s) for s in shares if s]


def _check_share(root: Path, gemeenten: list[str] | None, site_wide: bool) -> CheckSummary:
    site = load_site(root, gemeenten, site_wide=site_wide)
    return CheckSummary(
        problems=site.problems,
        files=site.files,
        buurten=len(site.buurten),
        activiteiten=len(site.activiteiten),
        verhalen=len(site.verhalen),
        exceptions=exceptions_in_use(site),
        stories=[(slug, v.doc.path) for slug, v in site.verhalen.items()],
    )


def _merge(parts: list[CheckSummary]) -> CheckSummary:
    merged = CheckSummary(problems=[])
    for part in parts:
        merged.problems += part.problems
        merged.files += part.files
        merged.buurten += part.buurten
        merged.activiteiten += part.activiteiten
        merged.verhalen += part.verhalen
        merged.exceptions += part.exceptions
        merged.stories += part.stories
    # One address per story across shares: the first file (in path order) keeps it.
    first: dict[str, str] = {}
    for slug, path in sorted(merged.stories, key=lambda item: item[1].split("/")):
        if slug in first:
            merged.problems.append(duplicate_story(path, slug, first[slug]))
            merged.verhalen -= 1
        else:
            first[slug] = path
    return merged
