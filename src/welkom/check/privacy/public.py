"""Is a street address, postcode, phone number or handle in free text about a public place?

"De bibliotheek vind je op de Dorpsstraat 3" and "Bel de balie van de bibliotheek: 030 …" tell
readers where a public place or service is; "de buurvrouw op de Dorpsstraat 3" and "bel mij
thuis: 030 …" point at a person. The rule, for text the site's own data does not already list:
the sentence names a kind of public place or organisation (buurthuis, bieb, voedselbank,
huisartsenpraktijk, wijkteam, moskee, supermarkt, woonstichting, …) and no person or home
word (buurvrouw, woont, thuis, mij, mevrouw, …). Place kinds are matched at the END of a word,
so compounds count ("huisartsenpraktijk", "Woonstichting") but street names do not
("Kerkstraat", "Schoolplein" end in a street word).
"""

from __future__ import annotations

import re

from .base import words

# Kinds of public places, services and organisations, as word ends (lowercase text).
_PLACE_KINDS = (
    r"buurthuis|clubhuis|wijkhuis|dorpshuis|gemeentehuis|stadhuis|ziekenhuis|verpleeghuis"
    r"|zorgcentrum|buurtcentrum|wijkcentrum|gezondheidscentrum|centrum|winkelcentrum"
    r"|bibliotheek|bieb|voedselbank|kledingbank|speelgoedbank|huisarts|huisartsen|praktijk"
    r"|apotheek|tandarts|fysio|fysiotherapie|consultatiebureau|wijkkantoor|kantoor|loket"
    r"|wijkteam|buurtteam|team|wijkpunt|buurtpunt|steunpunt|moskee|kerk|kerken|synagoge"
    r"|tempel|gebedshuis|school|basisschool|kindcentrum|opvang|kinderopvang|bso|creche|crèche"
    r"|repair\s?caf[eé]|caf[eé]|restaurant|supermarkt|winkel|bakker|bakkerij|slager|markt"
    r"|sporthal|gymzaal|zwembad|speeltuin|moestuin|buurttuin|kinderboerderij|station"
    r"|pluktuin|volkstuin|schooltuin|tuinderij|kwekerij"
    r"|bushalte|theater|museum|gebouw|zaal|kantine|balie|receptie|secretariaat|stichting"
    r"|vereniging|woonstichting|corporatie|woningcorporatie|gemeente|politiebureau|politie"
    r"|brandweer|jongerencentrum|ontmoetingsplek|ontmoetingscentrum|inloophuis|hospice"
    r"|dienstencentrum|albert\s+heijn|jumbo|lidl|aldi|coop|spar|hema"
    r"|action|kruidvat|etos|postnl|postkantoor|pakketpunt|kringloop|kringloopwinkel|thuiszorg"
    r"|jeugdzorg|wijkzorg|ouderenzorg|zorgloket|zorgpunt|welzijn|verpleging|wijkverpleging"
    r"|huisartsenpost|spreekuur|inloopspreekuur|buurtwerk|jongerenwerk|opbouwwerk|park|club"
    r"|sportclub|tuinclub|voetbalclub|kinderclub|buurtkamer|huiskamer|wijkbus|buurtbus"
    r"|punt|trefpunt|servicepunt|informatiepunt|ingang|hoofdingang|entree"
    r"|mfa|mfc|accommodatie|wijkwinkel|buurtsuper|super|zaak|kapper|kapsalon|slagerij|snackbar"
    r"|cafetaria|pizzeria|lunchroom|toko|ggd|uwv|cjg|obs|cbs|rkbs|pcbs|ikc|kdv|juridisch\s+loket"
    r"|leger\s+des\s+heils|humanitas|vluchtelingenwerk|rode\s+kruis|sociaal\s+raadslieden"
    r"|bewonerslokaal|lokaal|gemeenschappelijke\s+ruimte|ontmoetingsruimte|bewonersruimte"
    r"|recreatieruimte|zaaltje|bewonerskamer|werkplaats|fietsenmaker"
    # places to visit: "De Sint-Servaasbasiliek, Keizer Karelplein 3"
    r"|basiliek|kathedraal|kapel|abdij|klooster|begraafplaats|kerkhof|dierentuin|stadion"
    # houses of prayer of every faith: "De Hindoestaanse mandir aan de Kempstraat 4"
    r"|mandir|gurdwara|cemevi|vihara|pagode|gebedsruimte|gebedscentrum|kerkgebouw"
    # where waste goes: "Brengen naar de milieustraat, Hoefslag 5"
    r"|milieustraat|milieupark|recyclingpunt|afvalbrengpunt|brengpunt|scheidingsstation"
    r"|bioscoop|poppodium|muziekschool|markthal|kasteel|molen|schouwburg|concertgebouw"
    # houses of a community, not of a person: "in het Cultuurhuis, Marktplein 4"
    r"|cultuurhuis|kunsthuis|ontmoetingshuis|gemeenschapshuis|jongerenhuis|speelhuis"
    r"|vrijwilligershuis|huis\s+van\s+de\s+(?:wijk|buurt)|podium|cultuurpodium"
)
# A shared room in a housing block is a public place, also with "flat" in the sentence: "in het
# bewonerslokaal van flat De Boog, Vlinderhof 1, begane grond".
ROOM = re.compile(
    r"bewonerslokaal|gemeenschappelijke\s+ruimte|ontmoetingsruimte|bewonersruimte"
    r"|recreatieruimte|bewonerskamer|conciërgeruimte|beheerdersruimte"
)
_BUILDING = frozenset({"flat", "portiek", "woning", "appartement"})
_APPOSITION = re.compile(
    r"\s*[,(–-]\s*(?:de|het|bij de|bij het)\s+[^,.;!?()]{1,40}"
    # "nummer 1 van de Albert Heijn", "nr. 5 van het winkelcentrum"
    r"|\s+(?:van|bij|in)\s+(?:de|het)\s+[^,.;!?()]{1,40}"
)
PLACE = re.compile(r"(?:" + _PLACE_KINDS + r")(?:s|en|je)?(?![\w])")
# A person, a household or a home: with one of these the sentence is about someone.
PRIVATE = re.compile(
    r"(?<![\w])(?:buur(?:man|vrouw|meisje|jongen|kind|meid|tjes?|mannen|vrouwen|kinderen"
    r"|meisjes|jongens|vrouwtjes?|mannetjes?)|benedenbu\w+|buren"
    r"|bovenbu\w+|onderbu\w+|overbu\w+|naastbu\w+|bewoner|bewoonster|huurder|huurster"
    r"|woon|woont|wonen|woonde|woonden|thuis|priv[eé]\w*|ik|mij|mijn|me|m'n|mezelf"
    r"|mevrouw|meneer|mevr|mw|dhr|familie|fam|gezin|z'n|d'r|hij|hem|opa|oma|oom|tante"
    r"|ome|vriend\w*|zoon|dochter|moeder|vader|broer|zus|man|vrouw|jongen|meisje|kind"
    r"|huis|woning|flat|appartement|kamer|portiek"
    # parts of a home only a resident has: "bij de container in de voortuin"
    r"|voortuin|voortuintje|achtertuin|achtertuintje|oprit|slaapkamer|woonkamer)(?![\w])"
)
# A numbered room of an office or a library is no home: "Stationsplein 5, kamer 2.14".
_ROOM_NUMBER = re.compile(r"(?<![\w])kamer\s+[a-z]?\d+(?:[.,]\d+)?[a-z]?(?![\w])")
# "Burg. de Bruinplein 3", "Mr. Troelstraweg", "op nr. 5": an abbreviation does not end it.
_SENTENCE_END = re.compile(
    # the end mark first, then what it may not follow: fast on long text
    r"[.!?\n;](?<!\b[Bb]urg.)(?<!\b[Ff]am.)(?<!\b[MmDd]r.)(?<!\b[Ss]t.)(?<!\b[Nn]r.)"
    r"(?<!\b[Ss]tr.)(?<!\b[Mm]w.)(?<!\b[Dd]hr.)(?<!\b[Mm]evr.)(?<!\b[Pp]rof.)(?<!\b[Cc]a.)"
    r"(?<!\bo\.a.)"
    # an initial ("Mr. P.J. Troelstraweg 1") ends no sentence
    r"(?<!\b[A-Za-z]\.)\s"
)
_COMMUNITY_HOUSE = re.compile(r"huis\s+van\s+de\s+(?:wijk|buurt)(?![\w])")
# "houdt open huis" is an event of a place, no home.
_OPEN_HOUSE = re.compile(r"open\s+huis|open\s+dag")
# Who is invited is no person: "een open huis voor alle buren", "bewoners zijn welkom".
_AUDIENCE = re.compile(
    r"(?<![\w])(?:alle|iedere|elke)\s+(?:buren|bewoners|buurtbewoners|buurtgenoten)"
    r"|(?:buren|bewoners|buurtbewoners)\s+(?:zijn\s+)?(?:van\s+harte\s+|allemaal\s+)?welkom"
)


def sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]`` (a dot inside a number does not end it)."""
    begin = 0
    for hit in _SENTENCE_END.finditer(text, 0, start):
        begin = hit.end()
    after = _SENTENCE_END.search(text, end)
    return begin, (after.start() + 1 if after is not None else len(text))


def is_public(
    text: str, start: int, end: int, low: str | None = None, *, introduced: bool = False
) -> bool:
    """Does the sentence around ``text[start:end]`` name a public place or organisation and no
    person or home? The span itself (a street name, an address) is left out of both tests.

    ``introduced``: the place must come before the span, in the same clause or the one before
    ("Bel de balie van de bibliotheek: 030 …"); "Bel gerust 030 … als je vragen hebt over de
    moestuin" gives the number of whoever wrote it."""
    low = text.lower() if low is None else low
    begin, stop = sentence(low, start, end)
    around = low[begin:start] + " " + low[end:stop]
    if "open" in around:
        around = _OPEN_HOUSE.sub(" ", around)
    if "huis van de" in around:  # "het Huis van de Wijk" is a community centre, no home
        around = _COMMUNITY_HOUSE.sub(" buurthuis ", around)
    if "kamer " in around:
        around = _ROOM_NUMBER.sub(" ", around)
    if "buren" in around or "bewoners" in around:
        around = _AUDIENCE.sub(" ", around)
    private = PRIVATE.findall(around)
    if private and not (_BUILDING.issuperset(private) and ROOM.search(around) is not None):
        return False
    if private and ROOM.search(around) is not None:
        return True  # "De huismeester zit op nummer 1 van de flat, in de beheerdersruimte"
    if introduced:
        if PLACE.search(low, max(begin, start - 60), start) is not None:
            return True
        # "naar Veldweg 2, de kantine van de voetbalclub": the place right after, as an aside.
        after = _APPOSITION.match(low, end)
        return after is not None and PLACE.search(after.group()) is not None
    return PLACE.search(around) is not None


