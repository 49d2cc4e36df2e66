"""Round 11 of the privacy guard (issue 11), private addresses and homes: classes, not sentences.

- A floor or a part of a house after the house number in an `adres` is one flat of a building,
  so a home unless a public place is named in the field: "23-II", "102-1" (a floor is smaller
  than the house number; "Marktplein 1-3" is a row), "bis", "boven", "zwart", "achterhuis",
  "zolderkamer", "kamer 2", "studio 4", "unit 3", "chalet 14 op camping ...". "hs" stays
  allowed: shops and offices write it too.
- The teller's own door or yard right before an address wins over a place word earlier in the
  sentence ("startpunt wandeling: bij ons voor de deur, Kloosterweg 2c").
- A role's letterbox or door: "in de brievenbus van Pinksterbloem 3", "dat is de
  penningmeester", "naar onze penningmeester, Hazelaar 9"; "de man uit nummer 8".
- A building part in a `rol` is a locator too ("bewoner van portiek 6, 3-hoog rechts").
- Look-alikes: a public place that moved ("de Inloop is verhuisd naar Marktstraat 17", "De bieb
  zit nu op ..."), a drawn number ("Nummer 7 wint de hoofdprijs!", "Bingo! Nummer 33 valt"),
  public buildings with rooms and units, rows of numbers.
"""

from __future__ import annotations

import pytest

from welkom.check.privacy import FieldKind, scan_text

from .helpers import found

HOME = "privacy.home-address"
T, A, R, C = FieldKind.TEXT, FieldKind.ADDRESS, FieldKind.ROLE, FieldKind.CONTACT

