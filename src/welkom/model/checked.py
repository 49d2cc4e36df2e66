"""`gecontroleerd:` the month someone last checked that an entry is still true.

A month is enough (``2026-11``); a full date (``2026-11-05``) or Dutch words (``november 2026``)
are read too. The date lives in the file itself, so it needs no git history (CI makes shallow
clones, and a moved file would lose its history): renewing is one edit, changing the month.
The value is kept as the first day of that month (or the given day); pages show the month.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated

from pydantic import BeforeValidator, Field, WithJsonSchema
from pydantic_core import PydanticCustomError

from welkom.when.words import MONTH_NAMES as MONTHS

_ISO = re.compile(r"^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$")
_WORDS = re.compile(r"^(?:(\d{1,2})\s+)?([a-z]+)\.?\s+(\d{4})$")
_SHORT = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}

HINT = (
    "Schrijf bij `gecontroleerd` de maand waarin je alles hebt nagekeken, zoals `2026-11` of "
    "`november 2026`."
)


def parse_checked(value: object) -> dt.date:
    """``2026-11`` → 2026-11-01; ``2026-11-05``, a YAML date and ``november 2026`` too."""
    if type(value) is dt.date:
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        if len(value) == 7 and value[4] == "-" and value[:4].isdigit() and value[5:].isdigit():
            return _date(int(value[:4]), int(value[5:]), 1, value)  # 2026-11: most of them
        text = " ".join(value.strip().lower().split())
        found = _ISO.match(text)
        if found:
            year, month, day = int(found[1]), int(found[2]), int(found[3] or 1)
            return _date(year, month, day, value)
        found = _WORDS.match(text)
        if found:
            month = _month(found[2])
            if month is not None:
                return _date(int(found[3]), month, int(found[1] or 1), value)
    raise PydanticCustomError("welkom_gecontroleerd", f"We kunnen deze datum niet lezen. {HINT}")


def _month(word: str) -> int | None:
    if word in MONTHS:
        return MONTHS.index(word) + 1
    return _SHORT.get(word)


def _date(year: int, month: int, day: int, given: object) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise PydanticCustomError(
            "welkom_gecontroleerd", f"De datum `{given}` bestaat niet. {HINT}"
        ) from None


def month_words(day: dt.date) -> str:
    """2026-11-01 → ``november 2026``."""
    return f"{MONTHS[day.month - 1]} {day.year}"


_PATTERN = r"^\s*(\d{4}-\d{1,2}(-\d{1,2})?|(\d{1,2}\s+)?[A-Za-z]+\.?\s+\d{4})\s*$"

Gecontroleerd = Annotated[
    dt.date,
    BeforeValidator(parse_checked),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": _PATTERN,
            "description": "Wanneer heb je dit voor het laatst nagekeken? Een maand is genoeg, "
            "zoals 2026-11 of 'november 2026'.",
            "examples": ["2026-11"],
        }
    ),
    Field(description="Laatst nagekeken: een maand, zoals 2026-11."),
]
