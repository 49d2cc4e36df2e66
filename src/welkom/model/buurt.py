"""`buurten/<gemeente>/<buurt>.yml`: places, key figures by role, help lines and tips."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field, StringConstraints, field_validator

from welkom.model.checked import Gecontroleerd
from welkom.model.common import Email, Foto, Id, Model, Phone, ShortText, Text, Url
from welkom.model.organisatie import Hulplijn
from welkom.model.when_types import Datum, Open, WanneerTekst


class PlekSoort(StrEnum):
    BUURTHUIS = "buurthuis"
    WIJKCENTRUM = "wijkcentrum"
    INLOOP = "inloop"
    HUISKAMER = "huiskamer"
    PORTIEKCAFE = "portiekcafe"
    REPAIRCAFE = "repaircafe"
    MOESTUIN = "moestuin"
    KLEDINGBANK = "kledingbank"
    VOEDSELBANK = "voedselbank"
    KRINGLOOP = "kringloop"
    BIBLIOTHEEK = "bibliotheek"
    SPEELTUIN = "speeltuin"
    PARK = "park"
    SPORT = "sport"
    GEBEDSHUIS = "gebedshuis"
    SPREEKUUR = "spreekuur"
    ANDERS = "anders"


class Toegankelijk(StrEnum):
    ROLSTOEL = "rolstoel"
    INVALIDENTOILET = "invalidentoilet"
    RINGLEIDING = "ringleiding"
    LIFT = "lift"
    GELIJKVLOERS = "gelijkvloers"
    HULPHOND = "hulphond"
    PRIKKELARM = "prikkelarm"


class Plek(Model):
    """A public place where people meet. Its address is public; a home address never is."""

    id: Id
    naam: ShortText
    soort: PlekSoort
    adres: ShortText | None = Field(None, description="Adres van de openbare plek.")
    geo: (
        tuple[Annotated[float, Field(ge=50.5, le=53.8)], Annotated[float, Field(ge=3.2, le=7.3)]]
        | None
    ) = Field(None, description="[breedtegraad, lengtegraad], zoals [52.0001, 5.0002]")
    open: list[Open] = Field(default_factory=list)
    gesloten: list[Datum] = Field(default_factory=list)
    toegankelijk: list[Toegankelijk] = Field(default_factory=list)
    organisatie: Id | None = None
    omschrijving: Text | None = None
    website: Url | None = None
    telefoon: Phone | None = None
    email: Email | None = None
    foto: Foto | None = None
    gecontroleerd: Gecontroleerd | None = None


class Sleutelfiguur(Model):
    """Someone people can turn to, described by role, place and time. Never by name."""

    rol: ShortText = Field(description="De rol, zoals 'huismeester' of 'buurtwerker'. Geen naam.")
    organisatie: Id | None = None
    waar: Id | None = Field(None, description="id van een plek in deze buurt")
    wanneer: WanneerTekst | None = Field(None, description="Wanneer je iemand treft, in woorden.")
    waarvoor: Text | None = Field(None, description="Waarmee kun je bij deze persoon terecht?")
    gecontroleerd: Gecontroleerd | None = None


CbsCode = Annotated[str, StringConstraints(pattern=r"^BU\d{4}[0-9A-Z]{4}$")]


class Buurt(Model):
    naam: ShortText
    cbs_code: CbsCode | None = Field(None, description="CBS-buurtcode, zoals BU09990101")
    intro: Text | None = None
    plekken: list[Plek] = Field(default_factory=list)
    sleutelfiguren: list[Sleutelfiguur] = Field(default_factory=list)
    hulp: list[Hulplijn] = Field(default_factory=list)
    welkom: list[Text] = Field(default_factory=list, description="Tips voor nieuwe bewoners.")
    gecontroleerd: Gecontroleerd | None = None

    @field_validator("welkom", mode="before")
    @classmethod
    def _one_tip(cls, value: object) -> object:
        return [value] if isinstance(value, str) else value


__all__ = ["Buurt", "Phone", "Plek", "PlekSoort", "Sleutelfiguur", "Toegankelijk"]
