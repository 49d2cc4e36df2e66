"""`buurten/<gemeente>/_gemeente.yml`: the gemeente, its organisations and help lines."""

from __future__ import annotations

from pydantic import Field

from welkom.model.common import Model, ShortText, Text
from welkom.model.organisatie import Hulplijn, Organisatie


class Uitzondering(Model):
    """An allowed exception to the privacy guard, such as an organisation's own account."""

    waarde: ShortText = Field(description="Het nummer, adres of account dat mag.")
    reden: ShortText = Field(
        description="Waarom mag dit? Bijvoorbeeld: 'rekening van de stichting'."
    )


class Privacy(Model):
    toegestaan: list[Uitzondering] = Field(default_factory=list)


class Gemeente(Model):
    naam: ShortText
    intro: Text | None = None
    organisaties: list[Organisatie] = Field(default_factory=list)
    hulp: list[Hulplijn] = Field(default_factory=list)
    privacy: Privacy = Field(default_factory=Privacy)
