"""Round 5 of the privacy guard (issue 11): special-category data said with a verb, a phrase
or slang, homes known by a feature, relative locators with a house number.

Each positive checks the code and the exact text the finding quotes; the negatives are the
look-alikes the same rules must leave alone (general information, first-person stories,
roles, places, activities, ordinary uses of the same verbs).
"""

from __future__ import annotations

import pytest

from welkom.check.privacy import FieldKind, scan_text

from .helpers import found


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Bij de buren van 6 is huiselijk geweld.", "huiselijk geweld"),
        ("De bovenbuurman is helemaal getikt.", "getikt"),
        ("De buurjongen gaat elke dag naar de dagbesteding.", "dagbesteding"),
        ("De buurjongen zit in de jeugdgevangenis.", "jeugdgevangenis"),
        ("De buurman (achter ons) heeft kanker.", "kanker"),
        ("De buurman doet mee aan de ramadan.", "doet mee aan de ramadan"),
        ("De buurman draagt een keppeltje.", "keppeltje"),
        ("De buurman gebruikt al jaren.", "gebruikt al jaren"),
        ("De buurman heeft een einde aan zijn leven gemaakt.", "een einde aan zijn leven"),
        ("De buurman heeft een enkelband.", "enkelband"),
        ("De buurman heeft een straatverbod.", "straatverbod"),
        ("De buurman heeft hartproblemen.", "hartproblemen"),
        ("De buurman heeft suiker.", "heeft suiker"),
        ("De buurman heeft voorwaardelijk gekregen.", "voorwaardelijk"),
        ("De buurman is altijd dronken.", "is altijd dronken"),
        ("De buurman is doodziek.", "doodziek"),
        ("De buurman is doorgedraaid.", "doorgedraaid"),
        ("De buurman is een PVV-stemmer.", "PVV-stemmer"),
        ("De buurman is een junk.", "junk"),
        ("De buurman is een psycho.", "psycho"),
        ("De buurman is een zware drinker.", "zware drinker"),
        ("De buurman is gay.", "gay"),
        ("De buurman is gek.", "is gek"),
        ("De buurman is gepakt door de politie.", "gepakt door de politie"),
        ("De buurman is helemaal doorgedraaid.", "doorgedraaid"),
        ("De buurman is opgenomen.", "opgenomen"),
        ("De buurman is uit het geloof gestapt.", "uit het geloof gestapt"),
        ("De buurman is uitgeprocedeerd.", "uitgeprocedeerd"),
        ("De buurman is weer aan het zuipen.", "zuipen"),
        ("De buurman krijgt chemo.", "chemo"),
        ("De buurman kwam vorig jaar uit de kast.", "kwam vorig jaar uit de kast"),
        ("De buurman ligt in het ziekenhuis.", "ziekenhuis"),
        ("De buurman loopt bij de psycholoog.", "psycholoog"),
        ("De buurman slaapt in zijn auto.", "slaapt in zijn auto"),
        ("De buurman slaat zijn vrouw.", "slaat zijn vrouw"),
        ("De buurman slikt antidepressiva.", "antidepressiva"),
        ("De buurman stemt extreem rechts.", "stemt extreem rechts"),
        ("De buurman van nummer 12 is heel aardig. Hij is wel verslaafd.", "verslaafd"),
        ("De buurman vertelt over zijn verslaving, hij woont op nummer 4.", "verslaving"),
        ("De buurman woont hier illegaal.", "woont hier illegaal"),
        ("De buurman woont samen met zijn man.", "zijn man"),
        ("De buurman wordt gezocht door de politie.", "gezocht door de politie"),
        ("De buurman zit aan de methadon.", "methadon"),
        ("De buurman zit aan de pillen.", "aan de pillen"),
        ("De buurman zit in de bajes.", "bajes"),
        ("De buurman zit in de lik.", "in de lik"),
        ("De buurman zit nu vast sinds maart.", "zit nu vast"),
        ("De buurman zit zijn straf uit.", "zijn straf uit"),
        ("De buurman zuipt.", "zuipt"),
        ("De buurvrouw bekeert zich tot de islam.", "bekeert"),
        ("De buurvrouw draagt sinds kort een hoofddoek.", "hoofddoek"),
        ("De buurvrouw drinkt al jaren te veel.", "drinkt al jaren te veel"),
        ("De buurvrouw drinkt stiekem, dat weet iedereen.", "drinkt stiekem"),
        ("De buurvrouw en haar vrouw hebben een baby.", "haar vrouw"),
        ("De buurvrouw flyert voor de SP.", "flyert voor de SP"),
        ("De buurvrouw heeft geprobeerd zichzelf iets aan te doen.", "zichzelf iets aan te doen"),
        ("De buurvrouw is Getuige van Jehova.", "Jehova"),
        ("De buurvrouw is bekeerd.", "bekeerd"),
        ("De buurvrouw is bi.", "is bi"),
        ("De buurvrouw is erg religieus.", "religieus"),
        ("De buurvrouw is erg vergeetachtig geworden.", "vergeetachtig"),
        ("De buurvrouw is lid van de SP.", "lid van de SP"),
        ("De buurvrouw is net geopereerd.", "geopereerd"),
        ("De buurvrouw is onder behandeling.", "onder behandeling"),
        ("De buurvrouw komt uit Syrië.", "komt uit Syrië"),
        ("De buurvrouw krijgt chemo.", "chemo"),
        ("De buurvrouw stemt al jaren SP.", "stemt al jaren SP"),
        ("De buurvrouw stemt links.", "stemt links"),
        ("De buurvrouw van 12 is zwanger van de tweeling.", "zwanger"),
        ("De buurvrouw van 2 hoog is moslima.", "moslima"),
        ("De buurvrouw van 4 hoog heeft suiker en moet spuiten.", "heeft suiker"),
        ("De buurvrouw van de overkant drinkt al jaren te veel.", "drinkt al jaren te veel"),
        ("De buurvrouw was vroeger een man.", "was vroeger een man"),
        ("De buurvrouw woont op straat sinds de scheiding.", "woont op straat"),
        ("De buurvrouw zit aan de fles.", "zit aan de fles"),
        ("De buurvrouw zit in de Wajong.", "Wajong"),
        ("De buurvrouw, achter ons, heeft kanker.", "kanker"),
        ("De dochter van de buren is uit de kast gekomen.", "is uit de kast"),
        ("De familie van 3 hoog woont in het azc.", "azc"),
        ("De jongen uit het blauwe huisje heeft ADHD.", "ADHD"),
        ("De jongen van de overkant is een cokesnuiver.", "cokesnuiver"),
        ("De jongen van de overkant rookt crack.", "crack"),
        ("De jongen van hiernaast gebruikt weer.", "gebruikt weer"),
        ("De jongen van hiernaast is niet goed bij zijn hoofd.", "niet goed bij zijn hoofd"),
        ("De jongen van hiernaast spuit.", "spuit"),
        ("De jongen van nummer 4 moet naar de dagbesteding.", "dagbesteding"),
        ("De jongen van nummer 9 loopt bij de psych.", "psych"),
        ("De man boven de snackbar heeft schizofrenie.", "schizofrenie"),
        ("De man die bij de Aldi zit, is een dakloze.", "dakloze"),
        ("De man op nummer 8 heeft het aan zijn hart.", "heeft het aan zijn hart"),
        ("De man van nummer 3 is lid van GroenLinks.", "lid van GroenLinks"),
        ("De nieuwe buren zijn gevlucht uit Eritrea.", "gevlucht"),
        ("De oude man in het huis met de rode deur is dement.", "dement"),
        ("De oude meneer van nummer 3 loopt met een rollator.", "rollator"),
        ("De vrouw met de scootmobiel van nr 14 is dement.", "scootmobiel"),
        ("De vrouw van 3 hoog is gestoord.", "is gestoord"),
        ("De zoon van de buren heeft ingebroken bij de Jumbo.", "heeft ingebroken"),
        ("De zoon van de buren snuift coke.", "coke"),
        ("De zoon van de buren zit vast.", "zit vast"),
        ("De zoon van de familie op 7 blowt de hele dag.", "blowt"),
        ("Die jongen van 3 hoog zit achter de tralies.", "tralies"),
        ("Die jongen van 4 is een bajesklant.", "bajesklant"),
        ("Die man van 2 hoog ligt op sterven.", "op sterven"),
        (
            "Die man van nummer 12 drinkt veel te veel, je ziet hem altijd met blikjes.",
            "drinkt veel te veel",
        ),
        ("Die vrouw op 2 hoog spuit.", "spuit"),
        ("Die vrouw van de overkant drinkt, dat ruik je gewoon.", "drinkt"),
        ("Haar geloof is heel belangrijk voor de buurvrouw.", "Haar geloof"),
        ("Het jongetje van nummer 5 heeft twee vaders.", "twee vaders"),
        ("Kees van de tuinclub is altijd dronken op de barbecue.", "altijd dronken"),
        ("Ken je de buurvrouw van 2 hoog? Zij is net uit de kliniek.", "kliniek"),
        ("Let een beetje op de man van de overkant. Hij heeft dementie.", "dementie"),
        ("Mijn bovenbuurman gokt al zijn geld weg.", "gokt al zijn geld weg"),
        ("Mijn bovenbuurman is een schat. Zijn vrouw is heel ziek.", "ziek"),
        (
            "Mijn buurjongen (achter ons, het huis met de groene schuur) heeft autisme en schrikt"
            " van harde geluiden.",
            "autisme",
        ),
        ("Mijn buurman is schizo.", "schizo"),
        ("Mijn buurman is thuisloze.", "thuisloze"),
        ("Mijn buurman stemt PVV.", "stemt PVV"),
        ("Mijn buurvrouw heeft nog maar kort te leven.", "kort te leven"),
        ("Mijn buurvrouw is een echte GroenLinkser.", "GroenLinkser"),
        ("Onze bovenbuurman gebruikt, dat weet iedereen.", "gebruikt"),
        ("Onze bovenbuurman gebruikt.", "gebruikt"),
        ("Onze bovenbuurman zit aan de drugs.", "aan de drugs"),
        ("Onze bovenbuurman zuipt elke avond.", "zuipt"),
        ("Onze buurman ruikt altijd naar drank.", "ruikt altijd naar drank"),
        ("buurman op 12 drinkt al jaren te veel echt zonde", "drinkt al jaren te veel"),
        ("buurvrouw van 3 zuipt zich elke avond klem", "zuipt"),
        ("dat junkie stel van de overkant heeft weer ruzie", "junkie"),
        ("de buurman drinkt.", "drinkt"),
        ("de buurman gebruikt weer ik zie het aan zijn ogen", "gebruikt weer"),
        ("de buurvrouw drinkt 🍷🍷 elke dag", "drinkt"),
        ("die junk van 2hoog hangt weer in het portiek", "junk"),
    ],
)
def test_special_category_data_tied_to_a_person(text: str, shown: str) -> None:
    assert shown in found(text, "privacy.special")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Afgeven bij huisnummer 31.", "huisnummer 31"),
        ("Afhalen: Laan van Nieuw-Oost 1204, 4e verdieping, deur rechts", "4e verdieping"),
        ("Bij ons, het witte huis op de hoek, kun je spullen ophalen.", "het witte huis"),
        ("De bewoners van 45-3 zijn op vakantie.", "bewoners van 45-3"),
        ("De bewoners van nummer 31 en 33 zijn ruzie aan het maken.", "van nummer 31"),
        ("De buren van 12-2 hebben een nieuwe baby.", "buren van 12-2"),
        ("De buren van nr 8 hebben een nieuwe hond.", "van nr 8"),
        ("De buurvrouw van 8-III is jarig.", "buurvrouw van 8-III"),
        (
            "De familie in het rijtjeshuis met de grote trampoline is net verhuisd.",
            "het rijtjeshuis met de grote trampoline",
        ),
        ("De kinderen van 12-hs spelen vaak buiten.", "kinderen van 12-hs"),
        ("De mensen van 14B hebben een nieuwe auto.", "mensen van 14B"),
        ("De onderburen van 45-2 zijn verhuisd.", "onderburen van 45-2"),
        (
            "De vrouw in het hoekhuis met de gele deur is net weduwe geworden.",
            "het hoekhuis met de gele deur",
        ),
        ("Die gek van nummer 5 schreeuwt weer.", "van nummer 5"),
        (
            "Die van het raam met de Palestijnse vlag is net uit de gevangenis.",
            "het raam met de Palestijnse vlag",
        ),
        ("Die vrouw op 9 is heel aardig.", "vrouw op 9"),
        ("Het stel op 22 is heel aardig.", "stel op 22"),
        ("Hij woont aan de Lindelaan op 112.", "op 112"),
        ("Ik woon in de Lindelaan op 4.", "op 4"),
        (
            "Ik woon in het huis met de blauwe luiken, kom gerust langs.",
            "het huis met de blauwe luiken",
        ),
        ("Ik woon in woning 14 van het hofje.", "woning 14"),
        ("Ik woon op 23, kom gerust langs.", "op 23"),
        ("Ik woon op 3 hoog in de flat aan de Rietlanden, bel gerust aan", "3 hoog"),
        (
            "Ik woon op 3 hoog in de flat aan de Rietlanden, het raam met de regenboogvlag, bel"
            " gerust aan",
            "3 hoog",
        ),
        ("Ik woon op de 4e verdieping van de flat aan de Kade, bel maar aan.", "4e verdieping"),
        ("Ik woon op nr. 7, kom gerust langs.", "op nr. 7"),
        ("Je kunt aanbellen op 16, dan geef ik de sleutel.", "op 16"),
        (
            "Mijn buurvrouw, die met het balkon met al die plantjes, is gevallen.",
            "het balkon met al die plantjes",
        ),
        ("Mijn oma woont in app. 7, derde verdieping.", "app. 7"),
        (
            "Onze buren in de woonboot met de geraniums zijn heel aardig.",
            "de woonboot met de geraniums",
        ),
        ("Ophalen bij mij op 12a.", "op 12a"),
        ("Ophalen kan op de 2e verdieping, deur links.", "2e verdieping"),
        ("Pakketje voor mij? Mag bij de bovenburen van 63-1", "bovenburen van 63-1"),
        ("Pakketjes mogen bij nr. 19 worden afgegeven.", "bij nr. 19"),
        ("Spullen brengen naar appartement 22, bel maar aan.", "appartement 22"),
        ("Spullen ophalen kan bij mij, Kerkstr. 18", "Kerkstr. 18"),
        ("Spullen ophalen kan op 27, bel maar aan.", "op 27"),
        ("We zitten op de derde verdieping, woning 312, de naam staat op de bel", "woning 312"),
        ("Wie iets wil lenen: bel aan bij portiek 3, 2 hoog links.", "portiek 3"),
        (
            "Wij wonen in het hoekhuis met de gele deur, bel maar aan.",
            "het hoekhuis met de gele deur",
        ),
        ("Wij wonen op 17, het huis met de grote kastanje.", "op 17"),
        ("Wij wonen sinds kort op 8a.", "op 8a"),
        ("Wij zitten op 3-hoog, deur 2.", "3-hoog"),
        ("Zij woont in de Kerkstraat, nummer 14.", "Kerkstraat, nummer 14"),
        ("Zij woont in de Kerkstraat, op 14.", "op 14"),
    ],
)
def test_a_home_someone_can_find(text: str, shown: str) -> None:
    assert shown in found(text, "privacy.home-address")


