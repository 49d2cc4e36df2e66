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
from welkom.when.phrase import COMPOUNDS, Phrase, take_apart, take_time
from welkom.when.suggest import typo_hint
from welkom.when.times import PART_WORDS, resolve_time
from welkom.when.tokens import normalize, read_days, tokenize
from welkom.when.types import Recurrence, TimeRange, WhenError
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
    | {"wekelijks", "maandelijks", "keer", "eens", "even", "oneven", "niet", "behalve", "alle"}
    | {"maar", "uitgezonderd"}
    | {"maanden", "dag", "ochtend", "middag", "avond", "nacht", "'s", "s", "1x", "2x", "x"}
    | set(COMPOUNDS)
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
    "wekelijks",
    "maandelijks",
    "keer",
    "even",
    "oneven",
    "niet",
    "behalve",
    *COMPOUNDS,
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


def _monthly(tokens: list[str], i: int, text: str, monthly: bool = False) -> str:
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
    if not rest and not monthly and {o for o, _ in pairs} == {2} and len(pairs) == 1:
        day = DAY_NAMES[next(iter(pairs))[1]]
        raise WhenError(
            f"`{text}` kun je op twee manieren lezen. Bedoel je `elke tweede {day} van de "
            f"maand` (één keer per maand) of `om de week op {day}` (elke twee weken)? "
            "Schrijf het zo, dan weten we het zeker."
        )
    ordered = sorted(pairs, key=lambda p: (p[0] < 0, p[0], p[1]))
    return "FREQ=MONTHLY;BYDAY=" + ",".join(f"{o:+d}{RRULE_DAYS[d]}" for o, d in ordered)


_MONTHDAY = re.compile(r"([0-9]{1,2})(?:e|de|ste|ste)")


def _monthday(tokens: list[str], text: str, monthly: bool) -> str | None:
    """ "op de 15e van de maand", "de 15e van elke maand", "elke 15e", "de laatste dag van de
    maand"; with ``monthly`` ("elke maand", "maandelijks") no month end is needed."""
    i = _skip(tokens, 0, _FILLERS)
    if tokens[i : i + 2] == ["laatste", "dag"]:
        day, i = -1, i + 2
    elif i < len(tokens) and (found := _MONTHDAY.fullmatch(tokens[i])):
        if i + 1 < len(tokens) and tokens[i + 1] in DAY_WORDS:
            return None  # "de 1e zaterdag": an ordinal
        day, i = int(found[1]), i + 1
    else:
        return None
    rest = tuple(tokens[i:])
    if rest and rest not in _MONTH_ENDS:
        return None
    if not rest and not monthly:
        raise WhenError(
            f"Bedoel je met `{text}` elke maand op de {day}e? Schrijf dan `elke maand op de "
            f"{day}e`. Is het één keer? Schrijf dan de hele datum, zoals `{day} maart 2026`."
        )
    if day == 0 or day > 31:
        raise WhenError(f"Een maand heeft geen {day}e dag. Kijk de dag na in `{text}`.")
    if day > 28:
        raise WhenError(
            f"Niet elke maand heeft een {day}e dag (februari heeft er 28). Bedoel je de laatste "
            "dag van de maand? Schrijf dan `elke laatste dag van de maand`. Of kies een dag "
            "tot en met de 28e."
        )
    return f"FREQ=MONTHLY;BYMONTHDAY={day}"


def _ask_which(days: set[int], count: int, text: str) -> WhenError:
    if not days:
        return WhenError(
            f"Op welke dag van de maand is `{text}`? Schrijf het zoals `elke eerste zaterdag "
            "van de maand`, `elke laatste vrijdag van de maand` of `elke maand op de 15e`."
        )
    day = DAY_NAMES[min(days)]
    which = f"welke {day}en van de maand" if count > 1 else f"welke {day} van de maand"
    example = (
        f"`elke eerste en derde {day} van de maand`"
        if count > 1
        else f"`elke eerste {day} van de maand` of `elke laatste {day} van de maand`"
    )
    return WhenError(
        f"In `{text}` staat niet {which} het is. Bedoel je de eerste, tweede, derde, vierde of "
        f"laatste {day}? Schrijf het zoals {example}."
    )


