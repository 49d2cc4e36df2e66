"""What the largest buurt `welkom check` allows costs to build: time, memory, page sizes.

    python scripts/bench_limits.py                 # the limits of welkom/check/limits.py
    python scripts/bench_limits.py --verhalen 500  # also the most stories a buurt may have

It writes one gemeente with one buurt at every limit (100 plekken, 50 key figures, 50 help
lines, 50 tips, 200 activities each on every weekday plus 100 extra dates, every text field
at its limit (5,000 characters; 1,000 for an activity's omschrijving), stories of 50,000
characters), checks that `welkom check` accepts it,
then runs `mkdocs build --strict` on it and reports the build time, the peak memory of the
build (including the forked feed writer) and the size of the biggest pages. Results also go
to bench-results/limits.json.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "scripts"))

from generate_synthetic import write_mkdocs_config  # noqa: E402
from welkom.check.limits import (  # noqa: E402 - after the path of a source checkout
    MAX_ACTIVITIES_PER_BUURT,
    MAX_ACTIVITY_TEXT,
    MAX_DATES,
    MAX_ITEMS,
    MAX_STORY_CHARS,
)

EPOCH = "1795431600"  # 2026-11-23 12:00 Europe/Amsterdam
SENTENCE = "Koffie en thee voor iedereen uit de buurt, en altijd iemand om mee te praten. "


def text(chars: int) -> str:
    return (SENTENCE * (chars // len(SENTENCE) + 1))[:chars].strip()


def most(model: str, field: str) -> int:
    return MAX_ITEMS[(model, field)][0]


def write_site(root: Path, stories: int) -> None:
    shutil.copytree(REPO / "tests/fixtures/sites/minimal/buurten", root / "buurten")
    long = text(5000)
    plekken = "".join(
        f"  - id: plek-{i}\n    naam: Plek {i}\n    soort: buurthuis\n"
        f"    open: [ma t/m vr 09.00-17.00]\n    omschrijving: {long}\n"
        for i in range(most("Buurt", "plekken"))
    )
    figures = "".join(
        f"  - rol: buurtwerker {i}\n    waar: plek-{i}\n    waarvoor: {long}\n"
        for i in range(most("Buurt", "sleutelfiguren"))
    )
    hulp = "".join(
        f"  - onderwerp: Vraag {i}\n    telefoon: 0800-1205\n" for i in range(most("Buurt", "hulp"))
    )
    tips = "".join(f"  - {long}\n" for _ in range(most("Buurt", "welkom")))
    (root / "buurten/testdorp/centrum.yml").write_text(
        f"naam: Centrum\nintro: {long}\nplekken:\n{plekken}sleutelfiguren:\n{figures}"
        f"hulp:\n{hulp}welkom:\n{tips}",
        encoding="utf-8",
    )
    folder = root / "activiteiten/testdorp/centrum"
    folder.mkdir(parents=True)
    extra = "".join(f"  - 2026-12-{1 + i % 31:02d}\n" for i in range(31))  # all in the horizon
    extra += "".join(
        f"  - 2027-{1 + i // 28:02d}-{1 + i % 28:02d}\n" for i in range(MAX_DATES - 31)
    )
    for i in range(MAX_ACTIVITIES_PER_BUURT):
        (folder / f"activiteit-{i:03d}.yml").write_text(
            f"titel: Activiteit {i}\nsoort: koffie\nplek: plek-{i % 100}\n"
            f"wanneer: elke werkdag\ntijd: 10.00-12.00\nomschrijving: {text(MAX_ACTIVITY_TEXT)}\n"
            f"ook:\n{extra}",
            encoding="utf-8",
        )
    story_folder = root / "verhalen/testdorp/centrum"
    story_folder.mkdir(parents=True)
    body = "\n\n".join(text(1000) for _ in range(MAX_STORY_CHARS // 1002))
    for i in range(stories):
        (story_folder / f"verhaal-{i:03d}.md").write_text(
            f"---\ntitel: Verhaal {i}\ndatum: 2026-10\nverteller: een nieuwe bewoner\n"
            f"toestemming: true\nsamenvatting: {text(5000)}\n---\n{body}\n",
            encoding="utf-8",
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verhalen", type=int, default=20, help="stories in the buurt")
    args = parser.parse_args(argv)
    from welkom.check.run import check_site

    with tempfile.TemporaryDirectory(prefix="welkom-limits-") as tmp:
        work = Path(tmp)
        data = work / "data"
        write_site(data, args.verhalen)
        started = time.perf_counter()
        site = check_site(data)
        check_seconds = time.perf_counter() - started
        if site.problems:
            print("\n".join(p.format_text() for p in site.problems[:20]), file=sys.stderr)
            print("welkom check refuses the generated buurt: fix this script.", file=sys.stderr)
            return 1
        config = write_mkdocs_config(work, data)
        env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}
        mkdocs = Path(sys.executable).parent / "mkdocs"
        started = time.perf_counter()
        done = subprocess.run(
            [str(mkdocs), "build", "--strict", "-q", "-f", str(config), "-d", str(work / "site")],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        build_seconds = time.perf_counter() - started
        if done.returncode != 0:
            print(done.stdout + done.stderr, file=sys.stderr)
            return 1
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        out = work / "site"
        files = [p for p in out.rglob("*") if p.is_file()]
        biggest = sorted(files, key=lambda p: p.stat().st_size, reverse=True)[:6]
        result = {
            "activiteiten": MAX_ACTIVITIES_PER_BUURT,
            "plekken": most("Buurt", "plekken"),
            "verhalen": args.verhalen,
            "check_seconds": round(check_seconds, 2),
            "build_seconds": round(build_seconds, 2),
            "peak_memory_mb": round(peak_mb),
            "site_mb": round(sum(p.stat().st_size for p in files) / 1e6, 1),
            "biggest_files_kb": {
                p.relative_to(out).as_posix(): round(p.stat().st_size / 1024) for p in biggest
            },
        }
    print(json.dumps(result, indent=2))
    (REPO / "bench-results").mkdir(exist_ok=True)
    (REPO / "bench-results/limits.json").write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
