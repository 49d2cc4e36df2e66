"""Round 5b of the privacy guard (issue 11): special-category words built per category and
register (clinical, lay, slang, abbreviations), not per corpus sentence; ties to a person who
holds a role, to a teller who says where they live, and to a person in a clause before; homes
known by a yard or a floor above a shop; a numbered room of a public building.

Every positive checks the code and the exact text the finding quotes. The negatives are the
look-alikes the same rules must leave alone: the everyday meaning of the same words (droog
weather, nuchter as down to earth, clean kitchens), roles at work, general information, the
teller's own story without a locator, places and services.
"""

from __future__ import annotations

import pytest

from welkom.check.privacy import FieldKind, scan_text

from .helpers import found

SPECIAL = "privacy.special"
HOME = "privacy.home-address"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # recovery: a span of time makes "nuchter", "droog", "clean" a history of addiction
        ("De buurman van 3 hoog is sinds vorig jaar nuchter.", "sinds vorig jaar nuchter"),
        ("Onze bovenbuurvrouw is al vijf jaar clean, echt knap.", "vijf jaar clean"),
        ("De buurvrouw van 4 is al maanden nuchter.", "maanden nuchter"),
        ("De man op nummer 14 staat al twee jaar droog.", "twee jaar droog"),
        ("De man met de hond op de hoek is al tien jaar droog.", "tien jaar droog"),
        ("Mijn buurman is afgekickt en werkt nu bij de kringloop.", "afgekickt"),
        ("De buurvrouw van 12 gaat elke week naar de AA-meeting.", "AA-meeting"),
        ("De jongen op de hoek heeft een terugval gehad.", "heeft een terugval"),
        ("De buurman is opnieuw begonnen met gebruiken.", "opnieuw begonnen met gebruiken"),
        ("De buurvrouw is eindelijk van de drank af.", "is eindelijk van de drank af"),
        (
            "De buurman van 6, je weet wel, hij is weer aan het drinken.",
            "is weer aan het drinken",
        ),
        ("Karel van de moestuin is weer aan het gebruiken.", "is weer aan het gebruiken"),
        ("Ik woon in de Vinkenstraat en zit in een methadonprogramma.", "methadonprogramma"),
        # justice: the PI, a huis van bewaring, a conviction, said of a person
        ("De zoon van de bakker zit in de PI.", "in de PI"),
        ("De buurjongen is net uit de PI.", "uit de PI"),
        ("De vader van de tweeling zit in het huis van bewaring.", "huis van bewaring"),
        ("De buurman van nummer 9 heeft een veroordeling voor geweld.", "veroordeling"),
        ("De man van 4 hoog is een pedofiel, zeggen ze.", "pedofiel"),
        ("De buurman van 5 is een oplichter.", "is een oplichter"),
        ("De jongen op de hoek is een bekende inbreker.", "is een bekende inbreker"),
        # mental health: abbreviations, DSM groups in lay Dutch, compulsory care
        ("De buurvrouw op de tweede verdieping heeft PTSS.", "PTSS"),
        ("De buurjongen heeft PTSD sinds zijn diensttijd.", "PTSD"),
        ("Mijn bovenbuurman heeft OCD en wast steeds zijn handen.", "OCD"),
        ("De buurvrouw heeft een dwangstoornis.", "dwangstoornis"),
        ("De meneer van 7 is gesepareerd geweest.", "gesepareerd"),
        ("De buurman kreeg een zorgmachtiging.", "zorgmachtiging"),
        ("De overbuurman heeft een IBS gehad.", "IBS"),
        ("De buurvrouw van 4 woont beschermd.", "woont beschermd"),
        ("De buurman is paranoïde.", "paranoïde"),
        # health: treatments, aids, conditions by organ
        ("De buurvrouw van 2 hoog krijgt dialyse.", "dialyse"),
        ("De buurman op nummer 5 heeft een prothese.", "prothese"),
        ("De man naast de bakker heeft astma.", "astma"),
        ("De buurvrouw is verlamd sinds het ongeluk.", "is verlamd"),
        ("De buurman is arbeidsongeschikt.", "arbeidsongeschikt"),
        ("De buurman heeft een hartkwaal.", "hartkwaal"),
        ("De buurman heeft een lymfoom.", "lymfoom"),
        # common misspellings
        ("De buurman is depresief.", "depresief"),
        ("De buurvrouw van 4 is verslaaft.", "verslaaft"),
        ("De man van 3 hoog is een alcholist.", "alcholist"),
        ("De buurvrouw van 3 revalideert na haar beroerte.", "revalideert"),
        ("De oude man op de hoek ligt op de IC.", "ligt op de IC"),
        ("De buurman ligt aan de zuurstof.", "aan de zuurstof"),
        # homelessness and shelter
        ("De buurvrouw zit in de schuldsanering en de crisisopvang.", "crisisopvang"),
        ("De jongen van de overkant is uit huis gezet.", "uit huis gezet"),
        ("De buurman heeft alleen een briefadres.", "briefadres"),
        ("De man van 3 hoog slaapt bij het Leger des Heils.", "slaapt bij het Leger des Heils"),
        ("De buurman verkoopt de Straatkrant bij de Jumbo.", "verkoopt de Straatkrant"),
        # religion, orientation, origin
        ("De buurvrouw is moslima.", "moslima"),
        ("De buren op nummer 8 zijn evangelisch.", "evangelisch"),
        ("De buurvrouw van 6 eet koosjer.", "koosjer"),
        ("De buurman is homofiel.", "homofiel"),
        ("De Marokkanen op 3 hoog zijn aardig.", "Marokkanen"),
        ("De Surinamer van de overkant kookt lekker.", "Surinamer"),
        ("De Oekraïner van 2 hoog is aardig.", "Oekraïner"),
        ("De buren zijn Polen, ze spreken een beetje Nederlands.", "zijn Polen"),
        ("De buurman heeft Marokkaanse ouders.", "Marokkaanse"),
        ("De buurjongen heeft een Turkse achtergrond.", "Turkse"),
        ("De buurvrouw is katholiek.", "katholiek"),
        # lay Dutch and slang for the same groups
        ("De buurman van 5 is de weg een beetje kwijt, help hem.", "is de weg een beetje kwijt"),
        ("Mevrouw op de hoek gaat hard achteruit.", "gaat hard achteruit"),
        ("De buurvrouw van 2 hoog zit echt in de put.", "zit echt in de put"),
        ("De man van nummer 4 heeft een klap van de molen.", "klap van de molen"),
        ("De bovenbuurman is een stille drinker.", "stille drinker"),
        ("De jongen van 3 is een bekende van de politie.", "bekende van de politie"),
        ("De buurjongen slaapt bij vrienden op de bank.", "slaapt bij vrienden op de bank"),
        ("De buurvrouw van 6 heeft geen papieren.", "heeft geen papieren"),
        ("De buurvrouw heeft een zenuwinzinking gehad.", "zenuwinzinking"),
    ],
)
def test_words_per_category_and_register(text: str, shown: str) -> None:
    assert shown in found(text, SPECIAL)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # a role holder is one findable person
        ("huismeester van blok A, zelf herstellend alcoholist, dinsdag open", "alcoholist"),
        ("de huismeester, zelf ex-verslaafde, helpt graag", "verslaafde"),
        ("de wijkagent, net terug na zijn burn-out, vrijdag in het buurthuis", "burn-out"),
        ("De wijkagent zit thuis met een burn-out.", "burn-out"),
        ("de conciërge is net terug na zijn depressie", "depressie"),
        ("onze postbode heeft kanker", "kanker"),
        ("De voorzitter is zwanger, dus de vergadering is later.", "zwanger"),
        ("Onze huismeester heeft sinds kort een enkelband.", "enkelband"),
        ("De penningmeester is herstellend verslaafde.", "verslaafde"),
        ("de koster van de Sint-Jan heeft ALS", "ALS"),
        # the teller who says where they live
        (
            "Ik, van de blauwe deur naast de snackbar, ben twee jaar nuchter.",
            "twee jaar nuchter",
        ),
        (
            "ik woon in het hofje achter de Sint-Jan, de enige met een gele deur, en ik heb ptss",
            "ptss",
        ),
        ("Ik woon boven de kapper en ik ben twee jaar nuchter.", "twee jaar nuchter"),
        ("Ik, bewoner van portiek C, ben HIV-positief.", "HIV"),
        ("Wij van nummer 5 zijn allebei moslim.", "moslim"),
        ("Wij wonen naast de bakker en onze zoon heeft autisme.", "autisme"),
        ("Ik woon naast de bakker en ga naar de kerk.", "naar de kerk"),
        ("Mijn voordeur is de blauwe naast de kapper; ik heb een eetstoornis.", "eetstoornis"),
        ("Je kent me wel, ik van de groene voordeur, ik heb kanker.", "kanker"),
        ("Mijn huis is dat met de gele deur, ik ben herstellend alcoholist.", "alcoholist"),
        ("Je kent me wel, van de groene voordeur: ik ben al tien jaar droog.", "tien jaar droog"),
        ("Je vindt me op 3 hoog, ik heb MS dus bel lang aan.", "MS"),
        ("Bij ons thuis naast de bakker is iedereen welkom, ik ben zelf moslim.", "moslim"),
        # a person in the clause or sentence before
        ("Ken je de vrouw met de rode jas van de markt? Ze heeft borstkanker.", "borstkanker"),
        ("De conciërge van de school, die met de baard, is bipolair.", "bipolair"),
        (
            "Als je Mustafa ziet: hij is weer aan het drinken, spreek hem aan.",
            "is weer aan het drinken",
        ),
        ("Onze vorige voorzitter heeft kanker.", "kanker"),
        ("De directeur van het ziekenhuis heeft kanker.", "kanker"),
        ("De bewoner van de daklozenopvang helpt mee.", "daklozenopvang"),
        ("De conciërge zit in de gevangenis.", "gevangenis"),
        ("De huismeester ligt in het ziekenhuis.", "ziekenhuis"),
        ("De buurtconciërge is sinds kort gescheiden en depressief.", "depressief"),
        ("Naast ons woont een stel dat allebei verslaafd is.", "verslaafd"),
        ("Bewoonster 12B is net weduwe en heeft dementie.", "dementie"),
        ("Die van 3 hoog achter is alcoholist.", "alcoholist"),
        ("Degene op nummer 5 is verslaafd.", "verslaafd"),
        ("Die van de overkant is opgenomen.", "opgenomen"),
        # a sentence without a subject after the one with the person
        ("Onze buurvrouw is 80. Sinds kort dement.", "dement"),
        ("De man van nummer 8 is erg aardig. Helaas ernstig ziek.", "ziek"),
        ("Vorige week kwam de buurman van 5 langs. Zat net uit de kliniek.", "kliniek"),
        # a label and its value: the person is the label
        ("bewoner 3-hoog: rolstoel, graag helpen met de boodschappen", "rolstoel"),
        ("De buurman van 6: net geopereerd, bloemen welkom", "geopereerd"),
        ("De buurvrouw heeft een nieuwe knie, help haar met de trap.", "heeft een nieuwe knie"),
    ],
)
def test_ties_to_a_role_a_located_teller_or_a_person_before(text: str, shown: str) -> None:
    assert shown in found(text, SPECIAL)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "Spullen voor de rommelmarkt mag je afgeven op nr. 7, bij de container in de voortuin.",
            "op nr. 7",
        ),
        ("Boeken ophalen op nr. 4, bij het tuinhek van de voortuin.", "op nr. 4"),
        ("Je kunt de plantjes ophalen op nr. 22, ze staan op de oprit.", "op nr. 22"),
        ("ik woon op de 1e etage boven de pizzeria aan de Markt, bel 2x dan kom ik", "1e etage"),
        ("ik zit op de 2e verdieping boven de bakker, bel twee keer", "2e verdieping"),
        ("Wij wonen op 3 hoog boven de apotheek, bel lang dan doe ik open.", "3 hoog"),
        ("Ik woon al jaren naast de kapper, kom gerust langs.", "woon al jaren naast de kapper"),
        (
            "Mijn huis is dat met de gele deur, kom gerust langs.",
            "Mijn huis is dat met de gele deur",
        ),
        ("ik woon op nummer 3, naast de gemeenschappelijke ruimte", "op nummer 3"),
        ("ik woon op 3 hoog boven de kapper", "3 hoog"),
        ("Mijn huis is het derde van links in het hofje.", "Mijn huis is het derde van links"),
        ("De familie in het vierde huis vanaf de hoek is verhuisd.", "vierde huis vanaf de hoek"),
        ("Je kunt spullen kwijt bij mij voor de deur, op 17.", "op 17"),
    ],
)
def test_a_private_home_by_its_yard_or_above_a_shop(text: str, shown: str) -> None:
    assert shown in found(text, HOME)