@pytest.mark.parametrize(
    "text",
    [
        "Aanbellen bij de hoofdingang, het lokaal zit op 2 hoog.",
        "Afhalen bij de voedselbank, 2e verdieping, deur rechts.",
        "Bij de buren is ingebroken; let op je spullen.",
        "De SP houdt een spreekuur in het buurthuis.",
        "De auto van de buurvrouw zit vast in de modder.",
        "De brandweer spuit het vuur uit.",
        "De buren gebruiken de fietsenstalling.",
        "De buren hebben de fietsenstalling gebruikt, dus die is vol.",
        "De buren hebben de tuin helemaal gek versierd.",
        "De buren leven samen als één grote familie.",
        "De buren organiseren een avond over dementie in het buurthuis.",
        "De buren zijn aardig. Ze organiseren een avond over dementie in het buurthuis.",
        "De bus stopt op 3 plekken in de wijk.",
        "De buurjongen won de wedstrijd; het was 3-1.",
        "De buurman en zijn vrouw zijn op vakantie.",
        "De buurman gebruikt de grasmaaier van de vereniging.",
        "De buurman heeft de ladder gebruikt.",
        "De buurman heeft veel geloof in de toekomst van de buurt.",
        "De buurman helpt met de tuin. Hij weet veel van planten.",
        "De buurman is gek op voetbal.",
        "De buurman is net terug uit Turkije van vakantie.",
        "De buurman kwam even langs en we dronken koffie.",
        "De buurman spuit zijn auto schoon.",
        "De buurman steelt de show met zijn gitaar.",
        "De buurman woont links van ons.",
        "De buurman zit vast aan zijn telefoon.",
        "De buurman zit vast in de file.",
        "De buurtsportcoach organiseert een loopgroep.",
        "De buurvrouw drinkt veel thee.",
        "De buurvrouw dronk, at en lachte met ons mee op het feest.",
        "De buurvrouw en haar man hebben een baby.",
        "De buurvrouw heeft suiker nodig voor de taart.",
        "De buurvrouw is 12-3 geworden in de finale.",
        "De buurvrouw is een beetje gek op katten.",
        "De buurvrouw is helemaal gek van haar kleinkinderen.",
        "De buurvrouw is lid van de tennisclub.",
        "De buurvrouw is slecht te bereiken.",
        "De buurvrouw komt uit Friesland.",
        "De buurvrouw staat op straat te praten met de postbode.",
        "De buurvrouw start een wandelgroep voor mensen met diabetes.",
        "De dagbesteding van Cordaan zoekt vrijwilligers.",
        "De dementieconsulent van de gemeente komt langs in het buurthuis.",
        "De deur met het bordje 'buurtkamer' is de ingang.",
        "De deur van de buurman zit vast.",
        "De feestcommissie zit op 2 hoog in het buurthuis.",
        "De fiets van de buurvrouw zat vast aan het hek.",
        "De flat met de groene balkons wordt gerenoveerd.",
        "De kerk aan de Dorpsstraat houdt een kerstmarkt.",
        "De kinderen tekenden het huis met de rode deur.",
        "De markt is in de Kerkstraat, op 14 mei.",
        "De moskee aan de Kerkweg houdt open dag.",
        "De politie zoekt getuigen van de inbraak.",
        "De speeltuin ligt op 5 minuten lopen.",
        "De vergadering is op 3 hoog in het buurthuis, bel aan bij de hoofdingang.",
        "De vergadering is op de tweede verdieping van het wijkcentrum, deur links.",
        "De verslavingszorg houdt spreekuur in het wijkcentrum.",
        "De wijkverpleegkundige houdt spreekuur op dinsdag.",
        "De zaal van de buurman is vaak gebruikt.",
        "Drink niet te veel op het feest, er is ook fris.",
        "Een jongen van 14 won de tekenwedstrijd.",
        "Er is ingebroken in de schuur van de buurman.",
        "Er zijn 40 woningen in de flat.",
        "Geef de plant een lik verf.",
        "Gek genoeg kwam niemand.",
        "Haal de borden uit de kast.",
        "Heb je een verslaving? Praat erover met de huisarts.",
        "Heeft iemand suiker voor de koffie?",
        "Het busje van de buren wordt veel gebruikt.",
        "Het buurthuis met de blauwe deur is open op dinsdag.",
        "Het buurthuis zit op 2 hoog, bel maar aan.",
        "Het gebouw met de rode deur is de bibliotheek.",
        "Het gezin van 4 zoekt een groter huis.",
        "Het huis met de groene deur is nu het buurthuis.",
        "Het is gek hoe snel de tijd gaat.",
        "Het leven in de buurt is fijn, zeggen de buren.",
        "Het spreekuur is van 10-12 uur in het buurthuis.",
        "Iedereen drinkt koffie bij de buurvrouw.",
        "Ik ben zelf dakloos geweest en weet hoe dat voelt.",
        "Ik drink te veel koffie, zegt de buurvrouw altijd lachend.",
        "Ik heb zelf lang op straat geleefd.",
        "Ik ken de buurvrouw al jaren. We drinken koffie. Ze vertelt veel over haar kinderen.",
        "Ik woon hier al 12 jaar.",
        "Ik woon op 2 hoog.",
        "Ik zat vast in de lift, de buurman hielp me eruit.",
        "In het huis met de trapgevel woonde vroeger de burgemeester.",
        "In het park mag je niet blowen.",
        "Inleveren bij de balie op de eerste verdieping.",
        "Inleveren kan op 2 plekken in de wijk.",
        "Kinderen spelen op straat, rijd dus rustig.",
        "Kom naar de speeltuin met de grote glijbaan.",
        "Kom naar de voorlichting over gokken in het buurthuis.",
        "Lid worden van de buurtvereniging? Kom langs.",
        "Loop door de tuin met de moestuinbakken naar de ingang van het buurthuis.",
        "Meer weten over dementie? Kom naar het Alzheimer Café.",
        "Mijn buurman geeft een lezing over verslaving in de bibliotheek.",
        "Na de ramadan is er een iftar in het buurthuis voor iedereen.",
        "Onze buurvrouw drinkt geen koffie maar thee.",
        "Op 20 maart kun je stemmen in het buurthuis.",
        "Ophalen kan op 2 plekken: bij de bieb en bij het buurthuis.",
        "Ophalen op 12 december vanaf 10 uur.",
        "Rechts van de deur staat de kliko van de buren.",
        "Stemt u ook? Het stembureau zit in de school.",
        "Tijdens de ramadan is het buurthuis 's avonds open.",
        "Tijdens het Suikerfeest deelden de buren zoetigheden uit.",
        "Voor vragen over schulden of verslaving: het wijkteam helpt.",
        "Wandelgroep voor mensen met diabetes, elke dinsdag.",
        "Wat gek dat de bus niet rijdt.",
        "We wonen op 5 minuten van de school.",
        "Wie drinkt er koffie mee na de vergadering?",
        "Wij vinden het gek dat de buren nooit groeten.",
        "Wij wonen hier al sinds 1998.",
        "Wij wonen hier sinds 2004 met veel plezier.",
        "Wij wonen op 200 meter van het park.",
        "Wij zoeken een huis met een tuin.",
        "Woning 312 is te huur via de woningcorporatie.",
        "Ze woont hier al op 14 mei 20 jaar.",
        "de buurman gebruikt je ladder nog",
        "de moskee aan de Kerkweg",
        "de psychiater van de GGZ houdt spreekuur in het buurthuis",
        "ik ben zelf ook moslim",
        "wandelgroep voor mensen met diabetes",
    ],
)
def test_look_alikes_stay_allowed(text: str) -> None:
    assert scan_text(text, FieldKind.TEXT) == []


