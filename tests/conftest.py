"""Fixtures shared by all test folders."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

REPO = Path(__file__).resolve().parent.parent

# The "today" of the example site in tests: a Monday, noon in Amsterdam.
EXAMPLE_TODAY = dt.datetime(2026, 11, 23, 12, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repo's example site, built once per session with `mkdocs build --strict`."""
    out = tmp_path_factory.mktemp("built-site")
    env = {
        **os.environ,
        "SOURCE_DATE_EPOCH": str(int(EXAMPLE_TODAY.timestamp())),
        "NO_MKDOCS_2_WARNING": "1",
    }
    mkdocs = Path(sys.executable).parent / "mkdocs"
    run = subprocess.run(
        [str(mkdocs), "build", "--strict", "--quiet", "-f", "mkdocs.yml", "-d", str(out)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, f"mkdocs build --strict faalde:\n{run.stdout}\n{run.stderr}"
    return out
