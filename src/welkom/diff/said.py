"""What a describer says about one file: sentences with their kind and action, no path yet."""

from __future__ import annotations

from typing import NamedTuple

from welkom.diff.model import Action


class Said(NamedTuple):
    kind: str
    action: Action
    text: str


def changed(kind: str, prefix: str, lines: list[str]) -> list[Said]:
    """``Plek gewijzigd: …`` for each line."""
    return [Said(kind, Action.CHANGED, f"{prefix}: {line}") for line in lines]
