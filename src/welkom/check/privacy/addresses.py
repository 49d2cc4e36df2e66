"""Home addresses: street + house number, postcode + house number.

Outside the ``adres`` field of a public place an address points at someone's front door.
A street name without a number is a direction ("op de hoek van de Kerkstraat") and is fine.
A postcode on its own covers a few streets; in a text it gets a warning.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import public
from .base import ERROR, WARNING, Allowlist, FieldKind, Finding, words

SUFFIXES = (
    "straat|straatweg|straot|laan|weg|plein|gracht|kade|singel|dreef|hof|park|steeg|pad|dijk|ring|baan"
    "|markt|dam|wal|haven|burg|erf|gaarde|akker|oord|horst|brink|plantsoen|boulevard|allee"
    "|passage|promenade|schans|vest|zoom|weide|hoeve|kamp|dal|drift|hoek|veld|berg|polder|lei"
    "|rade|veste|stede|donk|hoven|plaats|poort|tuin|bosch|bos|meer|waard|molen|stoep|dwarsweg"
    # Frisian and Flemish street words: "Haadstrjitte 12", "Skoalleane 8", "Tsjerkepaed 4",
    # "Kloosterwei 7", "Seedyk 3", "Scheldekaai 14"
    "|strjitte|leane|loane|paed|wei|dyk|kaai|buorren|wâl|hôf"
)
# House number with optional addition: 12a, 12 A, 3-II, 7 hoog, 21 bis, 102-huis, 19-1, 8 A.
_ADDITION = (
    r"(?:\s?[a-zA-Z](?![\w'’/])"
    r"|[\s-]?(?:I{1,3}|IV|hs|huis|hoog|bis|bg|zw|bv|boven|beneden|rood|zwart)(?![\w'’])"
    r"|-\d{1,3}(?!\d))?"
)
# Words that make "<Street> <number>" something else: "Marktplein 2 keer", "Lindelaan 14 jaar".
_NOT_AFTER = (
    r"(?!\s*(?:keer|x\b|jaar|maanden|weken|dagen|uur|min|minuten|km|kilometer|meter|m\b|euro|%"
    r"|procent|personen|mensen|kinderen|plaatsen|stuks|woningen|huizen|leden|deelnemers"
    # "Kerkstraat 1 t/m 40", "nummer 2 tot 18": a row of houses, no door
    r"|t/m|tot\b"
    # a date: "Ledenvergadering 12 maart", "Sinterklaasviering 5 dec"
    r"|januari|februari|maart|april|mei\b|juni|juli|augustus|september|oktober|november"
    r"|december|jan\b|feb\b|mrt\b|apr\b|aug\b|sept?\b|okt\b|nov\b|dec\b))"
)
# Abbreviated street words: "Kerkstr. 18", "Lindenln. 4a", "Burg. de Withstraat 15".
_ABBREVIATIONS = r"str\.?|ln\.?|pln\.?|pl\.|gr\.|kd\.|sngl\.?|wg\.|str"
STREET_NUMBER = re.compile(
    r"(?<![\w-])((?:[A-Z][\w'’-]*(?:" + SUFFIXES + r"|" + _ABBREVIATIONS + r"))"
    r"|(?:[a-z][\w'’-]+(?:straat|laan|plein|gracht|kade|singel|dreef|str\.))"
    # a capitalised street word after a capitalised word: "Nieuwe Gracht 61", "Oude Markt 3"
    r"|(?:(?<=[A-Z][a-z]{2}\s)|(?<=[A-Z][a-z]{3}\s)|(?<=[A-Z][a-z]{4}\s)|(?<=[A-Z][a-z]{5}\s))"
    r"(?:Gracht|Laan|Weg|Straat|Kade|Singel|Dijk|Markt|Plein|Dreef|Haven|Wal|Vest|Steeg"
    r"|Akker|Brink|Ring|Dam|Hof|Pad|Zijde|Voorstraat))"
    # a year is no house number: "Jaarvergadering 2026: 22 januari"
    r",?\s*(?:nr\.?\s*|nummer\s+|no\.?\s*)?(?!(?:19|20)\d\d(?!\d))([1-9]\d{0,4})(?![\d.,:]?\d)"
    + _ADDITION
    + _NOT_AFTER
)
# A street that is one word of the list above: "aan de Brink 4", "op de Markt 12".
SHORT_STREET = re.compile(
    r"(?<![\w-])(?:aan|op)\s+(?:de|het)\s+((?:Brink|Markt|Dam|Plein|Hof|Kade|Dijk|Gracht|Singel"
    r"|Wal|Haven|Ring|Baan|Dreef|Laan|Weg|Erf|Vest|Veste|Stoep|Zoom|Hoven|Akker|Weide|Poort)"
    r"\s+[1-9]\d{0,3}(?:\s?[a-zA-Z](?!\w))?)(?![\d.,:]?\d)" + _NOT_AFTER
)
# A house number without a street: "ik woon op nr. 7", "op nummer 14", "huisnummer 12".
HOUSE_NUMBER = re.compile(
    r"(?<![\w-])(?:(?:(?:op|van|uit|bij|naar|aan|woon|woont|wonen|thuis|ons|mij|naast|tegenover|achter"
    r"|boven|onder|by|oan|wen|wennet|ús|my),?\s+(?:de\s+|het\s+|it\s+)?"
    # "op nummertje 16", "wij wonen op no 7", "ik woon op #14", Frisian "op nûmer 12"
    r"(?:nummer|nummertje|nûmer|nr\.?|no\.|no(?=\s\d))|(?:op|woon|woont|wonen)\s+\#"
    r"|(?:(?<=^)|(?<=[.!?]\s))(?:nummer|nr\.?)"
    # "mijn huisnr is 12", "huisnummer: 4a"
    r"|(?:huisnummer|huisnr\.?)(?:\s+is|\s*[:=])?)\s*[1-9]\d{0,3}(?:\s?[a-zA-Z](?!\w))?(?![\w.,:]?\d)"
    r"(?!\s*(?:keer|jaar|uur|euro|%|minuten|plaatsen|mensen|van de (?:lijst|top|hitlijst)|t/m"
    r"|tot\b)))",
    re.IGNORECASE,
)
POSTCODE = re.compile(r"(?<![\w-])[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}(?![\w-])")
# A house number right before or after a postcode: "2513 AA 14", "14, 2513 AA".
_NUMBER_NEAR = re.compile(r"(?<![\d.,:])\d{1,5}(?:\s?[a-zA-Z])?(?![\d.,:]?\d)")

_ADDED = re.compile(r"(?<=\d)[\s-]?(?:hs|huis|hoog|bis|bg|zw|bv|boven|beneden|rood|zwart)$", re.I)
_NUMBER_WORD = re.compile(r"^(?:huisnummer|huisnr\.?|nummer|nr\.?|no\.)\s*", re.IGNORECASE)
# A club's role right before the address is the home of whoever has it: "Brieven van de
# huurdersvereniging gaan naar de secretaris, Nieuwe Gracht 61".
_ROLE_BEFORE = re.compile(
    r"(?<![\w])(?:secretaris|secretaresse|voorzitter|voorzitster|penningmeester|bestuurslid"
    r"|contactpersoon|gastvrouw|gastheer|trainer|trainster)\s*[,:(–-]?\s*(?:p/a\s*)?"
    r"(?:[^\W\d_]+\s+)?$"
)
# A part of a person's home right before the address: "in de tuin van Grietje, Populierenlaan
# 63", "de garage van Piet en Els: Schoolstraat 2".
_OWNED_BEFORE = re.compile(
    r"(?<![\w])(?:tuin|achtertuin|voortuin|garage|schuur|schuurtje|zolder|kelder|huiskamer"
    r"|woonkamer|keuken)\s+van\s+[A-Z][^\W\d_]+(?:\s+(?:en|&)\s+[A-Z][^\W\d_]+)?\s*[,:(–-]?\s*$"
)
# A public place, then its address: "het stadskantoor, stadsplateau 1, " (lowercased).
_PLACE_THEN_ADDRESS = re.compile(
    r"(?:" + public.PLACE.pattern + r")(?:\s+[^\W\d_][\w'’-]*){0,3}\s*[,:(–-]\s*"
    r"[^\W\d_][^,.;:!?()\d]{1,40}\d{1,4}\s?[a-z]?\s*,?\s*$"
)
# A word followed by a number, or a postcode: only then the full patterns run.
CANDIDATE = re.compile(r"[a-zà-ÿ.],?\s*(?:nr\.?\s*|nummer\s+|no\.?\s*)?[1-9]|#\d|\d\s?[A-Z]{2}\b")

# "Buurthuis De Kiem, Kerkstraat 12": the named public place right before the address.
PUBLIC_PLACE_BEFORE = re.compile(
    r"(?:Buurthuis|Buurtcentrum|Wijkcentrum|Bibliotheek|Basisschool|School|Kerk|Moskee"
    r"|Gemeentehuis|Stadhuis|Sporthal|Zwembad|Gezondheidscentrum|Huisartsenpraktijk|Apotheek"
    r"|Voedselbank|Kledingbank|Speeltuin|Moestuin|Repair\s?Caf[eé]|Wijkpunt|Buurtpunt"
    r"|Ontmoetingscentrum|Theater|Museum|Station)"
    r"(?:\s+[A-Z'’][\w'’-]*|\s+(?:de|het|van|aan)){0,4}\s*[,:(–-]?\s*(?:aan\s+de\s+|op\s+)?$"
)
PUBLIC_PLACE_MESSAGE = (
    "Is dit het adres van een openbare plek? Zet het dan bij 'adres' van die plek, dan staat "
    "het goed op de kaart. Is het iemands huis, haal het dan weg: de site is voor iedereen te zien."
)

ADDRESS_MESSAGE = (
    "Hier staat een adres met huisnummer. Dat kan iemands huis zijn, en de site is voor "
    "iedereen te zien: zo weet iedereen waar iemand woont. Schrijf alleen de straat "
    "('in de Lindelaan', 'op de hoek van de Kerkstraat'), of zet het adres van een openbare "
    "plek bij 'adres' van die plek."
)
HOUSE_NUMBER_MESSAGE = (
    "Hier staat een huisnummer. Samen met de buurt wijst dat één huis aan, en de site is voor "
    "iedereen te zien: zo weet iedereen waar iemand woont. Laat het nummer weg, of noem een "
    "openbare plek ('bij het buurthuis')."
)
POSTCODE_MESSAGE = (
    "Hier staat een postcode. Samen met een huisnummer wijst die één huis aan, en de site is "
    "voor iedereen te zien. Is het de postcode van een openbare plek? Zet hem dan bij 'adres' "
    "van die plek. Anders: haal hem weg."
)


# Numbered plots and boxes that end like a street ("-tuin", "-plaats", "-berg"): no home.
_PLOTS = words(
    """
    volkstuin moestuin schooltuin buurttuin tuin pluktuin tuinkavel kavel parkeerplaats
    standplaats ligplaats staanplaats invalidenparkeerplaats opslagplaats werkplaats
    fietsenberg garagebox berging
    trambaan busbaan metrobaan spoorbaan tennisbaan padelbaan ijsbaan kartbaan bowlingbaan
    sportveld voetbalveld speelveld trainingsveld kunstgrasveld hockeyveld korfbalveld
    """
)


def find(text: str, kind: FieldKind, allow: Allowlist) -> Iterator[Finding]:
    if kind is FieldKind.ADDRESS:
        return
    spans: list[tuple[int, int]] = []
    low = text.lower()
    for match in STREET_NUMBER.finditer(text):
        if allow.allows(match.group()):
            continue
        if match.group(1).lower() in _PLOTS or match.group(1).endswith("ering"):
            continue  # "Volkstuin 17 is vrij", "garagebox 4": a numbered plot, no home
        spans.append(match.span())
        if _moved_venue(text, low, match.start(), match.end()):
            continue  # "de Inloop is verhuisd naar Marktstraat 17": a venue's new address
        if public.is_public(text, match.start(), match.end(), low, introduced=True) and not (
            _ROLE_BEFORE.search(low, max(0, match.start() - 30), match.start())
            or _OWNED_BEFORE.search(text, max(0, match.start() - 50), match.start())
            or _at_my_door(low, match.start())
        ):
            continue  # "De bieb vind je op de Dorpsstraat 3": a public place, no person
        if _named_venue(text, match.start(), match.end(), low):
            continue  # "in Het Anker, Ankerstr. 19, 2e verdieping": a named building
        if public.gathering(low, match.start(), match.end()) and not _at_my_door(
            low, match.start()
        ):
            continue  # "Het concert is op het Keizer Karelplein 3"
        if PUBLIC_PLACE_BEFORE.search(text, 0, match.start()):
            yield Finding(
                match.start(), match.end(), WARNING, "privacy.home-address", PUBLIC_PLACE_MESSAGE
            )
            continue
        yield Finding(match.start(), match.end(), ERROR, "privacy.home-address", ADDRESS_MESSAGE)
    for match in SHORT_STREET.finditer(text):
        if any(s < match.end(1) and match.start(1) < e for s, e in spans) or allow.allows(
            match.group(1)
        ):
            continue
        spans.append(match.span(1))
        if public.is_public(text, match.start(1), match.end(1), low, introduced=True):
            continue
        if public.gathering(low, match.start(1), match.end(1)):
            continue  # "We zitten aan de Kade 12 met de hele groep"
        yield Finding(match.start(1), match.end(1), ERROR, "privacy.home-address", ADDRESS_MESSAGE)
    house = "nummer" in low or "nr" in low or "no" in low or "#" in low or "nûmer" in low
    for match in HOUSE_NUMBER.finditer(text) if house else ():
        if any(s < match.end() and match.start() < e for s, e in spans):
            continue
        spans.append(match.span())
        if low.startswith("uit", match.start()) and _OF_A_WORK.match(low, match.end()):
            continue  # "het liedje uit nummer 3 van het songboek"
        if _drawn_number(low, match.start(), match.end()):
            continue  # "Nummer 7 wint de hoofdprijs!", "Bingo! Nummer 33 valt"
        near = text[max(0, match.start() - 14) : match.end() + 14]
        if (
            POSTCODE.search(near) is None
            and public.is_public(text, match.start(), match.end(), low, introduced=True)
            and not _door_of_house(low, match.start(), match.end())
        ):  # with a postcode it is a full address: "rommelmarkt: postcode 9743 RS huisnr 12"
            continue  # "De fietsenwerkplaats is op nr. 5 van het Kastanjeplein"
        if not allow.allows(match.group()):
            yield Finding(
                match.start(), match.end(), ERROR, "privacy.home-address", HOUSE_NUMBER_MESSAGE
            )
    if (
        "woon" in low
        or "wonen" in low
        or "slaap" in low
        or "huur" in low
        or "verblij" in low
        or "logeer" in low
        or "woning" in low
        or "caravan" in low
        or "chalet" in low
        or "huisje" in low
    ):
        for start, end in _dwellings(text, low, spans):
            if not allow.allows(text[start:end]):
                yield Finding(start, end, ERROR, "privacy.home-address", HOUSE_NUMBER_MESSAGE)
    if "blok " in low or "flat " in low or "gebouw " in low or "toren " in low:
        for match in _BLOCK_ROOM.finditer(low):
            start, end = match.span(1)
            if any(s < end and start < e for s, e in spans) or allow.allows(text[start:end]):
                continue
            spans.append((start, end))
            if public.is_public(text, start, end, low):
                continue  # "Blok B, kamer 14 is het kantoor van de woningcorporatie"
            yield Finding(start, end, ERROR, "privacy.home-address", HOUSE_NUMBER_MESSAGE)
    if _STREETISH.search(text) is not None and (
        public.HOME_KEY.search(low) is not None
        or ("bij " in low and _PERSON_HINT.search(text) is not None)
        or ("(" in text and _PAREN_HINT.search(text) is not None)
    ):
        for start, end in _home_streets(text, low, spans):
            if not allow.allows(text[start:end]):
                yield Finding(start, end, ERROR, "privacy.home-address", ADDRESS_MESSAGE)
    for match in POSTCODE.finditer(text):
        start, end = match.span()
        if any(s < end + 3 and start < e + 3 for s, e in spans):
            continue  # part of (or next to) a street + number already found
        before = text[max(0, start - 20) : start]
        if "postbus" in before.lower() or "antwoordnummer" in before.lower():
            continue  # a PO box is not a home
        # "Nieuwe Gracht 61 zwart, 2011 NE": the house number before its addition
        near_before = _NUMBER_NEAR.search(_ADDED.sub("", before.rstrip(", "))[-6:])
        after = _NUMBER_WORD.sub("", text[end : end + 24].lstrip(", "), count=1)
        near_after = _NUMBER_NEAR.match(after[:8])  # "2513 AA 14", "6821 ZX, nr 88"
        if near_after or (near_before and before.rstrip().endswith((",", *"0123456789"))):
            if _PLACE_THEN_ADDRESS.search(low, max(0, start - 90), start) and not (
                public.PRIVATE.search(low, max(0, start - 90), start)
            ):
                continue  # "Het Stadskantoor, Stadsplateau 1, 3521 AZ Utrecht"
            yield Finding(start, end, ERROR, "privacy.home-address", ADDRESS_MESSAGE)
        elif not _public_postcode(text, start, end, low):
            yield Finding(start, end, WARNING, "privacy.postcode", POSTCODE_MESSAGE)


# The teller's own door or yard right before the address, after any place word of the sentence:
# "startpunt wandeling: bij ons voor de deur, Kloosterweg 2c", "de rommelmarkt is bij ons op de
# stoep, Kerkpad 7", "verzamelen voor mijn huis (Eikenlaan 9)".
_MY_DOOR = re.compile(
    r"(?<![\w])(?:b[iy]j\s+(?:mij|ons|me)\s+(?:thuis|aan\s+huis|voor\s+(?:de\s+deur|het\s+huis)"
    r"|op\s+(?:de\s+)?(?:stoep|oprit|erf|zolder|balkon)|in\s+(?:de\s+)?(?:tuin|voortuin|achtertuin"
    r"|garage|schuur|huiskamer|woonkamer|keuken))"
    r"|(?:voor|bij|vanaf|achter|naast)\s+(?:mijn|m'n|ons|onze)\s+(?:huis|huisje|deur|voordeur"
    r"|stoep|oprit|tuin|woning|flat))(?![\w])[^.!?]{0,12}$"
)


def _at_my_door(low: str, start: int) -> bool:
    """The teller's own door right before the address (no place word after it)."""
    window = low[max(0, start - 50) : start]
    if (
        "bij " not in window
        and "mijn" not in window
        and "ons" not in window
        and "m'n" not in window
    ):
        return False
    return _MY_DOOR.search(window) is not None


