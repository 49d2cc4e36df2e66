"""What passes the check must build: refuse values the renderers and feed writers cannot take.

The models say what a value means; this module says what a value may *contain* so that every
output can hold it: HTML pages, RSS/Atom (XML 1.0, which lxml enforces), iCalendar, JSON and
the calendar arithmetic behind the agenda. Each refusal is located and says how to fix it.

- invisible control characters (C0 and C1, except tab and newline), lone surrogates and the
  non-characters U+FFFE/U+FFFF: XML cannot hold them, so the feed writer would crash;
- bidi override and isolate characters (U+202A–U+202E, U+2066–U+2069): they make text show
  in another order than it is stored ("Trojan Source"), which misleads reviewers;
- welkom's own placeholders (``<!--welkom:N-->``, ``@@MARKDOWN@@``): the page builder uses
  them to put ready HTML back into a page (render/pages/blocks.py);
- a line break in a one-line field (a name, a title): feed channel fields and iCalendar
  content lines cannot hold it; only the `Text` fields (`MULTILINE_KEYS`) have paragraphs;
- dates outside the years the calendar supports (`MIN_YEAR`..`MAX_YEAR`): ``9999-12-31`` plus
  a time until 24.00 has no next day, and a series from the year 1 takes ages to expand.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from welkom.load.document import Document, Loc
from welkom.model import Activiteit, Buurt, Verhaal
from welkom.problems import Problem, Severity
from welkom.site import Site, VerhaalEntry

MIN_YEAR = 2000
MAX_YEAR = 2100

# Tab and newline are ordinary whitespace. A carriage return only reaches a YAML value through
# the escape "\r"; in a story it is part of a Windows line end, so the body allows it there
# (a lone one, which no editor writes, is refused: Markdown and YAML read it differently).
_CONTROL = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_SURROGATES = "\ud800-\udfff"
_NONCHARACTERS = "\ufdd0-\ufdef\ufffe\uffff"
_BIDI = "\u202a-\u202e\u2066-\u2069"
_FORBIDDEN_IN_VALUE = re.compile(f"[{_CONTROL}\r{_SURROGATES}{_NONCHARACTERS}{_BIDI}]")
_FORBIDDEN_IN_BODY = re.compile(f"[{_CONTROL}{_SURROGATES}{_NONCHARACTERS}{_BIDI}]|\r(?!\n)")
# One pass over every value: anything that may need a closer look (a big site has millions).
_SUSPECT = re.compile(
    f"[{_CONTROL}\r\n{_SURROGATES}{_NONCHARACTERS}{_BIDI}]|<!--|@@MARKDOWN@@", re.IGNORECASE
)
# A big site has millions of values: a few searches over a file's YAML source decide whether
# its values need a closer look. A value can only hold a refused character, a placeholder or
# a line break if the source has that character, an escape (a backslash), the placeholder, a
# block scalar (`|`, `>`) or a blank line inside an indented (continued) value.
_SOURCE_CHARACTER = re.compile(f"[{_CONTROL}\r{_SURROGATES}{_NONCHARACTERS}{_BIDI}]")
_BLOCK_SCALAR = re.compile(r"[|>][-+0-9]*[ \t]*(?:#[^\n]*)?$", re.MULTILINE)
_BLANK_IN_VALUE = re.compile(r"\n[ \t]*\n[ \t]+\S")
# The fields of type `Text` (model/common.py): a few paragraphs, so line breaks are fine. Every
# other text is one line: a name or title with a line break breaks a feed's channel fields
# and an iCalendar content line (tests/check/test_renderable.py found it).
MULTILINE_KEYS = frozenset({"intro", "omschrijving", "waarvoor", "welkom", "samenvatting"})
PLACEHOLDER = re.compile(r"<!--\s*welkom\s*:|@@MARKDOWN@@", re.IGNORECASE)
_BODY_PLACEHOLDER = re.compile(r"@@MARKDOWN@@", re.IGNORECASE)


def check_renderable(site: Site) -> list[Problem]:
    """Problems of every loaded file whose values no output could hold."""
    problems: list[Problem] = []
    for doc, model in site.documents():
        problems += check_document(doc, model)
    for story in site.verhalen.values():
        problems += check_body(story)
    return problems


def check_document(doc: Document, model: BaseModel | None = None) -> list[Problem]:
    """Characters in every text value of ``doc``; dates of ``model`` (located in ``doc``)."""
    problems = [
        _character_problem(doc, loc, text, is_key)
        for loc, text, is_key in (_texts(doc.data, ()) if _suspect(doc) else ())
        if _SUSPECT.search(text)
        and (
            _FORBIDDEN_IN_VALUE.search(text)
            or PLACEHOLDER.search(text)
            or ("\n" in text.strip() and not _multiline(loc))
        )
    ]
    if model is not None:
        problems += [
            doc.problem(loc, "model.date-range", _date_message(day))
            for loc, day in _dates(model)
            if not MIN_YEAR <= day.year <= MAX_YEAR
        ]
    return problems


def check_body(story: VerhaalEntry) -> list[Problem]:
    """Characters and placeholders in a story's Markdown body, at their line and column."""
    problems = []
    # `<!--welkom:…-->` in a story is an HTML comment: check/markup.py refuses it (once).
    for pattern, refuse in (
        (_FORBIDDEN_IN_BODY, _char_words),
        (_BODY_PLACEHOLDER, _placeholder_words),
    ):
        found = pattern.search(story.body)
        if found is None:
            continue
        line, column = _position(story.body, found.start())
        problems.append(
            Problem(
                story.doc.path,
                story.body_line + line - 1,
                column,
                Severity.ERROR,
                "story.character" if refuse is _char_words else "story.placeholder",
                refuse(found.group()),
            )
        )
    return problems


