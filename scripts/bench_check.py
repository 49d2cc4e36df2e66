"""Time `welkom check` and its peak memory on the example content and on generated sites.

    .venv/bin/python scripts/bench_check.py [--sizes 1000,4000,14500] [--repeat 1]

Each run is a fresh subprocess (interpreter start included), as in CI. Peak memory is the
child's own ``ru_maxrss`` from ``os.wait4``, so an earlier, bigger child cannot inflate it.
Generated sites go to ``bench-data/site-<N>/`` (git-ignored) and are reused when present;
``--regenerate`` writes them again. Targets (DESIGN.md §1, maintainer): the example in ≤ 1 s,
14,500 buurten in ≤ 20 s and ≤ 1.5 GiB.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BENCH_DATA = REPO / "bench-data"
RESULTS = REPO / "bench-results"
sys.path.insert(0, str(REPO / "scripts"))

from generate_synthetic import generate  # noqa: E402

TARGETS = {"example": (1.0, None), 14500: (20.0, 1.5 * 1024)}  # seconds, MiB


@dataclass(frozen=True, slots=True)
class Result:
    name: str
    buurten: int
    files: int
    seconds: float
    cpu_seconds: float
    peak_mib: float
    exit_code: int

    @property
    def per_1000(self) -> float:
        return self.seconds / self.buurten * 1000 if self.buurten else 0.0


def welkom_command(site: Path) -> list[str]:
    """The installed `welkom` next to this interpreter, else `python -m welkom.cli`."""
    script = Path(sys.executable).with_name("welkom")
    base = [str(script)] if script.exists() else [sys.executable, "-m", "welkom.cli"]
    return [*base, "--map", str(site), "check"]


def run_check(site: Path) -> tuple[float, float, float, int, str]:
    """(wall s, CPU s, peak MiB, exit code, last line of stderr) of one `welkom check`.

    CPU time (user + system) is reported next to wall time because the machines this runs on
    are often shared: wall time then says more about the neighbours than about welkom.
    """
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(welkom_command(site), stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        lines = err.read().decode("utf-8", "replace").strip().splitlines()
    cpu = usage.ru_utime + usage.ru_stime
    return seconds, cpu, usage.ru_maxrss / 1024, proc.returncode, lines[-1] if lines else ""


def count_files(site: Path) -> int:
    return sum(
        1
        for top in ("buurten", "activiteiten", "verhalen")
        for p in (site / top).rglob("*")
        if p.is_file()
    )


def count_buurten(site: Path) -> int:
    return sum(1 for p in (site / "buurten").glob("*/*.yml") if not p.name.startswith("_"))


def synthetic_site(n: int, regenerate: bool) -> Path:
    site = BENCH_DATA / f"site-{n}"
    stamp = site / ".generated"
    if regenerate or not stamp.exists() or stamp.read_text() != str(n):
        shutil.rmtree(site, ignore_errors=True)
        start = time.perf_counter()
        files = generate(n, site)
        stamp.write_text(str(n))
        took = time.perf_counter() - start
        print(f"generated {n} buurten ({files} files) in {took:.1f} s", file=sys.stderr)
    return site


def measure(name: str, site: Path, repeat: int) -> Result:
    runs = [run_check(site) for _ in range(repeat)]
    seconds, cpu, peak, code, summary = min(runs)
    print(f"{name}: {summary}", file=sys.stderr)
    return Result(name, count_buurten(site), count_files(site), seconds, cpu, peak, code)


def table(results: list[Result]) -> str:
    head = (
        f"{'site':<12} {'buurten':>8} {'files':>8} {'seconds':>8} {'s/1000 b':>9} "
        f"{'CPU s':>7} {'peak MiB':>9}"
    )
    rows = [head, "-" * len(head)]
    for r in results:
        flag = "" if r.exit_code == 0 else f"  (exit {r.exit_code})"
        rows.append(
            f"{r.name:<12} {r.buurten:>8} {r.files:>8} {r.seconds:>8.2f} {r.per_1000:>9.2f} "
            f"{r.cpu_seconds:>7.2f} {r.peak_mib:>9.0f}{flag}"
        )
    return "\n".join(rows)


def verdicts(results: list[Result]) -> list[str]:
    out = []
    for r in results:
        key: str | int = "example" if r.name == "example" else r.buurten
        if key not in TARGETS:
            continue
        max_s, max_mib = TARGETS[key]
        ok = r.seconds <= max_s and (max_mib is None or r.peak_mib <= max_mib)
        limit = f"≤ {max_s:g} s" + (f", ≤ {max_mib:g} MiB" if max_mib else "")
        out.append(f"{'OK  ' if ok else 'SLOW'} {r.name}: target {limit}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,4000,14500", help="comma-separated buurten")
    parser.add_argument("--repeat", type=int, default=1, help="runs per site; the best counts")
    parser.add_argument("--regenerate", action="store_true", help="write generated sites again")
    parser.add_argument("--no-example", action="store_true", help="skip the example content")
    args = parser.parse_args(argv)

    results = []
    if not args.no_example:
        results.append(measure("example", REPO, max(args.repeat, 3)))
    for n in (int(s) for s in args.sizes.split(",") if s.strip()):
        results.append(measure(f"synth-{n}", synthetic_site(n, args.regenerate), args.repeat))

    print(table(results))
    for line in verdicts(results):
        print(line)
    RESULTS.mkdir(exist_ok=True)
    data = [asdict(r) | {"per_1000": r.per_1000, "load_average": os.getloadavg()} for r in results]
    (RESULTS / "bench_check.json").write_text(json.dumps(data, indent=2) + "\n")
    return 0 if all(r.exit_code == 0 for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
