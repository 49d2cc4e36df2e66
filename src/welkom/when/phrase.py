"""Take a `wanneer` phrase apart before its days are read.

What people add around the days is taken out here, so that `recurrence` only reads days,
ordinals and intervals:

* a time ("om 10 uur", "van 10 tot 12", "13.00-15.00") → ``time``;
* a part of the day, also inside a word ("dinsdagmiddag", "maandag-, woensdag- en
  vrijdagochtend", "'s avonds") → ``part``;
* months ("in juli en augustus", "niet in juli en augustus", "van september t/m juni") →
  ``months``: the months it happens in;
* even or odd ISO weeks ("in de even weken") → ``weeks``;
* "wekelijks", "1x per week", "maandelijks", "eens per maand", "1x per 2 weken" → markers.

Seasons ("in de zomer") and school holidays are refused with a question: a season is not the
same months for everyone, and school holidays differ per region and year (we ship no dates for
them). The messages say exactly what to write instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from welkom.when.times import PARTS, TimeText, find_times
from welkom.when.types import WhenError
from welkom.when.words import DAY_NAMES, DAY_WORDS, MONTH_WORDS

PART_SUFFIXES: dict[str, str] = {
    **dict.fromkeys(("ochtend", "ochtenden", "ochtends", "morgen", "morgens"), "ochtend"),
    **dict.fromkeys(("middag", "middagen", "middags"), "middag"),
    **dict.fromkeys(("avond", "avonden", "avonds"), "avond"),
    **dict.fromkeys(("nacht", "nachten", "nachts"), "nacht"),
}
_COMPOUND_DAYS = (*DAY_NAMES, "werkdag", "weekend", "zondag")
COMPOUNDS: dict[str, tuple[str, str]] = {
    day + suffix: (day, part) for day in _COMPOUND_DAYS for suffix, part in PART_SUFFIXES.items()
}
SEASONS = frozenset(
    {"zomer", "winter", "lente", "voorjaar", "herfst", "najaar", "zomers", "zomerstop"}
)
_SEASON_START = re.compile(
    r"(zomer|winter|lente|voorjaars?|herfst|najaars?)(maanden|periode|tijd)$"
)
_HOLIDAY = re.compile(r"(school)?vakantie|zomerstop|kerst(vakantie|dagen)?$|meivakantie")
_MONTH_LIST_WORDS = frozenset({",", "en", "t/m", "tot", "-"})
_NOT = ("niet", "behalve", "buiten", "uitgezonderd", "geen")
_COUNT_WORDS = {"1x": 1, "eens": 1, "een": 1, "één": 1, "2x": 2, "3x": 3, "4x": 4, "twee": 2}


@dataclass
class Phrase:
    tokens: list[str]
    time: TimeText | None = None
    time_text: str = ""
    part: str | None = None
    months: tuple[int, ...] | None = None
    weeks: str | None = None  # "even" | "oneven"
    per_week: int | None = None  # "1x per week", "wekelijks": 1; "1x per 2 weken": 2
    per_month: int | None = None  # "maandelijks", "1x per maand": 1; "2x per maand": 2


def take_time(text: str) -> tuple[str, TimeText | None, str]:
    """The phrase without its time, the time as read, and the time as written."""
    found = find_times(text)
    if not found:
        return text, None, ""
    if len(found) > 1:
        shown = " en ".join(f"`{text[a:b]}`" for a, b, _ in found)
        raise WhenError(
            f"In `{text.strip()}` staan meer tijden ({shown}). Eén activiteit heeft één tijd: "
            "zet de tijd bij `tijd`, of maak een tweede activiteit voor de andere tijd."
        )
    start, end, time = found[0]
    return text[:start] + " " + text[end:], time, text[start:end].strip()


def _split_compounds(tokens: list[str]) -> tuple[list[str], set[str]]:
    """ "dinsdagmiddag" → "dinsdag" + part; "maandag-," (elision) → "maandag"."""
    out: list[str] = []
    parts: set[str] = set()
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token in COMPOUNDS:
            day, part = COMPOUNDS[token]
            out.append(day)
            parts.add(part)
        elif (
            token == "-"
            and out
            and out[-1] in DAY_WORDS
            and i + 1 < len(tokens)
            and tokens[i + 1] in {",", "en"}
        ):
            pass  # "maandag-, woensdag- en vrijdagochtend"
        else:
            out.append(token)
        i += 1
    return out, parts


def _take_parts(tokens: list[str], parts: set[str]) -> list[str]:
    """ "'s middags", "in de avond", "middags" standing alone."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t in ("'s", "s") and i + 1 < len(tokens) and tokens[i + 1] in PARTS:
            parts.add(PARTS[tokens[i + 1]])
            i += 2
            continue
        if (
            t in ("in", "na")
            and tokens[i + 1 : i + 2] == ["de"]
            and tokens[i + 2 : i + 3] in (["ochtend"], ["middag"], ["avond"], ["nacht"])
        ):
            parts.add(PARTS[tokens[i + 2]])
            i += 3
            continue
        if t in PARTS and (not out or out[-1] in DAY_WORDS or out[-1] in (",", "en")):
            parts.add(PARTS[t])
            i += 1
            continue
        out.append(t)
        i += 1
    return out


