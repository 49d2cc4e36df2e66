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
    "|bestuurslid|teamleider|sportcoach|buurtsportcoach|mentor|gids|kapper|bakker|postbode"
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
_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?")

HONORIFIC_NAME = re.compile(
    r"(?<![\w'’])" + _HONORIFIC + r"\s+(" + _PARTICLES + r"*" + _CAP + r"|[A-Z]\.(?:\s?[A-Z]\.)*)"
)
ROLE_THEN_NAME = re.compile(r"(?<![\w'’])" + _ROLE + r",?\s+(" + _CAP + r")")
NAME_THEN_ROLE = re.compile(
    r"(?<![\w'’])(" + _CAP + r"),?\s+(?i:de|onze|ons|jullie|een|het|mijn|is\s+de|is\s+onze)\s+"
    r"(?:[a-zà-ÿ]+\s+){0,2}?" + _ROLE + r"(?![\w])"
)
VERB_THEN_NAME = re.compile(
    r"(?<![\w'’])(?i:bel|app|mail|sms|whatsapp|vraag\s+naar|vraag|spreek|zoek|dank\s+aan|bedankt"
    r"|met\s+dank\s+aan|groetjes|groeten|groet|liefs|namens|contactpersoon|contact)[,:]?\s+("
    + _CAP
    + r")"
)
INTRODUCTION = re.compile(
    r"(?<![\w'’])(?i:(ik\s+heet|mijn\s+naam\s+is|noem\s+me|ze\s+noemen\s+me)|ik\s+ben|wij\s+zijn)"
    r"\s+(" + _CAP + r")"
)
FULL_NAME = re.compile(
    r"(?<![\w'’-])(" + _CAP + r")\s+(" + _PARTICLES + r"*)(" + _CAP + r")(?:\s+(" + _CAP + r"))?"
)
_PLACE_END = re.compile(
    r"(?:straat|laan|weg|plein|gracht|kade|singel|dreef|hof|park|school|kerk|huis|centrum"
    r"|fonds|plantsoen|brug|markt|dijk|pad|steeg|ring|baan|haven|college|lyceum|kliniek"
    r"|ziekenhuis|stichting|zaal|tuin|bad|molen|toren|poort)$",
    re.IGNORECASE,
)
# Words that start a sentence or title but are not names.
_FUNCTION = words(
    """
    De Het Een En Of Op In Met Van Voor Bij Naar Is Zijn Ook Wie Wat Waar Dit Dat Die Deze
    """
)

CANDIDATE = re.compile(
    r"(?i:meneer|mevr|mvr|dhr|mr\.|mw\.|heer|buur|oom|tante|opa|oma|juf|meester|zuster|broeder"
    r"|dokter|dr\.|famil|fam\.|pastoor|dominee|imam|neef|nicht|heet|naam|noem)"
)

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


def _first_part(word: str) -> str:
    return word.split("-")[0].rstrip("'’")


def _level(word: str) -> Severity | None:
    """ERROR for a clear first name, WARNING for an ambiguous one, None otherwise."""
    word = _first_part(word)
    if word not in first_names():
        return None
    return WARNING if word in AMBIGUOUS else ERROR


def _at_sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'‘“(")
    return not before or before[-1] in ".!?:;\n-–•*#>"


def find(text: str, kind: FieldKind, allow: Allowlist) -> Iterator[Finding]:
    role_field = kind is FieldKind.ROLE
    words = set(_NAME_WORD.findall(text))
    names = first_names()
    name_words = {w for w in words if _first_part(w) in names}
    found: list[tuple[int, int]] = []

    def add(start: int, end: int, severity: Severity, name: str) -> Finding:
        found.append((start, end))
        if role_field and severity is ERROR:
            message = ROLE_MESSAGE
        else:
            message = NAME_MESSAGE if severity is ERROR else MAYBE_NAME_MESSAGE
        return Finding(start, end, severity, "privacy.name", message.format(name=name))

    if CANDIDATE.search(text):
        for match in HONORIFIC_NAME.finditer(text):
            name = match.group(1)
            last = name.split()[-1]
            if last in _FUNCTION or _PLACE_END.search(last):
                continue
            yield add(match.start(), match.end(), ERROR, name)
    if name_words or CANDIDATE.search(text):
        for match in INTRODUCTION.finditer(text):
            name = match.group(2)
            if name in _FUNCTION or name in NOT_NAMES:
                continue
            if match.group(1) or name in names:
                yield add(match.start(2), match.end(2), ERROR, name)

    if name_words:
        for pattern in (ROLE_THEN_NAME, VERB_THEN_NAME):
            for match in pattern.finditer(text):
                level = _level(match.group(1))
                if level is not None:
                    yield add(match.start(1), match.end(1), level, match.group(1))
        for match in NAME_THEN_ROLE.finditer(text):
            level = _level(match.group(1))
            if level is not None:
                yield add(match.start(1), match.end(1), level, match.group(1))
        for match in FULL_NAME.finditer(text):
            first, particles, last, after = match.group(1, 2, 3, 4)
            level = _level(first)
            if level is None or _PLACE_END.search(last) or (after and _PLACE_END.search(after)):
                continue
            if last in _FUNCTION or last in NOT_NAMES:
                continue
            if not particles and last not in surnames():
                continue
            yield add(match.start(), match.end(3), level, f"{first} {particles}{last}")

    if role_field or name_words:
        yield from _bare_names(text, role_field, found, add)


def _bare_names(text, role_field, found, add):  # type: ignore[no-untyped-def]
    names = first_names()
    for match in _NAME_WORD.finditer(text):
        start, end = match.span()
        word = _first_part(match.group())
        if word not in names or any(s <= start < e for s, e in found):
            continue
        before = text[:start].rstrip()
        after = text[end:].lstrip()
        prev_cap = bool(before) and re.search(r"[A-ZÀ-Þ][\w'’-]*$", before) is not None
        next_cap = bool(after) and after[:1].isupper()
        ambiguous = word in AMBIGUOUS
        if role_field:
            if prev_cap and not _at_sentence_start(text, start):
                continue  # "vrijwilliger bij Stichting Anna"
            if ambiguous and not _at_sentence_start(text, start):
                yield add(start, end, WARNING, match.group())
            else:
                yield add(start, end, ERROR, match.group())
            continue
        if ambiguous or prev_cap or next_cap or _at_sentence_start(text, start):
            continue
        yield add(start, end, WARNING, match.group())
