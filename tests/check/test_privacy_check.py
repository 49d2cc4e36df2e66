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
