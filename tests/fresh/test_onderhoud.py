"""`welkom onderhoud`: the maintenance list per gemeente and buurt, most urgent first."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.helpers import run_cli

FIXTURE = Path(__file__).parent / "fixtures" / "nakijken"
REPO_URL = "https://github.com/voorbeeld/welkom"
EDIT = f"{REPO_URL}/edit/main/"


@pytest.fixture(autouse=True)
def _no_actions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_REPOSITORY", raising=False)
    monkeypatch.delenv("GITHUB_SERVER_URL", raising=False)


def _run(capsys: pytest.CaptureFixture[str], *args: str, root: Path = FIXTURE):  # type: ignore[no-untyped-def]
    return run_cli(capsys, "--map", str(root), "onderhoud", "--vandaag", "2026-11-23", *args)


def test_text_most_urgent_first_with_edit_links(capsys: pytest.CaptureFixture[str]) -> None:
    result = _run(capsys, "--repo", REPO_URL)
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0] == (
        "Voorbeeldstad (23 november 2026): 1 voorbij, 2 om na te kijken, 1 met een datum in de "
        "toekomst, 2 bestanden nog nooit nagekeken."
    )
    items = [
        line.strip() for line in lines if line.startswith("    ") and not line.startswith("      ")
    ]
    assert items == [
        "Voorbij: activiteit 'Zomerbios', laatste keer 28 augustus 2026. Haal het bestand weg "
        "(of zet er nieuwe datums in).",
        "Nakijken: plek 'Inloop De Hoek', laatst nagekeken in mei 2024 (elke 12 maanden).",
        "Nakijken: sleutelfiguur 'de huismeester', laatst nagekeken in juli 2026 (elke 3 maanden).",
        "Verbeteren: bij hulplijn 'Inloopspreekuur' staat als nagekeken maart 2027, een maand in "
        "de toekomst.",
        "Nog nooit nagekeken: de activiteit.",
        "Nog nooit nagekeken: 1 sleutelfiguur.",
    ]
    assert "      activiteiten/voorbeeldstad/kiem-noord/zomerbios.yml:6" in lines
    assert f"      {EDIT}buurten/voorbeeldstad/kiem-noord.yml" in lines


def test_renewing_takes_an_item_off_the_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = shutil.copytree(FIXTURE, tmp_path / "site")
    buurt = root / "buurten/voorbeeldstad/kiem-noord.yml"
    buurt.write_text(
        buurt.read_text(encoding="utf-8").replace(
            "gecontroleerd: 2024-05", "gecontroleerd: 2026-11"
        ),
        encoding="utf-8",
    )
    result = _run(capsys, root=root)
    assert "Inloop De Hoek" not in result.out
    assert "1 om na te kijken" in result.out


def test_one_buurt_and_a_later_day(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_cli(
        capsys,
        "--map",
        str(FIXTURE),
        "onderhoud",
        "voorbeeldstad/kiem-noord",
        "--vandaag",
        "2026-11-29",
    )
    assert "Voorbij: activiteit 'Lampionnen maken', laatste keer 28 november 2026." in result.out
    assert "Gemeente Voorbeeldstad" not in result.out  # the gemeente's own file is not asked


def test_unknown_scope(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "nergensstad").code == 2
    result = _run(capsys, "voorbeeldstad/nergens")
    assert (result.code, result.err) == (
        2,
        "welkom: fout: de buurt `voorbeeldstad/nergens` bestaat niet.\n",
    )


def test_markdown_files_for_the_workflow(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "onderhoud"
    result = _run(capsys, "--format", "markdown", "--uit", str(out), "--repo", REPO_URL)
    assert result.code == 0
    assert (out / "gemeenten.tsv").read_text(
        encoding="utf-8"
    ) == "voorbeeldstad\tVoorbeeldstad\t6\n"
    body = (out / "voorbeeldstad.md").read_text(encoding="utf-8")
    assert body.startswith("Bijgewerkt op 23 november 2026: 1 voorbij, 2 om na te kijken")
    assert "### Kiem-Noord" in body
    assert (
        "- Nakijken: plek 'Inloop De Hoek', laatst nagekeken in mei 2024 (elke 12 maanden). "
        f"`buurten/voorbeeldstad/kiem-noord.yml:14` · [bewerken]({EDIT}buurten/voorbeeldstad/"
        "kiem-noord.yml)"
    ) in body


def test_repository_from_mkdocs_yml_or_actions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = shutil.copytree(FIXTURE, tmp_path / "site")
    (root / "mkdocs.yml").write_text(
        "site_name: x\nplugins:\n  - welkom:\n      repo_url: https://github.com/a/b/\n"
        "markdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:x.y\n",
        encoding="utf-8",
    )
    assert "https://github.com/a/b/edit/main/buurten/" in _run(capsys, root=root).out
    monkeypatch.setenv("GITHUB_SERVER_URL", "https://github.com")
    monkeypatch.setenv("GITHUB_REPOSITORY", "c/d")
    assert "https://github.com/c/d/edit/main/buurten/" in _run(capsys, root=root).out


def test_nothing_to_do() -> None:
    import datetime as dt

    from welkom.fresh.output import format_text

    assert format_text([], dt.date(2026, 11, 23), "", "main") == (
        "Niets te doen op 23 november 2026: alles is nagekeken en niets is voorbij."
    )


def test_the_workflow_runs_this_command_and_reads_its_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """onderhoud.yml calls `welkom onderhoud` with options that exist and reads what it writes."""
    import shlex

    import yaml

    from tests.helpers import REPO

    workflow = yaml.safe_load((REPO / ".github/workflows/onderhoud.yml").read_text("utf-8"))
    steps = workflow["jobs"]["onderhoud"]["steps"]
    (make,) = [s for s in steps if str(s.get("run", "")).startswith("welkom onderhoud")]
    args = shlex.split(make["run"].replace("$RUNNER_TEMP", str(tmp_path)).replace("$TAK", "main"))
    result = run_cli(capsys, "--map", str(FIXTURE), *args[1:], "--vandaag", "2026-11-23")
    assert result.code == 0
    script = next(s["run"] for s in steps if "gemeenten.tsv" in str(s.get("run", "")))
    assert '"$lijst/$id.md"' in script
    assert (tmp_path / "onderhoud" / "gemeenten.tsv").is_file()
    assert (tmp_path / "onderhoud" / "voorbeeldstad.md").is_file()
