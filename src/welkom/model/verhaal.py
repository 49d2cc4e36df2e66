"""A "welkom in de buurt" story: Markdown with front matter. Its file name is its slug."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import BeforeValidator, Field

from welkom.model.common import Foto, Model, ShortText, Text
from welkom.model.janee import JaNee
from welkom.when.dates import month_or_date


def _month_or_date(value: Any) -> Any:
    """`datum: 2026-10` or `oktober 2026` means October 2026: we keep the first of the month.
    A day is read by the same reader as every other date field ("14 oktober 2026")."""
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{1,2}", value.strip()):
        year, month = value.strip().split("-")
        try:
            return dt.date(int(year), int(month), 1)
        except ValueError:
            return value
    return month_or_date(value)


class Verhaal(Model):
    titel: ShortText
    datum: Annotated[dt.date, BeforeValidator(_month_or_date)] = Field(
        description="Maand (2026-10) of dag (2026-10-14) van het verhaal."
    )
    verteller: ShortText = Field(
        description="Een rol, nooit een naam: 'een nieuwe bewoner', 'de buurvrouw van drie hoog'."
    )
    toestemming: JaNee = Field(description="De verteller gaf toestemming om dit te publiceren.")
    samenvatting: Text | None = None
    foto: Foto | None = None
