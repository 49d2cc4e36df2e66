"""Read one date: "2026-01-17", "17-1-2026", "17 januari 2026", "za 17 januari 2026"."""

from __future__ import annotations

import datetime as dt
import re

from welkom.when.types import WhenError
from welkom.when.words import DAY_NAMES, DAY_WORDS, MONTH_NAMES, MONTH_WORDS

_ISO = re.compile(r"([0-9]{4})[-/]([0-9]{1,2})[-/]([0-9]{1,2})")
_NUMERIC = re.compile(r"([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4})")
_NUMERIC_NO_YEAR = re.compile(r"([0-9]{1,2})[-/]([0-9]{1,2})")
_WORDS = re.compile(r"(?:([a-z]+) )?([0-9]{1,2}) ([a-z]+)(?: ([0-9]{4}))?")
DATE_EXAMPLES = "2026-01-17, 17-01-2026 of 17 januari 2026"


def today() -> dt.date:
    """The check's "today" for messages: ``SOURCE_DATE_EPOCH`` when set (reproducible runs),
    else the clock, in Europe/Amsterdam. The same rule as the build's today."""
    import os
    from zoneinfo import ZoneInfo

    tz = ZoneInfo("Europe/Amsterdam")
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz).date()
    return dt.datetime.now(tz).date()


def next_date(month: int, day: int, after: dt.date) -> dt.date | None:
    """The first ``day month`` on or after ``after`` (29 February: within eight years)."""
    for year in range(after.year, after.year + 9):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate >= after:
            return candidate
    return None


def _no_year(month: int, day: int, shown: str) -> WhenError:
    proposal = next_date(month, day, today())
    if proposal is None:
        return WhenError(f"De datum {shown} bestaat niet. Kijk de dag en de maand na.")
    full = f"{proposal.day} {MONTH_NAMES[proposal.month - 1]} {proposal.year}"
    return WhenError(
        f"Bij de datum {shown} staat geen jaar. Bedoel je {full}? "
        f"Schrijf dan `{proposal.isoformat()}` of `{full}`."
    )


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
    text = re.sub(r"(?<=[a-z])\.", " ", text.replace(",", " ")).split()
    if text and text[0] == "op":
        text = text[1:]
    weekday = None
    if len(text) == 2 and len(DAY_WORDS.get(text[0], ())) == 1:  # "zaterdag 17-01-2026"
        weekday = text[0]
    joined = " ".join(text[1:] if weekday else text)
    date = None
    if found := _ISO.fullmatch(joined):
        year, month, day = (int(x) for x in found.groups())
        date = _make(year, month, day, joined)
    elif found := _NUMERIC.fullmatch(joined):
        day, month, year = (int(x) for x in found.groups())
        date = _make(year, month, day, joined)
    if date is not None:
        if weekday is not None and DAY_WORDS[weekday][0] != date.weekday():
            raise _wrong_weekday(date, weekday)
        return date
    joined = " ".join(text)
    if (found := _NUMERIC_NO_YEAR.fullmatch(joined)) and 1 <= int(found[2]) <= 12:
        day, month = int(found[1]), int(found[2])
        if next_date(month, day, dt.date(2028, 1, 1)) is not None:
            raise _no_year(month, day, f"{day} {MONTH_NAMES[month - 1]}")
    found = _WORDS.fullmatch(joined)
    if found is None:
        return None
    weekday, day_text, month_text, year_text = found.groups()
    month = MONTH_WORDS.get(month_text)
    if month is None or (weekday is not None and len(DAY_WORDS.get(weekday, ())) != 1):
        return None
    shown = f"{int(day_text)} {MONTH_NAMES[month - 1]}"
    if year_text is None:
        raise _no_year(month, int(day_text), shown)
    date = _make(int(year_text), month, int(day_text), f"{shown} {year_text}")
    if weekday is not None and DAY_WORDS[weekday][0] != date.weekday():
        raise _wrong_weekday(date, weekday)
    return date


def _wrong_weekday(date: dt.date, weekday: str) -> WhenError:
    shown = f"{date.day} {MONTH_NAMES[date.month - 1]} {date.year}"
    return WhenError(
        f"{shown} is een {DAY_NAMES[date.weekday()]}, geen {DAY_NAMES[DAY_WORDS[weekday][0]]}. "
        f"Kijk de datum na, of schrijf alleen de datum: {date.isoformat()}."
    )


def read_any_date(value: object) -> dt.date:
    """One reader for every date field (`vanaf`, `tot`, `behalve`, `ook`, `vervalt`,
    `gesloten`): a YAML date, or text in any of the forms of ``read_date``. Raises WhenError
    with a Dutch message."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        raise WhenError(f"Schrijf hier een datum, zoals {DATE_EXAMPLES}.")
    from welkom.when.tokens import normalize

    date = read_date(normalize(value))
    if date is None:
        raise WhenError(
            f"`{value.strip()}` kunnen we niet lezen als datum. Schrijf een datum zoals "
            f"{DATE_EXAMPLES}."
        )
    return date


def month_or_date(value: object) -> object:
    """A story's `datum`: "oktober 2026" is its first day; other text goes through
    ``read_any_date`` (a WhenError becomes a ValueError for the model)."""
    if isinstance(value, str):
        words = value.strip().lower().split()
        if len(words) == 2 and words[0] in MONTH_WORDS and re.fullmatch(r"[0-9]{4}", words[1]):
            return dt.date(int(words[1]), MONTH_WORDS[words[0]], 1)
        try:
            return read_any_date(value)
        except WhenError as exc:
            from pydantic_core import PydanticCustomError

            raise PydanticCustomError("welkom_when", str(exc)) from None
    return value
