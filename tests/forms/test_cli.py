"""`welkom formulier` end to end, as the workflow calls it: files in, files out."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.forms.conftest import FIXTURES, body, snapshot
from tests.helpers import run_cli
from welkom.forms.report import outputs
from welkom.forms.run import CONVERTERS

EPOCH = "1795435200"  # 2026-11-23 in Amsterdam: the example site's "today"


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)


def formulier(
    capsys: pytest.CaptureFixture[str], site: Path, tmp_path: Path, text: str, *extra: str
) -> tuple[int, dict[str, str], Path]:
    code, values, out, _ = formulier_run(capsys, site, tmp_path, text, *extra)
    return code, values, out


def formulier_run(
    capsys: pytest.CaptureFixture[str], site: Path, tmp_path: Path, text: str, *extra: str
) -> tuple[int, dict[str, str], Path, str]:
    out = tmp_path / "uit"
    source = tmp_path / "issue.md"
    source.write_text(text, encoding="utf-8")
    result = run_cli(
        capsys,
        "--map",
        str(site),
        "formulier",
        str(source),
        "--issue",
        "12",
        "--pr-tekst",
        str(out / "pr.md"),
        "--uitvoer",
        str(out / "github-output"),
        "--reactie",
        str(out / "reactie.md"),
        *extra,
    )
    assert "Traceback" not in result.out + result.err
    lines = (out / "github-output").read_text(encoding="utf-8").splitlines()
    return result.code, dict(line.split("=", 1) for line in lines), out, result.err


def test_a_good_form_end_to_end(
    capsys: pytest.CaptureFixture[str], site: Path, tmp_path: Path
) -> None:
    code, values, out = formulier(capsys, site, tmp_path, body("activiteit-goed"))
    assert code == 0
    assert values == {
        "status": "klaar",
        "branch": "formulier/issue-12",
        "titel": "Nieuwe activiteit: Breicafé in Kiem-Noord",
        "bestanden": "activiteiten/voorbeeldstad/kiem-noord/breicafe.yml",
    }
    assert (site / values["bestanden"]).is_file()
    expected = (FIXTURES / "activiteit-goed.pr.md").read_text(encoding="utf-8")
    assert (out / "pr.md").read_text(encoding="utf-8") == expected
    assert "De controle vond geen problemen." in (out / "reactie.md").read_text(encoding="utf-8")


def test_the_kind_given_by_the_label_wins_over_the_headings(
    capsys: pytest.CaptureFixture[str], site: Path, tmp_path: Path
) -> None:
    before = snapshot(site)
    code, values, out = formulier(
        capsys, site, tmp_path, body("activiteit-goed"), "--soort", "verhaal"
    )
    assert code == 1
    assert values["status"] == "mislukt"
    reactie = (out / "reactie.md").read_text(encoding="utf-8")
    assert "- **Titel van het verhaal:** Dit is nog leeg. Vul het in." in reactie
    assert snapshot(site) == before


def test_a_bad_form_end_to_end(
    capsys: pytest.CaptureFixture[str], site: Path, tmp_path: Path
) -> None:
    before = snapshot(site)
    code, values, out = formulier(capsys, site, tmp_path, body("activiteit-tijd-13u"))
    assert code == 1
    assert values == {
        "status": "mislukt",
        "branch": "formulier/issue-12",
        "titel": "",
        "bestanden": "",
    }
    assert snapshot(site) == before
    assert (out / "pr.md").read_text(encoding="utf-8") == ""
    assert "**Hoe laat?** Schrijf hoe laat" in (out / "reactie.md").read_text(encoding="utf-8")


def test_the_issue_text_from_stdin(
    capsys: pytest.CaptureFixture[str], site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(body("plek-goed")))
    result = run_cli(capsys, "--map", str(site), "formulier", "-")
    assert result.code == 0, result.out + result.err
    assert result.out.startswith("Gewijzigd: buurten/voorbeeldstad/kiem-noord.yml\n")


def test_an_issue_text_that_cannot_be_read(
    capsys: pytest.CaptureFixture[str], site: Path, tmp_path: Path
) -> None:
    result = run_cli(capsys, "--map", str(site), "formulier", str(tmp_path / "weg.md"))
    assert result.code == 2
    assert result.err.startswith("welkom: fout: de tekst van het issue is niet te lezen")


def test_an_error_inside_welkom_gives_a_kind_comment_and_no_traceback(
    capsys: pytest.CaptureFixture[str], site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("stuk")

    monkeypatch.delenv("WELKOM_DEBUG", raising=False)
    monkeypatch.setitem(CONVERTERS, "activiteit", broken)
    code, values, out, err = formulier_run(capsys, site, tmp_path, body("activiteit-goed"))
    assert code == 1 and values["status"] == "mislukt"
    assert "Er ging iets mis in welkom zelf. Dit is niet jouw fout." in (
        out / "reactie.md"
    ).read_text(encoding="utf-8")
    assert "(RuntimeError: stuk)" in err


def test_an_output_value_can_never_start_a_second_line() -> None:
    assert outputs({"titel": "Eén\nstatus=klaar", "x": "a\r\nb"}) == (
        "titel=Eén status=klaar\nx=a b\n"
    )
