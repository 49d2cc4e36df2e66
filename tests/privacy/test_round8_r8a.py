"""Round 8 of the privacy guard (issue 11): homes, addresses and special-category ties.

Classes, not sentences: a neighbour word as a diminutive plural ("de buurtjes", "de
buurvrouwtjes") is a tie; the branches of Islam ("sjiitisch", "soennitisch", "alevitisch") are
a faith; a stairwell with a floor and a side ("portiek 16, 2e verdieping links") is one door,
also with no person word; in an `adres`, a neighbour ("bij de bovenbuurvrouw") or a Belgian box
number ("Beatrixstr 4 bus 2") marks a home. A community house named just before an address
("het Cultuurhuis, Marktplein 4", "het Huis van de Wijk") is a public place, and the origin in
a church's denomination ("de Syrisch-orthodoxe kerk") is nobody's.

Every positive checks the code and the exact text the finding quotes. The negatives are the
look-alikes the same rules must leave alone.
"""

from __future__ import annotations

import pytest

from welkom.check.privacy import FieldKind, scan_text

from .helpers import found

HOME = "privacy.home-address"
SPECIAL = "privacy.special"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # diminutive neighbour words as a tie
        ("De buurtjes van 3 hoog zijn getrouwd in de moskee en zijn Sjiitisch.", "Sjiitisch"),
        ("Het buurvrouwtje van 4 hoog heeft kanker.", "kanker"),
        ("De buurvrouwtjes van nummer 8 zijn allebei moslim.", "moslim"),
        # branches of Islam
        ("De buren van 3 hoog zijn Sjiitisch.", "Sjiitisch"),
        ("De buurman van nummer 12 is soennitisch.", "soennitisch"),
        ("Mijn buurvrouw op 2 hoog is alevitisch.", "alevitisch"),
        ("De familie op de hoek is sunnitisch.", "sunnitisch"),
        ("Het gezin van nummer 7 is sjiitisch, ze vieren Ashura.", "sjiitisch"),
        # an origin word before a hyphen is still said of a person
        ("De buurman is Syrisch-orthodox.", "Syrisch"),
        ("Een Turks-Nederlandse vrouw van 2 hoog is net gescheiden.", "Turks"),
    ],
)
def test_special_ties(text: str, shown: str) -> None:
    assert shown in found(text, SPECIAL)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Zit in portiek 16, 2e verdieping links, de deur met de zonnebloem", "portiek 16"),
        ("derde portiek, 4e verdieping rechts", "4e verdieping rechts"),
        ("We zitten in portiek 8, eerste verdieping rechts.", "eerste verdieping rechts"),
        ("Te vinden in portiek 12, 1e verdieping links, naast de lift", "portiek 12"),
        ("In opgang 5, 3e etage rechts, de deur met de kerstkrans.", "3e etage rechts"),
        ("Trappenhuis B, tweede verdieping links, naast de lift.", "tweede verdieping links"),
    ],
)
def test_stairwell_doors(text: str, shown: str) -> None:
    assert shown in found(text, HOME)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("v.d. Palmstr. 22bis, bij de bovenbuurvrouw", "bij de bovenbuurvrouw"),
        ("Dorpsweg 8, bij de buurvrouw", "bij de buurvrouw"),
        ("Lindelaan 3, bij de benedenbuurman aanbellen", "bij de benedenbuurman"),
        ("Beatrixstr 4 bus 2", "4 bus 2"),
        ("Kerkstraat 12 bus 3", "12 bus 3"),
        ("Lindelaan 7a bus 14", "7a bus 14"),
    ],
)
def test_private_addresses(text: str, shown: str) -> None:
    findings = [f for f in scan_text(text, FieldKind.ADDRESS) if f.code == HOME]
    assert findings
    assert f"('{shown}')" in findings[0].message


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # public places and their floors
        (
            "we zitten dit jaar in het Cultuurhuis, Marktplein 4, want het buurthuis wordt "
            "verbouwd",
            FieldKind.TEXT,
        ),
        ("De workshop is in het Ontmoetingshuis, Kerkweg 12.", FieldKind.TEXT),
        ("Kom naar het Huis van de Wijk, Dorpsstraat 8, op dinsdag.", FieldKind.TEXT),
        ("Het Jongerenhuis zit aan de Lindelaan 3.", FieldKind.TEXT),
        ("We spelen in het Cultuurhuis, Molenstraat 7, zaal 2.", FieldKind.TEXT),
        ("De vergadering is in zaal 16, 2e verdieping links.", FieldKind.TEXT),
        (
            "Het spreekuur is in het gezondheidscentrum, 2e verdieping links, kamer 3.",
            FieldKind.TEXT,
        ),
        ("Het buurthuis zit in portiek 3, 1e verdieping links.", FieldKind.TEXT),
        ("Het spreekuur van de wijkagent is in portiek 2, 1e verdieping rechts.", FieldKind.TEXT),
        ("Portiek 16 krijgt een nieuwe deur.", FieldKind.TEXT),
        ("Portiek 16 wordt geschilderd, de lift op de 2e verdieping is kapot.", FieldKind.TEXT),
        # a denomination, a cuisine, a club: no person's origin or faith
        ("De Syrisch-Orthodoxe kerk Mor Ephrem staat aan de Kruisweg 30", FieldKind.TEXT),
        ("De Grieks-orthodoxe kerk houdt open huis.", FieldKind.TEXT),
        ("Er is een Turks-Nederlandse vereniging in de wijk.", FieldKind.TEXT),
        ("De Marokkaans-Nederlandse stichting geeft taalles.", FieldKind.TEXT),
        ("Sjiitische en soennitische moslims vieren verschillende feesten.", FieldKind.TEXT),
        ("In de bibliotheek is een lezing over het alevitisch geloof.", FieldKind.TEXT),
        ("De buurtjes van 3 hoog zijn heel aardig.", FieldKind.TEXT),
        # bus lines, public boxes, public places in an adres
        ("Bibliotheek Noord, Kerkstraat 12 bus 3", FieldKind.ADDRESS),
        ("Stationsplein 1, bij de bushalte van bus 12", FieldKind.ADDRESS),
        ("Marktplein 3, lijn 2 en bus 8 stoppen voor de deur", FieldKind.ADDRESS),
        ("Buurthuis De Kiem, Dorpsweg 8, vraag bij de buren", FieldKind.ADDRESS),
        ("Dorpsweg 8, bij de buurtsuper", FieldKind.ADDRESS),
        ("Dorpsweg 8, bij de buurtmoestuin", FieldKind.ADDRESS),
        ("Kerkstraat 12", FieldKind.ADDRESS),
    ],
)
def test_look_alikes(text: str, kind: FieldKind) -> None:
    assert scan_text(text, kind) == []


