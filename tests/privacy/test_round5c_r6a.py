"""Round 6 of the privacy guard (issue 11): homes, addresses and special-category ties.

Classes, not sentences: a street without a street word after "ik zit op de" / "wij wonen aan
het"; a street and number followed by "dat is bij ons thuis" or "daar woon ik"; a house counted
from a public landmark ("derde huis vanaf de speeltuin"); row houses in Gronings, Fries or
Limburgs spelling ("t leste hoeske aan t diekje"); an `adres` that is the home of a role ("woning
van onze voorzitter"); residents in the plural tied to a special topic ("de bewoners van de
woonboot"); a teller known by a coloured thing ("ik ben die met de rode buggy"). Places to visit
(basiliek, kapel, molen, kasteel) are public places.

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
        # a street without a street word after a verb of living or sitting, with a person
        ("ik zit op de Tjalk 14 in de nieuwbouw, dat huis met al die zonnepanelen", "Tjalk 14"),
        ("we zitten aan het Hoefijzer 3, kom gerust", "Hoefijzer 3"),
        ("Wij wonen sinds kort op de Boeier 22a", "Boeier 22a"),
        ("mijn zus woont op de Kogge 7", "Kogge 7"),
        ("Ik woon tegenwoordig op de Fluitekruid 6-2", "Fluitekruid 6-2"),
        ("De buurvrouw woont in de Kastanje 4", "Kastanje 4"),
        # a street and number, then "that is our home"
        (
            "Breng de partytent terug naar Plein 1944 nr 23, dat is bij ons thuis",
            "Plein 1944 nr 23",
        ),
        ("De sleutel ligt op Tjalk 14, daar woon ik", "Tjalk 14"),
        ("Het pakket mag naar Schoener 9 - dat is mijn adres", "Schoener 9"),
        ("We verzamelen bij Tjalk 14, dat is ons huis", "Tjalk 14"),
        ("De sleutel ligt bij Kogge 3: mijn adres", "Kogge 3"),
        ("kom langs op Klipper 9a, dat is bij mij thuis", "Klipper 9a"),
        # "ik zit in" said of a home described by how it looks
        (
            "ik zit in de nieuwbouw, dat huis met al die zonnepanelen",
            "dat huis met al die zonnepanelen",
        ),
        (
            "we zitten aan het water, het huisje met de blauwe luiken",
            "het huisje met de blauwe luiken",
        ),
        # the home phrase first
        ("Bij ons thuis (Tjalk 14) is iedereen welkom", "Tjalk 14"),
        ("bij mij thuis, de Schoener 9, staat de koffie klaar", "Schoener 9"),
        ("Mijn adres is de Kogge 12", "Kogge 12"),
        ("De vergadering is bij mij thuis, Tjalk 14, om 20.00 uur", "Tjalk 14"),
        ("Ons huis: Boeier 4a", "Boeier 4a"),
        # a house counted from a public landmark
        (
            "we wonen in de Jacob Catsstraat, derde huis vanaf de speeltuin, gewoon aanbellen",
            "derde huis vanaf de speeltuin",
        ),
        ("ik woon in het vierde huis na de bakker, bel maar aan", "vierde huis na de bakker"),
        ("wij wonen aan de Lindelaan, het tweede huis vanaf de kerk", "tweede huis vanaf de kerk"),
        # a home near a landmark, with a resident
        ("Wij wonen op de woonboot bij de sluis, kom gerust langs", "de woonboot bij de sluis"),
        ("Ik woon in het huisje bij de molen, bel maar aan", "het huisje bij de molen"),
        ("Mijn oma woont in de boerderij bij de brug", "de boerderij bij de brug"),
        ("Ophalen bij ons, de woonboot bij de sluis", "de woonboot bij de sluis"),
        # row houses in dialect
        (
            "Dirk uut t leste hoeske aan t diekje wordt dement, hai dwaalt snachts over t erf",
            "leste hoeske aan t diekje",
        ),
        ("Ome Jan uut t eerste huuske an de dijk het kanker", "eerste huuske an de dijk"),
        ("It lêste hûske oan e dyk is fan Sjoerd, hy is siik", "lêste hûske oan e dyk"),
        ("De man van t leste huuske in t dörp is aan de drank", "leste huuske in t dörp"),
    ],
)
def test_home_found(text: str, shown: str) -> None:
    assert shown in found(text, HOME)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "Lijsterbeslaan 3, woning van onze voorzitter",
            "Lijsterbeslaan 3, woning van onze voorzitter",
        ),
        (
            "Lijsterbeslaan 3 (huis van de penningmeester)",
            "Lijsterbeslaan 3 (huis van de penningmeester)",
        ),
        ("Merelstraat 12, adres van onze trainster", "Merelstraat 12, adres van onze trainster"),
        ("Kerkplein 4, woning secretaris", "Kerkplein 4, woning secretaris"),
        ("Kerkplein 4, huis van mijn coördinator", "Kerkplein 4, huis van mijn coördinator"),
        ("Lijsterbeslaan 3, bij onze voorzitter", "Lijsterbeslaan 3, bij onze voorzitter"),
        ("Lijsterbeslaan 3 (p/a de secretaris)", "Lijsterbeslaan 3 (p/a de secretaris)"),
        ("Kerkstraat 5, ten huize van de trainster", "Kerkstraat 5, ten huize van de trainster"),
    ],
)
def test_home_of_a_role_in_adres(text: str, shown: str) -> None:
    findings = scan_text(text, FieldKind.ADDRESS)
    assert [(f.code, text[f.start : f.end]) for f in findings] == [(HOME, shown)]
    quoted = findings[0].message.split("('", 1)[1].split("')", 1)[0]
    assert findings[0].message.startswith("Dit adres is een woonhuis ('")
    assert quoted in text and quoted.split()[-1] in {
        "voorzitter",
        "penningmeester",
        "trainster",
        "secretaris",
        "coördinator",
    }


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "De nieuwe bewoners van de woonboot bij de sluis zijn allebei ex-gedetineerden",
            "gedetineerden",
        ),
        ("De bewoners van het hoekhuis zijn allebei verslaafd", "verslaafd"),
        ("De huurders van nummer 12 zijn net uit de gevangenis", "gevangenis"),
        ("De bewoonsters van de bovenwoning zijn lesbisch", "lesbisch"),
        (
            "ik zit zelf in de vrouwenopvang, ik ben die met de rode buggy uit de Lindelaan",
            "vrouwenopvang",
        ),
        ("ik ben die met de gele scootmobiel, ik heb MS", "MS"),
        ("ik, de vrouw met de blauwe rollator, heb reuma", "reuma"),
        ("je kent me wel, die met de rode buggy, ik zit in de vrouwenopvang", "vrouwenopvang"),
        ("ik ben die van de blauwe scootmobiel en ik heb parkinson", "parkinson"),
        ("De vrouw uut t leste hoeske is aan de drank", "aan de drank"),
        ("Die van de woonboot bij de sluis zit in de gevangenis", "gevangenis"),
        ("De mensen op de woonboot bij de sluis zijn ex-gedetineerden", "gedetineerden"),
        ("De kinderen uit het hoekhuis hebben autisme", "autisme"),
        # "ik ben die met ...": said to be recognised
        ("ik ben die met de tweeling, ik heb epilepsie", "epilepsie"),
        ("ik heb diabetes en ik ben die met de hond", "diabetes"),
        (
            "ik ben de moeder met de tweeling uit portiek 3, ik heb zelf een depressie gehad",
            "depressie",
        ),
    ],
)
def test_special_tied(text: str, topic: str) -> None:
    findings = [f for f in scan_text(text) if f.code == SPECIAL]
    assert topic in [text[f.start : f.end] for f in findings]
    assert any(f"('{topic}')" in f.message for f in findings)


@pytest.mark.parametrize(
    "text",
    [
        # public places named just before their address
        "De Sint-Servaasbasiliek, Keizer Karelplein 3, is gratis te bezoeken op zondagmiddag",
        "De Sint-Janskathedraal, Torenstraat 16, is open op zaterdag",
        "Molen De Hoop, Molenweg 4, draait elke zaterdag",
        "Kasteel Doorwerth, Fonteinallee 2, heeft een rondleiding",
        "Stichting Anker, Stationsplein 5, dat is ons adres",
        "Spreekuur bij de huisarts, Tjalk 14, dat is bij ons in de straat",
        "De bieb zit op de Markt 3, dat is bij ons in de buurt",
        "Kom naar Buurthuis De Kiem 4, dat is bij ons om de hoek",
        # numbers that are no house
        "Het feest is op Plein 1944, dat is bij ons.",
        "Neem bus 14, dat is bij ons om de hoek",
        "de bus komt om 14 uur, dat is bij ons in de straat",
        "Lijn 5, dat is bij ons",
        "Het kost 5 euro, dat is ons adres niet",
        "ik zat in de Top 2000 met mijn lied",
        "ik zit op de Tweede Kamer 2 dagen per week",
        "ik zit op de Veluwe 3 dagen",
        "wij zitten in Groep 7",
        "ik zit in de Klas 3",
        "wij wonen in de Vogelwijk 3 straten verder",
        "De spreekuren zitten op de Tjalk 14",
        "De repetitie is in Zaal 2, daar wonen we bijna",
        # a counted door inside a public place
        "ik sta bij de derde deur na de balie van het buurthuis",
        "Het spreekuur is in de derde deur na de speeltuin van het buurthuis",
        # a row of houses without a person, in dialect or not
        "t leste hoes van de straat wordt gesloopt",
        "Het laatste huis van de straat wordt gesloopt",
        # a public place sits there; the teller lives near it; an organisation's address
        "Wij zitten met de Voedselbank op de Tjalk 14, elke dinsdag open",
        "Het wijkteam zit op de Boeier 3, bel 14 030 voor een afspraak",
        "Wij zitten met de bieb tijdelijk aan de Kogge 2",
        "De huisarts zit in de Schoener 9, daar woon ik vlakbij",
        "De bieb zit op de Tjalk 3, daar wonen wij om de hoek",
        "Mijn adres is Stichting Kiem 4",
        "Mijn adres is Postbus 12",
        "we zitten op de Kamer 4.12 van het gemeentehuis",
        "Ik zit in Lijn 5 naar huis",
        "Wij wonen in de Top 10 van mooiste wijken",
        "Ik woon in de Randstad 2 jaar",
        "Spreekuur in kamer 3, dat is bij ons thuis de woonkamer",
        "De kerstmarkt is bij de boerderij bij de sluis",
        # sitting in a group or on a bench is no home
        "ik zit in de commissie die het huis met de groene deur gaat opknappen",
        "wij zitten in de appgroep van het huis met de rode deur",
        "ik zit op de bank voor het huis met de groene luiken",
        # a home near a landmark without a resident, an area, history, a public place
        "De woonboot bij de sluis is een rijksmonument",
        "We varen langs de woonboot bij de sluis",
        "Het buurthuis bij de sluis heeft een nieuw dak",
        "Ik woon in het huis bij de rest van de familie",
        "wij wonen in een huis bij de zee",
        "In het huis bij de kerk woonde vroeger de dominee",
        "De koffie is in het huis bij de kerk, het wijkcentrum",
        # general health information and first-person stories without a locator
        "De bewoners van de wijk zijn vaak eenzaam en soms ziek",
        "Voor bewoners van het Huis van de Wijk met dementie is er een koffieochtend",
        "Ik ben iemand met diabetes",
        "Mijn huis is 3 jaar oud",
        "Mijn adres is Kamer 12 van het hotel",
        "Ons huis is Huize Avondrood 3 keer per jaar open",
        "Bij ons thuis is het feest op 12 mei",
        "Ik heb zelf lang op straat geleefd",
        "De mensen in de wijk zijn vaak eenzaam en soms ziek",
        "Mensen met een blauwe parkeerkaart en een handicap mogen hier parkeren",
        "Mensen met de rode pas van de voedselbank zijn welkom",
        "De jongens van het voetbalteam hebben een blessure",
        "Wij hebben een project voor ex-gedetineerden in de wijk",
        "Ik heb een rode fiets en ik heb diabetes",
        "De bewoners van de woonboot organiseren een avond over dementie",
        # addresses of public places in an adres field
        "Huis van de Wijk, Kerkplein 4",
        "Buurthuis De Kiem, Kerkplein 4 (ingang voor de voorzitter)",
        "Bezoekadres: Kerkplein 4",
        "Kerkplein 4, bij de ingang",
        "Kerkplein 4, bij de bibliotheek",
        "Buurthuis De Kiem, Kerkplein 4 (vraag bij de beheerder naar de sleutel)",
        "Sportpark Noord, Kerkplein 4, bij de kantine",
    ],
)
def test_left_alone(text: str) -> None:
    kind = FieldKind.ADDRESS if "Kerkplein 4" in text else FieldKind.TEXT
    assert scan_text(text, kind) == []