# People known by their work or their home, and what a sentence is about ---------------------


@pytest.mark.parametrize(
    ("text", "code", "shown"),
    [
        ("buurvrouw 2hoog heeft kanker", "privacy.special", "kanker"),
        ("Mevrouw Jansen van 3 is dement.", "privacy.special", "dement"),
        (
            "Bij nr 5 woont een gezin waarvan de vader in de gevangenis zit.",
            "privacy.special",
            "gevangenis",
        ),
        ("Achter de Jumbo woont een man die aan de drank is.", "privacy.special", "aan de drank"),
        ("De eigenaar van de snackbar is homo.", "privacy.special", "homo"),
        ("De conciërge van onze flat zit aan de drugs.", "privacy.special", "aan de drugs"),
        (
            "De postbode van onze wijk is net uit de kast gekomen.",
            "privacy.special",
            "is net uit de kast",
        ),
        ("Dat stel van de overkant, ze zijn allebei verslaafd.", "privacy.special", "verslaafd"),
        (
            "die vrouw op de hoek met die hond heeft het zwaar psychisch",
            "privacy.special",
            "psychisch",
        ),
        (
            "De nieuwe bewoners van portiek 4 zijn vluchtelingen uit Syrië.",
            "privacy.special",
            "vluchtelingen",
        ),
        ("Onze buurvrouw Fatma draagt sinds kort een hoofddoek.", "privacy.special", "hoofddoek"),
        ("Op 1-hoog woont een jongen met autisme.", "privacy.special", "autisme"),
        ("Boven de bakker woont een vrouw met MS.", "privacy.special", "MS"),
        ("Tegenover ons woont een alcoholist.", "privacy.special", "alcoholist"),
        (
            "Naast ons woont een stel dat net uit de gevangenis komt.",
            "privacy.special",
            "gevangenis",
        ),
    ],
)
def test_a_person_known_by_work_or_home(text: str, code: str, shown: str) -> None:
    assert shown in found(text, code)