def _rule(tokens: list[str], text: str, phrase: Phrase | None = None) -> tuple[str, bool]:
    """The RRULE and whether it needs `vanaf` (every few weeks)."""
    phrase = phrase or Phrase(tokens=tokens)
    per_month = phrase.per_month
    if tokens[:2] in (["elke", "maand"], ["iedere", "maand"], ["elk", "maand"]):
        per_month, tokens = per_month or 1, tokens[2:]
    if not tokens:
        if per_month:
            raise _ask_which(set(), per_month, text)
        if phrase.per_week:
            raise WhenError(
                f"In `{text}` staat niet op welke dag van de week het is. Schrijf het zoals "
                "`elke dinsdag` of `wekelijks op dinsdag`."
            )
        raise _NoMatch
    monthday = _monthday(tokens, text, bool(per_month))
    if monthday is not None:
        return monthday, False
    i = _skip(tokens, 0, {"op", "'s"})
    every = _interval(tokens, i)
    if every is None and phrase.per_week and phrase.per_week > 0:
        every = (phrase.per_week, i)
    if every is not None:
        interval, i = every
        found = read_days(tokens, _skip(tokens, i, _FILLERS))
        if found is None and _skip(tokens, i, _FILLERS) == len(tokens):
            raise WhenError(
                f"In `{text}` staat niet op welke dag van de week het is. {_forms_sentence()}"
            )
        days = _days_to_end(tokens, _skip(tokens, i, _FILLERS))
        if per_month:
            raise _ask_which(days, per_month, text)
        return _weekly(days, interval), interval > 1
    i = _skip(tokens, i, _FILLERS)
    if i < len(tokens) and tokens[i] in ORDINALS:
        return _monthly(tokens, i, text, bool(per_month)), False
    found = read_days(tokens, i)
    if found is None:
        raise _NoMatch
    days, i = found
    if per_month and i == len(tokens):
        raise _ask_which(days, per_month, text)
    if phrase.per_week and phrase.per_week < 0 and len(days) != -phrase.per_week:
        raise WhenError(
            f"In `{text}` staan {-phrase.per_week} keer per week en {len(days)} dagen. "
            "Noem de dagen, zoals `elke dinsdag en donderdag`."
        )
    k = _skip(tokens, i, {","})
    if k < len(tokens) and tokens[k] in ("behalve", "uitgezonderd", "niet", "maar"):
        j = _skip(tokens, k, {"behalve", "uitgezonderd", "niet", "maar", "op"})
        without = read_days(tokens, j)
        if without is not None and without[1] == len(tokens) and days - without[0]:
            return _weekly(days - without[0], 1), False  # "elke werkdag behalve woensdag"
    if i == len(tokens):
        return _weekly(days, 1), False
    every = _interval(tokens, i)  # "woensdag om de week"
    if every is not None and every[1] == len(tokens):
        return _weekly(days, every[0]), every[0] > 1
    raise _NoMatch


def _with_extras(rule: str, phrase: Phrase, text: str) -> str:
    """Add the months (BYMONTH) and the even or odd ISO weeks (BYWEEKNO) to the rule."""
    if phrase.weeks is not None:
        parts = dict(p.split("=", 1) for p in rule.split(";"))
        if parts.get("FREQ") not in ("WEEKLY", "DAILY") or "INTERVAL" in parts:
            raise WhenError(
                f"In `{text}` staan even of oneven weken, maar ook een ander ritme. Schrijf het "
                "zoals `elke donderdag in de even weken`."
            )
        first = 2 if phrase.weeks == "even" else 1
        weeks = ",".join(str(w) for w in range(first, 54, 2))
        byday = parts.get("BYDAY", "MO,TU,WE,TH,FR,SA,SU")
        rule = f"FREQ=YEARLY;BYWEEKNO={weeks};BYDAY={byday}"
    if phrase.months is not None and len(phrase.months) < 12:
        rule += ";BYMONTH=" + ",".join(str(m) for m in phrase.months)
    return rule


