"""Identifying numbers: BSN (11-proef), IBAN (mod 97) and dates of birth."""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import public
from .base import ERROR, WARNING, Allowlist, FieldKind, Finding

_DIGITS_ASCII = b"0123456789"


def digit_count(text: str) -> int:
    """How many digits ``text`` has, counted in C: the candidate patterns below cost a
    microsecond on any text with a digit, counting costs a tenth of that. Text beyond ASCII
    may hold other digits (Arabic-Indic): it counts as many."""
    if not text.isascii():
        return 99
    raw = text.encode("ascii")
    return len(raw) - len(raw.translate(None, _DIGITS_ASCII))


# Nine digits (BSN, maybe grouped) and two letters + two digits + four more (IBAN).
BSN_CANDIDATE = re.compile(r"(?:\d[ .-]?){8}\d")
IBAN_CANDIDATE = re.compile(r"[A-Za-z]{2}[ ./_-]?\d\d[ ./_-]?[A-Za-z0-9]{4}")
# "N L 0 2 T R I O …": the country letters spaced out (looked for only after a "n l" test).
SPACED_NL = re.compile(r"[Nn][ .][Ll][ .-]{0,2}\d")
# Nine digits with odd separators: "111_222_333", "1|1|1|2|2|2|3|3|3", "123 / 456 / 782".
ODD_BSN_CANDIDATE = re.compile(r"\d\s?[_|/~]")
ODD_BSN = re.compile(r"(?<![\w.,:/+-])\d(?:(?:[\s_|/~:;.-]{1,3})?\d){8}(?![\w]|[-.,:/]\d)")

# 9 digits in any grouping: 123456782, 1234.56.782, 879-13-7575, 25 27 60 189. Groups of at
# least two digits (a lone digit is more likely a list or a time), one separator between.
# A lone digit may open or close the number ("5.894.956.16", "1 2345 6782").
BSN = re.compile(
    r"(?<![\d.,:/+-])(?<!\d[ .-])\d{1,9}(?:[ .-]\d{2,7})*(?:[ .-]\d)?(?![\d]|[-.,:/]\d| \d)"
)
# Letters that look like digits (I/l/| 1, O 0, Z 2, E 3, A 4, S 5, G/b 6, T 7, B 8, g/q 9).
_LOOK = "OoQDIil|!ZzEASsGbTBgq"
LOOKALIKE = str.maketrans(_LOOK, "000011111223455667899")
# After "bsn" or "burgerservicenummer" the nine digits may be grouped any way, with odd
# separators or look-alike letters: "bsn: 1-2-3-4-5-6-7-8-2", "BSN I23456782".
NAMED_BSN = re.compile(
    r"(?i:\b(?:bsn|b\.\s?s\.\s?n\b\.?|burger\s?service\s?nummer|sofi-?nummer|sofi-?nr))\b[^\w\n]{0,4}"
    r"(?:[^\W\d]+[^\w\n]{1,3}){0,8}?"  # "bsn van mijn moeder voor het formulier: …"
    r"(?![a-z]{2})([\d"
    + _LOOK
    + r"](?:(?:[\s._/|~*:;,-]{0,3}|\s(?:en\s)?dan\s|\sen\s)[\d"
    + _LOOK
    + r"]){8})"
    r"(?![\w])"  # ("bsn is 1234567 en dan 82")
)
IBAN = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z]{2}[ .-]?\d{2}(?:[ .-]?[A-Za-z0-9]{4}){2,7}"
    r"(?:[ .-]?[A-Za-z0-9]{1,3})?(?![A-Za-z0-9])"
)
# A Dutch IBAN in any grouping: "NL 64 INGB 3654 6107 35", "NL88.RABO.8735.5706.36".
IBAN_NL = re.compile(
    r"(?<![A-Za-z0-9])[Nn][ .]?[Ll][ ./_-]{0,2}\d[ ./_-]?\d[ ./_-]{0,2}(?:[A-Za-z][ ./_-]?){4}"
    r"(?:[ ./_-]{0,2}[\dOoIl|SB]){10}"
    r"(?![0-9])"
)
_IBAN_LENGTHS = {"NL": 18, "BE": 16, "DE": 22, "FR": 27, "ES": 24, "GB": 22, "LU": 20, "IT": 27}

