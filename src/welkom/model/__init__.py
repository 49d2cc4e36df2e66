"""Typed models of the data volunteers write (pydantic v2). Keys are Dutch, as in the files."""

from welkom.model.activiteit import Activiteit, ActiviteitSoort
from welkom.model.buurt import Buurt, Plek, PlekSoort, Sleutelfiguur, Toegankelijk
from welkom.model.common import Foto
from welkom.model.gemeente import Gemeente, Privacy, Uitzondering
from welkom.model.landelijk import Landelijk
from welkom.model.organisatie import Hulplijn, Organisatie, OrganisatieSoort
from welkom.model.verhaal import Verhaal

__all__ = [
    "Activiteit",
    "ActiviteitSoort",
    "Buurt",
    "Foto",
    "Gemeente",
    "Hulplijn",
    "Landelijk",
    "Organisatie",
    "OrganisatieSoort",
    "Plek",
    "PlekSoort",
    "Privacy",
    "Sleutelfiguur",
    "Toegankelijk",
    "Uitzondering",
    "Verhaal",
]