def _failure(text: str, tokens: list[str]) -> WhenError:
    parts = [f"We begrijpen `{text.strip()}` niet."]
    if hint := typo_hint(tokens, _KNOWN, VOCABULARY):
        parts.append(hint)
    if any(_TIME_LIKE.fullmatch(t) for t in tokens):
        parts.append("Zet de tijd niet bij `wanneer`, maar bij `tijd`.")
    parts.append(_forms_sentence())
    return WhenError(" ".join(parts))


def _forms_sentence() -> str:
    forms = ", ".join(f"`{f}`" for f in FORMS[:-1])
    return f"Schrijf het zoals een van deze voorbeelden: {forms} of `{FORMS[-1]}`."


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
    _refuse_dates_inside(text)
    rest, time_found, time_written = take_time(re.sub(r"[()]", " ", text))
    phrase = take_apart(tokenize(rest), text)
    if not phrase.tokens and time_found is not None and not (phrase.per_week or phrase.per_month):
        raise WhenError(
            f"In `{text.strip()}` staat alleen een tijd. Zet de tijd bij `tijd` en schrijf bij "
            f"`wanneer` de dag, zoals `{FORMS[0]}`."
        )
    try:
        rule, needs_start = _rule(phrase.tokens, text.strip(), phrase)
    except _NoMatch:
        raise _failure(text, phrase.tokens) from None
    rule = _with_extras(rule, phrase, text.strip())
    time = None
    if time_found is not None:
        time = resolve_time(time_found, time_written, phrase.part)
        check_part(time, phrase.part, f"`{text.strip()}`")
    return Recurrence(
        text=text.strip(), rrule=rule, needs_start=needs_start, time=time, part=phrase.part
    )


_DATE_INSIDE = re.compile(
    r"\b(?P<word>vanaf|van|tot en met|t/m|tm|tot|met ingang van|per|na|voor)\s+"
    r"(?:[a-z]+\s+)?(?:[0-9]{1,2}\s+(?:"
    + "|".join(sorted(MONTH_WORDS, key=len, reverse=True))
    + r")\b|[0-9]{1,2}[-/][0-9]{1,2}(?:[-/][0-9]{2,4})?\b|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})"
)


def _refuse_dates_inside(text: str) -> None:
    """ "elke vrijdag vanaf 9 januari", "elke dinsdag t/m 30 juni": the first and last date have
    their own keys; read inside the phrase "9" would look like a time."""
    found = _DATE_INSIDE.search(normalize(text))
    if found is None:
        return
    first = found["word"] in ("vanaf", "van", "met ingang van", "per", "na")
    key = "vanaf" if first else "tot"
    example = "vanaf: 2026-01-09" if first else "tot: 2026-06-30"
    raise WhenError(
        f"In `{text.strip()}` staat een datum ({found.group().strip()}). Zet bij `wanneer` alleen "
        f"hoe vaak het is, en de datum bij `{key}`, zoals `{example}`."
    )


def part_of(time: TimeRange) -> set[str]:
    """The parts of the day a start time belongs to (at the edges two)."""
    h = time.start.hour + time.start.minute / 60
    parts = set()
    if 5 <= h < 12.5:
        parts.add("ochtend")
    if 11.5 <= h < 18:
        parts.add("middag")
    if h >= 17:
        parts.add("avond")
    if h >= 22 or h < 6:
        parts.add("nacht")
    return parts


def check_part(time: TimeRange, part: str | None, where: str) -> None:
    """A part of the day ("dinsdagmiddag") and a time that belongs to another part: ask."""
    if part is None or part in part_of(time):
        return
    others = " of ".join(PART_WORDS[p] for p in sorted(part_of(time)))
    raise WhenError(
        f"In {where} staat {PART_WORDS[part]}, maar de tijd {time.words()} is {others}. "
        "Kijk na wat klopt: de dag in `wanneer` of de tijd."
    )


def _rule_parts(rrule: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in rrule.split(";") if "=" in part)