@pytest.mark.parametrize(
    ("text", "kind", "shown"),
    [
        # a house-number addition between the number and the postcode
        (
            "Brieven van de huurdersvereniging gaan naar de secretaris, Nieuwe Gracht 61 zwart, "
            "2011 NE",
            FieldKind.CONTACT,
            "Gracht 61 zwart",  # round 9: the street itself ("Nieuwe Gracht") is found first
        ),
        ("Post voor mij: Achter de Dom 4 boven, 3512 JN", FieldKind.TEXT, "3512 JN"),
        (
            "Stuur het naar de penningmeester, Achter Sint Pieter 2 rood, 3512 HT",
            FieldKind.TEXT,
            "3512 HT",
        ),
        ("Kaartjes naar de voorzitter, Oude Haven 7 hs, 1011 AB", FieldKind.TEXT, "Haven 7 hs"),
    ],
)
def test_postcode_after_an_addition(text: str, kind: FieldKind, shown: str) -> None:
    assert shown in found(text, HOME, kind)


@pytest.mark.parametrize(
    "text",
    [
        "Het buurthuis, 2011 NE, is open op dinsdag.",
        "Bus 12 rijdt door 2011 NE naar het station.",
        "De markt in 2011 NE is elke zaterdag, van 9 tot 13 uur.",
    ],
)
def test_postcode_look_alikes(text: str) -> None:
    assert found(text, HOME) == []