# A public place that moved, said before its new address: "de Inloop is verhuisd naar
# Marktstraat 17", "Taalcafé De Brug is verhuisd! We zitten nu op Stationsweg 22", "Nieuw adres
# van de Kledingbank: Dorpsstraat 40". Without a venue it is a person's move ("Ik ben verhuisd
# naar Molenweg 3", "Henk is verhuisd naar ...").
_MOVED = re.compile(
    r"(?<![\w])(?:verhuisd|verhuist|verhuizen|verhuizing|zit\s+nu|zitten\s+nu|nieuwe?\s+adres"
    r"|nieuwe?\s+locatie|nieuwe?\s+plek)(?![\w])"
)
_VENUE_SUBJECT = re.compile(
    r"(?:^|[.!?:]\s+)([Dd]e|[Hh]et|'t|[Oo]nze|[Oo]ns)\s+([A-Z][^\W\d_]{2,})"
)
# Surnames with "de" that are ordinary words, missing from the surname list as single words:
# "De Jong is verhuisd naar ..." is a family.
_DE_SURNAMES = words(
    """
    Jong Wit Groot Vos Kok Haan Leeuw Bruin Bruyn Klerk Rooij Rooy Ridder Koning Zwart Beer
    Heer Meer Wolf Winter Smet Kleijn Klein Waal Valk Vogel Zwaan Mol Bok Roo Wilde Hoop Kort
    Lang Lange Graaf Gier Bie Vree Vet Beurs Weerd Wolff Koster Lint Witte Laat Hond Munck
    """
)


