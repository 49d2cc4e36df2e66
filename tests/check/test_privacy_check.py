"""The privacy guard inside `welkom check`: field rules, the allowlist and its count."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import copy_site, run_cli
from welkom.check.personal import field_kind
from welkom.check.privacy import FieldKind

IBAN = "NL91ABNA0417164300"


@pytest.mark.parametrize(
    ("loc", "kind"),
    [
        (("organisaties", 0, "telefoon"), FieldKind.CONTACT),
        (("hulp", 2, "email"), FieldKind.CONTACT),
        (("plekken", 1, "website"), FieldKind.CONTACT),
        (("plekken", 1, "adres"), FieldKind.ADDRESS),
        (("sleutelfiguren", 0, "rol"), FieldKind.ROLE),
        (("verteller",), FieldKind.ROLE),
        (("sleutelfiguren", 0, "waarvoor"), FieldKind.TEXT),
        (("omschrijving",), FieldKind.TEXT),
        (("plekken", 0, "id"), None),
        (("privacy", "toegestaan", 0, "waarde"), None),
    ],
)
def test_field_kinds(loc: tuple[str | int, ...], kind: FieldKind | None) -> None:
    assert field_kind(loc) == kind


def _with_iban(root: Path) -> None:
    activity = root / "activiteiten/testdorp/centrum/koffie.yml"
    activity.write_text(activity.read_text() + f"kosten: € 1 per keer, rekening {IBAN}\n")


def test_iban_refused_without_allowlist(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = copy_site(tmp_path)
    _with_iban(root)
    result = run_cli(capsys, "--map", str(root), "check")
    assert result.code == 1
    assert "privacy.iban" in run_cli(capsys, "--map", str(root), "check", "--format", "json").out


def test_allowlist_lets_an_organisation_account_through(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_site(tmp_path)
    _with_iban(root)
    gemeente = root / "buurten/testdorp/_gemeente.yml"
    gemeente.write_text(
        gemeente.read_text()
        + "privacy:\n  toegestaan:\n"
        + f"    - waarde: {IBAN}\n      reden: rekening van Stichting Welzijn Testdorp\n"
    )
    result = run_cli(capsys, "--map", str(root), "check")
    assert result.code == 0, result.out
    assert "Privacy: 1 uitzondering in gebruik" in result.err


def test_allowlist_entry_needs_a_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = copy_site(tmp_path)
    gemeente = root / "buurten/testdorp/_gemeente.yml"
    gemeente.write_text(gemeente.read_text() + f"privacy:\n  toegestaan:\n    - waarde: {IBAN}\n")
    result = run_cli(capsys, "--map", str(root), "check")
    assert result.code == 1
    assert "`reden` ontbreekt" in result.out


def test_public_contact_fields_are_allowed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_site(tmp_path)
    gemeente = root / "buurten/testdorp/_gemeente.yml"
    text = gemeente.read_text().replace(
        "    email: info@welzijn.example.org\n",
        "    email: info@welzijn.example.org\n    telefoon: 030-1234567\n"
        "    adres: Pleinweg 1, 9999 ZZ Testdorp\n",
    )
    gemeente.write_text(text)
    result = run_cli(capsys, "--map", str(root), "check")
    assert result.code == 0, result.out


def _json_problems(capsys: pytest.CaptureFixture[str], root: Path) -> list[dict[str, object]]:
    import json

    result = run_cli(capsys, "--map", str(root), "check", "--format", "json")
    data = json.loads(result.out)
    return data if isinstance(data, list) else data["problems"]


def test_every_privacy_finding_blocks_even_an_uncertain_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_site(tmp_path)
    buurt = root / "buurten/testdorp/centrum.yml"
    # A mobile number with a digit too many: the scanner is not sure, and asks.
    buurt.write_text(buurt.read_text().replace("Vragen over je woning.", "Bel 06-123456789."))
    result = run_cli(capsys, "--map", str(root), "check")
    assert result.code == 1
    line = next(x for x in result.out.splitlines() if "privacy" in x or "06" in x)
    assert ": fout: " in line and "Dit lijkt op een mobiel nummer" in line


def test_special_category_in_a_buurt_file_is_refused_at_the_topic_word(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_site(tmp_path)
    buurt = root / "buurten/testdorp/centrum.yml"
    buurt.write_text(
        buurt.read_text().replace(
            "  - Zeg gedag in de portiek.",
            "  - De buurvrouw van 2 hoog heeft schizofrenie, maar ze is lief.",
        )
    )
    result = run_cli(capsys, "--map", str(root), "check")
    assert result.code == 1
    lines = [x for x in result.out.splitlines() if "schizofrenie" in x]
    assert lines, result.out
    rows = buurt.read_text().splitlines()
    row = next(i for i, x in enumerate(rows) if "schizofrenie" in x)
    where = f"{row + 1}:{rows[row].index('schizofrenie') + 1}"
    assert lines[0].startswith(f"buurten/testdorp/centrum.yml:{where}: fout: ")
    assert "'schizofrenie'" in lines[0] and "pijn doen" in lines[0]


def test_a_finding_in_a_multi_line_value_points_at_its_own_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_site(tmp_path)
    buurt = root / "buurten/testdorp/centrum.yml"
    text = buurt.read_text().replace(
        "intro: Een kleine buurt rond het plein.\n",
        "intro: |\n  Een kleine buurt rond het plein.\n  Vragen? Bel even\n"
        "    met Henk, hij weet alles.\n",
    )
    buurt.write_text(text)
    problems = _json_problems(capsys, root)
    (name,) = [p for p in problems if p["code"] == "privacy.name"]
    lines = text.splitlines()
    row = next(i for i, x in enumerate(lines) if "Henk" in x)
    assert (name["line"], name["column"]) == (row + 1, lines[row].index("Henk") + 1)


def test_a_folded_plain_value_and_a_story_body_point_at_the_word(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_site(tmp_path)
    activity = root / "activiteiten/testdorp/centrum/koffie.yml"
    activity.write_text(
        activity.read_text()
        + "omschrijving: Koffie en thee, voor iedereen.\n  Meer weten? App naar\n"
        + "  06-12345678, of kom langs.\n"
    )
    story = root / "verhalen/testdorp/centrum/welkom.md"
    story.write_text(story.read_text() + "\nDank je wel\nHüseyin, voor de soep.\n")
    problems = _json_problems(capsys, root)
    phone = next(p for p in problems if p["code"] == "privacy.mobile-phone")
    rows = activity.read_text().splitlines()
    row = next(i for i, x in enumerate(rows) if "06-1234" in x)
    assert (phone["line"], phone["column"]) == (row + 1, rows[row].index("06") + 1)
    name = next(p for p in problems if p["code"] == "privacy.name")
    rows = story.read_text().splitlines()
    row = next(i for i, x in enumerate(rows) if "Hüseyin" in x)
    assert (name["line"], name["column"]) == (row + 1, 1)
    assert "'Hüseyin'" in str(name["message"])


def test_the_sites_own_public_data_may_be_repeated_in_free_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_site(tmp_path)
    buurt = root / "buurten/testdorp/centrum.yml"
    buurt.write_text(
        buurt.read_text().replace(
            "  - Zeg gedag in de portiek.",
            "  - Koffie in Het Plein, Pleinweg 1. Mail info@welzijn.example.org.",
        )
    )
    assert run_cli(capsys, "--map", str(root), "check").code == 0
    # Another number, with nothing that says it is a public place: somebody's home.
    buurt.write_text(buurt.read_text().replace("Pleinweg 1.", "Pleinweg 7."))
    result = run_cli(capsys, "--map", str(root), "check")
    assert result.code == 1 and "privacy.home-address" in _json_str(capsys, root)
    # A sentence that names a kind of public place (and no person) gives its address.
    buurt.write_text(buurt.read_text().replace("Koffie in Het Plein", "Koffie in de bieb"))
    assert run_cli(capsys, "--map", str(root), "check").code == 0


def _json_str(capsys: pytest.CaptureFixture[str], root: Path) -> str:
    return run_cli(capsys, "--map", str(root), "check", "--format", "json").out


def test_an_exception_with_a_reason_allows_a_place_named_after_a_person(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_site(tmp_path)
    buurt = root / "buurten/testdorp/centrum.yml"
    buurt.write_text(
        buurt.read_text().replace(
            "  - Zeg gedag in de portiek.", "  - Speel mee in speeltuin Tante Truus."
        )
    )
    assert run_cli(capsys, "--map", str(root), "check").code == 1
    gemeente = root / "buurten/testdorp/_gemeente.yml"
    gemeente.write_text(
        gemeente.read_text()
        + "privacy:\n  toegestaan:\n    - waarde: speeltuin Tante Truus\n"
        + "      reden: naam van een speeltuin\n"
    )
    result = run_cli(capsys, "--map", str(root), "check")
    assert result.code == 0, result.out


def test_an_invisible_character_inside_a_word_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_site(tmp_path)
    buurt = root / "buurten/testdorp/centrum.yml"
    buurt.write_text(
        buurt.read_text().replace(
            "  - Zeg gedag in de portiek.", "  - Zeg ge\u200bdag 👩\u200d👩\u200d👧."
        )
    )
    problems = _json_problems(capsys, root)
    assert [(p["code"], p["column"]) for p in problems] == [("privacy.invisible", 11)]


def test_public_data_does_not_excuse_itself(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A plek named after a person is still a finding in its own `naam`, and only there."""
    root = copy_site(tmp_path)
    buurt = root / "buurten/testdorp/centrum.yml"
    buurt.write_text(
        buurt.read_text()
        .replace("naam: Moestuin Achterom", "naam: Moestuin van Truus")
        .replace("  - Zeg gedag in de portiek.", "  - Help mee in Moestuin van Truus.")
    )
    problems = [p for p in _json_problems(capsys, root) if p["code"] == "privacy.name"]
    assert [p["field"] for p in problems] == ["plekken[1].naam"]