# A home in the sentence: the teller's own ("bij mij", "mijn voordeur", "ik woon"), a door to
# ring at ("aanbellen", "achterom", "kom langs") or a household ("fam.", "p/a").
HOME_KEY = re.compile(
    r"(?<![\w])(?:b[iy]j\s+(?:mij|ons|my|ús|us)|thuis|thús|(?:mijn|m'n|ons|onze|zijn|z'n|haar"
    r"|d'r|hun|jullie)\s+(?:huis|huisje|voordeur|deur|gang|hal|tuin|voortuin|achtertuin|stoep"
    r"|schuur|schuurtje|adres|woning|flat|bovenwoning|benedenwoning|brievenbus|bel|oprit|garage"
    r"|huiskamer|woonkamer|keuken|balkon|portiek|postadres|thuisadres)"
    r"|voor\s+de\s+deur(?!\s+van\s+(?:de|het)\s)"
    r"|achterom|achterdeur|voordeur|woon|woont|wonen|woonde|woonden|wen|wennet|wenje|wenne"
    r"|aanbellen|aankloppen|(?:bel|klop|belle)\s+(?:(?:maar|even|gerust|gewoon|dan)\s+)?aan"
    r"|kom\s+(?:(?:maar|even|gerust|gewoon|dan|eens|es)\s+)?langs|langskomen|p/a|c/o|fam\.?"
    r"|familie|thuisadres|woonadres|huisadres|privéadres|priveadres|privé|prive"
    # a role's home: "adres van de gastouder", "aanmelden bij de voorzitter, Klaproos 44"
    r"|adres\s+van|adres\s+(?:oppas|gastouder|voorzitter|secretaris|penningmeester)"
    r"|oppas|gastouder|gastouders|bij\s+(?:de|onze|ons)\s+(?:voorzitter|voorzitster|secretaris"
    r"|secretaresse|penningmeester|contactpersoon|bestuurslid|trainer|trainster)"
    # a pickup at a door: "Brengen naar: Klaproos 44", "inleveren: Hoefslag 5a"
    r"|ophalen|afhalen|brengen|terugbrengen|afgeven|inleveren|langsbrengen"
    # a move: "wij zijn verhuisd naar de Klaproos 44", "ons nieuwe adres: Hoefslag 5a"
    r"|verhuisd|verhuizen|verhuis|verhuist|verhuisden|nieuwe?\s+adres|ingetrokken"
    # a part of a person's home: "in de tuin van Grietje", "de garage van Piet"
    r"|(?:tuin|achtertuin|voortuin|garage|schuur|schuurtje|zolder|kelder|huiskamer|woonkamer)"
    r"\s+van\s+(?!de\b|het\b|'t\b|een\b|deze\b|die\b|dit\b|onze\b|ons\b|iedereen\b"
    r"|alle\b|allemaal\b)[^\W\d_]{3,}"
    # at a person's: "afgeven bij mevrouw Jansen, Klaproos 44", "bij opa, Hazelaar 9"
    r"|bij\s+(?:mevrouw|meneer|mevr\.?|mw\.?|dhr\.?|tante|oom|ome|opa|oma|juf|meester)"
    # a neighbour's home: "de buren op de Hazelaar 9", "bij de bovenbuurvrouw, Akelei 31"
    r"|buur(?:man|vrouw|meisje|jongen|kind|meid|tje|tjes|mannen|vrouwen|kinderen|vrouwtje)"
    r"|buren|(?:boven|beneden|onder|over|naast)bu(?:ur\w*|ren)"
    # a role's door: "in de brievenbus van Pinksterbloem 3, dat is de penningmeester"
    r"|(?:brievenbus|bus)\s+van(?!\s+(?:de|het|'t)\s)"
    r"|(?:dat|die|daar|hier)\s+is\s+(?:de|onze|ons|mijn|m'n)\s+(?:voorzitter|voorzitster"
    r"|secretaris|secretaresse|penningmeester|contactpersoon|bestuurslid|trainer|trainster"
    r"|beheerder|coördinator|coordinator|wijkcontact|contactpersoon|man|vrouw|moeder|vader)"
    r"|(?:naar|aan|voor)\s+(?:de|onze|ons)\s+(?:voorzitter|voorzitster|secretaris|secretaresse"
    r"|penningmeester|contactpersoon|bestuurslid))(?![\w])"
)