_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    "|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
)
_MONTHS += "|febr|sep|okt|mrt|maa"
_YEAR = r"(?:(?:19|20)\d{2}|['’]\d{2})"
_DATE = (
    r"(?:\d{1,2}[-/.]\d{1,2}[-/.](?:(?:19|20)?\d{2}|['’]\d{2})(?!\d)"
    r"|\d{1,2}\s+(?:" + _MONTHS + r")\.?\s+" + _YEAR + r"(?!\d)"
    r"|(?:19|20)\d{2}-\d{2}-\d{2})"
)
# "dob", "d.o.b.", "date of birth", "born", "doğum tarihi", "geb.dat.": abbreviations and other
# languages. Not "Born" the village: "markt in Born op 3 mei 2026".
_BIRTH_OTHER = (
    r"|dob\b|d\.o\.b\b\.?|date\s+of\s+birth|birth\s?date|birthday|do[ğg]um\s+tarihi"
    r"|geb\.?\s?dat(?:um)?\b\.?|geburtsdatum|geboren\s+am|fecha\s+de\s+nacimiento|date\s+de\s+naissance"
    r"|data\s+(?:de\s+|di\s+)?(?:urodzenia|nascimento|nascita)|(?:tanggal|tarikh)\s+lahir"
    r"|дата\s+(?:народження|рождения)|(?<!\bin\s)(?<!\bte\s)(?<!\buit\s)(?<!\bnaar\s)born\b(?=[\s:]*(?:on\s+)?\d)"
)
# A year in words: "negentienachtenzestig", "negentien achtenzestig", "tweeduizend drie".
_YEAR_WORDS = r"(?:negentien|tweeduizend)(?:[\s-]?(?:en[\s-]?)?[a-zë]{3,}(?<!honderd))?"
# "tweeëntwintig", "eerste", "elfde", "dertig": a day in words.
_DAY_WORD = (
    r"[a-zë]*(?:de|ste|tig|tien|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|elf|twaalf)"
)
MONTH_WORDS = frozenset(_MONTHS.split("|")[:12])  # "januari" … "december"
_BIRTH_WORD = (
    r"geboren|geb\b\.?|geb:|geboortedatum|geboortedag|geb\.datum|geboorte|geboortejaar"
    r"|verjaardag|(?<![\d-])(?<!\d )jarig" + _BIRTH_OTHER  # "50-jarig jubileum" is no birthday
)
# On lowercased text: no (?i), which would make every branch slower.
BIRTH_CANDIDATE = re.compile(
    r"geb|jarig|verjaardag|geworden|['’]\d\d|(?:is|ben|zijn|was) van (?:de )?\d|w(?:ordt|erd) op \d"
    r"|°|(?:wordt|werd|is) \d\d|(?:wordt|werd) \w|\d jaar op|dob|d\.o\.b|born|do[ğg]um|birth"
    r"|(?:is|ben|bent|zijn|was) van \w+ \w+ (?:negentien|tweeduizend)|ter wereld"
    r"|geburt|nacimiento|naissance|urodzenia|nascimento|nascita|lahir|народж|рожд"
    r"|\d jaar\b[^.!?\n]{0,30}(?:19|20)\d\d"
)
BIRTH_DATE = re.compile(
    r"(?:\b(?:" + _BIRTH_WORD + r")[^.!?\n\d]{0,25}?(?:" + _DATE + r"|(?<=jaar )(?:19|20)\d{2}"
    r"|(?<=jaar: )(?:19|20)\d{2})"
    r"|" + _DATE + r"\s+(?:\w+\s+){0,2}?geboren\b"
    # "op 22 januari 1946 in Groningen ter wereld gekomen", "ter wereld gekomen op 3-4-1950".
    r"|" + _DATE + r"\s+(?:\w+\s+){0,3}?ter\s+wereld\s+(?:ge)?kom"
    r"|\bter\s+wereld(?:\s+(?:ge)?kom\w*)?[^.!?\n\d]{0,25}?" + _DATE + r""
    # "geboren in 1931 op 4 juli": the year and the day apart.
    r"|\bgeboren[^.!?\n\d]{0,10}(?:19|20)\d{2}[^.!?\n\d]{0,10}\d{1,2}\s+(?:" + _MONTHS + r")\b"
    # "geboren op de eerste van maart, 1949": the day in words, then the month and the year.
    r"|\bgeboren[^.!?\n\d]{0,30}?\b(?:" + _MONTHS + r")\b[\s,]{0,3}(?:19|20)\d{2}\b"
    # "geboren op tweeëntwintig juni negentienachtenzestig", "geb. 3 juni in '68", "dob: 3
    # june 68": the day or the year in words or short.
    r"|\b(?:geboren|geb\b\.?|geboortedatum"
    + _BIRTH_OTHER
    + r")[^.!?\n]{0,30}?\b(?:"
    + _MONTHS
    + r")\b\.?[\s,]{0,3}(?:(?:in|van)\s+)?(?:['’]\d{2}\b|\d{2}\b(?![.:]\d|\s*(?:uur|u|jaar)\b)|"
    + _YEAR_WORDS
    # "geboren op de eerste van maart in 'negenentachtig": a two-digit year in words
    + r"|['’]?(?:(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n)?(?:twintig|dertig"
    r"|veertig|vijftig|zestig|zeventig|tachtig|negentig)\b(?!\s+jaar\b)" + r")"
    # "dob:03091987", "geboortedatum 03091987": eight digits right after the word.
    r"|\b(?:"
    + _BIRTH_WORD
    + r")[\s:=.]{0,3}(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d{2}\b"
    # "geboren in negentienachtenzestig op tweeëntwintig juni": the year first.
    r"|\bgeboren[^.!?\n\d]{0,10}" + _YEAR_WORDS + r"[^.!?\n\d]{0,30}?"
    r"(?:\b\d{1,2}(?:e|ste|de)?\s+)?\b(?:" + _MONTHS + r")\b"
    # "tweeëntwintig juni negentienachtenzestig geboren", "… ter wereld gekomen".
    r"|\b(?:" + _DAY_WORD + r"\s+)?(?:" + _MONTHS + r")\s+" + _YEAR_WORDS + r"\s+(?:\w+\s+){0,3}?"
    r"(?:geboren|ter\s+wereld)\b"
    # "zij werd op twaalf maart 1944 geboren": the day in words, the year in digits.
    r"|\b" + _DAY_WORD + r"\s+(?:" + _MONTHS + r")\s+(?:19|20)\d{2}\s+(?:\w+\s+){0,3}?"
    r"(?:geboren|ter\s+wereld)\b"
    r"|\bter\s+wereld(?:\s+(?:ge)?kom\w*)?[^.!?\n]{0,30}?\b(?:" + _MONTHS + r")\b[\s,]{0,3}"
    r"(?:(?:in|van)\s+)?(?:['’]\d{2}\b|" + _YEAR_WORDS + r")"
    # "ze is van tweeëntwintig juni negentienachtenzestig"
    r"|\b(?:is|ben|bent|zijn|was)\s+van\s+(?:de\s+)?[a-zë]{3,24}\s+(?:"
    + _MONTHS
    + r")\s+"
    + _YEAR_WORDS
    + r""
    # "is op 1 maart 80 geworden", "wordt op 3 mei 90": a birthday and an age.
    r"|(?<!\w)(?:op\s+)?\d{1,2}\s+(?:" + _MONTHS + r")\.?\s+\d{2,3}\s+(?:jaar\s+)?geworden\b"
    r"|\b(?:wordt|werd)\s+op\s+\d{1,2}\s+(?:" + _MONTHS + r")\.?\s+\d{2,3}\b"
    r"|\b(?:wordt|werd|is)\s+\d{2,3}\s+(?:jaar\s+)?(?:op|,)\s*\d{1,2}\s+(?:" + _MONTHS + r")\b"
    r"|\bop\s+\d{1,2}\s+(?:"
    + _MONTHS
    + r")\s+(?:wordt|werd)\s+(?!het\b|ons\b|de\s+(?:club|buurt|vereniging|school))(?:\w+\s+){1,3}?"
    r"\d{2,3}(?:\s+jaar)?\b"
    # "° 12-03-1950": the sign for "born".
    r"|°\s?" + _DATE + r""
    # "Hij is van 12 oktober 1947", "ze is van 5 mei 1945".
    r"|\b(?:is|ben|zijn|was)\s+van\s+" + _DATE + r""
    # "ik ben van de 1e april 58", "zij is van 3 mei '60": a day, a month and a year of birth.
    r"|\b(?:is|ben|bent|zijn|was)\s+van\s+(?:de\s+)?\d{1,2}(?:e|ste|de)?\s+(?:" + _MONTHS + r")"
    r"\.?\s+(?:(?:19|20)\d{2}|['’]?\d{2})\b(?![.:]\d|\s*(?:uur|u)\b))",
    re.IGNORECASE,
)
# "(3-3-'32)": a date with a two-digit year after an apostrophe, and "wordt 29 september 90!":
# a date and an age. Both also write an anniversary ("feest op 14-09-'25", "de club wordt
# 3 mei 50 jaar"), so they need a person or an age in the sentence and no organisation alone.
SHORT_DATE = re.compile(r"(?<![\w-])\d{1,2}[-/.]\d{1,2}[-/.]['’]\d{2}(?!\d)")
_WEEKDAY = r"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?"
_AGE = (
    r"(?:\d{2,3}|(?:(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n)?(?:twintig|dertig"
    r"|veertig|vijftig|zestig|zeventig|tachtig|negentig)|honderd(?:\s*en\s*\w+)?)"
)
AGE_DATE = re.compile(
    r"\b(?:wordt|werd|is|ben|word)\s+(?:op\s+)?" + _WEEKDAY + r"(?:\d{1,2}\s+(?:" + _MONTHS + r")"
    r"\.?|\d{1,2}[-/]\d{1,2}(?![-/.]?\d))\s+(?:al\s+)?" + _AGE + r"(?:\s+jaar)?\b(?![.,:]?\d)"
    r"(?!\s*(?:uur|u\b))",
    re.IGNORECASE,
)
# "18 jaar vandaag (8 november 2008)", "is 70 jaar geworden, 3-4-1956": an age and a whole
# date; with a person in the sentence the date of birth.
AGE_FULL_DATE = re.compile(
    r"(?<![\w.,])\d{1,3}\s+jaar\b(?:\s+(?:oud|geworden|vandaag|gisteren|morgen|alweer|al|jong))*"
    r"[\s,:(–-]{1,4}(?:" + _WEEKDAY + r"\d{1,2}\s+(?:" + _MONTHS + r")\.?\s+"
    r"(?:19|20)\d{2}|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2})(?!\d)\)?",
    re.IGNORECASE,
)
# "90 jaar op 29 september": an age and a day; with a person in the sentence a birthday.
AGE_ON_DATE = re.compile(
    r"(?<![\w.,])\d{2,3}\s+jaar\s+(?:op|,)\s*" + _WEEKDAY + r"\d{1,2}\s+(?:" + _MONTHS + r")\b",
    re.IGNORECASE,
)
# "jarig op 9 mei", "3 juni jarig", "mijn verjaardag is 9 mei": a birthday without a year. With
# a birth year ("ik ben van '56") or an age ("dit jaar word ik 70") it is a whole birth date.
BIRTHDAY = re.compile(
    r"(?<![\w-])(?:(?:jarig|verjaardag)\s+(?:is\s+)?(?:op\s+)?(?:de\s+)?"
    + _WEEKDAY
    + r"\d{1,2}(?:e|ste|de)?\s+(?:"
    + _MONTHS
    + r")\b|\d{1,2}\s+(?:"
    + _MONTHS
    + r")\.?\s+(?:\w+\s+){0,2}?jarig\b)",
    re.IGNORECASE,
)
_YEAR_OR_AGE = re.compile(
    r"(?<![\w])(?:(?:ben|is|zijn|was|bent)\s+(?:\w+\s+)?van\s+(?:['’]\d{2}|(?:19|20)\d{2})"
    r"|(?:word|wordt|werd|worden|ben|is|was)\s+(?:\w+\s+){0,3}?" + _AGE + r"(?:\s+jaar)?\b"
    r"|geboren\s+in\s+(?:['’]\d{2}|(?:19|20)\d{2})"  # "jarig op 3 maart, geboren in '62"
    r"|geboortejaar|bouwjaar)(?![\w])",
    re.IGNORECASE,
)
_PERSON_AGE = re.compile(
    r"(?<![\w])(?:jarig\w*|geboren|geb|verjaardag|oud|leeftijd|oudste|jongste|hij|zij|ze|hem"
    r"|mevrouw|meneer|opa|oma|tante|oom|ome|buur(?:man|vrouw|meisje|jongen|kind|tje)|buren"
    r"|bewoner\w*|zoon|dochter|baby|kind|kleinkind|man|vrouw|moeder|vader|ik|mijn|m'n|jij|je"
    r"|jouw|broer|zus|vriend\w*|juf|meester)(?![\w])",
    re.IGNORECASE,
)