@pytest.mark.parametrize(
    "text",
    [
        "De beheerder van het buurthuis is er elke dag; het buurthuis is rolstoeltoegankelijk.",
        "De buren hebben een rolstoelvriendelijke tuin aangelegd.",
        "Onze straat is dementievriendelijk, de buren letten op elkaar.",
        "De juf van groep 3 leest voor uit een boek over een jongen met autisme.",
        "De voorzitter van de bewonerscommissie opent de avond over dementie.",
        "De huismeester van de flat helpt mensen met een beperking met hun post.",
        "De kapper van de Dorpsstraat knipt gratis voor daklozen.",
        "De bakker van de hoek bakt koekjes voor de moskee.",
        "De buurvrouw zet koffie voor iedereen die uit de kerk komt.",
        "Op zondag gaan veel buren naar de kerk.",
    ],
)
def test_a_topic_that_is_what_something_is_about(text: str) -> None:
    assert scan_text(text, FieldKind.TEXT) == []


# A teller who locates their own home and invites people to come -----------------------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Kom gerust langs, ik woon in de flat aan de Rietlanden op 2 hoog.", "2 hoog"),
        ("Je bent welkom bij mij thuis: derde portiek van de Rietlanden.", "derde portiek"),
        ("Spullen ophalen kan bij mij op 2 hoog in de Merelflat.", "2 hoog"),
        ("Wij wonen op de 1e etage boven de apotheek, bel maar aan.", "1e etage"),
        (
            "Mijn huis is het huis met de zonnepanelen op de hoek, loop gerust binnen.",
            "Mijn huis is het huis met de zonnepanelen",
        ),
    ],
)
def test_an_invitation_to_ones_own_door(text: str, shown: str) -> None:
    assert shown in found(text, "privacy.home-address")


