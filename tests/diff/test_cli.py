"""`welkom verschil` through the real command line, in-process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.diff.conftest import Repo
from tests.helpers import run_cli

KOFFIE = "activiteiten/voorbeeldstad/kiem-noord/koffieochtend.yml"
TIME_LINE = (
    "Activiteit gewijzigd: tijd van Koffieochtend in De Kiem in Kiem-Noord: was 9.30–11.30, "
    "nu 9.30–11.00"
)


def test_verschil_text(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.replace(KOFFIE, "tijd: 9.30-11.30", "tijd: 9.30-11.00")
    repo.commit()
    result = run_cli(capsys, "--map", str(repo.root), "verschil", "HEAD~1", "HEAD")
    assert (result.code, result.out, result.err) == (0, TIME_LINE + "\n", "")


def test_verschil_json_is_stable_for_tools(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.replace(KOFFIE, "tijd: 9.30-11.30", "tijd: 9.30-11.00")
    repo.commit()
    result = run_cli(capsys, "--map", str(repo.root), "verschil", "HEAD~1", "--format", "json")
    assert result.code == 0
    assert json.loads(result.out) == [
        {
            "kind": "activiteit",
            "action": "changed",
            "path": KOFFIE,
            "old_path": None,
            "text": TIME_LINE,
        }
    ]


def test_verschil_without_naar_reads_the_disk(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.replace(KOFFIE, "tijd: 9.30-11.30", "tijd: 9.30-11.00")
    repo.write("activiteiten/voorbeeldstad/kiem-noord/nieuw.yml", "titel: [\n")  # untracked
    result = run_cli(capsys, "--map", str(repo.root), "verschil", "HEAD")
    assert result.code == 0
    assert result.out.splitlines() == [
        TIME_LINE,
        "Het bestand activiteiten/voorbeeldstad/kiem-noord/nieuw.yml kon niet gelezen worden; "
        "met welkom check zie je wat er mis is",
    ]


def test_verschil_with_no_data_change(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write("docs/extra.md", "# Extra\n")
    repo.commit()
    result = run_cli(capsys, "--map", str(repo.root), "verschil", "HEAD~1", "HEAD")
    assert (result.code, result.out) == (0, "Geen veranderingen in de buurtgegevens.\n")
    result = run_cli(capsys, "--map", str(repo.root), "verschil", "HEAD~1", "--format", "json")
    assert (result.code, result.out) == (0, "[]\n")


def test_unknown_revision(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    result = run_cli(capsys, "--map", str(repo.root), "verschil", "origin/bestaat-niet")
    assert result.code == 2
    assert result.out == ""
    assert result.err == (
        "welkom: fout: De git-revisie 'origin/bestaat-niet' bestaat niet. Gebruik een branch "
        "(zoals origin/main), een tag of een commit-id. Haal nieuwe branches eerst op met "
        "'git fetch'.\n"
    )


def test_verschil_outside_a_git_repository(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run_cli(capsys, "--map", str(tmp_path), "verschil", "HEAD")
    assert result.code == 2
    assert "geen git-repository" in result.err
    assert "Traceback" not in result.out + result.err


def test_verschil_starts_where_the_branch_left_main(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.git("checkout", "-q", "-b", "mijn-wijziging")
    repo.replace(KOFFIE, "tijd: 9.30-11.30", "tijd: 9.30-11.00")
    repo.commit()
    repo.git("checkout", "-q", "main")
    repo.remove("activiteiten/voorbeeldstad/kiem-noord/tuinochtend.yml")
    repo.commit("main gaat verder")
    result = run_cli(capsys, "--map", str(repo.root), "verschil", "main", "mijn-wijziging")
    assert (result.code, result.out) == (0, TIME_LINE + "\n")
