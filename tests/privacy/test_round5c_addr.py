"""Round 5c of the privacy guard (issue 11): private addresses and locators.

Classes, not sentences: a street without a street word right after a pickup verb ("af te
halen Hoefslag 112a"); "huisnummer" with a number in words; a row house counted from a
landmark ("het derde rijtjeshuis na de brievenbus"); an `adres` that names a part or kind of
home, a family member or a way round the back to a garden; an invited audience ("alle buren")
is no person next to a public address. Special category: a teller known by a description
with a place, members of a party, a person in a ", waaronder …" clause, a name with a surname
after a street.

Every positive checks the code and the exact text the finding quotes. The negatives are the
look-alikes the same rules must leave alone: public places with the organisation named,
school groups and rooms, days and months, general descriptions without a place.
"""

from __future__ import annotations

import pytest

from welkom.check.privacy import FieldKind, locators, scan_text

from .helpers import found

HOME = "privacy.home-address"
SPECIAL = "privacy.special"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # a street without a street word, right after a pickup verb
        ("Ik heb nog een kinderwagen over, af te halen Hoefslag 112a", "Hoefslag 112a"),
        ("Ik heb nog een kinderwagen over, af te halen Hoefslag 112", "Hoefslag 112"),
        ("Af te halen: Zonnedauw 14, achterom.", "Zonnedauw 14"),
        ("de pannen graag terugbrengen Kamperfoelie 9-1", "Kamperfoelie 9-1"),
        ("Tafeltje op te halen Rietgors 21 na zes uur", "Rietgors 21"),
        # a street without a street word after a home phrase
        ("Wie wil de box? Af te halen bij mij, Boterbloem 3.", "Boterbloem 3"),
        ("Ophalen kan bij mij: Boterbloem 3", "Boterbloem 3"),
        ("De spullen staan klaar bij ons, Klaproos 12", "Klaproos 12"),
        ("Zin in koffie? Ik woon Klaproos 12.", "Klaproos 12"),
        ("Mijn adres: Klaproos 12, bel maar aan.", "Klaproos 12"),
        ("Mijn adres is Klaproos 12", "Klaproos 12"),
        ("Stuur het naar mijn adres, Klaproos 12-2.", "Klaproos 12-2"),
        ("Wij wonen sinds kort op Klaproos 12 hs.", "Klaproos 12 hs"),
        ("Kom gerust langs: Klaproos 12!", "Klaproos 12"),
        # "huisnummer" with a number in words, no preposition before it
        (
            "postcode 3 5 2 1 K X huisnummer veertien, daar kun je de spullen brengen",
            "huisnummer veertien",
        ),
        ("huisnummer veertien, daar kun je de spullen brengen", "huisnummer veertien"),
        # a row house counted from a landmark
        (
            "mijn huis is het derde rijtjeshuis na de brievenbus op de Kamillehof",
            "mijn huis is het derde rijtjeshuis na de brievenbus",
        ),
        ("ons huis is het vijfde na de speeltuin", "ons huis is het vijfde na de speeltuin"),
        ("wij wonen in het tweede huis na de bocht", "tweede huis na de bocht"),
        ("het vierde huisje na de brug, daar woon ik", "vierde huisje na de brug"),
        # an audience does not hide a home
        ("Feest bij de familie op Kerkstraat 12, alle buren welkom!", "Kerkstraat 12"),
        ("Mijn buurvrouw, Dorpsstraat 3: alle buren zijn welkom op haar feest.", "Dorpsstraat 3"),
    ],
)
def test_home_in_text(text: str, shown: str) -> None:
    assert shown in found(text, HOME)


