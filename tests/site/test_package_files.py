"""The installed package carries the site's templates, font and stylesheet (not only the repo)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

SHIPPED = [
    "welkom/assets/welkom.css",
    "welkom/assets/fonts/OFL.txt",
    "welkom/assets/fonts/atkinson-hyperlegible-latin-400-normal.woff2",
    "welkom/assets/fonts/atkinson-hyperlegible-latin-ext-700-italic.woff2",
    "welkom/render/pages/templates/buurt.md.j2",
    "welkom/render/pages/templates/_macros.html.j2",
    "welkom/render/pages/templates/follow.html.j2",
    "welkom/mkdocs/plugin.py",
]


def test_build_py_ships_templates_font_and_css(tmp_path: Path) -> None:
    source = tmp_path / "src-copy"
    shutil.copytree(REPO / "src", source / "src", ignore=shutil.ignore_patterns("*.egg-info"))
    shutil.copy(REPO / "pyproject.toml", source / "pyproject.toml")
    (source / "README.md").write_text("welkom\n", encoding="utf-8")
    out = tmp_path / "build"
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import setuptools; setuptools.setup()",
            "-q",
            "build_py",
            "-d",
            str(out),
        ],
        cwd=source,
        check=True,
        capture_output=True,
    )
    missing = [name for name in SHIPPED if not (out / name).is_file()]
    assert missing == []