# Nine digits written as words: "vier twee acht, acht acht vier, …" (checked with the 11-proef).
_DIGITS = {
    "nul": "0", "een": "1", "één": "1", "eén": "1", "twee": "2", "drie": "3", "vier": "4",
    "vijf": "5", "zes": "6", "zeven": "7", "acht": "8", "negen": "9",
}  # fmt: skip
DIGIT_WORDS = frozenset(_DIGITS)
# Nine digits in words use at least three different words, so at least two of these (not "een",
# which nearly every text has): a cheap set test first.
RARE_DIGIT_WORDS = DIGIT_WORDS - {"een", "één", "eén"}
_DIGIT_WORD = r"(?:nul|een|één|eén|twee|drie|vier|vijf|zes|zeven|acht|negen)"
WORD_BSN = re.compile(
    r"(?<![\w-])" + _DIGIT_WORD + r"(?:[\s,.;:/-]{1,3}" + _DIGIT_WORD + r"){8}(?![\w-])",
    re.IGNORECASE,
)


def find_word_bsn(text: str, allow: Allowlist) -> Iterator[Finding]:
    for match in WORD_BSN.finditer(text):
        digits = "".join(_DIGITS[w] for w in re.findall(r"[^\W\d_]+", match.group().lower()))
        if elfproef(digits) and not allow.allows(match.group()):
            yield Finding(match.start(), match.end(), ERROR, "privacy.bsn", BSN_MESSAGE)