# Invitations a public place writes too ("kom langs", "bel aan", "achterom"): a ``HOME_KEY``
# that starts with one of these says less than "bij mij" or "ik woon".
WEAK_HOME = re.compile(
    r"voor\s+de\s+deur|achterom|achterdeur|voordeur|aanbellen|aankloppen|bel\s|klop\s|belle\s"
    r"|kom\s|langskomen|ophalen|afhalen|brengen|terugbrengen|afgeven|inleveren|langsbrengen"
)


# A public event or a whole group meeting at an address, with no person or home in the
# sentence: "Het concert is op het Keizer Karelplein 3", "We zitten aan de Kade 12 met de hele
# groep". A party is left out: "het feest is op de Lindelaan 4" may well be at someone's home.
_GATHERING = re.compile(
    r"(?<![\w])(?:concert|concerten|optreden|voorstelling|festival|braderie|kermis|rommelmarkt"
    r"|vlooienmarkt|expositie|tentoonstelling|lezing|openluchtdienst|sponsorloop|optocht"
    r"|(?:met|voor)\s+(?:de\s+hele|het\s+hele|alle|z'n|zijn)\s+(?:groep|club|klas|team|ploeg"
    r"|vereniging|vrijwilligers|leden|deelnemers|allen))(?![\w])"
)


