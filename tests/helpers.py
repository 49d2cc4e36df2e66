"""Helpers shared by the tests: fixture sites and running the CLI in-process."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from welkom.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
MINIMAL = FIXTURES / "sites" / "minimal"
REPO = Path(__file__).parent.parent


@dataclass
class Run:
    code: int
    out: str
    err: str


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> Run:
    code = main(list(args))
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)


def copy_site(tmp_path: Path, source: Path = MINIMAL, overlay: Path | None = None) -> Path:
    root = tmp_path / "site"
    shutil.copytree(source, root)
    if overlay is not None:
        for path in sorted(overlay.rglob("*")):
            if path.is_file() and path.name != "expected":
                target = root / path.relative_to(overlay)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, target)
    return root
