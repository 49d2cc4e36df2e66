"""Round 10 (r10a): special-category data tied to a person, as fresh writers put it.

Each block is a class of sentences, not one sentence: variants in other words, order and
fields, and look-alikes without personal data.
"""

from __future__ import annotations

import pytest

from welkom.check.privacy import FieldKind, scan_text

from .helpers import found

SPECIAL = "privacy.special"

# A third person after the teller ("ik heb met hem gepraat en hij is dakloos") and "zelf" in
# a clause about someone else ("die zelf autisme heeft") are no first-person story.
THIRD_PERSON = [
    ("ik heb vorige week met de buurman van 5 gepraat en hij is dakloos", "dakloos"),
    ("De man van nummer 12, ik ken hem al jaren en hij is verslaafd", "verslaafd"),
    ("ik sprak de vrouw van 3 hoog, ze heeft zelf kanker gehad", "kanker"),
    ("de buurvrouw op de hoek, ik zag haar gisteren en ze is zwanger", "zwanger"),
    ("Gisteren zag ik de jongen van 4-hoog, hij zit in de gevangenis", "gevangenis"),
    ("Bij de buurman op 2-hoog, die zelf autisme heeft, kun je terecht", "autisme"),
    ("vraag het de vrouw van nummer 7, die zelf depressief is geweest", "depressief"),
    ("Sleutelfiguur is Abdi, vader van vier uit de Eikenflat, hij was zelf dakloos", "dakloos"),
    ("Henk uit de Lindeflat was zelf verslaafd aan gokken", "verslaafd"),
    ("Ria van de Merelflat, zij is zelf moslima", "moslima"),
]
THIRD_PERSON_CONTACT = [
    ("contact via de buurman op 2-hoog, die zelf autisme heeft en graag helpt", "autisme"),
    ("bellen met de vrouw van nummer 8, die zelf in de schuldhulp zit", "schuldhulp"),
    ("mailen naar de buurvrouw van 3-hoog, zij heeft zelf dementie in de familie", "dementie"),
    ("via de man van nummer 4, die zelf verslaafd is geweest", "verslaafd"),
    ("vragen naar de jongen op 1-hoog, die heeft zelf ADHD", "ADHD"),
]
# The teller's own condition ("na mijn opname"): the buren in the clause are no tie.
OWN_TOPIC_NEGATIVES = [
    "Na mijn opname was ik bang voor de reacties van de buren, maar iemand bracht een plantje",
    "Tijdens mijn chemo kookten de buren elke dag voor me",
    "Sinds mijn burn-out help ik de buurman met zijn tuin",
    "Door mijn verslaving verloor ik het contact met de buren, nu gaat het beter",
    "Na onze lange opname kwam de buurvrouw met soep",
    "Over m'n depressie praat ik nu met de buurvrouw, dat helpt",
    "Ik heb een depressie gehad en de buren waren lief",
    "Mijn zware depressie is voorbij en de buurman vraagt hoe het gaat",
    "Mijn zoon heeft autisme en de buurvrouw brengt hem soms naar school",
    "Mijn zoon zit op het speciaal onderwijs en de buurvrouw brengt hem soms",
    "Onze dochter is doof, maar de buurkinderen leren gebaren",
    "M'n moeder is dement en de buren helpen met boodschappen",
    "Ik zat in de schulden en de buurvrouw van de overkant hielp met de brieven",
    "Toen ik dakloos was, hielp de buurvrouw me en zij gaf me soep",
    "Ik heb gezeten, de buurman weet het en hij kijkt me niet raar aan",
]
OWN_TOPIC_POSITIVES = [
    ("Ik heb kanker en woon op nummer 5", "kanker"),
    ("Ik weet dat op nummer 5 iemand kanker heeft", "kanker"),
    ("Mijn zoon heeft autisme en de buurjongen van nummer 4 ook", "autisme"),
    ("Mijn man en de buurman van 3-hoog zijn allebei verslaafd", "verslaafd"),
    ("Na mijn opname zei ik tegen de buurman dat zijn vrouw ook depressief is", "depressief"),
    ("mijn buurman dementeert, hij loopt vaak verloren", "dementeert"),
]
# A person known by a habit at a spot: "kees die altijd bij de aldi staat".
HABIT = [
    ("kees die altijd bij de aldi staat slaapt in de nachtopvang", "nachtopvang"),
    ("Jan die altijd bij de Aldi staat slaapt in de nachtopvang", "nachtopvang"),
    ("Piet die elke dag op het bankje bij de kerk zit, is dakloos", "dakloos"),
    ("ik weet niet of het mag maar kees die altijd voor de Jumbo staat is verslaafd", "verslaafd"),
    ("Marco, die vaak bij het station staat, zit in de schulden", "zit in de schulden"),
    ("Kees, die elke dag bij de Aldi staat, slaapt in de nachtopvang", "nachtopvang"),
    (
        "de man die al weken in die grijze auto achter de Jumbo slaapt is dakloos",
        "in die grijze auto achter de Jumbo slaapt",
    ),
    ("die van de grijze auto bij het tankstation is net uit de gevangenis", "gevangenis"),
    (
        "Frank van de fietsenwerkplaats slaapt al weken in zijn auto achter de Lidl",
        "slaapt al weken in zijn auto",
    ),
    ("de jongen van nummer 5 pit al weken in een tentje", "pit al weken in een tentje"),
    ("die man van de overkant overnacht in zijn busje", "overnacht in zijn busje"),
    ("de vrouw die in die rode auto bij de vijver slaapt", "in die rode auto bij de vijver slaapt"),
]
HABIT_NEGATIVES = [
    "De bus die altijd bij de Aldi stopt, rijdt naar het ziekenhuis",
    "De kraam die elke zaterdag op het plein staat verkoopt Turks brood",
    "Wie altijd bij het ziekenhuis parkeert, betaalt veel",
    "We slapen in tenten tijdens het kampweekend in het park",
    "Het busje dat elke dag bij de voedselbank staat brengt pakketten rond",
    "In de auto slapen mag niet op de parkeerplaats bij de sporthal",
    "De buren van 7 overnachten in hun camper in Frankrijk",
    "De buren van 7 slapen in een tent op de camping",
    "De kinderen van nummer 7 slapen in de tuin in een tent",
    "Met de buurman van 5 sliep ik in zijn busje op weg naar het festival",
]
# Dialect and lower case: "ut maedje van Lambers oppe hoek".
DIALECT = [
    ("ut maedje van Lambers oppe hoek is zwanger en is pas sechtien", "zwanger"),
    ("ut wicht van nummer 4 is zwanger", "zwanger"),
    ("'t meiske van de bakker is zwanger", "zwanger"),
    ("de vrouw oppe hoek is dement", "dement"),
    ("et manneke van de overkant zit in de gevangenis", "gevangenis"),
]
# A group located by a home, the faith or origin said as an adjective.
GROUPS = [
    (
        "De Poolse bouwvakkers in het huis naast de bakker zijn katholiek en gaan naar de mis.",
        "Poolse",
    ),
    ("De bouwvakkers in het huis naast de bakker zijn katholiek", "katholiek"),
    ("de arbeiders in nummer 8 zijn moslim", "moslim"),
    ("de nieuwe mensen in het hoekhuis zijn homo", "homo"),
    ("De studenten op 3-hoog zijn allemaal gelovig", "gelovig"),
    ("De Polen in nummer 8 zijn katholiek", "katholiek"),
    ("de seizoenwerkers naast de snackbar zijn Roemeens", "Roemeens"),
    ("De expats in het hoekhuis zijn joods", "joods"),
]
GROUP_NEGATIVES = [
    "Evangelische gemeente Shalom, Ringweg 301",
    "Poolse mis in de Sint-Jan, zondag om 12 uur",
    "Voor mensen in de schuldsanering is er een spreekuur naast de bakker",
    "De Poolse winkel naast de bakker verkoopt pierogi",
    "Katholieke basisschool De Regenboog, Schoolstraat 2",
    "Islamitische slager naast de bakker is op zondag dicht",
    "De bouwvakkers naast de bakker beginnen om zeven uur",
    "De loodgieter van nummer 12 repareert ook rolstoelen gratis",
    "In de lange Nieuwstraat zit de nieuwe huisartsenpraktijk voor mensen met diabetes",
    "Achter de kleine Kerk is de inloop voor daklozen",
    "De grote met de rode deur is het buurthuis, daar is de voedselbank",
]
# Said as a verb or phrase: being an imam, going to mass, youth care, a rugzakje.
LEXICON = [
    ("Wijkvader Hamid, woont in de Kievitflat, is imam geweest in Marokko", "is imam geweest"),
    ("de buurman van 6 was vroeger dominee", "was vroeger dominee"),
    ("de jongen van 17 op de Lijsterbeslaan zit op een jeugdinstelling", "jeugdinstelling"),
    ("het meisje van nummer 3 woont nu in een pleeggezin", "pleeggezin"),
    ("de zoon van de buren zit in een gezinshuis", "gezinshuis"),
    ("de buurvrouw van 4 gaat elke zondag naar de mis", "naar de mis"),
    ("de buurman van 2-hoog heeft een rugzakje", "heeft een rugzakje"),
    ("de man van nummer 10 is afgekeurd voor zijn werk", "is afgekeurd voor zijn werk"),
    ("de buurvrouw van 5 zit in de ziektewet", "ziektewet"),
    ("de buren op 1-hoog zijn streng orthodox", "orthodox"),
    ("de jongen van nummer 9 is zwakzinnig", "zwakzinnig"),
    ("Karin van de Merelstraat is socialist", "socialist"),
    ("de buurman van nummer 5 is afgekeurd.", "is afgekeurd"),
    ("de buurvrouw van 7 is halfzijdig verlamd", "halfzijdig verlamd"),
    ("de buurvrouw van 7 is in verwachting", "is in verwachting"),
    ("Fatma van de overkant is in verwachting van haar tweede", "is in verwachting"),
    ("Samira van de overkant is hoogzwanger", "hoogzwanger"),
    ("de buurvrouw van 7 heeft long covid", "long covid"),
    ("de man op 2-hoog heeft corona, breng boodschappen", "heeft corona"),
    ("zij van 2 hoog heeft het aan haar hoofd", "heeft het aan haar hoofd"),
    ("de buurvrouw van 7 is in de overgang en heel moe", "is in de overgang"),
    ("Piet van de overkant is een gokker", "gokker"),
    ("de buurman van 7 woont in een tent in het bos", "woont in een tent"),
    ("de buurman van 7 is net zijn huis uitgezet", "zijn huis uitgezet"),
    ("de buurvrouw van 7 is heel streng in de leer", "heel streng in de leer"),
    ("de buurman van 7 is getrouwd met een man", "buurman van 7 is getrouwd met een man"),
    ("de buurvrouw van 7 is eigenlijk een man", "is eigenlijk een man"),
    ("de buurvrouw van 7 krijgt hulp van de schuldhulpverlening", "schuldhulpverlening"),
    ("de buurvrouw van 7 heeft Veilig Thuis op bezoek gehad", "heeft Veilig Thuis"),
    ("de jongen van 7 zit op het speciaal onderwijs", "zit op het speciaal onderwijs"),
    ("Ans van de Merelstraat heeft een kunstbeen", "kunstbeen"),
    ("de buurman van 7 mist een been", "mist een been"),
    ("meneer boven mij drinkt veel alcohol elke dag", "drinkt veel alcohol"),
    ("die gast van nummer 6 is een cokehoer", "cokehoer"),
    ("de buurman van 6 is een alcoholicus", "alcoholicus"),
    ("de buurvrouw van 6 is gesluierd", "gesluierd"),
    ("de buurman van 6 heeft een hartstilstand gehad", "hartstilstand"),
    ("de buurvrouw van 6 heeft een zwakke gezondheid", "zwakke gezondheid"),
    ("de buurman van 6 hoort niks meer", "hoort niks meer"),
    ("de buurman van 6 is een beetje traag van begrip", "traag van begrip"),
    ("de buurman van 6 heeft zijn vrouw geslagen", "heeft zijn vrouw geslagen"),
    ("de buurman van 6 moet naar de rechter voor mishandeling", "moet naar de rechter"),
    ("de buurman van 6 heeft in Vught gezeten", "in Vught gezeten"),
    ("de buurman van 6 is een nicht", "is een nicht"),
    ("de buurman van 6 houdt van mannen", "houdt van mannen"),
    ("de Poolse klusjesman uit portiek 4 drinkt.", "Poolse"),
    ("de glazenwasser van nummer 12 heeft gezeten", "heeft gezeten"),
    ("de lange met de paardenstaart uit nummer 3 is lesbisch", "lesbisch"),
    ("De dikke met de rode jas is verslaafd", "verslaafd"),
    ("ouwe Dirk is alcoholist", "alcoholist"),
    ("gekke Henk zit in de schulden, zeggen ze", "zit in de schulden"),
    ("vrouw in huis 12 is zwanger maar geen man", "zwanger"),
    ("man van woning 14 is in gevangenis geweest", "gevangenis"),
    ("de buurman van 7 loopt met een stok en ziet slecht", "loopt met een stok"),
]
LEXICON_NEGATIVES = [
    "De aanvraag is afgekeurd, probeer het opnieuw",
    "Neem een rugzakje mee voor de wandeling",
    "Wij zoeken pleeggezinnen in de wijk, kom naar de informatieavond",
    "De imam van de moskee geeft een lezing over samenleven",
    "Onze buurman is imam in de moskee aan het plein",
    "De buurvrouw van nummer 4 is pastoor geworden",
    "Het ging mis met de planning, de avond is verplaatst",
    "Informatie over de ziektewet vind je bij het UWV",
    "De aanvraag van de buurman van nummer 5 is afgekeurd.",
    "Het plan van de bewoners van 3-hoog is afgekeurd, jammer",
    "De buurman van 7 is in verwachting van de uitslag van de loting",
    "De buurvrouw is in verwachting van bezoek uit Marokko",
    "De buurvrouw van 7 haalt haar corona-prik in het buurthuis",
    "Bij corona: blijf thuis en test jezelf",
    "De buurman van 7 ziet er slecht uit na de verbouwing",
    "De buurman drinkt veel water en thee bij het sporten",
    "De kat van de buurman van 7 is een zwarte, hij heet Joep",
    "Lezing over dementie in kamer 12 van het wijkcentrum",
    "Het ziekenhuis heeft 3 ingangen; huis 2 van de zorgboerderij is voor bezoek",
    "De overgang van groep 8 naar de middelbare school is voor de jongen van nummer 3 spannend",
    "Bel Veilig Thuis: 0800-2000, dag en nacht",
    "De vrijwilliger van de schuldhulp geeft hulp aan de buurvrouw van 7",
    "Ik ben getrouwd met een man uit Ghana",
    "De buurman van 7 mist een fiets, wie heeft hem gezien?",
    "De tent van de buurman van 7 staat klaar voor het buurtfeest",
    "De buurvrouw van 7 is een vrouw van weinig woorden",
    "De buurvrouw van 7 is een nicht van de bakker",
    "De buurman van 6 houdt van vrouwen die goed kunnen koken, zegt hij lachend",
    "De buurman van 6 loopt met een stok van de scouting",
    "De buurman van 6 heeft een rugzakje vol met snoep voor de kinderen",
    "De jongen van nummer 6 zit op het speciaal onderwijs als stagiair",
    "De buurvrouw van 6 is in de overgang van haar oude naar haar nieuwe baan",
    "De buurman van 6 houdt van koken en van mensen",
    "De buurman van 6 ziet niks meer in het plan voor de speeltuin",
    "Een goede gezondheid begint bij bewegen, zegt de buurman van 6",
    "De buurman van 6 zit in Vught op vakantie bij zijn zus",
    "De zaak van de buurman van 6 komt voor de rechter, het gaat om de erfgrens",
    "Jeugdinstelling De Hoenderloo zoekt vrijwilligers",
]