def gathering(low: str, start: int, end: int) -> bool:
    """Is ``low[start:end]`` (an address) where a public event or a whole group meets?"""
    begin, stop = sentence(low, start, end)
    around = low[begin:start] + " " + low[end:stop]
    return (
        _GATHERING.search(around) is not None
        and PRIVATE.search(around) is None
        and HOME_KEY.search(around) is None
    )


# Numbered things a writer puts the same way: "in de Groep 7", ", Psalm 23", "op Radio 538".
NUMBERED_THINGS = words(
    """
    Bus Lijn Groep Klas Week Fase Blok Portiek Flat Zaal Lokaal Kamer Route Tafel Stand Hal Uur
    Dag Deur Etage Verdieping Niveau Pagina Hoofdstuk Punt Nummer Team Ronde Seizoen Editie
    Versie Aflevering Jaar Tram Metro Trein Spoor Perron Gate Vak Rij Stoel Plaats Box Unit
    Veld Baan Tent Kraam Stoep Parkeerplaats Ingang Uitgang Halte Paal Woning Appartement
    Huisnummer Afrit Kanaal Zender Sectie Categorie Artikel Psalm Lied Gezang Zondag Maandag
    Dinsdag Woensdag Donderdag Vrijdag Zaterdag Kerst Pasen Pinksteren Les Module Level Deel
    Gebouw Loket Balie Kassa Etappe Zone Stap Opdracht Vraag Kavel Tuin Moestuin Postbus
    Antwoordnummer Radio Studio Windows Galaxy Iphone Fifa Covid Corona Formule Top Ajax Jumbo
    Net Npo Weekend Maand Januari Februari Maart April Mei Juni Juli Augustus September Oktober
    November December Koningsdag Sinterklaas Pakket Bon Lot Ticket Kaart Boek Film Serie Game
    Wereldoorlog Oorlog Code Prijs Plek Nummertje Playstation Xbox Nintendo Switch Samsung
    Kilometer Hectometer Soera Sura Koran Genesis Exodus Psalmen Spreuken Prediker Jesaja
    Jeremia Ezechiël Daniël Matteüs Mattheüs Marcus Markus Lucas Lukas Johannes Handelingen
    Romeinen Korintiërs Galaten Efeziërs Openbaring Kinderen Klassen Groepen Model Type Serie
    Versie Generatie Editie Uitgave Maat Size Kamer Jeugd Senioren Heren Dames Meiden Jongens
    Foto Afbeelding Video Plaatje Bijlage Figuur Tabel Bron Noot Dia Slide Antwoord Regel Tip
    Vanaf Tot Om Na Voor Tussen Sinds Rond Ongeveer Maximaal Minimaal Max Min Nog Ook Slechts
    Maar Bijna Circa Totaal Kosten Leeftijd Aantal Tel Telefoon Bel Mobiel Tijd Datum Per Elke
    Iedere Alle Dus Met Zonder Naar Bij Uit Aan Door Over Onder Boven Achter Naast Tegen
    Wel Niet Geen Heel Echt Toen Waar Wie Wat Hoe Hier Daar Deze Die Dit Dat Een Twee Drie
    Welkom Hoera Gefeliciteerd Bedankt Dank Groeten Prijzen Entree Toegang Kaartjes
    """
)
# ... and their compounds: "Buslijn 7", "Wijkbus 2", "Speelronde 3", "Vergaderzaal 4".
_NUMBERED_ENDS = tuple(
    words(
        """
        lijn bus tram halte route nummer groep klas ronde editie seizoen prijs kamer zaal lokaal
        tafel team week dag les avond
        """
    )
)


def numbered_thing(word: str) -> bool:
    """Is the capitalised ``word`` before a number something numbered that is no street ("Groep
    7", "Buslijn 12", "Psalm 23", "Koningsdag 27")?"""
    return word.capitalize() in NUMBERED_THINGS or word.lower().endswith(_NUMBERED_ENDS)
