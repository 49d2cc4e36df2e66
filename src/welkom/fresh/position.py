"""Where `gecontroleerd` (or `tot`, `wanneer`) stands in a file, without locating every value.

`Document.where` works out the position of every value of a file on first use (a second YAML
parse, about 3 ms a file). Freshness warnings may touch many files of a big site, and they only
need the line of one key. This reads the block-style YAML volunteers write line by line; a
found `gecontroleerd` must read back as the expected date, else `Document.where` answers.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from welkom.load.document import Document, Loc

_TOP_KEY = re.compile(r"^[^\s#-][^:]*:")


@dataclass(frozen=True, slots=True)
class Found:
    line: int
    key_column: int
    value_column: int
    value: str


def find_key(doc: Document, loc: Loc, key: str) -> Found | None:
    """``key`` in the mapping at ``loc``: ``()`` (the file) or ``(section, index)``, like
    ``("plekken", 2)``. None when the text is not in the plain block style this expects."""
    lines = doc.text.split("\n")
    if not loc:
        return _in_block(lines, range(len(lines)), 0, key)
    if len(loc) != 2 or not isinstance(loc[0], str) or not isinstance(loc[1], int):
        return None
    section, index = loc
    start = next((i for i, line in enumerate(lines) if line.startswith(f"{section}:")), None)
    if start is None:
        return None
    after = lines[start][len(section) + 1 :].strip()
    if after and not after.startswith("#"):
        return None  # a flow list on the same line: `plekken: [...]`
    end = next((i for i in range(start + 1, len(lines)) if _TOP_KEY.match(lines[i])), len(lines))
    items: list[int] = []
    indent = -1
    for i in range(start + 1, end):
        stripped = lines[i].lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        here = len(lines[i]) - len(stripped)
        if stripped.startswith("- ") and indent in (-1, here):
            indent = here
            items.append(i)
    if index >= len(items):
        return None
    stop = items[index + 1] if index + 1 < len(items) else end
    block = [lines[items[index]].replace("- ", "  ", 1), *lines[items[index] + 1 : stop]]
    found = _in_block(block, range(len(block)), indent + 2, key)
    if found is None:
        return None
    return Found(found.line + items[index], found.key_column, found.value_column, found.value)


def _in_block(lines: list[str], rows: range, indent: int, key: str) -> Found | None:
    prefix = " " * indent + f"{key}:"
    for i in rows:
        line = lines[i]
        if line.startswith(prefix):
            rest = line[len(prefix) :]
            value = rest.split(" #", 1)[0].strip()
            value_column = len(line) - len(rest.lstrip()) + 1
            return Found(i + 1, indent + 1, value_column, value)
    return None


def checked_position(doc: Document, loc: Loc, expected: dt.date) -> tuple[int, int]:
    """Line and column of the value of `gecontroleerd` in the entry at ``loc``."""
    from welkom.model.checked import parse_checked

    found = find_key(doc, loc, "gecontroleerd")
    if found is not None:
        try:
            if parse_checked(found.value.strip("'\"")) == expected:
                return found.line + doc.line_offset, found.value_column
        except ValueError:
            pass
    return doc.where((*loc, "gecontroleerd"))


def key_position(doc: Document, key: str) -> tuple[int, int]:
    """Line and column of a key at the top of the file (`tot`, `wanneer`)."""
    found = find_key(doc, (), key)
    if found is not None:
        return found.line + doc.line_offset, found.key_column
    return doc.where((key,), key=True)
