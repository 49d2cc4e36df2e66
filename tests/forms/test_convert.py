"""Sample issue bodies → files, PR text and issue comments; bad ones → no file, clear Dutch."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.forms.conftest import FIXTURES, body, copy_example_site, run, snapshot
from tests.helpers import run_cli
from welkom.forms import KLAAR, MISLUKT, PROBLEMEN
from welkom.forms.report import HOW_TO_EDIT, NO_PROBLEMS, PRIVACY_NOTE

ACTIVITEIT_YAML = """\
# yaml-language-server: $schema=../../../schemas/activiteit.schema.json
titel: Breicafé
soort: creatief
plek: buurthuis-de-kiem
wanneer: elke derde zaterdag van de maand
tijd: 13.00-16.00
vanaf: 2026-01-17
behalve: [feestdagen, 2026-07-18]
kosten: gratis
aanmelden: niet nodig
voor: iedereen
organisatie: welzijn-voorbeeldstad
omschrijving: >
  Breien, haken of borduren? Neem je werkje mee en schuif aan. Beginners zijn welkom, er is
  altijd iemand die het je laat zien.

  Er is koffie en thee. Wol is er ook.
"""

VERHAAL_MD = """\
---
titel: De sleutel van de buren
datum: 2026-10
verteller: een nieuwe bewoner
toestemming: true
samenvatting: Ik stond buiten zonder sleutel. De buren van drie hoog hielpen.
---
Ik woonde hier pas een week. Op een avond viel de deur achter me dicht.
Mijn sleutel lag binnen.

De buren van drie hoog zagen me op de trap zitten. Ze gaven me thee en belden de
woningcorporatie. Nu hebben zij een reservesleutel, en ik die van hen.

### Hoofdstuk twee

