"""YAML → plain data with positions, refusing what PyYAML would silently accept.

We compose the node graph (never construct arbitrary objects) and turn nodes into data
ourselves. That lets us refuse duplicate keys, unknown tags and alias bombs, and keep the
line and column of every key and value.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml

from welkom.load.document import Document, LoadResult, Loc
from welkom.load.quotes import leading_s_quote
from welkom.load.source import read_text
from welkom.problems import Problem, Severity

try:  # libyaml is ~10× faster; the pure-Python loader gives the same nodes
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - wheels ship libyaml
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

MAX_NODES = 50_000  # far above any real file; stops "billion laughs" alias expansion
MAX_DEPTH = 40

_TAG = "tag:yaml.org,2002:"
_STR, _SEQ, _MAP = _TAG + "str", _TAG + "seq", _TAG + "map"
_SCALAR_TAGS = {_TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp")}
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_BOOLS = {
    **dict.fromkeys(("true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON"), True),
    **dict.fromkeys(("false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF"), False),
}


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """Skips PyYAML's regex resolver for every untagged scalar; `_Builder.scalar` decides.

    We keep numbers as text anyway (see `_Builder.scalar`), so only null, booleans and dates
    need recognising, which a set lookup and one regex do. On a big site the resolver was a
    tenth of the whole check.
    """

    def resolve(self, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode:
            return _STR
        return _SEQ if kind is yaml.SequenceNode else _MAP


class _TooBig(Exception):
    pass


def load_yaml(path: Path, rel: str) -> LoadResult:
    text, problems = read_text(path, rel)
    if text is None:
        return LoadResult(None, problems)
    return parse_yaml(text, rel)


def parse_yaml(text: str, rel: str, *, line_offset: int = 0) -> LoadResult:
    """Parse ``text``; ``line_offset`` shifts lines (front matter starts below ``---``)."""
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        return LoadResult(None, [_syntax_problem(exc, text, rel, line_offset)])
    except yaml.reader.ReaderError as exc:
        return LoadResult(None, [_reader_problem(exc, text, rel, line_offset)])
    except yaml.YAMLError as exc:
        return LoadResult(None, [_error(rel, 1 + line_offset, 1, "yaml.syntax", _dutch_yaml(exc))])
    except RecursionError:
        return LoadResult(None, [_error(rel, 1 + line_offset, 1, "yaml.too-deep", _TOO_DEEP)])
    if node is None:
        return LoadResult(
            None,
            [
                _error(
                    rel,
                    1 + line_offset,
                    1,
                    "yaml.empty",
                    "Dit bestand is leeg (of er staat alleen commentaar in). Vul de gegevens in, "
                    "of maak een nieuw bestand met `welkom nieuw`.",
                )
            ],
        )
    builder = _Builder(rel, line_offset, record=False)
    try:
        data = builder.build(node, (), 0)
    except _TooBig:
        return LoadResult(
            None,
            [
                _error(
                    rel,
                    1 + line_offset,
                    1,
                    "yaml.too-many-nodes",
                    "Dit bestand herhaalt te veel: met ankers (&) en verwijzingen (*) groeit het "
                    f"tot meer dan {MAX_NODES} waarden. Schrijf de gegevens gewoon uit, zonder "
                    "& en *.",
                )
            ],
        )
    doc = Document(rel, data, text, line_offset)
    return LoadResult(doc, builder.problems)


def locate(
    text: str, line_offset: int = 0
) -> tuple[dict[Loc, tuple[int, int]], dict[Loc, tuple[int, int]]]:
    """Positions of every value and key in ``text`` (which parsed before)."""
    builder = _Builder("", line_offset, record=True)
    try:
        node = yaml.compose(text, Loader=_Loader)
        if node is not None:
            builder.build(node, (), 0)
    except (yaml.YAMLError, RecursionError, _TooBig):
        pass
    return builder.positions, builder.key_positions


_TOO_DEEP = (
    "Dit bestand is te diep genest (te veel inspringingen of haakjes in elkaar). "
    "Controleer de inspringing."
)


class _Builder:
    def __init__(self, rel: str, line_offset: int, *, record: bool):
        self.rel = rel
        self.line_offset = line_offset
        self.record = record
        self.positions: dict[Loc, tuple[int, int]] = {}
        self.key_positions: dict[Loc, tuple[int, int]] = {}
        self.problems: list[Problem] = []
        self.count = 0

    def pos(self, node: yaml.Node) -> tuple[int, int]:
        mark = node.start_mark
        return (mark.line + 1 + self.line_offset, mark.column + 1)

    def build(self, node: yaml.Node, loc: Loc, depth: int) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise _TooBig
        if depth > MAX_DEPTH:
            line, col = self.pos(node)
            self.problems.append(_error(self.rel, line, col, "yaml.too-deep", _TOO_DEEP))
            return None
        if self.record:
            self.positions[loc] = self.pos(node)
        if isinstance(node, yaml.ScalarNode):
            return self.scalar(node)
        if isinstance(node, yaml.SequenceNode):
            if node.tag != _TAG + "seq":
                return self.bad_tag(node)
            return [self.build(item, (*loc, i), depth + 1) for i, item in enumerate(node.value)]
        if isinstance(node, yaml.MappingNode):
            if node.tag != _TAG + "map":
                return self.bad_tag(node)
            return self.mapping(node, loc, depth)
        return self.bad_tag(node)  # pragma: no cover - composer yields only these three

    def mapping(self, node: yaml.MappingNode, loc: Loc, depth: int) -> dict[Any, Any]:
        out: dict[Any, Any] = {}
        first_lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            line, col = self.pos(key_node)
            merge = key_node.value == "<<" and not getattr(key_node, "style", "x")
            if not isinstance(key_node, yaml.ScalarNode) or merge:
                self.problems.append(
                    _error(
                        self.rel,
                        line,
                        col,
                        "yaml.bad-key",
                        "Hier staat geen gewone sleutel. Schrijf een naam gevolgd door een "
                        "dubbele punt, zoals `naam: Buurthuis De Kiem` (samenvoegen met `<<` "
                        "kan niet).",
                    )
                )
                continue
            key = key_node.value  # keys are always text; `1:` and `ja:` stay "1" and "ja"
            if key in out:
                first_line = first_lines[key]
                self.problems.append(
                    _error(
                        self.rel,
                        line,
                        col,
                        "yaml.duplicate-key",
                        f"De sleutel `{key}` staat twee keer in hetzelfde blok (ook op regel "
                        f"{first_line}). Alleen de eerste telt: voeg ze samen of haal er één weg.",
                    )
                )
                continue
            first_lines[key] = line
            if self.record:
                self.key_positions[(*loc, key)] = (line, col)
            out[key] = self.build(value_node, (*loc, key), depth + 1)
        return out

    def scalar(self, node: yaml.ScalarNode) -> Any:
        tag = node.tag
        if tag not in _SCALAR_TAGS:
            return self.bad_tag(node)
        text = node.value
        if tag != _STR or node.style:  # libyaml says "" for plain, PyYAML None
            # Quoted text stays text; an explicit !!int, !!bool … tag keeps its text too.
            return text
        # A plain scalar. Numbers stay text: YAML 1.1 reads `13:00` as 780 and `0201234567`
        # as octal; pydantic turns numeric text into a number where a field wants one.
        if text in _NULLS:
            return None
        if text in _BOOLS:
            return _BOOLS[text]
        if _DATE_RE.match(text):
            try:
                return dt.date.fromisoformat(text)
            except ValueError:
                return text  # 2026-02-30: the model reports "deze datum bestaat niet"
        return text

    def bad_tag(self, node: yaml.Node) -> None:
        line, col = self.pos(node)
        self.problems.append(
            _error(
                self.rel,
                line,
                col,
                "yaml.tag",
                f"`{_short_tag(node.tag)}` kan welkom niet lezen. Gebruik gewone tekst, getallen, "
                "datums en lijsten, zonder `!` of `!!` ervoor.",
            )
        )
        return None


def _short_tag(tag: str) -> str:
    return "!!" + tag[len(_TAG) :] if tag.startswith(_TAG) else tag


def _error(rel: str, line: int, col: int, code: str, message: str) -> Problem:
    return Problem(rel, line, col, Severity.ERROR, code, message)


# PyYAML's English messages, mapped to what a volunteer can do about them.
_YAML_HINTS: list[tuple[str, str]] = [
    (
        "found character '\\t'",
        "Hier staat een tab. YAML werkt alleen met spaties: vervang de tab door spaties.",
    ),
    (
        "mapping values are not allowed",
        "Hier staat een dubbele punt waar YAML die niet verwacht. Staat er een dubbele punt in "
        'je tekst? Zet de hele tekst dan tussen aanhalingstekens: `tijd: "13:00 - 16:00"`. '
        "Of controleer of de inspringing klopt.",
    ),
    (
        "could not find expected ':'",
        "Hier mist een dubbele punt na een sleutel, of de inspringing klopt niet. "
        "Schrijf `sleutel: waarde`.",
    ),
    (
        "did not find expected key",
        "De inspringing klopt hier niet. Zet sleutels die bij elkaar horen precies onder "
        "elkaar, met spaties.",
    ),
    (
        "did not find expected '-' indicator",
        "De inspringing van deze lijst klopt niet. Zet elk streepje (-) precies onder het vorige.",
    ),
    (
        "expected a single document",
        "Er staan meerdere documenten in dit bestand (een tweede `---`). Haal de extra `---` weg.",
    ),
    (
        "found undefined alias",
        "Hier staat een verwijzing (*) naar een anker (&) dat niet bestaat. Schrijf de waarde "
        "gewoon uit.",
    ),
    (
        "found unexpected end of stream",
        "Het bestand houdt op terwijl een tekst nog open staat. Sluit het aanhalingsteken "
        "(\" of ') dat hier begint. Begint de waarde met 's, zoals 's middags? Zet dan de hele "
        'waarde tussen dubbele aanhalingstekens: `tijd: "\'s middags 2 tot 4"`.',
    ),
    (
        "found unknown escape character",
        "Hier staat een backslash (\\) die YAML niet kent. Gebruik enkele aanhalingstekens "
        "(' ') om de tekst, of laat de backslash weg.",
    ),
    (
        "found character '@' that cannot start any token",
        "Een waarde mag niet met @ beginnen. Zet de tekst tussen aanhalingstekens.",
    ),
    (
        "found character '`' that cannot start any token",
        "Een waarde mag niet met ` beginnen. Zet de tekst tussen aanhalingstekens.",
    ),
    (
        "expected <block end>, but found",
        "De inspringing klopt hier niet, of er staat tekst na een afgesloten aanhalingsteken. "
        "Zet sleutels die bij elkaar horen precies onder elkaar.",
    ),
    (
        "expected ',' or ']'",
        "Een lijst tussen [ ] is hier niet goed afgesloten. Controleer de komma's en de ].",
    ),
    (
        "expected ',' or '}'",
        "Een blok tussen { } is hier niet goed afgesloten. Controleer de komma's en de }.",
    ),
    (
        "found duplicate anchor",
        "Hetzelfde anker (&) staat hier twee keer. Schrijf de waarden gewoon uit.",
    ),
    (
        "special characters are not allowed",
        "Hier staat een teken dat niet in een YAML-bestand mag (een onzichtbaar stuurteken). "
        "Typ de regel opnieuw.",
    ),
]


def _dutch_yaml(exc: yaml.YAMLError) -> str:
    english = " ".join(
        str(part) for part in (getattr(exc, "context", None), getattr(exc, "problem", None)) if part
    )
    for needle, dutch in _YAML_HINTS:
        if needle in english:
            return dutch
    return (
        "De YAML klopt hier niet. Controleer de inspringing (alleen spaties), de dubbele punten "
        'en de aanhalingstekens. Zet tekst met : of # erin tussen aanhalingstekens ("…"). '
        f"(Technische melding: {english or exc})"
    )


def _syntax_problem(exc: yaml.MarkedYAMLError, text: str, rel: str, line_offset: int) -> Problem:
    if (leading := leading_s_quote(text)) is not None:  # `tijd: 's middags 2 tot 4`
        line, col, message = leading
        return _error(rel, line + line_offset, col, "yaml.leading-s", message)
    mark = exc.problem_mark or exc.context_mark
    if "end of stream" in str(exc.problem) and exc.context_mark is not None:
        mark = exc.context_mark  # an unclosed quote: point at where it opens, not at the end
    line = (mark.line + 1 if mark else 1) + line_offset
    col = mark.column + 1 if mark else 1
    message = _dutch_yaml(exc)
    if mark is not None and _char_at(text, mark.line, mark.column) == "\t":
        message = _YAML_HINTS[0][1]  # libyaml does not name the tab; the text does
    elif mark is not None and _after_closing_quote(text, mark.line, mark.column):
        message = (
            "Na het afsluitende aanhalingsteken staat nog tekst. Zet de hele tekst tussen "
            'aanhalingstekens, zoals `titel: "Repair Café"`.'
        )
    return _error(rel, line, col, "yaml.syntax", message)


def _after_closing_quote(text: str, line: int, column: int) -> bool:
    """`titel: "Repair" Café`: libyaml stops at Café and blames the indentation."""
    lines = text.split("\n")
    if not 0 <= line < len(lines):
        return False
    before = lines[line][:column].rstrip()
    return before.endswith(('"', "'")) and (": " + before[-1]) in before


def _char_at(text: str, line: int, column: int) -> str:
    lines = text.split("\n")
    if 0 <= line < len(lines) and 0 <= column < len(lines[line]):
        return lines[line][column]
    return ""


def _reader_problem(exc: yaml.reader.ReaderError, text: str, rel: str, line_offset: int) -> Problem:
    """A control character YAML does not allow, pointed at exactly."""
    position = min(max(exc.position, 0), len(text))
    line = text.count("\n", 0, position) + 1 + line_offset
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or " ")
    return _error(
        rel,
        line,
        column,
        "yaml.control-character",
        f"Hier staat een onzichtbaar teken (code {code:#04x}) dat niet in een YAML-bestand mag. "
        "Haal het weg, of typ de regel opnieuw.",
    )
