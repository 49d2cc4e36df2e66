"""Pydantic field types that read Dutch times, dates and recurrence phrases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Annotated, Any

from pydantic import BeforeValidator, PlainSerializer, WithJsonSchema
from pydantic_core import PydanticCustomError

from welkom.when import parse_opening, parse_recurrence, parse_time_range
from welkom.when.recurrence import FORMS
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
            "description": "Begin- en eindtijd, zoals 13.00-16.00 of 13.00 tot 16.00 uur.",
            "examples": ["13.00-16.00", "19.30 tot 21.30 uur"],
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
