"""A buurt file: the buurt itself, its places, key figures (by role), help and welcome tips."""

from __future__ import annotations

import difflib

from welkom.diff.contacts import Scope, hulp_changes
from welkom.diff.matching import match
from welkom.diff.model import Action
from welkom.diff.paths import DataPath
from welkom.diff.plek import plek_changes
from welkom.diff.said import Said, changed
from welkom.diff.sides import Side
from welkom.diff.words import Field, count, field_changes, one_line, quoted, reference, shorten
from welkom.model import Buurt


def _names(side: Side, where: DataPath, buurt: Buurt) -> tuple[str, str]:
    return buurt.naam, side.gemeente_name(str(where.gemeente))


def url(where: DataPath) -> str:
    return f"/{where.gemeente}/{where.buurt}/"


def added(side: Side, where: DataPath, buurt: Buurt) -> list[Said]:
    naam, gemeente = _names(side, where, buurt)
    parts = [count(len(buurt.plekken), "plek", "plekken")]
    if buurt.sleutelfiguren:
        parts.append(count(len(buurt.sleutelfiguren), "sleutelfiguur", "sleutelfiguren"))
    what = " en ".join(parts)
    return [Said("buurt", Action.ADDED, f"Nieuwe buurt: {naam} in {gemeente}, met {what}")]


def removed(side: Side, where: DataPath, buurt: Buurt) -> list[Said]:
    naam, gemeente = _names(side, where, buurt)
    return [
        Said(
            "buurt",
            Action.REMOVED,
            f"Buurt verwijderd: {naam} in {gemeente}. Let op: de pagina {url(where)}, de "
            "welkomstgids en de feeds van deze buurt verdwijnen.",
        )
    ]


def moved(head: Side, old_where: DataPath, new_where: DataPath, buurt: Buurt) -> Said:
    naam, gemeente = _names(head, new_where, buurt)
    return Said(
        "buurt",
        Action.MOVED,
        f"Buurt verplaatst: {naam} in {gemeente}. Let op: het adres van deze buurt verandert van "
        f"{url(old_where)} naar {url(new_where)}, en daarmee ook de adressen van de "
        "welkomstgids, de agenda en de feeds.",
    )


def changes(
    base: Side, head: Side, old_where: DataPath, new_where: DataPath, old: Buurt, new: Buurt
) -> list[Said]:
    where = f"in {new.naam}"
    gemeente = str(new_where.gemeente)
    said: list[Said] = []
    lines = []
    if old.naam != new.naam:
        lines.append(f"{old.naam} heet nu {new.naam}")
    lines += field_changes(_BUURT_FIELDS, old, new, new.naam)
    said += changed("buurt", "Buurt gewijzigd", lines)
    said += plek_changes(base, head, gemeente, new.naam, old.plekken, new.plekken)
    said += _key_figures(base, head, gemeente, old, new)
    said += hulp_changes(Scope(where, gemeente), base, head, old.hulp, new.hulp)
    said += _tips(where, old.welkom, new.welkom)
    return said


def _key_figures(base: Side, head: Side, gemeente: str, old: Buurt, buurt: Buurt) -> list[Said]:
    """Key figures are matched by their role: a role is what residents look for."""
    said: list[Said] = []
    kind = "sleutelfiguur"
    steps = match(old.sleutelfiguren, buurt.sleutelfiguren, lambda s: one_line(s.rol).lower())
    for before, after in steps.steps:
        if before is None and after is not None:
            text = f"Nieuwe sleutelfiguur: {after.rol} in {buurt.naam}"
            if after.wanneer:
                text += f", {one_line(after.wanneer)}"
            if after.waar:
                text += f", in {_plek_name(buurt, after.waar)}"
            said.append(Said(kind, Action.ADDED, text))
        elif after is None and before is not None:
            said.append(
                Said(
                    kind, Action.REMOVED, f"Sleutelfiguur verwijderd: {before.rol} in {buurt.naam}"
                )
            )
        elif before is not None and after is not None:
            subject = f"{after.rol} in {buurt.naam}"
            lines = reference(
                "organisatie",
                subject,
                before.organisatie,
                after.organisatie,
                lambda org: base.organisatie_name(gemeente, org),
                lambda org: head.organisatie_name(gemeente, org),
            )
            lines += reference(
                "plek",
                subject,
                before.waar,
                after.waar,
                lambda plek: _plek_name(old, plek),
                lambda plek: _plek_name(buurt, plek),
            )
            lines += field_changes(_KEY_FIGURE_FIELDS, before, after, subject)
            said += changed(kind, "Sleutelfiguur gewijzigd", lines)
    return said


def _plek_name(buurt: Buurt, plek_id: str) -> str:
    return next((p.naam for p in buurt.plekken if p.id == plek_id), plek_id)


def _tips(where: str, old: list[str], new: list[str]) -> list[Said]:
    """Welcome tips have no id: a tip that changed in place is 'gewijzigd', not new + gone."""
    kind = "welkom"
    before, after = [one_line(t) for t in old], [one_line(t) for t in new]
    edited: list[str] = []
    added: list[str] = []
    removed: list[str] = []
    blocks = difflib.SequenceMatcher(a=before, b=after, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in blocks:
        pairs = min(i2 - i1, j2 - j1) if tag == "replace" else 0
        edited += after[j1 : j1 + pairs]
        added += after[j1 + pairs : j2] if tag != "equal" else []
        removed += before[i1 + pairs : i2] if tag != "equal" else []
    moved = set(added) & set(removed)
    said = [
        Said(kind, Action.CHANGED, f"Welkomsttip gewijzigd {where}: {quoted(shorten(tip))}")
        for tip in edited
    ]
    said += [
        Said(kind, Action.ADDED, f"Nieuwe welkomsttip {where}: {quoted(shorten(tip))}")
        for tip in added
        if tip not in moved
    ]
    said += [
        Said(kind, Action.REMOVED, f"Welkomsttip verwijderd {where}: {quoted(shorten(tip))}")
        for tip in removed
        if tip not in moved
    ]
    if moved:
        said.append(
            Said(kind, Action.CHANGED, f"Welkomsttips {where} staan in een andere volgorde")
        )
    return said


_BUURT_FIELDS = [
    Field("cbs_code", "CBS-code"),
    Field("intro", "introductie", long=True),
]
_KEY_FIGURE_FIELDS = [
    Field("wanneer", "tijden"),
    Field("waarvoor", "uitleg", long=True),
]
