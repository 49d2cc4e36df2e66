"""Build the pull-request preview the way `.github/workflows/pull-request.yml` does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# The flags of the preview build in pull-request.yml (a test checks they match): file links,
# so a volunteer can unpack the artifact and open index.html from disk.
PREVIEW_FLAGS = ("--strict", "--no-directory-urls")
# 2026-11-23 12:00 Europe/Amsterdam, the "today" of the example site in tests.
EPOCH = "1795431600"


def build_preview(site_dir: Path) -> Path:
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = Path(sys.executable).parent / "mkdocs"
    run = subprocess.run(
        [str(mkdocs), "build", *PREVIEW_FLAGS, "--quiet", "--site-dir", str(site_dir)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, f"preview build failed:\n{run.stdout}\n{run.stderr}"
    return site_dir
