"""Benchmark the site build at growing size, against the floor no MkDocs site can beat.

    python scripts/bench_site.py                      # 250, 1000 and 4000 buurten
    python scripts/bench_site.py --buurten 250 1000   # fewer sizes

For each size it generates a synthetic site (scripts/generate_synthetic.py, cached in
bench-data/), then measures in one run:

- `mkdocs build` of that data with the repo's mkdocs.yml (Material, search, welkom plugin);
- the floor: the same generated pages rendered with plain Python-Markdown and one small Jinja2
  page template, written to disk, after the same data loading and checking.

It prints the time per page, the ratio to the floor, and the size of one buurt page and of
the average buurt page (which must not grow with the number of buurten). Results also go to
bench-results/site.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

from generate_synthetic import write_mkdocs_config  # noqa: E402

EPOCH = "1795431600"  # 2026-11-23 12:00 Europe/Amsterdam

FLOOR_PAGE = """<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>{{ title }}</title>
<meta name="description" content="{{ description }}">
<link rel="stylesheet" href="/assets/welkom/welkom.css"></head>
<body><header><a href="/">Welkom in de buurt</a></header>
<main>{{ content }}</main><footer>welkom</footer></body></html>
"""


def generate(n: int) -> Path:
    data = REPO / "bench-data" / f"site-{n}"
    if not (data / "buurten").is_dir():
        subprocess.run(
            [
                sys.executable,
                str(REPO / "scripts/generate_synthetic.py"),
                "--buurten",
                str(n),
                "--out",
                str(data),
            ],
            check=True,
        )
    return data


def mkdocs_build(data: Path, out: Path, work: Path) -> float:
    config = write_mkdocs_config(work, data)
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = Path(sys.executable).parent / "mkdocs"
    start = time.perf_counter()
    subprocess.run(
        [str(mkdocs), "build", "--strict", "--quiet", "-f", str(config), "-d", str(out)],
        check=True,
        env=env,
        cwd=work,
    )
    return time.perf_counter() - start


def floor_build(data: Path, out: Path) -> tuple[float, int]:
    """Load + check, then Markdown → HTML → one Jinja2 template → file, for every page."""
    import jinja2
    import markdown

    from welkom.check import check_site
    from welkom.render.context import BuildContext, today_from_environment
    from welkom.render.pages import all_pages

    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    start = time.perf_counter()
    site = check_site(data)
    ctx = BuildContext(site, today_from_environment(), horizon_days=56)
    guide = (REPO / "docs/welkomstgids.md").read_text(encoding="utf-8")
    template = jinja2.Environment(autoescape=True).from_string(FLOOR_PAGE)
    md = markdown.Markdown(extensions=["toc", "attr_list"])
    pages = all_pages(ctx, guide)
    for page in pages:
        html = page.fill(md.reset().convert(page.content))
        text = template.render(
            title=page.title, description=page.description, content=jinja2.filters.Markup(html)
        )
        target = out / page.src_uri.removesuffix("index.md") / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return time.perf_counter() - start, len(pages)


def buurt_pages(site_dir: Path, data: Path) -> list[Path]:
    return sorted(
        site_dir / p.parent.name / p.stem / "index.html"
        for p in (data / "buurten").glob("*/*.yml")
        if not p.stem.startswith("_")
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--buurten", type=int, nargs="+", default=[250, 1000, 4000])
    parser.add_argument("--keep", action="store_true", help="keep the built sites")
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="build each size this many times, alternating MkDocs and floor; keep the best "
        "time of each (on a shared machine the best time is the least disturbed one)",
    )
    args = parser.parse_args(argv)

    results = []
    reference: Path | None = None  # one buurt page, the same buurt at every size
    for n in sorted(args.buurten):
        data = generate(n)
        work = Path(tempfile.mkdtemp(prefix=f"bench-site-{n}-"))
        mk_times, floor_times = [], []
        for _ in range(max(1, args.repeat)):
            for folder in ("site", "floor"):
                shutil.rmtree(work / folder, ignore_errors=True)
            mk_times.append(mkdocs_build(data, work / "site", work))
            seconds, floor_pages = floor_build(data, work / "floor")
            floor_times.append(seconds)
        mk_seconds, floor_seconds = min(mk_times), min(floor_times)
        html_pages = sum(1 for _ in (work / "site").rglob("*.html"))
        buurten = buurt_pages(work / "site", data)
        if reference is None:
            reference = buurten[0].relative_to(work / "site")
        row = {
            "buurten": n,
            "repeats": len(mk_times),
            "html_pages": html_pages,
            "mkdocs_seconds": round(mk_seconds, 2),
            "mkdocs_ms_per_page": round(1000 * mk_seconds / html_pages, 3),
            "floor_seconds": round(floor_seconds, 2),
            "floor_ms_per_page": round(1000 * floor_seconds / floor_pages, 3),
            "ratio_to_floor": round(mk_seconds / floor_seconds, 2),
            "reference_page": str(reference),
            "reference_page_bytes": (work / "site" / reference).stat().st_size,
            "mean_buurt_page_bytes": round(statistics.mean(p.stat().st_size for p in buurten)),
            "search_index_bytes": (work / "site/search/search_index.json").stat().st_size,
            "site_bytes": sum(p.stat().st_size for p in (work / "site").rglob("*") if p.is_file()),
        }
        results.append(row)
        print(json.dumps(row), flush=True)
        if not args.keep:
            shutil.rmtree(work)

    first, last = results[0], results[-1]
    summary = {
        "per_page_time_growth": round(last["mkdocs_ms_per_page"] / first["mkdocs_ms_per_page"], 2),
        "reference_page_bytes_growth": round(
            last["reference_page_bytes"] / first["reference_page_bytes"], 3
        ),
        "mean_buurt_page_bytes_growth": round(
            last["mean_buurt_page_bytes"] / first["mean_buurt_page_bytes"], 3
        ),
        "worst_ratio_to_floor": max(r["ratio_to_floor"] for r in results),
    }
    print(json.dumps(summary))
    out = REPO / "bench-results" / "site.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"runs": results, "summary": summary}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
