"""Markdown for the job summary: volunteers' words stay words, never links, HTML or mentions."""

from __future__ import annotations

from tests.diff.conftest import Repo
from welkom.diff import format_differences
from welkom.problems import Problem, Severity, code_span, escape_markdown, format_problems


def test_escape_markdown() -> None:
    assert escape_markdown("*Kook* mee_met <b>ons</b> [hier](https://x.example) @buurman #12") == (
        r"\*Kook\* mee\_met \<b\>ons\</b\> \[hier\](https://x.example) \@buurman \#12"
    )
    assert escape_markdown("13.00–16.00, € 2,50 (gratis voor kinderen)") == (
        "13.00–16.00, € 2,50 (gratis voor kinderen)"
    )


def test_code_span_survives_backticks() -> None:
    assert code_span("buurten/a.yml") == "`buurten/a.yml`"
    assert code_span("raar`bestand.yml") == "``raar`bestand.yml``"
    assert code_span("`x") == "`` `x ``"


def test_problems_as_markdown() -> None:
    problems = [
        Problem(
            "activiteiten/voorbeeldstad/kiem-noord/koffie.yml",
            5,
            10,
            Severity.ERROR,
            "when.unknown",
            "We begrijpen `elke zatedag` niet.\nBedoel je `zaterdag`? Zie <uitleg> *hier*.",
        ),
        Problem("buurten/x.yml", 1, 1, Severity.WARNING, "site.x", "Let op: 50% _klaar_."),
    ]
    assert format_problems(problems, "markdown") == (
        "- **Fout** in `activiteiten/voorbeeldstad/kiem-noord/koffie.yml`, regel 5: We begrijpen "
        "`elke zatedag` niet. Bedoel je `zaterdag`? Zie \\<uitleg\\> \\*hier\\*.\n"
        "- **Waarschuwing** in `buurten/x.yml`, regel 1: Let op: 50% \\_klaar\\_."
    )
    assert format_problems([], "markdown") == ""


def test_volunteer_text_is_escaped_in_the_grouped_list(repo: Repo) -> None:
    repo.write(
        "activiteiten/voorbeeldstad/kiem-noord/kook.yml",
        "titel: '*Samen* koken <script> [klik](https://x.example) @iedereen'\n"
        "plek: buurthuis-de-kiem\nwanneer: elke woensdag\ntijd: 17.00-19.00\n",
    )
    repo.replace("buurten/_landelijk.yml", "telefoon: 0800-0113", "telefoon: 113")
    repo.commit()
    assert format_differences(repo.compare(), "markdown") == (
        "**Landelijk**\n"
        "\n"
        "- Landelijke organisatie gewijzigd: telefoonnummer van 113 Zelfmoordpreventie: was "
        "0800-0113, nu 113\n"
        "\n"
        "**Kiem-Noord (Voorbeeldstad)**\n"
        "\n"
        "- Nieuwe activiteit: \\*Samen\\* koken \\<script\\> \\[klik\\](https://x.example) "
        "\\@iedereen in Kiem-Noord, elke woensdag, 17.00–19.00, bij Buurthuis De Kiem"
    )