BSN_MESSAGE = (
    "Hier staat een burgerservicenummer (BSN) of een nummer dat daarop lijkt. Een BSN is "
    "geheim: met dit nummer kan iemand fraude plegen, en de site is voor iedereen te zien. "
    "Haal het nummer weg. Schrijf eventueel: 'neem je BSN mee'."
)
IBAN_MESSAGE = (
    "Hier staat een rekeningnummer (IBAN). Dat kan van een persoon zijn, en de site is voor "
    "iedereen te zien. Zet alleen het rekeningnummer van een organisatie op de site, en vraag "
    "de gemeente dat nummer toe te staan. Of schrijf: 'vraag het rekeningnummer bij de balie'."
)
IBAN_TYPO_MESSAGE = (
    "Dit lijkt op een rekeningnummer (IBAN), maar het klopt niet helemaal. Ook een "
    "rekeningnummer met een tikfout kan van een persoon zijn, en de site is voor iedereen te "
    "zien. Haal het weg, of zet het goede "
    "nummer van de organisatie erin en vraag de gemeente het toe te staan."
)
BIRTH_MESSAGE = (
    "Hier staat een geboortedatum. Die hoort bij één persoon en zegt veel over iemand; de site "
    "is voor iedereen te zien. Haal de datum weg. Schrijf bijvoorbeeld 'de oudste bewoner van "
    "de flat' of 'ze werd 90'."
)

