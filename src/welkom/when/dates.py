"""Read one date: "2026-01-17", "17-1-2026", "17 januari 2026", "za 17 januari 2026"."""

from __future__ import annotations

import datetime as dt
import re

from welkom.when.types import WhenError
from welkom.when.words import DAY_NAMES, DAY_WORDS, MONTH_NAMES, MONTH_WORDS

_ISO = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_NUMERIC = re.compile(r"([0-9]{1,2})[-/]([0-9]{1,2})[-/]([0-9]{4})")
_WORDS = re.compile(r"(?:([a-z]+) )?([0-9]{1,2}) ([a-z]+)(?: ([0-9]{4}))?")


def _make(year: int, month: int, day: int, shown: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise WhenError(
            f"De datum {shown} bestaat niet. Kijk de dag en de maand na. "
            "Schrijf een datum zoals 2026-01-17 of 17 januari 2026."
        ) from None


def read_date(text: str) -> dt.date | None:
    """A date from normalized text (lower case, single spaces, optional "op " in front).

    Returns None when the text does not look like a date at all; raises WhenError when it does
    but something is wrong (no such day, no year, wrong weekday).
    """
    text = text.replace(",", " ").split()
    if text and text[0] == "op":
        text = text[1:]
    joined = " ".join(text)
    if found := _ISO.fullmatch(joined):
        year, month, day = (int(x) for x in found.groups())
        return _make(year, month, day, joined)
    if found := _NUMERIC.fullmatch(joined):
        day, month, year = (int(x) for x in found.groups())
        return _make(year, month, day, joined)
    found = _WORDS.fullmatch(joined)
    if found is None:
        return None
    weekday, day_text, month_text, year_text = found.groups()
    month = MONTH_WORDS.get(month_text)
    if month is None or (weekday is not None and len(DAY_WORDS.get(weekday, ())) != 1):
        return None
    shown = f"{int(day_text)} {MONTH_NAMES[month - 1]}"
    if year_text is None:
        raise WhenError(
            f"Bij de datum {shown} staat geen jaar. Zet het jaar erachter, zoals {shown} 2026."
        )
    date = _make(int(year_text), month, int(day_text), f"{shown} {year_text}")
    if weekday is not None and DAY_WORDS[weekday][0] != date.weekday():
        raise WhenError(
            f"{shown} {year_text} is een {DAY_NAMES[date.weekday()]}, "
            f"geen {DAY_NAMES[DAY_WORDS[weekday][0]]}. "
            f"Kijk de datum na, of schrijf alleen de datum: {date.isoformat()}."
        )
    return date
