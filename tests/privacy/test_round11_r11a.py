# ruff: noqa: E501
"""Round 11 (r11a): special-category data tied to a person, and people and homes located by
description, as fresh writers put them.

Each block is a class of sentences, not one sentence: variants in other words, order and
fields, and look-alikes without personal data.
"""

from __future__ import annotations

import pytest

from welkom.check.privacy import FieldKind, scan_text

from .helpers import found

SPECIAL = "privacy.special"
HOME = "privacy.home-address"

# Detention said with a time ("zit sinds vorige week vast"), a release ("bajes"),
# being taken away by the police. CLINIC: a named forensic clinic or prison, or its kind.
# DOOR: a door counted along a galerij or from the lift. APPOSED: more of the address after a
# comma ("van blok B, kamer 14 komt uit ..."). SELF: a teller the buurt knows by a street, a
# look or a habit at a spot. LONG_STORY: the teller says where they live in another sentence.
# SHELTER: sleeping in "zn auto", "dr busje".
DETENTION = [
    ("De buurjongen is in de boeien geslagen, ik zag het zelf", "in de boeien geslagen"),
    (
        "de politie heeft de buurman van 3 hoog vorige week meegenomen",
        "politie heeft de buurman van 3 hoog vorige week meegenomen",
    ),
    ("de zoon van de overburen zit al een paar weken vast", "zit al een paar weken vast"),
    ("mijn bovenbuurman zit sinds vorige week vast dus het is stil", "zit sinds vorige week vast"),
    ("de zoon van de buren zit sinds gisteren vast", "zit sinds gisteren vast"),
    (
        "Die jongen van 3 hoog zit sinds maart vast, zijn moeder is er kapot van",
        "zit sinds maart vast",
    ),
    ("onze buurman zit sinds afgelopen zomer vast", "zit sinds afgelopen zomer vast"),
    (
        "de vader van het gezin op 2 hoog zit sinds begin dit jaar vast",
        "zit sinds begin dit jaar vast",
    ),
    ("Henk van de Merelstraat zit sinds december vast", "zit sinds december vast"),
    ("de buurjongen is vorige week meegenomen door de politie", "meegenomen door de politie"),
    (
        "De buurman van de overkant is gisteren afgevoerd door de politie",
        "afgevoerd door de politie",
    ),
    ("de buurvrouw van de hoek is weggehaald door de recherche", "weggehaald door de recherche"),
    ("de buurman op de hoek kwam net uit de bajes", "bajes"),
    ("die knul van de overkant is net uit de gevangenis", "gevangenis"),
    ("de bovenbuurman is vers uit de PI en nog wat onrustig", "uit de PI"),
]
CLINIC = [
    ("de buurvrouw van 3 hoog zit in Parnassia", "Parnassia"),
    ("de man op de hoek zat in de Bijlmerbajes", "Bijlmerbajes"),
    ("op 2 hoog woont een man die net uit Veldzicht komt", "Veldzicht"),
    ("De nieuwe buurman van de overkant komt uit de Van Mesdag", "Van Mesdag"),
    ("de jongen van de overkant zat in Zon en Schild", "Zon en Schild"),
    ("de buurman van 12 komt uit een tbs-kliniek", "tbs"),
    ("de vrouw van 3 hoog komt net uit de afkickkliniek", "afkickkliniek"),
    ("die jongen op 1 hoog komt uit de jeugdgevangenis", "jeugdgevangenis"),
    ("onze bovenbuurman komt net uit de Pompekliniek", "Pompekliniek"),
    ("de man op de hoek zat jaren in Oldenkotte", "Oldenkotte"),
    ("de zoon van de buren is pas uit Vught", "pas uit Vught"),
]
DOOR = [
    (
        "Aan het eind van de galerij, tweede deur voor de lift, woont een man die net uit Veldzicht komt.",
        "Veldzicht",
    ),
    ("Tweede deur links op de galerij woont een vrouw met dementie", "dementie"),
    ("aan het eind van de galerij woont een man die verslaafd is", "verslaafd"),
    ("naast de lift op de derde woont een gezin dat in de schulden zit", "schulden"),
    (
        "de laatste deur van de galerij, daar woont iemand die net uit de gevangenis komt",
        "gevangenis",
    ),
    ("Bij de vuilstort op 4 hoog woont een man met schizofrenie", "schizofrenie"),
    ("de derde deur van de gang, daar woont een vrouw die dakloos is geweest", "dakloos"),
]
APPOSED = [
    (
        "De nieuwe jongen van blok B, kamer 14 komt uit een psychiatrische instelling en is nog een beetje schuw.",
        "psychiatrische",
    ),
    ("De vrouw uit portiek 3, 2e verdieping heeft kanker", "kanker"),
    ("Meneer van het hoekhuis, 3 hoog is dement", "dement"),
    ("De nieuwe bewoner van de Eikenflat, kamer 7 komt uit de opvang", "opvang"),
    ("de man van de Lindeflat, unit 12 zit in de schuldhulp", "schuldhulp"),
    ("het meisje van blok C, tweede verdieping heeft anorexia", "anorexia"),
]
SELF = [
    ("ik zit altijd op het bankje bij de kerk, ik ben al twee jaar dakloos", "dakloos"),
    (
        "Je ziet me elke ochtend bij de Albert Heijn met de straatkrant, ik slaap in de nachtopvang",
        "nachtopvang",
    ),
    ("ik sta elke dag voor de Lidl, ik woon in de daklozenopvang", "daklozenopvang"),
    ("je kent me wel van het bankje bij de Kruidvat, ik ben verslaafd geweest", "verslaafd"),
    ("ik sta elke zaterdag op de markt met groente, ik ben moslim", "moslim"),
    (
        "Ik ben dat meisje van de Dahliastraat met dat kale hoofd, ik heb leukemie gehad en ben nu schoon verklaard",
        "leukemie",
    ),
    (
        "Ik ben die jongen van de Meidoornstraat met die rode jas, ik ben verslaafd geweest",
        "verslaafd",
    ),
    ("ik ben dat meisje van de Dahliastraat, ik heb kanker gehad", "kanker"),
    (
        "Ik ben de vrouw die altijd bij de Jumbo de krant verkoopt, ik woon in de nachtopvang",
        "nachtopvang",
    ),
    (
        "ik ben die meneer die elke dag op het bankje bij de kerk zit, ik ben vroeger dakloos geweest",
        "dakloos",
    ),
    ("ik ben de man die altijd voor de Lidl staat, ik slaap in de nachtopvang", "nachtopvang"),
    (
        "ik ben de jongen die altijd bij de Kruidvat op de bank zit, ik slaap al een half jaar in de nachtopvang",
        "nachtopvang",
    ),
    (
        "Ik, de nieuwe bewoner van de benedenwoning in de Dahliastraat, kom uit de verslavingskliniek en zoek vrijwilligerswerk.",
        "verslavingskliniek",
    ),
    ("Ik, de bewoonster van de bovenwoning in de Lindelaan, heb MS", "MS"),
    ("ik, de huurder van de hoekwoning aan de Vijverweg, ben moslim", "moslim"),
]
LONG_STORY = [
    (
        "ik heb 2 jaar in de daklozenopvang gezeten en daarvoor een tijd in portieken geslapen, en nu woon ik sinds de zomer op de Kerkweg boven de kapper, dus kom gerust langs",
        "daklozenopvang",
    ),
    (
        "ik heb 3 jaar in de opvang gewoond. Nu woon ik op de Kerkweg boven de bakker en het gaat goed",
        "opvang",
    ),
    (
        "Ik ben lang verslaafd geweest. Sinds maart woon ik in de Dahliastraat naast de snackbar.",
        "verslaafd",
    ),
    (
        "Ik heb een depressie gehad. Nu wonen we in het hoekhuis van de Lindelaan en gaat het beter.",
        "depressie",
    ),
]
# A client of the food bank said after the service: "een gezin dat van de voedselbank leeft".
CLIENT_AFTER = [
    ("Op de bovenste verdieping woont een gezin dat van de voedselbank leeft", "voedselbank"),
    ("de vrouw naast de lift, die van de voedselbank eet", "voedselbank"),
]
SHELTER = [
    (
        "die dikke meneer die altijd bij de bushalte voor de Aldi zit, die slaapt in zn auto sinds zn vrouw hem eruit heeft gezet",
        "slaapt in zn auto",
    ),
    ("de buurman van 5 slaapt in dr busje", "slaapt in dr busje"),
    ("de buurvrouw woont sinds de scheiding in zn camper", "woont sinds de scheiding in zn camper"),
    ("de jongen van 2 hoog pit al weken in zn auto", "pit al weken in zn auto"),
]
NEGATIVES = [
    "De voedselbank eet samen met de buren op vrijdag",
    "de buurvrouw van 3 hoog brengt elke week pakketten rond voor de voedselbank",
    "het raam zit sinds vorige week vast, dus bel de huismeester",
    "De lift van blok B zit sinds gisteren vast, de huismeester weet het",
    "Mijn buurvrouw werkt bij Parnassia",
    "de buurman werkt in Veldzicht als verpleger",
    "Ik zit elke dinsdag in het taalcafé, ik ben vluchteling en leer Nederlands",
    "ik sta altijd klaar voor de buren, ik ben zelf ook moslim",
    "Ik zit vaak op de bank met een boek, ik heb een depressie gehad",
    "je kent me misschien, ik ben lang verslaafd geweest",
    "ik zit altijd op mijn balkon, ik heb MS",
    # a long story: the teller's own topic, a neighbour's door elsewhere is no home of theirs
    "Ik had een zwaar jaar achter de rug. Eerst een opname. De volgende dag stond de buurvrouw van de overkant voor mijn deur.",
    "Er komt een jongen die hier woont met begeleiding. Ik woon zelf in de Lindeflat.",
    "Ik heb een depressie gehad. Ik woon hier nu twee jaar en de buurvrouw bracht soep.",
    "De bieb zit op de Tjalk 3, daar wonen wij om de hoek",
    "de politie heeft vorige week een man meegenomen bij het station",
    "De politie heeft de dief opgepakt, meldt de krant",
    "de politie kwam vorige week langs voor een praatje in het buurthuis",
    "ik zit sinds vorige week vast in de file",
    "de deur zit sinds gisteren vast, bel de huismeester",
    "mijn fiets zit sinds maart vast aan het hek",
    "de politie heeft vorige week een man meegenomen bij het station",
    "Veldzicht zoekt vrijwilligers voor de tuin",
    "De Van Mesdagkliniek in Groningen houdt een open dag",
    "de tweede deur is van de koffiekamer",
    "Neem de lift naar de derde verdieping, daar is de dagbesteding",
    "Het buurthuis, kamer 14 heeft een inloop over dementie",
    "Ik ben de vrouw die altijd de verhalen vertelt, ik heb kanker gehad",
    "ik ben dat meisje met de vragen, ik heb autisme",
    "ik ben een vrouw met diabetes en ik wandel graag",
    "Ik heb lang in de opvang gezeten. Nu heb ik een eigen huis en dat voelt goed.",
    "Hij zet zn auto in de garage",
    "Als vluchteling uit Syrië vond ik het eng om aan te bellen bij de buren, maar ze stonden de volgende dag met soep voor de deur",
    "Als moslim vier ik ook Kerst met de buren",
    "Als ex-verslaafde weet ik hoe de buurman zich voelt",
    "Als vluchteling kwam ik in 2015 naar de flat van de buren",
    "Als mantelzorger van een moeder met dementie weet ik hoe zwaar het is",
    "Zaal 2, dat is de grote zaal",
    "Bus 37, dat is de snelste",
    "Inleveren in de brievenbus van het buurthuis",
    "De brievenbus van Zaal 2 is kapot",
    "Hoofdstuk 3, dat is de mooiste",
    "Sinds 2019, dat is de eerste keer",
    "Lijn 4, daar zit de voorzitter niet in",
]