POSITIVES = [
    ("Johan Visserlaan 23-II, 9721 KT", A, "Johan Visserlaan 23-II, 9721 KT"),
    ("Kerkstraat 14-III", A, "Kerkstraat 14-III"),
    ("Van Speijkstraat 8-2, 2518 EV", A, "Van Speijkstraat 8-2, 2518 EV"),
    ("Amstelkade 102-1", A, "Amstelkade 102-1"),
    ("Jan Steenstraat 33 bis", A, "Jan Steenstraat 33 bis"),
    ("Kerkstraat 12 boven", A, "Kerkstraat 12 boven"),
    ("Kerkstraat 12-boven, 9721 KT Groningen", A, "Kerkstraat 12-boven, 9721 KT Groningen"),
    ("Nieuwe Gracht 61 zwart", A, "Nieuwe Gracht 61 zwart"),
    (
        "Tweede Helmersstraat 19-III, 1054 CD Amsterdam",
        A,
        "Tweede Helmersstraat 19-III, 1054 CD Amsterdam",
    ),
    ("Oosterpark 7 II", A, "Oosterpark 7 II"),
    ("Dorpsstraat 3 bovenwoning", A, "Dorpsstraat 3 bovenwoning"),
    ("Schoolstraat 2, bovenwoning", A, "Schoolstraat 2, bovenwoning"),
    ("Kerkweg 9a, achterhuis", A, "Kerkweg 9a, achterhuis"),
    ("Kerkweg 9, zolderkamer", A, "Kerkweg 9, zolderkamer"),
    ("Lindelaan 3, kamer 2", A, "Lindelaan 3, kamer 2"),
    ("Lindelaan 3, studio 4", A, "Lindelaan 3, studio 4"),
    ("chalet 14 op camping De Berk", A, "chalet 14 op camping De Berk"),
    ("Beukenlaan 12, unit 3", A, "Beukenlaan 12, unit 3"),
    ("startpunt wandeling: bij ons voor de deur, Kloosterweg 2c", T, "Kloosterweg 2c"),
    ("verzamelen bij mij voor de deur, Wilgenlaan 14", T, "Wilgenlaan 14"),
    ("we beginnen voor ons huis, Kloosterweg 2c", T, "Kloosterweg 2c"),
    ("Start: bij ons voor het huis (Eikenlaan 9)", T, "Eikenlaan 9"),
    ("de rommelmarkt is bij ons op de stoep, Kerkpad 7", T, "Kerkpad 7"),
    ("ophalen voor mijn deur: Merelstraat 4", T, "Merelstraat 4"),
    ("Vertrek om 10 uur vanaf onze voordeur, Lijsterbeslaan 21", T, "Lijsterbeslaan 21"),
    ("de kraam staat bij ons voor de deur, Rozenstraat 8a", T, "Rozenstraat 8a"),
    (
        "Post voor de buurtpreventie mag in de brievenbus van Pinksterbloem 3, "
        "dat is de penningmeester",
        T,
        "Pinksterbloem 3",
    ),
    ("Briefjes mogen in de bus bij Klaproos 44, daar woont de secretaris", T, "Klaproos 44"),
    ("Lever het formulier in bij Hoefslag 5a, dat is de voorzitter", T, "Hoefslag 5a"),
    ("de sleutel ligt bij Zonnebloem 12, daar woont Petra", T, "Zonnebloem 12"),
    ("Inleveren bij Wiekslag 12 (daar woont de penningmeester)", T, "Wiekslag 12"),
    ("De kinderkleding kan in de brievenbus van Meidoorn 7", T, "Meidoorn 7"),
    ("Gevonden fiets staat bij Lisdodde 21, dat is de man van de buurtapp", T, "Lisdodde 21"),
    ("Het geld gaat naar de penningmeester, Pinksterbloem 3", T, "Pinksterbloem 3"),
    (
        "portiek 4, 2e verdieping links, daar woont de man die de buurtkrant rondbrengt",
        R,
        "portiek 4",
    ),
    ("portiek 12, 3-hoog rechts woont de vrouw van de katten", T, "portiek 12"),
    ("blok C, 4e etage, deur 12: daar woont de beheerder", T, "blok C"),
    ("flat 3, tweede verdieping, daar woont onze voorzitter", T, "flat 3"),
    ("in portiek 6 op 2 hoog woont de man van het buurtkrantje", T, "portiek 6"),
    ("Wij zijn verhuisd naar Klaproos 44, kom gerust langs", T, "Klaproos 44"),
    ("Ik ben verhuisd naar Molenweg 3", T, "Molenweg 3"),
    ("Henk is verhuisd naar Kerkstraat 12", T, "Kerkstraat 12"),
    ("De man op nummer 7 heeft de hoofdprijs gewonnen", T, "op nummer 7"),
    ("Nummer 7 woont er al 30 jaar", T, "Nummer 7"),
    ("Oosterpark 7 II, 1092 AB Amsterdam", A, "Oosterpark 7 II, 1092 AB Amsterdam"),
    ("Kerkstraat 14-iii", A, "Kerkstraat 14-iii"),
    ("busje van de klusjesman uit nummer 8 blokkeert elke ochtend de uitrit", T, "uit nummer 8"),
    ("die jongen uit nummer 12 speelt altijd trompet", T, "uit nummer 12"),
    ("de kinderen uit nr. 4 zijn zo lief", T, "uit nr. 4"),
    ("De vrouw uit nummer 3a brengt de post rond", T, "uit nummer 3a"),
    ("Je kunt het afgeven op Kerkstraat 14-III", T, "Kerkstraat 14-III"),
    ("Marloes zit op de Van Speijkstraat 8-2, bel maar aan", T, "Speijkstraat 8-2"),
    ("ik zit in chalet 14 op camping De Berk, kom gerust langs", T, "chalet 14"),
    ("Hij woont nu in kamer 3 bij de familie Smit", T, "kamer 3"),
    ("ik huur een studio, nummer 2, boven de bakker", T, "nummer 2"),
    ("Onze nieuwe buurvrouw woont in de bovenwoning van nummer 12", T, "van nummer 12"),
    (
        "Kerkstraat 14, 2e verdieping, bij mij thuis",
        A,
        "Kerkstraat 14, 2e verdieping, bij mij thuis",
    ),
    ("Kerkweg 3, bovenwoning (achterom)", A, "Kerkweg 3, bovenwoning (achterom)"),
    ("Dorpsstraat 5 bis (bij Els)", A, "Dorpsstraat 5 bis (bij Els)"),
    ("Molenstraat 22-3", A, "Molenstraat 22-3"),
    ("Zonnebloemstraat 8 III", A, "Zonnebloemstraat 8 III"),
    ("Hoofdweg 120, studio 7", A, "Hoofdweg 120, studio 7"),
    (
        "kamer 12 in het studentenhuis, Kerkstraat 3",
        A,
        "kamer 12 in het studentenhuis, Kerkstraat 3",
    ),
    ("Spullen voor de rommelmarkt mogen op de stoep bij mij, Rozenhof 3", T, "Rozenhof 3"),
    ("we verzamelen bij ons in de tuin, Lindelaan 12", T, "Lindelaan 12"),
    ("De vergaderstukken gaan naar de secretaris, Meidoorn 7", T, "Meidoorn 7"),
    ("Stuur je aanmelding naar onze penningmeester, Hazelaar 9", T, "Hazelaar 9"),
    ("De sleutels liggen bij Lisdodde 21, daar woont de beheerder", T, "Lisdodde 21"),
    ("Mijn moeder is verhuisd naar Lindelaan 40", T, "Lindelaan 40"),
    ("De familie Jansen is verhuisd naar Kerkweg 3", T, "Kerkweg 3"),
    ("Sandra is verhuisd naar Molenweg 3", T, "Molenweg 3"),
    ("Nummer 18 woont er nu twee jaar en doet nooit open", T, "Nummer 18"),
    ("De Vries is verhuisd naar Kerkweg 3", T, "Kerkweg 3"),
    (
        "portiek 4, 2e verdieping links, daar woont de man die de buurtkrant rondbrengt",
        T,
        "portiek 4",
    ),
    ("bewoner van portiek 6, 3-hoog rechts", R, "portiek 6"),
    ("Kerkstraat 12, 3 hoog", A, "Kerkstraat 12, 3 hoog"),
    ("Kerkstraat 12 (bovenste bel)", A, "Kerkstraat 12 (bovenste bel)"),
    ("Kerkstraat 12 app. 4", A, "Kerkstraat 12 app. 4"),
    ("Zonnehof 4, flat 3, deur 12", A, "Zonnehof 4, flat 3, deur 12"),
    ("Kerkstraat 12 - bovenhuis", A, "Kerkstraat 12 - bovenhuis"),
    ("Kerkstraat 12 1-hoog", A, "Kerkstraat 12 1-hoog"),
    ("Kerkstraat 12, woning 4", A, "Kerkstraat 12, woning 4"),
    ("Vinkenlaan 3, achterste huisje", A, "Vinkenlaan 3, achterste huisje"),
    ("Molenweg 8, de caravan achter de boerderij", A, "Molenweg 8, de caravan achter de boerderij"),
    ("Camping De Berk, chalet 14", A, "Camping De Berk, chalet 14"),
    ("Kerkstraat 12, portiek 3, 2 hoog", A, "Kerkstraat 12, portiek 3, 2 hoog"),
    ("Kerkstraat 12-II", C, "Kerkstraat 12-II"),
    ("Jan, Kerkstraat 12 boven", C, "Kerkstraat 12 boven"),
    ("Ik woon op de Kerkstraat 12 boven, bel maar aan", T, "Kerkstraat 12 boven"),
    ("Mijn adres: Kerkweg 9a, achterhuis", T, "Kerkweg 9a"),
    ("we wonen in het achterhuis van Kerkweg 9", T, "Kerkweg 9"),
    ("Zonnehof 4, bel 3", A, "Zonnehof 4, bel 3"),
    ("Lever je lootje in bij de voorzitter, Klaproos 44", T, "Klaproos 44"),
    ("De prijs kun je ophalen bij nummer 12, daar woont de voorzitter", T, "bij nummer 12"),
    ("Wij zitten nu op Klaproos 44, kom gerust langs", T, "Klaproos 44"),
    ("Onze penningmeester zit nu op Hazelaar 9", T, "Hazelaar 9"),
    ("De brieven kunnen in de bus van Hoefslag 5a", T, "Hoefslag 5a"),
    ("Gooi het briefje maar in de brievenbus van Lisdodde 21", T, "Lisdodde 21"),
    ("Lever in op Kloosterweg 2c, bij ons voor de deur", T, "Kloosterweg 2c"),
    ("Start bij mij thuis, Kloosterweg 2c", T, "Kloosterweg 2c"),
    ("wandeling begint bij ons op de oprit, Eikenlaan 9", T, "Eikenlaan 9"),
    ("Onze Henk is verhuisd naar Kerkstraat 12", T, "Kerkstraat 12"),
    ("De Jong is verhuisd naar Kerkstraat 12", T, "Kerkstraat 12"),
    ("Onze Fatima zit nu op Molenweg 3", T, "Molenweg 3"),
    ("De Wit verhuist naar Kerkstraat 12", T, "Kerkstraat 12"),
]

