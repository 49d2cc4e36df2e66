"""Time the build audit (welkom.audit) against the whole `mkdocs build` it is part of.

    .venv/bin/python scripts/bench_audit.py [--buurten 250] [--keep DIR]

Generates ``bench-data/site-<N>/`` with scripts/generate_synthetic.py when missing, builds it
once with `mkdocs build --strict` (which already runs the audit in on_post_build), then runs
`audit_site` again on the output on its own and reports both times, per file type too.
Target (issue 10): the audit and the atomic swap together add at most 10% to the build at
4,000 buurten. On a shared machine measure small (250); the lead measures 4,000 on a quiet one.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

from generate_synthetic import generate, write_mkdocs_config  # noqa: E402
from welkom.audit import audit_file, audit_site  # noqa: E402

MKDOCS = str(Path(sys.executable).parent / "mkdocs")
EPOCH = "1795431600"
FEED_NAMES = frozenset(
    f"{name}.{ext}"
    for name in ("activiteiten", "verhalen")
    for ext in ("rss", "atom", "ics", "json")
) | {"activiteit.ics"}  # 2026-11-23 12:00 Europe/Amsterdam, as in the tests


def build(data: Path, out: Path, work: Path) -> tuple[float, float]:
    """`mkdocs build` of ``data``: (wall seconds, CPU seconds of it and its children)."""
    config = write_mkdocs_config(work, data)
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}
    started = time.perf_counter()
    cpu_before = _children_cpu()
    subprocess.run(
        [MKDOCS, "build", "--strict", "--quiet", "-f", str(config), "-d", str(out)],
        check=True,
        env=env,
        cwd=work,
    )
    return time.perf_counter() - started, _children_cpu() - cpu_before


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--buurten", type=int, default=250)
    parser.add_argument("--keep", type=Path, help="build into this folder and keep it")
    args = parser.parse_args(argv)

    data = REPO / "bench-data" / f"site-{args.buurten}"
    if not (data / "buurten").is_dir():
        generate(args.buurten, data)
    with tempfile.TemporaryDirectory(prefix="bench-audit-") as tmp:
        out = args.keep or Path(tmp) / "site"
        built, built_cpu = build(data, out, Path(tmp))

        started, cpu_started = time.perf_counter(), time.process_time()
        violations = audit_site(out)
        audited = time.perf_counter() - started
        audit_cpu = time.process_time() - cpu_started  # fair on a busy, shared machine
        assert not violations, violations[:5]
        workers = os.cpu_count() or 1
        # In `mkdocs build` the feed writer audits the feeds as it writes them, next to the
        # page rendering; after the build only the rest is read, in `workers` processes.
        feeds = frozenset(
            p.relative_to(out).as_posix() for p in out.rglob("*") if p.name in FEED_NAMES
        )
        started, cpu_started = time.perf_counter(), time.process_time()
        audit_site(out, 1, skip=feeds)
        after_cpu = time.process_time() - cpu_started
        started = time.perf_counter()
        audit_site(out, workers, skip=feeds)
        parallel = time.perf_counter() - started

        per_type: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0])
        for path in out.rglob("*"):
            if path.is_file():
                suffix = path.suffix.lower() or "(none)"
                started = time.perf_counter()
                audit_file(path, path.relative_to(out).as_posix())
                entry = per_type[suffix]
                entry[0] += 1
                entry[1] += time.perf_counter() - started
                entry[2] += path.stat().st_size

    print(
        f"{args.buurten} buurten: mkdocs build {built:.2f} s wall, {built_cpu:.2f} s CPU "
        "(audit included, as the plugin runs it)"
    )
    print(
        f"audit in one process: {audited:.2f} s wall, {audit_cpu:.2f} s CPU = "
        f"{100 * audit_cpu / (built_cpu - audit_cpu):.1f}% of the build's CPU without it"
    )
    print(
        f"after the build (feeds left out, the feed writer audited them): {after_cpu:.2f} s CPU"
        f" = {100 * after_cpu / (built_cpu - audit_cpu):.1f}% of the build's CPU; "
        f"{parallel:.2f} s wall in {workers} processes (as `mkdocs build` runs it)"
    )
    for suffix, (count, seconds, size) in sorted(per_type.items(), key=lambda i: -i[1][1]):
        if seconds >= 0.005:
            print(
                f"  {suffix:9} {int(count):6} files {size / 2**20:7.1f} MiB {seconds:6.2f} s"
                f"  ({1000 * seconds / count:.2f} ms/file)"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
