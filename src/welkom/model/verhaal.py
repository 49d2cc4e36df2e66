"""A "welkom in de buurt" story: Markdown with front matter. Its file name is its slug."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import BeforeValidator, Field

from welkom.model.common import Foto, Model, ShortText, Text


def _month_or_date(value: Any) -> Any:
    """`datum: 2026-10` means October 2026: we keep the first of the month."""
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{1,2}", value.strip()):
        year, month = value.strip().split("-")
        try:
            return dt.date(int(year), int(month), 1)
        except ValueError:
            return value
    return value


class Verhaal(Model):
    titel: ShortText
    datum: Annotated[dt.date, BeforeValidator(_month_or_date)] = Field(
        description="Maand (2026-10) of dag (2026-10-14) van het verhaal."
    )
    verteller: ShortText = Field(
        description="Een rol, nooit een naam: 'een nieuwe bewoner', 'de buurvrouw van drie hoog'."
    )
    toestemming: bool = Field(description="De verteller gaf toestemming om dit te publiceren.")
    samenvatting: Text | None = None
    foto: Foto | None = None
