"""`activiteiten/<gemeente>/<buurt>/<id>.yml`: one activity; its path is its id."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from welkom.model.checked import Gecontroleerd
from welkom.model.common import Id, Model, ShortText, Text
from welkom.model.janee import JaNee
from welkom.model.when_types import (
    Datum,
    Datums,
    Tijd,
    Wanneer,
    read_except_item,
    tijd_in_context,
    time_from_phrase,
)


class ActiviteitSoort(StrEnum):
    KOFFIE = "koffie"
    MAALTIJD = "maaltijd"
    REPAIRCAFE = "repaircafe"
    PORTIEKCAFE = "portiekcafe"
    SPREEKUUR = "spreekuur"
    TAAL = "taal"
    CREATIEF = "creatief"
    BEWEGEN = "bewegen"
    WANDELEN = "wandelen"
    SPEL = "spel"
    MUZIEK = "muziek"
    TUINIEREN = "tuinieren"
    KINDEREN = "kinderen"
    KLEDING = "kleding"
    BIJEENKOMST = "bijeenkomst"
    FEEST = "feest"
    ANDERS = "anders"


def _one_or_many(value: object) -> object:
    return [value] if isinstance(value, str | dt.date) else value


Uitzondering = Annotated[
    dt.date | Literal["feestdagen"],
    BeforeValidator(read_except_item),
    WithJsonSchema(
        {
            "type": "string",
            "description": "Een datum zoals 2026-07-18 of 18 juli 2026, of `feestdagen`.",
            "examples": ["2026-07-18", "feestdagen"],
        }
    ),
]
PlekRef = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)?$"),
    Field(description="id van een plek in deze buurt, of `andere-buurt/plek-id` in de gemeente"),
]


def _tijd_may_be_in_wanneer(schema: dict[str, Any]) -> None:
    """In the JSON Schema `tijd` is optional: "elke dinsdag om 10 uur" holds it."""
    required = schema.get("required")
    if isinstance(required, list) and "tijd" in required:
        required.remove("tijd")


class Activiteit(Model):
    model_config = ConfigDict(json_schema_extra=_tijd_may_be_in_wanneer)

    titel: ShortText
    soort: ActiviteitSoort = ActiviteitSoort.ANDERS
    plek: PlekRef
    wanneer: Wanneer
    tijd: Tijd
    vanaf: Datum | None = Field(None, description="Eerste datum (nodig bij 'om de week').")
    tot: Datum | None = Field(None, description="Laatste datum (mag ook dezelfde dag zijn).")
    behalve: Annotated[list[Uitzondering], BeforeValidator(_one_or_many)] = Field(
        default_factory=list,
        description="Datums waarop het niet doorgaat, of `feestdagen`.",
    )
    ook: Datums = Field(default_factory=list, description="Extra datums buiten het vaste patroon.")
    vervalt: Datums = Field(
        default_factory=list,
        description="Datums die vervallen; ze blijven zichtbaar met 'vervalt' erbij.",
    )
    afgelast: JaNee = Field(False, description="De hele activiteit gaat niet door.")
    kosten: ShortText | None = Field(None, description="Bijvoorbeeld 'gratis' of '€ 2,50'.")
    aanmelden: ShortText | None = Field(None, description="Hoe meld je je aan? Of 'niet nodig'.")
    voor: ShortText | None = Field(None, description="Voor wie? Bijvoorbeeld 'iedereen'.")
    organisatie: Id | None = None
    omschrijving: Text | None = None
    gecontroleerd: Gecontroleerd | None = None

    @model_validator(mode="before")
    @classmethod
    def _time_from_wanneer(cls, data: Any) -> Any:
        return time_from_phrase(data)

    @field_validator("tijd", mode="before")
    @classmethod
    def _tijd_with_wanneer(cls, value: Any, info: ValidationInfo) -> Any:
        return tijd_in_context(value, info.data.get("wanneer"))

    @model_validator(mode="after")
    def _dates_in_order(self) -> Activiteit:
        if self.vanaf and self.tot and self.tot < self.vanaf:
            raise ValueError("tot-voor-vanaf")
        if self.wanneer.needs_start and self.vanaf is None:
            raise ValueError("vanaf-nodig")
        return self
