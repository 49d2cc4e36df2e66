"""The `welkom` command line: formats, exit codes, paths, and its other commands."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import FIXTURES, REPO, copy_site, run_cli
from welkom.scaffold import PLACEHOLDERS

BAD_PLEK = FIXTURES / "bad" / "unknown-plek"
WHERE = "activiteiten/testdorp/centrum/koffie.yml"


def test_text_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = copy_site(tmp_path, overlay=BAD_PLEK)
    result = run_cli(capsys, "--map", str(root), "check")
    assert result.code == 1
    assert result.out == (
        f"{WHERE}:2:7: fout: De plek `buurthuys` staat niet in buurten/testdorp/centrum.yml. "
        "Bedoel je `buurthuis`?\n"
    )
    assert "1 fout gevonden" in result.err


def test_github_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = copy_site(tmp_path, overlay=BAD_PLEK)
    result = run_cli(capsys, "--map", str(root), "check", "--format", "github")
    assert result.out.startswith(
        f"::error file={WHERE},line=2,col=7,title=Verwijzing klopt niet (welkom ref.unknown-plek)::"
    )
    assert "Bedoel je `buurthuis`?" in result.out


def test_github_is_default_in_actions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    root = copy_site(tmp_path, overlay=BAD_PLEK)
    result = run_cli(capsys, "--map", str(root), "check")
    assert result.out.startswith("::error file=")


def test_json_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = copy_site(tmp_path, overlay=BAD_PLEK)
    result = run_cli(capsys, "--map", str(root), "check", "--format", "json")
    data = json.loads(result.out)
    assert data == [
        {
            "path": WHERE,
            "line": 2,
            "column": 7,
            "severity": "fout",
            "code": "ref.unknown-plek",
            "message": data[0]["message"],
            "field": "plek",
        }
    ]
    assert result.err == ""


def test_json_format_clean_site(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = run_cli(capsys, "--map", str(copy_site(tmp_path)), "check", "--format", "json")
    assert (result.code, json.loads(result.out)) == (0, [])


def test_paths_limit_the_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = copy_site(tmp_path, overlay=BAD_PLEK)
    other = root / "buurten" / "testdorp" / "centrum.yml"
    assert run_cli(capsys, "--map", str(root), "check", str(other)).code == 0
    bad = root / WHERE
    result = run_cli(capsys, "--map", str(root), "check", str(bad))
    assert result.code == 1 and WHERE in result.out
    folder = root / "activiteiten"
    assert run_cli(capsys, "--map", str(root), "check", str(folder)).code == 1


def test_path_is_checked_in_the_context_of_the_site(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An activity alone cannot know its plek: the whole site is loaded around it."""
    root = copy_site(tmp_path)
    result = run_cli(capsys, "--map", str(root), "check", str(root / WHERE))
    assert result.code == 0, result.out


@pytest.mark.parametrize(
    "args",
    [
        ["check", "--format", "xml"],
        ["onzin"],
        ["wanneer"],
        ["wanneer", "elke dinsdag", "--aantal", "nul"],
        ["wanneer", "elke dinsdag", "--vanaf", "17-01-2026"],
        ["nieuw", "buurt", "Geen Slug"],
        [],
    ],
)
def test_wrong_usage_exits_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    try:
        code = run_cli(capsys, *args).code
    except SystemExit as exc:  # argparse exits itself
        code = exc.code  # type: ignore[assignment]
    assert code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_missing_path_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = run_cli(capsys, "--map", str(copy_site(tmp_path)), "check", str(tmp_path / "weg.yml"))
    assert result.code == 2
    assert "bestaat niet" in result.err


def test_wanneer_prints_dates(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_cli(
        capsys,
        "wanneer",
        "elke derde zaterdag van de maand",
        "--vanaf",
        "2026-01-01",
        "--aantal",
        "3",
    )
    assert result.code == 0
    reading, *lines = result.out.splitlines()
    assert reading == "welkom leest: elke derde zaterdag van de maand"
    assert [line[:10] for line in lines] == [
        "2026-01-17",
        "2026-02-21",
        "2026-03-21",
    ]


def test_wanneer_typo(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_cli(capsys, "wanneer", "elke zatedag")
    assert result.code == 1
    assert "Bedoel je `zaterdag`?" in result.err
    assert "elke derde zaterdag van de maand" in result.err


def test_real_process_has_no_traceback(tmp_path: Path) -> None:
    """The installed entry point, as a volunteer runs it, on a file that breaks YAML."""
    root = copy_site(tmp_path, overlay=FIXTURES / "bad" / "python-tag")
    proc = subprocess.run(
        [sys.executable, "-m", "welkom.cli", "--map", str(root), "check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr + proc.stdout
    assert "koffie.yml:1:8: fout:" in proc.stdout


def test_schema_files_are_up_to_date(capsys: pytest.CaptureFixture[str]) -> None:
    """schemas/ is generated from the models; a model change must regenerate it."""
    result = run_cli(capsys, "--map", str(REPO), "schema", "--controleer")
    assert result.code == 0, result.err


def test_schema_writes_and_detects_drift(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(capsys, "--map", str(tmp_path), "schema").code == 0
    schema = json.loads((tmp_path / "schemas" / "buurt.schema.json").read_text())
    assert "sleutelfiguren" in schema["properties"]
    assert "naam" not in schema["$defs"]["Sleutelfiguur"]["properties"]
    (tmp_path / "schemas" / "buurt.schema.json").write_text("{}")
    assert run_cli(capsys, "--map", str(tmp_path), "schema", "--controleer").code == 1


@pytest.mark.parametrize(
    ("kind", "name", "path"),
    [
        ("buurt", "testdorp/noord", "buurten/testdorp/noord.yml"),
        ("activiteit", "testdorp/centrum/breicafe", "activiteiten/testdorp/centrum/breicafe.yml"),
        ("verhaal", "testdorp/centrum/nieuw-hier", "verhalen/testdorp/centrum/nieuw-hier.md"),
        ("verhaal", "samen-eten", "verhalen/samen-eten.md"),
    ],
)
def test_nieuw_writes_a_valid_file(
    kind: str, name: str, path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_site(tmp_path)
    result = run_cli(capsys, "--map", str(root), "nieuw", kind, name)
    assert result.code == 0, result.err
    assert f"Gemaakt: {path}" in result.out
    assert (root / path).read_text().count("#") >= 3  # it explains itself
    # Changed with issue 12: the new file does not pass until its example texts are replaced.
    check = run_cli(capsys, "--map", str(root), "check")
    assert check.code == 1, check.out
    text = (root / path).read_text()
    left = [p for p in PLACEHOLDERS if p in text]
    assert left
    for placeholder in left:
        assert f'voorbeeldtekst van `welkom nieuw` ("{placeholder}")' in check.out
    assert all(line.startswith(f"{path}:") for line in check.out.splitlines())
    for placeholder in left:
        text = text.replace(placeholder, "Een eigen zin van de vrijwilliger.")
    (root / path).write_text(text)
    check = run_cli(capsys, "--map", str(root), "check")
    assert check.code == 0, check.out
    again = run_cli(capsys, "--map", str(root), "nieuw", kind, name)
    assert again.code == 1 and "bestaat al" in again.err


def test_nieuw_needs_an_existing_buurt(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = run_cli(
        capsys, "--map", str(copy_site(tmp_path)), "nieuw", "activiteit", "testdorp/x/y"
    )
    assert result.code == 1
    assert "bestaat niet" in result.err