def _moved_venue(text: str, low: str, start: int, end: int) -> bool:
    window = max(0, start - 80)
    if "verhui" not in low and " nu " not in low and "nieuw" not in low:
        return False
    if _MOVED.search(low, window, start) is None:
        return False
    _, stop = public.sentence(low, start, end)
    around = low[window:start] + " " + low[end:stop]
    if public.PRIVATE.search(around) is not None or (
        public.HOME_KEY.search(_MOVED.sub(" ", around)) is not None
    ):
        return False  # "Wij zijn verhuisd naar Klaproos 44, kom gerust langs"
    if public.PLACE.search(low, window, start) is not None:
        return True
    from . import names  # keep the names lists out of this module's import

    return any(
        names.word_class(hit.group(2)) not in (names.NAME, names.AMBIGUOUS_NAME)
        and hit.group(2) not in names.surnames()
        and not (hit.group(1).lower() == "de" and hit.group(2) in _DE_SURNAMES)
        for hit in _VENUE_SUBJECT.finditer(text, window, start)
    )


# A drawn number of a raffle, a bingo or a race: "Nummer 7 wint de hoofdprijs!", "Bingo! Nummer
# 33 valt", "Op nummer 1 van de verlanglijst". Only a number that starts its clause: "De man op
# nummer 7 heeft de hoofdprijs gewonnen" is a house.
_DRAW = re.compile(
    r"(?<![\w])(?:lot|loten|lootje|lootjes|loterij|verloting|tombola|bingo|hoofdprijs|prijs"
    r"|prijzen|wint|winnen|gewonnen|winnaar|winnares|trekking|getrokken|valt|startnummer"
    r"|rugnummer|lijst|verlanglijst|ranglijst|hitlijst|top\s*\d+|plaats|finish)(?![\w])"
)


def _drawn_number(low: str, start: int, end: int) -> bool:
    if not low.startswith(("nummer", "nr", "op nummer", "op nr"), start):
        return False
    if start > 0 and _CLAUSE_START.search(low, max(0, start - 3), start) is None:
        return False
    begin, stop = public.sentence(low, start, end)
    around = low[max(0, begin - 40) : start] + " " + low[end:stop]
    return (
        _DRAW.search(around) is not None
        and public.PRIVATE.search(low[begin:start] + " " + low[end:stop]) is None
        and public.HOME_KEY.search(low[begin:start] + " " + low[end:stop]) is None
    )


_OF_A_WORK = re.compile(r"\s+van\s+(?:de|het|'t)\s+(?!flat|portiek|galerij|blok|straat|rij)")
_CLAUSE_START = re.compile(r"[.!?:;,]\s*$|^\s*$")


# A door or a corner of a house known by its number: "via de achterdeur van nummer 19".
_DOOR_OF = re.compile(
    r"(?<![\w])(?:achterdeur|voordeur|deur|poort|poortje|hek|hekje|tuin|achtertuin|voortuin"
    r"|garage|schuur|brievenbus|bel|oprit|stoep|kelder|zolder)\s+$"
)


def _door_of_house(low: str, start: int, end: int) -> bool:
    """A door of a house known by its number ("de achterdeur van nummer 19"): "ingang" or
    "entree" in the sentence does not make it a public place's ("Ingang van het buurthuis: …"
    does)."""
    if not low.startswith("van", start) or _DOOR_OF.search(low, max(0, start - 25), start) is None:
        return False
    begin, stop = public.sentence(low, start, end)
    around = low[begin:start] + " " + low[end:stop]
    return public.PLACE.search(_NOT_AT_HOME.sub(" ", around)) is None


# "in Het Anker, Ankerstr. 19", "bij De Kiem, Kerkstraat 12": a venue named with an article.
_NAMED_VENUE = re.compile(
    r"(?:^|\s)(?:in|bij|naar)\s+(De|Het|'t)\s+([A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*)?\s*[,:(]\s*$"
)


# What happens in a venue, or a room of it: without one of these, "Koffie in Het Plein,
# Pleinweg 7" may be somebody's home that happens to have a name.
_VENUE_USE = re.compile(
    r"(?<![\w])(?:les|lessen|cursus|spreekuur|inloop|bijeenkomst|vergadering|voorstelling"
    r"|workshop|training|verdieping|zaal|zaaltje|lokaal|ingang|balie|repetitie|dienst)(?![\w])"
)


def _named_venue(text: str, start: int, end: int, low: str) -> bool:
    """A venue name with "Het" right before the address, in a sentence about what happens there
    and without a person or home ("De" is too often a surname: "bij De Jong, Lindelaan 4")."""
    hit = _NAMED_VENUE.search(text, max(0, start - 50), start)
    if hit is None:
        return False
    if hit.group(1) == "De":
        return False  # "bij De Jong, …", "bij De Vries, …": could be a family
    begin, stop = public.sentence(low, start, end)
    around = low[begin : hit.start()] + " " + low[end:stop]
    return public.PRIVATE.search(around) is None and _VENUE_USE.search(around) is not None


