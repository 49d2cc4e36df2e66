"""How much the privacy scanner adds to `welkom check` on a generated site.

    .venv/bin/python scripts/bench_privacy_check.py [--buurten 14500] [--repeat 2]

Loads the site in one process twice per round: once as `welkom check` does, once with the
scanner switched off, and reports CPU seconds of both and the scanner's share. CPU time, not
wall time: on a shared machine wall time mostly measures the neighbours. Target (issue 5):
the scanner adds at most 40% on the 14,500-buurt site (issue 11).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

from generate_synthetic import generate  # noqa: E402
from welkom.check import run  # noqa: E402


def cpu_seconds(root: Path) -> float:
    start = time.process_time()
    site = run.load_site(root)
    elapsed = time.process_time() - start
    assert not site.errors, site.errors[:3]
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--buurten", type=int, default=14500)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    root = REPO / "bench-data" / f"site-{args.buurten}"
    if not root.exists():
        generate(args.buurten, root)
    real_scan = run.scan_site
    with_scan, without_scan = [], []
    for _ in range(args.repeat):
        run.scan_site = real_scan
        with_scan.append(cpu_seconds(root))
        run.scan_site = lambda site, national=True: []  # type: ignore[assignment]
        without_scan.append(cpu_seconds(root))
    run.scan_site = real_scan
    best_with, best_without = min(with_scan), min(without_scan)
    share = best_with / best_without - 1
    print(f"{args.buurten} buurten, beste van {args.repeat}:")
    print(f"  check met privacyscanner    {best_with:6.2f} s CPU")
    print(f"  check zonder privacyscanner {best_without:6.2f} s CPU")
    print(f"  de scanner voegt {share:.0%} toe (doel: hoogstens 40%)")
    return 0 if share <= 0.40 else 1


if __name__ == "__main__":
    sys.exit(main())