def _month_list(tokens: list[str], i: int) -> tuple[set[int], int] | None:
    """ "juli en augustus", "juni t/m augustus", "september tot en met juni"."""
    if i >= len(tokens) or tokens[i] not in MONTH_WORDS:
        return None
    months: set[int] = set()
    while i < len(tokens) and tokens[i] in MONTH_WORDS:
        first = MONTH_WORDS[tokens[i]]
        i += 1
        ranged = i + 1 < len(tokens) and tokens[i] in ("t/m", "tot", "-")
        if ranged and tokens[i + 1] in MONTH_WORDS:
            last = MONTH_WORDS[tokens[i + 1]]
            months |= {(first - 1 + k) % 12 + 1 for k in range((last - first) % 12 + 1)}
            i += 2
        else:
            months.add(first)
        if i + 1 < len(tokens) and tokens[i] in (",", "en") and tokens[i + 1] in MONTH_WORDS:
            i += 1
    return months, i


def _take_months(tokens: list[str], phrase: Phrase) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        j = i
        negative = False
        if tokens[j] in _NOT:
            negative = True
            j += 1
            if j < len(tokens) and tokens[j] in ("in", "tijdens"):
                j += 1
        elif tokens[j] in ("in", "alleen", "van", "tijdens"):
            j += 1
            if j < len(tokens) and tokens[j] == "in":
                j += 1
        if j < len(tokens) and tokens[j] == "de" and tokens[j + 1 : j + 2] == ["maanden"]:
            j += 2
        found = _month_list(tokens, j) if j > i or tokens[i] in MONTH_WORDS else None
        if found is None:
            out.append(tokens[i])
            i += 1
            continue
        months, i = found
        chosen = set(range(1, 13)) - months if negative else months
        if phrase.months is not None:
            chosen &= set(phrase.months)
        if not chosen:
            raise WhenError("Met deze maanden blijft er geen maand over. Kijk de maanden na.")
        phrase.months = tuple(sorted(chosen))
    return out


def _take_weeks(tokens: list[str], phrase: Phrase) -> list[str]:
    text = " ".join(tokens)
    found = re.search(r"(?:\b(?:in|op) )?(?:de )?\b(even|oneven|ongelijke|gelijke) weken?\b", text)
    if found is None:
        return tokens
    phrase.weeks = "oneven" if found[1] in ("oneven", "ongelijke") else "even"
    return (text[: found.start()] + " " + text[found.end() :]).split()


