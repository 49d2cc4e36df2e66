"""`activiteiten/<gemeente>/<buurt>/<id>.yml`: one activity; its path is its id."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BeforeValidator, Field, StringConstraints, model_validator
from pydantic_core import PydanticCustomError

from welkom.model.checked import Gecontroleerd
from welkom.model.common import Id, Model, ShortText, Text
from welkom.model.when_types import Tijd, Wanneer


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


def _except_item(value: object) -> object:
    if isinstance(value, dt.date) or value == "feestdagen":
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise PydanticCustomError(
        "welkom_behalve",
        "Schrijf hier een datum zoals 2026-07-18, of het woord `feestdagen`.",
    )


Uitzondering = Annotated[dt.date | Literal["feestdagen"], BeforeValidator(_except_item)]
PlekRef = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)?$"),
    Field(description="id van een plek in deze buurt, of `andere-buurt/plek-id` in de gemeente"),
]


class Activiteit(Model):
    titel: ShortText
    soort: ActiviteitSoort = ActiviteitSoort.ANDERS
    plek: PlekRef
    wanneer: Wanneer
    tijd: Tijd
    vanaf: dt.date | None = Field(None, description="Eerste datum (nodig bij 'om de week').")
    tot: dt.date | None = Field(None, description="Laatste datum (mag ook dezelfde dag zijn).")
    behalve: Annotated[list[Uitzondering], BeforeValidator(_one_or_many)] = Field(
        default_factory=list,
        description="Datums waarop het niet doorgaat, of `feestdagen`.",
    )
    ook: Annotated[list[dt.date], BeforeValidator(_one_or_many)] = Field(
        default_factory=list, description="Extra datums buiten het vaste patroon."
    )
    vervalt: Annotated[list[dt.date], BeforeValidator(_one_or_many)] = Field(
        default_factory=list,
        description="Datums die vervallen; ze blijven zichtbaar met 'vervalt' erbij.",
    )
    afgelast: bool = Field(False, description="De hele activiteit gaat niet door.")
    kosten: ShortText | None = Field(None, description="Bijvoorbeeld 'gratis' of '€ 2,50'.")
    aanmelden: ShortText | None = Field(None, description="Hoe meld je je aan? Of 'niet nodig'.")
    voor: ShortText | None = Field(None, description="Voor wie? Bijvoorbeeld 'iedereen'.")
    organisatie: Id | None = None
    omschrijving: Text | None = None
    gecontroleerd: Gecontroleerd | None = None

    @model_validator(mode="after")
    def _dates_in_order(self) -> Activiteit:
        if self.vanaf and self.tot and self.tot < self.vanaf:
            raise ValueError("tot-voor-vanaf")
        if self.wanneer.needs_start and self.vanaf is None:
            raise ValueError("vanaf-nodig")
        return self