def _public_postcode(text: str, start: int, end: int, low: str) -> bool:
    """A postcode without a house number covers a few streets ("voor je navigatie: 9999 ZZ",
    "voor bewoners van 1234 AB"): it points at nobody unless the sentence is about a person
    or a home ("ik woon in 9999 ZZ")."""
    begin, stop = public.sentence(low, start, end)
    around = low[begin:start] + " " + low[end:stop]
    return public.PRIVATE.search(around) is None


# Streets named after a preposition: "Achter de Hoven 3", "Onder de Linden 7", "Over 't Water 2".
_PREPOSITIONS = words(
    "Achter Over Onder Voor Tussen Binnen Buiten Boven Naast Tegen Bij Op Aan In Om"
)
_PREPOSITION_STREET = (
    r"(?:Achter|Over|Onder|Voor|Tussen|Binnen|Buiten|Boven|Naast|Tegen|Bij|Op|Aan|In|Om)"
    r"\s+(?:de|het|'t|den)\s+[A-Z]"
)


# A street without a street word at someone's home: "bij mij in de gang op de Hoefslag 5a",
# "bij mij voor de deur, Klaproos 44", "kom langs, Laan van Meerdervoort 120", "Ophalen bij
# ons thuis op de Lange Voorhout 10". Many numbered things are written the same way ("in Groep
# 7", "op Radio 538", ", Psalm 23"), so it counts only with a home in the sentence: the teller's
# own ("bij mij", "mijn voordeur", "ik woon"), a door to ring at ("aanbellen", "achterom", "kom
# langs") or a household ("fam.", "p/a"). A public place named right before it is no home.
HOME_STREET = re.compile(
    # "op de Hoefslag", "oan it Haadplein", or right after a comma or colon: ", Klaproos 44"
    r"(?:(?<![\w-])(?:op|aan|oan|in|naar|nei|bij|by|van)\s+(?:de|het|'t|it|'e|den)\s+|[,:(–]\s*"
    r"|\s-\s+"
    # a street whose name starts with an article: "ik woon op De Kolk 4", "aan Het Rak 7"
    r"|(?<![\w-])(?:op|aan|oan|in|naar|bij|by)\s+(?=(?:De|Het|Den|'t)\s+[A-Z])"
    # a street named after a preposition: "wij wonen op Over de Vesten 4"
    r"|(?<![\w-])(?:op|aan|oan|in|naar|bij|by)\s+(?=" + _PREPOSITION_STREET + r")"
    # the start of the text or of a sentence: "Kom langs! Klaproos 44.", "Hoefslag 5a, achterom"
    r"|^\s*|(?<=[.!?]\s)"
    # "Het adres van onze penningmeester is Hoefslag 5a"
    r"|(?<=\sis\s))"
    # one to four capitalised words, particles between: "Laan van Nieuw Oost-Indië 5"
    r"((?:(?:De|Het|Den|'t)\s+)?[A-Z][^\W\d_]{2,}(?:[-'’][^\W\d_]+)*"
    r"(?:\s+(?:(?:van|de|der|den|het|naar|op|ten|ter|aan|'t)\s+)*[A-Z][^\W\d_]*"
    r"(?:[-'’][^\W\d_]+)*){0,3}\s+(?!1[89]\d\d|20\d\d)[1-9]\d{0,3}"
    + _ADDITION
    + r")(?![\w'’]|[.,:]?\d)"
    + _NOT_AFTER
    + r"(?![\s-]*(?:e|ste|de|januari|februari|maart|april|mei|juni|juli|augustus|september"
    r"|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|graden|uur|u"
    r"|dagen|weken|maanden|medailles|prijzen|punten|doelpunten|goals|seconden|kamers|slaapkamers"
    r"|verdiepingen|auto'?s|katten|honden|jongens|meiden|sterren|kilo|liter|gram|cm|m2|m²"
    r"|straten|deuren|portieken|flats|blokken|verderop|verder|hoog|verdieping|etage|stuks|dag"
    r"|week|maand|nacht|nachten|avond|avonden|ochtend|middag|persoon|kind|keer|plek|plekken)\b"
    # a row of numbers: "Kinderen 4 en 7", "Groepen 3 of 4", "Foto 3 van 10"
    r"|\s+(?:en|&|of|van|uit|op)\s+\d"
    # a score: "Nederland 2, Duitsland 1", "Ajax 2 - PSV 2"
    r"|[,\s–-]+[A-Z][^\W\d_]+\s+\d)"
)
# A team of a sports club is numbered too: "ik speel bij de Zwaluwen 3", "hij keept in de JO11 2".
_TEAM_BEFORE = re.compile(
    r"(?<![\w])(?:speel|speelt|spelen|speelde|speelden|voetbal|voetbalt|voetbalde|hockey|hockeyt"
    r"|korfbalt|volleybalt|keept|traint|trainde|coach|coacht)\s+(?:nu\s+|ook\s+|al\s+)?"
    r"(?:bij|in)\s+(?:de|het|'t)\s+$"
)
# A home named after a place word, closer to the address: "De breiclub zit in de huiskamer van
# Joke, Meidoorn 7", "na de bakker, bij mij thuis: Klaproos 44".
_HOME_AFTER_PLACE = re.compile(
    r"(?<![\w])(?:bij\s+(?:mij|ons)|(?:mijn|m'n|ons|onze)\s+(?:huis|huisje|voordeur|woning|adres)"
    r"|(?:tuin|achtertuin|voortuin|garage|schuur|schuurtje|zolder|kelder|huiskamer|woonkamer)"
    r"\s+van\s+(?!de\b|het\b|'t\b|een\b|deze\b|die\b|dit\b|onze\b|ons\b|iedereen\b"
    r"|alle\b|allemaal\b)[^\W\d_]{3,})(?![\w])"
)
_SCORE_BEFORE = re.compile(r"[A-Z][^\W\d_]+\s+\d{1,2}\s*[,–-]\s*$")
# With only an invitation ("kom langs", "bel aan"), a named venue or a building's way in before
# the address makes it a public place's: "Kom langs bij Atelier Zonnedauw, Klaproos 4", "Bel
# aan bij de conciërge, Hoefslag 5", "Parkeren kan voor de deur, Hoefslag 5".
# "Welkom bij ons in De Boomgaard": how a venue speaks; "welkom bij ons thuis" is a home.
_WELCOME = re.compile(r"welkom\s+bij\s+ons(?!\s+thuis)")
_VENUE_NAMED = re.compile(
    r"(?<![\w])(?:bij|in|op|van|naar|aan)\s+(?:(?:de|het|'t)\s+)?([A-Z][^\W\d_]+)"
)
_WAY_IN_WORDS = re.compile(
    r"(?<![\w])(?:conci[eë]rge|beheerder|receptie|balie|portier|receptionist|baliemedewerker"
    r"|parkeren|parkeerplaats|ingang|zijdeur"
    r"|zijingang|hoofdingang|entree|openingstijden|geopend|open)(?![\w])"
)


_PARTICLES = words("Van Von De Den Der Ter Ten Te Fam Familie Mevrouw Meneer Mw Dhr Mevr")


# The cheap tests: a name and a number for the street rules, a person for ``_PERSON_BEFORE``.
_STREETISH = re.compile(
    r"[A-Z][^\W\d_]{2,}\s+[1-9]"
    r"|(?:op|aan|oan)\s+(?:de|het|'t|it)\s+[a-zà-ÿ]{4,}(?:\s+[a-zà-ÿ]{3,})?\s+[1-9]"
)
_PERSON_HINT = re.compile(r"[Bb]ij\s+(?:de\s+)?[A-Z][^,:(]{0,40}[,:(]")
_PAREN_HINT = re.compile(r"\(\s*[A-Z]")
# A person right before the address: "Wij (Klaproos 44) doen mee", "Fatima (Hoefslag 5)",
# "komt samen bij Saskia, Lisdodde 21", "Bij de Jansens, Klaproos 44".
_PERSON_BEFORE = re.compile(
    r"(?:(?<![\w])(?:[Ii]k|[Ww]ij|[Ww]e|[Hh]ij|[Zz]ij|[Zz]e)|([A-Z][^\W\d_]+))\s*\(\s*$"
    r"|(?<![\w])[Bb]ij\s+(?:de\s+)?([A-Z][^\W\d_]+)(?:\s+(?:en|&)\s+[A-Z][^\W\d_]+)?"
    r"(?:\s+thuis)?\s*[,:(]\s*$"
)


