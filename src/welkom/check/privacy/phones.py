"""Phone numbers, parsed with the maintained ``phonenumbers`` library (Google's libphonenumber).

Rules (DESIGN.md §2, principle 1):

* mobile numbers (06…, +31 6…, 0031 6…, 097…, foreign mobiles) are personal: always an error,
  even in a contact field, unless the gemeente put the number on its allowlist;
* fixed-line numbers (030-1234567), 085/091 (location-independent) and 084/087 (personal
  assistant services) may only stand in a contact field of an organisation, place or help line;
* service numbers are never personal: 0800, 0900/0906/0909, 088 (company numbers), 14 0xx
  (gemeenten), 112, 113, 116 xxx, 144.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher, PhoneNumberType

from . import public
from .base import ERROR, WARNING, Allowlist, FieldKind, Finding
from .numbers import digit_count

# Words in a contact field that make a fixed-line number someone's own: "(thuis, na het eten)",
# "gastvrouw: 050 …".
PRIVATE_MARK = re.compile(
    r"(?<![\w])(?:thuis|thuisnummer|huistelefoon|priv[eé]|privénummer|privenummer|eigen nummer"
    r"|na het eten|bij mij|mijn"
    r"|m'n|mij|me|huisnummer|vaste lijn thuis"
    # a person's number, not the organisation's: "Telefoonnummer gastvrouw: 050 …"
    r"|gastvrouw|gastheer|vrijwilliger|vrijwilligster|buurvrouw|buurman|bewoner|bewoonster"
    r"|mevrouw|meneer|mevr|dhr|mw)(?![\w])",
    re.IGNORECASE,
)
# Cheap test before the (slow) matcher. A personal number has at least 9 digits (0 + 9 in the
# Netherlands, more with +31); service numbers that are shorter never need a finding.
CANDIDATE = re.compile(r"\+\d|\d(?:[\s\-–.()/]{0,3}\d){8}")
# A 06 number with letters for digits ("06-1O2O3O4O"): tried only on text with "06" or "0 6".
# Letters that look like digits: I/l/| for 1, O for 0, Z for 2, E for 3, A for 4, S for 5,
# G/b for 6, T for 7, B for 8, g/q for 9.
_LOOK = "OoQDIil|!ZzEASsGbTBgqØø"
LETTERS_CANDIDATE = re.compile(
    r"(?<![\d.,])[0OoØø]\s?6[\s\-–./]{0,3}[\d" + _LOOK + r"](?:[\s\-./]{0,2}[\d" + _LOOK + r"]){6}"
    r"|(?<![\w+])(?:06|0\s6)[\s,:;()/-]+[a-z]"
)


# A 06 number with any odd separators: "06_4_8_1_2_3_9_7_5", "0 6 ~ 3 1 ~ 9 9 ~ …".
# A separator may be doubled or tripled: "06__44__19__72__30", "06 -- 12 -- 34 …".
# A group may stand in brackets: "06 [12] [34] [56] [78]", "06 (12) (34) …".
_SEP = r"(?:(?:\s*[_~*|:;,#=+^'`\"\\/.\-–—•·x×()\[\]{}<>]){0,4}\s*)"
MOBILE_ODD = re.compile(r"(?<![\w+])0" + _SEP + r"6(?:" + _SEP + r"\d){8}(?!\d)")


_NUL_SIX = re.compile(r"(?<!\w)(?i:nul)[\s-]?6")


def candidate(text: str, digits: int = 99) -> bool:
    """Cheap test: can ``text`` hold a phone number at all? ``digits``: how many it has."""
    if (digits >= 9 or "+" in text) and CANDIDATE.search(text) is not None:
        return True
    if "0" in text and "6" in text and MOBILE_ODD.search(text) is not None:
        return True
    if "(0)" in text and _MOBILE_LETTERS.search(text) is not None:
        return True  # "0031-(0)6-2O 55 13 8O"
    if ("zes" in text or "six" in text) and _GLUED.search(text) is not None:
        return True  # "0six12345678", "nulzes 1234 5678"
    if "ul" in text and _NUL_SIX.search(text) is not None:
        return True  # "nul6 achtentwintig 44 negen1 nul3"
    if ("06" in text or "six" in text) and _MIXED.search(text) is not None:
        return True  # "06 38 nineteen 22 47"
    return (
        "06" in text or "0 6" in text or "O6" in text or "o6" in text or "Ø6" in text
    ) and LETTERS_CANDIDATE.search(text) is not None


# National significant numbers that are services, never a person.
_SERVICE_PREFIXES = ("800", "900", "906", "909", "88", "14")
# Separate numbers and ones phonenumbers cannot place; 112/113/144/116xxx need no check.
_MOBILE_TYPES = {PhoneNumberType.MOBILE, PhoneNumberType.PAGER}
_SERVICE_TYPES = {
    PhoneNumberType.TOLL_FREE,
    PhoneNumberType.PREMIUM_RATE,
    PhoneNumberType.SHARED_COST,
}

# A 06 number phonenumbers did not accept (a digit too many or too few, odd separators).
_MOBILE_LIKE = re.compile(
    r"(?<![\d+])(?:(?:\+|00)\s?31\s?(?:\(0\)\s?)?|\(?0)6\)?(?:[\s\-–./]{0,3}\d){7,9}(?!\d)"
)
# A 06 number with letters for digits, against "bots": "06-1O2O3O4O", "06-I2345678".
_MOBILE_LETTERS = re.compile(
    r"(?<![\w+])(?:(?:\+|00)31[\s-]?(?:\(0\)\s?)?[\s-]{0,3}|[0OoØø])6(?:[\s\-./]{0,3}[\dOoIl|Øø]){8}(?![\w])"
)
# "06 en dan 12345678", "nul zes, dan 1234 5678": the 06 and the rest apart.
_MOBILE_SPLIT = re.compile(
    r"(?<![\w+])(?:06|0\s6|nul\s+zes)(?:\s*[,:;()-]*\s*(?:en|dan|daarna|erachter|verder"
    r"|en\s+dan|gevolgd\s+door|met)){0,3}\s*[,:;()-]*\s*((?:\d[\s.-]?){7}\d)(?!\d)",
    re.IGNORECASE,
)
# The same with a few linking words between: "06 en de rest is 12 34 56 78", "nul6, daarna …",
# "06 + 12345678". The eight digits start with 1-9, as in a 06 number; "week 06, bestelnummer
# 12345678" has a word between that links nothing.
_GLUE = (
    r"(?:en|dan|daarna|daarachter|erachter|erna|vervolgens|de|het|rest|is|zijn|gevolgd|door"
    r"|met|plus|verder|achter|nog|dus|nou|eerst|die|daar|komt|komen|cijfers|getallen|nummers"
    r"|begint|eindigt|eindigend|op|volgt|volgen|laatste|overige"
    # a separator said in words: "06 streepje 12345678", "nul zes min 1234 5678"
    r"|streepje|streep|liggend|min|minnetje|koppelteken|slash|schuine|spatie|punt|dash"
    r"|acht)"  # "06 en dan acht cijfers: 12345678"
)
_MOBILE_APART = re.compile(
    r"(?<![\w+])(?:0\s?6|nul[\s-]*(?:zes|6)|0[\s-]*zes)(?![\w])"
    # linking words, or a remark in brackets: "06 (geen spam) 12345678"
    r"(?:[\s,:;()+.!?…-]+(?:" + _GLUE + r"(?!\w)|[(\[][^()\[\]\d]{1,30}[)\]])){0,5}"
    r"[\s,:;()+.!?…-]+([1-9](?:[\s.-]?\d){7})(?![\d])",
    re.IGNORECASE,
)
# Digits written as words: "nul zes twaalf vierendertig …", "zes twaalf drie vier …".
_UNITS = {
    "nul": 0,
    "een": 1,
    "één": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    # English, which a writer reaches for to fool a Dutch robot: "+31 six 4 eight 1 …".
    "zero": 0,
    "oh": 0,  # "oh six twelve …", as a zero is said in English
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_TEENS = {
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "dertien": 13,
    "veertien": 14,
    "vijftien": 15,
    "zestien": 16,
    "zeventien": 17,
    "achttien": 18,
    "negentien": 19,
}
_TENS = {
    "twintig": 20,
    "dertig": 30,
    "veertig": 40,
    "vijftig": 50,
    "zestig": 60,
    "zeventig": 70,
    "tachtig": 80,
    "negentig": 90,
}
# English tens and teens: "zero six, twenty-three, fourty-five, …".
_EN_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_EN_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_EN_UNIT = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_NUMBER_WORD = (
    # "dubbel drie": 33, as a number is read out
    r"(?:(?i:dubbel|dubbele|double)[\s-]?(?:nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen"
    r"|zero|one|two|three|four|five|six|seven|eight|nine|\d)(?![\w])|"
    r"(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)[\s-]?(?:[eë]n|ë)[\s-]?(?:twintig|dertig|veertig"
    r"|vijftig|zestig|zeventig|tachtig|negentig)|(?:"
    + "|".join(_EN_TENS)
    + r")(?:[\s-]?"
    + _EN_UNIT
    + r"(?!\w))?|"
    + "|".join([*_EN_TEENS, *_TENS, *_TEENS, *_UNITS])
    + r"|\d+)"
)
_NUMBER_PART = re.compile(_NUMBER_WORD, re.IGNORECASE)
_DIGIT_WORDS = r"(?:nul|een|twee|drie|vier|vijf|zes|zeven|acht|negen)"
_SPOKEN = re.compile(
    r"(?<!\w)"
    + _NUMBER_WORD
    # a word glued to digits: "nul6", "negen1" (no space between word and digit)
    + r"(?:(?:[\s,/|;.-]+|(?<=[a-zë])(?=\d)|(?<=\d)(?="
    + _DIGIT_WORDS
    + r"(?!\w)))"
    + r"(?:(?:en\s+)?dan\s+|daarna\s+|(?:streepje|min|slash|spatie|punt)[\s,/|;-]+)?"
    + _NUMBER_WORD
    + r"){3,}(?!\w)",
    re.IGNORECASE,
)  # "nul zes en dan twaalf vierendertig …"
# Words and digits glued or in a few parts: "nul6 12345678", "0zes-12345678", "nul zes 12345678".
_GLUED = re.compile(
    r"(?<!\w)(?:nul|0|zero)-?(?:zes|6|six)(?<!06)(?:[\s,-]*" + _NUMBER_WORD + r"+){1,3}(?!\w)",
    re.IGNORECASE,
)

# Digits and digit words mixed, in Dutch or English, glued or with any separator:
# "0six-38-19-22-47", "06-3eight-19-22-47", "o six 38 nineteen 22 47", "nul6 - 12 - 34".
# Each part stands alone as a word ("zesde", "tweede" are no parts); "o" is a zero only
# before a six.
_MIXED_PART = r"(?<![^\W\d_])(?:\d+|[oO](?=[\s-]*(?:six|zes|6))|" + _NUMBER_WORD + r"(?![^\W\d_]))"
_MIXED = re.compile(_MIXED_PART + r"(?:[\s,.\-/|_]{0,3}" + _MIXED_PART + r"){2,}", re.IGNORECASE)
_MIXED_ONE = re.compile(_MIXED_PART, re.IGNORECASE)
# A well-formed mobile number as digits: 06 and eight, +31 6 and eight, 0031 6 and eight.
_MOBILE_DIGITS = {"06": 10, "316": 11, "00316": 13}


def _mobile_end(values: list[str], first: int) -> int | None:
    """The last part of a well-formed mobile number that starts at part ``first``."""
    digits = ""
    for last in range(first, len(values)):
        digits += values[last]
        for prefix, length in _MOBILE_DIGITS.items():
            if digits.startswith(prefix) and len(digits) == length:
                return last
        if not any(
            prefix.startswith(digits) or (digits.startswith(prefix) and len(digits) < length)
            for prefix, length in _MOBILE_DIGITS.items()
        ):
            return None
    return None


def _mixed(text: str, covered: list[tuple[int, int]]) -> Iterator[Finding]:
    """06 numbers written with both digits and digit words (see ``_MIXED``)."""
    for run in _MIXED.finditer(text):
        parts = list(_MIXED_ONE.finditer(text, run.start(), run.end()))
        values = [
            "0" if part.group() in ("o", "O") else _spoken_digits(part.group()) for part in parts
        ]
        for i in range(len(parts)):
            j = _mobile_end(values, i)
            if j is None:
                continue
            used = parts[i : j + 1]
            if all(p.group().isdigit() for p in used):
                continue  # digits only: the other patterns' work
            start, end = used[0].start(), used[-1].end()
            if any(s < end and start < e for s, e in covered):
                break
            covered.append((start, end))
            yield Finding(
                start, end, ERROR, "privacy.mobile-phone", MOBILE_MESSAGE.format(shown="06…")
            )
            break


MOBILE_MESSAGE = (
    "Hier staat een mobiel nummer ({shown}). Dat is een persoonlijk nummer en de site is voor "
    "iedereen te zien; mensen in de buurt kunnen daardoor lastiggevallen worden. Haal het weg. "
    "Schrijf waar en wanneer iemand te vinden is, of zet het nummer van de organisatie bij "
    "'telefoon'."
)
MOBILE_LIKE_MESSAGE = (
    "Dit lijkt op een mobiel nummer ({shown}). Een 06-nummer is persoonlijk en de site is voor "
    "iedereen te zien. Haal het weg, of zet het nummer van de organisatie bij 'telefoon'."
)
FIXED_MESSAGE = (
    "Hier staat een telefoonnummer ({shown}). Dat kan iemands nummer thuis zijn, en de site is "
    "voor iedereen te zien. Zet telefoonnummers alleen bij een organisatie, plek of hulplijn, "
    "in het veld 'telefoon'."
)


def shown(raw: str) -> str:
    """The first digits only: enough to find the number, not enough to call it."""
    digits = 0
    for index, char in enumerate(raw):
        if char.isdigit():
            digits += 1
            if digits == 3:
                return raw[: index + 1].rstrip() + "…"
    return raw[:3] + "…"


def _spoken_digits(word: str) -> str:
    word = word.lower().replace("-", "").replace(" ", "")
    if word.isdigit():
        return word
    if word.startswith(("dubbel", "double")):  # "dubbel drie": 33; "dubbeleen": 11
        for prefix in ("dubbele", "dubbel", "double"):
            once = _spoken_digits(word.removeprefix(prefix)) if word.startswith(prefix) else ""
            if len(once) == 1:
                return once * 2
        return ""
    if word in _UNITS:
        return str(_UNITS[word])
    if word in _TEENS:
        return str(_TEENS[word])
    if word in _TENS:
        return str(_TENS[word])
    if word in _EN_TEENS:
        return str(_EN_TEENS[word])
    for tens, ten_value in _EN_TENS.items():
        if word.startswith(tens):
            rest = word[len(tens) :]
            if not rest:
                return str(ten_value)
            if rest in _UNITS and _UNITS[rest] > 0:
                return str(ten_value + _UNITS[rest])
    for unit, value in _UNITS.items():
        for tens, ten_value in _TENS.items():
            if word in (f"{unit}en{tens}", f"{unit}ën{tens}", f"{unit}ë{tens}"):
                return str(ten_value + value)
    return ""


# Any look-alike letters: "06-I2 34 S6 78", "06 S4 Z1 B8 73"; at least half of the eight digits
# after 06 are real digits, so words never match.
_MOBILE_LOOKALIKE = re.compile(
    r"(?<![\w+])(?:\+31\s?|0031\s?|[0OoØø])6((?:[\s\-./]{0,3}[\d" + _LOOK + r"]){8})(?![\w])"
)


# A 06 number without its 0 after a word for calling: "bel 612345678", "app: 6-1234 5678".
_MOBILE_NO_ZERO = re.compile(
    r"(?i:\b(?:bel|bellen|app|appen|whatsapp|sms|sms'en|tel|telefoon|mobiel|nummer)\b)"
    r"[^\d\n]{0,20}(?<![\w+.])(6(?:[ -]?\d){8})(?![\d]|[.,]\d)"
)
_DATE_AFTER_06 = re.compile(r"[-./]\d{1,2}[-./](?:19|20)?\d{2}(?!\d)")


def _disguised(text: str, covered: list[tuple[int, int]]) -> Iterator[Finding]:
    """06 numbers with letters for digits, or written in words."""
    for match in _MOBILE_LETTERS.finditer(text):
        start, end = match.span()
        if any(s < end and start < e for s, e in covered):
            continue
        covered.append((start, end))
        yield Finding(start, end, ERROR, "privacy.mobile-phone", MOBILE_MESSAGE.format(shown="06…"))
    for match in _MOBILE_LOOKALIKE.finditer(text):
        start, end = match.span()
        if any(s < end and start < e for s, e in covered):
            continue
        payload = match.group(1)
        if _DATE_AFTER_06.match(payload) is not None:
            continue  # "06-12-2026 IS": a date
        real = sum(c.isdigit() for c in payload)
        if (
            real < 4 and (real < 3 or not payload.isupper() or re.search("[A-Z]{3}", payload))
        ) or any(
            len(group) > 1 and group.isalpha() and group.islower()
            for group in re.split(r"[\s\-./]+", payload)
        ):
            continue  # "06 SOS ZOZO", "06-06-2026 is": letters and words, not a number
        covered.append((start, end))
        yield Finding(start, end, ERROR, "privacy.mobile-phone", MOBILE_MESSAGE.format(shown="06…"))
    for match in MOBILE_ODD.finditer(text) if "0" in text else ():
        start, end = match.span()
        if any(s < end and start < e for s, e in covered):
            continue
        covered.append((start, end))
        yield Finding(start, end, ERROR, "privacy.mobile-phone", MOBILE_MESSAGE.format(shown="06…"))
    for match in _MOBILE_SPLIT.finditer(text) if "6" in text or "zes" in text.lower() else ():
        start, end = match.span()
        if any(s < end and start < e for s, e in covered):
            continue
        covered.append((start, end))
        yield Finding(start, end, ERROR, "privacy.mobile-phone", MOBILE_MESSAGE.format(shown="06…"))
    for match in _MOBILE_NO_ZERO.finditer(text) if "6" in text else ():
        start, end = match.span(1)
        if any(s < end and start < e for s, e in covered):
            continue
        covered.append((start, end))
        yield Finding(start, end, ERROR, "privacy.mobile-phone", MOBILE_MESSAGE.format(shown="6…"))
    for match in _MOBILE_APART.finditer(text) if "6" in text or "zes" in text.lower() else ():
        start, end = match.span()
        if any(s < end and start < e for s, e in covered):
            continue
        covered.append((start, end))
        yield Finding(start, end, ERROR, "privacy.mobile-phone", MOBILE_MESSAGE.format(shown="06…"))
    lowered = text.lower()
    if _SPOKEN_HINT.search(lowered) is None:
        return  # no number words, nor "06 punt 12 punt 34 …"
    if any(c.isdigit() for c in text):
        yield from _mixed(text, covered)  # "0six-38-19-22-47"
    for match in _GLUED.finditer(text):
        start, end = match.span()
        if any(s < end and start < e for s, e in covered):
            continue
        digits = "".join(
            _spoken_digits(part) for part in _NUMBER_PART.findall(match.group().replace("-", ""))
        )
        if digits.startswith("06") and len(digits) == 10:
            covered.append((start, end))
            yield Finding(
                start, end, ERROR, "privacy.mobile-phone", MOBILE_MESSAGE.format(shown="06…")
            )
    for match in _SPOKEN.finditer(text):
        start, end = match.span()
        if any(s < end and start < e for s, e in covered):
            continue
        digits = "".join(_spoken_digits(w) for w in _NUMBER_PART.findall(match.group()))
        if (
            (digits.startswith("06") and len(digits) >= 9)
            or (digits.startswith("6") and len(digits) in (9, 10))
            or (digits.startswith("316") and len(digits) == 11)  # "+31 six 4 eight …"
            or (digits.startswith("00316") and len(digits) == 13)  # "0031 six 8274 1039"
        ):
            covered.append((start, end))
            yield Finding(
                start, end, ERROR, "privacy.mobile-phone", MOBILE_MESSAGE.format(shown="06…")
            )


# The eight digits first and the 06 after them: "zes-een-drie-… achter 06", "12345678 met 06
# ervoor", "21 30 48 75 (zet er nul zes voor)".
_PREFIX_AFTER = re.compile(
    r"[\s,:;()-]*(?:(?:maar|en)\s+)?(?:dan\s+)?(?:(?:met|zet|plak|doe|achter|na|er|een|nog"
    r"|wel|dus|ook|even|nog|maar|dan|de|het|die|daar)[\s,:;()-]+){1,5}(?:0[\s-]?6|nul[\s-]*(?:zes|6)|0[\s-]*zes"
    r"|zero[\s-]*six|(?P<zero>nul|0|een\s+nul|zero))(?![\w])"
    r"(?=\s*(?:ervoor|voor|er\s+voor|erbij|[).,!;:?](?!\d)|$))",
    re.IGNORECASE,
)
_EIGHT_DIGITS = re.compile(r"(?<![\w+])[1-9](?:[\s.-]?\d){7}(?![\w])")


def _prefix_after(text: str, covered: list[tuple[int, int]]) -> Iterator[Finding]:
    """Eight digits (or digit words) with the 06 said after them."""
    spans = [m.span() for m in _EIGHT_DIGITS.finditer(text)]
    for match in _SPOKEN.finditer(text) if _SPOKEN_HINT.search(text) is not None else ():
        digits = "".join(_spoken_digits(w) for w in _NUMBER_PART.findall(match.group()))
        if len(digits) in (8, 9) and digits[0] != "0":
            spans.append(match.span())
    for start, end in spans:
        after = _PREFIX_AFTER.match(text, end)
        if after is None or any(s < end and start < e for s, e in covered):
            continue
        said = re.sub(
            r"\D", "", "".join(_spoken_digits(w) for w in _NUMBER_PART.findall(text[start:end]))
        )
        if len(said) != 8 and not (after.group("zero") and len(said) == 9):
            continue  # "612345678, zet er een nul voor": the 0 said after the digits
        covered.append((start, after.end()))
        yield Finding(
            start, after.end(), ERROR, "privacy.mobile-phone", MOBILE_MESSAGE.format(shown="06…")
        )


_SPOKEN_HINT = re.compile(
    r"zes|nul|een|twee|drie|vier|vijf|zeven|acht|negen|tien|elf|twaalf|tig|punt|streep|slash"
    r"|zero|one|two|three|four|five|six|seven|eight|nine|ty|dan|daarna|(?i:zes|nul|een|zero|six)"
)


# A named help line or service right before a fixed number: "Mantelzorglijn 030 …", "de
# Kindertelefoon: 0800 …", "Switchboard van COC, 020 …". Not "mijn vaste lijn", "huistelefoon".
_NAMED_LINE = re.compile(
    r"(?i:\b(?:(?!(?:prive|privé|thuis|eigen|vaste|huis|mobiele|mobiel)(?:lijn|telefoon))"
    r"[a-zà-ÿ]{3,}(?:lijn|telefoon)|switchboard|sensoor|korrelatie|luisterlijn|hulplijn|infolijn"
    r"|helpdesk|klantenservice|servicedesk)\b"
    r"|(?-i:\b[A-Z][\w-]+ (?:Telefoon|Lijn|Hulplijn|Infolijn)\b))[^\d\n]{0,30}$"
)


def _named_line(text: str, start: int) -> bool:
    before = text[max(0, start - 45) : start]
    match = _NAMED_LINE.search(before)
    return match is not None and PRIVATE_MARK.search(before, match.start()) is None


def find(text: str, kind: FieldKind, allow: Allowlist) -> Iterator[Finding]:
    covered: list[tuple[int, int]] = []
    matcher = (
        ()
        if ("+" not in text and digit_count(text) < 9) or CANDIDATE.search(text) is None
        else PhoneNumberMatcher(text, "NL", leniency=Leniency.VALID)
    )
    for match in matcher:
        covered.append((match.start, match.end))
        raw = match.raw_string
        if allow.allows(raw):
            continue
        number = match.number
        ntype = phonenumbers.number_type(number)
        national = phonenumbers.national_significant_number(number)
        dutch = number.country_code == 31
        if ntype in _MOBILE_TYPES or (dutch and national.startswith(("6", "97"))):
            yield Finding(
                match.start, match.end, ERROR, "privacy.mobile-phone",
                MOBILE_MESSAGE.format(shown=shown(raw)),
            )  # fmt: skip
            continue
        if ntype in _SERVICE_TYPES or (dutch and national.startswith(_SERVICE_PREFIXES)):
            continue
        if kind is FieldKind.CONTACT:
            if PRIVATE_MARK.search(text) is None:
                continue  # "030-1234567 (thuis, na het eten)": a home number after all
        elif _named_line(text, match.start):
            continue  # "Mantelzorglijn 030 - 760 60 55", "Switchboard van COC, 020 …"
        elif public.is_public(text, match.start, match.end, introduced=True):
            continue  # "Bel de balie van de bibliotheek: 030 …": an organisation's number
        yield Finding(
            match.start, match.end, ERROR, "privacy.phone", FIXED_MESSAGE.format(shown=shown(raw))
        )
    for match in _MOBILE_LIKE.finditer(text):
        start, end = match.span()
        if any(s < end and start < e for s, e in covered) or allow.allows(match.group()):
            continue
        digits = "".join(c for c in match.group() if c.isdigit())
        for prefix in ("0031", "310", "31", "0"):
            if digits.startswith(prefix):
                digits = digits[len(prefix) :]
                break
        covered.append((start, end))
        exact = len(digits) == 9  # 6 + eight digits: a well-formed 06 number
        yield Finding(
            start, end, ERROR if exact else WARNING,
            "privacy.mobile-phone",
            (MOBILE_MESSAGE if exact else MOBILE_LIKE_MESSAGE).format(shown=shown(match.group())),
        )  # fmt: skip
    yield from _disguised(text, covered)
    if ("06" in text or "zes" in text or "six" in text or "0 6" in text) and (
        _PREFIX_AFTER.search(text) is not None
    ):
        yield from _prefix_after(text, covered)