@pytest.mark.parametrize(
    "text",
    [
        # the everyday meaning of the recovery words
        "Het is al twee weken droog, geef de bomen water.",
        "De tuin van de buurman staat al weken droog.",
        "De tuin van de buurman is al weken droog.",
        "De buurman zegt dat het al weken droog is.",
        "Blijf nuchter in de drukte van de markt.",
        "Kom nuchter naar de prikpost, dus niet eten.",
        "De buurman is heel nuchter over de verbouwing.",
        "De keuken van het buurthuis is weer clean na de schoonmaakdag.",
        "Sinds vorig jaar is het plein autovrij en alcoholvrij.",
        "Op zaterdag gaan we weer drinken en eten bij de buurtbarbecue.",
        "De kinderen zijn aan het drinken op het terras.",
        "De buurvrouw is gestopt met roken.",
        "De buurman was verlamd van schrik toen de kat sprong.",
        "We transplanteren de tomaten in de buurttuin.",
        "Lever lege lithiumbatterijen in bij de balie van het buurthuis.",
        "De buurman eet graag Italiaans en Grieks.",
        "De buurvrouw leert Russisch bij de volksuniversiteit.",
        "De buurman las de Straatkrant.",
        "De buurman is op vakantie in Polen.",
        "De buurman zit in de pool van vrijwilligers.",
        "De buurvrouw maakt Surinaamse roti voor het feest.",
        "De buurman houdt van Turks fruit.",
        "De buurman spreekt Pools met zijn collega's.",
        "De buurman werkt op de katholieke school.",
        "De buurman heeft een kleurtje gekregen op vakantie.",
        "De buurvrouw helpt met de revalidatie van egels in de dierenopvang.",
        "De buurvrouw maakte een Creoolse stoofpot voor het buurtfeest.",
        "De buurvrouw zit in de put van de tuin te graven.",
        "Mijn buurman is heel nuchter, die maakt zich nergens druk om.",
        "De buurman is gestopt met zijn werk bij de bakker.",
        "De buurjongen drinkt weer limonade bij de buurtbarbecue.",
        "De buurman was de weg kwijt in het bos.",
        "De verkoop in de winkel gaat achteruit.",
        "De buurman liet zijn sleutels in de put vallen.",
        "De buurjongen slaapt op de bank in het buurthuis na het feest.",
        "De bus komt van de andere kant.",
        "De buurman heeft geen papieren zakdoekjes meer.",
        "De buurvrouw heeft een klap van de deur gekregen.",
        # services, places and groups
        "Na de AA-bijeenkomst is er koffie voor iedereen in het buurthuis.",
        "De AA-groep komt op dinsdag samen in het wijkcentrum.",
        "Het Leger des Heils houdt een kledinginzameling in het buurthuis.",
        "Het FACT-team houdt spreekuur in het wijkcentrum.",
        "Het huis van bewaring ligt aan de rand van de stad.",
        "De IC van het ziekenhuis zoekt verpleegkundigen.",
        "De bibliotheek heeft boeken over PTSS en trauma.",
        "Pas op voor oplichters aan de deur, zegt de wijkagent.",
        "De buurvrouw zag een inbreker en belde de politie.",
        # roles at work, or a profession in general
        "De wijkagent geeft uitleg over drugsgebruik in de buurt.",
        "Een wijkagent helpt bij burenruzie.",
        "De verslavingsarts houdt spreekuur in het gezondheidscentrum.",
        "De wijkagent heeft de dealer opgepakt.",
        "Meld overlast door drugsgebruik bij de wijkagent.",
        "De voorzitter opent de avond over dementie.",
        "De conciërge regelt de ruimte voor de AA-meeting.",
        "De juf leest voor uit een boek over een meisje met autisme.",
        "De huismeester helpt mensen met een rolstoel bij de lift.",
        "De conciërge van de school zet de stoelen klaar.",
        "De conciërge heeft de rolstoel opgehaald.",
        "De huismeester brengt de medicijnen rond.",
        "De postbode bezorgt de medicijnen van de apotheek.",
        "De juf heeft het boek over autisme voorgelezen.",
        # the teller's own story without a locator
        "Ik woon hier al 20 jaar en heb diabetes, maar ik red me prima.",
        "Toen ik uit de PI kwam, hielp het buurthuis me weer op weg.",
        "Ik ben twee jaar nuchter en dat vier ik met taart.",
        "Ik stond achter de bar toen ik hoorde dat ik kanker had.",
        "Ik, bewoner van portiek C, vind de nieuwe bankjes mooi.",
        "Toen ik in de opvang zat, sliep ik naast de nooduitgang.",
        "Ik kwam uit de kliniek en liep meteen naar de bakker op de hoek.",
        "Ik sta elke zaterdag achter de kraam en ben al vijf jaar nuchter.",
        "Ik heb op de 3e verdieping van het ziekenhuis gelegen na mijn hartaanval.",
        "Mijn verhaal: ik was dakloos en sliep in het park achter het station.",
        "Ik werk naast de moskee en ben zelf katholiek.",
        "Ik, van de schrijfclub, heb zelf lang depressies gehad.",
        "Je kent me wel van de koffieochtend, ik heb zelf ook diabetes.",
        "Ik woon hier al jaren en ga elke week naar de kerk naast de bakker.",
        "Ik woon in de wijk en werk in het ziekenhuis aan de Kerkstraat.",
        "Wij wonen hier fijn en gaan naar de moskee achter het station.",
        "Ik loop elke dinsdag naar de AA-meeting in het wijkcentrum.",
        # a numbered room of a public building
        "Het wijkteam houdt spreekuur in de bibliotheek, Stationsplein 5, kamer 2.14.",
        "Het spreekuur is in het gemeentehuis, Markt 1, kamer 0.12.",
        "Het wijkteam zit in het gezondheidscentrum, Lindelaan 40, kamer B1.05.",
        "Het spreekuur is in de bibliotheek, Stationsplein 5, 2e verdieping, kamer 3.",
        "Inloop bij de GGD, Parkweg 8, kamer 0.21 (begane grond).",
        "Het juridisch loket zit op Kerkplein 2, kamer 12, naast de balie.",
        "Bel 2x bij de voordeur van het buurthuis, dan doen we open.",
        "De conciërge zit op nummer 1 van de flat, in de conciërgeruimte.",
        "De beheerder is te vinden op nr. 2 van de flat, in de beheerdersruimte.",
        "Wij wonen in de wijk achter het station.",
        "Het buurthuis zit op de 1e etage boven de Albert Heijn, kom langs.",
        "Op de foto staat de man het derde van links.",
        "Het derde huis van links wordt gesloopt.",
        "Kom bij mij, we beginnen op 17 mei.",
        "Thema: dementie. Spreker: de buurvrouw.",
        "De buurman organiseert de borrel. Is er iemand met een rolstoel? Laat het weten.",
        "De buurvrouw kookt. Heeft u diabetes? Zeg het even.",
        "De buurvrouw helpt. Ook de daklozenopvang helpt mee.",
        "Die van de voedselbank is dicht door ziekte.",
        "De juf zingt. Net als vorig jaar in het ziekenhuis.",
        "De voorzitter van de daklozenopvang opent de avond.",
        "De buurman, ook de beheerder van de nachtopvang, helpt.",
        "De juf leest voor. Is ook leuk voor kinderen met autisme.",
        "Voor wie: mensen met een rolstoel",
        "De buurvrouw: 'Omdat psychisch kwetsbare mensen niet altijd goed voor zichzelf zorgen.'",
        "De buurman heeft een nieuwe knie voor de oude pop gemaakt.",
    ],
)
def test_look_alikes_stay_allowed(text: str) -> None:
    assert scan_text(text, FieldKind.TEXT) == []