def _person_before(text: str, begin: int, start: int) -> bool:
    hit = _PERSON_BEFORE.search(text, begin, start)
    if hit is None:
        return False
    word = hit.group(1) or hit.group(2)
    if word is None:
        return True  # "Wij (Klaproos 44)"
    from . import names  # keep the names lists out of this module's import

    return (
        names.word_class(word) in (names.NAME, names.AMBIGUOUS_NAME)
        or word in names.surnames()
        or word.lower() in names.plural_surnames()  # "bij de Jansens"
    )


def _venue_before(text: str, low: str, begin: int, start: int) -> bool:
    if _WAY_IN_WORDS.search(low, begin, start) is not None:
        return True
    from . import names  # keep the names lists out of this module's import

    person = (names.NAME, names.AMBIGUOUS_NAME)
    return any(
        word not in _PARTICLES
        and word not in names.surnames()
        and names.word_class(word) not in person
        for word in (hit.group(1) for hit in _VENUE_NAMED.finditer(text, begin, start))
    )  # "bel aan bij Van Dam", "kom langs bij Yilmaz": a family


# "naast de bakker", "tegenover de school": a place that only says where the home is.
_BESIDE = re.compile(
    r"(?:naast|boven|onder|tegenover|achter|vlakbij|dichtbij|voorbij)\s+(?:de|het|'t)"
    r"\s+[^\W\d_]+"
)


