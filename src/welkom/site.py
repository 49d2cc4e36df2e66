"""The whole site as loaded data: gemeenten, buurten, activities and stories, with their ids.

Ids come from paths and never from file contents, so renaming a title never changes a URL or
a feed id. Everything here is plain data for the renderers; checking happens in `welkom.check`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel

from welkom.load.document import Document
from welkom.model import (
    Activiteit,
    Buurt,
    Gemeente,
    Hulplijn,
    Landelijk,
    Organisatie,
    Plek,
    Verhaal,
)
from welkom.problems import Problem
from welkom.when.types import Schedule


@dataclass(slots=True)
class GemeenteEntry:
    id: str  # "voorbeeldstad"
    model: Gemeente
    doc: Document
    buurten: list[str] = field(default_factory=list)  # buurt ids, sorted


@dataclass(slots=True)
class BuurtEntry:
    id: str  # "voorbeeldstad/kiem-noord"
    gemeente: str
    slug: str
    model: Buurt
    doc: Document
    activiteiten: list[str] = field(default_factory=list)
    verhalen: list[str] = field(default_factory=list)

    def plek(self, plek_id: str) -> Plek | None:
        return next((p for p in self.model.plekken if p.id == plek_id), None)


@dataclass(slots=True)
class ActiviteitEntry:
    id: str  # "voorbeeldstad/kiem-noord/repair-cafe"
    gemeente: str
    buurt: str  # buurt id
    slug: str
    model: Activiteit
    doc: Document
    plek: Plek | None = None  # resolved by the checker
    plek_buurt: str | None = None  # the buurt the plek belongs to

    @property
    def schedule(self) -> Schedule:
        m = self.model
        return Schedule(
            recurrence=m.wanneer,
            time=m.tijd,
            start=m.vanaf,
            until=m.tot,
            except_dates=frozenset(d for d in m.behalve if not isinstance(d, str)),
            except_holidays="feestdagen" in m.behalve,
            extra_dates=frozenset(m.ook),
            cancelled_dates=frozenset(m.vervalt),
        )


@dataclass(slots=True)
class VerhaalEntry:
    slug: str
    buurt: str | None  # buurt id, or None for a story of the whole site
    model: Verhaal
    doc: Document
    body: str
    body_line: int
    path: Path


@dataclass(slots=True)
class Site:
    root: Path
    landelijk: Landelijk = field(default_factory=Landelijk)
    landelijk_doc: Document | None = None
    gemeenten: dict[str, GemeenteEntry] = field(default_factory=dict)
    buurten: dict[str, BuurtEntry] = field(default_factory=dict)
    activiteiten: dict[str, ActiviteitEntry] = field(default_factory=dict)
    verhalen: dict[str, VerhaalEntry] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    files: int = 0

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    def documents(self, *, national: bool = True) -> Iterator[tuple[Document, BaseModel]]:
        """Every loaded file with its model: the national file (unless ``national`` is off, as
        in a share of a parallel check that does not own it), gemeenten, buurten, activities
        and stories, in that order."""
        if national and self.landelijk_doc is not None:
            yield self.landelijk_doc, self.landelijk
        for entries in (self.gemeenten, self.buurten, self.activiteiten, self.verhalen):
            for entry in entries.values():
                yield entry.doc, entry.model

    def organisatie(self, gemeente: str, org_id: str) -> Organisatie | None:
        g = self.gemeenten.get(gemeente)
        if g is not None:
            for org in g.model.organisaties:
                if org.id == org_id:
                    return org
        return next((o for o in self.landelijk.organisaties if o.id == org_id), None)

    def hulp_for(self, buurt_id: str) -> list[tuple[str, Hulplijn]]:
        """Help lines for a buurt: buurt, gemeente and national, urgent ones first."""
        b = self.buurten[buurt_id]
        lines = [("buurt", h) for h in b.model.hulp]
        lines += [("gemeente", h) for h in self.gemeenten[b.gemeente].model.hulp]
        lines += [("landelijk", h) for h in self.landelijk.hulp]
        return sorted(lines, key=lambda item: not item[1].spoed)  # stable: keeps file order
