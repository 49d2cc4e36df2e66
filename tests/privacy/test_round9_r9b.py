"""Round 9 of the privacy guard (issue 11), homes: classes, not sentences.

A street without a street word ("Hoefslag", "Klaproos", "Laan van Meerdervoort") with a house
number is a home when the sentence has one: the teller's own ("bij mij", "mijn voordeur", "ik
woon"), a door to ring at ("aanbellen", "achterom", "kom langs"), a household or a neighbour.
Frisian and Flemish street words count as street words. A house number said another way ("no
7", "#14", "nummertje 16", "huisnr is 12"), a dwelling by its number ("woonboot 7") and an
`adres` that says it is a person's door ("p/a", "achterom", "bel aan bij Van Dam", "3-hoog")
are homes too.

The negatives are the look-alikes: numbered things written like a street (groups, lines,
teams, bible verses, rooms, fields), public places and events at an address, years and dates.
Every positive checks the code and the exact text the finding quotes.
"""

from __future__ import annotations

import pytest

from welkom.check.privacy import FieldKind, scan_text

from .helpers import found

HOME = "privacy.home-address"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # a street without a street word, at the teller's home
        (
            "de kratjes staan bij mij in de gang op de Hoefslag 5a, achterom via het poortje",
            "Hoefslag 5a",
        ),
        (
            "planten ruilen bij mij voor de deur, Klaproos 44, naast de blauwe container",
            "Klaproos 44",
        ),
        ("mijn voordeur is op de Meidoorn 22, achterom is makkelijker", "Meidoorn 22"),
        ("Ophalen kan bij mij thuis op de Lange Voorhout 10", "Lange Voorhout 10"),
        (
            "de tas staat bij mij in de tuin, Laan van Meerdervoort 120",
            "Laan van Meerdervoort 120",
        ),
        ("ik woon aan de Laan van Nieuw Oost-Indië 5", "Laan van Nieuw Oost-Indië 5"),
        ("je kunt de pan ophalen bij ons in de schuur, Wilgenroos 7", "Wilgenroos 7"),
        ("De jas hangt bij mijn voordeur aan de Duivenslag 3", "Duivenslag 3"),
        ("Wie wil helpen: bel aan op de Vinkenslag 14 bij mij", "Vinkenslag 14"),
        ("Ik woon nu in de Zeven Provinciën 22", "Zeven Provinciën 22"),
        ("mijn brievenbus zit op de Morgenster 8 rechts", "Morgenster 8"),
        ("kom gerust langs: Kraanvogel 12, bovenste bel", "Kraanvogel 12"),
        # a neighbour's, a household's, a person's
        ("De sleutel ligt bij de buurvrouw, Akelei 31", "Akelei 31"),
        ("de buren op de Hazelaar 9 hebben een ladder", "Hazelaar 9"),
        ("Bij Fam. de Boer, Kievit 8, kun je de sleutel halen", "Kievit 8"),
        ("afgeven bij mevrouw Jansen, Klaproos 44", "Klaproos 44"),
        # Frisian and Flemish
        ("ik wen oan de Haadstrjitte 12", "Haadstrjitte 12"),
        ("wy wenje oan de Skoalleane 8", "Skoalleane 8"),
        ("by ús oan 'e Haadwei 3 is it altyd iepen", "Haadwei 3"),
        ("kom efkes del by my, Tsjerkebuorren 4", "Tsjerkebuorren 4"),
        ("mijn moeder woont op de Scheldekaai 14", "Scheldekaai 14"),
        ("bij ons in de Kloosterwei 7 kun je het ophalen", "Kloosterwei 7"),
        # a capitalised street word after a capitalised word
        (
            "Brieven gaan naar de secretaris, Nieuwe Gracht 61 zwart",
            "Gracht 61 zwart",
        ),
        # a house number said another way
        ("ik woon op #14", "op #14"),
        ("wij wonen op no 7", "op no 7"),
        ("Ik woon op nummertje 16", "op nummertje 16"),
        ("mijn huisnr is 12", "huisnr is 12"),
        ("ik wen op nûmer 12, kom mar del", "op nûmer 12"),
        ("Ophalen spullen rommelmarkt: postcode 9743 RS huisnr 12, na 5 uur", "huisnr 12"),
        # a dwelling by its number
        (
            "Woonwagen nummer 4 op het kamp, daar woont de vrouw die de paardjes verzorgt",
            "Woonwagen nummer 4",
        ),
        ("de man van woonboot 7 heeft een bootje te leen", "woonboot 7"),
        ("ik woon in stacaravan 12 achter de camping", "stacaravan 12"),
        ("wij wonen in de woonark nummer 3 aan de Vecht", "woonark nummer 3"),
        # a room someone lives in
        ("Mijn oma woont in de Zonnehof, kamer 12", "kamer 12"),
        ("hij woont in kamer 214 van het studentenhuis", "kamer 214"),
        ("Wij wonen in studio 3, kom gerust", "studio 3"),
        # a part of a person's home before the address
        (
            "De tuinclub komt deze keer samen in de tuin van Grietje, Populierenlaan 63.",
            "Populierenlaan 63",
        ),
        ("De repetitie is in de garage van Piet en Els: Schoolstraat 2", "Schoolstraat 2"),
        ("we oefenen op de zolder van Kees, Klaproos 44", "Klaproos 44"),
        ("De breiclub zit in de huiskamer van Joke, Meidoorn 7", "Meidoorn 7"),
        # a street whose name starts with an article
        ("ik woon op De Kolk 4", "De Kolk 4"),
        ("wij wonen aan Het Rak 7, kom gerust", "Het Rak 7"),
        ("Het pakketje mag bij mij in de bus, Het Want 12", "Het Want 12"),
        # the address alone, at the start of a sentence, after the home
        ("Interesse? Kom gerust langs! Klaproos 44.", "Klaproos 44"),
        ("Vragen? Bel aan bij ons. Zonnedauw 8", "Zonnedauw 8"),
        ("Klaproos 44, bij mij thuis, elke woensdag", "Klaproos 44"),
        # in small letters, right after the home phrase
        ("ik woon op de hoefslag 5a", "hoefslag 5a"),
        ("bij mij op de klaproos 44, achterom", "klaproos 44"),
        ("bel maar aan op de lange voorhout 10", "lange voorhout 10"),
        # without an article, the number ending the clause
        ("We verhuizen in juni naar Wiekslag 12", "Wiekslag 12"),
        ("Mijn voordeur zit op Boterbloem 17, achterom", "Boterbloem 17"),
        # an invitation at a family's
        ("bel aan bij Van Dam, Hazelaar 9", "Hazelaar 9"),
        ("kom langs bij Yilmaz, Tulp 17", "Tulp 17"),
        # a role's home, a pickup at a door
        ("adres van de gastouder: Klaproos 44", "Klaproos 44"),
        ("Adres oppas: Zwanebloem 3", "Zwanebloem 3"),
        ("Aanmelden bij de voorzitter, Klaproos 44", "Klaproos 44"),
        ("Het adres van onze penningmeester is Hoefslag 5a", "Hoefslag 5a"),
        ("Brengen naar: Klaproos 44", "Klaproos 44"),
        # a person right before the address
        ("Wij (Klaproos 44) doen ook mee", "Klaproos 44"),
        ("Bij de Jansens, Klaproos 44", "Klaproos 44"),
        ("De buurtapp-groep komt samen bij Saskia, Lisdodde 21", "Lisdodde 21"),
        ("Fatima (Hoefslag 5) kookt op vrijdag", "Hoefslag 5"),
        # a move
        ("Wij zijn verhuisd naar de Klaproos 44", "Klaproos 44"),
        ("Nieuw adres: Hoefslag 5a, de koffie staat klaar", "Hoefslag 5a"),
        ("Sinds mei ingetrokken op de Zonnedauw 8", "Zonnedauw 8"),
    ],
)
def test_home_found(text: str, shown: str) -> None:
    assert shown in found(text, HOME)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("bij mij thuis, Klaproos 44", FieldKind.CONTACT),
        ("Thuis: Klaproos 44", FieldKind.CONTACT),
        ("Thuisadres: Klaproos 44", FieldKind.CONTACT),
        ("Bel aan: Klaproos 44", FieldKind.CONTACT),
        ("Sleutelbeheer (bij mij thuis, Klaproos 44)", FieldKind.ROLE),
        ("Penningmeester - Klaproos 44, achterom", FieldKind.ROLE),
    ],
)
def test_home_in_contact_or_role(text: str, kind: FieldKind) -> None:
    assert found(text, HOME, kind) == ["Klaproos 44"]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("p/a Klaproos 44", "p/a"),
        ("Hoefslag 5a, achterom", "achterom"),
        ("bel aan bij Van Dam, Hazelaar 9", "bel aan"),
        ("Hoefslag 5a, aanbellen bij de achterdeur", "aanbellen"),
        ("Kievit 8 (fam. de Boer)", "fam."),
        ("Achter de garage van nr. 12, Klaproos", "Achter de garage van"),
        ("Lindelaan 4, 3-hoog", "3-hoog"),
        ("Lindelaan 4 - 2 hoog", "2 hoog"),
        ("Lindelaan 4, woonboot", "woonboot"),
        ("Lindelaan 4, kom achterom", "kom achterom"),
        ("Mr. P.J. Troelstrastr 112-3 hoog, daar woont de voorzitter", "daar woont"),
        ("Lindelaan 4 (hier wonen wij)", "hier wonen"),
        ("Het Hoekje (de garage van Piet), Schoolstraat 2", "garage van Piet"),
        ("In de tuin van Grietje, Populierenlaan 63", "tuin van Grietje"),
        ("postcode 2531AB huisnummer 16", "huisnummer"),
    ],
)
def test_private_adres_field(text: str, shown: str) -> None:
    findings = [f for f in scan_text(text, FieldKind.ADDRESS) if f.code == HOME]
    assert [(f.start, f.end) for f in findings] == [(0, len(text))]
    assert f"'{shown}'" in findings[0].message


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Buurthuis De Kiem, Hoefslag 5, 3521 AZ Utrecht", FieldKind.ADDRESS),
        ("Sluisweg 103, 9063 SS Zoerveen", FieldKind.ADDRESS),
        ("Lindelaan 4, ingang achterom bij de fietsenstalling", FieldKind.ADDRESS),
        ("Kerkstraat 5, zijingang (bel aan bij de balie)", FieldKind.ADDRESS),
        ("Huisartsenpraktijk De Linde, Lindelaan 4, achteringang", FieldKind.ADDRESS),
        ("Wijkcentrum De Kiem, Klaproos 44 (ingang aan de achterkant)", FieldKind.ADDRESS),
        ("Bibliotheek, Hoefstraat 12, 3 hoog", FieldKind.ADDRESS),
        ("Schoolstraat 7 hoog", FieldKind.ADDRESS),
        ("Moestuin De Kiem, Populierenlaan 63", FieldKind.ADDRESS),
        ("De Tuin van Eden, Hoefslag 2", FieldKind.ADDRESS),
        ("Speeltuin van de buurt, Hoefslag 2", FieldKind.ADDRESS),
        ("Buurthuis, huisnummer 12, ingang links", FieldKind.ADDRESS),
        ("1055 RV Amsterdam", FieldKind.ADDRESS),
        ("2513 AA Den Haag", FieldKind.ADDRESS),  # round 10: "2513 AA 14" is a home
        (
            "De tuinclub komt samen in de tuin van de bibliotheek, Populierenlaan 63.",
            FieldKind.TEXT,
        ),
        ("De tuin van iedereen, Klaproos 44, is open op zondag", FieldKind.TEXT),
        ("In de tuin van het buurthuis, Klaproos 44", FieldKind.TEXT),
        ("Buslijn 7 stopt voor de deur van het buurthuis.", FieldKind.TEXT),
        ("Kom langs bij de bieb. Klaproos 44.", FieldKind.TEXT),
        ("Kom langs! Vanaf 10.", FieldKind.TEXT),
        ("Mijn huis. Foto 3 van 10", FieldKind.TEXT),
        ("Welkom bij ons! Groep 8 zwaait af.", FieldKind.TEXT),
        ("Kom langs bij ons op het plein. Kraam 12.", FieldKind.TEXT),
        ("Boodschappen haal ik bij Jumbo, Klaproos 3", FieldKind.TEXT),
        ("Mijn fiets haal ik op bij Fietsplus, Hoefslag 12", FieldKind.TEXT),
        ("Bij mij in de straat staat een Tesla, Model 3", FieldKind.TEXT),
        ("Mijn zoon zit bij Sparta, Jeugd 3", FieldKind.TEXT),
        ("De bibliotheek is verhuisd naar de Klaproos 44", FieldKind.TEXT),
        ("Het buurthuis heeft een nieuw adres: Hoefslag 5a", FieldKind.TEXT),
        ("We verhuizen in juni, 3 dozen staan al klaar", FieldKind.TEXT),
        ("bij mij op de bank 2 uur tv kijken", FieldKind.TEXT),
        ("ik woon op de camping 3 weken", FieldKind.TEXT),
        ("bij ons op de verdieping 6 gezinnen", FieldKind.TEXT),
        ("bij ons op de lijst 12", FieldKind.TEXT),
        ("Wij wonen op Ameland, 2 vakantiehuizen", FieldKind.TEXT),
        ("Bij ons thuis kijken we naar Studio 3.", FieldKind.TEXT),
        ("Bij ons kwam Sinterklaas op Pakjesavond 5.", FieldKind.TEXT),
        ("Kom langs bij ons op Koningsdag 27.", FieldKind.TEXT),
        ("Ik heb op Radio 538 gehoord dat het gaat regenen bij ons", FieldKind.TEXT),
        ("Ik zat bij Ajax 1 in het team", FieldKind.TEXT),
        ("Bij ons thuis keken we: Nederland 2, Duitsland 1", FieldKind.TEXT),
        # an invitation of a venue
        ("Kom langs bij de Voedseltuin, Klaproos 4", FieldKind.TEXT),
        ("Bel aan bij de zijdeur van De Kiem, Hoefslag 5", FieldKind.TEXT),
        ("Welkom bij ons in De Boomgaard, Klaproos 44", FieldKind.TEXT),
        ("Kom langs op de Buurtboerderij, Hoefslag 5", FieldKind.TEXT),
        ("Parkeren kan voor de deur, Hoefslag 5", FieldKind.TEXT),
        ("Kom langs bij Atelier Zonnedauw, Klaproos 4", FieldKind.TEXT),
        ("Kom langs in het Wijkpaviljoen, Klaproos 4", FieldKind.TEXT),
        ("Bel aan bij de conciërge, Hoefslag 5", FieldKind.TEXT),
        ("Het adres van het buurthuis: Klaproos 44", FieldKind.TEXT),
        (
            "De voorzitter van de bewonerscommissie is bereikbaar via het wijkpunt, Klaproos 44",
            FieldKind.TEXT,
        ),
        ("Inleveren bij de bibliotheek, Klaproos 44", FieldKind.TEXT),
        ("Ophalen kan bij Buurtwinkel Klaproos, Hoefslag 5", FieldKind.TEXT),
        ("Je kunt je fiets ophalen bij Fietsplus, Hoefslag 12", FieldKind.TEXT),
        ("De winnaar is Groep 7 van De Regenboog", FieldKind.TEXT),
        ("Brengen naar de milieustraat, Hoefslag 5", FieldKind.TEXT),
        ("Afgeven bij de portier, Hoefslag 5", FieldKind.TEXT),
        ("Kom langs bij Theaterwerkplaats De Zolder, Klaproos 44", FieldKind.TEXT),
        ("Afhalen bij Bakkerij Van Dam, Klaproos 44", FieldKind.TEXT),
        ("Kom naar de bijeenkomst bij Buurtwerk (Klaproos 44)", FieldKind.TEXT),
        ("Het Repair Café (Hoefslag 5) is open", FieldKind.TEXT),
        ("Bij Jumbo (Klaproos 44) is een pinautomaat", FieldKind.TEXT),
        ("Bij Albert Heijn, Klaproos 4", FieldKind.TEXT),
        ("Coördinator van het Repair Café, Hoefslag 5", FieldKind.ROLE),
        ("Kom langs in het wijkpunt, Hoefslag 5", FieldKind.CONTACT),
        # public places and events at an address
        ("Het concert is op het Keizer Karelplein 3", FieldKind.TEXT),
        ("We zitten aan de Kade 12 met de hele groep", FieldKind.TEXT),
        ("Het Stadskantoor, Stadsplateau 1, 3521 AZ Utrecht", FieldKind.TEXT),
        ("De bibliotheek zit aan de Hoefslag 5, vlakbij mij", FieldKind.TEXT),
        ("Het buurthuis De Kiem, Klaproos 44, is open op dinsdag", FieldKind.TEXT),
        ("Kom langs bij het Wijkpunt, Hoefslag 5", FieldKind.TEXT),
        ("mijn buurman werkt bij de Gemeente, Stadsplateau 1", FieldKind.TEXT),
        ("Kom gerust langs in Buurtkamer De Hoek, Klaproos 44", FieldKind.TEXT),
        ("De gurdwara aan de Hoefslag 5 kookt elke zondag voor iedereen", FieldKind.TEXT),
        (
            "De Hindoestaanse mandir aan de Kempstraat 4 doet mee aan de Nacht van de Religies.",
            FieldKind.TEXT,
        ),
        (
            "We verzamelen bij de ingang van het Zuiderpark, Mr. P.J. Troelstraweg 1.",
            FieldKind.TEXT,
        ),
        ("De braderie is op de Oude Markt 1 tot 40", FieldKind.TEXT),
        # numbered things written like a street, with a home word in the sentence
        ("Mijn huis staat in de Vogelbuurt, Blok 3", FieldKind.TEXT),
        ("Ik woon in de buurt, Kinderen 4 en 7 jaar", FieldKind.TEXT),
        ("Ik woon in Utrecht en speel bij de Zwaluwen 3 als keeper", FieldKind.TEXT),
        ("bij ons thuis spelen we op de PlayStation 5", FieldKind.TEXT),
        ("Welkom bij ons, Koffie 2 euro", FieldKind.TEXT),
        ("Wonen in de Binnenstad 2 kamers vanaf 900 euro", FieldKind.TEXT),
        ("Mijn huis ligt aan de Rijn, Km 12", FieldKind.TEXT),
        ("Bij mij in de klas, Groep 6, zitten 24 kinderen", FieldKind.TEXT),
        ("Kom langs op de Open Dag 12 oktober", FieldKind.TEXT),
        ("Ik woon al 20 jaar in de wijk, sinds Koningsdag 2004", FieldKind.TEXT),
        ("Mijn huis staat aan de Noordzee 2 km verderop", FieldKind.TEXT),
        # years, dates, meetings, lines and fields
        ("Jaarvergadering 2026: 22 januari, aanvang 20.00 uur", FieldKind.TEXT),
        ("Ledenvergadering 12 maart in het buurthuis", FieldKind.TEXT),
        ("Trambaan 4 rijdt tot het Hobbemaplein.", FieldKind.TEXT),
        ("Tennisbaan 3 is gereserveerd voor de jeugd", FieldKind.TEXT),
        ("De woonboot 7 meter lang, te koop", FieldKind.TEXT),
        ("Ik zit in kamer 12 van het wijkkantoor", FieldKind.TEXT),
        ("Het spreekuur is in kamer 2.14", FieldKind.TEXT),
        ("Wij wonen hier al 12 jaar, kamer 3 is de logeerkamer", FieldKind.TEXT),
        ("Voor wie zelfstandig woont is er hulp in kamer 4 van het wijkteam", FieldKind.TEXT),
    ],
)
def test_no_home(text: str, kind: FieldKind) -> None:
    assert found(text, HOME, kind) == []
