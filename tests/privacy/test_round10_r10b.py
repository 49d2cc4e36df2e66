"""Round 10 of the privacy guard (issue 11), private addresses and homes: classes, not sentences.

An `adres` field of a plek is public unless it says it is someone's home. Writers say that in
many ways, in any position (before or after the address, in brackets, after a colon), in small
letters and with typos: the teller's own home ("bij ons huis", "bij mij aan huis", "m'n
schuurtje", "ik woon"), a relative's or a neighbour's ("van mijn zwager", "bij de buren"),
a person's ("bij mevrouw Yilmaz", "huize Jansen", "bij Ineke op zolder", "de huiskamer van
Ineke"), or a house known by its number ("de achterdeur van nummer 19", "bij nr. 12"). A
postcode and a house number without a street ("9741 PT 15") is how a resident gives the own
address; a public place writes its street.

In free text, a street named after a preposition ("Achter de Hoven 3", "Onder de Linden 7") is
a street, and the door of a numbered house ("via de achterdeur van nummer 19") is a home even
when the sentence says "ingang".

Every positive checks the code and the exact text the finding quotes. The negatives are the
look-alikes the same rules must leave alone: addresses of public places, with the place named
or not, landmarks, venue names that look like a home ("Ons Huis", "De Huiskamer").
"""

from __future__ import annotations

import re

import pytest

from welkom.check.privacy import FieldKind, scan_text, scanner

from .helpers import found

HOME = "privacy.home-address"
A, T = FieldKind.ADDRESS, FieldKind.TEXT


def _quoted(text: str, kind: FieldKind = A) -> list[str]:
    """What the messages of the home findings quote."""
    return [
        m.group(1)
        for f in scan_text(text, kind)
        if f.code == HOME
        for m in [re.search(r"'(.+?)'(?:\)|:| |$)", f.message)]
        if m is not None
    ]


# --- an `adres` field that says it is someone's home ---------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # the teller's own home, before or after the address, after a colon, in brackets
        ("Verzamelen bij ons huis, Meidoornpad 4", "bij ons huis"),
        ("bij mij aan huis, Fazantenhof 112", "bij mij aan huis"),
        ("Inleveren bij mijn huis: Spechtstraat 5 bov", "bij mijn huis"),
        ("Klaproos 44 (mijn huis)", "mijn huis"),
        ("Hoefslag 5a, in m'n schuurtje", "m'n schuurtje"),
        ("Mijn woning: Distelweg 10 app. 12", "Mijn woning"),
        ("distelweg 10, mn flatje 3e verdieping", "mn flatje"),
        ("verzamelen voor mijn deur, Meidoornpad 4", "mijn deur"),
        ("Zonnedauw 14, ons huisje achter de kerk", "ons huisje"),
        ("Wilgenlaan 3 - onze oude garage", "onze oude garage"),
        ("Spreeuwenlaan 6, bij ons in de garage", "bij ons in de garage"),
        ("Meidoornpad 4 bij mij voor de deur", "bij mij voor de deur"),
        ("Klaproos 44, bij mij", "bij mij"),
        ("Meidoornpad 4, by ús", "by ús"),
        ("De naaimachine staat bij ons in de schuur, Achter de Hoven 3", "bij ons in de schuur"),
        ("Brinkweg 2, ik woon op de eerste etage", "ik woon"),
        ("Brinkweg 2 (wij wonen boven de bakker)", "wij wonen"),
        ("Ringweg 9, woonachtig op de 2e", "woonachtig"),
        ("Lindelaan 4 , mijn adres", "mijn adres"),
        # a relative's, a friend's or a neighbour's home
        ("Meubels afgeven: garage achter Populierenlaan 88, van mijn zwager", "van mijn zwager"),
        ("de garage van mijn schoonvader, Dorpsweg 8", "van mijn schoonvader"),
        ("Zuiderweg 3, bij mijn schoonzus", "bij mijn schoonzus"),
        ("Eikenlaan 2, bij mijn zwager in de schuur", "bij mijn zwager"),
        ("Berkenstraat 56a, van onze buren", "van onze buren"),
        ("Vechtstraat 81-III, bij mijn vriendin", "bij mijn vriendin"),
        ("Populierenlaan 88 (huis van mijn broer)", "van mijn broer"),
        ("In de tuin van mijn ouders, Esdoornlaan 3", "van mijn ouders"),
        ("bij een kennis, Heistraat 12", "bij een kennis"),
        ("Heistraat 12 - bij de buren op de stoep", "bij de buren"),
        # a person's home
        ("Wilgenstraat 12, bij mevrouw Yilmaz", "bij mevrouw"),
        ("Keizersgracht 5, bij dhr. Pietersen", "bij dhr."),
        ("Kerkstraat 7, huize Jansen", "huize Jansen"),
        ("op zolder bij Ineke, Roerdompstraat 9", "zolder bij Ineke"),
        ("bij Corrie op de bank, Hazelaarlaan 7-II", "bij Corrie op de bank"),
        ("huiskamer van Ineke, Roerdompstraat 9", "huiskamer van Ineke"),
        ("Kerkstraat 7, in de keuken van Fatima", "keuken van Fatima"),
        # more of the same, as other writers put it
        ("Kastanjelaan 9 (garage van mijn vader)", "van mijn vader"),
        ("Vogelweide 3, bij pa en ma in de schuur", "bij pa"),
        ("kom maar naar mij: Berkenlaan 6", "naar mij"),
        ("Berkenlaan 6, onder mijn carport", "onder mijn carport"),
        ("Berkenlaan 6, in ons tuinhuis", "in ons tuinhuis"),
        ("Vogelweide 3 (mijn ouderlijk huis)", "mijn ouderlijk huis"),
        ("Vogelweide 3, mijn eigen garage", "mijn eigen garage"),
        ("Vogelweide 3, op mijn kamer", "op mijn kamer"),
        ("kamer 12 bij mevrouw de Wit, Vogelweide 3", "bij mevrouw"),
        ("Mevr. de Wit, Vogelweide 3", "Mevr. de Wit"),
        ("Vogelweide 3, de zijdeur van het huis", "zijdeur van het huis"),
        ("Vogelweide 3 (bij Joop)", "bij Joop"),
        ("Vogelweide 3, bij Sonja en Kees - 2e bel", "bij Sonja en Kees"),
        ("Lindelaan 12, bij zijn broer", "bij zijn broer"),
        ("Lindelaan 12, bij de bovenburen", "bij de bovenburen"),
        ("Lindelaan 12 – van tante Els", "van tante"),
        ("LINDELAAN 12, bij mijn moeder", "bij mijn moeder"),
        ("lindelaan 12 bij ons aan huis", "bij ons aan huis"),
        ("Lindelaan 12, huize Jansen", "huize Jansen"),
        ("Vogelweide 3 – bij de achterburen", "bij de achterburen"),
        ("bij Jan en Petra in de tuin, Vogelweide 3", "bij Jan en Petra in de tuin"),
        ("Vogelweide 3, bij mn pa", "bij mn pa"),
        ("Vogelweide 3, bie oons thuus", "bie oons thuus"),
        ("at my house, Vogelweide 3", "my house"),
        ("Vogelweide 3 (our place, 2nd floor)", "our place"),
        # a house known by its number
        ("Appartement 4B, Vogelweide 3", "Appartement 4B"),
        ("Distelweg 10 app. 12", "app. 12"),
        ("Vogelweide 3, woning 312", "woning 312"),
        ("Ingang via de achterdeur van nummer 19 in de Zeeheldenbuurt, Trompstraat", "nummer 19"),
        ("Sleutel halen bij nummer 12, Kastanjelaan", "bij nummer 12"),
        ("Lindelaan, de poort van nr. 7", "poort van nr. 7"),
    ],
)
def test_home_in_adres_field(text: str, key: str) -> None:
    assert found(text, HOME, A) == [text]
    assert any(key in quoted and quoted in text for quoted in _quoted(text))


