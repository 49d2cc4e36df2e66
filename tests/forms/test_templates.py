"""The issue form templates: they match the converter, ask for nothing personal, and every
field they ask for ends up somewhere (no answer is silently ignored)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.forms.conftest import body, copy_example_site, run
from tests.helpers import REPO
from welkom.check.privacy import scan_text
from welkom.forms import FORMS, KLAAR, MISLUKT, Form
from welkom.forms.issuebody import NO_RESPONSE

TEMPLATES = REPO / ".github" / "ISSUE_TEMPLATE"
GOOD = {"activiteit": "activiteit-goed", "plek": "plek-goed", "verhaal": "verhaal-goed"}

# Words that ask for a person's data. A field whose id or label holds one of them asks for
# personal data, whatever the help text says. (A plek's public address and telephone number
# are left out of the forms on purpose, see the comment at the top of plek-wijzigen.yml.)
FORBIDDEN = re.compile(
    r"naam|name|voornaam|achternaam|telefoon|phone|mobiel|\b06\b|e-?mail|\bmail|adres|address|"
    r"postcode|huisnummer|woonplaats|geboor|birth|leeftijd|\bbsn\b|iban|rekening|"
    r"contactpersoon|whatsapp|instagram|facebook",
    re.IGNORECASE,
)
# Fields that match a word above but are about a public thing, each with the reason.
NOT_A_PERSON = {
    ("plek", "naam"): "the new name of a public place (its label: 'Hoe heet de plek nu?')",
}
WARNING = "Namen en telefoonnummers van mensen zijn niet toegestaan."


def template(form: Form) -> dict[str, Any]:
    return yaml.safe_load((TEMPLATES / form.template).read_text(encoding="utf-8"))


def fields(form: Form) -> list[dict[str, Any]]:
    return [e for e in template(form)["body"] if e["type"] != "markdown"]


FORM_LIST = list(FORMS.values())
FORM_IDS = [f.kind for f in FORM_LIST]


def test_there_are_exactly_these_templates_and_no_blank_issues() -> None:
    names = sorted(p.name for p in TEMPLATES.glob("*.yml"))
    assert names == sorted(["config.yml", "klopt-niet.yml", *(f.template for f in FORM_LIST)])
    config = yaml.safe_load((TEMPLATES / "config.yml").read_text(encoding="utf-8"))
    assert config["blank_issues_enabled"] is False
    assert [link["url"] for link in config["contact_links"]] == [
        "https://welkom.example.org/meedoen/"
    ]


@pytest.mark.parametrize("form", FORM_LIST, ids=FORM_IDS)
def test_the_template_matches_the_converter_field_for_field(form: Form) -> None:
    data = template(form)
    assert data["name"] == form.name
    assert data["labels"] == [form.label]
    found = [(e["id"], e["attributes"]["label"], _required(e), _options(e)) for e in fields(form)]
    expected = [(f.id, f.label, f.required, list(f.choices)) for f in form.fields]
    assert found == expected


def _required(element: dict[str, Any]) -> bool:
    if element["type"] == "checkboxes":
        return all(o.get("required", False) for o in element["attributes"]["options"])
    return bool(element.get("validations", {}).get("required", False))


def _options(element: dict[str, Any]) -> list[str]:
    options = element["attributes"].get("options", [])
    return [o["label"] if isinstance(o, dict) else o for o in options]


@pytest.mark.parametrize("form", FORM_LIST, ids=FORM_IDS)
def test_no_field_asks_for_personal_data(form: Form) -> None:
    for element in fields(form):
        if (form.kind, element["id"]) in NOT_A_PERSON:
            continue
        for text in (element["id"], element["attributes"]["label"]):
            assert not FORBIDDEN.search(text), f"{form.template}: {element['id']}: {text!r}"


@pytest.mark.parametrize("form", FORM_LIST, ids=FORM_IDS)
def test_no_example_in_a_form_is_personal_data(form: Form) -> None:
    for element in fields(form):
        attributes = element["attributes"]
        for key in ("placeholder", "value"):
            if key in attributes:
                findings = scan_text(str(attributes[key]))
                assert findings == [], (form.template, element["id"], findings)


@pytest.mark.parametrize("form", FORM_LIST, ids=FORM_IDS)
def test_every_form_says_names_and_phone_numbers_are_not_allowed(form: Form) -> None:
    intro = " ".join(
        e["attributes"]["value"] for e in template(form)["body"] if e["type"] == "markdown"
    )
    assert WARNING in intro
    assert "voor iedereen te zien" in intro


def test_the_story_form_needs_consent_and_asks_for_a_role() -> None:
    by_id = {e["id"]: e for e in fields(FORMS["verhaal"])}
    consent = by_id["toestemming"]
    assert consent["type"] == "checkboxes"
    assert [o["required"] for o in consent["attributes"]["options"]] == [True]
    teller = by_id["verteller"]["attributes"]
    assert "niet hoe die heet" in teller["description"]
    assert teller["placeholder"] == "een nieuwe bewoner"


def test_buurt_and_gemeente_are_free_text() -> None:
    for form in FORM_LIST:
        types = {e["id"]: e["type"] for e in fields(form)}
        assert types["buurt"] == types["gemeente"] == "input"


# For every field: another answer than in the good sample. A converter that ignores a field
# gives the same result with it; every field must change the file, the outcome, or (for the
# note to the maintainers) the pull request text.
OTHER_ANSWER: dict[str, dict[str, str]] = {
    "activiteit": {
        "titel": "Haakcafé",
        "gemeente": "Dijkhoven",
        "buurt": "Havenbuurt",
        "plek": "Repair Café Kiem-Noord",
        "soort": "Koffie en praten",
        "wanneer": "elke laatste vrijdag van de maand",
        "tijd": "19.00-21.00",
        "vanaf": "2026-02-01",
        "tot": "2026-12-31",
        "behalve": "2026-08-21",
        "kosten": "€ 1",
        "aanmelden": "bij de balie",
        "voor": "volwassenen",
        "organisatie": "Woonstichting Voorbeeld",
        "omschrijving": "Haken en kletsen.",
        "privacy": "- [ ] x",
    },
    "plek": {
        "gemeente": "Dijkhoven",
        "buurt": "Havenbuurt",
        "plek": "Portiekcafé Lindeflat",
        "naam": "Buurthuis De Nieuwe Kiem",
        "soort": "Wijkcentrum",
        "open": "di 09.00-12.00",
        "gesloten": "2027-04-27",
        "toegankelijk": "Lift",
        "omschrijving": "Een nieuwe beschrijving.",
        "website": "https://www.voorbeeld.nl/de-kiem",
        "toelichting": "Graag voor de kerst.",
        "privacy": "- [ ] x",
    },
    "verhaal": {
        "titel": "Thee op de trap",
        "gemeente": "Dijkhoven",
        "buurt": "Molenkwartier",
        "verteller": "een buurvrouw",
        "datum": "maart 2026",
        "samenvatting": "Een andere zin.",
        "verhaal": "Een ander verhaal.",
        "toestemming": "- [ ] x",
        "privacy": "- [ ] x",
    },
}
PULL_REQUEST_ONLY = {("plek", "toelichting")}


def test_the_other_answers_cover_every_field() -> None:
    for form in FORM_LIST:
        assert set(OTHER_ANSWER[form.kind]) == {f.id for f in form.fields}, form.kind


def replace_answer(form: Form, text: str, label: str, answer: str) -> str:
    """``text`` with the answer under ``### label`` replaced (up to the next label)."""
    labels = "|".join(re.escape(f.label) for f in form.fields)
    pattern = re.compile(
        rf"(### {re.escape(label)}\n\n)(.*?)(?=\n\n### (?:{labels})\n|\Z)", re.DOTALL
    )
    new, count = pattern.subn(lambda m: m[1] + answer, text)
    assert count == 1, label
    return new