@pytest.mark.parametrize(
    "text",
    [
        "De vergadering is op 2 hoog in het buurthuis, kom gerust langs.",
        "Ik woon al 20 jaar in de flat en ken veel buren.",
        "Kom gerust langs in het buurthuis, de koffie staat klaar.",
        "Het spreekuur is op de 1e etage van het wijkcentrum, bel aan bij de ingang.",
        "Ik woon op 2 hoog en heb een mooi uitzicht.",
    ],
)
def test_an_invitation_to_a_public_place_or_a_home_nobody_can_find(text: str) -> None:
    assert scan_text(text, FieldKind.TEXT) == []


# Fresh wordings of every group, and the general information next to them --------------------


@pytest.mark.parametrize(
    ("text", "code", "shown"),
    [
        (
            "Onze overbuurman heeft sinds zijn hersenbloeding moeite met praten, dus wees"
            " geduldig.",
            "privacy.special",
            "hersenbloeding",
        ),
        ("wist je dat die nieuwe van 4 hoog net uit de psych komt?", "privacy.special", "psych"),
        (
            "De jongen van de hoek heeft een verstandelijke beperking en loopt soms verdwaald"
            " rond.",
            "privacy.special",
            "verstandelijke",
        ),
        (
            "Mevrouw de Vries van de Lindelaan is blind, help haar even bij het oversteken.",
            "privacy.special",
            "blind",
        ),
        (
            "Ahmed van de groentekraam is pas getrouwd met zijn vriend.",
            "privacy.special",
            "getrouwd met zijn vriend",
        ),
        (
            "Het meisje van de derde verdieping heeft anorexia, haar moeder is ten einde raad.",
            "privacy.special",
            "anorexia",
        ),
        ("Die vent van 12 heeft gezeten voor mishandeling.", "privacy.special", "heeft gezeten"),
        (
            "De buurvrouw van 6 kampt met een depressie sinds haar man overleed.",
            "privacy.special",
            "depressie",
        ),
        (
            "De meneer met de rollator van de Beukenlaan is gevallen en ligt in het ziekenhuis.",
            "privacy.special",
            "rollator",
        ),
        ("Tante Riet van de overkant krijgt bestralingen.", "privacy.special", "bestralingen"),
        ("De buurjongen van 1-hoog is ADHD'er.", "privacy.special", "ADHD'er"),
        (
            "De nieuwe bewoonster van het hoekhuis is een ex-verslaafde.",
            "privacy.special",
            "verslaafde",
        ),
        ("Pas op voor de man op nummer 40, die is net vrij.", "privacy.special", "net vrij"),
        ("De vrouw van 2 hoog is weer zwanger, de vierde al.", "privacy.special", "zwanger"),
        ("De oude baas naast de bakker is dement aan het worden.", "privacy.special", "dement"),
        ("Onze buurman stemt FvD, daar hebben we het niet over.", "privacy.special", "stemt FvD"),
        (
            "De familie El Amrani op de hoek doet mee aan de ramadan.",
            "privacy.special",
            "doet mee aan de ramadan",
        ),
        (
            "Die man uit portiek 3 heeft het gehad met het leven, hij heeft geprobeerd zich van"
            " het leven te beroven.",
            "privacy.special",
            "zich van het leven",
        ),
        (
            "Onze buurvrouw zit in de schuldsanering en is verslaafd aan gokken.",
            "privacy.special",
            "verslaafd",
        ),
        ("De jongen van nummer 8 zit in een rolstoel.", "privacy.special", "rolstoel"),
        ("Karel van de tuinclub heeft longkanker.", "privacy.special", "longkanker"),
        (
            "De twee vrouwen van nummer 3 zijn net getrouwd.",
            "privacy.special",
            "twee vrouwen van nummer 3 zijn net getrouwd",
        ),
        (
            "Ik woon naast een man die aan de drank is, op nummer 17.",
            "privacy.home-address",
            "op nummer 17",
        ),
    ],
)
def test_fresh_wordings_of_special_category_data(text: str, code: str, shown: str) -> None:
    assert shown in found(text, code)


@pytest.mark.parametrize(
    "text",
    [
        "Na een hersenbloeding kun je hulp krijgen van de ergotherapeut.",
        "De ergotherapeut houdt spreekuur in het gezondheidscentrum.",
        "Ik ben zelf ex-verslaafde en help nu anderen.",
        "Ik heb zelf een depressie gehad; praten helpt echt.",
        "Samen koken tijdens de ramadan in het buurthuis, iedereen welkom.",
        "Bent u mantelzorger van iemand met dementie? Kom naar het Alzheimer Café.",
        "Het Leger des Heils helpt daklozen in de stad.",
        "De Voedselbank zoekt chauffeurs.",
        "Kinderen met ADHD kunnen terecht bij de speltherapeut.",
        "In de wijk wonen veel mensen met een migratieachtergrond.",
        "De moskee en de kerk organiseren samen een buurtmaaltijd.",
        "Ons buurtteam helpt bij schulden, verslaving en eenzaamheid.",
        "De buren hebben samen de tuin van de zorgboerderij opgeknapt.",
        "Wij zoeken vrijwilligers voor de inloop voor mensen met psychische klachten.",
        "Vorige week was er een collecte voor de Hartstichting.",
        "Mijn opa had vroeger ook suiker, zei de buurvrouw tijdens de koffie.",
        "De kerkdienst is om 10 uur, daarna koffie met de buren.",
        "Het COC geeft voorlichting op scholen in de wijk.",
    ],
)
def test_general_information_first_person_roles_places_activities(text: str) -> None:
    assert scan_text(text, FieldKind.TEXT) == []