Dit kopje hoort bij het verhaal.
"""


def check_passes(capsys: pytest.CaptureFixture[str], root: Path, rel: str) -> None:
    result = run_cli(capsys, "--map", str(root), "check", str(root / rel))
    assert result.code == 0, result.out + result.err
    assert "Alles in orde" in result.err


def test_a_new_activity_becomes_exactly_this_yaml_and_passes_the_check(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outcome = run(site, "activiteit-goed")
    rel = "activiteiten/voorbeeldstad/kiem-noord/breicafe.yml"
    assert outcome.status == KLAAR, outcome.comment
    assert outcome.files == [rel]
    assert (site / rel).read_text(encoding="utf-8") == ACTIVITEIT_YAML
    assert outcome.check == []
    check_passes(capsys, site, rel)
    assert outcome.outputs() == {
        "status": "klaar",
        "branch": "formulier/issue-12",
        "titel": "Nieuwe activiteit: Breicafé in Kiem-Noord",
        "bestanden": rel,
    }


def test_the_pull_request_text_of_a_new_activity(site: Path) -> None:
    outcome = run(site, "activiteit-goed")
    expected = (FIXTURES / "activiteit-goed.pr.md").read_text(encoding="utf-8")
    assert outcome.pr_text == expected
    # What a reviewer looks for, in case the golden file is ever regenerated carelessly:
    assert "Breicafé, elke derde zaterdag van de maand, 13.00–16.00, in Buurthuis De Kiem" in (
        outcome.pr_text
    )
    assert "- Nieuw: `activiteiten/voorbeeldstad/kiem-noord/breicafe.yml`" in outcome.pr_text
    assert NO_PROBLEMS in outcome.pr_text
    assert "Gemaakt uit issue #12." in outcome.pr_text


def test_the_issue_comment_of_a_new_activity(site: Path) -> None:
    comment = run(site, "activiteit-goed").comment
    assert comment.startswith(
        "Dank je wel! Welkom heeft van je formulier een voorstel gemaakt: "
        "**Nieuwe activiteit: Breicafé in Kiem-Noord**."
    )
    assert NO_PROBLEMS in comment


def test_a_new_story_in_a_buurt(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    outcome = run(site, "verhaal-goed")
    rel = "verhalen/voorbeeldstad/kiem-noord/de-sleutel-van-de-buren.md"
    assert outcome.status == KLAAR, outcome.comment
    assert outcome.files == [rel]
    assert (site / rel).read_text(encoding="utf-8") == VERHAAL_MD
    assert outcome.title == "Nieuw verhaal: De sleutel van de buren in Kiem-Noord"
    assert "Het verhaal ‘De sleutel van de buren’, verteld door een nieuwe bewoner" in (
        outcome.pr_text
    )
    check_passes(capsys, site, rel)


def test_a_story_without_buurt_and_date_gets_this_month(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = body("verhaal-zonder-toestemming").replace("- [ ] De verteller", "- [X] De verteller")
    outcome = run(site, text)
    assert outcome.status == KLAAR, outcome.comment
    assert outcome.files == ["verhalen/samen-de-trap-op.md"]
    written = (site / "verhalen/samen-de-trap-op.md").read_text(encoding="utf-8")
    assert written.startswith("---\ntitel: Samen de trap op\ndatum: 2026-11\n")
    assert outcome.title == "Nieuw verhaal: Samen de trap op"
    check_passes(capsys, site, "verhalen/samen-de-trap-op.md")


def test_a_plek_change_touches_only_the_changed_lines(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rel = "buurten/voorbeeldstad/kiem-noord.yml"
    before = (site / rel).read_text(encoding="utf-8").split("\n")
    outcome = run(site, "plek-goed")
    assert outcome.status == KLAAR, outcome.comment
    assert outcome.files == [rel]
    after = (site / rel).read_text(encoding="utf-8").split("\n")
    # Lines 1-15 and everything after toegankelijk (line 19 before) are byte-identical.
    assert after[:15] == before[:15]
    assert after[20:] == before[19:]
    assert after[15:20] == [
        "      - ma, wo, vr 10.00-16.00",
        "      - do 19.00-22.00",
        "      - za 10.00-12.00",
        "    gesloten: [2026-12-25, 2026-12-26, 2026-12-31, 2027-01-01]",
        "    toegankelijk: [rolstoel, invalidentoilet, ringleiding, lift]",
    ]
    assert outcome.title == "Plek gewijzigd: Buurthuis De Kiem in Kiem-Noord"
    assert "- Openingstijden: ma, wo en vr 10.00–16.00 · do 19.00–22.00 · za 10.00–12.00" in (
        outcome.pr_text
    )
    assert "- Dagen dicht: erbij 31 december 2026" in outcome.pr_text
    assert "Vanaf januari zijn we ook op zaterdag open." in outcome.pr_text  # the toelichting
    assert "- Gewijzigd: `buurten/voorbeeldstad/kiem-noord.yml`" in outcome.pr_text
    check_passes(capsys, site, rel)


def test_a_plek_change_to_what_is_already_there_writes_nothing(site: Path) -> None:
    text = body("plek-goed")
    text = text.replace("ma, wo, vr 10.00-16.00\ndo 19.00-22.00\nza 10.00-12.00", "_No response_")
    text = text.replace("2026-12-31, 2026-12-25", "2026-12-25")
    text = text.replace("Invalidentoilet, Ringleiding, Lift", "Invalidentoilet, Ringleiding")
    before = snapshot(site)
    outcome = run(site, text)
    assert outcome.status == MISLUKT
    assert "Dit staat al zo op de site. Er hoeft niets te veranderen." in outcome.comment
    assert snapshot(site) == before


# (sample, the field's label as shown, the words the comment must contain)
BAD = [
    (
        "activiteit-buurt-onbekend",
        "Buurt:",
        "De buurt ‘Kiem Nord’ vinden we niet in Voorbeeldstad. Bedoel je Kiem-Noord?",
    ),
    (
        "activiteit-tijd-13u",
        "Hoe laat?",
        "Schrijf hoe laat het begint én hoe laat het klaar is, zoals 13.00-16.00. Is er geen "
        "vaste eindtijd? Schrijf dan ‘vanaf 13.00’.",
    ),
    (
        "activiteit-wanneer-onbekend",
        "Wanneer is het?",
        "We begrijpen `elke 3e zatedag` niet. Het woord `zatedag` kennen we niet. Bedoel je "
        "`zaterdag`?",
    ),
    (
        "verhaal-zonder-toestemming",
        "Toestemming:",
        "Zonder toestemming van de verteller zetten we het verhaal niet online.",
    ),
    ("activiteit-06-nummer", "Wat gaan jullie doen?", "Hier staat een mobiel nummer (06-…)."),
    ("activiteit-email", "Wat gaan jullie doen?", "Hier staat een e-mailadres."),
    (
        "plek-onbekend",
        "Welke plek wil je veranderen?",
        "De plek ‘Buurthuis de Kiem Noord’ vinden we niet in Kiem-Noord. Bedoel je Buurthuis "
        "De Kiem of Repair Café Kiem-Noord?",
    ),
]


@pytest.mark.parametrize(("sample", "label", "words"), BAD, ids=[b[0] for b in BAD])
def test_a_bad_form_writes_nothing_and_says_what_to_fix(
    site: Path, sample: str, label: str, words: str
) -> None:
    before = snapshot(site)
    outcome = run(site, sample)
    assert snapshot(site) == before
    assert outcome.status == MISLUKT
    assert outcome.files == [] and outcome.pr_text == ""
    assert outcome.outputs()["bestanden"] == ""
    assert f"- **{label}** {words}" in outcome.comment, outcome.comment
    assert outcome.comment.startswith(
        "Dank je wel voor het invullen! Welkom kon er nog geen voorstel van maken."
    )
    assert HOW_TO_EDIT in outcome.comment


@pytest.mark.parametrize("sample", ["activiteit-06-nummer", "activiteit-email"])
def test_personal_data_is_not_repeated_and_the_issue_must_be_cleaned_too(
    site: Path, sample: str
) -> None:
    comment = run(site, sample).comment
    assert PRIVACY_NOTE in comment
    assert "12345678" not in comment and "kookclub.kiem" not in comment


def test_missing_required_answers_and_an_unticked_privacy_box(site: Path) -> None:
    text = body("activiteit-goed")
    text = text.replace("Breicafé", "_No response_", 1)
    text = text.replace("- [X] Ik heb geen namen", "- [ ] Ik heb geen namen")
    outcome = run(site, text)
    assert outcome.status == MISLUKT
    assert "- **Hoe heet de activiteit?** Dit is nog leeg. Vul het in." in outcome.comment
    assert "- **Privacy:** Zet het vinkje bij Privacy." in outcome.comment


def test_what_the_model_refuses_is_not_written(site: Path) -> None:
    before = snapshot(site)
    outcome = run(site, body("activiteit-goed").replace("Breicafé", "Breicafé " * 30, 1))
    assert outcome.status == MISLUKT
    assert (
        "- **Hoe heet de activiteit?** De tekst bij `titel` is te lang (200 tekens is de grens)."
        in outcome.comment
    )
    assert snapshot(site) == before


def test_om_de_week_needs_a_first_date(site: Path) -> None:
    text = body("activiteit-goed").replace(
        "elke derde zaterdag van de maand", "om de week op woensdag"
    )
    text = text.replace("17 januari 2026", "_No response_")
    outcome = run(site, text)
    assert outcome.status == MISLUKT
    assert (
        "- **Eerste keer:** Bij ‘om de week op woensdag’ moeten we weten in welke week het "
        "begint." in outcome.comment
    )


def test_a_buurt_by_page_address_slug_or_name(site: Path) -> None:
    for buurt in (
        "https://welkom.example.org/voorbeeldstad/kiem-noord/agenda/",
        "welkom.example.org/voorbeeldstad/kiem-noord",
        "kiem-noord",
        "KIEM NOORD",
    ):
        outcome = run(
            copy_example_site(site.parent / buurt.replace("/", "_")),
            body("activiteit-goed").replace("\nKiem-Noord\n", f"\n{buurt}\n"),
        )
        assert outcome.status == KLAAR, (buurt, outcome.comment)
        assert outcome.files == ["activiteiten/voorbeeldstad/kiem-noord/breicafe.yml"]


def test_an_address_of_another_gemeente_than_the_one_filled_in(site: Path) -> None:
    text = body("activiteit-goed").replace(
        "\nKiem-Noord\n", "\nhttps://welkom.example.org/dijkhoven/oude-kern/\n"
    )
    outcome = run(site, text)
    assert outcome.status == MISLUKT
    assert (
        "Het adres hoort bij de gemeente Dijkhoven, maar bij Gemeente staat ‘Voorbeeldstad’."
        in outcome.comment
    )


def test_an_unknown_gemeente_gets_close_matches(site: Path) -> None:
    outcome = run(site, body("activiteit-goed").replace("Voorbeeldstad\n", "Voorbeeldstadt\n", 1))
    assert "De gemeente ‘Voorbeeldstadt’ vinden we niet. Bedoel je Voorbeeldstad?" in (
        outcome.comment
    )


def test_a_plek_of_another_buurt_in_the_same_gemeente(site: Path) -> None:
    # The Lindeflat's portiekcafé is in Kiem-Noord; an activity in Havenbuurt may meet there.
    text = body("activiteit-goed").replace("\nKiem-Noord\n", "\nHavenbuurt\n")
    text = text.replace("buurthuis de kiem", "Portiekcafé Lindeflat")
    outcome = run(site, text)
    assert outcome.status == KLAAR, outcome.comment
    written = (site / outcome.files[0]).read_text(encoding="utf-8")
    assert "plek: kiem-noord/portiekcafe-lindeflat\n" in written


def test_the_same_title_twice_gets_a_new_file_name(site: Path) -> None:
    text = body("activiteit-goed").replace("Breicafé", "Repair Café", 1)
    outcome = run(site, text)
    assert outcome.files == ["activiteiten/voorbeeldstad/kiem-noord/repair-cafe-2.yml"]
    assert (
        "**Let op:** In Kiem-Noord staat al een activiteit met het bestand "
        "activiteiten/voorbeeldstad/kiem-noord/repair-cafe.yml. Is het dezelfde activiteit?"
        in outcome.pr_text
    )


def test_a_story_with_a_photo_is_refused(site: Path) -> None:
    text = body("verhaal-goed").replace(
        "Mijn sleutel lag binnen.", "![deur](https://github.com/user-attachments/assets/x.png)"
    )
    outcome = run(site, text)
    assert outcome.status == MISLUKT
    assert "In het verhaal staat een foto of plaatje." in outcome.comment


def test_a_name_as_storyteller_is_refused(site: Path) -> None:
    outcome = run(site, body("verhaal-goed").replace("een nieuwe bewoner", "Piet"))
    assert outcome.status == MISLUKT
    assert "- **Wie vertelt het verhaal?** Schrijf een rol, geen naam" in outcome.comment


def test_a_written_file_the_check_finds_wrong_is_still_proposed(site: Path) -> None:
    # A problem that was already in the buurt file before the change: the pull request and
    # the comment list it, with what to do, instead of hiding it.
    rel = site / "buurten/voorbeeldstad/kiem-noord.yml"
    rel.write_text(
        rel.read_text(encoding="utf-8").replace("rol: wijkagent", "rol: wijkagnet\n    naam: x"),
        encoding="utf-8",
    )
    outcome = run(site, "plek-goed")
    assert outcome.status == PROBLEMEN, outcome.comment
    assert "De controle vond iets dat nog anders moet:" in outcome.pr_text
    assert "- `buurten/voorbeeldstad/kiem-noord.yml` regel " in outcome.pr_text
    assert "De controle vond nog iets dat anders moet:" in outcome.comment


def test_user_text_cannot_mention_people_or_close_other_issues(site: Path) -> None:
    text = body("activiteit-goed").replace("Kiem-Noord", "@beheerders closes #3 <img src=x>")
    comment = run(site, text).comment
    assert "@beheerders" not in comment and "#3" not in comment and "<img" not in comment
    assert "@\u2060beheerders closes #\u20603 &lt;img src=x&gt;" in comment


def test_the_same_form_gives_byte_identical_files(tmp_path: Path) -> None:
    texts = []
    for n in (1, 2):
        root = copy_example_site(tmp_path / f"site{n}")
        outcome = run(root, "activiteit-goed")
        texts.append((outcome.pr_text, outcome.comment, snapshot(root)))
    assert texts[0] == texts[1]


def test_an_unknown_form(site: Path) -> None:
    outcome = run(site, "### Iets anders\n\nHallo")
    assert outcome.status == MISLUKT
    assert "Welkom herkent dit formulier niet." in outcome.comment


def test_an_unknown_plek_gets_a_shared_word_or_the_whole_list() -> None:
    """'de moestuin' is not spelled like 'Buurtmoestuin Het Veld', but clearly means it."""
    from welkom.forms.lookup import Choice, NotFound, find

    choices = [
        Choice("buurthuis-de-kiem", "Buurthuis De Kiem"),
        Choice("moestuin-het-veld", "Buurtmoestuin Het Veld"),
        Choice("speeltuin", "Speeltuin De Kiemspeler"),
    ]
    with pytest.raises(NotFound, match="Bedoel je Buurtmoestuin Het Veld\\?"):
        find("de moestuin", choices, "plek", "plekken", "Kiem-Noord")
    with pytest.raises(NotFound, match="Je kunt kiezen uit: Buurthuis De Kiem, Buurtmoestuin"):
        find("het wijkcentrum", choices, "plek", "plekken", "Kiem-Noord")
