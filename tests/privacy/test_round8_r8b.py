"""Round 8 of the privacy guard (issue 11), names: classes, not sentences.

A full name in apposition after a place ("uit Dokkum, Sjoerd Hiemstra, geeft") is no place of a
list of places; a name stressed in a cleft ("was het Ingrid die aanbelde") is a person even after
"het". A name with a possessive before a shop word names the shop ("Visser's Vishandel",
"Jansen's Bakkerij"), and a shop word alone is no person ("Vishandel staat op de markt"); Sint
and Piet together are the Sinterklaas figures ("Sint en Piet komen", "Sinterklaas en zijn
Pieten").

Every positive checks the code and the exact text the finding quotes. The negatives are the
look-alikes the same rules must leave alone.
"""

from __future__ import annotations

import pytest

from .helpers import found

NAME = "privacy.name"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # a full name in apposition after a place
        ("Onze Fries uit Dokkum, Sjoerd Hiemstra, geeft een workshop", "Sjoerd Hiemstra"),
        ("Uit Zwolle, Marco Jansen, komt vandaag de kok.", "Marco Jansen"),
        ("Onze buurvrouw uit Delft, Anke de Vries, kookt op vrijdag.", "Anke de Vries"),
        # a cleft: "was het NAME die"
        ("Toen ik hier kwam wonen was het Ingrid die als eerste aanbelde", "Ingrid"),
        ("Daarna was het Fatima die kookte voor iedereen.", "Fatima"),
        ("Gelukkig is het Sjoerd die de sleutel heeft.", "Sjoerd"),
        ("Die avond was het Roos die de politie belde.", "Roos"),
        # possessives that are no shop
        ("Henk's fiets staat buiten.", "Henk's"),
        ("Ingrid's winkel is dicht.", "Ingrid's"),
        ("Ingrid's hond blaft de hele dag.", "Ingrid's"),
        # Piet alone is a person
        ("Piet komt op 28 november ook helpen.", "Piet"),
    ],
)
def test_names_found(text: str, shown: str) -> None:
    assert shown in found(text, NAME)


@pytest.mark.parametrize(
    "text",
    [
        # shops named after someone
        "Visser's Vishandel staat op de markt",
        "Jansen's Bakkerij staat op de markt.",
        "We halen brood bij Jansen’s Bakkerij.",
        "Bij Henk's Bikeshop kun je terecht voor een reparatie.",
        "Henk's Fietsenwinkel is dicht op maandag.",
        "Kees de Vries's Groentehandel is dicht.",
        "Annie's Kapsalon is open op zaterdag.",
        "Vishandel staat op de markt, elke donderdag.",
        # Sinterklaas figures
        "Sint en Piet komen op 28 november naar het buurthuis",
        "Piet en Sint komen langs bij de basisschool.",
        "Sinterklaas en zijn Pieten komen zaterdag om 14.00 uur.",
        "De Sint en Piet komen met de boot.",
        # places in a list, and clefts about places
        "Ze komen uit Dokkum, Leeuwarden en Sneek.",
        "Uit Assen, Emmen en Hoogeveen kwamen de kramen.",
        "Toen was het Geldloket die hielp met de formulieren.",
        "Het was het Rozenpark dat de prijs won.",
        "Bibliotheek Centrum, Kerkstraat 1, is open op dinsdag.",
    ],
)
def test_no_name(text: str) -> None:
    assert found(text, NAME) == []


MOBILE = "privacy.mobile-phone"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # digits and number words glued: "nul6", "negen1"
        ("Mijn nummer: nul6 achtentwintig 44 negen1 nul3", "nul6 achtentwintig 44 negen1 nul3"),
        ("bel Nul6 12 34 vijf6 78", "Nul6 12 34 vijf6 78"),
        ("bel nul-6 twaalf 34 56 zeven8", "nul-6 twaalf 34 56 zeven8"),
        ("bel 06 achtentwintig44 negen1 nul3", "06 achtentwintig44 negen1 nul3"),
        # the 06 after the number, after "maar"
        (
            "Bellen kan naar zes-een-drie-nul-acht-negen-twee-vier maar dan met 06 ervoor",
            "zes-een-drie-nul-acht-negen-twee-vier maar dan met 06",
        ),
        (
            "bel zes een drie nul acht negen twee vier, maar zet er 06 voor",
            "zes een drie nul acht negen twee vier, maar zet er 06",
        ),
    ],
)
def test_spoken_mobile(text: str, shown: str) -> None:
    assert found(text, MOBILE) == [shown]


@pytest.mark.parametrize(
    "text",
    [
        "Bus 6 en lijn 12, kamer 3 en 4, om 14 uur.",
        "Om 10 uur, 11 uur en 12 uur, daarna om 13 uur.",
        "Kamer 2 tot 8, prijs 3 euro, maar dan met korting.",
        "Zaal 6 en zaal 12 zijn open van 9 tot 17 uur.",
        "Met z'n drieën of vier5 kinderen per tafel.",
    ],
)
def test_no_mobile(text: str) -> None:
    assert found(text, MOBILE) == []


IBAN = "privacy.iban"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "overmaken mag op en el twintig trio negen negen nul vijf zeven vier vijf zes negen"
            " negen, dank je",
            "en el twintig trio negen negen nul vijf zeven vier vijf zes negen negen",
        ),
        (
            "rekening en el twee nul trio negen negen nul vijf zeven vier vijf zes negen negen",
            "en el twee nul trio negen negen nul vijf zeven vier vijf zes negen negen",
        ),
    ],
)
def test_spoken_iban(text: str, shown: str) -> None:
    assert found(text, IBAN) == [shown]


@pytest.mark.parametrize(
    "text",
    [
        "Ik ben ziek en el twee drie vier vijf zes zeven acht negen nul een twee",
        "en el twintig trio negen negen nul vijf zeven vier vijf zes negen acht",  # mod-97 fails
        "Kom om twee uur, drie uur of vier uur naar zaal vijf.",
    ],
)
def test_no_spoken_iban(text: str) -> None:
    assert found(text, IBAN) == []