# Homes known by how they look or what they are next to --------------------------------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "Wij wonen in het laatste huis van de Kerkstraat, kom gerust langs.",
            "laatste huis van de Kerkstraat",
        ),
        ("Mijn adres: achter de school, het witte huisje.", "het witte huisje"),
        (
            "Je vindt me in het hoekhuis tegenover de speeltuin.",
            "het hoekhuis tegenover de speeltuin",
        ),
        (
            "Kom langs bij het huis met de grote kastanje, dan krijg je een stekje.",
            "het huis met de grote kastanje",
        ),
        ("Het rode huis op de hoek van de Dorpsstraat, daar wonen wij.", "Het rode huis"),
        (
            "Je kunt de spullen afgeven bij het huis met de groene voordeur.",
            "het huis met de groene voordeur",
        ),
        (
            "Ons huis is dat met de zonnebloemen in de voortuin.",
            "Ons huis is dat met de zonnebloemen",
        ),
        (
            "De oude vrouw in het huisje met de blauwe luiken woont er al 60 jaar.",
            "het huisje met de blauwe luiken",
        ),
        (
            "De bewoners van de woonboot met de vele planten zijn vertrokken.",
            "de woonboot met de vele planten",
        ),
    ],
)
def test_a_home_by_its_looks_or_its_neighbour(text: str, shown: str) -> None:
    assert shown in found(text, "privacy.home-address")


@pytest.mark.parametrize(
    "text",
    [
        "Het huis met de groene deur was vroeger een school.",
        "Kijk naar het huis met de trapgevel, dat is een monument.",
        "In de tuin met de moestuinbakken groeit van alles.",
        "Wij zoeken een woning met een tuin voor ons gezin.",
        "Het buurthuis met de rode deur is open op maandag.",
        "De speeltuin tegenover de school is opgeknapt.",
        "Een huis met een tuin is voor veel mensen een droom.",
    ],
)
def test_a_building_by_its_looks_without_a_resident(text: str) -> None:
    assert scan_text(text, FieldKind.TEXT) == []


# A street without a street word ("Kamperfoelie 9") and numbered things that are no street ----


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "Het oude vrouwtje in de benedenwoning van Kamperfoelie 9 zit vaak alleen",
            "Kamperfoelie 9",
        ),
        ("Wij wonen op Zonnedauw 14, kom gerust langs.", "Zonnedauw 14"),
        ("De buurman van Klaverweide 3 heeft een nieuwe auto.", "Klaverweide 3"),
        ("Spullen ophalen bij mij op Morgenster 22a.", "Morgenster 22a"),
    ],
)
def test_a_street_without_a_street_word(text: str, shown: str) -> None:
    assert shown in found(text, "privacy.home-address")


@pytest.mark.parametrize(
    "text",
    [
        "Ik zit in Groep 7 van de Regenboogschool.",
        "Wij spelen op Veld 3 van de voetbalclub.",
        "Ik neem Bus 12 naar het centrum.",
        "De buurvrouw komt op Koningsdag 27 april langs.",
        "Ik woon al op Zondag 5 uur bij de buren.",
        "De wandeling start bij De Kiem 2, de achteringang van het buurthuis.",
        "Ik lees Psalm 23 voor in de kerk.",
        "We zingen op Kerst 2 liedjes.",
    ],
)
def test_a_numbered_group_bus_field_or_day_is_no_street(text: str) -> None:
    assert scan_text(text, FieldKind.TEXT) == []


# A neighbour who works or volunteers where care is given, and other everyday look-alikes -----


@pytest.mark.parametrize(
    "text",
    [
        "De buurman drinkt graag een biertje op het terras.",
        "Na de vergadering drinken we wat.",
        "Ik gebruik de app van de gemeente; de buurvrouw gebruikt hem ook.",
        "Zit de buurman vast in het verkeer? Bel even.",
        "De bus zat vast in de sneeuw, de buren hielpen duwen.",
        "We zaten vast, zei de buurvrouw, maar de monteur kwam snel.",
        "De lift zat vast; de buurman van 3 hoog belde de storingsdienst.",
        "De kinderen van de buren zijn gek op de speeltuin.",
        "De buurvrouw stemt de gitaar voor het optreden.",
        "Iedereen in de straat stemt mee over het nieuwe speelplein.",
        "Op straat spelen is leuk, zegt de buurjongen.",
        "De buurvrouw heeft suiker meegenomen voor de taart.",
        "De buurman heeft suiker, melk en eieren gekocht.",
        "De buren hebben de rolstoelhelling bij het buurthuis aangelegd.",
        "De buurvrouw werkt in het ziekenhuis als verpleegkundige.",
        "Mijn buurman is huisarts in het gezondheidscentrum.",
        "De buurvrouw is vrijwilliger bij de daklozenopvang.",
        "De buurman rijdt voor de Zonnebloem met mensen in een rolstoel.",
        "De buurvrouw zit in het bestuur van de moskee.",
        "De buurvrouw geeft les aan kinderen met autisme.",
        "De buurman werkt bij de reclassering.",
        "De buren vieren het Suikerfeest met een groot feest in de straat.",
        "De man van de kerk brengt soep rond.",
        "Onze buurman is dominee in de kerk aan het plein.",
        "De buurvrouw haalt de boodschappen voor de zieke mevrouw, dat is lief.",
        "De wijkagent loopt elke dinsdag door de straat.",
        "Zit je vast met je formulieren? De buurvrouw helpt.",
        "De vrijwilligers van de voedselbank zijn een stel toppers.",
        "De buurman heeft zijn been gebroken bij het voetballen.",
    ],
)
def test_a_neighbour_at_work_or_doing_everyday_things(text: str) -> None:
    assert scan_text(text, FieldKind.TEXT) == []


