"""`buurten/<gemeente>/_gemeente.yml`: the gemeente, its organisations and help lines."""

from __future__ import annotations

from pydantic import Field, model_validator

from welkom.model.common import Email, Model, ShortText, Text, Url
from welkom.model.organisatie import Hulplijn, Organisatie


class Uitzondering(Model):
    """An allowed exception to the privacy guard, such as an organisation's own account."""

    waarde: ShortText = Field(description="Het nummer, adres of account dat mag.")
    reden: ShortText = Field(
        description="Waarom mag dit? Bijvoorbeeld: 'rekening van de stichting'."
    )


class Privacy(Model):
    toegestaan: list[Uitzondering] = Field(default_factory=list)


class KloptNiet(Model):
    """Where a resident without a GitHub account says that something on a page is wrong."""

    email: Email | None = Field(
        None,
        description="Een algemeen e-mailadres van de gemeente of organisatie, nooit van "
        "een persoon, zoals meldpunt@voorbeeldstad.nl.",
    )
    formulier: Url | None = Field(None, description="Of het adres van een eigen meldformulier.")

    @model_validator(mode="after")
    def _one_way(self) -> KloptNiet:
        if not (self.email or self.formulier):
            raise ValueError("klopt-niet-leeg")
        return self


class Gemeente(Model):
    naam: ShortText
    intro: Text | None = None
    organisaties: list[Organisatie] = Field(default_factory=list)
    hulp: list[Hulplijn] = Field(default_factory=list)
    privacy: Privacy = Field(default_factory=Privacy)
    klopt_niet: KloptNiet | None = Field(
        None, description="Waar bewoners melden dat iets op de site niet klopt."
    )
