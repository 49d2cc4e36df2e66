"""What freshness and redirects add to `welkom check` and to the build (issue 14: at most 5%).

    .venv/bin/python scripts/bench_freshness.py --buurten 14500 --redirects 1000 --repeat 3
    .venv/bin/python scripts/bench_freshness.py --buurten 200 --redirects 100   # a quick try

Two synthetic sites of the same buurten (scripts/generate_synthetic.py, in bench-data/):
`plain` as always, and `fresh` with `gecontroleerd` months on most entries (some stale) and
``--redirects`` lines in redirects.yml. For each it measures, as fresh subprocesses with the
same "today" (2026-11-23):

- `welkom check` (wall and CPU seconds);
- `mkdocs build --strict` with the repo's mkdocs.yml;

and, in this process on the `fresh` site, the parts on their own: loading and checking,
the freshness warnings, the redirect check, and planning and rendering the redirect pages.
The overhead is `fresh` against `plain` in CPU seconds (wall time on a shared machine says
more about the neighbours). Results also go to bench-results/freshness.json.
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
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BENCH_DATA = REPO / "bench-data"
RESULTS = REPO / "bench-results"
EPOCH = "1795431600"  # 2026-11-23 12:00 Europe/Amsterdam
sys.path.insert(0, str(REPO / "scripts"))

from generate_synthetic import generate, write_mkdocs_config  # noqa: E402


def site(n: int, redirects: int, fresh: bool) -> Path:
    name = f"site-{n}-fresh-{redirects}" if fresh else f"site-{n}"
    path = BENCH_DATA / name
    stamp = path / ".generated"
    want = f"{n} {fresh} {redirects}"
    if not stamp.exists() or stamp.read_text() != want:
        shutil.rmtree(path, ignore_errors=True)
        generate(n, path, checked=fresh, redirects=redirects if fresh else 0)
        stamp.write_text(want)
    return path


def timed(command: list[str], cwd: Path | None = None) -> tuple[float, float]:
    """(wall s, CPU s of the child and its children) of one run; it must succeed."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    proc = subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    stderr = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"{' '.join(command)} failed ({code}):\n{stderr[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime


def check_command(data: Path) -> list[str]:
    return [str(Path(sys.executable).with_name("welkom")), "--map", str(data), "check"]


def build_command(data: Path, work: Path) -> list[str]:
    config = write_mkdocs_config(work, data)
    mkdocs = str(Path(sys.executable).with_name("mkdocs"))
    return [mkdocs, "build", "--strict", "--quiet", "-f", str(config), "-d", str(work / "site")]


def best(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return min(runs, key=lambda r: r[1])


def parts(data: Path) -> dict[str, float]:
    """Seconds of the freshness and redirect parts, in this process, on ``data``."""
    import datetime as dt

    from welkom.check import load_site
    from welkom.fresh import freshness_problems
    from welkom.redirects import check_redirects
    from welkom.redirects.expand import plan_redirects
    from welkom.redirects.html import redirect_files
    from welkom.render.context import BuildContext

    today = dt.date(2026, 11, 23)
    out: dict[str, float] = {}
    start = time.perf_counter()
    loaded = load_site(data)
    out["load and check (all)"] = time.perf_counter() - start
    start = time.perf_counter()
    warnings = freshness_problems(loaded, today)
    out["freshness warnings"] = time.perf_counter() - start
    start = time.perf_counter()
    check_redirects(data)
    out["redirect check"] = time.perf_counter() - start
    start = time.perf_counter()
    plan = plan_redirects(loaded)
    pages = redirect_files(BuildContext(loaded, today), plan)
    out["redirect pages"] = time.perf_counter() - start
    out["(warnings)"] = len(warnings)
    out["(redirect pages)"] = len(pages)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--buurten", type=int, default=200)
    parser.add_argument("--redirects", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement; best counts")
    parser.add_argument("--no-build", action="store_true", help="only `welkom check`")
    args = parser.parse_args(argv)

    plain = site(args.buurten, 0, fresh=False)
    fresh = site(args.buurten, args.redirects, fresh=True)
    results: dict[str, dict[str, float]] = {}
    for name, data in (("plain", plain), ("fresh", fresh)):
        results[name] = {}
        check = best([timed(check_command(data)) for _ in range(args.repeat)])
        results[name]["check wall"], results[name]["check cpu"] = check
        if not args.no_build:
            runs = []
            for _ in range(args.repeat):
                with tempfile.TemporaryDirectory() as work:
                    runs.append(timed(build_command(data, Path(work)), cwd=Path(work)))
            results[name]["build wall"], results[name]["build cpu"] = best(runs)
    breakdown = parts(fresh)

    print(f"{args.buurten} buurten, {args.redirects} redirects, best of {args.repeat}")
    print(f"{'':<14}{'plain s':>10}{'fresh s':>10}{'overhead':>10}")
    for key in results["plain"]:
        a, b = results["plain"][key], results["fresh"][key]
        print(f"{key:<14}{a:>10.2f}{b:>10.2f}{(b - a) / a * 100:>9.1f}%")
    print("\nparts, on the fresh site, in-process:")
    for key, value in breakdown.items():
        shown = f"{value:.0f}" if key.startswith("(") else f"{value:.3f} s"
        print(f"  {key:<24}{shown:>12}")
    RESULTS.mkdir(exist_ok=True)
    record = {"buurten": args.buurten, "redirects": args.redirects, **results, "parts": breakdown}
    (RESULTS / "freshness.json").write_text(json.dumps(record, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
