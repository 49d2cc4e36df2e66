"""Small wording helpers for the change summary: dates, lists, and "was …, nu …"."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from welkom.when.words import MONTH_NAMES, join_and

SHORT = 80  # a value longer than this is not repeated in the summary; we only say it changed


def one_line(text: str) -> str:
    return " ".join(text.split())


def quoted(text: str) -> str:
    return f'"{one_line(text)}"'


def short_date(day: dt.date) -> str:
    """``18 juli 2026``, as the site writes dates in running text."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def dates(days: Iterable[dt.date]) -> str:
    return join_and([short_date(d) for d in sorted(days)])


def count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def yes_no(value: bool) -> str:
    return "ja" if value else "nee"


def shorten(text: str, limit: int = 60) -> str:
    """The start of a long text: its first sentence if that fits, else cut at a word."""
    text = one_line(text)
    if len(text) <= limit:
        return text
    sentence = re.match(r".+?[.!?](?= )", text)
    if sentence and len(sentence.group()) <= limit:
        return sentence.group() + " …"
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",.;:")
    return cut + " …"


@dataclass(frozen=True, slots=True)
class Field:
    """How to name one field in a sentence, and how to write its value.

    ``long`` fields (descriptions, stories) are never repeated: the summary says only that
    they changed, because the pull request shows the text itself.
    """

    name: str
    label: str
    words: Callable[[Any], str] = str
    long: bool = False


def field_changes(fields: Sequence[Field], old: object, new: object, subject: str) -> list[str]:
    """``tijd van Koffieochtend in Kiem-Noord: was 10.00–12.00, nu 10.00–11.30`` per field."""
    lines = []
    for f in fields:
        before, after = getattr(old, f.name), getattr(new, f.name)
        line = was_now(f, subject, before, after)
        if line is not None:
            lines.append(line)
    return lines


def was_now(f: Field, subject: str, before: Any, after: Any) -> str | None:
    """One sentence about a changed value, or None when it reads the same as before."""
    old = _words(f, before)
    new = _words(f, after)
    if old == new:
        return None
    what = f"{f.label} van {subject}"
    if f.long or len(old or "") > SHORT or len(new or "") > SHORT:
        if old is None:
            return f"{what}: nieuw"
        if new is None:
            return f"{what}: weggehaald"
        return what
    if old is None:
        return f"{what}: nu {new}"
    if new is None:
        return f"{what}: was {old}, nu weggehaald"
    return f"{what}: was {old}, nu {new}"


def _words(f: Field, value: Any) -> str | None:
    if value is None or value == [] or value == ():
        return None
    text = one_line(f.words(value))
    return text or None


def list_changes(
    before: Iterable[Any], after: Iterable[Any], words: Callable[[Any], str]
) -> tuple[list[str], list[str]]:
    """What is new in ``after`` and what is gone from ``before``, as words, in order."""
    old = {words(v): v for v in before}
    new = {words(v): v for v in after}
    return [w for w in new if w not in old], [w for w in old if w not in new]


def reference(
    label: str,
    subject: str,
    before: str | None,
    after: str | None,
    old_name: Callable[[str], str],
    new_name: Callable[[str], str],
) -> list[str]:
    """A changed reference (to a plek, an organisation), said with the names it points at.

    Only a changed id counts: when an organisation is renamed, that is said once, at the
    organisation, not again at everything that refers to it.
    """
    if before == after:
        return []
    line = was_now(
        Field(label, label),
        subject,
        old_name(before) if before else None,
        new_name(after) if after else None,
    )
    return [line] if line else []