@pytest.mark.parametrize(
    "text",
    [
        "Buurthuis De Kiem, Kerkstraat 12",
        "Kerkstraat 12, 9999 ZZ Voorbeeldstad",
        "Kerkstraat 12",
        "Ons Huis, Kerkstraat 5",  # a community centre's name
        "Onze Tuin, Kerkstraat 5",
        "De Huiskamer, Kerkstraat 5",
        "Huiskamer van de Wijk, Kerkstraat 5",
        "Onze Lieve Vrouwestraat 3",
        "Van Mijnsherenlaan 5",
        "Wijkcentrum De Kiem, bij ons in de grote zaal",
        "Marktplein 1, bij de fontein",
        "Kerkstraat 5 (bij de kerk)",
        "Stationsplein 5, kamer 2.14",
        "Kerkstraat 5, ingang via de achterdeur",
        "Dorpsweg 8, in de schuur achter de kerk",
        "Sporthal De Boerhoorn, Stationsweg 100, ingang bij nummer 102",
        "Kerkstraat, parkeren bij nummer 12",
        "Bibliotheek, Hoefstraat 12, de voordeur van nummer 12 is dicht, ga achterom",
        "Welkom bij ons: Kerkstraat 5",
        "Huis aan huis, Kerkstraat 5",
        "Laan van Meerdervoort 120",
        "Jan van Galenstraat 12, 1056 BD Amsterdam",
        "Annie M.G. Schmidtplein, bij de fontein",
        "Dorpshuis It Haske, Haadwei 41, 9111 AB Burdaard",
        "Speeltuin van de buurt, Hoefslag 2",
        "Zorgboerderij De Hoeve, Dorpsweg 8, bij de stal",
        "Inloophuis De Schakel (ingang aan de zijkant), Molenweg 22b",
        "Buurtkamer, Kerkstraat 5, bij de huismeester aanmelden",
        "9999 ZZ Voorbeeldstad",
        "Postbus 15, 9741 PT Groningen",
        "Kerkstraat 5, achter het stadhuis",
        "Kerkstraat 5, bij mij om de hoek",
        "Kerkstraat 5, bij ons in de buurt",
        "Kinderopvang Ons Stekje, Kerkstraat 5",
        "Ons Stekje, Kerkstraat 5",
        "Mijn Keuken, Kerkstraat 5",
        "Kerkstraat 5, bij de bushalte",
        "Kerkstraat 5, naast nummer 7",
        "Kerkstraat 5, open van ma t/m vr",
        "Kerkstraat 5, spreekuur bij ma t/m do",
        "Kerkstraat 5, wij zijn ma t/m vr open",
        "Ook zijn kinderen welkom, Kerkstraat 5",
        "Kerkstraat 5, open huis op zaterdag",
        "Huize Avondrust, Kerkstraat 7",
        "Kerkstraat 7, bij Jumbo",
        "Kerkstraat 7 (bij Dirk)",
        "In het Huis van de Wijk, Kerkstraat 7",
        "Kerkstraat 7, in het huis van de buurt",
        "Wij zijn te vinden aan de Kerkstraat 5",
        "Kerkstraat 5, bij de familiekamer van het ziekenhuis",
        "Kerkstraat 5, 3 appartementen boven de winkel",
        "bij ons aan huis, Fazantenhof",  # a street without a number is a direction
        "Mijn huis staat in de Kerkstraat",
        "Community centre My Place, Kerkstraat 5",
        "Our House, Kerkstraat 5",
        "Woningcorporatie Eigen Haard, Kerkstraat 5, 120 woningen",
        "Kerkstraat 5, de app 2 dagen van tevoren",
    ],
)
def test_public_adres_field(text: str) -> None:
    assert found(text, HOME, A) == []