def _refuse_seasons_and_holidays(tokens: list[str], text: str) -> None:
    for token in tokens:
        if token in ("feestdagen", "feestdag"):
            raise WhenError(
                f"Feestdagen kunnen niet bij `wanneer` (`{text.strip()}`). Schrijf de dagen bij "
                "`wanneer`, en zet op een eigen regel in het bestand: `behalve: feestdagen`."
            )
        if _HOLIDAY.search(token) and token != "kerstmis":
            raise WhenError(
                f"`{token}` kunnen we niet lezen in `{text.strip()}`: schoolvakanties verschillen "
                "per regio en per jaar, en welkom kent hun datums niet. Zet de datums waarop het "
                "niet doorgaat bij `behalve`, zoals `behalve: [2026-10-13, 2026-10-20]`. "
                "De datums van de schoolvakanties staan op rijksoverheid.nl."
            )
        if token in SEASONS or _SEASON_START.match(token):
            raise WhenError(
                f"Welke maanden bedoel je met `{token}`? Niet iedereen bedoelt dezelfde maanden. "
                "Noem de maanden, zoals `elke dinsdag, niet in juli en augustus` of "
                "`elke zondag in juni t/m augustus`."
            )


def _take_frequency(tokens: list[str], phrase: Phrase) -> list[str]:
    """ "wekelijks", "1x per week", "maandelijks", "eens per maand", "1x per 2 weken"."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t == "wekelijks":
            phrase.per_week = 1
            i += 1
            continue
        if t == "maandelijks":
            phrase.per_month = 1
            i += 1
            continue
        count_word = t in _COUNT_WORDS or (
            t in ("1", "2", "3", "4") and tokens[i + 1 : i + 2] in (["keer"], ["x"])
        )
        if count_word:
            count = _COUNT_WORDS.get(t) or int(t)
            j = i + 1
            if j < len(tokens) and tokens[j] in ("keer", "x"):
                j += 1
            if j < len(tokens) and tokens[j] in ("per", "in"):
                j += 1
                if j < len(tokens) and tokens[j] == "de":
                    j += 1
                rest = tokens[j : j + 2]
                if rest[:1] == ["week"]:
                    phrase.per_week = 1
                    if count > 1:
                        phrase.per_week = -count  # "2x per week": days must follow
                    i = j + 1
                    continue
                if rest[:1] == ["maand"]:
                    phrase.per_month = count
                    i = j + 1
                    continue
                if len(rest) == 2 and rest[1] == "weken" and rest[0] in ("2", "twee", "3", "drie"):
                    phrase.per_week = 2 if rest[0] in ("2", "twee") else 3
                    i = j + 2
                    continue
        fortnight = tokens[i + 1 : i + 4]
        if fortnight[:1] == ["de"]:
            fortnight = fortnight[1:]
        if t in ("om", "elke", "iedere") and fortnight[:2] in (
            ["14", "dagen"],
            ["veertien", "dagen"],
        ):
            phrase.per_week = 2
            i += 4 if tokens[i + 1] == "de" else 3
            continue
        out.append(t)
        i += 1
    return out


def _tidy(tokens: list[str]) -> list[str]:
    """Drop a repeated "elke" ("elke dinsdag en elke donderdag"), "alle", "van" before a day,
    and commas that only separate clauses."""
    out: list[str] = []
    for i, t in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if t in ("elke", "iedere", "elk", "ieder", "op") and out and out[-1] in (",", "en"):
            continue
        if t == "alle":
            continue
        if t == "van" and nxt in DAY_WORDS:
            continue
        if t == "," and (not nxt or not out):
            continue
        out.append(t)
    while out and out[-1] == ",":
        out.pop()
    return out


def take_apart(tokens: list[str], text: str) -> Phrase:
    """Everything around the days, taken out of ``tokens`` (see the module docstring)."""
    phrase = Phrase(tokens=[])
    tokens, parts = _split_compounds(tokens)
    _refuse_seasons_and_holidays(tokens, text)
    tokens = _take_parts(tokens, parts)
    if len(parts) > 1:
        raise WhenError(
            f"In `{text.strip()}` staan verschillende dagdelen. Eén activiteit heeft één tijd: "
            "maak voor elk dagdeel een eigen activiteit."
        )
    phrase.part = next(iter(parts), None)
    tokens = _take_weeks(tokens, phrase)
    tokens = _take_months(tokens, phrase)
    tokens = _take_frequency(tokens, phrase)
    phrase.tokens = _tidy(tokens)
    return phrase