@pytest.mark.parametrize(
    ("text", "quote"),
    DETENTION + CLINIC + DOOR + APPOSED + SELF + LONG_STORY + SHELTER + CLIENT_AFTER,
)
def test_tied_topic_found(text: str, quote: str) -> None:
    assert quote in found(text, SPECIAL)


@pytest.mark.parametrize("text", NEGATIVES)
def test_look_alike_passes(text: str) -> None:
    assert scan_text(text) == []


# A home address tied to a role or to someone who lives there; the street has no street word.
ROLE_HOME = [
    (
        "Post voor de buurtpreventie mag in de brievenbus van Pinksterbloem 3, dat is de "
        "penningmeester",
        "Pinksterbloem 3",
    ),
    ("Sleutels ophalen bij Boterbloem 14, dat is de voorzitter", "Boterbloem 14"),
    ("Vragen? Klaproos 9, daar woont de secretaris", "Klaproos 9"),
    ("Formulieren in de bus bij Reiger 22 (de penningmeester)", "Reiger 22"),
    ("aanmelden bij de penningmeester, Zonnebloem 8", "Zonnebloem 8"),
    ("Briefjes in de brievenbus van Lijsterbes 11", "Lijsterbes 11"),
    ("lootjes in de voordeur van Hazelaar 5 gooien, dat is de buurtoma", "Hazelaar 5"),
]


@pytest.mark.parametrize(("text", "quote"), ROLE_HOME)
def test_role_home_found(text: str, quote: str) -> None:
    assert found(text, HOME) == [quote]


# A `rol` or `verteller` field that says where someone lives.
ROLE_FIELD = [
    ("portiek 4, 2e verdieping links, daar woont de man die de buurtkrant rondbrengt", "portiek 4"),
    ("de vrouw van portiek 2, 3e verdieping rechts", "portiek 2"),
    ("penningmeester, Pinksterbloem 3, dat is de penningmeester", "Pinksterbloem 3"),
]
ROLE_FIELD_NEGATIVES = [
    "huismeester",
    "voorzitter van de bewonerscommissie",
    "vrijwilliger bij het taalcafé",
    "coördinator van de voedselbank",
    "buurtvader",
]


@pytest.mark.parametrize(("text", "quote"), ROLE_FIELD)
def test_role_field_home_found(text: str, quote: str) -> None:
    assert quote in found(text, HOME, FieldKind.ROLE)


@pytest.mark.parametrize("text", ROLE_FIELD_NEGATIVES)
def test_plain_role_passes(text: str) -> None:
    assert scan_text(text, FieldKind.ROLE) == []
