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
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

from generate_synthetic import generate  # noqa: E402
from welkom.audit import audit_file, audit_site  # noqa: E402

EPOCH = "1795431600"  # 2026-11-23 12:00 Europe/Amsterdam, as in the tests


def build(data: Path, out: Path, work: Path) -> float:
    config = work / "mkdocs.yml"
    config.write_text(
        f"INHERIT: {REPO / 'mkdocs.yml'}\n"
        f"docs_dir: {REPO / 'docs'}\n"
        f"theme:\n  custom_dir: {REPO / 'overrides'}\n"
        "plugins:\n  - search:\n      lang: nl\n"
        f"  - welkom:\n      data_dir: {data}\n",
        encoding="utf-8",
    )
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}
    started = time.perf_counter()
    subprocess.run(
        [str(Path(sys.executable).parent / "mkdocs"), "build", "--strict", "--quiet"]
        + ["-f", str(config), "-d", str(out)],
        check=True,
        env=env,
        cwd=work,
    )
    return time.perf_counter() - started


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
        built = build(data, out, Path(tmp))

        started = time.perf_counter()
        violations = audit_site(out)
        audited = time.perf_counter() - started
        assert not violations, violations[:5]

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

    print(f"{args.buurten} buurten: mkdocs build {built:.2f} s (audit included)")
    print(
        f"audit alone: {audited:.2f} s = {100 * audited / built:.1f}% of the build "
        f"({100 * audited / (built - audited):.1f}% on top of a build without it)"
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
