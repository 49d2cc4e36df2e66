"""Pydantic field types that read Dutch times, dates and recurrence phrases."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import BeforeValidator, PlainSerializer, WithJsonSchema
from pydantic_core import PydanticCustomError

from welkom.when.types import OpeningHours, Recurrence, TimeRange, WhenError


def _parse_time(value: Any) -> TimeRange:
    from welkom.when import parse_time_range

    if isinstance(value, TimeRange):
        return value
    if not isinstance(value, str):
        raise PydanticCustomError("welkom_when", "Schrijf een tijd als tekst, zoals 13.00-16.00.")
    try:
        return parse_time_range(value)
    except WhenError as exc:
        raise PydanticCustomError("welkom_when", str(exc)) from None


def _parse_recurrence(value: Any) -> Recurrence:
    from welkom.when import parse_recurrence

    if isinstance(value, Recurrence):
        return value
    if not isinstance(value, str | dt.date):
        raise PydanticCustomError(
            "welkom_when", "Schrijf wanneer het is als tekst, zoals 'elke dinsdag'."
        )
    try:
        return parse_recurrence(value)
    except WhenError as exc:
        raise PydanticCustomError("welkom_when", str(exc)) from None


def _parse_opening(value: Any) -> OpeningHours:
    from welkom.when import parse_opening

    if isinstance(value, OpeningHours):
        return value
    if not isinstance(value, str):
        raise PydanticCustomError(
            "welkom_when", "Schrijf openingstijden als tekst, zoals 'ma, wo, vr 09.30-16.00'."
        )
    try:
        return parse_opening(value)
    except WhenError as exc:
        raise PydanticCustomError("welkom_when", str(exc)) from None


Tijd = Annotated[
    TimeRange,
    BeforeValidator(_parse_time),
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
    BeforeValidator(_parse_recurrence),
    PlainSerializer(lambda r: r.text, return_type=str),
    WithJsonSchema(
        {
            "type": "string",
            "description": "Wanneer het is, in gewone woorden.",
            "examples": [
                "elke dinsdag",
                "dinsdag en donderdag",
                "elke werkdag",
                "om de week op woensdag",
                "elke derde zaterdag van de maand",
                "elke eerste en derde woensdag van de maand",
                "elke laatste vrijdag van de maand",
                "2026-01-17",
            ],
        }
    ),
]
Open = Annotated[
    OpeningHours,
    BeforeValidator(_parse_opening),
    PlainSerializer(lambda o: o.text, return_type=str),
    WithJsonSchema(
        {
            "type": "string",
            "description": "Dagen en tijden, zoals 'ma, wo, vr 09.30-16.00' of 'ma t/m vr 9-17'.",
            "examples": ["ma, wo, vr 09.30-16.00", "ma t/m vr 9.00-17.00"],
        }
    ),
]
