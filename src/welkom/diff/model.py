"""One line of the change summary, and the part of the site it belongs to."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Action(StrEnum):
    ADDED = "added"
    CHANGED = "changed"
    REMOVED = "removed"
    MOVED = "moved"  # renamed or moved file: its address or feed id changes
    UNREADABLE = "unreadable"  # cannot be read or does not fit the model at the new side


@dataclass(frozen=True, slots=True, order=True)
class Group:
    """Where a change belongs, for the grouped Markdown list: ``Kiem-Noord (Voorbeeldstad)``.

    ``key`` orders the groups: the national file first, then each gemeente followed by its
    buurten, then stories of the whole site, then files welkom does not use.
    """

    key: tuple[int, str, str]
    label: str


@dataclass(frozen=True, slots=True)
class Difference:
    kind: str  # what changed: activiteit, plek, sleutelfiguur, hulp, welkom, verhaal, foto, …
    action: Action
    path: str  # the file, at the new side (at the old side when it was removed)
    text: str  # one line of plain Dutch
    group: Group
    old_path: str | None = None  # for a moved file: where it was

    def as_dict(self) -> dict[str, str | None]:
        return {
            "kind": self.kind,
            "action": self.action.value,
            "path": self.path,
            "old_path": self.old_path,
            "text": self.text,
        }
