"""Normalise a text before scanning, and map every finding back to the original text.

Someone who wants a phone number on the site, or who pastes from a word processor, writes
``0&#54;-1234…``, ``06**12**345678``, ``06<!-- -->12…``, a zero-width space inside a number or
full-width digits. The detectors see the text as a reader of the page would: HTML comments and
Markdown emphasis removed, entities decoded, Unicode NFKC, invisible characters removed, every
dash a ``-``. ``Normalised.span`` maps a span of the clean text back to the original, so a
message points at the exact place the volunteer wrote.

Most values are plain ASCII without ``&``, ``<!--``, ``*`` or ``_``: they pass through untouched
after a few ``in`` tests.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

# Format characters a reader never sees: zero-width space/joiners, soft hyphen, bidi controls,
# word joiner, BOM. (Category Cf, listed so the fast test stays a set lookup.)
INVISIBLE = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069"
    "\u206a\u206b\u206c\u206d\u206e\u206f\u3164\ufeff\uffa0"
)
_DASHES = str.maketrans(
    dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d", "-")
)
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.DOTALL)
# HTML tags: inline ones ("06-1234<b></b>5678") vanish as on the page, block ones ("<br>",
# "<p>") leave a space between the words they separate.
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]{0,10})(?:\s[^<>]{0,200})?/?>")
_INLINE = frozenset(
    {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i"}
    | {"ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time"}
    | {"u", "var", "wbr"}
)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")
# Markdown emphasis: * and ~~ anywhere except a lone " * " (a bullet or a multiplication);
# _ only at the edge of a word ("_06_"), so "anja_bakt" keeps its underscore.
_EMPHASIS = re.compile(r"\*+(?! )|(?<! )\*+|~~|(?<![\w])_+(?=\w)|(?<=\w)_+(?![\w])")


@dataclass(frozen=True, slots=True)
class Normalised:
    """``text`` as the detectors see it; ``index[i]`` is where ``text[i]`` came from."""

    text: str
    index: tuple[int, ...] | None  # None: text is the original
    original: str
    invisible: tuple[tuple[int, int], ...] = ()  # spans in the original, inside a word

    def span(self, start: int, end: int) -> tuple[int, int]:
        """``text[start:end]`` as a span of the original text."""
        if self.index is None:
            return start, end
        index = self.index
        first = index[start] if start < len(index) else len(self.original)
        last = index[end - 1] + 1 if 0 < end <= len(index) else first
        return first, max(first, last)


# Combining marks over digits or letters ("0̲6̲"): dropped after a digit, where they only hide it.
_COMBINING = re.compile(r"\d[\u0300-\u036f\u1ab0-\u1aff\u20d0-\u20ff\ufe20-\ufe2f]")
_DASH_CHARS = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d")


def needs_work(raw: str) -> bool:
    """False for the usual value: nothing to decode, remove or normalise."""
    if "&" in raw or "<" in raw or "*" in raw or "_" in raw or "~~" in raw:
        return True
    if raw.isascii():
        return False
    return (
        not INVISIBLE.isdisjoint(raw)
        or not _DASH_CHARS.isdisjoint(raw)
        or not unicodedata.is_normalized("NFKC", raw)
        or _COMBINING.search(raw) is not None
    )


def normalise(raw: str) -> Normalised:
    if not needs_work(raw):
        return Normalised(raw, None, raw)
    chars: list[str] = []
    index: list[int] = []
    invisible: list[tuple[int, int]] = []

    # 1. Spans to drop (comments, emphasis) and entities to decode, in order of position.
    drops: list[tuple[int, int, str]] = []
    if "<!--" in raw:
        drops += [(m.start(), m.end(), "") for m in _COMMENT.finditer(raw)]
    if "<" in raw:
        drops += [
            (m.start(), m.end(), "" if m.group(1).lower() in _INLINE else " ")
            for m in _TAG.finditer(raw)
        ]
    if "&" in raw:
        drops += [(m.start(), m.end(), html.unescape(m.group())) for m in _ENTITY.finditer(raw)]
    if "*" in raw or "_" in raw or "~~" in raw:
        drops += [(m.start(), m.end(), "") for m in _EMPHASIS.finditer(raw)]
    drops.sort()

    position = 0
    for start, end, replacement in drops:
        if start < position:
            continue  # inside a comment already dropped
        _copy(raw, position, start, chars, index, invisible)
        for char in replacement:
            _add(char, start, chars, index)
        position = end
    _copy(raw, position, len(raw), chars, index, invisible)
    return Normalised("".join(chars), tuple(index), raw, tuple(invisible))


def _add(char: str, origin: int, chars: list[str], index: list[int]) -> None:
    if char in INVISIBLE:
        return
    if chars and chars[-1].isdigit() and unicodedata.combining(char):
        return  # "0̲6̲": a mark that only hides a digit
    if not char.isascii():
        char = unicodedata.normalize("NFKC", char).translate(_DASHES)
    for c in char:
        chars.append(c)
        index.append(origin)


def _copy(
    raw: str,
    start: int,
    end: int,
    chars: list[str],
    index: list[int],
    invisible: list[tuple[int, int]],
) -> None:
    for i in range(start, end):
        char = raw[i]
        if char in INVISIBLE:
            if _inside_word(raw, i):
                invisible.append((i, i + 1))
            continue
        _add(char, i, chars, index)


def _inside_word(raw: str, i: int) -> bool:
    """An invisible character between two letters or digits (emoji sequences excepted)."""
    before = i - 1
    while before >= 0 and raw[before] in INVISIBLE:
        before -= 1
    after = i + 1
    while after < len(raw) and raw[after] in INVISIBLE:
        after += 1
    if before < 0 or after >= len(raw):
        return False
    return raw[before].isalnum() and raw[after].isalnum()
