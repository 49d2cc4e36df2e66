"""Round 9 of the privacy guard (issue 11): special-category data tied to a person, and homes
and people located by description.

Classes, not sentences:

* debts, debt counselling, a guardian for money matters and the food bank, tied to a person,
  are as stigmatising as the special categories; a volunteer or a donor of the food bank and
  general information ("Heb je schulden?") are not;
* detention in the words of a story: "zat 6 maanden vast", "zat een half jaar vast", "betrapt op
  winkeldiefstal", "zit een straf uit";
* a person known by a family word or an honorific before a name ("Tante Gerda van de
  Merelstraat", where the name list sees a street named after someone), by a relation ("zijn
  ex", "de broer van …"), or by what they have with them ("die lange met de rode jas",
  "degene met de herder");
* a teller who locates themself by a recognisable home ("ik, van de woonboot bij de brug", "wij
  uit het huisje met de rode voordeur"); a home with a number of its own ("Woonwagen nummer 4");
* a locator at the start of a sentence ("Op de hoek van de Jan Steenstraat woont …");
* an aid (a wheelchair, a rollator) that stands somewhere or is lent is a thing, nobody's
  health; a place with its name ("Synagoge Beth Shalom") is no person; a topic word is never
  its own tie ("Tactus heeft …").

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
        # debts and the food bank, tied to a located or named person
        ("zij op de hoek met die grote hortensia heeft schulden en eet bij de voedselbank",
         "schulden"),
        ("De vrouw op de hoek heeft schulden.", "schulden"),
        ("Mijn bovenbuurvrouw haalt eten bij de voedselbank.", "voedselbank"),
        ("De buurvrouw krijgt een pakket van de voedselbank.", "voedselbank"),
        ("De familie van nummer 4 staat onder bewind.", "staat onder bewind"),
        ("De buurvrouw van 2 hoog heeft een bewindvoerder.", "bewindvoerder"),
        ("De buren van 3 hoog kunnen de huur niet meer betalen.",
         "kunnen de huur niet meer betalen"),
        ("Het gezin op de hoek leeft van de bijstand.", "leeft van de bijstand"),
        ("Die vrouw met de drie kinderen zit diep in de schulden.", "zit diep in de schulden"),
        ("Mijn buurman heeft grote geldproblemen.", "geldproblemen"),
        ("Bij de buren stond de deurwaarder op de stoep.", "deurwaarder"),
        ("De buren van 3 hoog zijn afgesloten van het gas.", "zijn afgesloten van het gas"),
        ("Ome Kees van het hofje zit in de schuldsanering.", "schuldsanering"),
        # detention in the words of a story
        ("de man van de hondenuitlaatgroep, die met de herder, zat 6 maanden vast voor diefstal",
         "zat 6 maanden vast"),
        ("De buurman zat twee jaar vast.", "zat twee jaar vast"),
        ("De buurman zit al een half jaar vast.", "zit al een half jaar vast"),
        ("De man naast de bakker is betrapt op winkeldiefstal.", "betrapt op winkeldiefstal"),
        ("De zoon van de buren zit een taakstraf uit.", "taakstraf"),
        ("Zijn ex zit in de gevangenis.", "gevangenis"),
        # family words and honorifics before a name
        ("Tante Gerda van de Merelstraat heeft borstkanker gehad en loopt nu mee met de Ladies "
         "Run.", "borstkanker"),
        ("ome Wim van de Lindelaan is dement.", "dement"),
        ("Meneer De Vries van de Julianastraat is opgenomen.", "opgenomen"),
        # relations
        ("De ex van de buurman is verslaafd.", "verslaafd"),
        ("Haar zoon drinkt al jaren.", "drinkt al jaren"),
        ("vriend van mij uit de Bijlmer op 8 hoog zit bij de AA, hij wil graag zijn verhaal doen",
         "zit bij de AA"),
        ("De buurman van nummer 3 gaat elke week naar de AA.", "gaat elke week naar de AA"),
        # a person described by a look or a companion
        ("die lange met de rode jas drinkt al jaren", "drinkt al jaren"),
        ("Die lange met de rode jas is alcoholist.", "alcoholist"),
        ("degene met de herder is alcoholist", "alcoholist"),
        ("Die man van de bushalte slaapt 's nachts in het fietsenhok.",
         "slaapt 's nachts in het fietsenhok"),
        ("Mijn buurman slaapt al weken in zijn auto.", "slaapt al weken in zijn auto"),
        # a teller located by a home
        ("ik, van de woonboot bij de brug, ben 3 maanden geleden gestopt met coke", "coke"),
        ("ik, van het huis met de grote boom, ben verslaafd geweest", "verslaafd"),
        ("ik van de flat naast de kerk ben bipolair", "bipolair"),
        ("wij, van de boerderij aan de dijk, zijn moslim", "moslim"),
        ("ik woon op de woonboot en ben alcoholist", "alcoholist"),
        ("Wij uit het huisje met de rode voordeur zijn allebei diabeet.", "diabeet"),
        # a locator at the start of a sentence; an inverted subject
        ("Op de hoek van de Jan Steenstraat woont een Eritrees gezin.", "Eritrees"),
        ("Op de hoek woont een man met dementie.", "dementie"),
        ("Sinds zijn ongeluk is Dirk van de Boezemstraat half verlamd, hij mist het voetballen.",
         "half verlamd"),
        ("De man van 2 hoog is rechts verlamd na een beroerte.", "rechts verlamd"),
        # an aside whose article belongs to a preposition
        ("Sleutelfiguur: de vrouw van de bloemenwinkel, zelf herstellend van een psychose, is er "
         "voor iedereen.", "psychose"),
        # party membership with the verb first
        ("Die vrouw die bij de bushalte aan de Vaartweg woont is bij de Partij voor de Dieren "
         "actief.", "is bij de Partij voor de Dieren actief"),
        ("De buurvrouw op de hoek is bij de SP actief.", "is bij de SP actief"),
        # people known by a look, a group word or where, and plural verbs of drink
        ("die dikke van drie hoog drinkt al jaren", "drinkt al jaren"),
        ("Zij van het huis met de palmboom is bipolair.", "bipolair"),
        ("Hij uit de woonboot bij de sluis zit in de schuldsanering.", "schuldsanering"),
        ("Het joch met de scooter van nummer 9 dealt.", "dealt"),
        ("Die griet uit portiek 2 is zwanger.", "zwanger"),
        ("Die gasten op het bankje drinken de hele dag bier.", "drinken de hele dag bier"),
        ("de mevrouw met de hoed is weer in de war", "is weer in de war"),
        # a topic said with a verb
        ("De buurman van 3 hoog snuift.", "snuift"),
        ("Die jongen van de overkant gokt.", "gokt"),
        ("De mevrouw van nummer 9 viel om door de drank.", "door de drank"),
        ("De jongen van nummer 2 snijdt zichzelf.", "snijdt zichzelf"),
        ("De vrouw van 4 hoog wordt geslagen door haar man.", "wordt geslagen"),
        ("De buren van nummer 10 maken altijd ruzie en hij slaat haar.", "hij slaat haar"),
        ("De buurman woont samen met zijn vriend.", "woont samen met zijn vriend"),
        # youth care
        ("De dochter van de buren is uit huis geplaatst.", "uit huis geplaatst"),
        ("De jongen van 2 hoog is in een inrichting geplaatst.",
         "is in een inrichting geplaatst"),
        ("De buurman krijgt hulp van jeugdzorg.", "jeugdzorg"),
        # the teller, located
        ("Bij mij, op de hoek van het plein, kun je terecht, ik heb zelf ook schulden gehad.",
         "schulden"),
        # released, money worries in other words, sheltered housing
        ("De buurman van nummer 4 kwam vorige week vrij.", "kwam vorige week vrij"),
        ("Die jongen uit portiek 2 komt in maart vrij uit de gevangenis.", "komt in maart vrij"),
        ("De buurvrouw van 3 hoog kan niet rondkomen.", "kan niet rondkomen"),
        ("Het gezin op de hoek moet elke euro omdraaien.", "elke euro omdraaien"),
        ("De buren van nummer 8 hebben het financieel zwaar.", "hebben het financieel zwaar"),
        ("De familie van 2 hoog zit in financiële problemen.", "financiële problemen"),
        ("Die vrouw met de kinderwagen leeft in armoede.", "leeft in armoede"),
        ("Mijn buurman woont in een beschermde woonvorm.", "beschermde woonvorm"),
        # someone who goes to the food bank
        ("De man van 2 hoog is afhankelijk van de voedselbank.", "voedselbank"),
        ("Het gezin op nummer 7 staat ingeschreven bij de voedselbank.", "voedselbank"),
        ("Ik help mijn buurman met de aanvraag bij de voedselbank.", "voedselbank"),
        # a newcomer or an elder known by where
        ("De nieuwe op 3 hoog is moslim.", "moslim"),
        ("De nieuwkomer op nummer 5 komt uit de opvang.", "opvang"),
        # a place with a person in it is still a topic
        ("De vrouw van 3 hoog ligt in het ziekenhuis.", "ziekenhuis"),
        ("De man naast de bakker zit in de kliniek.", "kliniek"),
        # the next door up, down or across
        ("Die van boven drinkt elke dag te veel.", "drinkt elke dag te veel"),
        ("Die van hierboven is verslaafd.", "verslaafd"),
        ("Die van schuin tegenover is opgenomen.", "opgenomen"),
        # an aid used by a person is still their health
        ("De vrouw van 3 hoog zit in een rolstoel.", "rolstoel"),
        ("Onze buurvrouw loopt met een rollator.", "rollator"),
    ],
)  # fmt: skip
def test_special_ties(text: str, shown: str) -> None:
    assert shown in found(text, SPECIAL)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Woonwagen nummer 4 op het woonwagenkamp aan de Veldweg, daar woont de vrouw die de "
         "paardjes verzorgt.", "Woonwagen nummer 4"),
        ("Breng de spullen naar woonark 12 aan de Amstel.", "woonark 12"),
        ("De stacaravan 7 op het kamp is van de familie Jansen.", "stacaravan 7"),
        # the word "huisnummer" says it is a house, also after a postcode
        ("Ophalen spullen rommelmarkt: postcode 9743 RS huisnr 12, na 5 uur", "huisnr 12"),
        ("Afhalen kan bij huisnummer 8, achterom.", "huisnummer 8"),
        # a unique home by a landmark or its place in the row, with its resident
        ("Kom langs bij de woonwagen achteraan op het kamp, daar woon ik.",
         "de woonwagen achteraan"),
        ("Wij wonen in de boerderij aan het eind van de Dijkweg, kom gerust langs.",
         "de boerderij aan het eind van de Dijkweg"),
        ("Spullen afgeven bij de stacaravan naast het toiletgebouw, daar woon ik.",
         "de stacaravan naast het toiletgebouw"),
        ("Mijn huis is het huis helemaal achteraan, bel maar aan.", "het huis helemaal achteraan"),
    ],
)  # fmt: skip
def test_numbered_homes(text: str, shown: str) -> None:
    assert shown in found(text, HOME)


@pytest.mark.parametrize(
    "text",
    [
        # general information and helpers of the food bank or debt help
        "Heb je schulden? Bel het Geldloket, gratis en anoniem.",
        "De voedselbank is elke donderdag open in het buurthuis.",
        "De voedselbank zit aan de Kerkstraat 25, open op dinsdag.",
        "Mijn buurvrouw is vrijwilliger bij de voedselbank.",
        "De buurman brengt elke week boodschappen naar de voedselbank.",
        "De buurvrouw brengt elke week spullen naar de voedselbank.",
        "Onze vrijwilligers van de voedselbank zoeken nog een chauffeur.",
        "De voorzitter van de voedselbank opent het buurtfeest.",
        "Mijn buren zamelen houdbaar eten in voor de voedselbank.",
        "Kom langs bij de inloop voor mensen met schulden, elke dinsdag in het buurthuis.",
        "De schuldhulp van de gemeente zit op de eerste verdieping van het buurthuis.",
        # first-person stories without a locator
        "Ik had schulden, maar met hulp van de schuldhulp ben ik er bijna uit.",
        "Ik ging zelf jaren naar de voedselbank, nu help ik er mee.",
        "Vroeger dronk ik te veel. Nu ben ik vijf jaar droog.",
        "Ik woon in een huis met een tuin en ik heb diabetes.",
        "Ik ben alcoholist geweest en woon nu in een flat.",
        "Ik ben moslim en ik woon hier al tien jaar.",
        # stuck, not detained; crime as a warning
        "De buurman zat vast in de lift, de monteur kwam snel.",
        "Mijn auto zat twee uur vast in de file.",
        "De deur van portiek 3 zit al weken vast.",
        "Pas op voor diefstal: zet je fiets op slot.",
        "Onze buurman zat 40 jaar bij de politie en is nu met pensioen.",
        # aids as things
        "in de lift max 8 personen, bij de ingang van blok A staat een rolstoel",
        "Bij de ingang van blok C staat een rollator voor wie hem nodig heeft.",
        "In het buurthuis op nummer 4 ligt een rolstoel te leen, vraag het de beheerder.",
        "In het buurthuis staat een rolstoel die je kunt lenen.",
        "De lift naar 3 hoog is breed genoeg voor een rolstoel.",
        "Op de tweede verdieping is een rolstoeltoilet.",
        # public places, at the start of a sentence too
        "Om de hoek zit de huisartsenpraktijk, ook voor mensen met diabetes.",
        "Op de hoek is de apotheek, daar haal je je medicijnen.",
        "De bibliotheek aan de Markt 4 heeft boeken over dementie.",
        # a relative clause, no description of a person
        "De tas die met de post kwam had medicijnen voor de apotheek.",
        # a description of someone, with nothing about them
        "Die met de rode jas is onze nieuwe voorzitter.",
        # drinking coffee, together
        "We drinken elke dag koffie met de buren op het bankje.",
        "De bejaarden van de flat drinken elke ochtend koffie samen.",
        "Die van de gemeente zeggen dat de opvang vol is.",
        "Het huis met de groene deur is van de kerk, daar is een inloop voor mensen met depressie.",
        # verbs with another meaning
        "De hond van de buren snuift aan alles.",
        "De buurman gokt op de uitslag van de wedstrijd.",
        "De buurman woont samen met zijn vriendin.",
        "De spits van de buren werd geslagen tijdens de wedstrijd.",
        "De buurvrouw werkt bij jeugdzorg.",
        "Ex-gebruikers vertellen hun verhaal in de bibliotheek.",
        "Bij ons, in het buurthuis, kun je praten over dementie.",
        # a room or a place that comes free; money worries in general
        "De zaal van de buren kwam vrij, dus we verhuizen.",
        "Bij de buren kwam er een kamer vrij.",
        "De buurvrouw is vrij op dinsdag.",
        "Veel mensen in de wijk leven in armoede; de voedselbank helpt.",
        "Heb je financiële problemen? Kom naar het spreekuur.",
        # a farm, a caravan, the end of the afternoon: nobody lives there in the sentence
        "De boerderij aan het eind van de Dijkweg verkoopt eieren.",
        "De caravan achteraan op de camping is van de scouting.",
        "Aan het eind van de middag is er soep in het buurthuis.",
        "De speeltuin ligt achter het huis aan het eind van de straat.",
        # the house number of a public place
        "Spullen voor de rommelmarkt kun je inleveren bij het buurthuis, huisnummer 12.",
        "Het buurthuis heeft huisnummer 12 tot 14, de ingang is bij 12.",
        "Vul je huisnummer in op het formulier.",
        # numbered holiday homes and counts
        "Op de camping staan 40 chalets en 12 stacaravans.",
        "Chalet 3 van het vakantiepark is te huur voor 50 euro per nacht.",
    ],
)
def test_look_alikes(text: str) -> None:
    assert [(f.code, text[f.start : f.end]) for f in scan_text(text, FieldKind.TEXT)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Verslaving is een ziekte, geen karakterfout. Tactus heeft gratis inloopspreekuren.",
        "Synagoge Beth Shalom, Lindengracht 9, houdt een open huis met de Nacht van de Synagogen.",
        # "de Aa" is a river; the house number is found, as a house number
        "De buurman van nummer 3 gaat vissen bij de Aa.",
    ],
)
def test_no_special_finding(text: str) -> None:
    """Whatever the name list thinks of 'Tactus' or 'Shalom', no topic is tied to them."""
    assert found(text, SPECIAL) == []


@pytest.mark.parametrize(
    "text",
    [
        # a service as an organisation, or where a neighbour helps
        "De Voedselbank en de buren van de Lindelaan organiseren een kerstdiner.",
        "De daklozenopvang en de buren van de Lindelaan organiseren een kerstdiner.",
        "Samen met de voedselbank geven de buren van nummer 5 een feest.",
        "De buurvrouw van nummer 3 kookt bij de voedselbank.",
        "De buurvrouw van 2 hoog doet de administratie van de voedselbank.",
        "Buurvrouw Ans van de schuldhulp komt uitleg geven.",
        # thanks to a service after a neighbour: "ook aan de opvang" has its own subject
        "Dank aan de buren van nummer 5, ook aan de opvang.",
        "Dank aan de buren van nummer 5, ook aan de daklozenopvang.",
        # a place as a landmark: where someone lives, not what they have
        "De man naast het ziekenhuis verkoopt bloemen.",
        "De buurvrouw tegenover de kliniek geeft pianoles.",
    ],
)
def test_services_as_organisations(text: str) -> None:
    assert found(text, SPECIAL) == []


@pytest.mark.parametrize(
    ("text", "kind", "shown"),
    [
        ("ex-gedetineerde van 3 hoog", FieldKind.ROLE, "gedetineerde"),
        ("oud-gedetineerde van nummer 4", FieldKind.ROLE, "gedetineerde"),
        ("De ex-verslaafde uit portiek 2 vertelt zijn verhaal.", FieldKind.TEXT, "verslaafde"),
        ("buurvrouw met schulden, nummer 4", FieldKind.ROLE, "schulden"),
    ],
)
def test_person_nouns_in_roles(text: str, kind: FieldKind, shown: str) -> None:
    assert shown in found(text, SPECIAL, kind)


def test_a_group_of_former_users_is_nobody() -> None:
    text = "Ex-verslaafden vertellen in het buurthuis op 2 hoog hun verhaal."
    assert scan_text(text) == []


def test_message_quotes_topic_and_tie() -> None:
    text = "zij op de hoek met die grote hortensia heeft schulden en eet bij de voedselbank"
    finding = next(f for f in scan_text(text) if f.code == SPECIAL)
    assert "('schulden')" in finding.message
    assert "geldzorgen of schulden" in finding.message
    assert "('op de hoek')" in finding.message
