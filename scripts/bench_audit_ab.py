"""A/B: `mkdocs build --strict` with and without the build audit and the atomic swap.

    .venv/bin/python scripts/bench_audit_ab.py [--buurten 4000] [--repeat 2]

Issue 10 allows the audit and the swap together at most 10% of the build at 4,000 buurten.
Both variants build the same synthetic site (bench-data/site-<N>/) into a temporary folder, in
turns, as fresh processes; variant A runs MkDocs with welkom's audit functions replaced by
no-ops and without the atomic swap (`--zonder-audit`, only for this measurement). Wall and
CPU seconds (children included) per run; on a 2-core machine the audit runs on the second
core, so it shows more in CPU than in wall time.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

from generate_synthetic import generate, write_mkdocs_config  # noqa: E402

EPOCH = "1795431600"  # 2026-11-23 12:00 Europe/Amsterdam, as in the tests


def _without_audit() -> None:
    """Run `mkdocs build` with the audit and the atomic swap switched off (variant A)."""
    import welkom.audit as audit
    import welkom.mkdocs.plugin as plugin

    audit.audit_bytes = lambda *a, **k: []  # the feed writer's audit
    audit.audit_site = lambda *a, **k: []
    plugin.audit_site = lambda *a, **k: []
    original = plugin.WelkomPlugin.on_startup

    def on_startup(self, *, command: str, dirty: bool) -> None:  # type: ignore[no-untyped-def]
        original(self, command=command, dirty=dirty)
        self.atomic_output = False

    plugin.WelkomPlugin.on_startup = on_startup
    from mkdocs.__main__ import cli

    cli()


def _run(variant: str, config: Path, out: Path) -> tuple[float, float]:
    args = ["build", "--strict", "-q", "-f", str(config), "-d", str(out)]
    if variant == "A":
        cmd = [sys.executable, __file__, "--zonder-audit", *args]
    else:
        cmd = [str(Path(sys.executable).parent / "mkdocs"), *args]
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--zonder-audit":
        sys.argv = [sys.argv[0], *sys.argv[2:]]
        _without_audit()
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--buurten", type=int, default=4000)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    data = REPO / "bench-data" / f"site-{args.buurten}"
    if not data.is_dir():
        generate(args.buurten, data)
    with tempfile.TemporaryDirectory(prefix="welkom-ab-") as tmp:
        config = write_mkdocs_config(Path(tmp), data)
        results: dict[str, list[tuple[float, float]]] = {"A": [], "B": []}
        for _ in range(args.repeat):
            for variant in ("A", "B"):
                out = Path(tmp) / f"out-{variant}"
                results[variant].append(_run(variant, config, out))
                print(f"{variant}: {results[variant][-1][0]:.1f} s wall, "
                      f"{results[variant][-1][1]:.1f} s CPU", flush=True)  # fmt: skip
    best = {v: min(w for w, _ in runs) for v, runs in results.items()}
    mean = {v: sum(w for w, _ in runs) / len(runs) for v, runs in results.items()}
    print(f"{args.buurten} buurten, A = zonder audit en wissel, B = zoals gebouwd")
    print(f"  beste wandkloktijd: A {best['A']:.1f} s, B {best['B']:.1f} s, "
          f"{best['B'] / best['A'] - 1:+.1%} (doel: hoogstens +10%)")  # fmt: skip
    print(f"  gemiddeld:          A {mean['A']:.1f} s, B {mean['B']:.1f} s, "
          f"{mean['B'] / mean['A'] - 1:+.1%}")  # fmt: skip


if __name__ == "__main__":
    main()
