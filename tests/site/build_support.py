"""Building a welkom site in a temporary folder, for the site tests (no browser)."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"
KLEINE_STAD = FIXTURES / "kleine-stad"
# 2026-11-23 12:00 Europe/Amsterdam, the "today" of every test build.
EPOCH = "1795431600"


@dataclass
class Build:
    code: int
    out: str
    site: Path


def build(
    data_dir: Path, site_dir: Path, work: Path, *, epoch: str = EPOCH, docs: Path | None = None
) -> Build:
    """`mkdocs build --strict` of the repo's mkdocs.yml, reading data from ``data_dir`` (and
    the hand-written pages from ``docs``, by default the repo's)."""
    work.mkdir(parents=True, exist_ok=True)
    config = work / "mkdocs.yml"
    config.write_text(
        f"INHERIT: {REPO / 'mkdocs.yml'}\n"
        f"docs_dir: {docs or REPO / 'docs'}\n"
        f"theme:\n  custom_dir: {REPO / 'overrides'}\n"
        "plugins:\n  - search:\n      lang: nl\n"
        f"  - welkom:\n      data_dir: {data_dir}\n",
        encoding="utf-8",
    )
    env = {**os.environ, "SOURCE_DATE_EPOCH": epoch, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = Path(sys.executable).parent / "mkdocs"
    run = subprocess.run(
        [str(mkdocs), "build", "--strict", "-f", str(config), "-d", str(site_dir)],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    return Build(run.returncode, run.stdout + run.stderr, site_dir)
