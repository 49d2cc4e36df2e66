"""Write values as YAML the way volunteers write it by hand, and prove it reads back the same.

Plain scalars where they are safe, `[a, b]` for short lists, `- item` lines for opening hours,
a folded block (`>`) for long text. Every rendering is parsed again with welkom's own loader;
when it would not read back as the same value, a quoted form is used instead. The same input
always gives the same text.
"""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from collections.abc import Iterable
from typing import Any

from welkom.load.yamlfile import parse_yaml

WIDTH = 96  # the files in the repository wrap text a little before ruff's 100
Value = str | bool | dt.date | list[Any]


def document(items: Iterable[tuple[str, Value]], header: str = "") -> str:
    """A top-level mapping, one key per line, with ``header`` lines (comments) above it."""
    return header + "".join(f"{key}:{render_value(key, value, 0)}\n" for key, value in items)


def render_value(key: str, value: Value, indent: int, *, block_list: bool = False) -> str:
    """The text after ``key:`` for a key at column ``indent`` (0-based): " x" or a block."""
    for candidate in _candidates(value, indent, block_list):
        if _reads_back(key, candidate, value, indent):
            return candidate
    return " " + json.dumps(_plain(value), ensure_ascii=False)  # JSON is valid YAML


def _plain(value: Value) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _candidates(value: Value, indent: int, block_list: bool) -> list[str]:
    inner = " " * (indent + 2)
    if isinstance(value, bool):
        return [" true" if value else " false"]
    if isinstance(value, dt.date):
        return [f" {value.isoformat()}"]
    if isinstance(value, list):
        items = [_item(v) for v in value]
        flow = " [" + ", ".join(items) + "]"
        block = "".join(f"\n{inner}- {i}" for i in items)
        quoted = "".join(f"\n{inner}- {_single_quoted(str(_plain(v)))}" for v in value)
        if block_list or indent + len(flow) > WIDTH:
            return [block, quoted]
        return [flow, block, quoted]
    text = value
    if "\n" not in text and indent + len(text) + 20 <= WIDTH:
        quoted = [f" {_single_quoted(text)}", " " + json.dumps(text, ensure_ascii=False)]
        return [f" {text}", *(reversed(quoted) if "'" in text else quoted)]
    return [_folded(text, inner)]


def _item(value: Any) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _single_quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _folded(text: str, inner: str) -> str:
    """`>` with each line of ``text`` as a wrapped paragraph, a blank line between them."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = " ".join(paragraph.split())
        if not words:
            continue
        if lines:
            lines.append("")
        lines += textwrap.wrap(
            words, width=WIDTH - len(inner), break_long_words=False, break_on_hyphens=False
        )
    return " >\n" + "\n".join(f"{inner}{line}" if line else "" for line in lines)


def _reads_back(key: str, candidate: str, value: Value, indent: int) -> bool:
    result = parse_yaml(f"{' ' * indent}{key}:{candidate}\n", "check.yml")
    if result.document is None or result.problems:
        return False
    data = result.document.data
    if not isinstance(data, dict) or list(data) != [key]:
        return False
    return _same(data[key], value)


def _same(read: Any, value: Value) -> bool:
    if isinstance(value, list):
        return (
            isinstance(read, list)
            and len(read) == len(value)
            and all(_same(r, v) for r, v in zip(read, value, strict=True))
        )
    if isinstance(value, str):
        # A folded block ends with a line break; the models strip it again.
        return isinstance(read, str) and read.rstrip("\n") == value
    return type(read) is type(value) and read == value


def paragraphs(text: str) -> str:
    """Free text from a form as the data holds it: one line per paragraph, single spaces.

    Paragraphs are separated by an empty line; a single line break inside a paragraph is a
    space, as in Markdown.
    """
    parts = [" ".join(p.split()) for p in text.replace("\r\n", "\n").split("\n\n")]
    return "\n".join(p for p in parts if p)
