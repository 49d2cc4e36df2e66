"""Pair up the items of two lists by a key (a plek's id, a key figure's role, …)."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(slots=True)
class Matched(Generic[T]):
    """In the order of the new list: pairs and new items; then the items that went away."""

    steps: list[tuple[T | None, T | None]] = field(default_factory=list)

    @property
    def added(self) -> list[T]:
        return [new for old, new in self.steps if old is None and new is not None]

    @property
    def removed(self) -> list[T]:
        return [old for old, new in self.steps if new is None and old is not None]


def match(old: Sequence[T], new: Sequence[T], key: Callable[[T], Hashable]) -> Matched[T]:
    """The n-th old item with a key goes with the n-th new item with that key."""
    waiting: dict[Hashable, list[T]] = {}
    for item in old:
        waiting.setdefault(key(item), []).append(item)
    result: Matched[T] = Matched()
    for item in new:
        same = waiting.get(key(item))
        result.steps.append((same.pop(0) if same else None, item))
    paired = {id(o) for o, _ in result.steps if o is not None}
    result.steps += [(item, None) for item in old if id(item) not in paired]
    return result
