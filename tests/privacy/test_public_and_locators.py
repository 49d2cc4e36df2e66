"""Public places in free text, locators of one front door, and the evasive forms of this round.

Each rule is tested from both sides: the sentence that names a public place (or an
organisation) is clean, the same sentence with a person or a home in it is refused.
"""

from __future__ import annotations

import pytest

from welkom.check.privacy import FieldKind, public, scan_text


def codes(text: str, kind: FieldKind = FieldKind.TEXT) -> list[str]:
    return [f.code for f in scan_text(text, kind)]


def shown(text: str, kind: FieldKind = FieldKind.TEXT) -> list[str]:
    return [text[f.start : f.end] for f in scan_text(text, kind)]


# --- public places -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("clean", "personal"),
    [
        (
            "De bieb vind je op de Dorpsstraat 3.",
            "De buurvrouw vind je op de Dorpsstraat 3.",
        ),
        (
            "Vanaf de voedselbank aan de Kerkweg 22 is het vijf minuten.",
            "Vanaf mijn huis aan de Kerkweg 22 is het vijf minuten.",
        ),
        (
            "Bel de balie van de bibliotheek: 030 123 4567.",
            "Bel mij na de bibliotheek: 030 123 4567.",
        ),
        (
            "Mail de redactie: redactie@wijkkrantnoord.nl",
            "Mail de redactie: kees.jansen@wijkkrantnoord.nl",
        ),
        ("Volg ons op @buurthuisdekiem", "Volg mij op @anja_bakt"),
        ("Voor je navigatie: 9999 ZZ.", "Ik woon in 9999 ZZ, kom langs."),
    ],
)
def test_a_public_place_is_clean_a_person_is_not(clean: str, personal: str) -> None:
    assert scan_text(clean) == []
    assert scan_text(personal) != []


def test_place_kinds_match_at_the_end_of_a_word_not_in_a_street_name() -> None:
    assert public.PLACE.search("de huisartsenpraktijk") is not None
    assert public.PLACE.search("bel woonstichting de key") is not None
    assert public.PLACE.search("de kerkstraat en het schoolplein") is None


def test_a_phone_number_needs_the_place_before_it() -> None:
    assert codes("Bel gerust 0592-123456 als je vragen hebt over de moestuin.") == ["privacy.phone"]


# --- names inside names of brands, schools and buildings -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Spaar je Douwe Egberts-punten voor het buurthuis!",
        "Basisschool A.B. Kuipers zoekt voorleesouders.",
        "In zorgcentrum Maria Oord is een bingo.",
        "Voorlezen op C.B.S. Johannes Calvijn.",
    ],
)
def test_names_in_place_and_brand_names_are_no_person(text: str) -> None:
    assert scan_text(text) == []


def test_a_hyphenated_surname_is_still_a_name() -> None:
    assert codes("Ingrid Bakker-de Jong") == ["privacy.name"]


# --- dates ------------------------------------------------------------------------------------


def test_a_short_date_needs_a_person() -> None:
    assert scan_text("Het buurthuis bestaat 25 jaar, feest op 14-09-'25!") == []
    assert codes("Onze jarige (3-3-'62) trakteert.") == ["privacy.birth-date"]


def test_a_date_and_an_age_is_a_birthday_unless_an_organisation_is_meant() -> None:
    assert "privacy.birth-date" in codes("Opa wordt 29 september 90!")
    assert "privacy.birth-date" in codes("Gefeliciteerd opa, 90 jaar op 29 september!")
    assert scan_text("De voedselbank wordt 12 mei 20 jaar.") == []


# --- locators -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("De buurvrouw van 45-B heeft een grasmaaier.", "buurvrouw van 45-B"),
        ("Pakketjes voor mij mogen naar 23 hs.", "naar 23 hs"),
        ("Wij wonen op 3 bis.", "op 3 bis"),
        ("Hij woont 2 hoog, nummer 31.", "nummer 31"),
        ("De mevrouw van de derde portiek, 4e verdieping rechts, zoekt hulp.", "derde portiek"),
        ("Wij zitten op 1-hoog-achter, bel maar aan.", "1-hoog-achter"),
    ],
)
def test_a_locator_of_one_door_is_an_address(text: str, part: str) -> None:
    assert part in shown(text)
    assert set(codes(text)) == {"privacy.home-address"}


@pytest.mark.parametrize(
    "text",
    [
        "Een buurvrouw van de derde verdieping bracht een plantje.",  # a floor: many doors
        "Het spreekuur van het wijkteam is op 2 hoog in het buurthuis.",  # no person
        "Een vrouw van 75 kwam vragen of er plek was.",  # an age
        "Een gezin van 4 zoekt een grotere woning.",  # a size
        "Van 12 tot 14 uur is er soep.",
    ],
)
def test_a_floor_an_age_or_a_time_is_no_locator(text: str) -> None:
    assert scan_text(text) == []


# --- special categories ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "De vrouw naast de bakker heeft ALS.",
        "Karin van flat 3, 7e verdieping, heeft COPD.",
        "Kees van de fietsenwerkplaats heeft vastgezeten voor inbraak.",
        "Die Syriër van de overkant slaapt buiten.",
    ],
)
def test_special_categories_tied_by_new_locators(text: str) -> None:
    assert "privacy.special" in codes(text)


def test_als_in_lowercase_and_a_shop_adjective_are_no_topic() -> None:
    assert scan_text("Als de buurvrouw tijd heeft, helpt ze bij de bakker.") == []
    assert scan_text("De Turkse bakker op de Hoofdweg bakt vanaf zes uur.") == []


@pytest.mark.parametrize(
    "text",
    ["De sleutel ligt bij de familie naast de slager.", "Wij wonen boven de kapper op de hoek.",
     "Het gezin tegenover de snackbar heeft een nieuwe hond.",
     "Ik woon achter de kerk, kom gerust."],
)  # fmt: skip
def test_a_home_next_to_a_landmark_is_a_locator(text: str) -> None:
    assert "privacy.home-address" in [f.code for f in scan_text(text)]


@pytest.mark.parametrize(
    "text",
    ["Naast de bakker is een nieuwe fietsenwinkel.", "Het spreekuur is boven de bibliotheek.",
     "De koffie staat klaar in het bewonerslokaal van flat De Boog, Vlinderhof 1, begane grond."],
)  # fmt: skip
def test_a_public_place_next_to_a_landmark_is_no_locator(text: str) -> None:
    assert scan_text(text) == []


# --- contact fields and evasive forms --------------------------------------------------------


def test_a_fixed_number_marked_private_in_a_contact_field() -> None:
    assert codes("030-1234567 (thuis, na het eten)", FieldKind.CONTACT) == ["privacy.phone"]
    assert codes("030-1234567 (ma t/m vr)", FieldKind.CONTACT) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Bel me: O6-I2345678", "privacy.mobile-phone"),
        ("Bel 06-1234<b></b>5678", "privacy.mobile-phone"),
        ("Bel 06 en dan 12345678", "privacy.mobile-phone"),
        ("Mail naar jan @ example . nl", "privacy.email"),
        ("Mail me: anja apestaartje hotmail punt com", "privacy.email"),
    ],
)
def test_evasive_forms(text: str, code: str) -> None:
    assert codes(text) == [code]


def test_a_block_tag_keeps_words_apart() -> None:
    # "<br>" between two words is a space on the page: no name is glued together.
    assert scan_text("Koffie<br>en thee in het buurthuis.") == []