# Public places with a number, dates, quantities, rows of houses ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Het spreekuur is op nummer 12 van het winkelcentrum.",
        "De wijkagent zit op 2 hoog in het politiebureau, kamer 12.",
        "Ophalen bij de kringloop, Kerkstraat 4.",
        "Afhalen kan bij de balie, loket 3.",
        "We verzamelen op 14 juni om 10 uur.",
        "Kom op 3 maart naar de buurtborrel, het wordt gezellig.",
        "Woont u in de Kerkstraat 1 t/m 40? Dan krijgt u een brief.",
        "Bewoners van nummer 1 tot 20 krijgen een nieuwe kliko.",
        "Bewoners van de huisnummers 2 tot en met 18 krijgen een brief.",
        "De buren van 1 tot 9 organiseren samen een straatfeest.",
        "Bel 14 020 voor vragen over afval.",
        "Het pakketpunt zit in de Jumbo, balie 2.",
        "We wonen met 4 mensen in een huis van 80 m2.",
        "Ik woon al 3 jaar in de wijk en vind het er fijn.",
        "Mijn buurvrouw is 80 geworden, we hebben taart gegeten.",
        "Op de 2e verdieping van de bibliotheek is de leesclub, kom gerust langs.",
        "Kom langs op 5 mei, dan vieren we Bevrijdingsdag.",
        "In portiek 3 t/m 7 wordt de lift vervangen, de bewoners krijgen bericht.",
    ],
)
def test_numbers_that_point_at_no_front_door(text: str) -> None:
    assert scan_text(text, FieldKind.TEXT) == []


# Across from, behind, above a landmark ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Ik woon aan de overkant van de bakker.", "woon aan de overkant van de bakker"),
        (
            "Wij wonen schuin tegenover de school, bel gerust aan.",
            "wonen schuin tegenover de school",
        ),
        (
            "De familie aan de overkant van de snackbar heeft een nieuwe baby.",
            "De familie aan de overkant van de snackbar",
        ),
        ("Ik woon achter de snackbar, kom gerust langs.", "woon achter de snackbar"),
        ("De man die boven de kapper woont heeft kanker.", "De man die boven de kapper"),
    ],
)
def test_a_home_across_from_or_above_a_landmark(text: str, shown: str) -> None:
    assert shown in found(text, "privacy.home-address")


@pytest.mark.parametrize(
    "text",
    [
        "De bushalte is aan de overkant van de school.",
        "Aan de overkant van de straat is een nieuwe speeltuin.",
        "Schuin tegenover de school is de bibliotheek.",
        "Ik woon aan de overkant van de straat en zie de speeltuin.",
    ],
)
def test_a_public_place_across_the_street(text: str) -> None:
    assert scan_text(text, FieldKind.TEXT) == []


# Next to or across from a house number, and a number that belongs to a shop -----------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("De man die naast nummer 12 woont heeft een nieuwe auto.", "naast nummer 12"),
        ("Schuin tegenover nr. 8 woont een gezin met vijf kinderen.", "tegenover nr. 8"),
        ("De bovenburen op 63-1 maken veel lawaai.", "bovenburen op 63-1"),
    ],
)
def test_next_to_a_house_number(text: str, shown: str) -> None:
    assert shown in found(text, "privacy.home-address")


@pytest.mark.parametrize(
    "text",
    [
        "De bus stopt tegenover nummer 1 van de Albert Heijn.",
        "Het buurthuis staat naast nummer 4 van de huisartsenpraktijk.",
    ],
)
def test_a_number_of_a_shop_or_a_practice(text: str) -> None:
    assert scan_text(text, FieldKind.TEXT) == []


# Dates, help lines, first-person stories, roles, organisations, places, buildings ------------


@pytest.mark.parametrize(
    "text",
    [
        "Op 14 mei is de buurtbarbecue, iedereen is welkom.",
        "Op 3 juni om 14.00 uur start de rommelmarkt op het plein.",
        "Rond de ramadan is de moskee elke avond open voor de buurt.",
        "Suikerziekte? De praktijkondersteuner helpt je op weg.",
        "Last van je hart? Kom naar de beweeggroep op dinsdag.",
        "Drink je te veel? Bel de Alcohol Infolijn.",
        "Gebruik je drugs en wil je stoppen? Praat met het wijkteam.",
        "Gokken kan verslavend zijn; hulp vind je op loketgokken.nl.",
        "Ben je dakloos of dreig je je huis kwijt te raken? Het Sociaal Loket helpt.",
        "Ik zat vroeger aan de drank, nu help ik anderen als ervaringsdeskundige.",
        "Ik ben zelf uit de kast gekomen op mijn zestiende en vond dat spannend.",
        "Ik kom uit Syrië en woon nu tien jaar in Nederland.",
        "Ik heb jaren gebruikt, nu ben ik al vijf jaar clean.",
        "Ik stem altijd, ook al weet ik niet altijd op wie.",
        "Onze voorzitter opent de avond en daarna is er soep.",
        "De penningmeester beheert de kas van de bewonersvereniging.",
        "De conciërge van de school opent het hek om 8 uur.",
        "De juf van groep 8 organiseert de musical.",
        "Het Rode Kruis zoekt vrijwilligers voor de EHBO-post.",
        "De GGD geeft prikken tegen griep in het buurthuis.",
        "Humanitas helpt bij rouw en eenzaamheid.",
        "De Moskee Al Fath aan de Kerkweg 12 houdt open dag.",
        "De Lindenhof is een woonzorgcentrum voor ouderen met dementie.",
        "Het hospice aan de Parkweg zoekt vrijwilligers.",
        "Het blauwe huis op de hoek is het oudste huis van de wijk.",
        "Het huis met de torentjes is een rijksmonument.",
        "Aan de overkant van het park ligt de speeltuin.",
        "De buren zijn gek op de nieuwe bankjes in het park.",
        "De kinderen waren dolblij met de nieuwe glijbaan, ze gingen er helemaal gek op.",
        "Bij de buren is de kerstboom altijd het mooist.",
        "De familie Bakker-straat is vernoemd naar een verzetsheld.",
        "Gebruik de groene container voor gft en de grijze voor restafval.",
        "De lift in portiek 3 zit vast, de monteur komt morgen.",
        "Wie de kat van de buren ziet: hij zit vast in de boom bij de speeltuin.",
        "We drinken koffie na de dienst in de kerk.",
        "Zing mee met het koor in de Sint-Jozefkerk.",
        "In de flat wonen veel gezinnen met jonge kinderen.",
        "De bewonerscommissie vergadert op de eerste verdieping van het buurthuis.",
        "Vraag het aan de huismeester, hij zit in de beheerdersruimte op de begane grond.",
        "De wijkverpleegkundige komt bij mensen thuis als dat nodig is.",
    ],
)
def test_the_hard_negatives_of_every_kind(text: str) -> None:
    assert scan_text(text, FieldKind.TEXT) == []


