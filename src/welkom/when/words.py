"""Dutch words for days, months and ordinals, hard-coded so output never depends on the locale."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

DAY_NAMES: tuple[str, ...] = (
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
)
DAY_ABBR: tuple[str, ...] = ("ma", "di", "wo", "do", "vr", "za", "zo")
RRULE_DAYS: tuple[str, ...] = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")

MONTH_NAMES: tuple[str, ...] = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)

# Ordinal (RRULE BYDAY prefix) -> word. -1 is the last one of the month.
ORDINAL_NAMES: dict[int, str] = {
    1: "eerste",
    2: "tweede",
    3: "derde",
    4: "vierde",
    -2: "voorlaatste",
    -1: "laatste",
}

NUMBER_NAMES: dict[int, str] = {2: "twee", 3: "drie", 4: "vier", 5: "vijf", 6: "zes"}

WORKDAYS: tuple[int, ...] = (0, 1, 2, 3, 4)
ALL_DAYS: tuple[int, ...] = (0, 1, 2, 3, 4, 5, 6)


def _day_words() -> dict[str, tuple[int, ...]]:
    words: dict[str, tuple[int, ...]] = {}
    three = ("maan", "din", "woe", "don", "vrij", "zat", "zon")
    for number, name in enumerate(DAY_NAMES):
        for word in (name, name + "s", name + "en", DAY_ABBR[number], three[number]):
            words[word] = (number,)
    for word in ("werkdag", "werkdagen", "doordeweeks"):
        words[word] = WORKDAYS
    for word in ("weekend", "weekenden", "weekenddag", "weekenddagen"):
        words[word] = (5, 6)
    for word in ("dag", "dagen", "dagelijks"):
        words[word] = ALL_DAYS
    return words


# Every word that names one or more days: full names, plurals, "dinsdags", "di", "din" ...
DAY_WORDS: dict[str, tuple[int, ...]] = _day_words()


def _month_words() -> dict[str, int]:
    words = {name: number for number, name in enumerate(MONTH_NAMES, start=1)}
    short = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
    words.update({name: number for number, name in enumerate(short, start=1)})
    words["sept"] = 9
    return words


MONTH_WORDS: dict[str, int] = _month_words()


def clock(time: dt.time) -> str:
    """``9.30``, ``13.00``; ``time.max`` (end at midnight) is ``24.00``."""
    if time == dt.time.max:
        return "24.00"
    return f"{time.hour}.{time.minute:02d}"


def join_and(items: Sequence[str]) -> str:
    """``a``, ``a en b``, ``a, b en c``."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]


def date_words(day: dt.date) -> str:
    """``zaterdag 17 januari 2026``."""
    return f"{DAY_NAMES[day.weekday()]} {day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def day_runs(days: Iterable[int]) -> list[list[int]]:
    """Split sorted unique days into runs of consecutive days: [0,1,2,4] -> [[0,1,2],[4]]."""
    runs: list[list[int]] = []
    for day in sorted(set(days)):
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    return runs