def _home_streets(text: str, low: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    hits = []
    for match in HOME_STREET.finditer(text):
        start, end = match.span(1)
        if any(s < end and start < e for s, e in taken):
            continue
        name = match.group(1)
        first = name.split()[1 if name.startswith(("De ", "Het ", "Den ", "'t ")) else 0]
        if first in _PREPOSITIONS and re.match(_PREPOSITION_STREET, name):
            first = name.split()[2]  # "Achter de Hoven 3": the street is "Hoven", no "Achter 3"
        if public.numbered_thing(first) or public.PLACE.search(name.lower()):
            continue  # "Basisschool Klaproos 2", "Radio 538"
        begin, stop = public.sentence(low, start, end)
        if _TEAM_BEFORE.search(low, max(begin, start - 30), start) is not None:
            continue  # "ik speel bij de Zwaluwen 3": a team
        if _SCORE_BEFORE.search(text, max(begin, start - 30), start) is not None:
            continue  # "Nederland 2, Duitsland 1": a score
        if _moved_venue(text, low, start, end):
            continue  # "Het Taalcafé is verhuisd naar De Kolk 4"
        keys = public.HOME_KEY.findall(_WELCOME.sub(" ", low[begin:start] + " " + low[end:stop]))
        if not keys and stop - begin < end - start + 30:  # alone: "Kom langs! Klaproos 44."
            if public.PLACE.search(low, max(0, begin - 60), begin) is None:
                keys = public.HOME_KEY.findall(low, max(0, begin - 60), begin)
            begin = max(0, begin - 60)
        if not keys and not _person_before(text, max(begin, start - 40), start):
            continue
        if (
            keys
            and all(public.WEAK_HOME.match(key) for key in keys)
            and _venue_before(text, low, begin, start)
        ):
            continue  # "Kom langs bij de Voedseltuin, Klaproos 4": a venue invites
        before = _BESIDE.sub(" ", low[max(begin, start - 50) : start])
        places = list(public.PLACE.finditer(before))
        if places and _HOME_AFTER_PLACE.search(before, places[-1].start()) is None:
            continue  # "De bieb zit aan de Hoefslag 5, vlakbij mij": the place sits there
        taken.append((start, end))
        hits.append((start, end))
    for match in _LOWER_HOME_STREET.finditer(low):
        start, end = match.span(1)
        if any(s < end and start < e for s, e in taken):
            continue
        if match.group(2) in _NOT_LOWER_STREETS or public.PLACE.search(match.group(1)):
            continue
        taken.append((start, end))
        hits.append((start, end))
    for match in _BARE_HOME_STREET.finditer(text):
        start, end = match.span(1)
        if any(s < end and start < e for s, e in taken):
            continue
        first = match.group(2)
        if public.numbered_thing(first):
            continue
        if public.PLACE.search(match.group(1).lower()):
            continue
        begin, stop = public.sentence(low, start, end)
        if public.HOME_KEY.search(low[begin:start] + " " + low[end:stop]) is None:
            continue
        places = list(public.PLACE.finditer(low, max(begin, start - 50), start))
        if places and _HOME_AFTER_PLACE.search(low, places[-1].start(), start) is None:
            continue
        taken.append((start, end))
        hits.append((start, end))
    return hits


# Without an article, where a place name could stand too ("naar Zwolle 2 keer"): only "op",
# "aan" or "naar" and a number that ends the clause: "We verhuizen in juni naar Wiekslag 12".
_BARE_HOME_STREET = re.compile(
    r"(?<![\w-])(?:op|aan|oan|naar|nei|bij|(?<=brievenbus\s)van|(?<=bus\s)van)\s+"
    r"(([A-Z][^\W\d_]{3,})(?:\s+[A-Z][^\W\d_]+)?\s+(?!1[89]\d\d|20\d\d)[1-9]\d{0,3}"
    r"(?:-?[a-zA-Z](?![\w]))?)"
    r"(?=\s*(?:$|[,.;:!?)(]|\s(?:achterom|boven|beneden|links|rechts|dus|want|maar|bel"
    r"|kom|en\s+(?:kom|bel))\b))"
)


# The same written in small letters, right after the home phrase: "ik woon op de hoefslag 5a",
# "bij mij op de klaproos 44, achterom". Ordinary words stand there too ("op de bank 2 uur"), so
# the number must end the clause.
_LOWER_HOME_STREET = re.compile(
    r"(?<![\w])(?:(?:ik|wij|we|hij|zij|ze)\s+(?:woon|woont|wonen|woonde|woonden|zit|zitten)"
    r"|bij\s+(?:mij|ons)(?:\s+thuis)?|kom\s+(?:(?:maar|even|gerust|gewoon)\s+)?langs"
    r"|bel\s+(?:(?:maar|even|gerust|gewoon)\s+)?aan)\s+(?:(?:nu|zelf|sinds\s+kort)\s+)?"
    r"(?:op|aan|oan)\s+(?:de|het|'t|it)\s+"
    r"(([a-zà-ÿ][a-zà-ÿ'’-]{3,})(?:\s+[a-zà-ÿ]{3,})?\s+[1-9]\d{0,3}(?:-?[a-z](?![\w]))?)"
    r"(?=\s*(?:$|[,.;:!?)(]|\s(?:achterom|boven|beneden|links|rechts|hoog|dus|want|maar|bel"
    r"|kom|en\s+(?:kom|bel))\b))"
)
_NOT_LOWER_STREETS = words(
    """
    lijst foto kaart site app pagina tafel lijn tram trein groep klas fiets bank camping
    markt hoek trap foto's route bladzijde zender radio kanaal week ronde stand plek
    """
)


# A room or door of a residential block: "de jongen van blok B, kamer 14", "uit flat 3, deur
# 12", "gebouw C nr 4". Block and room together point at one door; "kamer 14 van het buurthuis"
# names no block.
_BLOCK_ROOM = re.compile(
    r"(?<![\w-])((?:blok|flat|gebouw|toren)\s+(?:[a-z]|\d{1,2})\s*,?\s*(?:(?:op\s+)?(?:de\s+)?"
    r"(?:\d{1,2}e|eerste|tweede|derde|vierde|vijfde)\s+(?:verdieping|etage)\s*,?\s*)?"
    r"(?:kamer|unit|studio|deur|appartement|app\.?|nr\.?|nummer|no\.)\s*[1-9]\d{0,3}[a-z]?)"
    r"(?![\w'’]|[.,:]\d)"
)


# A home known by its number: "Woonwagen nummer 4", "de man van woonboot 7", "ik woon in
# stacaravan 12", "woning 312". With a person or a home in the sentence: "Woning 12 van het
# project is klaar" and "de woonboot 7 meter lang" point at nobody.
DWELLING_NUMBER = re.compile(
    r"(?<![\w-])(?:woonwagen|woonboot|woonark|woonschip|stacaravan|caravan|chalet|woonunit"
    r"|wooneenheid|woning|appartement|bovenwoning|benedenwoning|huisje|seniorenwoning|huurwoning"
    r"|portiekwoning|flatwoning)\s+(?:(?:nummer|nr\.?|no\.?)\s*)?[1-9]\d{0,3}(?:\s?[a-z](?![\w]))?"
    r"(?![\w'’.,:]?\d)" + _NOT_AFTER + r"(?!\s*(?:kamers|slaapkamers|meter|m²|m2|vierkante)\b)",
    re.IGNORECASE,
)


# A room someone lives in: "Mijn oma woont in de Zonnehof, kamer 12", "hij woont in kamer 214
# van het studentenhuis", "ik woon in studio 3". Only right after the verb of living, in the
# same clause: "het spreekuur is in kamer 2.14" is an office.
_ROOM_HOME = re.compile(
    # who lives there: "hij woont", "Mijn oma woont", "Fatima woont" (not "wie alleen woont")
    r"(?<![\w])(?:[Ii]k|[Hh]ij|[Zz]ij|[Zz]e|[Ww]ij|[Ww]e|[Jj]ij|oma|opa|moeder|vader|zus|broer"
    r"|zoon|dochter|buurman|buurvrouw|(?!(?:Wie|Niemand|Iedereen|Er|Het|Dat|Die|Dit)\b)"
    r"[A-Z][a-zà-ÿ]+)\s+(?:(?:nu|zelf|al|sinds\s+kort)\s+)?"
    r"(?:woon|woont|wonen|woonde|woonden|slaap|slaapt|huur|huurt|verblijf|verblijft|logeer"
    r"|logeert)\s+[^,.;:!?\d]{0,40}?(?:,\s*)?"
    r"((?:kamer|studio|unit|wooneenheid)\s+(?:nummer\s+|nr\.?\s*)?[1-9]\d{0,3}[a-z]?)"
    r"(?![\w'’]|[.,:]\d)"
)


def _dwellings(text: str, low: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    hits = []
    for match in _ROOM_HOME.finditer(text):
        start, end = match.span(1)
        if not any(s < end and start < e for s, e in taken):
            taken.append((start, end))
            hits.append((start, end))
    for match in DWELLING_NUMBER.finditer(low):
        start, end = match.span()
        if any(s < end and start < e for s, e in taken):
            continue
        begin, stop = public.sentence(low, start, end)
        around = low[begin:start] + " " + low[end:stop]
        if public.PRIVATE.search(around) is None and public.HOME_KEY.search(around) is None:
            continue
        if public.is_public(text, start, end, low, introduced=True):
            continue  # "het spreekuur van de woningcorporatie is in woning 2"
        taken.append((start, end))
        hits.append((start, end))
    return hits


# An `adres` that says it is someone's door: "p/a Klaproos 44", "Hoefslag 5a, achterom",
# "bel aan bij Van Dam, Hazelaar 9", "Kievit 8 (fam. de Boer)", "Lindelaan 4, 3-hoog",
# "Lindelaan 4, woonboot", "Achter de garage van nr. 12". A public place in the field makes it
# the way in of that place ("Kerkstraat 5, zijingang (bel aan bij de balie)").
FIELD_HINT = re.compile(
    r"p/a|c/o|fam|familie|huize|achter|deur|bel|klop|langs|hoog|woon|won|garage|schuur|tuin|zolder"
    r"|kelder|huisn"
)
# The words without which ``_FIELD_HOME`` cannot match: "bij ons huis", "van mijn zwager",
# "bij mevrouw", "de achterdeur van nummer 19". Not "van" and "het": street names have them.
_HOME_WORDS = words(
    """
    mijn m'n mn mjin mijne myn zijn z'n haar d'r hun jouw jullie ons onze uns bij by aan naar huis
    huize woonachtig woon woont wonen woonde woonden mevrouw meneer mevr mw mvr dhr
    buurman buurvrouw buren buurjongen buurmeisje buurtjes bovenburen benedenburen onderburen
    overburen naastburen bovenbuurman bovenbuurvrouw opa oma tante oom ome nummer nr no
    huisnummer zolder zoldertje schuur schuurtje garage tuin achtertuin voortuin keuken kelder
    woonkamer huiskamer kamer bank serre veranda woning flat flatje caravan woonboot oprit stoep
    voordeur achterdeur deur zijdeur poort hek brievenbus bel tuinhuisje huisje kennis vriend
    vriendin vrienden bie thuus thoes my our appartement app woonunit wooneenheid bovenwoning
    benedenwoning achterburen
    """
)


# A floor or a part of a house after the house number: "Johan Visserlaan 23-II", "Amstelkade
# 102-1", "Lindelaan 4 hs", "Kerkstraat 12 boven", "Kerkweg 9a, achterhuis", "Lindelaan 3,
# kamer 2", "chalet 14 op camping De Berk". That is one flat or room of a building: a home, unless
# a public place is named in the field ("Buurthuis De Kiem, Kerkstraat 14-1"). "Marktplein 1-3"
# is a row of numbers: a floor number is smaller than the house number.
_FLOOR = re.compile(
    r"(?<![\w-])[1-9]\d{0,4}\s?[a-z]?(?:[\s-]?(?:i{1,3}|iv)|[\s-]?(?:bis|boven|bovenhuis"
    r"|benedenhuis|zwart|rood)|-(?P<floor>[1-9]\d?))(?![\w-]|\.\w)"
    r"|(?<![\w-])(?:achterhuis|voorhuis|zolderkamer|zolderetage|souterrain|bovenverdieping"
    r"|bovenhuis|benedenhuis)(?![\w-])"
    # "12 1-hoog" (a bare "7 hoog" can be a shop's addition), "bovenste bel", "bel 2"
    r"|(?<=\d\s)[1-9]\s*-\s*hoog(?![\w-])"
    r"|(?<![\w-])(?:(?:bovenste|onderste|middelste|linker|rechter)\s+bel|bel\s+[1-9])(?![\w-])"
    r"|(?<![\w-])(?-i:huisje|caravan|stacaravan|woonwagen|tuinhuisje)(?![\w-])"
    r"|(?<![\w-])(?:kamer|studio|unit|chalet|stacaravan|caravan|bungalow|wooneenheid|kavel|flat"
    r"|deur)\s+"
    r"(?:nr\.?\s*|nummer\s+)?[1-9]\d{0,3}[a-z]?(?![\w.,]?\d)",
    re.IGNORECASE,
)
# Words of a public building in an `adres`: "Stadhuisplein 1, zaal 2", "ingang 3-II".
_PUBLIC_ROOM = re.compile(
    r"zaal|lokaal|verdieping|etage|balie|ingang|receptie|lift|spreekkamer|kantoor|praktijk"
    r"|camping\s*(?:receptie|kantine)|bedrijf|winkel"
)


_LAST_WORD = re.compile(r"[^\W\d_]+[\s,]*$")


def _floor_home(text: str, low: str) -> re.Match[str] | None:
    """A floor, a part of a house or a numbered room in an `adres` with no public place."""
    for hit in _FLOOR.finditer(text):
        floor = hit.group("floor")
        if floor is not None:
            number = re.match(r"\d+", hit.group())
            if number is None or int(floor) >= int(number.group()):
                continue  # "Marktplein 1-3": a row of numbers
        # the street itself may end like a place ("Oosterpark 7 II"): leave it out
        street = _LAST_WORD.search(low, 0, hit.start())
        rest = low[: street.start() if street else hit.start()] + " " + low[hit.end() :]
        if public.PLACE.search(rest) is not None or _PUBLIC_ROOM.search(low) is not None:
            return None
        return hit
    return None


def field_candidate(low: str, words: list[str]) -> bool:
    """Can the lowercased `adres` ``low`` (its ``words``) say that it is someone's home?"""
    return (
        FIELD_HINT.search(low) is not None
        or _FLOOR.search(low) is not None
        or not _HOME_WORDS.isdisjoint(words)
        or low.lstrip()[:1].isdigit()  # "9741 PT 15", "15, 9741 PT"
        or low.lstrip().startswith(("postcode", "pc"))
    )


_FIELD_DOOR = re.compile(
    r"(?<![\w-])(?:p/a|c/o|fam\.?|familie|ten\s+huize(?:\s+van)?|achterom|achterdeur|voordeur"
    r"|aanbellen|aankloppen|(?:bel|klop)\s+(?:(?:maar|even|gerust|dan|twee\s+keer|2x)\s+)?aan"
    r"|kom\s+(?:(?:maar|even|gerust|dan)\s+)?(?:langs|achterom)|langs\s*komen|langskomen"
    r"|woonboot|woonwagen|woonark|woonschip|stacaravan"
    # "daar woont de voorzitter", "(hier wonen wij)"
    r"|(?:daar|hier|waar)\s+(?:woont|wonen|woon)|woont"
    # "postcode 2531AB huisnummer 16": how a resident gives the own address
    r"|huisnummer|huisnr\.?"
    # a floor after the address, not the addition of its number ("Schoolstraat 7 hoog")
    r"|(?:(?<=[,(–-])|(?<=[,(–-]\s)|(?<=\bop\s))[1-9]\d?\s*-?\s*hoog"
    r"|achter\s+de\s+(?:garage|schuur|woning|flat)\s+van"
    # a part of a person's home: "(de garage van Piet)", "in de tuin van Grietje"
    # ("De Tuin van Eden" is the name of a place)
    r"|(?-i:(?:garage|schuur|schuurtje|tuin|achtertuin|voortuin|zolder|kelder)\s+van\s+"
    r"[A-Z][^\W\d_]+))(?![\w-])",
    re.IGNORECASE,
)
# "ingang achterom bij de fietsenstalling": how to get into a building, no home.
_WAY_IN = re.compile(r"ingang|fietsenstalling|personeel|leveranciers|laad")


# Words of ``_FIELD_HOME`` that fit in the shape of a standard address (letters and spaces
# only): "Lindelaan 14, 1234 AB Dorp van mijn zwager" may not take the scanner's shortcut.
PLAIN_HOME_WORDS = (
    r"[Mm]ijn|[Mm]n|[Oo]ns|[Oo]nze|[Zz]ijn|[Hh]aar|[Hh]un|[Jj]ouw|[Jj]ullie|[Bb]ij|[Bb]y|[Hh]uize"
    r"|[Mm]evrouw|[Mm]eneer|[Ff]amilie|[Ff]am|[Ii]k|[Ww]ij|[Ww]e|[Ww]oonachtig|[Mm]ij"
)


def find_private_field(text: str, low: str, words: list[str] | None = None) -> Iterator[Finding]:
    """An `adres` field that says it is a person's door (``field_candidate`` said it may)."""
    from . import locators  # its message for an adres that is a home

    hit = _FIELD_DOOR.search(text) if FIELD_HINT.search(low) is not None else None
    if hit is not None and (
        public.PLACE.search(low) is not None or _WAY_IN.search(low) is not None
    ):
        hit = None
    if (
        hit is None
        and (words is None or not _HOME_WORDS.isdisjoint(words))
        and _DIGIT.search(text) is not None  # a street alone is a direction: "bij ons, Kerkpad"
    ):
        hit = _field_home(text, low)
    if hit is None and _BARE_POSTCODE.fullmatch(text) is None:
        hit = _floor_home(text, low)  # "Johan Visserlaan 23-II", "Kerkweg 9, zolderkamer"
    if hit is None:
        if _BARE_POSTCODE.fullmatch(text) is not None:
            yield Finding(0, len(text), ERROR, "privacy.home-address", BARE_POSTCODE_MESSAGE)
        return
    shown = " ".join(hit.group().split())
    yield Finding(
        0, len(text), ERROR, "privacy.home-address", locators.ADDRESS_MESSAGE.format(shown=shown)
    )


_DIGIT = re.compile(r"\d")


# How an `adres` says whose home it is. The words are matched as written: a home word in small
# letters ("bij ons huis", "m'n schuurtje") is a home, with a capital it is the name of a venue
# ("Ons Huis", "Onze Tuin", "De Huiskamer", "Ons Stekje").
_MY = (
    r"(?:[Mm]ijn|[Mm]'n|[Mm]n|[Mm]jin|[Mm]ijne|[Mm]yn|[Zz]ijn|[Zz]'n|[Hh]aar|[Dd]'r|[Hh]un|[Jj]ouw"
    r"|[Jj]ullie)"
)
# Only "mijn" is surely a possessive: "zijn" and "haar" are verbs and nouns too ("wij zijn ma
# t/m vr open", "haar knippen"), so before a relative they need "bij" or "van".
_MINE = r"(?:[Mm]ijn|[Mm]'n|[Mm]n|[Mm]jin|[Mm]ijne|[Mm]yn)"
_OUR = r"(?:[Oo]ns|[Oo]nze|[Uu]ns)"
# Parts and kinds of a home: after "mijn" all of them, after "ons"/"onze" (which a club says
# too: "onze keuken", "ons adres") only the private ones.
_OUR_HOME = (
    r"huis|huisje|woning|flat|flatje|appartement|bovenwoning|benedenwoning|bovenhuis|benedenhuis"
    r"|tuin|tuintje|achtertuin|voortuin|schuur|schuurtje|garage|zolder|zoldertje|oprit|stoep"
    r"|voordeur|achterdeur|caravan|woonboot|balkon|serre|veranda|tuinhuis|tuinhuisje|erf|hok"
    r"|hokje|carport|woonwagen|chalet"
)
_MY_HOME = (
    _OUR_HOME + r"|deur|adres|thuisadres|postadres|woonadres|huiskamer|woonkamer|keuken"
    r"|keukentafel|kamer|kamertje|slaapkamer|bel|brievenbus|portiek|stek|stekje|optrekje|app"
)
# Relatives, friends and neighbours: after "mijn", "onze", "haar", ... ("van mijn zwager").
_KIN = (
    r"zwager|schoonzus|schoonzuster|schoonbroer|schoonmoeder|schoonvader|schoonouders"
    r"|schoonfamilie|zus|zusje|zuster|broer|broertje|moeder|vader|mam|pap|mams|paps|ouders"
    r"|grootouders|opa|oma|oom|ome|tante|neef|nicht|zoon|dochter|kinderen|kleinzoon|kleindochter"
    r"|man|vrouw|vriend|vriendin|vrienden|vriendje|partner|verloofde|kennis|kennissen|collega"
    r"|buurman|buurvrouw|buren|buurjongen|buurmeisje|(?:boven|beneden|onder|over|naast|achter)bu\w+"
)
# ... and the ones that need no "mijn": "bij oma", "bij de buren", "van tante Els".
_KIN_BARE = (
    r"opa|oma|tante|oom|ome|buurman|buurvrouw|buren|buurjongen|buurmeisje|buurtjes"
    r"|(?:boven|beneden|onder|over|naast|achter)bu\w+"
)
_HONORIFIC = r"mevrouw|meneer|mevr\.?|mw\.?|mvr\.?|dhr\.?|hr\.?|de\s+heer|juffrouw|fam\.?|familie"
# Rooms and corners of a home that a person is "at": "bij Ineke op zolder", "de keuken van Fatima".
_ROOMS = (
    r"zolder|zoldertje|schuur|schuurtje|garage|tuin|achtertuin|voortuin|keuken|kelder|woonkamer"
    r"|huiskamer|bank|serre|veranda|kamer|tuinhuisje|huis|huisje|woning|flat|flatje|caravan"
    r"|woonboot|oprit|stoep|voordeur|achterdeur"
)
# "bij mij om de hoek", "bij ons in de buurt": near the teller's home, not at it.
_NEAR = (
    r"(?!\s+(?:om\s+de\s+hoek|in\s+de\s+(?:buurt|straat|wijk|flat|portiek|stad)|vlakbij"
    r"|in\s+het\s+dorp|tegenover|verderop|in\s+de\s+buurt))"
)
_FIELD_HOME = re.compile(
    r"(?<![\w'’-])(?:"
    # the teller's home: "bij ons huis", "in m'n schuurtje", "onze oude garage", "mijn eigen huis"
    r"(?:(?:[Bb]ij|[Bb]y|[Ii]n|[Oo]p|[Vv]oor|[Aa]chter|[Nn]aast|[Oo]nder)\s+)?"
    r"(?:" + _MY + r"\s+(?:[a-zà-ÿ]{2,12}\s+)?(?:" + _MY_HOME + r")"
    r"|" + _OUR + r"\s+(?:[a-zà-ÿ]{2,12}\s+)?(?:" + _OUR_HOME + r"))"
    # "bij mij aan huis", "bij ons in de schuur", "by ús", "bij mij" ("welkom bij ons" is a venue)
    r"|(?<![Ww]elkom\s)[Bb](?:ij|y|ie)\s+(?:mij|ons|my|ús|us|me|mie|oons|oes)"
    + _NEAR
    + r"(?:\s+(?:thuis|thús|thuus|thoes"
    r"|aan\s+huis|(?:in|op|achter|voor)\s+(?:de|het|'t)\s+[a-zà-ÿ]+|op\s+[a-zà-ÿ]+))?"
    r"|(?<![Hh]uis\s)aan\s+huis|naar\s+mij(?:\s+toe)?"
    # dialect and English: "bie oons thuus", "my house", "at our place"
    r"|thuus|thoes|(?:[Mm]y|[Oo]ur)\s+(?:house|home|place|flat|apartment|garden|garage|door)"
    # "achter het huis", "de zijdeur van het huis" ("het Huis van de Wijk" is a venue)
    r"|(?:achter|naast|voor|in|bij|deur\s+van|zijdeur\s+van|poort\s+van)\s+(?:het|'t)\s+huis"
    r"(?!\s+van\s+de\s+(?:wijk|buurt))"
    # "ik woon", "wij wonen", "woon ik", "woonachtig"
    r"|(?:[Ii]k|[Ww]ij|[Ww]e|[Zz]ij|[Hh]ij)\s+(?:woon|woont|wonen|woonde|woonden)|woon\s+ik"
    r"|wonen\s+(?:wij|we)|woonachtig"
    # a relative's, a friend's or a neighbour's: "van mijn zwager", "bij de buren"
    r"|(?:(?:[Bb]ij|[Vv]an|[Pp]/a|[Tt]\.?a\.?v\.?)\s+)?" + _MINE + r"\s+(?:" + _KIN + r"|pa|ma)"
    r"|(?:[Bb]ij|[Vv]an|[Pp]/a)\s+(?:" + _MY + r"|" + _OUR + r"|een)\s+(?:" + _KIN + r")"
    r"|(?:[Bb]ij|[Vv]an|[Pp]/a)\s+(?:de\s+)?(?:" + _KIN_BARE + r")"
    r"|[Bb]ij\s+(?:pa|ma|papa|mama|pap|mam)(?:\s+en\s+(?:pa|ma|papa|mama))?"
    r"(?!\s*(?:t/m|tot|-|en\s+(?:di|wo|do|vr|za|zo)))"
    # a person's: "bij mevrouw Yilmaz", "Mevr. de Wit", "huize Jansen", "(bij Joop)"
    r"|(?:[Bb]ij|[Vv]an|[Pp]/a|[Tt]\.?a\.?v\.?)\s+(?:" + _HONORIFIC + r")"
    r"|(?:[Mm]evrouw|[Mm]eneer|[Mm]evr\.?|[Mm]w\.|[Dd]hr\.?)\s+(?:(?:de|van|der|den|ter|ten)\s+)*[A-Z][^\W\d_]+"
    r"|huize\s+(?P<house>[A-Z][^\W\d_]+)"
    r"|[Bb]ij\s+(?P<who>[A-Z][^\W\d_]+)(?:\s+(?:en|&)\s+[A-Z][^\W\d_]+)?(?:\s+thuis)?"
    r"(?=\s*(?:[),;:]|$|\s[-–]\s))"
    # a person at home: "bij Corrie op de bank", "op zolder bij Ineke", "de keuken van Fatima"
    r"|[Bb]ij\s+(?P<at>[A-Z][^\W\d_]+)(?:\s+(?:en|&)\s+[A-Z][^\W\d_]+)?\s+(?:op|in)\s+(?:(?:de|het|'t)\s+)?(?:"
    + _ROOMS
    + r")"
    r"|(?:" + _ROOMS + r")\s+(?:bij|van)\s+(?P<of>[A-Z][^\W\d_]+)"
    # a house known by its number: "de achterdeur van nummer 19", "bij nr. 12"
    r"|(?:" + _ROOMS + r"|deur|poort|hek|brievenbus|bel)\s+van\s+(?:huis)?(?:nummer|nr\.?|no\.)"
    r"\s*[1-9]\d{0,3}"
    r"|(?P<bij>[Bb]ij)\s+(?:huis)?(?:nummer|nr\.?|no\.)\s*[1-9]\d{0,3}"
    # a flat known by its number: "Appartement 4B", "app. 12", "woning 312"
    r"|(?:[Aa]ppartement|[Aa]pp\.?|[Ww]oning|[Ww]oonunit|[Ww]ooneenheid|[Bb]ovenwoning"
    r"|[Bb]enedenwoning)\s*(?:nr\.?\s*|nummer\s+)?[1-9]\d{0,3}[a-zA-Z]?(?![\w-])" + _NOT_AFTER + r""
    r")(?![\w-])"
)
# How to get in or park: no public place ("Ingang via de achterdeur van nummer 19"), and no home
# either after "bij" ("parkeren bij nummer 12").
_NOT_AT_HOME = re.compile(
    r"(?:hoofd|zij|achter)?ingang|entree|fietsenstalling|personeel|leveranciers|laad|parke"
)
# "naast de bakker", "achter de kerk": a place that only says where the home is.
_LANDMARK = re.compile(
    r"(?:naast|boven|onder|tegenover|achter|vlakbij|dichtbij|voorbij|bij)\s+(?:de|het|'t)"
    r"\s+[^\W\d_]+"
)


def _field_home(text: str, low: str) -> re.Match[str] | None:
    """The first phrase of ``text`` (an `adres`) that says it is someone's home, unless a public
    place is named outside that phrase and outside landmarks ("ons huisje achter de kerk")."""
    from . import names  # keep the names lists out of this module's import

    for hit in _FIELD_HOME.finditer(text):
        person = hit.group("at") or hit.group("of") or hit.group("house")
        if person is not None and not (
            names.word_class(person) in (names.NAME, names.AMBIGUOUS_NAME)
            or person in names.surnames()
        ):
            continue  # "de tuin van Eden", "bij Buurtzorg op de kamer"
        person = hit.group("who")
        if person is not None and not (
            names.word_class(person) == names.NAME or person in names.surnames()
        ):
            continue  # "bij Jumbo", "bij Dirk": a shop, no person
        rest = low[: hit.start()] + " " + low[hit.end() :]
        if hit.group("bij") is not None and _NOT_AT_HOME.search(rest) is not None:
            continue  # "ingang bij nummer 102", "parkeren bij nummer 12"
        if public.PLACE.search(_LANDMARK.sub(" ", _NOT_AT_HOME.sub(" ", rest))) is not None:
            continue  # "Wijkcentrum De Kiem, bij ons in de grote zaal"
        return hit
    return None


# A postcode and a house number without a street ("9741 PT 15", "15, 9741 PT"): how a resident
# gives the own address on a form. A public place writes its street: "Kerkstraat 15, 9741 PT".
_PC = r"[1-9]\d{3}\s?(?!SA|SD|SS|sa|sd|ss)(?:[A-Z]{2}|[a-z]{2})"
_NR = (
    r"(?:(?:huisnummer|huisnr\.?|nummer|nr\.?|no\.?)\s*:?\s*)?[1-9]\d{0,4}"
    r"(?:\s?[a-zA-Z]{1,3}(?![\w])|[\s-]?(?:I{1,3}|IV|hs|huis|hoog|bis|bg|boven|beneden|bov)"
    r"|-\d{1,3})?"
)
_TOWN = r"(?:\s*,?\s*[A-Z][^\W\d_]+(?:[ -][A-Za-z][^\W\d_]*){0,3})?"
_BARE_POSTCODE = re.compile(
    r"\s*(?:(?:postcode|pc)\s*:?\s*)?"
    r"(?:" + _PC + r"\s*[,:]?\s*" + _NR + _TOWN + r"|" + _NR + r"\s*,\s*" + _PC + _TOWN + r")"
    r"\s*\.?\s*",
    re.IGNORECASE,
)
BARE_POSTCODE_MESSAGE = (
    "Hier staan alleen een postcode en een huisnummer. Zo geeft iemand meestal het eigen "
    "huisadres op, en de site is voor iedereen te zien. Is dit een openbare plek? Schrijf dan "
    "de straat erbij, zoals 'Kerkstraat 15, 9741 PT Groningen'. Is het iemands huis? Haal het "
    "dan weg."
)
