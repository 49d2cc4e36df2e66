"""Stories: the file name is the address (/verhalen/<slug>/), so a rename must be said loudly."""

from __future__ import annotations

import datetime as dt

from welkom.diff.model import Action
from welkom.diff.paths import DataPath
from welkom.diff.plek import foto_changes
from welkom.diff.said import Said, changed
from welkom.diff.sides import Side
from welkom.diff.words import Field, field_changes, one_line, quoted, short_date, yes_no
from welkom.model import Verhaal
from welkom.when.words import MONTH_NAMES

KIND = "verhaal"


def url(where: DataPath) -> str:
    return f"/verhalen/{where.slug}/"


def _buurt(side: Side, where: DataPath) -> str | None:
    if where.gemeente is None or where.buurt is None:
        return None
    return side.buurt_name(where.gemeente, where.buurt)


def _subject(side: Side, where: DataPath, verhaal: Verhaal) -> str:
    buurt = _buurt(side, where)
    return f"{quoted(verhaal.titel)} ({buurt})" if buurt else quoted(verhaal.titel)


def added(side: Side, where: DataPath, verhaal: Verhaal) -> list[Said]:
    return [Said(KIND, Action.ADDED, f"Nieuw verhaal: {_subject(side, where, verhaal)}")]


def removed(side: Side, where: DataPath, verhaal: Verhaal) -> list[Said]:
    return [
        Said(
            KIND,
            Action.REMOVED,
            f"Verhaal verwijderd: {_subject(side, where, verhaal)}. Het adres {url(where)} werkt "
            "dan niet meer.",
        )
    ]


def moved(
    base: Side, head: Side, old_where: DataPath, new_where: DataPath, verhaal: Verhaal
) -> Said:
    before = _buurt(base, old_where) or "de hele site"
    after = _buurt(head, new_where) or "de hele site"
    if old_where.folder == new_where.folder:
        first = f"Verhaal hernoemd: {_subject(head, new_where, verhaal)}."
    else:
        first = f"Verhaal verplaatst: {quoted(verhaal.titel)} hoort nu bij {after} (was {before})."
    if old_where.slug == new_where.slug:
        return Said(KIND, Action.MOVED, f"{first} Het adres {url(new_where)} blijft hetzelfde.")
    return Said(
        KIND,
        Action.MOVED,
        f"{first} Let op: het adres van dit verhaal verandert van {url(old_where)} naar "
        f"{url(new_where)}. Wie de oude link heeft, vindt het verhaal dan niet meer.",
    )


def changes(
    base: Side,
    head: Side,
    old_where: DataPath,
    new_where: DataPath,
    old: tuple[Verhaal, str],
    new: tuple[Verhaal, str],
) -> list[Said]:
    (before, old_body), (after, new_body) = old, new
    subject = _subject(head, new_where, after)
    lines = []
    if before.titel != after.titel:
        lines.append(f"{_subject(base, old_where, before)} heet nu {quoted(after.titel)}")
    lines += field_changes(_FIELDS, before, after, subject)
    lines += foto_changes(subject, before.foto, after.foto)
    if one_line(old_body) != one_line(new_body):
        lines.append(f"tekst van {subject}")
    return changed(KIND, "Verhaal gewijzigd", lines)


def _month_or_day(day: dt.date) -> str:
    """`datum: 2026-10` is read as the first of the month: say ``oktober 2026``."""
    if day.day == 1:
        return f"{MONTH_NAMES[day.month - 1]} {day.year}"
    return short_date(day)


_FIELDS = [
    Field("datum", "datum", _month_or_day),
    Field("verteller", "verteller"),
    Field("toestemming", "toestemming", yes_no),
    Field("samenvatting", "samenvatting", long=True),
]