def _suspect(doc: Document) -> bool:
    text = doc.text
    return (
        not text
        or "\\" in text
        or "<!--" in text
        or "@@" in text
        or _SOURCE_CHARACTER.search(text) is not None
        or (("|" in text or ">" in text) and _BLOCK_SCALAR.search(text) is not None)
        or _BLANK_IN_VALUE.search(text) is not None
    )


def _character_problem(doc: Document, loc: Loc, text: str, is_key: bool) -> Problem:
    bad = _FORBIDDEN_IN_VALUE.search(text)
    if bad is not None:
        return doc.problem(loc, "model.character", _char_words(bad.group()), key=is_key)
    found = PLACEHOLDER.search(text)
    if found is None:
        return doc.problem(loc, "model.line-break", _LINE_BREAK, key=is_key)
    words = _placeholder_words(found.group())
    return doc.problem(loc, "model.placeholder", words, key=is_key)


_LINE_BREAK = (
    "Deze tekst staat op meer dan één regel, maar hier hoort één regel (een naam, titel of "
    "korte tekst). Zet hem op één regel, zonder `|` of `>` na de dubbele punt en zonder lege "
    "regel erin."
)


def _multiline(loc: Loc) -> bool:
    keys = [part for part in loc if isinstance(part, str)]
    return bool(keys) and keys[-1] in MULTILINE_KEYS


def _char_words(char: str) -> str:
    code = f"U+{ord(char):04X}"
    if re.fullmatch(f"[{_BIDI}]", char):
        what = f"een onzichtbaar teken ({code}) dat de volgorde van de tekst omdraait"
    else:
        what = f"een onzichtbaar teken ({code}) dat niet op een webpagina of in een feed kan"
    return (
        f"Hier staat {what}. Het komt vaak mee bij kopiëren en plakken. Haal het weg: typ "
        "de tekst opnieuw, of plak hem eerst in een gewone teksteditor."
    )


def _placeholder_words(found: str) -> str:
    return (
        f"`{found.strip()}` is een teken dat welkom zelf gebruikt om pagina's te bouwen. Het "
        "mag niet in een tekst staan. Haal het weg."
    )


def _date_message(day: dt.date) -> str:
    return (
        f"De datum {day.isoformat()} ligt buiten de jaren die de agenda aankan "
        f"({MIN_YEAR} tot en met {MAX_YEAR}). Verbeter het jaar, bijvoorbeeld "
        f"{_same_day_in(2026, day).isoformat()}."
    )


def _same_day_in(year: int, day: dt.date) -> dt.date:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return day.replace(year=year, day=28)


def _texts(value: Any, loc: Loc) -> Iterator[tuple[Loc, str, bool]]:
    """Every text value and mapping key in plain loaded data: (location, text, is a key)."""
    if isinstance(value, str):
        yield loc, value, False
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str):
                yield (*loc, key), key, True
            yield from _texts(item, (*loc, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _texts(item, (*loc, index))


def _dates(model: BaseModel) -> Iterator[tuple[Loc, dt.date]]:
    """Every date of a validated model, with the location of the value it came from.

    Named field by field: a generic walk over every model of a big site cost a fifth of the
    whole check. A new date field needs a line here (tests/check/test_renderable.py checks).
    """
    if isinstance(model, Activiteit):
        if model.wanneer.date is not None:
            yield ("wanneer",), model.wanneer.date
        for name in ("vanaf", "tot"):
            day = getattr(model, name)
            if day is not None:
                yield (name,), day
        for name in ("behalve", "ook", "vervalt"):
            for index, day in enumerate(getattr(model, name)):
                if isinstance(day, dt.date):
                    yield (name, index), day
    elif isinstance(model, Buurt):
        for index, plek in enumerate(model.plekken):
            for number, day in enumerate(plek.gesloten):
                yield ("plekken", index, "gesloten", number), day
    elif isinstance(model, Verhaal):
        yield ("datum",), model.datum


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1
