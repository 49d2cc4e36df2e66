"""Compare the site data of two revisions and say, file by file, what changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from welkom.diff import activiteit, buurt, gemeente, verhaal
from welkom.diff.model import Action, Difference, Group
from welkom.diff.paths import DataPath, FileKind, classify
from welkom.diff.said import Said
from welkom.diff.sides import Parsed, Side, buurt_path, gemeente_path
from welkom.diff.words import one_line
from welkom.gitrepo import changed_files, resolve
from welkom.model import Buurt, Gemeente, Landelijk

BROKEN_HINT = "zie de meldingen hieronder"


@dataclass(frozen=True, slots=True)
class _Handler:
    """How one kind of data file is read, named and described."""

    noun: str  # "Activiteit"
    read: Callable[[Side, DataPath], Parsed]
    name: Callable[[Side, DataPath, Any], str]
    added: Callable[[Side, DataPath, Any], list[Said]]
    removed: Callable[[Side, DataPath, Any], list[Said]]
    changes: Callable[[Side, Side, DataPath, DataPath, Parsed, Parsed], list[Said]]
    moved: Callable[[Side, Side, DataPath, DataPath, Any], Said] | None = None
    same: Callable[[Parsed, Parsed], bool] = lambda old, new: False  # one thing, moved?


def _same_title(old: Parsed, new: Parsed) -> bool:
    return bool(old.model and new.model and old.model.titel == new.model.titel)


_HANDLERS: dict[FileKind, _Handler] = {
    FileKind.ACTIVITEIT: _Handler(
        noun="Activiteit",
        read=lambda side, where: side.activiteit(where.path),
        name=lambda side, where, m: f"{m.titel} in {side.buurt_name(where.gemeente, where.buurt)}",
        added=activiteit.added,
        removed=activiteit.removed,
        changes=lambda base, head, ow, nw, old, new: activiteit.changes(
            base, head, ow, nw, old.model, new.model
        ),
        moved=activiteit.moved,
        same=_same_title,
    ),
    FileKind.VERHAAL: _Handler(
        noun="Verhaal",
        read=lambda side, where: side.story(where.path),
        name=lambda side, where, m: f'"{m.titel}"',
        added=verhaal.added,
        removed=verhaal.removed,
        changes=lambda base, head, ow, nw, old, new: verhaal.changes(
            base, head, ow, nw, (old.model, old.body), (new.model, new.body)
        ),
        moved=verhaal.moved,
        same=lambda old, new: _same_title(old, new) or (bool(old.body) and old.body == new.body),
    ),
    FileKind.BUURT: _Handler(
        noun="Buurt",
        read=lambda side, where: side.yaml(where.path, Buurt),
        name=lambda side, where, m: m.naam,
        added=buurt.added,
        removed=buurt.removed,
        changes=lambda base, head, ow, nw, old, new: buurt.changes(
            base, head, ow, nw, old.model, new.model
        ),
        moved=lambda base, head, ow, nw, m: buurt.moved(head, ow, nw, m),
        same=lambda old, new: bool(old.model and new.model and old.model.naam == new.model.naam),
    ),
    FileKind.GEMEENTE: _Handler(
        noun="Gemeente",
        read=lambda side, where: side.yaml(where.path, Gemeente),
        name=lambda side, where, m: m.naam,
        added=lambda side, where, m: gemeente.added(m),
        removed=lambda side, where, m: gemeente.removed(m),
        changes=lambda base, head, ow, nw, old, new: gemeente.changes(
            base, head, str(nw.gemeente), old.model, new.model
        ),
    ),
    FileKind.LANDELIJK: _Handler(
        noun="Landelijke hulp",
        read=lambda side, where: side.yaml(where.path, Landelijk),
        name=lambda side, where, m: "buurten/_landelijk.yml",
        added=lambda side, where, m: gemeente.landelijk_added(m),
        removed=lambda side, where, m: gemeente.landelijk_removed(),
        changes=lambda base, head, ow, nw, old, new: gemeente.landelijk_changes(
            base, head, old.model, new.model
        ),
    ),
}


class _Comparison:
    def __init__(self, root: Path, base: str, head: str | None, hint: str):
        self.base = Side(root, resolve(root, base))
        self.head = Side(root, None if head is None else resolve(root, head))
        self.hint = hint
        self.changes = [
            (c.status, classify(c.path))
            for c in changed_files(root, str(self.base.rev), self.head.rev)
        ]
        self.changes = [(s, w) for s, w in self.changes if w.kind is not FileKind.IGNORED]

    def run(self) -> list[Difference]:
        self._prefetch()
        out: list[Difference] = []
        added = [w for s, w in self.changes if s == "A"]
        removed = [w for s, w in self.changes if s == "D"]
        for old_where, new_where in self._moves(removed, added):
            removed.remove(old_where)
            added.remove(new_where)
            out += self._wrap(new_where, self._moved(old_where, new_where), old_where.path)
        for status, where in self.changes:
            if status == "M":
                out += self._wrap(where, self._changed(where, where))
            elif status == "A" and where in added:
                out += self._wrap(where, self._added(where))
            elif status == "D" and where in removed:
                out += self._wrap(where, self._removed(where))
        # Stable sort: by path, and within a file in the order the describers said it.
        return sorted(out, key=lambda d: d.path)

    def _prefetch(self) -> None:
        """Read every changed file, and the buurt and gemeente files that name them, at once."""
        context: set[str] = set()
        for _, where in self.changes:
            if where.gemeente:
                context.add(gemeente_path(where.gemeente))
                if where.buurt:
                    context.add(buurt_path(where.gemeente, where.buurt))
        self.base.prefetch(context | {w.path for s, w in self.changes if s != "A"})
        self.head.prefetch(context | {w.path for s, w in self.changes if s != "D"})

    def _moves(
        self, removed: list[DataPath], added: list[DataPath]
    ) -> list[tuple[DataPath, DataPath]]:
        """A deletion and an addition that are one file moved: same bytes, or same title/name."""
        pairs: list[tuple[DataPath, DataPath]] = []
        free = list(added)
        for rule in ("bytes", "model"):
            for old in removed:
                if any(old is o for o, _ in pairs):
                    continue
                for new in free:
                    if new.kind is old.kind and self._is_move(rule, old, new):
                        pairs.append((old, new))
                        free.remove(new)
                        break
        return pairs

    def _is_move(self, rule: str, old: DataPath, new: DataPath) -> bool:
        if rule == "bytes":
            before = self.base.raw(old.path)
            return before is not None and before == self.head.raw(new.path)
        handler = _HANDLERS.get(new.kind)
        if handler is None:
            return False
        return handler.same(handler.read(self.base, old), handler.read(self.head, new))

    def _wrap(
        self, where: DataPath, said: list[Said], old_path: str | None = None
    ) -> list[Difference]:
        group = self._group(where)
        return [
            Difference(s.kind, s.action, where.path, one_line(s.text), group, old_path)
            for s in said
        ]

    # One file ----------------------------------------------------------------------------

    def _unreadable(self, where: DataPath) -> list[Said]:
        return [
            Said(
                where.kind.value,
                Action.UNREADABLE,
                f"Het bestand {where.path} kon niet gelezen worden; {self.hint}",
            )
        ]

    def _added(self, where: DataPath) -> list[Said]:
        handler = _HANDLERS.get(where.kind)
        if handler is None:
            return self._plain(where, Action.ADDED)
        new = handler.read(self.head, where)
        if new.model is None:
            return self._unreadable(where)
        return handler.added(self.head, where, new.model)

    def _removed(self, where: DataPath) -> list[Said]:
        handler = _HANDLERS.get(where.kind)
        if handler is None:
            return self._plain(where, Action.REMOVED)
        old = handler.read(self.base, where)
        if old.model is None:
            return [Said(where.kind.value, Action.REMOVED, f"Bestand verwijderd: {where.path}")]
        return handler.removed(self.base, where, old.model)

    def _changed(self, old_where: DataPath, new_where: DataPath) -> list[Said]:
        handler = _HANDLERS.get(new_where.kind)
        if handler is None:
            return self._plain(new_where, Action.CHANGED)
        old = handler.read(self.base, old_where)
        new = handler.read(self.head, new_where)
        if new.model is None:
            return self._unreadable(new_where)
        name = handler.name(self.head, new_where, new.model)
        if old.model is None:
            return [
                Said(
                    new_where.kind.value,
                    Action.CHANGED,
                    f"{handler.noun} hersteld: {name} kon eerst niet gelezen worden, nu wel",
                )
            ]
        said = handler.changes(self.base, self.head, old_where, new_where, old, new)
        if not said and old_where == new_where:
            said = [
                Said(
                    new_where.kind.value,
                    Action.CHANGED,
                    f"{handler.noun} {name}: alleen de opmaak of het commentaar is anders; op "
                    "de site verandert niets",
                )
            ]
        return said

    def _moved(self, old_where: DataPath, new_where: DataPath) -> list[Said]:
        handler = _HANDLERS.get(new_where.kind)
        if handler is None or handler.moved is None:
            return self._plain_move(old_where, new_where)
        new = handler.read(self.head, new_where)
        if new.model is None:
            return self._unreadable(new_where)
        moved = handler.moved(self.base, self.head, old_where, new_where, new.model)
        return [moved, *self._changed(old_where, new_where)]

    def _plain(self, where: DataPath, action: Action) -> list[Said]:
        """Photos and files welkom does not use: said by file name."""
        kind = where.kind.value
        if where.kind is FileKind.FOTO:
            text = {
                Action.ADDED: f"Nieuwe foto: {where.name} in {where.folder}",
                Action.CHANGED: f"Foto vervangen: {where.name} in {where.folder}",
                Action.REMOVED: f"Foto verwijderd: {where.name} uit {where.folder}",
            }[action]
            return [Said(kind, action, text)]
        if action is Action.REMOVED:
            return [Said(kind, action, f"Bestand verwijderd: {where.path}")]
        return [
            Said(
                kind,
                Action.UNREADABLE,
                f"Het bestand {where.path} staat op een plek waar welkom het niet zoekt; "
                f"{self.hint}",
            )
        ]

    def _plain_move(self, old_where: DataPath, new_where: DataPath) -> list[Said]:
        if new_where.kind is not FileKind.FOTO:
            return self._plain(old_where, Action.REMOVED) + self._plain(new_where, Action.ADDED)
        if old_where.folder == new_where.folder:
            text = f"Foto hernoemd: {old_where.name} heet nu {new_where.name} ({new_where.folder})"
        else:
            text = f"Foto verplaatst: {old_where.path} staat nu in {new_where.folder}"
        return [Said("foto", Action.MOVED, text)]

    # Groups for the Markdown list --------------------------------------------------------

    def _group(self, where: DataPath) -> Group:
        if where.kind is FileKind.LANDELIJK:
            return Group((0, "", ""), "Landelijk")
        if where.kind is FileKind.OTHER:
            return Group((3, "", ""), "Andere bestanden")
        if where.gemeente is None:
            return Group((2, "", ""), "Verhalen voor de hele site")
        gemeente_name = self._name(lambda side: side.gemeente(str(where.gemeente)), where.gemeente)
        if where.buurt is None:
            return Group((1, where.gemeente, ""), f"Gemeente {gemeente_name}")
        buurt_name = self._name(
            lambda side: side.buurt(str(where.gemeente), str(where.buurt)), where.buurt
        )
        return Group((1, where.gemeente, where.buurt), f"{buurt_name} ({gemeente_name})")

    def _name(self, find: Callable[[Side], Any], fallback: str) -> str:
        for side in (self.head, self.base):
            found = find(side)
            if found is not None:
                return str(found.naam)
        return fallback


def compare(
    root: Path, base: str, head: str | None = None, *, hint: str = BROKEN_HINT
) -> list[Difference]:
    """What changed in the data between ``base`` and ``head`` (None: the files on disk).

    Raises `welkom.gitrepo.GitError` (a Dutch message) when a revision does not exist.
    """
    return _Comparison(root, base, head, hint).run()


__all__ = ["BROKEN_HINT", "compare"]
