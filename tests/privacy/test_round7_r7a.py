"""Round 7 of the privacy guard (issue 11): homes, addresses and special-category ties.

Classes, not sentences: the dot of an abbreviation ("Dr.", "St.", "mw.", "o.a.", "Prof.") ends
no clause in which a tie is looked for; every form of a neighbour word ("benedenbuurman",
"buurjongens", "achterbuurvrouw"); drink with a quantity or a daily habit ("drinkt elke dag twee
flessen jenever"); in an `adres`, a floor with a side ("2e etage links") or a pickup at a door
("af te halen", "achterom, blauwe poort"); a dialect article after "langs" ("kom es langs ut
Kapelke 6"). Numbered plots, boxes and parking places are no home ("Volkstuin 17").

Every positive checks the code and the exact text the finding quotes. The negatives are the
look-alikes the same rules must leave alone.
"""

from __future__ import annotations

import pytest

from welkom.check.privacy import FieldKind

from .helpers import found

HOME = "privacy.home-address"
SPECIAL = "privacy.special"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # an abbreviation's dot inside the clause of a tie
        (
            "Bij de familie op de hoek van de Dr. Lelylaan is de vader opgenomen na een psychose.",
            "opgenomen",
        ),
        ("De vrouw van de St. Janstraat is o.a. bekend met depressie.", "depressie"),
        ("De man die bij mw. Prins naast de deur woont, heeft schizofrenie.", "schizofrenie"),
        ("De jongen uit de Prof. Lorentzstraat zit in de jeugdgevangenis.", "jeugdgevangenis"),
        ("Het gezin van de Burg. Jansenlaan woont in de daklozenopvang.", "daklozenopvang"),
        ("De vrouw op nr. 14 heeft MS, ze loopt met een rollator.", "MS"),
        ("De man van huisnr. 3 heeft kanker.", "kanker"),
        # every form of a neighbour word
        (
            "Mijn benedenbuurman heeft een taakstraf gekregen voor rijden onder invloed.",
            "taakstraf",
        ),
        ("De benedenbuurvrouw zit in de bijstand en heeft kanker.", "kanker"),
        ("Het buurmeisje heeft anorexia, zegt haar moeder.", "anorexia"),
        ("De buurjongens zitten allebei in de jeugdgevangenis.", "jeugdgevangenis"),
        ("Onze achterbuurvrouw is net uit de kliniek.", "kliniek"),
        ("De overbuurman heeft een enkelband.", "enkelband"),
        # drink with a quantity or a daily habit
        (
            "De oude man in het portiek naast de snackbar drinkt elke dag twee flessen jenever.",
            "drinkt elke dag twee flessen jenever",
        ),
        ("Die vrouw van nummer 8 drinkt 's ochtends al wodka.", "drinkt 's ochtends al wodka"),
        (
            "Onze bovenbuurvrouw drinkt de hele dag wijn, je ruikt het.",
            "drinkt de hele dag wijn",
        ),
        (
            "Henk van de Merelstraat dronk elke dag een hele fles whisky.",
            "dronk elke dag een hele fles whisky",
        ),
        (
            "De jongen op nummer 12 drinkt per avond drie blikken bier.",
            "drinkt per avond drie blikken bier",
        ),
        (
            "De opa van hiernaast drinkt elke ochtend zijn jenevertje.",
            "drinkt elke ochtend zijn jenevertje",
        ),
        (
            "De vrouw naast de bakker drinkt al om 10 uur 's ochtends bier.",
            "drinkt al om 10 uur 's ochtends bier",
        ),
    ],
)
def test_special_tie(text: str, shown: str) -> None:
    assert found(text, SPECIAL) == [shown]