@pytest.mark.parametrize("form", FORM_LIST, ids=FORM_IDS)
def test_every_field_is_used_by_the_converter(form: Form, tmp_path: Path) -> None:
    sample = body(GOOD[form.kind])
    base = run(copy_example_site(tmp_path / "base"), sample)
    assert base.status == KLAAR, base.comment
    base_files = {p: (tmp_path / "base" / p).read_text(encoding="utf-8") for p in base.files}
    for f in form.fields:
        other = replace_answer(form, sample, f.label, OTHER_ANSWER[form.kind][f.id])
        root = copy_example_site(tmp_path / f.id)
        outcome = run(root, other)
        if (form.kind, f.id) in PULL_REQUEST_ONLY:
            assert OTHER_ANSWER[form.kind][f.id] in outcome.pr_text, f.id
            continue
        files = {p: (root / p).read_text(encoding="utf-8") for p in outcome.files}
        assert (outcome.status, files) != (base.status, base_files), f"{f.id} is ignored"
        if f.required:
            emptied = run(root, replace_answer(form, sample, f.label, NO_RESPONSE))
            assert emptied.status == MISLUKT, f.id
            assert f"**{f.label}" in emptied.comment, (f.id, emptied.comment)


def test_klopt_niet_asks_nothing_personal_and_says_so() -> None:
    """The "Klopt dit niet?" form (issue 14): no converter, so checked on its own here."""
    from welkom.render.pages.fresh import ISSUE_TEMPLATE

    data = yaml.safe_load((TEMPLATES / ISSUE_TEMPLATE).read_text(encoding="utf-8"))
    elements = [e for e in data["body"] if e["type"] != "markdown"]
    assert [e["id"] for e in elements] == ["pagina", "wat", "hoe-weet-je-het"]
    for element in elements:
        for text in (element["id"], element["attributes"]["label"]):
            assert not FORBIDDEN.search(text), text
        for key in ("placeholder", "description"):
            value = element["attributes"].get(key)
            if value:
                assert scan_text(str(value)) == [], (element["id"], key)
    intro = " ".join(e["attributes"]["value"] for e in data["body"] if e["type"] == "markdown")
    assert "We vragen niets over jou." in intro
    assert "Je hoeft je naam niet te geven." in intro
    assert WARNING in intro
    assert not any(label.startswith("formulier:") for label in data["labels"])  # no converter