# Care at home, faith at school, background, and the groups a service is for ------------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("De buurman zit thuis met rugklachten.", "rugklachten"),
        ("De buurman heeft een woonbegeleider.", "woonbegeleider"),
        ("De jongen van 2 hoog woont begeleid.", "woont begeleid"),
        ("De oude meneer van nummer 6 is aan het aftakelen.", "aftakelen"),
        ("De buurvrouw dwaalt 's nachts over straat.", "dwaalt"),
        ("De kinderen van nummer 4 gaan naar de koranschool.", "koranschool"),
        ("De nieuwe buren hebben een migratieachtergrond.", "migratieachtergrond"),
        ("De buurjongen valt op jongens.", "valt op jongens"),
    ],
)
def test_care_faith_and_background_of_a_neighbour(text: str, shown: str) -> None:
    assert shown in found(text, "privacy.special")


@pytest.mark.parametrize(
    "text",
    [
        "Koranles voor kinderen in de moskee, elke zaterdag.",
        "De woonbegeleider van de stichting houdt spreekuur in het buurthuis.",
        "Kinderen met een migratieachtergrond doen vaker mee aan de sportclub.",
        "De GGD geeft griepprikken aan iedereen boven de 60 en aan mensen met hart- of"
        " longklachten.",
        "De fysiotherapeut geeft les aan ouderen met rug- of nekklachten.",
    ],
)
def test_the_groups_a_service_is_for(text: str) -> None:
    assert scan_text(text, FieldKind.TEXT) == []


# Questions, hearsay, asides and slang --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "shown"),
    [
        (
            "Is het waar dat de buurvrouw van 5 hoog in de gevangenis heeft gezeten?",
            "privacy.special",
            "gevangenis",
        ),
        (
            "Volgens mij is die nieuwe van nummer 20 een ex-junk.",
            "privacy.home-address",
            "van nummer 20",
        ),
        (
            "Ik hoorde dat de jongen van de hoekflat opgenomen is in de psychiatrie.",
            "privacy.special",
            "opgenomen",
        ),
        (
            "De buurvrouw (nr. 14) heeft borstkanker, laten we een kaartje sturen.",
            "privacy.special",
            "borstkanker",
        ),
        (
            "Kaartje sturen naar Ria van 3 hoog? Ze is net geopereerd aan haar hart.",
            "privacy.special",
            "geopereerd",
        ),
        (
            "Onze buurman op de Berkenlaan is Jehova, hij komt soms langs met folders.",
            "privacy.special",
            "Jehova",
        ),
        ("Weet iemand of de vrouw van hiernaast weer drinkt?", "privacy.special", "drinkt"),
        ("Die lui van de overkant zijn allemaal junks.", "privacy.special", "junks"),
        ("Let op de kinderen van 3 hoog, hun vader zit vast.", "privacy.special", "zit vast"),
        (
            "De buurvrouw op de hoek en haar vriendin zijn een stel.",
            "privacy.special",
            "en haar vriendin zijn een stel",
        ),
        ("De zoon van de overburen is trans en heet nu Sam.", "privacy.special", "trans"),
        ("De buurman op 7 is een echte PVV-stemmer.", "privacy.special", "PVV-stemmer"),
        ("Mijn bovenbuurvrouw heeft een ernstige eetstoornis.", "privacy.special", "eetstoornis"),
        ("De vrouw in het rode huis is weduwe en depressief.", "privacy.special", "depressief"),
        (
            "De vluchtelingen op de tweede verdieping komen uit Afghanistan.",
            "privacy.special",
            "vluchtelingen",
        ),
        ("Buurman Piet zuipt zich elk weekend klem.", "privacy.special", "zuipt"),
        ("Die gozer van 12 dealt wiet vanuit zijn schuur.", "privacy.special", "dealt"),
    ],
)
def test_questions_hearsay_asides_and_slang(text: str, code: str, shown: str) -> None:
    assert shown in found(text, code)


@pytest.mark.parametrize(
    "text",
    [
        "Weet iemand waar de dichtstbijzijnde apotheek is?",
        "Volgens mij is de bibliotheek op maandag dicht.",
        "Ik hoorde dat het buurthuis een nieuwe koffiemachine heeft.",
        "Laten we een kaartje sturen naar de vrijwilligers van de voedselbank.",
        "De kinderen van groep 3 hebben een lied gezongen voor de ouderen.",
        "Zijn er mensen die willen helpen bij de inloop voor mensen met dementie?",
        "De buurvrouw en haar vriendin zijn samen naar de markt.",
        "De buurjongen en zijn vriend zijn een stel grappenmakers.",
    ],
)
def test_questions_and_hearsay_about_places_and_groups(text: str) -> None:
    assert scan_text(text, FieldKind.TEXT) == []


# A verb that belongs to "dat", a holiday, a market stall -------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "shown"),
    [
        ("Ik weet dat de buurman gebruikt.", "privacy.special", "gebruikt"),
        ("De buurvrouw komt uit Turkije.", "privacy.special", "komt uit Turkije"),
        ("Wij wonen op Zonnedauw 14, kom gerust langs.", "privacy.home-address", "Zonnedauw 14"),
    ],
)
def test_the_same_words_about_a_person(text: str, code: str, shown: str) -> None:
    assert shown in found(text, code)


@pytest.mark.parametrize(
    "text",
    [
        "Het gereedschap dat de buurman gebruikt, ligt in de schuur.",
        "De ladder die de buren gebruikten, staat weer in het hok.",
        "De buurvrouw kwam net terug uit Turkije van vakantie.",
        "Ik sta met mijn kraam op Markt 14, kom langs!",
        "Mijn moestuin is op Kavel 12, ik deel graag groente.",
    ],
)
def test_a_relative_clause_a_holiday_a_stall(text: str) -> None:
    assert scan_text(text, FieldKind.TEXT) == []
