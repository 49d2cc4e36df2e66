"""Dutch licence plates (kentekens), every sidecode since 1951.

A plate points at one car, and through the register at its owner: "de blauwe bus VG-214-K
staat al weken voor de deur" tells everyone whose bus it is. Only plates written with dashes
count; without them "AB12CD" is as likely a code or a product number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .base import ERROR, Allowlist, FieldKind, Finding, words

_L = "[A-Z]"
_SIDECODES = (
    # 1-6: groups of two
    rf"{_L}{{2}}-\d{{2}}-\d{{2}}",
    rf"\d{{2}}-\d{{2}}-{_L}{{2}}",
    rf"\d{{2}}-{_L}{{2}}-\d{{2}}",
    rf"{_L}{{2}}-\d{{2}}-{_L}{{2}}",
    rf"{_L}{{2}}-{_L}{{2}}-\d{{2}}",
    rf"\d{{2}}-{_L}{{2}}-{_L}{{2}}",
    # 7-14: groups of one, two and three
    rf"\d{{2}}-{_L}{{3}}-\d",
    rf"\d-{_L}{{3}}-\d{{2}}",
    rf"{_L}{{2}}-\d{{3}}-{_L}",
    rf"{_L}-\d{{3}}-{_L}{{2}}",
    rf"{_L}{{3}}-\d{{2}}-{_L}",
    rf"{_L}-\d{{2}}-{_L}{{3}}",
    rf"\d-{_L}{{2}}-\d{{3}}",
    rf"\d{{3}}-{_L}{{2}}-\d",
)  # fmt: skip
PLATE = re.compile(r"(?<![\w-])(?:" + "|".join(_SIDECODES) + r")(?![\w-])")
CANDIDATE = re.compile(r"[A-Za-z]-\d|\d-[A-Za-z]")
_WORD_BEFORE = re.compile(r"(?i:kenteken|nummerbord|plaat|auto|bus|busje|scooter|motor|wagen)\W*$")
PLATE_LOWER = re.compile(
    r"(?i:(?<![\w-])(?:" + "|".join(_SIDECODES).replace("[A-Z]", "[A-Za-z]") + r")(?![\w-]))"
)

# With spaces instead of dashes ("TZR 51 B", "12 ABC 3"), only in capitals and in a text about
# a car: "parkeervergunning bezoekers: TZR 51 B".
_SPACED_CODES = "|".join(code.replace("-", " ") for code in _SIDECODES).replace("[A Z]", _L)
PLATE_SPACED = re.compile(r"(?<![\w-])(?:" + _SPACED_CODES + r")(?![\w-])")
PLATE_SPACED_LOWER = re.compile(
    r"(?i:(?<![\w-])(?:" + _SPACED_CODES.replace(_L, "[A-Za-z]") + r")(?![\w-]))"
)
# With dots or slashes ("GR.27.VX", "VG/214/K") or dashes with spaces ("12 - ABC - 3"), also
# only in a text about a car.
_ODD_CODES = "|".join(
    code.replace("[A-Z]", "L").replace("-", r"(?:\s?[./]\s?|\s+-\s*|\s*-\s+)").replace("L", "[A-Z]")
    for code in _SIDECODES
)
PLATE_ODD = re.compile(r"(?<![\w./-])(?:" + _ODD_CODES + r")(?![\w/]|\.\w)")
_WORDS = re.compile(r"[^\W\d_][\w']*")
CAR_WORDS = words(
    """
    auto autootje auto's bus busje busjes bestelbus bestelbusje camper campers scooter scooters
    brommer motor motortje wagen wagentje aanhanger caravan taxi vrachtwagen bakfiets
    parkeervergunning parkeerplaats parkeerplek parkeren parkeert geparkeerd kenteken
    kentekens nummerbord nummerborden
    bmw audi opel volkswagen vw mercedes toyota ford renault peugeot citroen citroën fiat kia
    hyundai volvo skoda škoda tesla nissan mazda suzuki dacia porsche lexus honda jeep
    landrover mitsubishi suv stationwagen cabrio pick-up pickup bestelauto
    golf polo corsa clio fiesta yaris aygo transit sprinter caddy twingo picanto astra passat
    octavia
    """
)
# Without dashes ("J73ZBK", "VG214K"), only in capitals, in a text about a car: "de zwarte BMW
# J73ZBK". Not "1234AB" (a postcode has the shape of sidecode 2).
PLATE_COMPACT = re.compile(
    r"(?<![\w-])(?!\d{4}[A-Z]{2}(?![\w-]))(?:"
    + "|".join(
        code.replace("[A-Z]", "L").replace("-", "").replace("L", "[A-Z]") for code in _SIDECODES
    )
    + r")(?![\w-])"
)


_CODE_BEFORE = re.compile(
    r"(?i:code|pincode|toegangscode|nummer|nr\.?|kamer|locker|kluisje|postcode|lijn)\W*$"
)
# Six characters in two parts, split anywhere: "J73 ZBK", "VG 214K" (checked as one plate).
_TWO_PARTS = re.compile(r"(?<![\w-])(?=[A-Z\d ]{7}(?![\w-]))[A-Z\d]{1,5} [A-Z\d]{1,5}(?![\w-])")


def car_context(low: str, words: list[str] | None = None) -> bool:
    """Cheap test: does the (lowercased) text speak of a car? ``words``: its words, if known."""
    if "kenteken" in low or "nummerbord" in low or "parkeer" in low:
        return True
    return not CAR_WORDS.isdisjoint(words if words is not None else _WORDS.findall(low))


MESSAGE = (
    "Hier staat een kenteken ({shown}). Via een kenteken is de eigenaar van de auto te vinden, "
    "en de site is voor iedereen te zien. Haal het kenteken weg. Schrijf bijvoorbeeld 'een "
    "blauwe bus' of meld een auto die in de weg staat bij de gemeente."
)


# After "kenteken" a plate may lack its dashes: "kenteken VG214K", "kenteken 12 ABC 3".
COMPACT_AFTER_WORD = re.compile(
    r"(?i:kenteken|nummerbord)\W{0,3}((?=[A-Za-z0-9 ]{6,8}(?![\w-]))"
    r"(?=[A-Za-z ]*\d)(?=[\d ]*[A-Za-z])"
    r"[A-Za-z0-9]{1,3}\s?[A-Za-z0-9]{1,3}\s?[A-Za-z0-9]{1,3})(?![\w-])"
)


# "busje 4712TD", "de auto (4712-TD)": four digits and two letters have the shape of a postcode
# and of sidecode 2; right after a word for a vehicle it is the vehicle's plate.
POSTCODE_SHAPE_AFTER_CAR = re.compile(
    r"(?i:\b(?:auto|autootje|bus|busje|bestelbus|bestelbusje|camper|scooter|brommer|motor|wagen|"
    r"aanhanger|caravan|taxi|vrachtwagen|bestelauto)(?:\s+met\s+(?:kenteken|nummerbord))?)"
    r"[\s:(]{1,3}(\d{4}[- ]?[A-Z]{2})(?![\w-])"
)


def find(text: str, kind: FieldKind, allow: Allowlist) -> Iterator[Finding]:
    if car_context(text.lower()):
        odd = "." in text or "/" in text or " -" in text or "- " in text
        for match in PLATE_ODD.finditer(text) if odd else ():
            plate = match.group()
            if not allow.allows(re.sub(r"\s*[./-]\s*", "-", plate)):
                yield Finding(
                    match.start(), match.end(), ERROR, "privacy.licence-plate",
                    MESSAGE.format(shown=plate[:2] + "…"),
                )  # fmt: skip
        for match in _TWO_PARTS.finditer(text) if " " in text else ():
            plate = match.group()
            if _CODE_BEFORE.search(text, max(0, match.start() - 16), match.start()):
                continue  # "code AB 1234": a code, no plate
            if PLATE_COMPACT.fullmatch(plate.replace(" ", "")) and not allow.allows(plate):
                yield Finding(
                    match.start(), match.end(), ERROR, "privacy.licence-plate",
                    MESSAGE.format(shown=plate[:2] + "…"),
                )  # fmt: skip
        for match in PLATE_COMPACT.finditer(text):
            plate = match.group()
            if not allow.allows(plate):
                yield Finding(
                    match.start(), match.end(), ERROR, "privacy.licence-plate",
                    MESSAGE.format(shown=plate[:2] + "…"),
                )  # fmt: skip
        for match in PLATE_SPACED.finditer(text):
            plate = match.group()
            if not allow.allows(plate.replace(" ", "-")):
                yield Finding(
                    match.start(), match.end(), ERROR, "privacy.licence-plate",
                    MESSAGE.format(shown=plate[:2] + "…"),
                )  # fmt: skip
    for match in POSTCODE_SHAPE_AFTER_CAR.finditer(text) if car_context(text.lower()) else ():
        compact = re.sub(r"\s", "", match.group(1)).upper()
        if not allow.allows(compact):
            yield Finding(
                match.start(1), match.end(1), ERROR, "privacy.licence-plate",
                MESSAGE.format(shown=compact[:2] + "…"),
            )  # fmt: skip
    for match in COMPACT_AFTER_WORD.finditer(text):
        compact = re.sub(r"\s", "", match.group(1)).upper()
        if len(compact) == 6 and not allow.allows(compact):
            yield Finding(
                match.start(1), match.end(1), ERROR, "privacy.licence-plate",
                MESSAGE.format(shown=compact[:2] + "…"),
            )  # fmt: skip
    for match in PLATE_SPACED_LOWER.finditer(text) if " " in text else ():
        plate = match.group()
        if plate.isupper() or not _WORD_BEFORE.search(text, 0, match.start()):
            continue  # capitals: above; lowercase only right after "auto", "kenteken", …
        if any(c in "aeiou" for c in plate.lower()) or allow.allows(plate.replace(" ", "-")):
            continue  # "de bus 3 uur 12": a plate since 1978 has no vowel
        yield Finding(
            match.start(), match.end(), ERROR, "privacy.licence-plate",
            MESSAGE.format(shown=plate[:2] + "…"),
        )  # fmt: skip
    car = None
    for match in PLATE_LOWER.finditer(text):
        plate = match.group()
        if not plate.isupper() and not _WORD_BEFORE.search(text, 0, match.start()):
            if car is None:
                car = car_context(text.lower())
            if not car:
                continue  # lowercase only after "kenteken", "auto", … or in a text about a car
        if sum(c.isalpha() for c in plate) == 0 or allow.allows(plate):
            continue
        yield Finding(
            match.start(), match.end(), ERROR, "privacy.licence-plate",
            MESSAGE.format(shown=plate[:2] + "…"),
        )  # fmt: skip