NEGATIVES = [
    ("Kanaalstraat 103 hs", A),
    ("Parkweg 1, in het koetshuis", A),
    ("Kerkstraat 12, 9721 KT Groningen", A),
    ("Buurthuis De Kiem, Kerkstraat 14-1", A),
    ("Bibliotheek, Marktplein 3-II (2e verdieping)", A),
    ("Kerkstraat 12, 1e verdieping (lift aanwezig)", A),
    ("Stadhuisplein 1, zaal 2", A),
    ("Kerkstraat 5, zijingang", A),
    ("Sportpark Noord, veld 3", A),
    ("Hoofdstraat 12A, 9721 KT", A),
    ("startpunt wandeling: voor de deur van het buurthuis, Kloosterweg 2", T),
    ("Verzamelen voor de bibliotheek, Kerkstraat 1", T),
    ("We beginnen bij ons in de buurt, op het Marktplein", T),
    ("De brievenbus van het buurthuis hangt naast de deur", T),
    ("Inleveren bij de balie van Wijkcentrum Zonnebloem, Kerkweg 12", T),
    ("De brievenbus van de bibliotheek, Kerkstraat 1, is altijd open", T),
    ("Psalm 23, dat is de mooiste", T),
    ("De vergadering is in zaal 4, 2e verdieping links", T),
    ("Portiek 4 en 6 krijgen nieuwe deuren", T),
    ("Het spreekuur is op de 2e verdieping links, kamer 4", T),
    ("de Inloop is verhuisd naar Marktstraat 17, naast de Hema!", T),
    ("Het Repair Café zit nu op Kerkstraat 12", T),
    ("Nieuw adres van de Kledingbank: Dorpsstraat 40", T),
    ("De voedselbank is verhuisd naar Industrieweg 8", T),
    ("Het spreekuur verhuist naar Molenweg 3, achter het station", T),
    ("Taalcafé De Brug is verhuisd! We zitten nu op Stationsweg 22", T),
    ("Nummer 7 wint de hoofdprijs! Kijk even op je lootje", T),
    ("Lot nummer 14 heeft de taart gewonnen", T),
    ("De winnaar is nummer 112, gefeliciteerd!", T),
    ("Startnummer 45 kwam als eerste binnen", T),
    ("Bingo! Nummer 33 valt", T),
    ("Rugnummer 10 scoorde twee keer", T),
    ("Op nummer 1 van de verlanglijst: een nieuwe kachel", T),
    ("Lindelaan 4 hs, 1234 AB Dorp", A),
    ("Kerkstraat 3 i.v.m. verbouwing", A),
    ("Marktplein 1-3, 9721 KT Groningen", A),
    ("Kerkstraat 12-14", A),
    ("Sportlaan 2, kavel 4 (volkstuinvereniging)", A),
    ("Uit nummer 5 van de nieuwsbrief: de kerstmarkt komt eraan", T),
    ("Het liedje uit nummer 3 van het songboek", T),
    ("Stationsplein 5, kamer 2.14", A),
    ("Gezondheidscentrum Noord, Kerkstraat 14-1", A),
    ("Kerkstraat 14-1 (huisartsenpraktijk)", A),
    ("Marktplein 1-3", A),
    ("Industrieweg 12 unit 4 (Repair Café)", A),
    ("Bedrijvenpark Zuid, unit 3", A),
    ("Kerkstraat 12, lokaal 3", A),
    ("Het buurthuis staat op Rozenhof 3, naast de school", T),
    ("Stuur je aanmelding naar het secretariaat van het buurthuis, Kerkweg 12", T),
    ("Het Wijkcentrum is verhuisd naar Lindelaan 40", T),
    ("De bieb zit nu op Dorpsstraat 2, naast de Jumbo", T),
    ("Let op: het spreekuur van de wijkagent zit nu op Kerkstraat 3", T),
    ("De Kringloop is verhuisd naar Industrieweg 8, kom kijken!", T),
    ("Trekking: nummer 18 wint een taart!", T),
    ("Nummer 112 is de winnaar van de loterij", T),
    ("Op nummer 1 van de ranglijst: team De Spurters", T),
    ("Startnummer 3 is binnen, nummer 4 volgt", T),
    ("vrijwilliger bij de voedselbank", R),
    ("coördinator van de 2e verdieping van het buurthuis", R),
    ("Kerkstraat 12, 2e verdieping (lift aanwezig)", A),
    ("Camping De Berk, receptie", A),
    ("Winkelcentrum Noord, unit 12", A),
    ("Sporthal De Kiem, zaal 2", A),
    ("Kerkstraat 12 A", A),
    ("Het Huisje, Kerkstraat 3", A),
    ("Theehuisje De Linde, Parkweg 2", A),
    ("Caravanstalling Noord, Industrieweg 4", A),
    ("Schoolstraat 7 hoog", A),
    ("Kerkstraat 5, deur 2 (bibliotheek)", A),
    ("Vanaf 1 januari zit de Kledingbank op Kerkweg 3", T),
    ("De Inloop verhuist per 1 maart naar Marktstraat 17", T),
    ("Het nieuwe adres van de Weggeefwinkel is Dorpsstraat 40", T),
    ("Let op, nieuwe locatie! De Naaiclub zit voortaan op Molenweg 3", T),
    ("De Soos is verhuisd naar Kerkplein 2, boven de Rabobank", T),
    ("Lotje 14 en lotje 22 winnen een bos bloemen", T),
    ("Bij de bingo viel nummer 45 als laatste", T),
    ("De winnende loten: nummer 3, nummer 17 en nummer 88", T),
    ("Prijs voor nummer 12! Kom hem ophalen bij de kassa", T),
    ("Op plaats 2: nummer 14 met een taart", T),
]


@pytest.mark.parametrize(("text", "kind", "span"), POSITIVES)
def test_home_found(text: str, kind: FieldKind, span: str) -> None:
    assert span in found(text, HOME, kind)


@pytest.mark.parametrize(("text", "kind"), NEGATIVES)
def test_look_alike_passes(text: str, kind: FieldKind) -> None:
    assert scan_text(text, kind) == []


def test_floor_message_quotes_the_floor() -> None:
    (finding,) = scan_text("Johan Visserlaan 23-II, 9721 KT", A)
    assert "'23-II'" in finding.message and finding.code == HOME
