"""What the feeds add to a whole site build, measured in one run on a generated site.

    .venv/bin/python scripts/bench_build_feeds.py [--buurten 4000]

Three `mkdocs build`s of the same site, each in a fresh process (a process that already
built once is bigger, which makes forking and everything after it slower): without feeds,
with the feeds written in-process (the `mkdocs serve` path), and with the forked feed writer
that `mkdocs build` uses. Target (issue 4): the feeds add at most 15% to the build time.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

from mkdocs.commands.build import build  # noqa: E402
from mkdocs.config import load_config  # noqa: E402

from generate_synthetic import generate  # noqa: E402
from welkom.mkdocs import plugin  # noqa: E402
from welkom.render.outputs import PAGE_PRODUCERS, PRODUCERS  # noqa: E402

VARIANTS = {
    "zonder feeds": (PAGE_PRODUCERS, False),
    "feeds in hetzelfde proces": (PRODUCERS, False),
    "feeds in een tweede proces": (PRODUCERS, True),
}


def timed_build(root: Path, out: Path, producers: tuple, background: bool) -> float:  # type: ignore[type-arg]
    plugin.PAGE_PRODUCERS = PAGE_PRODUCERS if background else producers  # type: ignore[assignment]
    plugin.PRODUCERS = producers  # type: ignore[assignment]
    plugin.WelkomPlugin.feeds_in_background = background
    config = load_config(str(root / "mkdocs.yml"), site_dir=str(out))
    start = time.perf_counter()
    build(config)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--buurten", type=int, default=4000)
    parser.add_argument("--variant", choices=list(VARIANTS), help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1795431600")
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    root = REPO / "bench-data" / f"site-{args.buurten}"
    if args.variant:  # one build in this fresh process; print its seconds
        producers, background = VARIANTS[args.variant]
        with tempfile.TemporaryDirectory() as tmp:
            print(timed_build(root, Path(tmp) / "site", producers, background))
        return 0
    if not root.exists():
        generate(args.buurten, root)
    times = {}
    for name in VARIANTS:
        run = subprocess.run(
            [sys.executable, __file__, "--buurten", str(args.buurten), "--variant", name],
            capture_output=True,
            text=True,
            check=True,
        )
        times[name] = float(run.stdout.strip().splitlines()[-1])
    base = times["zonder feeds"]
    print(f"{args.buurten} buurten, hele build (mkdocs):")
    for name, seconds in times.items():
        extra = "" if seconds is base else f"  ({seconds / base - 1:+.0%})"
        print(f"  {name:28} {seconds:7.1f} s{extra}")
    background_share = times["feeds in een tweede proces"] / base - 1
    print(f"doel: feeds voegen hoogstens 15% toe; met het tweede proces: {background_share:.0%}")
    return 0 if background_share <= 0.15 else 1


if __name__ == "__main__":
    sys.exit(main())
