"""Organisations and help lines: the only things that carry contact details."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import BeforeValidator, Field, model_validator

from welkom.model.checked import Gecontroleerd
from welkom.model.common import Email, Id, Model, Phone, ShortText, Text, Url
from welkom.model.janee import JaNee
from welkom.model.when_types import WanneerTekst


class OrganisatieSoort(StrEnum):
    GEMEENTE = "gemeente"
    WONINGCORPORATIE = "woningcorporatie"
    WELZIJN = "welzijn"
    BUURTTEAM = "buurtteam"
    ZORG = "zorg"
    GGZ = "ggz"
    VERSLAVINGSZORG = "verslavingszorg"
    POLITIE = "politie"
    VRIJWILLIGERS = "vrijwilligers"
    BEWONERSORGANISATIE = "bewonersorganisatie"
    HULPLIJN = "hulplijn"
    ANDERS = "anders"


class Organisatie(Model):
    id: Id
    naam: ShortText
    soort: OrganisatieSoort = OrganisatieSoort.ANDERS
    omschrijving: Text | None = None
    website: Url | None = None
    telefoon: Phone | None = None
    email: Email | None = None
    adres: ShortText | None = Field(None, description="Bezoekadres (geen woonadres).")


def _words(value: object) -> object:
    """``schulden, geld`` written as one line is a list of two words too."""
    if isinstance(value, str):
        return [word.strip() for word in value.split(",") if word.strip()]
    return value


class Hulplijn(Model):
    """Where to go with a worry: a phone line, a website or a walk-in desk."""

    onderwerp: ShortText = Field(description="Waarvoor kun je hier terecht?")
    spoed: JaNee = Field(False, description="Voor als het nu meteen moet (zoals 112).")
    organisatie: Id | None = Field(None, description="id van een organisatie")
    telefoon: Phone | None = None
    website: Url | None = None
    email: Email | None = None
    wanneer: WanneerTekst | None = Field(
        None, description="Wanneer bereikbaar, zoals 'dag en nacht'."
    )
    omschrijving: Text | None = None
    gecontroleerd: Gecontroleerd | None = None
    zoekwoorden: Annotated[list[ShortText], BeforeValidator(_words)] = Field(
        default_factory=list,
        description="Woorden waarmee bewoners deze hulp zoeken, zoals 'schulden', 'eenzaam' of "
        "'ruzie met de buren'. Zoeken op de site vindt de hulp dan ook met die woorden.",
        examples=[["schulden", "geld", "rekeningen"]],
    )

    @model_validator(mode="after")
    def _reachable(self) -> Hulplijn:
        if not (self.telefoon or self.website or self.email or self.organisatie):
            raise ValueError("hulplijn-onbereikbaar")
        return self
