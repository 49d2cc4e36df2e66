"""Pydantic field types that read Dutch times, dates and recurrence phrases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import lru_cache
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BeforeValidator,
    PlainSerializer,
    StringConstraints,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

from welkom.when import parse_opening, parse_recurrence, parse_time_range
from welkom.when.dates import read_any_date
from welkom.when.phrase import COMPOUNDS
from welkom.when.recurrence import FORMS, check_part
from welkom.when.times import PARTS, find_times, resolve_time, tokens_of
from welkom.when.types import OpeningHours, Recurrence, TimeRange, WhenError


def _reader(
    parse: Callable[[Any], Any], result: type, accepts: type | tuple[type, ...], hint: str
) -> Callable[[Any], Any]:
    """A before-validator that parses Dutch text with ``parse`` and reports in Dutch."""

    def read(value: Any) -> Any:
        if isinstance(value, result):
            return value
        if not isinstance(value, accepts):
            raise PydanticCustomError("welkom_when", hint)
        try:
            return parse(value)
        except WhenError as exc:
            raise PydanticCustomError("welkom_when", str(exc)) from None

    return read


Tijd = Annotated[
    TimeRange,
    BeforeValidator(
        _reader(parse_time_range, TimeRange, str, "Schrijf een tijd als tekst, zoals 13.00-16.00.")
    ),
    PlainSerializer(lambda t: t.words(), return_type=str),
    WithJsonSchema(
        {
            "type": "string",
            "description": (
                "Begin- en eindtijd, zoals 13.00-16.00, 13.00 tot 16.00 uur, half 10 tot 12 of "
                "'s middags 2 tot 4 (begint de waarde met 's, zet hem dan tussen \"…\")."
            ),
            "examples": ["13.00-16.00", "19.30 tot 21.30 uur", "half 10 tot 12"],
        }
    ),
]
Wanneer = Annotated[
    Recurrence,
    BeforeValidator(
        _reader(
            parse_recurrence,
            Recurrence,
            (str, dt.date),
            "Schrijf wanneer het is als tekst, zoals 'elke dinsdag'.",
        )
    ),
    PlainSerializer(lambda r: r.text, return_type=str),
    WithJsonSchema(
        {
            "type": "string",
            "description": "Wanneer het is, in gewone woorden.",
            "examples": list(FORMS),
        }
    ),
]
Open = Annotated[
    OpeningHours,
    BeforeValidator(
        _reader(
            parse_opening,
            OpeningHours,
            str,
            "Schrijf openingstijden als tekst, zoals 'ma, wo, vr 09.30-16.00'.",
        )
    ),
    PlainSerializer(lambda o: o.text, return_type=str),
    WithJsonSchema(
        {
            "type": "string",
            "description": "Dagen en tijden, zoals 'ma, wo, vr 09.30-16.00' of 'ma t/m vr 9-17'.",
            "examples": ["ma, wo, vr 09.30-16.00", "ma t/m vr 9.00-17.00"],
        }
    ),
]


def _read_date(value: Any) -> dt.date:
    try:
        return read_any_date(value)
    except WhenError as exc:
        raise PydanticCustomError("welkom_when", str(exc)) from None


_DATE_SCHEMA = {
    "type": "string",
    "description": "Een datum, zoals 2026-01-17, 17-01-2026 of 17 januari 2026.",
    "examples": ["2026-01-17", "17 januari 2026"],
}
# One reader for every date field: ISO, 17-01-2026, 17/1/2026, 17 januari 2026, za 17 jan 2026.
Datum = Annotated[
    dt.date,
    BeforeValidator(_read_date),
    PlainSerializer(lambda d: d.isoformat(), return_type=str),
    WithJsonSchema(_DATE_SCHEMA),
]


def _one_or_many(value: Any) -> Any:
    return [value] if isinstance(value, str | dt.date) else value


Datums = Annotated[list[Datum], BeforeValidator(_one_or_many)]


def read_except_item(value: Any) -> Any:
    """A `behalve` item: a date in any form, or the word `feestdagen`."""
    if isinstance(value, str) and value.strip().lower() == "feestdagen":
        return "feestdagen"
    try:
        return read_any_date(value)
    except WhenError as exc:
        raise PydanticCustomError(
            "welkom_behalve", f"{exc} Of schrijf het woord `feestdagen`."
        ) from None


def tijd_in_context(value: Any, wanneer: Any) -> Any:
    """Read `tijd` knowing `wanneer`: "elke dinsdagmiddag" settles "2 tot 4" (14.00–16.00);
    a time in the phrase that differs from `tijd`, or a part of the day that does not fit it,
    is an error that says both."""
    recurrence = wanneer if isinstance(wanneer, Recurrence) else None
    part = recurrence.part if recurrence else None
    if not isinstance(value, str | TimeRange):
        return value
    try:
        time = value if isinstance(value, TimeRange) else parse_time_range(value, part)
        if recurrence is None:
            return time
        if recurrence.time is not None and recurrence.time != time:
            raise WhenError(
                f"Bij `wanneer` staat de tijd {recurrence.time.words()}, maar bij `tijd` staat "
                f"{time.words()}. Welke klopt? Haal de tijd bij `wanneer` weg, of maak ze gelijk."
            )
        check_part(time, part, f"`wanneer: {recurrence.text}`")
    except WhenError as exc:
        raise PydanticCustomError("welkom_when", str(exc)) from None
    return time


def time_from_phrase(data: Any) -> Any:
    """An activity without `tijd` whose `wanneer` holds a time ("elke dinsdag om 10 uur"):
    that time is the `tijd`."""
    if not isinstance(data, dict) or data.get("tijd") not in (None, ""):
        return data
    wanneer = data.get("wanneer")
    if not isinstance(wanneer, str):
        return data
    try:
        recurrence = parse_recurrence(wanneer)
    except WhenError:
        return data  # `wanneer` reports its own problem
    if recurrence.time is None:
        return data
    return {**data, "tijd": recurrence.time}


def _free_text_times(value: str) -> str:
    """Times inside a free text (`wanneer` of a sleutelfiguur or help line) follow the same
    rules as `tijd`: "dinsdag van 2 tot 4" asks which reading, "9 tot 5" suggests 9.00–17.00."""
    if not any(c.isdigit() for c in value) and "uur" not in value:
        return value  # no time in it: most texts ("dag en nacht", "dinsdagochtend")
    problem = _free_text_problem(value)
    if problem is not None:
        raise PydanticCustomError("welkom_when", problem)
    return value


@lru_cache(maxsize=4096)
def _free_text_problem(value: str) -> str | None:
    words = [w for w, _, _ in tokens_of(value)]
    parts = {COMPOUNDS[w][1] for w in words if w in COMPOUNDS} | {
        PARTS[w] for w in words if w in PARTS
    }
    context = next(iter(parts)) if len(parts) == 1 else None
    for start, end, found in find_times(value):
        try:
            resolve_time(found, value[start:end], context)
        except WhenError as exc:
            return str(exc)
    return None


WanneerTekst = Annotated[
    str,
    StringConstraints(min_length=1, max_length=200),
    AfterValidator(_free_text_times),
]