# --- a postcode and a house number without a street ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "9741 PT 15",
        "9741PT 15",
        "1055 RV 12-1",
        "9741 PT, nr 15",
        "9741 PT 15 Groningen",
        "15, 9741 PT",
        "9741 pt 15",
        "Postcode: 9741 PT, 15a",
        "9741 PT 15-II",
        "pc 9741PT nr. 15",
    ],
)
def test_postcode_and_number_without_street(text: str) -> None:
    assert found(text, HOME, A) == [text.strip()]
    assert "straat" in scan_text(text, A)[0].message  # it says how to write a public address


@pytest.mark.parametrize(
    "text",
    [
        "Kerkstraat 15, 9741 PT Groningen",
        "9741 PT Groningen",
        "Postbus 15, 9741 PT",
        "Antwoordnummer 1234, 9741 PT",
        "Kerkstraat 15",
        "9741 PT",
    ],
)
def test_postcode_with_street_or_without_number(text: str) -> None:
    assert found(text, HOME, A) == []


# --- free text: streets named after a preposition, the door of a numbered house ------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "De naaimachine staat bij ons in de schuur, Achter de Hoven 3, Hengelo (Gld).",
            "Achter de Hoven 3",
        ),
        ("Spullen ophalen bij mij, Onder de Linden 7", "Onder de Linden 7"),
        ("wij wonen sinds kort op Over de Vesten 4", "Over de Vesten 4"),
        ("Kom langs op Achter het Hof 5, achterom", "Achter het Hof 5"),
        ("bel maar aan: Tussen de Bruggen 2", "Tussen de Bruggen 2"),
        ("Mijn adres is Binnen de Veste 3", "Binnen de Veste 3"),
        (
            "Ingang via de achterdeur van nummer 19 in de Zeeheldenbuurt, Trompstraat",
            "van nummer 19",
        ),
        ("Entree via de poort van nummer 23", "van nummer 23"),
        ("Ingang: de groene deur van nr. 4, dan de trap op", "van nr. 4"),
        ("ingang achterom via de tuin van nummer 12", "van nummer 12"),
    ],
)
def test_home_streets_and_doors_in_text(text: str, shown: str) -> None:
    assert shown in found(text, HOME, T)


@pytest.mark.parametrize(
    "text",
    [
        "De ingang van de bibliotheek is naast nummer 19",
        "Ingang van het buurthuis: de achterdeur van nummer 19",
        "Achter de 3 containers staat het hek",
        "Voor de Kerst 3 dozen met speelgoed ingezameld",
        "Onder de 12 jaar gratis, achter de kerk",
        "Tussen de Middag 2 uur pauze",
        "Lijn 19 stopt voor de deur, ingang aan de achterkant",
        "Het concert is op Achter de Hoven 3, in de kerk",
    ],
)
def test_streets_and_doors_that_are_no_home(text: str) -> None:
    assert found(text, HOME, T) == []


# --- the shortcut stays fast and hides nothing --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lindelaan 14, 1234 AB Dorp van mijn zwager",
        "Mijn schuur Lindelaan 14, 1234 AB Dorp",
        "Lindelaan 14, 1234 AB Dorp bij mevrouw Jansen",
    ],
)
def test_shortcut_hides_no_home(text: str) -> None:
    assert not scanner._plain_value(text, A)
    assert found(text, HOME, A) == [text]


def test_shortcut_still_taken() -> None:
    assert scanner._plain_value("Sluisweg 103, 9063 SS Zoerveen", A)
    assert scanner._plain_value("Jan van Galenstraat 12, 1056 BD Amsterdam", A)
