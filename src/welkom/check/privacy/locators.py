"""Where someone lives without a street: floor, portiek, flat, house number with an addition.

"De buurvrouw van 45-B", "hij woont 2 hoog, nummer 31", "derde portiek, 4e verdieping rechts",
"pakketjes voor mij mogen naar 23 hs": in a buurt site everyone knows the street, so these
point at one front door. A locator alone can be a public place ("het spreekuur is op 2 hoog in
het buurthuis"), so it needs a person or home word in the same sentence; the neighbour pattern
("de buurman van 12") carries its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import addresses, public
from .base import ERROR, Finding, merge_spans, whole_words, words

_ORDINAL = (
    r"(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde"
    r"|bovenste|onderste|laatste)"
)
_COUNT = r"(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)"
# Quantities and times: "van 12 uur", "op 3 bis 4 keer" is no house.
_NOT_AFTER = (
    r"(?!\s*(?:uur|u\b|jaar|keer|x\b|euro|%|minuten|min\b|personen|mensen|kinderen|plaatsen"
    r"|stuks|dagen|weken|maanden|meter|km|tot|t/m|en\s+\d|-\s*\d|maal|rondjes|rondes|plekken"
    r"|locaties|adressen|punten|manieren|plaatsen|dingen|vragen))"
)
# A house number with an addition: "45-B", "23 hs", "3 bis", "12a", "7 II", "9 boven".
_SUFFIXED = (
    r"[1-9]\d{0,3}(?:-?[a-zA-Z](?![\w'’])|\s+[A-Z](?![\w'’])"
    r"|\s*-?\s*(?:hs|huis|bis|bg|boven|beneden|I{1,3}|IV)(?![\w'’]))"
)
_STREET_END = r"(?:straat|laan|weg|plein|hof|kade|gracht|singel|dreef|dijk|pad)"
# A house number in words: "op nummer zesentwintig", "van nummer negen" (not "nummer één").
_UNIT = r"(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)"
NUMBER_WORD = (
    r"(?:" + _UNIT + r"(?:en|ën)(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig"
    r"|negentig)|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|twee|drie|vier"
    r"|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien"
    r"|achttien|negentien|honderd\w*)"
)
LOCATOR = re.compile(
    r"(?<![\w-])(?:"
    r"(?:[1-9]\d?\s*-?\s*(?:hoog|hg)|" + _COUNT + r"\s*-?\s*hoog)(?:[\s-]+(?:achter|voor|links"
    r"|rechts|midden)\b)?"
    r"|(?:op|van)\s+de\s+[1-9]\d?\s*(?:e|ste|de)\b(?!\s+(?:verdieping|etage|portiek|galerij))"
    r"|[1-9]\d?\s*(?:e|ste|de)\s+(?:verdieping|etage|portiek|galerij|deur|opgang)"
    r"(?:\s+(?:links|rechts)\b)?"
    r"|" + _ORDINAL + r"\s+(?:(?:verdieping|etage)(?:\s+(?:links|rechts)\b)?|portiek|galerij"
    r"|opgang|deur\s+(?:links|rechts))|deur\s+(?:links|rechts)\b"
    r"|(?:portiek|flat|galerij|blok|trappenhuis|opgang|deur|woning|appartement|app\.?)\s+"
    r"[1-9]\d{0,3}[a-zA-Z]?(?![\w'’])"
    + _NOT_AFTER
    # "postcode 9743 RS huisnr 12": the word says it is a house, wherever it stands
    + r"|(?:huisnummer|huisnr\.?)\s*[1-9]\d{0,3}[a-zA-Z]?(?![\w'’])"
    + _NOT_AFTER
    # "Woonwagen nummer 4", "woonark 12": a home that has a number of its own
    + r"|(?:woonwagen|woonark|woonboot|stacaravan|chalet)\s+(?:nummer\s+|nr\.?\s*)?"
    r"[1-9]\d{0,3}[a-zA-Z]?(?![\w'’])"
    + _NOT_AFTER
    # "in portiek B", "flat C": a letter for a block or a stairwell.
    + r"|(?:portiek|flat|blok|opgang)\s+[A-H](?![\w'’])(?!\.)"
    + _NOT_AFTER
    + r"|(?:van|op|naar|aan|bij|in)\s+(?:nummer\s+|nr\.?\s*)?"
    + _SUFFIXED
    + _NOT_AFTER
    + r"|(?:van|op|naar|aan|bij|in)\s+(?:huis)?nummer\s+"
    + NUMBER_WORD
    + r"(?![\w'’])"
    # "postcode 3521 KX huisnummer veertien": "huisnummer" says it is a house on its own
    + r"|huisnummer\s+"
    + NUMBER_WORD
    + r"(?![\w'’])"
    + r"|(?:(?<=^)|(?<=[,;:(]\s)|(?<=[,;:(]))(?:huis)?(?:nummer|nr\.?)\s*[1-9]\d{0,3}[a-zA-Z]?"
    r"(?![\w'’])" + _NOT_AFTER + r")",
    re.IGNORECASE,
)
# A locator that points at one door on its own; a floor or a portiek alone has several.
_PRECISE = re.compile(
    r"\d\s*-?\s*(?![eE]$)[a-zA-Z]$|(?:hs|huis|bis|bg|boven|beneden|I{1,3}|IV)$|nummer|nr|deur\s+\d"
    r"|woning\s+\d|app|woonwagen|woonark|woonboot|stacaravan|chalet"
    r"|links$|rechts$|achter$|voor$|midden$",
    re.IGNORECASE,
)


def _precise_near(hits: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    return any(abs(s - span[1]) < 40 or abs(span[0] - e) < 40 for s, e in hits)


# "de buurman van 12", "de familie op nummer 7": a person with a number.
# An addition: a letter, a floor ("63-1", "8-III") or "hs"/"bis"/"huis" ("12-hs").
_ADDITION = r"(?:-?(?:[a-zA-Z]|hs|bis|huis|I{1,3}|IV)(?![\w'’])|-[1-9](?![\w'’.,:]?\d))"
_HOUSE = r"[1-9]\d{0,3}" + _ADDITION + r"?(?![\w'’.,:]?\d)"
_HOUSE_SUFFIXED = r"[1-9]\d{0,3}" + _ADDITION + r"(?![\w'’.,:]?\d)"
# "Een vrouw van 75", "een gezin van 4": with these words "van" + number is an age or a size.
NEIGHBOUR = re.compile(
    r"(?<![\w-])(?:(?:buur(?:man|vrouw|meisje|jongen|kind|meid|tjes?|mannen|vrouwen|kinderen"
    r"|meisjes|jongens|vrouwtjes?|mannetjes?)|benedenbu\w+|achterbu\w+|naastbu\w+"
    r"|buren|bovenbu\w+|onderbu\w+|bewoner\w*|bewoonster)\s+(?:van|op)\s+(?:nummer\s+|nr\.?\s*)?"
    + _HOUSE
    + r"|(?:mevrouw|meneer|familie|gezin|man|vrouw|mensen|jongen|meisje|kinderen|oudjes|stel)"
    r"\s+(?:op\s+(?:nummer\s+|nr\.?\s*)?"
    + _HOUSE
    + r"|van\s+(?:(?:nummer\s+|nr\.?\s*)"
    + _HOUSE
    + r"|"
    + _HOUSE_SUFFIXED
    + r")))"
    r"(?!\s*(?:hoog|hg|e|ste|de)\b)(?!\s?(?-i:[A-Z]{2})\b)" + _NOT_AFTER,
    re.IGNORECASE,
)
# What every NEIGHBOUR match holds, found three times faster: a story without it skips the
# long alternation above.
_NEIGHBOUR_GATE = re.compile(r"(?:van|op)\s+(?:nummer\s+|nr\.?\s*)?[1-9]")
# A person or a home in the sentence: only then a locator points at someone.
PERSON = re.compile(
    r"(?<![\w])(?:buur(?:man|vrouw|meisje|jongen|kind|meid|tjes?|mannen|vrouwen|kinderen"
    r"|meisjes|jongens|vrouwtjes?|mannetjes?)|benedenbu\w+|achterbu\w+|naastbu\w+|buren"
    r"|bovenbu\w+|onderbu\w+|overbu\w+|bewoner\w*|bewoonster|huurder\w*"
    r"|woon|woont|wonen|woonde|woonden|thuis|ik|mij|mijn|me|m'n|wij|mevrouw|meneer|hij|zij|ze|hem"
    r"|iemand|familie|gezin|man|vrouw|jongen|meisje|opa|oma|oudje|stel|kinderen|ons|onze|langs"
    r"|degene|diegene|die\s+(?:van|op)"
    r"|vrouwtje|mannetje|dametje|oudjes|benedenwoning|bovenwoning|benedenhuis|bovenhuis"
    r"|langskomen|aanbellen|bel\s+(?:(?:maar|even|gerust|gewoon)\s+)?aan)(?![\w])",
    re.IGNORECASE,
)
# Cheap tests: a word of a floor, portiek or door (compared as a set with the text's words),
# or a preposition before a number. Every branch of LOCATOR and NEIGHBOUR needs one of these.
STRONG = words("verdieping verdiepingen etage etages hg")
WEAK = words(
    "hoog portiek flat galerij blok opgang trappenhuis deur nummer nr huisnummer woning"
    " appartement app woonwagen woonark woonboot stacaravan chalet huisnr"
)
# "de portiek", "de deur", "het gras is hoog" are no locator: a weak word needs a number, an
# ordinal or a side with it.
QUALIFIERS = words(
    """
    eerste tweede derde vierde vijfde zesde zevende achtste negende tiende elfde twaalfde
    bovenste onderste laatste twee drie vier vijf zes zeven acht negen tien elf twaalf
    links rechts achter
    """
)
_NUMBER_WORDS = words("nummer huisnummer")
_TENS = words("twintig dertig veertig vijftig zestig zeventig tachtig negentig")
_UNITS_ = words("een één twee drie vier vijf zes zeven acht negen")
# Every house number from 2 to 99 in words: "Lindelaan zesentwintig".
SPELLED = (
    (_UNITS_ - {"een", "één"})
    | words("tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien")
    | _TENS
    | {u + j + t for u in _UNITS_ for j in ("en", "ën") for t in _TENS}
)
_STREET_WORD = re.compile(
    _STREET_END + r"\s+(?:nummer\s+)?" + NUMBER_WORD + r"(?![\w'’])" + _NOT_AFTER
)
NUMBER_WORD_AFTER = re.compile(r"nummer\s+" + NUMBER_WORD + r"(?![\w'’])")
NUMBER_AFTER = re.compile(r"(?:van|op|naar|aan|bij|in)\s+(?:nummer\s+|nr\.?\s*)?\d")


# A home address tied to a role or a person who lives there: "in de brievenbus van
# Pinksterbloem 3, dat is de penningmeester", "Boterbloem 14, daar woont de voorzitter",
# "Reiger 22 (de secretaris)", "bij de penningmeester, Zonnebloem 8". A street without a street
# word counts only with that tie; "Zaal 2, dat is de grote zaal" is no home.
_ROLE_WORDS = (
    r"(?:penningmeester|voorzitter|voorzitster|secretaris|secretaresse|huismeester|conciërge"
    r"|coördinator|coordinator|contactpersoon|beheerder|beheerster|sleutelhouder|buurtouder"
    r"|buurtvader|buurtmoeder|buurtoma|buurtopa|organisator|oprichter|kartrekker|bestuurslid"
    r"|wijkagent|buurman|buurvrouw|familie|man|vrouw|meneer|mevrouw|bewoner|bewoonster)"
)
_NOT_HOME_WORD = (
    r"(?!(?:zaal|lokaal|hal|bus|buslijn|lijn|tafel|kamer|ruimte|perron|spoor|poort|gate|hoofdstuk"
    r"|artikel|groep|klas|team|week|ronde|nummer|stand|kraam|veld|baan|plek|route|stap|tram"
    r"|kassa|loket|deur|ingang|uitgang|vak|nr|box|unit|etage|verdieping)\b)"
)
_BARE_HOUSE = (
    r"(?<![\w-])" + _NOT_HOME_WORD + r"(?-i:[A-Z])[a-zà-ÿ]+(?:[ -][A-Za-zà-ÿ]+){0,2}\s+[1-9]\d{0,3}"
    r"(?:\s?[a-z](?![\w]))?(?![\w.,:]?\d)"
)
ROLE_HOME = re.compile(
    r"(?:brievenbus|voordeur)\s+(?:van|op|aan|bij)\s+(?:nummer\s+)?"
    + _BARE_HOUSE
    + r"|"
    + _BARE_HOUSE
    + r"\s*(?:,|-|:)\s*(?:dat\s+is\s+(?:bij\s+)?(?:de|onze|ons|het\s+huis\s+van"
    r"\s+de|het\s+adres\s+van\s+de)\s+" + _ROLE_WORDS + r"(?![\w])"
    r"|daar\s+(?:woont|wonen|woonde)\s+(?:de|het|onze|ons|mijn|m'n|een|die)\s)"
    r"|" + _BARE_HOUSE + r"\s*\(\s*(?:de|onze|bij\s+de)\s+" + _ROLE_WORDS + r"(?:\s+thuis)?\s*\)"
    r"|(?:bij|van|aan)\s+(?:de|onze)\s+"
    + _ROLE_WORDS
    + r"\s*(?:thuis\s*)?,\s*(?:op\s+)?"
    + _BARE_HOUSE,
    re.IGNORECASE,
)
_ROLE_HOME_LOW = re.compile(ROLE_HOME.pattern.replace("(?-i:[A-Z])", "[a-z]"), re.IGNORECASE)


def _role_homes(text: str, low: str) -> list[tuple[int, int]]:
    """The street and number of each home tied to a role in ``text``."""
    spans = []
    for match in ROLE_HOME.finditer(text):
        house = _HOUSE_IN.search(match.group())
        if house is not None:
            spans.append((match.start() + house.start(), match.start() + house.end()))
    return spans


_HOUSE_IN = re.compile(
    r"(?-i:[A-Z])[a-zà-ÿ]+(?:[ -][A-Za-zà-ÿ]+){0,2}\s+[1-9]\d{0,3}(?:\s?[a-z](?![\w]))?"
)


def candidate(low: str, words_: list[str], digits: bool) -> bool:
    """Can ``low`` (a lowercased text with words ``words_``) hold a locator at all?"""
    if (
        digits
        and ("dat is" in low or "brievenbus" in low or "daar woon" in low or "(de " in low)
        and _ROLE_HOME_LOW.search(low)
    ):
        return True  # checked with capitals in ``find``
    if not STRONG.isdisjoint(words_):
        return True
    if not WEAK.isdisjoint(words_) and (digits or not QUALIFIERS.isdisjoint(words_)):
        return True
    if not _LANDMARK_OR_NUMBER.isdisjoint(words_):  # one set test for the two below
        if (
            not SIDES.isdisjoint(words_)
            and not HOUSEHOLD.isdisjoint(words_)
            and LANDMARK.search(low) is not None  # "onder andere" with "mensen" is common
        ):
            return True
        if not _NUMBER_WORDS.isdisjoint(words_) and NUMBER_WORD_AFTER.search(low):
            return True
        if not SPELLED.isdisjoint(words_) and _STREET_WORD.search(low):
            return True  # "wij wonen aan de Lindelaan zesentwintig"
        if (
            not _ROW_WORDS.isdisjoint(words_)
            and not _ROW_ORDINALS.isdisjoint(words_)
            and ROW_HOUSE.search(low) is not None
        ):
            return True  # "het laatste huisje van het hofje"
        if (
            not _ROW_ORDINALS.isdisjoint(words_)
            and ("links" in words_ or "rechts" in words_ or "vanaf" in words_ or "na" in words_)
            and ROW_SIDE.search(low) is not None
        ):
            return True  # "mijn huis is het derde van links"
    if (
        not _HOME_NOUNS.isdisjoint(words_)
        and (
            "met" in words_
            or "bij" in words_
            or not _COLOURS.isdisjoint(words_)
            or not _END_OF_ROW.isdisjoint(words_)
            or not SIDES.isdisjoint(words_)
        )
        and feature_home(low, words_)
    ):
        return True  # "het huis met de groene schuur"
    if digits and not _HOME_TAIL_WORDS.isdisjoint(words_) and _home_tail_low(low):
        return True  # "ik zit op de Tjalk 14", "Plein 1944 nr 23, dat is bij ons thuis"
    return digits and (
        NUMBER_AFTER.search(low) is not None
        or _NAMED_STREET_LOW.search(low) is not None
        or (
            not (_PICKUP_VERBS.isdisjoint(words_) and _HOME_LEADS.isdisjoint(words_))
            and _PICKUP_STREET_LOW.search(low) is not None
        )
    )


# "af te halen Hoefslag 112a", "terugbrengen: Kamperfoelie 9-1": a pickup verb right before a
# street without a street word (compared as a set with the text's words first).
_PICKUP_VERBS = words(
    "halen ophalen afhalen brengen terugbrengen langsbrengen bezorgen afgeven inleveren"
)
# "bij mij, Boterbloem 3", "mijn adres: Klaproos 12", "ik woon Klaproos 12", "kom langs:
# Klaproos 12": a home phrase right before a street without a street word.
_HOME_LEADS = words("mij ons adres woon woont wonen langs")
_PICKUP_STREET_LOW = re.compile(
    r"(?:"
    + r"|".join(sorted(_PICKUP_VERBS | _HOME_LEADS))
    + r"|adres\s+is)\s*[,:]?\s+(?:(?:ut|'t|d'n|den|de|het|oppe)\s+)?[^\W\d_]{4,}(?:\s+[^\W\d_]+)?"
    r"\s+[1-9]"
)
# NAMED_STREET on lowercased text, as the cheap test: "op zonnedauw 14".
_NAMED_STREET_LOW = re.compile(
    r"(?:van|op|aan|in|bij|naar)\s+[^\W\d_]{4,}(?:\s+[^\W\d_]+)?\s+[1-9]"  # no lookbehind: faster
)


# A street without a street word, said to be a home: "ik zit op de Tjalk 14", "we zitten aan
# het Hoefijzer 3", and a street and number followed by "dat is bij ons thuis" or "daar woon
# ik" ("Breng hem terug naar Plein 1944 nr 23, dat is bij ons thuis").
_HOME_TAIL_WORDS = words("zit zitten zat zaten woon woont wonen woonde woonden thuis huis adres")
_SEATED_LOW = re.compile(
    r"(?:zit|zitten|zat|zaten|woon|woont|wonen|woonde|woonden)\s+(?:(?:nu|zelf|sinds\s+kort"
    r"|al\s+jaren|tegenwoordig|inmiddels)\s+)?(?:op|aan|in)\s+(?:de|het|'t)\s+[^\W\d_]{3,}"
    r"(?:\s+[^\W\d_]+)?\s+[1-9]"
)
_TAIL_LOW = re.compile(
    r"\d[a-z]?\s*[,;:(–-]\s*(?:dat\s+is\s+(?:bij\s+)?(?:ons|mij|mijn|m'n|onze)|daar\s+(?:woon|wonen)"
    r"|(?:bij\s+)?(?:ons|mij)\s+thuis|(?:mijn|m'n|ons|onze)\s+(?:huis|adres|woning))"
)


# "bij ons thuis (Tjalk 14)", "mijn adres is de Schoener 9": the home phrase first.
_LEAD_LOW = re.compile(
    r"(?:bij\s+(?:mij|ons)\s+thuis|(?:mijn|m'n|ons|onze)\s+(?:adres|huis|thuisadres))\s*(?:is\s+)?"
    r"[,:(–-]?\s*(?:(?:de|het|'t)\s+)?[^\W\d_]{3,}(?:\s+[^\W\d_]+)?\s+[1-9]"
)
_LEAD = re.compile(
    r"(?<![\w-])(?:[Bb]ij\s+(?:mij|ons)\s+thuis|(?:[Mm]ijn|[Mm]'n|[Oo]ns|[Oo]nze)\s+(?:adres|huis"
    r"|thuisadres))\s*(?:is\s+)?[,:(–-]?\s*(?:(?:de|het|'t)\s+)?"
    r"((?:[A-Z][a-zà-ü'’]{2,})(?:\s+[A-Z][a-zà-ü'’]+)?\s+[1-9]\d{0,3}(?:-?[a-zA-Z](?![\w'’])"
    r"|-(?:[1-9]|I{1,3}|IV|hs)(?![\w'’]))?)(?![\w'’]|[.,:]\d|\s*-\s*\d)"
    r"(?!\s*(?:uur|u\b|jaar|keer|euro|%|minuten|personen|mensen|kinderen|dagen|weken|maanden))"
)


def _home_tail_low(low: str) -> bool:
    return (
        _SEATED_LOW.search(low) is not None
        or _TAIL_LOW.search(low) is not None
        or _LEAD_LOW.search(low) is not None
    )


_SEATED = re.compile(
    r"(?<![\w-])(?:zit|zitten|zat|zaten|woon|woont|wonen|woonde|woonden)\s+(?:(?:nu|zelf"
    r"|sinds\s+kort|al\s+jaren|tegenwoordig|inmiddels)\s+)?(?:op|aan|in)\s+(?:de|het|'t)\s+"
    r"((?:[A-Z][a-zà-ü'’]{2,})(?:\s+[A-Z][a-zà-ü'’]+)?\s+[1-9]\d{0,3}(?:-?[a-zA-Z](?![\w'’])"
    r"|-(?:[1-9]|I{1,3}|IV|hs)(?![\w'’]))?)(?![\w'’]|[.,:]\d|\s*-\s*\d)"
    r"(?!\s*(?:uur|u\b|jaar|keer|euro|%|minuten|personen|mensen|kinderen|dagen|weken|maanden"
    r"|straten|huizen|deuren|km|meter|hoog|verdieping|etage|min\b|stuks))"
)
_HOME_TAIL = re.compile(
    r"(?<![\w-])((?:[A-Z][\w'’-]+)(?:\s+(?:[A-Z][\w'’-]+|[1-9]\d{3}|van|de|der|den|het))*"
    r"\s+(?:(?:nr\.?|nummer|no\.?)\s*[1-9]\d{0,3}|[1-9]\d{0,2})(?:\s?[a-zA-Z])?)(?![\w'’])"
    r"\s*[,;:(–-]\s*(?:dat\s+is\s+(?:(?:bij\s+)?(?:ons|mij)(?:\s+thuis|(?=\s*(?:[.,;!?)]|$)))"
    r"|(?:mijn|m'n|ons|onze)\s+(?:huis|huisje|adres|woning|flat|thuis))"
    r"|daar\s+(?:woon|wonen)\s+(?:ik|wij|we)(?!\s+(?:vlakbij|dichtbij|naast|tegenover|om\s+de"
    r"|in\s+de\s+buurt|niet|achter|boven|onder|ook\s+vlakbij|verderop|schuin)\b)"
    r"|(?:bij\s+)?(?:ons|mij)\s+thuis"
    r"|(?:mijn|m'n|ons|onze)\s+(?:huis|adres|woning|thuisadres))(?![\w])"
)
_NUMBER_SAID = re.compile(r"(?:nr\.?|nummer|no\.?)\s*\d", re.IGNORECASE)
_NOT_SEATED = words("Top Groep Klas Bus Lijn Tram Zaal Kamer Fase Ronde")


def _home_tails(text: str, low: str) -> list[tuple[int, int]]:
    hits = []
    for match in _SEATED.finditer(text):
        first = match.group(1).split()[0]
        if first in _NOT_STREETS or first in _NOT_SEATED or public.PLACE.search(first.lower()):
            continue
        begin, end = public.sentence(low, *match.span())
        if public.PLACE.search(low, max(begin, match.start() - 40), match.start()) is not None:
            continue  # "De huisarts zit in de Schoener 9": the place sits there
        if public.gathering(low, *match.span(1)):
            continue  # "We zitten aan de Kade 12 met de hele groep"
        person = _FIRST_PERSON.search(low, begin, end) or PERSON.search(text, begin, end)
        if person is not None and not public.is_public(text, match.start(1), match.end(1), low):
            hits.append(match.span(1))
    for match in _LEAD.finditer(text):
        first = match.group(1).split()[0]
        if (
            first not in _NOT_STREETS
            and first not in _NOT_SEATED
            and public.PLACE.search(match.group(1).lower()) is None  # "Stichting Kiem 4"
        ):
            hits.append(match.span(1))  # the teller's own home: no public place can make it one
    for match in _HOME_TAIL.finditer(text):
        numbered = _NUMBER_SAID.search(match.group(1)) is not None  # "Plein 1944 nr 23"
        if match.group(1).split()[0] in _NOT_STREETS and not numbered:
            continue  # "Bus 3, dat is bij ons"
        if public.PLACE.search(match.group(1).lower()) is None and not public.is_public(
            text, match.start(1), match.end(1), low
        ):
            hits.append(match.span(1))
    return hits


_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"[^\W\d_]+")


def digit(low: str) -> bool:
    return _DIGIT.search(low) is not None


# "bij de familie naast de slager", "wij wonen boven de kapper", "de oude man naast de
# speeltuin": a household or a home next to a shop or landmark is one front door.
_SIDE = (
    r"(?:naast|boven|onder|tegenover|achter|(?:aan\s+)?de\s+overkant\s+van)\s+(?:de|het|'t)\s+"
    # "aan de overkant van de straat" is half the street
    r"(?!(?:straat|weg|gracht|water|sloot|vaart|rivier|kanaal|dijk|spoorlijn|snelweg|laan|singel"
    r"|kade|plein)\b)[^\W\d_]+"
)
LANDMARK = re.compile(
    r"(?<![\w-])(?:(?:de|die|dat|het|een|bij)\s+(?:\w+\s+)?(?:familie|gezin|meneer|mevrouw|buren|man"
    r"|vrouw|jongen|meisje|stel|mensen|buurman|buurvrouw|oudjes|dame|heer)\s+(?:die\s+|van\s+)?"
    # "ik woon op de 1e etage boven de pizzeria", "woont al jaren naast de bakker"; not "woon
    # in de wijk achter het station" (an area, no door)
    r"|(?:woon|woont|wonen|woonde|woonden)\s+(?:(?!(?:buurt|wijk|stad|dorp|omgeving|regio|straat"
    r"|hier|daar|verdieping|etage|hoog)\b|\d)[\w'’]+\s+){0,4}?)"
    + _SIDE
    # "Boven de bloemist woont een oudere dame": the side first.
    + r"|"
    + _SIDE
    + r"\s+(?:woon|woont|wonen|woonde|woonden)(?![\w'’])",
    re.IGNORECASE,
)
# "op 2 hoog boven de kapper": a floor above a shop is one door, with a resident in the
# sentence and no public place other than the landmark ("het buurthuis zit op de 1e etage
# boven de Albert Heijn").
FLOOR_SIDE = re.compile(
    r"(?<![\w-])((?:[1-9]\d?\s*(?:e|ste|de)\s+(?:verdieping|etage)|[1-9]\d?\s*-?\s*hoog"
    r"|" + _ORDINAL + r"\s+(?:verdieping|etage)))\s+" + _SIDE,
    re.IGNORECASE,
)
# "mijn huis is het derde van links", "het vierde huis vanaf de hoek": one front door.
_ROW_NOUN = r"(?:huis|huisje|woning|voordeur|deur|rijtjeshuis|hoekhuis|bovenwoning|benedenwoning)"
ROW_SIDE = re.compile(
    r"(?<![\w-])(?:(?:mijn|m'n|ons|onze)\s+" + _ROW_NOUN + r"\s+is\s+"
    r"(?:het|de)\s+" + _ORDINAL + r"(?:\s+" + _ROW_NOUN + r")?"
    r"|" + _ORDINAL + r"\s+" + _ROW_NOUN + r")"
    # "het derde rijtjeshuis na de brievenbus", "het vijfde na de speeltuin"
    r"\s+(?:van\s+(?:links|rechts)|(?:vanaf|na)\s+(?:de|het)\s+(?:hoek|links|rechts|\w+))",
    re.IGNORECASE,
)
# "het laatste huisje van het hofje", "de tweede woning in de Lindelaan": one front door.
# Also in Gronings, Fries, Drents and Limburgs: "t leste hoeske aan t diekje" (het laatste
# huisje aan het dijkje), "it lêste hûske oan e dyk".
_DIALECT_HOUSES = (
    "hoeske hoeskje huuske huske húske hûske huiske huuskje hoeskn hoesje huusje huuzke hoes huus"
)
_DIALECT_SMALL = ("hoesk", "huusk", "husk", "húsk", "hûsk", "huisk", "hoesj", "huusj", "huuzk")
ROW_HOUSE = re.compile(
    r"(?<![\w-])(?:eerste|tweede|derde|vierde|vijfde|laatste|voorlaatste|leste|lèste|lêste"
    r"|lests|leeste|twadde|tweide)\s+(?:huis|huisje"
    r"|woning|woninkje|benedenwoning|bovenwoning|rijtjeshuis|hoekhuis|"
    + "|".join(_DIALECT_HOUSES.split())
    + r")\s+(?:van|in|aan|op|bij|na|an|oan|by|bie|bij)\s+(?:de|het|'t|t|it|e|'e)\s+"
    r"[^\W\d_]+"
)
_ROW_WORDS = words(
    "huis huisje woning woninkje benedenwoning bovenwoning rijtjeshuis hoekhuis " + _DIALECT_HOUSES
)
_ROW_ORDINALS = words(
    "eerste tweede derde vierde vijfde zesde zevende achtste negende tiende laatste voorlaatste"
    " leste lèste lêste lests leeste twadde tweide"
)
SIDES = words("naast boven onder tegenover achter overkant")
HOUSEHOLD = words(
    "familie gezin meneer mevrouw man vrouw jongen meisje stel mensen buurman buurvrouw oudjes"
    " buren dame heer woon woont wonen woonde woonden"
)
_LANDMARK_OR_NUMBER = SIDES | _NUMBER_WORDS | SPELLED | _ROW_WORDS

# A home known by how it looks: "het huis met de groene schuur", "het raam met de
# regenboogvlag", "het hoekhuis met de gele deur", "het blauwe huisje". In a buurt that is one
# front door, like a house number; it needs a resident in the sentence (see RESIDENT).
_HOME_NOUN = (
    r"(?:huis|huisje|hoekhuis|hoekwoning|woning|rijtjeshuis|boerderij|woonboot|woonwagen"
    r"|caravan|raam|ramen|deur|voordeur|tuin|voortuin|balkon|dakterras|flat|flatje|appartement"
    r"|bovenwoning|benedenwoning|maisonnette|bungalow|villa|schuur|erker)"
)
_COLOUR = (
    r"(?:rode|blauwe|groene|gele|witte|zwarte|oranje|paarse|roze|grijze|bruine|lichtblauwe"
    r"|donkerblauwe|donkergroene|lichtgroene|felgele|knalrode|roestbruine)"
)
_OWNER = r"(?:het|de|dat|die|dit|deze|ons|onze|mijn|m'n|hun|zijn|z'n|haar|d'r)"
FEATURE_HOME = re.compile(
    r"(?<![\w-])"
    + _OWNER
    + r"\s+(?:[^\W\d_]+e\s+){0,2}"
    + _HOME_NOUN
    + r"\s+met\s+(?:de|het|die|dat|al\s+die|een|twee|drie|vier)\s+(?:[^\W\d_]+e\s+){0,2}"
    r"[^\W\d_]{3,}"
    r"|(?<![\w-])" + _OWNER + r"\s+(?:[^\W\d_]+e\s+)?" + _COLOUR + r"\s+(?:huis|huisje|hoekhuis"
    r"|deur|voordeur|woonboot|boerderij|caravan|woonwagen|bungalow|villa|schuur|tuinhuis"
    r"|flatje)(?![\w])"
    # "het hoekhuis tegenover de speeltuin"; "ons huis is dat met de zonnebloemen"
    r"|(?<![\w-])" + _OWNER + r"\s+(?:[^\W\d_]+e\s+)?(?:huis|huisje|hoekhuis|woning|boerderij"
    r"|woonboot|bovenwoning|benedenwoning|rijtjeshuis|woonwagen|stacaravan|woonark|caravan|chalet)"
    r"\s+(?:naast|tegenover|achter|boven|onder)\s+(?:de|het|'t)\s+[^\W\d_]{3,}"
    # "de woonwagen achteraan op het kamp", "de boerderij aan het eind van de Dijkweg"
    r"|(?<![\w-])" + _OWNER + r"\s+(?:[^\W\d_]+e\s+)?(?:huis|huisje|hoekhuis|boerderij"
    r"|boerderijtje|woonboot|woonbootje|woonark|woonwagen|stacaravan|caravan|chalet|bungalow"
    r"|villa)\s+(?:helemaal\s+)?(?:achteraan|vooraan|aan\s+het\s+(?:eind|einde|begin)\s+van"
    r"\s+(?:de|het|'t)\s+[^\W\d_]{3,})"
    # "de woonboot bij de sluis", "het huisje bij de molen": one home near a landmark
    r"|(?<![\w-])" + _OWNER + r"\s+(?:[^\W\d_]+e\s+)?(?:huis|huisje|hoekhuis|boerderij|woonboot"
    r"|woonwagen|caravan|bungalow|villa|boerderijtje|woonbootje|stacaravan|woonark|chalet)\s+bij"
    r"\s+(?:de|het|'t)\s+"
    r"(?!(?:rest|anderen|buren|ingang|weg|straat|wijk|buurt|stad|dorp|zee|strand)\b)[^\W\d_]{3,}"
    r"|(?<![\w-])(?:ons|onze|mijn|m'n)\s+(?:huis|huisje|woning|voordeur|deur|woonboot)\s+is"
    r"\s+(?:dat|die|het|de)\s+(?:[^\W\d_]+\s+)?met\s+(?:de|het|die|een)\s+(?:[^\W\d_]+e\s+){0,2}"
    r"[^\W\d_]{3,}",
    re.IGNORECASE,
)
# FEATURE_HOME tried at every "de" and "het" of a long story costs 80 µs a text. The cheap
# test tries it only around the home nouns the text has, on the lowercased text without
# IGNORECASE (which makes every character test slower).
_FEATURE_HOME_LOW = re.compile(FEATURE_HOME.pattern)
# What FEATURE_HOME needs right after the home noun, or a colour right before it.
_AFTER_HOME = re.compile(
    r"\s+(?:met|naast|tegenover|achter|boven|onder|is|bij|achteraan|vooraan|aan|helemaal)\s"
)
_COLOUR_BEFORE = re.compile(_COLOUR + r"\s+$")


def _feature_windows(low: str, words_: list[str] | None = None) -> list[tuple[int, int]]:
    """Stretches of ``low`` where FEATURE_HOME can match: around a whole home noun that is
    followed by met/naast/… or comes after a colour; merged where they overlap."""
    nouns = _HOME_NOUNS.intersection(_LETTERS.findall(low) if words_ is None else words_)
    return merge_spans(
        [
            (max(0, at - 80), end + 120)
            for noun in nouns
            for at, end in whole_words(low, noun, after_hyphen=False)
            if _AFTER_HOME.match(low, end) or _COLOUR_BEFORE.search(low, max(0, at - 20), at)
        ]
    )


def feature_home(low: str, words_: list[str]) -> bool:
    """Does ``low`` (lowercased) describe a home by a feature ("het huis met de groene
    schuur")? ``words_``: its words."""
    return any(
        _FEATURE_HOME_LOW.search(low, start, end) is not None
        for start, end in _feature_windows(low, words_)
    )


def _feature_matches(text: str, low: str) -> list[re.Match[str]]:
    """``FEATURE_HOME.finditer(text)``, tried only where a home noun can anchor a match."""
    if len(low) != len(text):
        return list(FEATURE_HOME.finditer(text))
    return [
        match
        for start, end in _feature_windows(low)
        for match in _FEATURE_HOME_LOW.finditer(low, start, end)
    ]


_HOME_NOUNS = words(
    """
    huis huisje hoekhuis hoekwoning woning rijtjeshuis boerderij woonboot woonwagen caravan raam
    ramen deur voordeur tuin voortuin balkon dakterras flat flatje appartement bovenwoning
    benedenwoning maisonnette bungalow villa schuur erker tuinhuis stacaravan woonark chalet
    woonbootje boerderijtje
    """
)
_COLOURS = frozenset(_COLOUR[3:-1].split("|"))
# "de woonwagen achteraan", "de boerderij aan het eind van de Dijkweg"
_END_OF_ROW = words("achteraan vooraan eind einde begin")
# Who lives there: a neighbour, a resident, "wonen", "thuis", an invitation to come by, or a
# person right before the home ("de vrouw in het hoekhuis met ...").
RESIDENT = re.compile(
    r"(?<![\w])(?:buur(?:man|vrouw|meisje|jongen|kind|meid|tjes?|mannen|vrouwen|kinderen"
    r"|meisjes|jongens|vrouwtjes?|mannetjes?)|benedenbu\w+|achterbu\w+|naastbu\w+|buren"
    r"|bovenbu\w+|onderbu\w+|overbu\w+|achterbu\w+|naastbu\w+|bewoner\w*|bewoonster|huurder\w*"
    r"|woon|woont|wonen|woonde|woonden|thuis|langskomen|aanbellen|aankloppen|bij\s+(?:ons|mij)"
    r"|(?:mijn|m'n|ons)\s+(?:adres|huis)|vind(?:t|en)?\s+(?:je\s+)?(?:me|mij|ons)|afgeven|ophalen"
    # "ik zit in de nieuwbouw, dat huis met al die zonnepanelen"
    r"|(?:ik|wij|we)\s+(?:zit|zitten)\s+(?:(?:nu|zelf|sinds\s+kort)\s+)?(?:in|op|aan)\s+(?:de|het|'t)"
    r"(?=\s+(?!(?:commissie|werkgroep|groep|klas|bestuur|raad|club|team|koor|les|cursus|trein"
    r"|bus|auto|file|problemen|stress|zorgen|bank|stoel|tuin|app|appgroep|vergadering)\b))"
    r"|afhalen|inleveren|langsbrengen|terugbrengen|(?:af|op)\s+te\s+halen"
    r"|(?:bel|kom|loop|klop)\s+(?:(?:maar|even|gerust|gewoon|dan)\s+)?(?:aan|langs|binnen))(?![\w])",
    re.IGNORECASE,
)
_PERSON_BEFORE = re.compile(
    r"(?<![\w])(?:familie|gezin|mevrouw|meneer|man|vrouw|jongen|meisje|oudjes|stel|dame|heer"
    r"|mensen|kinderen|opa|oma|jongeman|knul|kerel|vent|weduwe|weduwnaar|die|degene|diegene)"
    r"\s+(?:die\s+)?(?:in|uit"
    r"|van|achter|naast|met|bij)\s+$",
    re.IGNORECASE,
)
# "In het huis met de trapgevel woonde vroeger de burgemeester": history, no neighbour.
_HISTORY = re.compile(r"(?<![\w])(?:vroeger|ooit|eeuw|eeuwen|historisch\w*|monument\w*)(?![\w])")
# "Zij woont in de Kerkstraat, op 14", "ik woon op 23": a bare number after "wonen".
_BARE_NUMBER = re.compile(
    r"(?<![\w-])op\s+[1-9]\d{0,3}[a-zA-Z]?(?![\w'’]|[.,:]\d|\s*-\s*\d)"
    r"(?![\s-]*(?:hoog|hg|e|ste|de|januari|februari|maart|april|mei|juni|juli|augustus|september"
    r"|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|graden"
    r"|hoog|verdieping|etage)\b)" + _NOT_AFTER,
    re.IGNORECASE,
)
# A street without a street word: "in de benedenwoning van Kamperfoelie 9", "wij wonen op
# Zonnedauw 14". Numbered things that are no street are left out.
NAMED_STREET = re.compile(
    r"(?<![\w-])(?:(?:van|op|aan|in|bij|naar|" + r"|".join(sorted(_PICKUP_VERBS)) + r")\s*:?"
    # "bij mij, Boterbloem 3", "mijn adres: Klaproos 12", "ik woon Klaproos 12", "kom langs:"
    r"|[Bb]ij\s+(?:mij|ons)(?:\s+thuis)?\s*[,:]?|[Aa]dres(?:\s+is)?\s*[,:]?"
    r"|(?:woon|woont|wonen)|langs\s*[,:]?"
    # a dialect article: "kom es langs ut Kapelke 6", "kom ins langs d'n Hoeskamp 3"
    r"(?:\s+(?:ut|'t|d'n|den|oppe))?)"
    r"\s+((?:[A-Z][a-zà-ü'’]{3,})(?:\s+[A-Z][a-zà-ü'’]+)?)"
    r"\s+[1-9]\d{0,3}(?:-?[a-zA-Z](?![\w'’])|-(?:[1-9]|I{1,3}|IV|hs)(?![\w'’])"
    r"|\s(?:hs|bis|huis)(?![\w'’]))?"
    r"(?![\w'’]|[.,:]\d|\s*-\s*\d)"
    r"(?!\s*(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november"
    r"|december|uur|u\b|jaar|keer|euro|%|minuten|personen|mensen|kinderen))"
)
# Numbered things are no street ("Zaal 2"), nor are these words written before a number.
_NOT_STREETS = public.NUMBERED_THINGS | words(
    """
    Verdiepingen Nr Markt Plein Speelronde Tafels Kraampje Standplaats Ligplaats
    """
)
_WOON = re.compile(
    r"(?<![\w])(?:woon|woont|wonen|woonde|woonden|aanbellen|aankloppen|langskomen|ophalen|afhalen"
    r"|afgeven|brengen|bel\s+(?:(?:maar|even|gerust|gewoon)\s+)?aan)(?![\w])"
)  # on lowercased text
# Roles of a club or a buurt whose home an `adres` may be: "woning van onze voorzitter".
_ROLE = (
    r"(?:voorzitter|voorzitster|secretaris|secretaresse|penningmeester|beheerder|beheerster"
    r"|bestuurslid|bestuursleden|vrijwilliger|vrijwilligster|familie|coördinator|coordinator"
    r"|contactpersoon|organisator|organisatrice|trainer|trainster|huismeester|gastvrouw|gastheer"
    r"|leider|leidster|juf|meester|dominee|pastor|pastoor|imam"
    # a neighbour's home: "v.d. Palmstr. 22bis, bij de bovenbuurvrouw"
    r"|(?:boven|beneden|onder|over|naast|achter)?buur(?:man|vrouw|meisje|jongen|tje|mannen"
    r"|vrouwen)\w*|buren)"
)
# An `adres` marked as someone's home: "(bij mij thuis, achterom)", "(woonhuis van de
# voorzitter)", "woning secretaris", "31 huis".
PRIVATE_ADDRESS = re.compile(
    r"(?<![\w-])(?:(?:bij\s+)?(?:mij|ons|hem|haar)\s+thuis|thuis(?:adres)?|woonhuis|privé"
    r"|prive|privéadres|(?:woning|huis|woonadres|huisadres|adres)(?:\s+van)?"
    r"(?:\s+(?:de|het|onze|ons|mijn|m'n|jullie|hun|een))?\s+(?:\w+e\s+)?" + _ROLE + r")(?![\w-])"
    r"|(?<=\d)\s*-?\s*huis(?![\w-])",
    re.IGNORECASE,
)
ADDRESS_MESSAGE = (
    "Dit adres is een woonhuis ('{shown}'). Een woonadres zetten we niet op de site: die is "
    "voor iedereen te zien. Kies een openbare plek, zoals het buurthuis of de bibliotheek, of "
    "vraag de gemeente het adres toe te staan."
)


# Parts and kinds of a home, and the family living there: "Gentiaanhof 17, bovenwoning",
# "– woonkamer van de voorzitter", "Esdoornlaan 3 bis, bij opa en oma", "achterom, de schuur
# achter in de tuin". A public place can have these too ("Buurtkamer, Kerkstraat 5
# (benedenwoning)", "achterom bij de fietsenstalling"), so they count only without a public
# place in the field.
HOME_PART = re.compile(
    r"(?<![\w-])(?:woonkamer|bovenwoning|benedenwoning|bovenhuis|benedenhuis|achtertuin"
    r"|voortuin|woonadres|huisadres|logeeradres"
    r"|bij\s+(?:(?:mijn|m'n|onze|ons|de)\s+)?(?:opa|oma|ouders|moeder|vader|schoonmoeder"
    r"|schoonvader|zus|broer|tante|oom|ome)(?:\s+en\s+(?:opa|oma))?"
    r"|achterom(?=[^\n]*(?:tuin|schuur|schuurtje|poort|achterdeur|keukendeur|hek|steeg"
    r"|brandgang))"
    # a floor and a side: "Rozengaarde 12, 2e etage links", "3 hoog rechts", "tweede verdieping
    # achter"; an office names its floor without a side ("Stationsplein 5, 3e etage")
    r"|(?:\d+\s*(?:e|ste|de)?|eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende"
    r"|tiende)[\s-]*(?:etage|verdieping|woonlaag|hoog)[\s,]+(?:links|rechts|midden|voor|achter)"
    # a pickup at a door: "af te halen Beatrixln 61", "ophalen bij Kapelstraat 6"
    r"|(?:af|op)\s+te\s+halen|afhalen|ophalen"
    # a Belgian box number of a flat right after the house number: "Beatrixstr 4 bus 2"
    r"|(?<!lijn\s)[1-9]\d{0,3}(?:-?[a-z]{1,3})?\s+bus\s+\d{1,3}[a-z]?)(?![\w-])",
    re.IGNORECASE,
)
# The scanner runs ``find_private_address`` on an `adres` only when this finds something.
ADDRESS_HINT = re.compile(
    r"thuis|hu|won|woon|priv|tuin|achterom|logeer|opa|oma|ouders|moeder|vader|broer|zus|tante|oom"
    r"|adres van|bij |p/a|c/o|ten huize|etage|verdieping|hoog|halen| bus "
)


# "Lijsterbeslaan 3, bij onze voorzitter", "p/a de secretaris", "ten huize van de trainster":
# at a role's, without a public place in the field ("Buurthuis De Kiem, …, vraag bij de
# beheerder naar de sleutel").
AT_ROLE = re.compile(
    r"(?<![\w-])(?:bij|p/a|c/o|ten\s+huize\s+van)\s+(?:de|onze|ons|mijn|m'n|jullie|het)\s+"
    r"(?:\w+e\s+)?" + _ROLE + r"(?![\w-])",
    re.IGNORECASE,
)


def find_home_field(text: str, low: str, words: list[str]) -> list[Finding]:
    """An `adres` field that says it is someone's home, by the first of the three ways of
    saying so that speaks: a home word ("bij mij thuis", "woning van de voorzitter"), a door
    (``addresses.find_private_field``: "p/a Klaproos 44", "3-hoog", "bij ons huis"), or the
    people who live there ("Bij Jan en Wil, Zwanenstraat 33-1"). One field, one finding."""
    ways = (
        find_private_address(text) if private_address_candidate(low) else (),
        addresses.find_private_field(text, low, words)
        if addresses.field_candidate(low, words)
        else (),
        find_named_address(text) if low.lstrip().startswith(NAMED_PREFIXES) else (),
    )
    for way in ways:
        if found := list(way):
            return found
    return []


def private_address_candidate(low: str) -> bool:
    """Can the lowercased `adres` ``low`` say that it is someone's home?"""
    return ADDRESS_HINT.search(low) is not None


def find_private_address(text: str) -> Iterator[Finding]:
    """An `adres` field that says it is someone's home."""
    hit = PRIVATE_ADDRESS.search(text)
    if hit is None:
        hit = HOME_PART.search(text) or AT_ROLE.search(text)
        if hit is not None and public.PLACE.search(text.lower()) is not None:
            hit = None  # "Buurtkamer De Hoek, Kerkstraat 5 (benedenwoning)"
    if hit is not None:
        shown = " ".join(hit.group().split())
        yield Finding(
            0, len(text), ERROR, "privacy.home-address", ADDRESS_MESSAGE.format(shown=shown)
        )


# An `adres` that starts with the people who live there: "Bij Jan en Wil, Zwanenstraat 33-1",
# "p/a Fatima, Kerkstraat 4", "t.a.v. Kees en Loes".
NAMED_ADDRESS = re.compile(
    r"\s*(?:bij|p/a|c/o|t\.?a\.?v\.?)\s+((?:[^\W\d_]+\s*(?:en|&|,)?\s*){1,4}?)\s*(?:,|\n|$)",
    re.IGNORECASE,
)
_NOT_PEOPLE = frozenset({"De", "Het", "Sint", "St", "Heilige", "Stichting", "Kerk", "Onze"})
NAMED_PREFIXES = ("bij ", "p/a", "c/o", "t.a.v", "tav ")


def find_named_address(text: str) -> Iterator[Finding]:
    """An `adres` field that starts with first names: the home of those people."""
    from . import names  # keep the names lists out of this module's import

    hit = NAMED_ADDRESS.match(text)
    if hit is None or public.PLACE.search(hit.group(1).lower()):
        return  # "Bij Buurthuis De Kiem, …", "p/a Stichting Anna, …"
    people = [w for w in re.findall(r"[^\W\d_]+", hit.group(1)) if w[:1].isupper()]
    named = (names.NAME, names.AMBIGUOUS_NAME)
    if _NOT_PEOPLE.isdisjoint(people) and any(names.word_class(w) in named for w in people):
        shown = " ".join(hit.group().strip(" ,").split())
        yield Finding(
            0, len(text), ERROR, "privacy.home-address", ADDRESS_MESSAGE.format(shown=shown)
        )


MESSAGE = (
    "Hier staat waar iemand woont ('{shown}'): een verdieping, portiek of huisnummer. In de "
    "buurt weet iedereen dan welke deur het is, en de site is voor iedereen te zien. Laat het "
    "weg, of noem een openbare plek ('bij het buurthuis')."
)


def find(text: str, taken: list[tuple[int, int]], low: str) -> Iterator[Finding]:
    """Locators outside the spans already ``taken`` by a street address or house number."""
    hits = [m.span() for m in NEIGHBOUR.finditer(text)] if _NEIGHBOUR_GATE.search(low) else []
    if digit(low):
        hits += _role_homes(text, low)
    split = _LETTERS.findall(low)
    if not SIDES.isdisjoint(split) and not HOUSEHOLD.isdisjoint(split):  # LANDMARK needs both
        hits += [m.span() for m in LANDMARK.finditer(text)]
    if not SPELLED.isdisjoint(split):  # "Lindelaan zesentwintig", with a person in the sentence
        for match in _STREET_WORD.finditer(low):
            start = match.start()
            while start and low[start - 1].isalpha():
                start -= 1
            if PERSON.search(text, *public.sentence(low, start, match.end())) is not None:
                hits.append((start, match.end()))
    if not SIDES.isdisjoint(split) and (not STRONG.isdisjoint(split) or "hoog" in split):
        for match in FLOOR_SIDE.finditer(text):
            sentence = public.sentence(low, *match.span())
            if (
                PERSON.search(text, *sentence) is not None
                and public.PLACE.search(low, sentence[0], match.start()) is None
            ):
                hits.append(match.span(1))  # the floor: "1e etage" (boven de kapper)
    if not _ROW_ORDINALS.isdisjoint(split) and (
        "links" in split or "rechts" in split or "vanaf" in split or "na" in split
    ):
        for match in ROW_SIDE.finditer(text):
            sentence = public.sentence(low, *match.span())
            if match.group()[:1] in "mMoO" or (
                PERSON.search(text, *sentence) is not None
                and not _venue(low, sentence, match.span())
            ):  # not "de derde deur na de balie van het buurthuis"
                hits.append(match.span())
    if not _ROW_WORDS.isdisjoint(split):
        for match in ROW_HOUSE.finditer(low):
            # "het laatste huisje van het hofje" points at a home; "de eerste woning van het
            # project is klaar" only with a person in the sentence.
            if (
                "huisje" in match.group()
                or "woninkje" in match.group()
                or any(small in match.group() for small in _DIALECT_SMALL)
                or PERSON.search(text, *public.sentence(low, *match.span())) is not None
            ):
                hits.append(match.span())
    if digit(low):
        for match in NAMED_STREET.finditer(text):
            if public.numbered_thing(match.group(1).split()[0]):
                continue  # "op Koningsdag 27", "naar Studio 3", "op Radio 538"
            if match.group(1).split()[0] in _NOT_STREETS or public.PLACE.search(
                match.group(1).lower()
            ):
                continue
            begin, end = public.sentence(low, *match.span())
            if (
                PERSON.search(text, begin, end) is not None
                or RESIDENT.search(text, begin, end) is not None
            ) and not public.is_public(text, match.start(1), match.end(), low):
                hits.append((match.start(1), match.end()))
    if digit(low) and not _HOME_TAIL_WORDS.isdisjoint(split) and _home_tail_low(low):
        hits += _home_tails(text, low)
    features = (
        _feature_homes(text, low)
        if not _HOME_NOUNS.isdisjoint(split)
        and (
            "met" in split
            or "bij" in split
            or not _COLOURS.isdisjoint(split)
            or not _END_OF_ROW.isdisjoint(split)
            or not SIDES.isdisjoint(split)
        )
        else []
    )
    hits += features
    if (
        "op " in low
        and digit(low)
        and (_WOON.search(low) is not None or _AT_HOME.search(low) is not None)
    ):
        for match in _BARE_NUMBER.finditer(text):
            begin, end = public.sentence(low, *match.span())
            if _WOON.search(low, begin, match.start()) is not None:
                hits.append(match.span())  # "zij woont in de Kerkstraat, op 14"
            elif (
                _INVITE.search(low, begin, end) is not None
                or _AT_HOME.search(low, begin, match.start()) is not None
            ) and not public.is_public(text, *match.span(), low):
                hits.append(match.span())  # "je kunt aanbellen op 16", "ophalen op 27"
    partial: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for match in LOCATOR.finditer(text):
        sentence = public.sentence(low, *match.span())
        if (
            PERSON.search(text, *sentence) is None
            and not _pickup(low, sentence)
            # "Ophalen spullen rommelmarkt: postcode 9743 RS huisnr 12": a house, by its word
            and not (
                low.startswith("huisn", match.start())
                and _PICKUP.search(low, *sentence)
                and not _AT_PLACE.search(low, max(0, match.start() - 40), match.start())
            )
            and not _stairwell_door(low, sentence)
            and not (
                _DWELLING.match(low, match.start()) and not public.PLACE.search(low, *sentence)
            )
        ):
            continue
        if (
            match.group()[:4].lower() == "deur"
            and low[match.end() :].lstrip().startswith(("van ", "in "))
            and public.PLACE.search(low, match.end(), match.end() + 30)
        ):
            continue  # "ik sta achter deur 2 van het buurthuis"
        if _PRECISE.search(match.group()):
            hits.append(match.span())
        else:
            partial.setdefault(sentence, []).append(match.span())
    for sentence, spans in partial.items():
        if (
            len(spans) >= 2
            or any(_precise_near(hits, s) for s in spans)
            or _invites(text, low, sentence)
        ):
            hits += spans  # "derde portiek, 4e verdieping rechts": one door
    for start, end in sorted(hits, key=lambda h: (h[0], -h[1])):
        if any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        shown = " ".join(text[start:end].split())
        message = FEATURE_MESSAGE if (start, end) in features else MESSAGE
        yield Finding(start, end, ERROR, "privacy.home-address", message.format(shown=shown))


# "Afhalen: Laan van Nieuw-Oost 1204, 4e verdieping, deur rechts": where to pick something up,
# with no public place in the sentence, is someone's door.
_PICKUP = re.compile(
    r"(?<![\w])(?:afhalen|ophalen|afgeven|inleveren|langsbrengen|brengen|bezorgen|opgehaald"
    r"|afgehaald)(?![\w])"
)


# "woning 312", "appartement 22": a home by its number, with or without a person.
_DWELLING = re.compile(r"(?:woning|appartement|app|woonwagen|woonark|woonboot|stacaravan|chalet)\b")


# "Zit in portiek 16, 2e verdieping links": a stairwell with a floor and a side is one door,
# also with no person word; not "het buurthuis zit in portiek 3, 1e verdieping links".
_STAIRWELL = re.compile(r"(?<![\w])(?:portiek|opgang|trappenhuis)(?![\w])")
_FLOOR_WITH_SIDE = re.compile(
    r"(?:verdieping|etage|hoog|woonlaag)[\s,]+(?:deur\s+)?(?:links|rechts|midden)(?![\w])"
)


def _stairwell_door(low: str, sentence: tuple[int, int]) -> bool:
    part = low[sentence[0] : sentence[1]]
    return (
        ("portiek" in part or "opgang" in part or "trappenhuis" in part)
        and _STAIRWELL.search(part) is not None
        and _FLOOR_WITH_SIDE.search(part) is not None
        and public.PLACE.search(part) is None
    )


# "inleveren bij het buurthuis, huisnummer 12": the number of the place just named
_AT_PLACE = re.compile(
    r"(?:bij|in|naar|op|aan)\s+(?:de|het|'t)\s+(?:[^\W\d_]+\s+)?(?:buurthuis|wijkcentrum"
    r"|buurtcentrum|bibliotheek|bieb|kerk|moskee|school|gemeentehuis|stadhuis|sporthal|winkel"
    r"|supermarkt|kantoor|huiskamer|inloop|kringloop|[^\W\d_]*(?:huis|centrum|winkel))[\s,]*$"
)


def _pickup(low: str, sentence: tuple[int, int]) -> bool:
    return _PICKUP.search(low, *sentence) is not None and not _venue(low, sentence)


# A landmark a home is near: "het huisje bij de molen" is no mill.
_NEAR = re.compile(r"(?:naast|boven|onder|tegenover|achter|bij)\s+(?:de|het|'t)\s+[^\W\d_]+")
# "na de balie van het buurthuis": the venue the landmark belongs to.
_OF_PLACE = re.compile(r"\s+(?:van|in)\s+(?:de|het|'t)\s+[^\W\d_]+")
PLACE = public.PLACE
# "boven de apotheek", "naast de bakker": a place that only says where a home is.
_BESIDE = re.compile(r"(?:naast|boven|onder|tegenover|achter)\s+(?:de|het|'t)\s+[^\W\d_]+")


def _venue(low: str, sentence: tuple[int, int], landmark: tuple[int, int] | None = None) -> bool:
    """Is the sentence about a public place (the venue, not a landmark next to a home)?

    ``landmark``: a span that only counts from a place ("derde huis vanaf de speeltuin"), left
    out of the test; "de derde deur na de balie van het buurthuis" still names the venue."""
    if landmark is not None:
        tail = _OF_PLACE.match(low, landmark[1])
        stop = tail.end() if tail is not None else landmark[1]
        low = low[: landmark[0]] + " " * (stop - landmark[0]) + low[stop:]
        if tail is not None and PLACE.search(tail.group()) is not None:
            return True
    part = _BESIDE.sub(" ", low[sentence[0] : sentence[1]])
    return public.PLACE.search(part) is not None


def _invites(text: str, low: str, sentence: tuple[int, int]) -> bool:
    """ "Ik woon op 3 hoog in de flat aan de Rietlanden, bel gerust aan": a floor with an
    invitation to ring the bell brings strangers to one door."""
    if _INVITE.search(low, *sentence) is None and _PICKUP.search(low, *sentence) is None:
        return False
    return _FIRST_PERSON.search(low, *sentence) is not None and not _venue(low, sentence)


# "bij mij voor de deur, op 17": the number of the teller's home.
_AT_HOME = re.compile(r"(?<![\w])bij\s+(?:mij|ons)(?![\w])")
_INVITE = re.compile(
    r"(?<![\w])(?:aanbellen|aankloppen|langskomen|(?:bel|klop)\s+(?:(?:maar|even|gerust|gewoon"
    r"|dan)\s+)?aan|kom\s+(?:(?:maar|even|gerust|gewoon|dan)\s+)?langs|bij\s+(?:mij|ons)\s+thuis"
    # "bel 2x dan kom ik naar beneden", "bel twee keer", "ik doe open"
    r"|bel\s+(?:\d\s*x|\d\s+keer|twee\s+keer|drie\s+keer|lang|hard|dubbel)"
    r"|kom\s+ik\s+(?:naar\s+)?(?:beneden|buiten)|doe\s+ik\s+(?:de\s+deur\s+)?open"
    r"|welkom\s+bij\s+(?:mij|ons))(?![\w])"
)
_FIRST_PERSON = re.compile(r"(?<![\w])(?:ik|mij|me|mijn|m'n|wij|we|ons|onze)(?![\w])")


def _feature_homes(text: str, low: str) -> list[tuple[int, int]]:
    """Homes known by how they look, with a resident in the sentence."""
    hits = []
    for match in _feature_matches(text, low):
        begin, end = public.sentence(low, *match.span())
        if _HISTORY.search(low, begin, end) is not None:
            continue
        if public.PLACE.search(_NEAR.sub(" ", low[match.start() : match.end()])) is not None:
            continue  # "de deur met het bordje 'buurtkamer'"
        if (
            RESIDENT.search(text, begin, end) is not None
            or _PERSON_BEFORE.search(text, max(begin, match.start() - 40), match.start())
            is not None
        ):
            hits.append(match.span())
    return hits


FEATURE_MESSAGE = (
    "Hier staat waar iemand woont ('{shown}'). Aan het huis, de deur of het raam herkent "
    "iedereen in de buurt welke woning het is, en de site is voor iedereen te zien. Laat het "
    "weg, of noem een openbare plek ('bij het buurthuis')."
)