def _day_phrase(days: list[int], *, plural: bool, part: str | None = None) -> str:
    if set(days) == set(WORKDAYS):
        base = "werkdagen" if plural else "werkdag"
        return f"{base} {PART_WORDS[part]}" if part else base
    if set(days) == set(ALL_DAYS):
        return f"dag {PART_WORDS[part]}" if part else "dag"
    names = [DAY_NAMES[d] for d in sorted(days)]
    if part is None:
        return join_and(names)
    # "maandag-, woensdag- en vrijdagochtend"
    return join_and([f"{n}-" for n in names[:-1]] + [names[-1] + part])


def _describe_monthly(byday: str, part: str | None = None) -> str | None:
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
    words = "elke " + " en ".join(phrases) + " van de maand"
    return f"{words} {PART_WORDS[part]}" if part else words


def _months_words(months: list[int]) -> str:
    """``in juli en augustus``; more than six months: ``niet in juli en augustus``."""
    if len(months) > 6:
        missing = [m for m in range(1, 13) if m not in months]
        return "niet in " + join_and([MONTH_NAMES[m - 1] for m in missing])
    return "in " + join_and([MONTH_NAMES[m - 1] for m in months])


def _base_words(recurrence: Recurrence, parts: dict[str, str]) -> str | None:
    """The rule without months: "elke dinsdagmiddag", "elke maand op de 15e"."""
    part = recurrence.part
    interval = int(parts.get("INTERVAL", "1")) if parts.get("INTERVAL", "1").isdigit() else 0
    freq = parts.get("FREQ")
    codes = parts.get("BYDAY", "").split(",") if "BYDAY" in parts else []
    if freq == "DAILY" and interval == 1 and not codes:
        return f"elke dag {PART_WORDS[part]}" if part else "elke dag"
    if freq in ("WEEKLY", "YEARLY") and interval >= 1 and codes:
        if not all(c in RRULE_DAYS for c in codes):
            return None
        days = [RRULE_DAYS.index(c) for c in codes]
        if freq == "YEARLY":
            weeks = parts.get("BYWEEKNO", "")
            kind = "even" if weeks.startswith("2") else "oneven"
            return f"elke {_day_phrase(days, plural=False, part=part)} in de {kind} weken"
        if interval == 1:
            return "elke " + _day_phrase(days, plural=False, part=part)
        every = "om de week" if interval == 2 else f"om de {_count(interval)} weken"
        if set(days) == set(ALL_DAYS):
            return f"{every} elke dag"
        return f"{every} op {_day_phrase(days, plural=True, part=part)}"
    if freq == "MONTHLY" and interval == 1 and "BYDAY" in parts:
        return _describe_monthly(parts["BYDAY"], part)
    if freq == "MONTHLY" and interval == 1 and parts.get("BYMONTHDAY") == "-1":
        return "elke laatste dag van de maand"
    if freq == "MONTHLY" and interval == 1 and parts.get("BYMONTHDAY", "").isdigit():
        return f"elke maand op de {parts['BYMONTHDAY']}e"
    return None


def _pieces(recurrence: Recurrence) -> list[str] | None:
    if recurrence.rrule is None:
        return None
    parts = _rule_parts(recurrence.rrule)
    months = parts.pop("BYMONTH", None)
    base = _base_words(recurrence, parts)
    if base is None:
        return None
    extras = []
    if months:
        try:
            extras.append(_months_words([int(m) for m in months.split(",")]))
        except ValueError:
            return None
    return [base, *extras]


def describe(recurrence: Recurrence) -> str:
    """The recurrence in plain Dutch for residents: "elke derde zaterdag van de maand"."""
    if recurrence.date is not None:
        return f"op {date_words(recurrence.date)}"
    pieces = _pieces(recurrence)
    return recurrence.text if pieces is None else ", ".join(pieces)


def understood(recurrence: Recurrence, time: TimeRange | None = None) -> str:
    """What welkom read, in its own words, with the time in between: "elke dinsdag,
    13.00–15.00, niet in juli en augustus". For `welkom wanneer` and the pull-request summary,
    so a reviewer sees the reading and not only the text."""
    time = time or recurrence.time
    pieces = _pieces(recurrence) or [describe(recurrence)]
    if time is not None:
        pieces.insert(1, time.words())
    return ", ".join(pieces)


def _count(number: int) -> str:
    return NUMBER_NAMES.get(number, str(number))
