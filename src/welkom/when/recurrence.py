"""Read a `wanneer` phrase into an RFC 5545 RRULE (or one date), and say it back in Dutch.

Accepted (case does not matter, extra spaces and a final period are fine):

* weekly: ``elke dinsdag``, ``iedere dinsdag``, ``dinsdags``, ``op dinsdag``,
  ``dinsdag en donderdag``, ``maandag, woensdag en vrijdag``, ``ma t/m vr``, ``elke werkdag``,
  ``elk weekend``, ``elke dag`` (FREQ=DAILY), ``elke week op dinsdag``;
* every few weeks (``needs_start``: the weeks follow from `vanaf`): ``om de week op woensdag``,
  ``om de twee weken op woensdag``, ``elke twee weken op woensdag``, ``tweewekelijks op
  woensdag``, ``woensdag om de week``, ``om de drie weken op dinsdag``;
* monthly: ``elke derde zaterdag van de maand``, ``elke 3e zaterdag``, ``elke eerste en derde
  woensdag van de maand``, ``elke tweede en laatste zaterdag van de maand``, ``elke laatste
  vrijdag van de maand``, ``elke voorlaatste dinsdag``, ``elke eerste dinsdag en derde donderdag
  van de maand``;
* one date: ``2026-01-17``, ``17-1-2026``, ``17 januari 2026``, ``za 17 januari 2026``, or a
  ``datetime.date``.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from welkom.when.dates import read_date
from welkom.when.suggest import typo_hint
from welkom.when.tokens import normalize, read_days, tokenize
from welkom.when.types import Recurrence, WhenError
from welkom.when.words import (
    ALL_DAYS,
    DAY_NAMES,
    DAY_WORDS,
    MONTH_NAMES,
    MONTH_WORDS,
    NUMBER_NAMES,
    ORDINAL_NAMES,
    RRULE_DAYS,
    WORKDAYS,
    date_words,
    join_and,
)

FORMS: tuple[str, ...] = (
    "elke dinsdag",
    "dinsdag en donderdag",
    "elke werkdag",
    "om de week op woensdag",
    "elke derde zaterdag van de maand",
    "elke eerste en derde woensdag van de maand",
    "elke laatste vrijdag van de maand",
    "2026-01-17",
)

ORDINALS: dict[str, int] = {
    **{name: number for number, name in ORDINAL_NAMES.items()},
    **{f"{n}{end}": n for n in range(1, 5) for end in ("e", "ste", "de")},
}
_COUNTS: dict[str, int] = {
    **{name: number for number, name in NUMBER_NAMES.items()},
    **{str(n): n for n in range(2, 9)},
}
_EVERY = frozenset({"elke", "iedere", "elk", "ieder"})
_FILLERS = _EVERY | {"op", "de", "'s"}
_MONTH_ENDS = (
    ("van", "de", "maand"),
    ("in", "de", "maand"),
    ("van", "elke", "maand"),
    ("van", "iedere", "maand"),
    ("per", "maand"),
    ("elke", "maand"),
    ("iedere", "maand"),
)
_KNOWN = (
    set(DAY_WORDS)
    | set(ORDINALS)
    | set(_COUNTS)
    | set(MONTH_WORDS)
    | _FILLERS
    | {"om", "week", "weken", "van", "in", "per", "maand", "en", "t/m", "tot", "tweewekelijks"}
)
VOCABULARY: tuple[str, ...] = (
    *DAY_NAMES,
    *ORDINAL_NAMES.values(),
    *NUMBER_NAMES.values(),
    *MONTH_NAMES,
    "werkdag",
    "werkdagen",
    "weekend",
    "elke",
    "iedere",
    "week",
    "weken",
    "maand",
    "van",
    "de",
    "op",
    "om",
    "en",
    "tweewekelijks",
)
_TIME_LIKE = re.compile(r"[0-9]{1,2}[.:][0-9]{2}")


class _NoMatch(Exception):
    """Internal: the tokens do not follow any form; turned into a helpful WhenError."""


def _skip(tokens: list[str], i: int, words: frozenset[str] | set[str]) -> int:
    while i < len(tokens) and tokens[i] in words:
        i += 1
    return i


def _interval(tokens: list[str], i: int) -> tuple[int, int] | None:
    """``om de week`` (2), ``om de drie weken`` (3), ``elke twee weken``, ``elke week`` (1)."""
    t = [*tokens[i : i + 4], "", "", "", ""]
    if t[0] == "om" and t[1] == "de":
        if t[2] == "week":
            return 2, i + 3
        if t[2] in _COUNTS and t[3] == "weken":
            return _COUNTS[t[2]], i + 4
    if t[0] in _EVERY:
        if t[1] == "week":
            return 1, i + 2
        if t[1] in _COUNTS and t[2] == "weken":
            return _COUNTS[t[1]], i + 3
    if t[0] == "tweewekelijks":
        return 2, i + 1
    return None


def _days_to_end(tokens: list[str], i: int) -> set[int]:
    found = read_days(tokens, i)
    if found is None or found[1] != len(tokens):
        raise _NoMatch
    return found[0]


def _weekly(days: set[int], interval: int) -> str:
    if interval == 1 and len(days) == len(ALL_DAYS):
        return "FREQ=DAILY"
    every = f";INTERVAL={interval}" if interval > 1 else ""
    return f"FREQ=WEEKLY{every};BYDAY=" + ",".join(RRULE_DAYS[d] for d in sorted(days))


def _monthly(tokens: list[str], i: int, text: str) -> str:
    """Groups of ordinals and days: "eerste en derde woensdag", "+ en laatste vrijdag"."""
    pairs: set[tuple[int, int]] = set()
    while True:
        ords = [ORDINALS[tokens[i]]]
        i += 1
        while i + 1 < len(tokens) and tokens[i] in {",", "en"} and tokens[i + 1] in ORDINALS:
            ords.append(ORDINALS[tokens[i + 1]])
            i += 2
        found = read_days(tokens, i)
        if found is None:
            raise _NoMatch
        for token in tokens[i : found[1]]:
            if (token in DAY_WORDS and len(DAY_WORDS[token]) > 1) or token in {"t/m", "-", "tot"}:
                raise WhenError(
                    f"In `{text}` staat `{token}`. Bij een dag van de maand kunnen we alleen "
                    "losse dagen lezen. Noem de dag, zoals `elke eerste maandag van de maand`."
                )
        pairs |= {(o, d) for o in ords for d in found[0]}
        i = found[1]
        j = _skip(tokens, i + 1, {"de"})
        more = i < len(tokens) and tokens[i] in {",", "en"}
        if more and j < len(tokens) and tokens[j] in ORDINALS:
            i = j
            continue
        break
    rest = tuple(tokens[i:])
    if rest and rest not in _MONTH_ENDS:
        raise _NoMatch
    ordered = sorted(pairs, key=lambda p: (p[0] < 0, p[0], p[1]))
    return "FREQ=MONTHLY;BYDAY=" + ",".join(f"{o:+d}{RRULE_DAYS[d]}" for o, d in ordered)


def _rule(tokens: list[str], text: str) -> tuple[str, bool]:
    """The RRULE and whether it needs `vanaf` (every few weeks)."""
    i = _skip(tokens, 0, {"op", "'s"})
    every = _interval(tokens, i)
    if every is not None:
        interval, i = every
        days = _days_to_end(tokens, _skip(tokens, i, _FILLERS))
        return _weekly(days, interval), interval > 1
    i = _skip(tokens, i, _FILLERS)
    if i < len(tokens) and tokens[i] in ORDINALS:
        return _monthly(tokens, i, text), False
    found = read_days(tokens, i)
    if found is None:
        raise _NoMatch
    days, i = found
    if i == len(tokens):
        return _weekly(days, 1), False
    every = _interval(tokens, i)  # "woensdag om de week"
    if every is not None and every[1] == len(tokens):
        return _weekly(days, every[0]), every[0] > 1
    raise _NoMatch


def _failure(text: str, tokens: list[str]) -> WhenError:
    parts = [f"We begrijpen `{text.strip()}` niet."]
    if hint := typo_hint(tokens, _KNOWN, VOCABULARY):
        parts.append(hint)
    if any(_TIME_LIKE.fullmatch(t) for t in tokens):
        parts.append("Zet de tijd niet bij `wanneer`, maar bij `tijd`.")
    forms = ", ".join(f"`{f}`" for f in FORMS[:-1])
    parts.append(f"Schrijf het zoals een van deze voorbeelden: {forms} of `{FORMS[-1]}`.")
    return WhenError(" ".join(parts))


@lru_cache(maxsize=4096)
def parse_recurrence(text: str | dt.date) -> Recurrence:
    """Parse a `wanneer` value. Cached: big sites repeat the same phrases very often."""
    if isinstance(text, dt.datetime):
        text = text.date()
    if isinstance(text, dt.date):
        return Recurrence(text=text.isoformat(), date=text)
    if not isinstance(text, str):
        raise WhenError(f"Schrijf `wanneer` als tekst, zoals `{FORMS[0]}` of `{FORMS[-1]}`.")
    if not normalize(text):
        raise WhenError(
            f"Bij `wanneer` staat niets. Schrijf wanneer het is, zoals `{FORMS[0]}` of "
            f"`{FORMS[4]}`."
        )
    date = read_date(normalize(text))
    if date is not None:
        return Recurrence(text=text.strip(), date=date)
    tokens = tokenize(text)
    try:
        rule, needs_start = _rule(tokens, text.strip())
    except _NoMatch:
        raise _failure(text, tokens) from None
    return Recurrence(text=text.strip(), rrule=rule, needs_start=needs_start)


def _rule_parts(rrule: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in rrule.split(";") if "=" in part)


def _day_phrase(days: list[int], *, plural: bool) -> str:
    if set(days) == set(WORKDAYS):
        return "werkdagen" if plural else "werkdag"
    if set(days) == set(ALL_DAYS):
        return "dag"
    return join_and([DAY_NAMES[d] for d in sorted(days)])


def _describe_monthly(byday: str) -> str | None:
    by_day: dict[int, list[int]] = {}
    for item in byday.split(","):
        found = re.fullmatch(r"([+-]?[0-9])([A-Z]{2})", item)
        if found is None or found[2] not in RRULE_DAYS or int(found[1]) not in ORDINAL_NAMES:
            return None
        by_day.setdefault(RRULE_DAYS.index(found[2]), []).append(int(found[1]))
    groups: dict[tuple[int, ...], list[int]] = {}
    for day, ords in sorted(by_day.items()):
        key = tuple(sorted(set(ords), key=lambda o: (o < 0, o)))
        groups.setdefault(key, []).append(day)
    phrases = [
        join_and([ORDINAL_NAMES[o] for o in ords]) + " " + join_and([DAY_NAMES[d] for d in days])
        for ords, days in groups.items()
    ]
    return "elke " + " en ".join(phrases) + " van de maand"


def describe(recurrence: Recurrence) -> str:
    """The recurrence in plain Dutch for residents: "elke derde zaterdag van de maand"."""
    if recurrence.date is not None:
        return f"op {date_words(recurrence.date)}"
    if recurrence.rrule is None:
        return recurrence.text
    parts = _rule_parts(recurrence.rrule)
    interval = int(parts.get("INTERVAL", "1")) if parts.get("INTERVAL", "1").isdigit() else 0
    freq = parts.get("FREQ")
    if freq == "DAILY" and interval == 1 and "BYDAY" not in parts:
        return "elke dag"
    if freq == "WEEKLY" and interval >= 1 and "BYDAY" in parts:
        codes = parts["BYDAY"].split(",")
        if all(c in RRULE_DAYS for c in codes):
            days = [RRULE_DAYS.index(c) for c in codes]
            if interval == 1:
                return "elke " + _day_phrase(days, plural=False)
            every = "om de week" if interval == 2 else f"om de {_count(interval)} weken"
            if set(days) == set(ALL_DAYS):
                return f"{every} elke dag"
            return f"{every} op {_day_phrase(days, plural=True)}"
    if freq == "MONTHLY" and interval == 1 and "BYDAY" in parts:
        words = _describe_monthly(parts["BYDAY"])
        if words is not None:
            return words
    return recurrence.text


def _count(number: int) -> str:
    return NUMBER_NAMES.get(number, str(number))
