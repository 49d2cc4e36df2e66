"""Personal names next to a role, an honorific, a verb like "bel", or in a role field.

Name lists: decision about ``deduce``
-------------------------------------
deduce 3.0.6 (PyPI, LGPL-3.0-or-later, 1.9 MB wheel) ships good Dutch lists: ~14,900 first
names and ~10,500 surnames. We do **not** depend on it: it pins ``docdeid==1.0.1`` and
``regex<2025`` and pulls in ``rapidfuzz`` and ``frozendict``, 90% of the wheel is street,
place and hospital lists we do not need, and the list files are internal data, not an API.
Instead ``data/voornamen.txt`` and ``data/achternamen.txt`` are derived from its two name lists
(its own exception lists and Dutch common words removed; ~190 KB together), vendored with the
licence note in ``data/README.md``. They are read once, lazily, the first time a text has a
capitalised word that could be a name.

Rules (severity in brackets):

* honorific or neighbour word + capitalised word: "mevrouw De Vries", "buurman Ahmed",
  "dhr. P. de Groot", "opa Kees" [error];
* role word + first name, or first name + (de|onze|…) role: "huismeester Kees",
  "Fatima, de huismeester" [error; warning for names that are also words: Roos, Mark, …];
* bel/vraag naar/dank aan/groetjes + first name: "bel Henk" [error; warning if ambiguous];
* introductions: "ik heet …", "mijn naam is …", "ik ben Yasmina" [error];
* first name + surname: "Lotte Hendriks", "Jan de Vries" [error; warning if ambiguous];
* a first name alone inside a sentence [warning]; in a role field [error].
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from pathlib import Path

from welkom.problems import Severity

from .base import ERROR, WARNING, Allowlist, FieldKind, Finding, words

_DATA = Path(__file__).with_name("data")

# Names that are also ordinary words, places, brands or feast figures: warnings at most.
AMBIGUOUS = words(
    """
    Albert Amber Angel Aurora Bas Berk Bloem Charity Crystal Daisy Dirk Dusty Engel Faith
    Fleur Flint Flora Frank Grace Hazel Hope Iris Jade Jasmijn Job Joy Kiem Lelie Lente
    Lieve Linde Love Lucky Mark Max Mees Mercy Merel Noor Ocean Olive Orion Pepper Pier Piet
    Pluk Poppy Puk Rex River Roos Rose Ruby Sky Sol Star Stella Summer Sunny Vita Vos Zonne
    Zwaan
    """
)
# Never a person in a buurt text, whatever the name list says.
NOT_NAMES = words(
    """
    Mei Juni Juli Augustus April Maart Januari Sint Ramadan Pasen Kerst Christus Jezus God
    Allah Welkom Noord Zuid Oost West Centrum Buurthuis Stichting Humanitas Jumbo Lidl Aldi
    Hema Welzijn Repair Café Cafe Week Dag Zon Ster Meer Hoop Maan Koning Prins Prinses Kerk
    School Eritrea Syrië Marokko Suriname Turkije Nederland Utrecht Zandvoort Voorbeeldstad
    """
)

ROLE_WORDS = (
    "huismeesters?|(?:buurt)?conci[eë]rges?|wijkagent(?:en)?|buurtcoach|wijkcoach|opbouwwerker"
    "|(?:wijk)?verpleegkundige|voorzitter|secretaris|penningmeester|co[oö]rdinator|vrijwilligster"
    "|vrijwilliger|beheerder|beheerster|jongerenwerker|ouderenadviseur"
    "|(?:buurt|wijk|sociaal )?werker"
    "|buurtwerker|wijkconsulent|consulent|fietsenmaker|kok|gastvrouw|gastheer|begeleider|trainer"
    "|docent|leraar|lerares|dominee|pastoor|imam|huisarts|wijkregisseur|boa|buurtbemiddelaar"
    "|schuldhulpverlener|taalmaatje|maatje|coach|tuinman|tuinier|portier|schoonmaker|buurtouder"
    "|contactpersoon|organisator|oprichter|oprichtster|medewerker|medewerkster|stagiair(?:e)?"
    "|bestuurslid|teamleider|sportcoach|buurtsportcoach|mentor|gids|postbode"
    "|buurtmoeder|buurtvader|wijkbewoner|bewoner|bewoonster|buurtbewoner|conciërge|bibliothecaris"
)
_ROLE = r"(?i:" + ROLE_WORDS + r")"
_HONORIFIC = (
    r"(?i:meneer|mevrouw|mevr\.?|mvr\.?|dhr\.?|mr\.|mw\.|de\s+heer|heer|buurman|buurvrouw|oom"
    r"|tante|opa|oma|juf|juffrouw|meester|zuster|broeder|dokter|dr\.|familie|fam\.|pastoor"
    r"|dominee|imam|neef|nicht)"
)
_PARTICLES = r"(?:(?i:van|de|der|den|ter|ten|te|het|'t|el|al|ben|van\s+der|van\s+den|van\s+de)\s+)"
_CAP = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+"
_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+")

# The name after an honorific: "De Vries", "de Groot", "P. de Groot", "Ahmed".
_AFTER_HONORIFIC = re.compile(
    r"\.?\s+("
    + _PARTICLES
    + r"*"
    + _CAP
    + r"|[A-Z]\.(?:\s?[A-Z]\.)*(?:\s+"
    + _PARTICLES
    + r"*"
    + _CAP
    + r")?)"
)
# "Fatima, de huismeester", "Kees de conciërge", "Gerrit, onze vaste fietsenmaker".
_THEN_ROLE = re.compile(
    r",?\s+(?i:de|onze|ons|jullie|een|het|mijn|is\s+de|is\s+onze)\s+(?:[a-zà-ÿ]+\s+){0,2}?"
    + _ROLE
    + r"(?![\w])"
)
# "Jan de Vries", "Lotte Hendriks", "Mustafa Öztürk Demir".
_THEN_SURNAME = re.compile(r"\s+(" + _PARTICLES + r"*)(" + _CAP + r")(?:\s+(" + _CAP + r"))?")
_ROLE_WORD = re.compile(_ROLE + r"$")
_PLACE_END = re.compile(
    r"(?:straat|laan|weg|plein|gracht|kade|singel|dreef|hof|park|school|kerk|huis|centrum"
    r"|fonds|plantsoen|brug|markt|dijk|pad|steeg|ring|baan|haven|college|lyceum|kliniek"
    r"|ziekenhuis|stichting|zaal|tuin|bad|molen|toren|poort)$",
    re.IGNORECASE,
)
# Words that start a sentence or title but are not names.
_FUNCTION = words(
    "De Het Een En Of Op In Met Van Voor Bij Naar Is Zijn Ook Wie Wat Waar Dit Dat Die Deze"
)

# Lowercased tokens after which a capitalised word is a name.
HONORIFICS = words(
    """
    meneer mevrouw mevr mevr. mvr mvr. dhr dhr. mr. mw. heer buurman buurvrouw oom tante opa oma
    juf juffrouw meester zuster broeder dokter dr. familie fam. pastoor dominee imam neef nicht
    """
)
_INTRO_ANY = ("ik heet", "mijn naam is", "noem me", "noemen me", "heet ik")
_INTRO_NAME = ("ik ben", "wij zijn", "we zijn", "ik was", "is mijn")
_VERBS = words(
    """
    bel app mail sms whatsapp vraag spreek zoek bedankt groetjes groeten groet liefs namens
    contactpersoon contact
    """
)
_VERB_PAIRS = ("vraag naar", "dank aan", "met dank aan", "bedankt aan", "dankjewel")
_PREV_WORD = re.compile(r"([\w.]+)[\s,:]*$")
_TOKEN_STRIP = ".,:;!?()\"'‘’“”"

NAME_MESSAGE = (
    "Hier staat de naam van een persoon ('{name}'). Namen zetten we niet op de site: die is voor "
    "iedereen te zien, en mensen in de buurt kunnen kwetsbaar zijn. Noem een rol, geen naam: "
    "bijvoorbeeld 'de huismeester' of 'een buurvrouw'."
)
MAYBE_NAME_MESSAGE = (
    "Is '{name}' de naam van een persoon? Namen zetten we niet op de site: die is voor iedereen "
    "te zien. Noem dan een rol, geen naam: bijvoorbeeld 'de huismeester' of 'een buurvrouw'."
)
ROLE_MESSAGE = (
    "Schrijf een rol, geen naam: bijvoorbeeld 'de huismeester' of 'een nieuwe bewoner'. "
    "'{name}' lijkt een naam van een persoon, en de site is voor iedereen te zien."
)


@functools.cache
def first_names() -> frozenset[str]:
    words = (_DATA / "voornamen.txt").read_text(encoding="utf-8").split()
    return frozenset(words) - NOT_NAMES


@functools.cache
def surnames() -> frozenset[str]:
    words = (_DATA / "achternamen.txt").read_text(encoding="utf-8").split()
    return frozenset(words) - NOT_NAMES


def is_first_name(word: str, *, strict: bool = False) -> bool:
    """A first name from the list; ``strict`` leaves out names that are also words (Roos)."""
    if word not in first_names():
        return False
    return not (strict and word in AMBIGUOUS)


def looks_like_surname(token: str) -> bool:
    return token.capitalize() in surnames()


def has_name_word(text: str) -> bool:
    """Cheap test: is any capitalised word in the text a first name?"""
    names = first_names()
    return any(word in names for word in _NAME_WORD.findall(text))


def _level(word: str) -> Severity | None:
    """ERROR for a clear first name, WARNING for an ambiguous one, None otherwise."""
    if word not in first_names():
        return None
    return WARNING if word in AMBIGUOUS else ERROR


def _at_sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'‘“(")
    return not before or before[-1] in ".!?:;\n-–•*#>"


def _prev_words(text: str, start: int, count: int = 3) -> str:
    """The (up to) ``count`` words before ``start``, lowercased, punctuation removed."""
    tokens = text[max(0, start - 40) : start].lower().split()[-count:]
    return " ".join([t for t in (t.strip(_TOKEN_STRIP) for t in tokens) if t])


def find(text: str, kind: FieldKind, allow: Allowlist) -> list[Finding]:
    caps = _NAME_WORD.findall(text)
    if not caps:
        return []
    names = first_names()
    has_name = not names.isdisjoint(caps)
    low = text.lower()
    honorifics = HONORIFICS.intersection(low.split())
    intro = "heet" in low or "naam" in low or "noem" in low
    if not (has_name or honorifics or intro):
        return []
    return list(_find(text, kind, has_name, honorifics, intro))


def _find(
    text: str, kind: FieldKind, has_name: bool, honorifics: set[str], intro: bool
) -> Iterator[Finding]:
    role_field = kind is FieldKind.ROLE
    names = first_names()
    found: list[tuple[int, int]] = []

    def add(start: int, end: int, severity: Severity, name: str) -> Finding:
        found.append((start, end))
        if role_field and severity is ERROR:
            message = ROLE_MESSAGE
        else:
            message = NAME_MESSAGE if severity is ERROR else MAYBE_NAME_MESSAGE
        return Finding(start, end, severity, "privacy.name", message.format(name=name))

    for token in honorifics:
        pattern = _honorific_pattern(token.rstrip("."))
        for hit in pattern.finditer(text.lower()):
            ahead = text[hit.end() : hit.end() + 16]
            if not any(c.isupper() for c in ahead):
                continue  # "een buurvrouw bracht soep": no name follows
            after = _AFTER_HONORIFIC.match(text, hit.end())
            if after is None:
                continue
            name = after.group(1)
            last = name.split()[-1]
            if last in _FUNCTION or last in NOT_NAMES or _PLACE_END.search(last):
                continue
            if _ROLE_WORD.match(last):
                continue
            yield add(hit.start(), after.end(), ERROR, name)

    if not (has_name or intro):
        return
    for match in _NAME_WORD.finditer(text):
        word = first = match.group()
        is_name = word in names
        if not (is_name or intro):
            continue
        start, end = match.span()
        if any(s <= start < e for s, e in found):
            continue
        prev = _prev_words(text, start)
        if intro and prev.endswith(_INTRO_ANY) and word not in _FUNCTION:
            yield add(start, end, ERROR, word)
            continue
        if not is_name:
            continue
        last_prev = prev.rsplit(" ", 1)[-1] if prev else ""
        level = WARNING if first in AMBIGUOUS else ERROR
        if prev.endswith(_INTRO_NAME):
            yield add(start, end, ERROR, word)
            continue
        if last_prev in _VERBS or prev.endswith(_VERB_PAIRS) or _ROLE_WORD.match(last_prev):
            yield add(start, end, level, word)
            continue
        if _THEN_ROLE.match(text, end):
            yield add(start, end, level, word)
            continue
        if level is WARNING and not role_field:
            continue  # "Buurthuis De Roos", "Mark je agenda": only next to a role or verb
        full = _THEN_SURNAME.match(text, end)
        if full is not None:
            particles, last, after = full.group(1, 2, 3)
            place = _PLACE_END.search(last) or (after and _PLACE_END.search(after))
            if (
                not place
                and last not in _FUNCTION
                and last not in NOT_NAMES
                and (particles or last in surnames())
            ):
                yield add(start, full.end(2), level, f"{word} {particles}{last}")
                continue
        yield from _bare_name(text, start, end, word, level, role_field, add)


@functools.cache
def _honorific_pattern(token: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'’])" + re.escape(token) + r"(?![\w'’])")


def _bare_name(text, start, end, word, level, role_field, add):  # type: ignore[no-untyped-def]
    """A first name with no role, verb or surname next to it."""
    before = text[:start].rstrip()
    after = text[end:].lstrip()
    prev_cap = bool(before) and re.search(r"[A-ZÀ-Þ][\w'’-]*$", before) is not None
    next_cap = bool(after) and after[:1].isupper()
    sentence_start = _at_sentence_start(text, start)
    next_word = after.split(None, 1)[0] if after else ""
    if next_cap and _PLACE_END.search(next_word.rstrip(".,;:!?")):
        return  # "Anne Frankplein", "Willem Alexanderschool"
    if role_field:
        if prev_cap and not sentence_start:
            return  # "vrijwilliger bij Stichting Anna"
        yield add(start, end, level if not sentence_start else ERROR, word)
        return
    if level is WARNING or prev_cap or next_cap or sentence_start:
        return
    yield add(start, end, WARNING, word)