@pytest.mark.parametrize(
    "text",
    [
        "Bij de Dr. Lelylaan is een GGZ-inloop voor iedereen met psychische klachten.",
        "De huisarts aan de Prof. Bronkhorstlaan helpt bij depressie.",
        "Ca. 20 bewoners deden mee aan de cursus over dementie.",
        "De buurman drinkt op zijn verjaardag een glas wijn mee.",
        "Bij het buurtfeest drinken we samen een biertje.",
        "Op de vrijmarkt zijn flessen wijn te koop voor 5 euro.",
        "De buurvrouw drinkt elke dag twee flessen water, goed voor haar nieren.",
        "Ik drink elke dag twee flessen cola.",
        "Wij drinken elke dag koffie met de buurvrouw.",
        "Ik drink 's avonds weleens een glas wijn met de buren.",
        "Te veel alcohol is slecht voor je lever, o.a. bij ouderen.",
    ],
)
def test_special_lookalikes(text: str) -> None:
    assert found(text, SPECIAL) == []


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Rozengaarde 12, 2e etage links", "Rozengaarde 12, 2e etage links"),
        ("Klaproos 4, 3 hoog rechts", "Klaproos 4, 3 hoog rechts"),
        ("Wilgenlaan 8, tweede verdieping achter", "Wilgenlaan 8, tweede verdieping achter"),
        (
            "gratis kinderkleding af te halen Beatrixln 61 (achterom, blauwe poort)",
            "gratis kinderkleding af te halen Beatrixln 61 (achterom, blauwe poort)",
        ),
        ("Dorpsstr. 14, achterom via het hek", "Dorpsstr. 14, achterom via het hek"),
        ("Zwanenwg 3, spullen ophalen na 18 uur", "Zwanenwg 3, spullen ophalen na 18 uur"),
        ("Hoofdstr. 22, 3-hoog links", "Hoofdstr. 22, 3-hoog links"),
        ("Merelpad 9 (achterom, via de poort)", "Merelpad 9 (achterom, via de poort)"),
        ("Ophalen: Zwanenwg 7", "Ophalen: Zwanenwg 7"),
    ],
)
def test_address_field_home(text: str, shown: str) -> None:
    assert found(text, HOME, FieldKind.ADDRESS) == [shown]


@pytest.mark.parametrize(
    "text",
    [
        "Stationsplein 5, 3e etage",
        "Buurthuis De Kiem, Kerkstraat 5, 1e verdieping links",
        "Kledingbank De Schakel, Kerkstraat 5, af te halen op dinsdag",
        "Bibliotheek Oost, Beatrixln 61 (achterom, bij de fietsenstalling)",
        "Beatrixln 61",
        "Huisartsenpraktijk Noord, Dorpsstr. 14, 2e verdieping",
        "Pluktuin De Hof, Tuinpad 3, af te halen bij de kas",
        "Marktpln 2, 4e verdieping",
        "Kerkstr. 3, 2e etage, kamer 2.14",
    ],
)
def test_address_field_public(text: str) -> None:
    assert found(text, HOME, FieldKind.ADDRESS) == []


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("kom es langs ut Kapelke 6 in Meerssen, dan drinke we ein koffie", "Kapelke 6"),
        ("kom gerust langs d'n Hoeskamp 3, de koffie staat klaar", "Hoeskamp 3"),
        ("kom maar langs 't Veldje 12, ik ben thuis", "Veldje 12"),
        ("kom ins langs bie os oppe Kapelstraot 4", "Kapelstraot 4"),
        ("De buurjongens van 12 helpen mee met de verhuizing.", "buurjongens van 12"),
        ("gratis bank af te halen Eikensngl 8, graag voor vrijdag", "Eikensngl 8"),
    ],
)
def test_dialect_invitation(text: str, shown: str) -> None:
    assert found(text, HOME) == [shown]


@pytest.mark.parametrize(
    "text",
    [
        "Volkstuin 17 is vrij, aanmelden via de tuinvereniging.",
        "Moestuin 4 wordt dit jaar gedeeld door twee gezinnen.",
        "Parkeerplaats 12 is voor de deelauto.",
        "Garagebox 7 is te huur, vraag het de beheerder.",
        "Berging 3 is leeg, de sleutel ligt bij het buurthuis.",
        "Kom langs bij lijn 6, de bus stopt voor het buurthuis.",
        "De volkstuin aan de Kapelstraot 6 is open op zaterdag.",
        "Volkstuin 23 heeft dit jaar de mooiste pompoenen!",
        "Parkeervak 18 is gereserveerd voor de huisarts.",
    ],
)
def test_plots_and_lookalikes(text: str) -> None:
    assert found(text, HOME) == []