@pytest.mark.parametrize(("text", "quote"), THIRD_PERSON + DIALECT + GROUPS + LEXICON)
def test_tied_topic_found(text: str, quote: str) -> None:
    assert quote in found(text, SPECIAL)


@pytest.mark.parametrize(("text", "quote"), HABIT + OWN_TOPIC_POSITIVES)
def test_person_known_by_habit_found(text: str, quote: str) -> None:
    assert quote in found(text, SPECIAL)


@pytest.mark.parametrize(("text", "quote"), THIRD_PERSON_CONTACT)
def test_contact_sentence_found(text: str, quote: str) -> None:
    assert quote in found(text, SPECIAL, FieldKind.CONTACT)


@pytest.mark.parametrize(
    "text", OWN_TOPIC_NEGATIVES + HABIT_NEGATIVES + GROUP_NEGATIVES + LEXICON_NEGATIVES
)
def test_look_alike_spared(text: str) -> None:
    assert found(text, SPECIAL) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ans (ggz-team), 06-12345678",
        "Buurtteam, ma t/m vr 9-17 uur",
        "Spreekuur schuldhulp: dinsdag 10 uur, buurthuis",
        "Voedselbank Zuid, info@voorbeeld.nl",
    ],
)
def test_short_contact_values_spared(text: str) -> None:
    assert [f for f in scan_text(text, FieldKind.CONTACT) if f.code == SPECIAL] == []


def test_message_quotes_topic_and_tie() -> None:
    text = "de jongen van 17 op de Lijsterbeslaan zit op een gesloten jeugdinstelling"
    (finding,) = [f for f in scan_text(text) if f.code == SPECIAL]
    assert "('jeugdinstelling')" in finding.message
    assert "jongen" in finding.message
