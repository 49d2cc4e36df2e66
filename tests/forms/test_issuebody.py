"""Reading the Markdown GitHub makes of a submitted issue form."""

from __future__ import annotations

import pytest

from tests.forms.conftest import body
from welkom.forms.issuebody import detect_form, parse_answers
from welkom.forms.spec import ACTIVITEIT, FORMS, PLEK, VERHAAL


def test_sections_become_answers_and_no_response_is_empty() -> None:
    answers = parse_answers(body("activiteit-goed"), ACTIVITEIT)
    assert answers.get("titel") == "Breicafé"
    assert answers.get("tijd") == "13:00 - 16:00 uur"
    assert answers.get("tot") is None  # _No response_
    assert "tot" in answers.seen
    assert answers.get("omschrijving") == (
        "Breien, haken of borduren? Neem je werkje mee en schuif aan. Beginners zijn welkom,\n"
        "er is altijd iemand die het je laat zien.\n\nEr is koffie en thee. Wol is er ook."
    )


def test_a_heading_in_a_story_that_is_no_label_stays_in_the_story() -> None:
    answers = parse_answers(body("verhaal-goed"), VERHAAL)
    story = answers.get("verhaal") or ""
    assert story.endswith("### Hoofdstuk twee\n\nDit kopje hoort bij het verhaal.")
    assert answers.checked("toestemming") == [
        "De verteller weet dat dit verhaal op de site komt, voor iedereen te lezen, en vindt "
        "dat goed."
    ]


def test_checkboxes_ticked_and_not_ticked() -> None:
    text = "### Privacy\n\n- [x] ja\n- [ ] nee\n* [X] ook"
    assert parse_answers(text, PLEK).checked("privacy") == ["ja", "ook"]
    assert parse_answers(body("verhaal-zonder-toestemming"), VERHAAL).checked("toestemming") == []


def test_windows_line_endings_and_spaces_read_the_same() -> None:
    plain = body("plek-goed")
    crlf = plain.replace("\n", "\r\n").replace("### Gemeente", "###   gemeente  ")
    assert parse_answers(crlf, PLEK).values == parse_answers(plain, PLEK).values


def test_the_first_of_two_equal_headings_counts_and_text_before_any_heading_is_ignored() -> None:
    text = "Hallo!\n\n### Gemeente\n\nDijkhoven\n\n### Gemeente\n\nVoorbeeldstad"
    answers = parse_answers(text, PLEK)
    assert answers.get("gemeente") == "Dijkhoven\n\n### Gemeente\n\nVoorbeeldstad"


def test_asking_for_a_field_the_form_does_not_have_is_a_bug() -> None:
    with pytest.raises(KeyError):
        parse_answers("", PLEK).get("verteller")


@pytest.mark.parametrize(
    ("name", "kind"),
    [("activiteit-goed", "activiteit"), ("plek-goed", "plek"), ("verhaal-goed", "verhaal")],
)
def test_the_form_is_recognised_from_its_headings(name: str, kind: str) -> None:
    assert detect_form(body(name)) is FORMS[kind]


def test_no_form_is_recognised_in_an_ordinary_issue() -> None:
    assert detect_form("### Wat is er mis?\n\nDe agenda klopt niet.") is None
