"""Limits a real buurt never reaches: exactly at the limit is fine, one more is a located error.

Plekken, dates, text and story length have fixtures in tests/fixtures/bad/; the number of
activity files per buurt needs hundreds of files, so it is made here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import copy_site, git, run_cli
from welkom.check.limits import (
    MAX_ACTIVITIES_PER_BUURT,
    MAX_ACTIVITY_TEXT,
    MAX_DATES,
    MAX_ITEMS,
    MAX_STORY_CHARS,
)
from welkom.check.run import check_site

ACTIVITY = """titel: Wandelen {n}
soort: wandelen
plek: buurthuis
wanneer: elke woensdag
tijd: 10.00-11.00
"""
FOLDER = "activiteiten/testdorp/centrum"


def add_activities(root: Path, count: int, start: int = 0) -> None:
    for n in range(start, start + count):
        path = root / FOLDER / f"wandelen-{n:03d}.yml"
        path.write_text(ACTIVITY.format(n=n), encoding="utf-8")


def test_the_numbers_are_the_documented_ones() -> None:
    """MAINTAINING.md names these numbers; change both together."""
    text = (Path(__file__).resolve().parents[2] / "MAINTAINING.md").read_text(encoding="utf-8")
    assert MAX_ACTIVITIES_PER_BUURT == 200 and "| activities per buurt | 200 |" in text
    assert MAX_ITEMS[("Buurt", "plekken")][0] == 100 and "| plekken per buurt | 100 |" in text
    assert MAX_STORY_CHARS == 50_000 and "| characters in a story | 50,000 |" in text
    assert (
        MAX_ACTIVITY_TEXT == 1000
        and "| characters in an activity's `omschrijving` | 1,000 |" in text
    )
    assert MAX_DATES == 100 and "| dates in `ook`, `behalve`, `vervalt`, `gesloten` | 100 |" in text


def test_exactly_the_limit_of_activities_passes(tmp_path: Path) -> None:
    root = copy_site(tmp_path)
    add_activities(root, MAX_ACTIVITIES_PER_BUURT - 1)  # plus koffie.yml
    assert check_site(root).problems == []


def test_one_activity_over_the_limit_is_refused_at_the_first_file_over_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_site(tmp_path)
    add_activities(root, MAX_ACTIVITIES_PER_BUURT)
    result = run_cli(capsys, "--map", str(root), "check")
    assert result.code == 1
    # koffie.yml sorts first, so the 201st file by name is wandelen-199.yml
    assert result.out.splitlines() == [
        f"{FOLDER}/wandelen-199.yml:1:1: fout: De buurt Centrum heeft 201 activiteiten; de "
        "grens is 200. Zoveel activiteiten past niet op één buurtpagina. Haal oude of dubbele "
        "activiteiten weg. Dit bestand is het eerste boven de grens (op volgorde van naam)."
    ]


def test_check_gewijzigd_reports_the_limit_when_a_new_file_crosses_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The message sits at the first file over the limit, which is not the one just added."""
    root = copy_site(tmp_path)
    add_activities(root, MAX_ACTIVITIES_PER_BUURT - 1)
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "site")
    add_activities(root, 1, start=500)  # wandelen-500.yml
    result = run_cli(capsys, "--map", str(root), "check", "--gewijzigd", "HEAD")
    assert result.code == 1, result.out + result.err
    assert "201 activiteiten; de grens is 200" in result.out


def test_exactly_the_story_limit_passes(tmp_path: Path) -> None:
    root = copy_site(tmp_path)
    story = root / "verhalen/testdorp/centrum/welkom.md"
    head = story.read_text(encoding="utf-8").split("---\n")[1]
    body = ("Ik drink elke dinsdag koffie in het buurthuis. " * 2000)[: MAX_STORY_CHARS - 1]
    story.write_text(f"---\n{head}---\n{body}\n", encoding="utf-8")
    assert check_site(root).problems == []
