"""Fixtures for the form tests: sample issue bodies and a copy of the example site."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from tests.helpers import REPO
from welkom.forms import Outcome, process

FIXTURES = Path(__file__).parent / "fixtures"
TODAY = dt.date(2026, 11, 23)  # the example site's "today" (tests/conftest.py)
SITE_PARTS = ("buurten", "activiteiten", "verhalen")


def body(name: str) -> str:
    """A sample issue body, exactly as GitHub renders a submitted form."""
    return (FIXTURES / f"{name}.md").read_text(encoding="utf-8")


def copy_example_site(target: Path) -> Path:
    target.mkdir(parents=True)
    for part in SITE_PARTS:
        shutil.copytree(REPO / part, target / part)
    shutil.copyfile(REPO / "mkdocs.yml", target / "mkdocs.yml")
    return target


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for part in SITE_PARTS
        for p in sorted((root / part).rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A fresh copy of the repository's example site."""
    return copy_example_site(tmp_path / "site")


def run(root: Path, name_or_body: str, kind: str | None = None, issue: int | None = 12) -> Outcome:
    is_name = "\n" not in name_or_body and (FIXTURES / f"{name_or_body}.md").exists()
    text = body(name_or_body) if is_name else name_or_body
    return process(root, text, kind, issue, TODAY)
