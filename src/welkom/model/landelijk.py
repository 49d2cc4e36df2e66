"""`buurten/_landelijk.yml`: national organisations and help lines, shown on every buurt."""

from __future__ import annotations

from pydantic import Field

from welkom.model.common import Model
from welkom.model.organisatie import Hulplijn, Organisatie


class Landelijk(Model):
    organisaties: list[Organisatie] = Field(default_factory=list)
    hulp: list[Hulplijn] = Field(default_factory=list)
