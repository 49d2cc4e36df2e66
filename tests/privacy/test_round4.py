"""Round 4 of issue 11: one test per failure class, with the code each one must give."""

from __future__ import annotations

import pytest

from welkom.check.privacy import FieldKind, scan_text

FOUND = [
    ("Dirk-Jan helpt zaterdag met de snoeischaar.", FieldKind.TEXT, "privacy.name"),
    ("Auntie Grace bakt de koekjes.", FieldKind.TEXT, "privacy.name"),
    ("Zhang Wei helpt met het huiswerk.", FieldKind.TEXT, "privacy.name"),
    ("voor vragen over de moestuin: Anouk Pronk", FieldKind.ROLE, "privacy.name"),
    ("M.e.r.e.l. van 2 hoog heeft een ladder.", FieldKind.TEXT, "privacy.name"),
    ("Kom langs bij Oyelaran als je hulp nodig hebt.", FieldKind.TEXT, "privacy.name"),
    ("Boven de bloemist woont een oudere dame.", FieldKind.TEXT, "privacy.home-address"),
    ("Wij wonen op de 4e verdieping, deur 412.", FieldKind.TEXT, "privacy.home-address"),
    ("Het laatste huisje van het hofje heeft de sleutel.", FieldKind.TEXT, "privacy.home-address"),
    ("Bij Jan en Wil, Zwanenstraat 33-1", FieldKind.ADDRESS, "privacy.home-address"),
    ("mijn onderbuurvrouw heeft korsakov", FieldKind.TEXT, "privacy.special"),
    ("De twee mannen in het hoekhuis zijn een stel.", FieldKind.TEXT, "privacy.special"),
    ("Opa is op 22 januari 1946 in Groningen ter wereld gekomen.", FieldKind.TEXT,
     "privacy.birth-date"),
    ("mijn bsn is 111_222_333", FieldKind.TEXT, "privacy.bsn"),
    ("Maak het over naar N L 0 2 T R I O 8148000972", FieldKind.TEXT, "privacy.iban"),
    ("thuis@familie-dekker.example", FieldKind.CONTACT, "privacy.email"),
]  # fmt: skip

CLEAN = [
    "De moskee aan de Molenweg 31 houdt open huis.",
    "De huisartsenpraktijk zit op Burg. de Bruinplein 3.",
    "De les is in Het Anker, Ankerstr. 19, 2e verdieping.",
    "De fietsenwerkplaats is op nr. 5 van het Kastanjeplein.",
    "Fiets naar Veldweg 2, de kantine van de voetbalclub.",
    "Klaas Vaak en de Kerstman komen voorlezen in de bibliotheek.",
    "We kijken Pietje Bell, daarna Jip en Janneke voor de peuters.",
    "Kom langs bij Zonnehoek voor koffie.",
    "De eerste woning van het project is klaar.",
    "Alle flats in Noord-Holland krijgen een nieuw label.",
    "Open op 12/06/2026 van 10:30 tot 16:00 uur.",
]


@pytest.mark.parametrize(("text", "kind", "code"), FOUND)
def test_found(text: str, kind: FieldKind, code: str) -> None:
    assert code in {f.code for f in scan_text(text, kind)}


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text: str) -> None:
    assert scan_text(text) == []


def test_a_named_address_of_a_shop_is_no_home() -> None:
    assert scan_text("Bij Lidl, Markt 3", FieldKind.ADDRESS) == []
    assert scan_text("Bij Buurthuis De Kiem, Kerkstraat 12", FieldKind.ADDRESS) == []


def test_a_venue_without_an_activity_may_be_a_home() -> None:
    found = scan_text("Koffie in Het Plein, Pleinweg 7.")
    assert [f.code for f in found] == ["privacy.home-address"]
