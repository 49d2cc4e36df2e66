"""Time writing every feed of a generated site: the feeds' share of a site build.

    .venv/bin/python scripts/bench_feeds.py [--buurten 4000] [--today 2026-11-23] [--write DIR]

Loads ``bench-data/site-<N>/`` (generated with scripts/generate_synthetic.py when missing),
then renders all feeds with ``welkom.render.feeds.feed_outputs`` and reports the time per
format and per feed. Loading the site is timed separately: the site build does it anyway.
Target (issue 4): feeds add at most 15% to the site build time.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

from generate_synthetic import generate  # noqa: E402
from welkom.check import load_site  # noqa: E402
from welkom.render.context import BuildContext  # noqa: E402
from welkom.render.feeds import feed_outputs  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--buurten", type=int, default=4000)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date(2026, 11, 23))
    parser.add_argument("--write", type=Path, help="also write the feeds into this folder")
    parser.add_argument("--profile", action="store_true", help="print the top 25 functions")
    parser.add_argument("--workers", type=int, default=1, help="processes (default 1)")
    args = parser.parse_args(argv)

    data = REPO / "bench-data" / f"site-{args.buurten}"
    if not (data / "buurten").is_dir():
        generate(args.buurten, data)
    started = time.perf_counter()
    site = load_site(data)
    loaded = time.perf_counter() - started
    ctx = BuildContext(site, args.today, site_url="https://welkom.example.nl/")

    profiler = cProfile.Profile() if args.profile else None
    started, cpu_started = time.perf_counter(), time.process_time()
    if profiler:
        profiler.enable()
    outputs = feed_outputs(ctx, workers=args.workers)
    if profiler:
        profiler.disable()
    rendered = time.perf_counter() - started
    cpu = time.process_time() - cpu_started  # CPU time: fair on a busy, shared machine
    if args.workers > 1:
        cpu = float("nan")  # the workers' CPU time is not this process's

    written = 0.0
    if args.write:
        started = time.perf_counter()
        for out in outputs:
            path = args.write / out.path
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(out.content)
        written = time.perf_counter() - started

    by_ext: dict[str, list[int]] = defaultdict(list)
    for out in outputs:
        by_ext[out.path.rsplit(".", 1)[1]].append(len(out.content))
    print(
        f"site: {len(site.buurten)} buurten, {len(site.activiteiten)} activiteiten, "
        f"{len(site.verhalen)} verhalen; load {loaded:.2f} s"
    )
    print(
        f"feeds: {len(outputs)} files, {sum(map(sum, by_ext.values())) / 2**20:.1f} MiB, "
        f"render {rendered:.2f} s wall, {cpu:.2f} s CPU "
        f"({cpu / len(outputs) * 1000:.2f} ms CPU per feed)"
        + (f", write {written:.2f} s" if args.write else "")
    )
    for ext, sizes in sorted(by_ext.items()):
        print(f"  .{ext}: {len(sizes)} files, largest {max(sizes) / 2**20:.2f} MiB")
    site_feeds = {o.path: len(o.content) for o in outputs if "/" not in o.path}
    for path, size in sorted(site_feeds.items()):
        print(f"  /{path}: {size / 2**20:.2f} MiB")
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
