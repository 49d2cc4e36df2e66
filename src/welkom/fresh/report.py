"""The maintenance list (`welkom onderhoud`): per gemeente and buurt, what is over, stale or
never checked, most urgent first, each with the file to edit.

Over, stale and future-dated entries are listed one by one, with their line. Entries that were
never checked are counted per file ("3 plekken, 2 sleutelfiguren"): on a site that has just
started using `gecontroleerd` that is nearly everything, and one line per file stays readable
(and needs no line numbers, which would mean reading every file again).

Nothing personal is in it: entries are named by their public name, or by role.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from welkom.fresh.config import Limits
from welkom.fresh.status import Entry, State, site_entries
from welkom.model.checked import MONTHS, month_words
from welkom.site import Site

PLURALS = {
    "buurt": ("de buurttekst", "de buurttekst"),
    "plek": ("plek", "plekken"),
    "sleutelfiguur": ("sleutelfiguur", "sleutelfiguren"),
    "hulp": ("hulplijn", "hulplijnen"),
    "activiteit": ("activiteit", "activiteiten"),
}
KIND_ORDER = tuple(PLURALS)


@dataclass(frozen=True, slots=True)
class Item:
    """One line of the list: an entry that needs work, or a file with never-checked entries."""

    state: State
    path: str
    line: int
    text: str
    sort: tuple[object, ...]


@dataclass(slots=True)
class Group:
    """A buurt (or the gemeente's own file) and its items, most urgent first."""

    key: str  # buurt id, or the gemeente id for its own file
    name: str
    items: list[Item] = field(default_factory=list)

    @property
    def urgency(self) -> tuple[object, ...]:
        return min(i.sort for i in self.items)


@dataclass(slots=True)
class GemeenteReport:
    id: str
    name: str
    groups: list[Group] = field(default_factory=list)

    def count(self, state: State) -> int:
        return sum(1 for g in self.groups for i in g.items if i.state is state)


def maintenance(
    site: Site, today: dt.date, limits: Limits, scope: str | None = None
) -> list[GemeenteReport]:
    """Reports per gemeente of ``site`` (only ``scope``: a gemeente or a buurt id, if given)."""
    reports: dict[str, GemeenteReport] = {}
    groups: dict[str, Group] = {}
    never: dict[str, Counter[str]] = {}
    never_groups: dict[str, str] = {}
    for entry in site_entries(site):
        if scope and not _in_scope(entry, scope):
            continue
        state = entry.state(today, limits)
        if state is State.OK:
            continue
        key = entry.buurt or entry.gemeente
        if entry.gemeente not in reports:
            g = site.gemeenten[entry.gemeente]
            reports[entry.gemeente] = GemeenteReport(entry.gemeente, g.model.naam)
        if key not in groups:
            name = (
                site.buurten[entry.buurt].model.naam
                if entry.buurt
                else f"Gemeente {site.gemeenten[entry.gemeente].model.naam}"
            )
            groups[key] = Group(key, name)
            reports[entry.gemeente].groups.append(groups[key])
        if state is State.NEVER:
            never.setdefault(entry.path, Counter())[entry.kind] += 1
            never_groups[entry.path] = key
        else:
            groups[key].items.append(_item(entry, state, limits))
    for path, kinds in never.items():
        groups[never_groups[path]].items.append(_never(path, kinds))
    for report in reports.values():
        for group in report.groups:
            group.items.sort(key=lambda i: i.sort)
        report.groups.sort(key=lambda g: (g.urgency, g.key))
    return [reports[k] for k in sorted(reports)]


def _in_scope(entry: Entry, scope: str) -> bool:
    scope = scope.strip("/")
    if "/" in scope:
        return entry.buurt == scope
    return entry.gemeente == scope


def _item(entry: Entry, state: State, limits: Limits) -> Item:
    line, _ = entry.position(state)
    what = (
        f"{PLURALS[entry.kind][0]} '{entry.label}'"
        if entry.kind != "buurt"
        else (f"de buurttekst van {entry.label}")
    )
    if state is State.OVER:
        last = entry.last_date
        assert last is not None
        text = (
            f"Voorbij: {what}, laatste keer {last.day} {MONTHS[last.month - 1]} {last.year}. "
            "Haal het bestand weg (of zet er nieuwe datums in)."
        )
        sort: tuple[object, ...] = (state, last.toordinal(), entry.path, line)
    elif state is State.STALE:
        assert entry.checked is not None
        text = (
            f"Nakijken: {what}, laatst nagekeken in {month_words(entry.checked)} "
            f"(elke {limits.of(entry.kind)} maanden)."
        )
        sort = (state, entry.checked.toordinal(), entry.path, line)
    else:
        assert entry.checked is not None
        month = month_words(entry.checked)
        text = f"Verbeteren: bij {what} staat als nagekeken {month}, een maand in de toekomst."
        sort = (state, 0, entry.path, line)
    return Item(state, entry.path, line, text, sort)


def _never(path: str, kinds: Counter[str]) -> Item:
    parts = []
    for kind in KIND_ORDER:
        n = kinds.get(kind, 0)
        if not n:
            continue
        one, many = PLURALS[kind]
        if kind == "buurt":
            parts.append(one)
        elif kind == "activiteit" and n == 1:
            parts.append("de activiteit")
        else:
            parts.append(f"{n} {one if n == 1 else many}")
    text = "Nog nooit nagekeken: " + _join(parts) + "."
    return Item(State.NEVER, path, 0, text, (State.NEVER, 0, path, 0))


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " en " + parts[-1]
