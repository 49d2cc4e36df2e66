"""A loaded file: plain Python data, and the position of every value and key when asked."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from welkom.problems import Problem, Severity

Loc = tuple[str | int, ...]
Position = tuple[int, int]  # 1-based line, column


@dataclass(slots=True)
class Document:
    """Data as plain dicts, lists and scalars, with ``positions[loc]`` for every value.

    ``loc`` is the path into the data, as pydantic reports it: ``("plekken", 0, "naam")``.
    ``key_positions[loc]`` is where the key of that value starts, which is where a message
    about an unknown or misplaced key should point.

    Positions are worked out from ``text`` the first time they are needed: only files with a
    problem need them, and keeping them for every value of 90,000 files costs gigabytes.
    """

    path: str
    data: Any
    text: str = ""
    line_offset: int = 0  # front matter starts below the `---` line
    _positions: dict[Loc, Position] | None = None
    _key_positions: dict[Loc, Position] | None = None

    @property
    def positions(self) -> dict[Loc, Position]:
        if self._positions is None:
            self._locate()
        return self._positions  # type: ignore[return-value]

    @property
    def key_positions(self) -> dict[Loc, Position]:
        if self._key_positions is None:
            self._locate()
        return self._key_positions  # type: ignore[return-value]

    def _locate(self) -> None:
        from welkom.load.yamlfile import locate

        self._positions, self._key_positions = locate(self.text, self.line_offset)

    def where(self, loc: Loc, *, key: bool = False) -> Position:
        """The position of ``loc``, or of its nearest located parent."""
        loc = tuple(loc)
        if key and loc in self.key_positions:
            return self.key_positions[loc]
        while loc:
            if loc in self.positions:
                return self.positions[loc]
            loc = loc[:-1]
        return self.positions.get((), (1, 1))

    def problem(
        self,
        loc: Loc,
        code: str,
        message: str,
        *,
        severity: Severity = Severity.ERROR,
        key: bool = False,
    ) -> Problem:
        line, column = self.where(loc, key=key)
        return Problem(self.path, line, column, severity, code, message, format_loc(loc))


@dataclass(slots=True)
class LoadResult:
    document: Document | None
    problems: list[Problem]


def format_loc(loc: Loc) -> str:
    """``("plekken", 0, "naam")`` → ``plekken[0].naam``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out