_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)


def elfproef(digits: str) -> bool:
    """True when nine digits pass the 11-proef for a BSN."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    return sum(w * int(d) for w, d in zip(_WEIGHTS, digits, strict=True)) % 11 == 0


def iban_valid(compact: str) -> bool:
    """Mod-97 check of an IBAN without spaces (ISO 13616)."""
    compact = compact.upper()
    if not (15 <= len(compact) <= 34) or not compact[:2].isalpha() or not compact[2:4].isdigit():
        return False
    expected = _IBAN_LENGTHS.get(compact[:2])
    if expected is not None and len(compact) != expected:
        return False
    rearranged = compact[4:] + compact[:4]
    try:
        number = int("".join(str(int(c, 36)) for c in rearranged))
    except ValueError:
        return False
    return number % 97 == 1


def find_bsn(text: str, kind: FieldKind, allow: Allowlist) -> Iterator[Finding]:
    for match in BSN.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if len(digits) != 9 or len(set(re.findall(r"[ .-]", match.group()))) > 1:
            continue
        if elfproef(digits) and not allow.allows(digits):
            yield Finding(match.start(), match.end(), ERROR, "privacy.bsn", BSN_MESSAGE)


# After "bsn": digits and digit words mixed, "bsn: een twee drie 456 782".
NAMED_MIXED_BSN = re.compile(
    r"(?i:\b(?:bsn|b\.\s?s\.\s?n\b\.?|burger\s?service\s?nummer|sofi-?nummer|sofi-?nr))\b[^\w\n]{0,4}"
    r"(?:[^\W\d]+[^\w\n]{1,3}){0,8}?"  # "bsn van mijn moeder voor het formulier: …"
    r"((?:(?:\d|" + _DIGIT_WORD + r")[\s.,;:/-]{0,3}){8}(?:\d|" + _DIGIT_WORD + r"))(?![\w])",
    re.IGNORECASE,
)


def find_named_bsn(text: str, allow: Allowlist) -> Iterator[Finding]:
    """Nine digits right after "bsn", in any grouping, with letters for digits or in words."""
    for match in NAMED_MIXED_BSN.finditer(text):
        parts = re.findall(r"\d|[^\W\d_]+", match.group(1).lower())
        digits = "".join(p if p.isdigit() else _DIGITS.get(p, "x") for p in parts)
        if elfproef(digits) and not allow.allows(digits):
            yield Finding(match.start(1), match.end(1), ERROR, "privacy.bsn", BSN_MESSAGE)
    for match in NAMED_BSN.finditer(text):
        raw = match.group(1)
        digits = re.sub(r"[^\d" + re.escape(_LOOK) + r"]", "", raw)
        if sum(c.isdigit() for c in digits) < 5:
            continue
        digits = digits.translate(LOOKALIKE)
        if elfproef(digits) and not allow.allows(digits):
            yield Finding(match.start(1), match.end(1), ERROR, "privacy.bsn", BSN_MESSAGE)


def find_odd_bsn(text: str, allow: Allowlist) -> Iterator[Finding]:
    """A BSN written with odd separators, which the grouped pattern above leaves alone."""
    for match in ODD_BSN.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if re.search(r"[_|/~]", match.group()) and elfproef(digits) and not allow.allows(digits):
            yield Finding(match.start(), match.end(), ERROR, "privacy.bsn", BSN_MESSAGE)


def find_iban(text: str, kind: FieldKind, allow: Allowlist) -> Iterator[Finding]:
    spans: list[tuple[int, int]] = []
    for match in IBAN_NL.finditer(text):
        compact = re.sub(r"[ ./_-]", "", match.group()).upper()
        spans.append(match.span())
        disguised = not compact[8:].isdigit()  # "NL91ABNA O4I7I643OO"
        compact = compact[:8] + compact[8:].translate(LOOKALIKE)
        if allow.allows(compact):
            continue
        if iban_valid(compact):
            yield Finding(match.start(), match.end(), ERROR, "privacy.iban", IBAN_MESSAGE)
        elif compact[4:8].isalpha() and not disguised:
            yield Finding(match.start(), match.end(), WARNING, "privacy.iban", IBAN_TYPO_MESSAGE)
    for match in IBAN.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in spans):
            continue
        raw = match.group()
        compact = re.sub(r"[ .-]", "", raw).upper()
        if allow.allows(compact):
            continue
        if iban_valid(compact):
            yield Finding(match.start(), match.end(), ERROR, "privacy.iban", IBAN_MESSAGE)
        elif compact[:2] == "NL" and len(compact) == 18 and compact[4:8].isalpha():
            yield Finding(match.start(), match.end(), WARNING, "privacy.iban", IBAN_TYPO_MESSAGE)


# "over geboorte", "geboorte en kraamtijd": birth as a subject of a talk, not someone's birth.
# A feast day with a year as the day of birth: "op eerste kerstdag 2015 geboren", "geboren op
# koningsdag '98", "met Pasen 2003 ter wereld gekomen", "geboren op de dag van de
# maanlanding, 1969". Only with "geboren" or "ter wereld" close by.
_FEAST = (
    r"(?:(?:eerste|tweede|1e|2e|1ste|2de)\s+(?:kerst|paas|pinkster)dag|kerst(?:avond|mis|dag"
    r"|nacht)?|oud(?:e)?jaars(?:dag|avond)|oudjaar|oud\s+en\s+nieuw|nieuwjaars(?:dag|nacht)"
    r"|nieuwjaar|konings?dag|koninginnedag|bevrijdingsdag|pasen|paas(?:zondag|maandag)"
    r"|pinksteren|hemelvaart(?:sdag)?|sinterklaas(?:avond)?|pakjesavond|valentijnsdag"
    r"|moederdag|vaderdag|carnaval|prinsjesdag|dierendag"
    r"|de\s+dag\s+van\s+(?:de\s+|het\s+)?[a-zà-ÿ-]+(?:\s+[a-zà-ÿ-]+){0,2}?)"
)
_FEAST_YEAR = r"(?:van\s+|in\s+|,\s*)?(?:(?:19|20)\d{2}|['’]\d{2})(?![\d.:])"
_BORN = r"(?:geboren|ter\s+wereld\s+(?:ge)?kom\w*)\b"
FEAST_BIRTH = re.compile(
    r"\b(?:geboren|ter\s+wereld\s+(?:ge)?kom\w*)\s+(?:\w+\s+)?(?:op|met|tijdens|rond)\s+"
    r"(?:de\s+|het\s+)?"
    + _FEAST
    + r"\s*"
    + _FEAST_YEAR
    + r"|\b(?:op|met|tijdens|rond)\s+(?:de\s+|het\s+)?"
    + _FEAST
    + r"\s*"
    + _FEAST_YEAR
    + r"\s+(?:\w+\s+){0,3}?"
    + _BORN
    + r"|\bgeboren\s+in\s+(?:(?:19|20)\d{2}|['’]\d{2})[\s,]+(?:op|met|tijdens|rond)\s+"
    r"(?:de\s+|het\s+)?" + _FEAST + r"\b",
    re.IGNORECASE,
)
# Feasts where something else is born: the nativity play, lambs at the children's farm.
_NOT_A_PERSON_BORN = re.compile(
    r"(?i:jezus|christus|kindeke|kerstspel|kerststal|kerstverhaal|musical|toneel|lam\w*|geit\w*"
    r"|kalf\w*|kalveren|bigg\w*|veulen\w*|kuiken\w*|konijn\w*|puppy|pups|kitten\w*"
    r"|kinderboerderij|dieren|eendjes)"
)
_TOPIC_BIRTH = re.compile(r"(?i:.*?\bover\s+geboorte[\s,:]|.*?\bgeboorte\s+en\s)")
_CLOCK = re.compile(r"\b\d{1,2}[.:]\d{2}\b|\b\d{1,2}\s*uur\b")


# "12/O3/'88", "O1-o5-1990": a letter O for a zero inside a date (same length: spans stay).
_O_IN_DATE = re.compile(
    r"(?<=\d)[Oo](?=[\d/.'’-])|(?<=[/.-])[Oo](?=\d)|(?<![\w.])[Oo](?=\d[/.-]\d)"
)


def find_birth_date(text: str, kind: FieldKind, allow: Allowlist) -> Iterator[Finding]:
    if ("O" in text or "o" in text) and _O_IN_DATE.search(text) is not None:
        text = _O_IN_DATE.sub("0", text)
    spans: list[tuple[int, int]] = []
    for match in BIRTH_DATE.finditer(text):
        if match.group()[:4].lower() in {"jari", "verj"}:
            begin, stop = public.sentence(text, *match.span())
            around = (text[begin : match.start()] + " " + text[match.end() : stop]).lower()
            if public.PLACE.search(around) is not None and public.PRIVATE.search(around) is None:
                continue  # "de speeltuinvereniging viert haar 40ste verjaardag op 21-6-2026"
        if _TOPIC_BIRTH.match(text, max(0, match.start() - 5), match.end()) and _CLOCK.search(
            text, match.end(), public.sentence(text, *match.span())[1]
        ):
            continue  # "les over geboorte en zwangerschap, 12 maart 2026, 19.30 uur": an event
        spans.append(match.span())
        yield Finding(match.start(), match.end(), ERROR, "privacy.birth-date", BIRTH_MESSAGE)
    low = text.lower()
    if "geboren" in low or "wereld" in low:
        for match in FEAST_BIRTH.finditer(text):
            start, end = match.span()
            begin, stop = public.sentence(text, start, end)
            if any(s < end and start < e for s, e in spans) or _NOT_A_PERSON_BORN.search(
                text, begin, stop
            ):
                continue  # "met Pasen 2026 zijn er lammetjes geboren"
            spans.append((start, end))
            yield Finding(start, end, ERROR, "privacy.birth-date", BIRTH_MESSAGE)
    for match in BIRTHDAY.finditer(text):
        start, end = match.span()
        if any(s < end and start < e for s, e in spans):
            continue
        begin, stop = public.sentence(text, start, end)
        year = _YEAR_OR_AGE.search(text[begin:stop])
        if year is None or "bouwjaar" in year.group().lower():
            continue  # "ik ben 9 mei jarig": a day without a year or an age
        around = (text[begin:start] + " " + text[end:stop]).lower()
        if public.PLACE.search(around) is not None and public.PRIVATE.search(around) is None:
            continue  # "het buurthuis is 3 juni jarig en wordt 25"
        spans.append((start, end))
        yield Finding(start, end, ERROR, "privacy.birth-date", BIRTH_MESSAGE)
    for pattern in (SHORT_DATE, AGE_DATE, AGE_ON_DATE, AGE_FULL_DATE):
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in spans):
                continue
            begin, stop = public.sentence(text, start, end)
            around = text[begin:start] + " " + text[end:stop]
            if pattern is not AGE_DATE and _PERSON_AGE.search(around) is None:
                continue  # "feest op 14-09-'25"
            if pattern is AGE_FULL_DATE:  # the place that has the age stands before it
                around = text[begin:start]
            if (
                pattern in (AGE_DATE, AGE_FULL_DATE)
                and public.PLACE.search(around.lower()) is not None
                and public.PRIVATE.search(around.lower()) is None
            ):
                continue  # "het buurthuis wordt 14 september 25 jaar"
            spans.append((start, end))
            yield Finding(start, end, ERROR, "privacy.birth-date", BIRTH_MESSAGE)


# An IBAN said in words: "en el twintig trio negen negen nul vijf …" ("en el" is NL; the bank
# code as a word, "trio", "rabo", "ingb"); checked with mod-97, so no other words count.
_WORD_IBAN = re.compile(
    r"(?<![\w-])(?:en[\s-]*el|nl)[\s,.:-]+((?:[^\W_]+[\s,.:-]+){1,2}?)([a-z]{4})[\s,.:-]+"
    r"((?:" + _DIGIT_WORD + r"|\d+)(?:[\s,.:-]+(?:" + _DIGIT_WORD + r"|\d+)){0,19})(?!\w)",
    re.IGNORECASE,
)


def find_word_iban(text: str, allow: Allowlist) -> Iterator[Finding]:
    from .phones import _NUMBER_PART, _spoken_digits  # here: phones imports numbers

    for match in _WORD_IBAN.finditer(text):
        check = "".join(_spoken_digits(w) for w in _NUMBER_PART.findall(match.group(1)))
        rest = "".join(_spoken_digits(w) for w in _NUMBER_PART.findall(match.group(3)))
        compact = "NL" + check + match.group(2).upper() + rest
        if iban_valid(compact) and not allow.allows(match.group()):
            yield Finding(match.start(), match.end(), ERROR, "privacy.iban", IBAN_MESSAGE)
