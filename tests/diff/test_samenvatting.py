"""`welkom samenvatting`: the whole job summary of a pull request, on real git repositories."""

from __future__ import annotations

import pytest

from tests.diff.conftest import Repo
from tests.helpers import run_cli
from welkom.commands.samenvatting import NO_DATA, PREVIEW

KOFFIE = "activiteiten/voorbeeldstad/kiem-noord/koffieochtend.yml"
TIME_LINE = (
    "Activiteit gewijzigd: tijd van Koffieochtend in De Kiem in Kiem-Noord: was 9.30–11.30, "
    "nu 9.30–11.00"
)


def test_samenvatting_with_a_change_and_a_problem(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.git("checkout", "-q", "-b", "nieuwe-tijd")
    repo.replace(KOFFIE, "tijd: 9.30-11.30", "tijd: 9.30-11.00")
    repo.replace(KOFFIE, "wanneer: maandag en donderdag", "wanneer: maandag en donderdga")
    repo.commit()
    repo.replace(KOFFIE, "wanneer: maandag en donderdga", "wanneer: maandag en donderdag")
    result = run_cli(capsys, "--map", str(repo.root), "samenvatting", "main")
    assert result.code == 0
    assert result.out == (
        "## Wat deze pull request doet\n\n"
        "### Wat verandert er\n\n"
        "**Kiem-Noord (Voorbeeldstad)**\n\n"
        f"- {TIME_LINE}\n\n"
        "### Wat moet nog anders\n\n"
        "Alles in orde: 1 gewijzigd bestand gecontroleerd, met wat ernaar verwijst. Je hoeft "
        "niets meer aan te passen.\n\n"
        f"### Bekijken\n\n{PREVIEW}\n"
    )
    repo.replace(KOFFIE, "wanneer: maandag en donderdag", "wanneer: maandag en donderdga")
    result = run_cli(capsys, "--map", str(repo.root), "samenvatting", "main")
    assert result.code == 0  # the check step fails the job, not the summary
    assert (
        "### Wat moet nog anders\n\n"
        "Er is 1 fout. Een fout moet je oplossen, anders kan de wijziging niet online. Pas het "
        "bestand aan in deze pull request; daarna wordt alles opnieuw gecontroleerd.\n\n"
        f"- **Fout** in `{KOFFIE}`, regel 5: We begrijpen "
    ) in result.out
    assert "Kiem-Noord (Voorbeeldstad)" in result.out
    assert "kon niet gelezen worden; zie de meldingen hieronder" in result.out


def test_samenvatting_without_data_changes(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write("docs/meedoen.md", "# Meedoen\n")
    repo.commit()
    result = run_cli(capsys, "--map", str(repo.root), "samenvatting", "HEAD~1", "HEAD")
    assert result.code == 0
    assert f"### Wat verandert er\n\n{NO_DATA}\n\n" in result.out
    assert (
        "### Wat moet nog anders\n\nNiets. Er zijn geen buurtgegevens gewijzigd, dus er was niets "
        "te controleren.\n\n"
    ) in result.out


def test_samenvatting_compares_from_where_the_branch_started(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    """Work that landed on main after the branch started is not this pull request's change."""
    repo.git("checkout", "-q", "-b", "pr")
    repo.replace(KOFFIE, "tijd: 9.30-11.30", "tijd: 9.30-11.00")
    repo.commit("pr")
    repo.git("checkout", "-q", "main")
    repo.write(
        "verhalen/later.md",
        "---\ntitel: Later\ndatum: 2026-11\nverteller: iemand\ntoestemming: true\n---\nTekst.\n",
    )
    repo.commit("main moves on")
    repo.git("checkout", "-q", "pr")
    result = run_cli(capsys, "--map", str(repo.root), "samenvatting", "main")
    assert f"- {TIME_LINE}\n" in result.out
    assert "Later" not in result.out


def test_unknown_revision(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    result = run_cli(capsys, "--map", str(repo.root), "samenvatting", "origin/bestaat-niet")
    assert (result.code, result.out) == (2, "")
    assert result.err.startswith("welkom: fout: De git-revisie 'origin/bestaat-niet' bestaat niet.")


def test_errors_and_warnings_are_counted_and_explained() -> None:
    from welkom.commands.samenvatting import summary_markdown
    from welkom.problems import Problem, Severity

    problems = [
        Problem(KOFFIE, 5, 10, Severity.ERROR, "when.unknown", "We begrijpen `x` niet."),
        Problem(KOFFIE, 7, 1, Severity.WARNING, "privacy.maybe", "Is dit een *naam*?"),
    ]
    text = summary_markdown([], problems, 1)
    assert (
        "### Wat moet nog anders\n\n"
        "Er zijn 1 fout en 1 waarschuwing. Een fout moet je oplossen, anders kan de wijziging "
        "niet online. Pas het bestand aan in deze pull request; daarna wordt alles opnieuw "
        "gecontroleerd. Een waarschuwing is een tip: kijk of je er iets mee moet.\n\n"
        f"- **Fout** in `{KOFFIE}`, regel 5: We begrijpen `x` niet.\n"
        f"- **Waarschuwing** in `{KOFFIE}`, regel 7: Is dit een \\*naam\\*?\n\n"
        "### Bekijken"
    ) in text