@pytest.mark.parametrize(
    "text",
    [
        "Groep 7b is op schoolreis, ik ga mee",
        "Onze zoon zit in Klas 3a",
        "Af te halen bij de kringloop: Zonnedauw 14",
        "Jassen inleveren Lokaal 12, ik sta daar",
        "ophalen Zaterdag 14 juni bij mij",
        "Je kunt ophalen vanaf Maart 2026, ik bel je",
        "Brengen Station 5 vóór tien uur, dan ben ik er",
        "Het buurthuis heeft huisnummer veertien.",
        "Huisnummer twaalf van de lijst is gewonnen door het buurthuis.",
        "De eerste woning na de renovatie is klaar.",
        "Ik neem de tweede afslag na de rotonde.",
        "De derde deur na de balie is de wc van het buurthuis, vraag het mij gerust.",
        "Moskee Al Fath, Marshallaan 61, houdt vrijdag een open huis voor alle buren.",
        "Buurthuis De Kiem, Kerkstraat 12, nodigt alle buren uit voor de nieuwjaarsborrel.",
        "De bieb, Dorpsstraat 3: alle bewoners zijn welkom.",
        "Bus 12a rijdt naar het station.",
        "Mijn adres: Postbus 12, 9999 AA",
        "Bij ons, Groep 7 heeft vrij.",
        "Kom langs: Zaterdag 12 juni is de markt.",
        "Ik woon Kamer 12 van het verpleeghuis.",
        "Het adres van de bieb: Klaproos 12.",
        "Adres van het buurthuis is Klaproos 12, iedereen welkom.",
        "Kom langs bij de voedselbank: Klaproos 12",
        "Bij ons in de wijk is Lijn 12 de snelste bus.",
    ],
)
def test_not_a_home_in_text(text: str) -> None:
    assert scan_text(text, FieldKind.TEXT) == []


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Vlierstraat 23 hs, 3512 SD – woonkamer van de voorzitter", "woonkamer"),
        ("Logeeradres voor de kinderen: Esdoornlaan 3 bis, bij opa en oma", "Logeeradres"),
        ("Esdoornlaan 3 bis, bij opa en oma", "bij opa en oma"),
        ("achterom bij Kievitstraat 15, de schuur achter in de tuin", "achterom"),
        ("Gentiaanhof 17, bovenwoning", "bovenwoning"),
        ("Kerkstraat 5, benedenwoning, bel bij de bovenste bel", "benedenwoning"),
        ("Berkenlaan 3 (bij mijn moeder)", "bij mijn moeder"),
        ("Lindelaan 8, in de achtertuin", "achtertuin"),
        ("Dorpsstraat 4, achterom via het poortje", "achterom"),
    ],
)
def test_private_address_field(text: str, shown: str) -> None:
    assert locators.private_address_candidate(text.lower())
    found_ = list(locators.find_private_address(text))
    assert [(f.code, f.start, f.end) for f in found_] == [(HOME, 0, len(text))]
    assert f"('{shown}')" in found_[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Kerkplein 3, achterom bij de fietsenstalling",
        "Buurtkamer De Hoek, Kerkstraat 5 (benedenwoning)",
        "Buurthuis De Kiem, Kerkstraat 12, achterom via het poortje",
        "Moestuin De Oogst, Parkweg 2, achter de tuinderij",
        "Wilgenhof 2 (hek bij de zandbak)",
        "Kanaalstraat 103 hs",
        "Huiskamer van de Wijk, Kerkstraat 5",
        "Verpleeghuis De Eik, Eikenlaan 3 (bij oma op bezoek? meld je bij de balie)",
        "Parkweg 1, in het koetshuis",
        "Oma's Keuken (lunchroom), Marktstraat 3",
    ],
)
def test_public_address_field(text: str) -> None:
    assert list(locators.find_private_address(text)) == []
    assert scan_text(text, FieldKind.ADDRESS) == []


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "ik ben degene met de rode scootmobiel bij de flat aan het Zonnepark, en ik heb al "
            "tien jaar een bipolaire stoornis.",
            "bipolaire",
        ),
        (
            "Dit verhaal gaat over mij, de man met de papegaai op het balkon van de Meeuwenflat: "
            "ik zat zes jaar in de daklozenopvang.",
            "daklozenopvang",
        ),
        (
            "Ik ben de vrouw met de drie honden uit het hofje en ik ben al jaren depressief.",
            "depressief",
        ),
        ("Ik ben degene op het bankje bij de Jumbo, ik ben verslaafd geweest.", "verslaafd"),
        (
            "Op de vergadering zaten ook twee mensen van de SP, waaronder Hennie de Groot van de "
            "Merelstraat.",
            "mensen van de SP",
        ),
        ("Hennie de Groot van de Merelstraat is lid van de SP.", "lid van de SP"),
        (
            "Twee mensen van de SP kwamen langs, onder wie Kees Bakker van de Merelstraat.",
            "mensen van de SP",
        ),
        (
            "Er kwamen drie leden van de PVV, waaronder de buurman van nummer 12.",
            "leden van de PVV",
        ),
        (
            "In de wijk wonen veel mensen met diabetes, zoals de buurvrouw van 3 hoog.",
            "diabetes",
        ),
        (
            "Er zijn ouderen met dementie in de flat, waaronder mevrouw op nummer 4.",
            "dementie",
        ),
    ],
)
def test_special_tied(text: str, shown: str) -> None:
    assert shown in found(text, SPECIAL)


@pytest.mark.parametrize(
    "text",
    [
        "Ik ben de jongste van drie en ik heb ADHD.",
        "Ik ben de man met een missie: ik heb zelf kanker gehad en zamel geld in.",
        "Ik ben de vrouw met de verhalen, ik heb zelf op straat geleefd.",
        "Ik ben de man met de gitaar, ik heb lang in de opvang gewoond.",
        "Ik heb al tien jaar een bipolaire stoornis, vraag me gerust wat.",
        "Er waren ook mensen van de SP op de vergadering.",
        "Iemand van de SP komt vertellen over de huurverhoging, waaronder de plannen.",
        "Mensen van de PvdA, de VVD en het CDA kwamen praten, zoals de wethouder.",
        "Praktijkondersteuner GGZ van de huisartsenpraktijk",
        "De buurvereniging zamelt in voor de daklozenopvang, waaronder de buurman.",
        "Voor mensen met schulden, zoals je buren, is er hulp.",
        "Er is een lezing over verslaving, onder andere door de wijkagent.",
    ],
)
def test_special_not_tied(text: str) -> None:
    assert found(text, SPECIAL) == []
