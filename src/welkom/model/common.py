"""Building blocks shared by the models: strict base model, ids, contact fields, photos."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from welkom.model.janee import JaNee

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class Model(BaseModel):
    """Strict: unknown keys are errors (with a "bedoel je …?" from the checker)."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        str_strip_whitespace=True,
        validate_default=False,
        hide_input_in_errors=True,
    )


Text = Annotated[str, StringConstraints(min_length=1, max_length=5000)]
ShortText = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Id = Annotated[
    str,
    StringConstraints(pattern=SLUG_RE.pattern, min_length=1, max_length=80),
    Field(
        description="Kleine letters, cijfers en streepjes, zoals `buurthuis-de-kiem`.",
        examples=["buurthuis-de-kiem"],
    ),
]


def _check_url(value: str) -> str:
    if not re.match(r"^https?://[^\s/]+\.[^\s]+$", value):
        raise ValueError("url")
    return value


Url = Annotated[
    str,
    StringConstraints(max_length=500),
    AfterValidator(_check_url),
    Field(description="Een webadres dat begint met https://", examples=["https://example.org"]),
]
Phone = Annotated[
    str,
    StringConstraints(pattern=r"^\+?[0-9][0-9 ()-]{1,18}$"),
    Field(
        description="Telefoonnummer van een organisatie, plek of hulplijn (nooit van een persoon).",
        examples=["0800-1205"],
    ),
]
Email = Annotated[
    str,
    StringConstraints(pattern=r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", max_length=200),
    Field(description="Algemeen e-mailadres, zoals info@…", examples=["info@example.org"]),
]


class Foto(Model):
    """A photo next to a place or a story. The build strips all metadata."""

    bestand: Annotated[str, StringConstraints(pattern=r"^[^/\\]+\.(jpe?g|png|webp)$")] = Field(
        description="Bestandsnaam van de foto, naast dit bestand (jpg, png of webp)."
    )
    alt: ShortText = Field(description="Wat staat er op de foto? Voor wie hem niet kan zien.")
    herkenbare_personen: JaNee = Field(
        False, description="Staan er mensen op die je kunt herkennen?"
    )
    toestemming: JaNee = Field(
        False, description="Hebben de herkenbare personen toestemming gegeven voor publicatie?"
    )
