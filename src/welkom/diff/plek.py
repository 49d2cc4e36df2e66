"""Places in a buurt file, matched by their id: new, removed, renamed and changed fields."""

from __future__ import annotations

from welkom.diff.matching import match
from welkom.diff.model import Action
from welkom.diff.said import Said, changed
from welkom.diff.sides import Side
from welkom.diff.words import Field, dates, field_changes, list_changes, one_line, reference
from welkom.model import Foto, Plek
from welkom.when import OpeningHours, opening_words

KIND = "plek"


def opening(open_: list[OpeningHours]) -> str:
    """``ma, wo en vr 9.30–16.00; do 19.00–22.00``: the words of the buurt page."""
    return "; ".join(opening_words(o) for o in open_)


def plek_changes(
    base: Side, head: Side, gemeente: str, buurt: str, old: list[Plek], new: list[Plek]
) -> list[Said]:
    said: list[Said] = []
    steps = match(old, new, lambda p: p.id).steps
    gone = [o for o, n in steps if n is None and o is not None]
    for before, after in steps:
        if before is None and after is not None:
            renamed = next((g for g in gone if g.naam == after.naam), None)
            if renamed is not None:  # same name, new id: one place, not a new one
                gone.remove(renamed)
                said += _id_changed(buurt, renamed, after)
                said += _changes(base, head, gemeente, buurt, renamed, after)
            else:
                said.append(Said(KIND, Action.ADDED, _added(buurt, after)))
        elif before is not None and after is not None:
            said += _changes(base, head, gemeente, buurt, before, after)
    said += [Said(KIND, Action.REMOVED, f"Plek verwijderd: {p.naam} in {buurt}") for p in gone]
    return said


def _added(buurt: str, plek: Plek) -> str:
    """``Nieuwe plek: Buurthuis De Kiem in Kiem-Noord, Kerkstraat 12, open ma en wo 9.30–16.00``."""
    text = f"Nieuwe plek: {plek.naam} in {buurt}"
    if plek.adres:
        text += f", {one_line(plek.adres)}"
    if plek.open:
        text += f", open {opening(plek.open)}"
    return text


def _id_changed(buurt: str, old: Plek, new: Plek) -> list[Said]:
    return [
        Said(
            KIND,
            Action.CHANGED,
            f"Plek gewijzigd: id van {new.naam} in {buurt}: was {old.id}, nu {new.id}. "
            f"Let op: activiteiten en sleutelfiguren die naar {old.id} verwijzen, moeten mee "
            "veranderen.",
        )
    ]


def _changes(base: Side, head: Side, gemeente: str, buurt: str, old: Plek, new: Plek) -> list[Said]:
    subject = f"{new.naam} in {buurt}"
    lines = []
    if old.naam != new.naam:
        lines.append(f"{old.naam} in {buurt} heet nu {new.naam}")
    lines += field_changes(_FIELDS, old, new, subject)
    closed, opened = list_changes(old.gesloten, new.gesloten, lambda d: d)
    if closed or opened:
        parts = []
        if closed:
            parts.append(f"nu ook dicht op {dates(closed)}")
        if opened:
            parts.append(f"niet meer dicht op {dates(opened)}")
        lines.append(f"gesloten dagen van {subject}: {'; '.join(parts)}")
    if old.toegankelijk != new.toegankelijk:
        lines += _access(subject, old, new)
    lines += reference(
        "organisatie",
        subject,
        old.organisatie,
        new.organisatie,
        lambda org: base.organisatie_name(gemeente, org),
        lambda org: head.organisatie_name(gemeente, org),
    )
    lines += field_changes(_CONTACT_FIELDS, old, new, subject)
    lines += foto_changes(subject, old.foto, new.foto)
    return changed(KIND, "Plek gewijzigd", lines)


def _access(subject: str, old: Plek, new: Plek) -> list[str]:
    from welkom.render.pages.words import ACCESS  # the words of the buurt page

    def words(item: object) -> str:
        return ACCESS.get(str(item), str(item))

    more, less = list_changes(old.toegankelijk, new.toegankelijk, words)
    parts = []
    if more:
        parts.append(f"nu ook {', '.join(more)}")
    if less:
        parts.append(f"niet meer {', '.join(less)}")
    return [f"toegankelijkheid van {subject}: {'; '.join(parts)}"] if parts else []


def _kind(value: object) -> str:
    from welkom.render.pages.words import place_kind  # the words of the buurt page

    return place_kind(str(value))


def foto_changes(subject: str, old: Foto | None, new: Foto | None) -> list[str]:
    """A place's or a story's photo: new, gone, another file, or other details."""
    if old == new:
        return []
    if old is None and new is not None:
        return [f"foto bij {subject}: nieuw ({new.bestand})"]
    if new is None and old is not None:
        return [f"foto bij {subject}: weggehaald"]
    assert old is not None and new is not None
    if old.bestand != new.bestand:
        return [f"foto bij {subject}: was {old.bestand}, nu {new.bestand}"]
    lines = []
    if old.alt != new.alt:
        lines.append(f"beschrijving van de foto bij {subject}")
    if (old.herkenbare_personen, old.toestemming) != (new.herkenbare_personen, new.toestemming):
        lines.append(f"herkenbare personen en toestemming bij de foto van {subject}")
    return lines


_FIELDS = [
    Field("soort", "soort", _kind),
    Field("adres", "adres"),
    Field("geo", "plek op de kaart", lambda g: f"{g[0]}, {g[1]}"),
    Field("open", "openingstijden", opening),
]
_CONTACT_FIELDS = [
    Field("website", "website"),
    Field("telefoon", "telefoonnummer"),
    Field("email", "e-mailadres"),
    Field("omschrijving", "omschrijving", long=True),
]
