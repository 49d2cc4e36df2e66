"""Normalise a text before scanning, and map every finding back to the original text.

Someone who wants a phone number on the site, or who pastes from a word processor, writes
``0&#54;-1234…``, ``06**12**345678``, ``06<!-- -->12…``, a zero-width space inside a number or
full-width digits. The detectors see the text as a reader of the page would: HTML comments and
Markdown emphasis removed, entities decoded, Unicode NFKC, invisible characters removed, every
dash a ``-``. ``Normalised.span`` maps a span of the clean text back to the original, so a
message points at the exact place the volunteer wrote.

Words spelled letter by letter (``W-I-L-L-E-M  V-O-S``, ``j a n``, ``p e t r a @ g m a i l``)
are joined into the word a reader puts together; a spelled name in capitals reads as a name
("Willem"). Emoji or symbols between the digits of a number (``06📱12📱34``) become a space.

Most values are plain ASCII without ``&``, ``<!--``, ``*`` or ``_``: they pass through untouched
after a few ``in`` tests and one short regex search.
"""

from __future__ import annotations

import html
import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

# Format characters a reader never sees: zero-width space/joiners, soft hyphen, bidi controls,
# word joiner, BOM. (Category Cf, listed so the fast test stays a set lookup.)
INVISIBLE = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069"
    "\u206a\u206b\u206c\u206d\u206e\u206f\u3164\ufeff\uffa0"
)
# Dashes, and signs that look like one between digits: "０６ー１２…" (a katakana long mark),
# "06─12…" (a box-drawing line).
_DASH_SET = (
    "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d\u2043\u02d7\u30fc\uff70"
    "\u2500\u2501\u23af\u2e3a\u2e3b"
)
_DASHES = str.maketrans(dict.fromkeys(_DASH_SET, "-"))
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.DOTALL)
# HTML tags: inline ones ("06-1234<b></b>5678") vanish as on the page, block ones ("<br>",
# "<p>") leave a space between the words they separate.
# ("<at>", "<punt>" and "<dot>" are no tags: they write an e-mail address, "jan<at>x<punt>nl".)
_TAG = re.compile(
    r"</?(?!(?:at|dot|punt|apenstaartje)>)([A-Za-z][A-Za-z0-9]{0,10})(?:\s[^<>]{0,200})?/?>",
    re.IGNORECASE,
)
_INLINE = frozenset(
    {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i"}
    | {"ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time"}
    | {"u", "var", "wbr"}
)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")
# Markdown emphasis: * and ~~ anywhere except a lone " * " (a bullet or a multiplication);
# _ only at the edge of a word ("_06_"), so "anja_bakt" keeps its underscore.
_EMPHASIS = re.compile(r"\*+(?! )|(?<! )\*+|~~|(?<![\w])_+(?=\w)|(?<=\w)_+(?![\w])")
# Markdown code marks ("06-`12345678`") and escapes ("06\-1234"): the reader sees neither.
_CODE_OR_ESCAPE = re.compile(r"`+|\\(?=[\\`*_{}\[\]()#+\-.!|~<>])")
# Cyrillic and Greek letters that look like Latin ones, inside a word with Latin letters or
# digits ("Реtra", "Јanssen", "О6-1234…"): a reader sees "Petra". Words in one script stay.
_HOMOGLYPHS = dict(
    zip(
        "аеіјорсѕухԁһӏԛԝАВЕІЈКМНОРСЅТХҮΑΒΕΖΗΙΚΜΝΟΡΤΥΧοικρυχν",
        "aeijopcsyxdhlqwABEIJKMHOPCSTXYABEZHIKMNOPTYXoikpuxv",
        strict=True,
    )
)
_MIXED_SCRIPT = re.compile(
    r"[A-Za-z0-9][\u0370-\u03ff\u0400-\u04ff]|[\u0370-\u03ff\u0400-\u04ff][A-Za-z0-9]"
)
_WORD_CHARS = re.compile(r"[^\W_]+")


# The whole pre-test in C, on the text's shape (its UTF-8 bytes): letters become "a", digits
# "0", separators " ", marks that need decoding or removing (& < * _ ` \\ ~) "!", the
# first byte of a combining mark (U+0300-036F), a Greek or a Cyrillic letter "^", other bytes
# beyond ASCII (and "?") "~", the rest "#". One translate and a few "in" tests instead of many.
def _shape_of(c: int) -> str:
    char = chr(c)
    if c >= 0x80:
        return "^" if 0xCC <= c <= 0xD3 else "~"  # "^": combining marks, Greek, Cyrillic
    if char in "&<*_`\\~":  # ("~": "~~" strikes through; a lone "~" is rare enough)
        return "!"
    if char.isdigit():
        return "0"
    if char.isalnum():
        return "a"
    if char in " /-":
        return " "
    if char == ".":
        return "."
    return "~" if char == "?" else "#"


_SHAPE = "".join(_shape_of(c) for c in range(256)).encode("ascii")


def _spelled_shape(shape: str) -> bool:
    """Three single letters in a row, each after a separator ("j a n", "W-I-L"), in the shape
    ("t/m vr" is no such row). ``str.find`` is many times faster than a regex here."""
    if shape.startswith("a a a") and shape[5:6] not in ("a", "0"):
        return True
    at = shape.find(" a a a")
    while at != -1:
        if shape[at + 6 : at + 7] not in ("a", "0"):
            return True
        at = shape.find(" a a a", at + 1)
    return False


# A word spelled letter by letter: single letters (or digits, dots, @) with one separator
# between them. Cheap test first (two single characters between separators), then the runs.
_SPELLED_HINT = re.compile(
    r"[ .*_/·•~-][^\W_][ .*_/·•~-][^\W_][ .*_/·•~-]|[^\W_] ([-./]) [^\W_] \1 [^\W_]"
)
_SPELLED = re.compile(
    r"(?<![\w.@+*/-])(?:[^\W_](?:-[^\W_]){2,}"  # W-I-L-L-E-M
    r"|[^\W_](?: - [^\W_]){2,}|[^\W_](?: / [^\W_]){2,}"  # J - A - N - N - E - K - E
    r"|[\w.@+-](?: [\w.@+-]){2,}"  # p e t r a . v d b e r g @ g m a i l . c o m
    r"|[^\W_](?:\*[^\W_]){2,}|[^\W_](?:_[^\W_]){2,}|[^\W_](?:/[^\W_]){2,}"
    r"|[^\W_](?:·[^\W_]){2,}|[^\W_](?:•[^\W_]){2,}|[^\W_](?:~[^\W_]){2,}"  # S·A·N·N·E
    r"|[^\W_](?:\.[^\W_]){3,}\.?)"  # P.E.T.R.A. (only a name: "t.a.v." and initials stay)
    r"(?![\w@+*/-])"
)
# A word written with single stars between its parts ("kees*vos*at*xs4all*nl"): stars as
# separators, not emphasis, so they stay.
_STAR_SEPARATED = re.compile(r"[^\W_]+(?:\*[^\W_]+){3,}")
# Emoji, pictographs and dingbats between the digits of a number: "06📱12📱34", "0️⃣6️⃣".
_SYMBOL = "\u2190-\u21ff\u2300-\u23ff\u2460-\u27bf\u2b00-\u2bff\ufe0f\u20e3\U0001f000-\U0001faff"
_SYMBOLS_IN_NUMBER = re.compile(r"(?<=\d)(?:[ ]?[" + _SYMBOL + r"]+(?=[ ]?\d)|[\ufe0f\u20e3]+)")


@dataclass(frozen=True, slots=True)
class Normalised:
    """``text`` as the detectors see it; ``text[i]`` came from ``original[index[i]:ends[i]]``
    (one character, or a whole entity, or a letter with its accent or closing dot)."""

    text: str
    index: tuple[int, ...] | None  # None: text is the original
    original: str
    invisible: tuple[tuple[int, int], ...] = ()  # spans in the original, inside a word
    ends: tuple[int, ...] = ()  # empty: each character ends where the next one starts
    names: tuple[tuple[int, int], ...] = ()  # names of more words spelled out, in the original

    def widen(self, start: int, end: int) -> tuple[int, int]:
        """A span of the original inside a name spelled out in more words ("W-I-L-L-E-M" of
        "W-I-L-L-E-M  V-O-S"): the whole name."""
        for first, last in self.names:
            if first <= start and end <= last:
                return first, last
        return start, end

    def span(self, start: int, end: int) -> tuple[int, int]:
        """``text[start:end]`` as a span of the original text."""
        if self.index is None:
            return start, end
        index = self.index
        first = index[start] if start < len(index) else len(self.original)
        if 0 < end <= len(index):
            last = self.ends[end - 1] if self.ends else index[end - 1] + 1
        else:
            last = first
        return first, max(first, last)


# Combining marks over digits or letters ("0̲6̲"): dropped after a digit, where they only hide it.
# Marks over letters that compose with nothing ("J̲a̲n̲", "Ko̶ster") only decorate the word.
_COMBINING = re.compile(r"[^\W_][\u0300-\u036f\u1ab0-\u1aff\u20d0-\u20ff\ufe20-\ufe2f]")
_DASH_CHARS = frozenset(_DASH_SET)


def needs_work(raw: str) -> bool:
    """False for the usual value: nothing to decode, remove or normalise."""
    ascii_only = raw.isascii()
    # (str "in" is several times faster than bytes "in": decode the shape back.)
    shape = (raw.encode("ascii") if ascii_only else raw.encode("utf-8")).translate(_SHAPE)
    shape = shape.decode("latin-1")
    if "!" in shape or ("0" in shape and ("a0a" in shape or "a00a" in shape)):
        return True
    # Three single letters in a row ("j a n", "W-I-L"), four with dots ("P.E.T.R.A."); not
    # "t/m", "a.s." or "d.w.z.", which are common and never a name.
    if (" a a a" in shape or shape.startswith("a a a")) and _spelled_shape(shape):
        return True
    if "a.a.a.a" in shape:
        return True
    if " a " in shape:  # a single letter between separators (one test for the usual text)
        if "a   a   a" in shape:  # "J - A - N"
            return True
        # A code spelled out with letters and digits: "3 5 2 1 K X", "G R - 2 7 - V X".
        if (
            "0 a" in shape or "a 0" in shape or "0   a" in shape or "a   0" in shape
        ) and _SPACED_CODE.search(raw) is not None:
            return True
    if "-" in raw and _syllable_hint(raw):
        return True
    if ascii_only:
        return False
    return (
        not INVISIBLE.isdisjoint(raw)
        or not _DASH_CHARS.isdisjoint(raw)
        or not unicodedata.is_normalized("NFKC", raw)
        or (
            "^" in shape
            and (_COMBINING.search(raw) is not None or _MIXED_SCRIPT.search(raw) is not None)
        )
        or (("0~" in shape or "0 ~" in shape) and _SYMBOLS_IN_NUMBER.search(raw) is not None)
        or (("·" in raw or "•" in raw) and _SPELLED_HINT.search(raw) is not None)
        # A letter beyond ASCII in a spelled word: "A-y-ş-e", "B j ø r n".
        or (" ~~ " in shape and _SPELLED_HINT.search(raw) is not None)
    )


def normalise(raw: str) -> Normalised:
    if not needs_work(raw):
        return Normalised(raw, None, raw)
    chars: list[str] = []
    index: list[int] = []
    ends: list[int] = []
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
        kept = [m.span() for m in _STAR_SEPARATED.finditer(raw)] if "*" in raw else []
        drops += [
            (m.start(), m.end(), "")
            for m in _EMPHASIS.finditer(raw)
            if not any(s < m.start() < e for s, e in kept)
        ]
    if "`" in raw or "\\" in raw:
        drops += [(m.start(), m.end(), "") for m in _CODE_OR_ESCAPE.finditer(raw)]
    if not raw.isascii() and _MIXED_SCRIPT.search(raw) is not None:
        drops += _homoglyphs(raw)
    if "\u202e" in raw:
        overridden = _right_to_left(raw)
        drops += overridden
        invisible += [(start, start + 1) for start, _, _ in overridden]
    seen = raw if INVISIBLE.isdisjoint(raw) else "".join(c for c in raw if c not in INVISIBLE)
    spelled_names: list[tuple[int, int]] = []
    if _SPELLED_HINT.search(seen) is not None:
        drops += _on_visible(raw, _spelled)
        if seen is raw:
            spelled_names = _spelled_names(raw)
    if _SPACED_CODE.search(seen) is not None:
        drops += _on_visible(raw, _spaced_code)
    if _LEET.search(seen) is not None:
        drops += _on_visible(raw, _leet)
    if "-" in seen and _syllable_hint(seen):
        drops += _on_visible(raw, _syllables)
    if not raw.isascii():
        drops += [
            (m.start(), m.end(), "" if m.group().strip("\ufe0f\u20e3") == "" else " ")
            for m in _SYMBOLS_IN_NUMBER.finditer(raw)
        ]  # "0️⃣6️⃣" (keycaps) are digits, "06📱12" two groups
    drops.sort()

    out = (chars, index, ends)
    position = 0
    for start, end, replacement in drops:
        if start < position:
            continue  # inside a comment already dropped
        _copy(raw, position, start, out, invisible)
        for char in replacement:
            _add(char, start, end, out)
        position = end
    _copy(raw, position, len(raw), out, invisible)
    return Normalised(
        "".join(chars), tuple(index), raw, tuple(invisible), tuple(ends), tuple(spelled_names)
    )


# A right-to-left override (U+202E) shows the text after it backwards, up to a pop (U+202C),
# an isolate's end (U+2069) or the end of the line: "\u202eaniR\u202c" reads "Rina",
# "\u202e 90 38 27 16 60" reads "06 61 72 83 09".
_OVERRIDE_END = re.compile("[\u202c\u2069\n]")


def _right_to_left(raw: str) -> list[tuple[int, int, str]]:
    """Drops that write each overridden run as a reader sees it; the run is one span of the
    original, so a finding inside it quotes the whole run."""
    drops: list[tuple[int, int, str]] = []
    at = raw.find("\u202e")
    while at != -1:
        stop = _OVERRIDE_END.search(raw, at + 1)
        end = len(raw) if stop is None else stop.start()
        run = "".join(c for c in raw[at + 1 : end] if c not in INVISIBLE)
        if any(c.isalnum() for c in run):
            closed = end + 1 if stop is not None and stop.group() != "\n" else end
            drops.append((at, closed, run[::-1]))
        at = raw.find("\u202e", end)
    return drops


def _on_visible(
    raw: str, find: Callable[[str], list[tuple[int, int, str]]]
) -> list[tuple[int, int, str]]:
    """``find`` on the text without its invisible characters ("W\u200b-I-L-L-E-M" is spelled
    too), with the spans it returns mapped back to ``raw``."""
    if INVISIBLE.isdisjoint(raw):
        return find(raw)
    keep = [i for i, c in enumerate(raw) if c not in INVISIBLE]
    visible = "".join(raw[i] for i in keep)
    return [(keep[s], keep[e - 1] + 1, r) for s, e, r in find(visible) if s < e]


def _homoglyphs(raw: str) -> list[tuple[int, int, str]]:
    """Latin letters for Cyrillic or Greek look-alikes inside a word that also has Latin."""
    drops: list[tuple[int, int, str]] = []
    for word in _WORD_CHARS.finditer(raw):
        text = word.group()
        if _MIXED_SCRIPT.search(text) is None:
            continue
        drops += [
            (word.start() + i, word.start() + i + 1, _HOMOGLYPHS[c])
            for i, c in enumerate(text)
            if c in _HOMOGLYPHS
        ]
    return drops


# A name with digits for letters: "P3tra", "Mar1eke", "H4ns de Vr1es". Only when the letters
# make a first name or a surname from the lists ("H2O", "A4", "Win10" stay).
_LEET = re.compile(r"(?<![\w@./-])[A-Za-z][A-Za-z0-9]*[0-9][A-Za-z0-9]*[A-Za-z0-9](?![\w@-])")
_LEET_LETTERS = {"0": "o", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g"}


def _leet(raw: str) -> list[tuple[int, int, str]]:
    from . import names

    drops: list[tuple[int, int, str]] = []
    for match in _LEET.finditer(raw):
        word = match.group()
        digits = sum(c.isdigit() for c in word)
        if digits > max(2, len(word) // 2) or sum(c.isalpha() for c in word) < 2:
            continue  # ("R0bert0", "J4nn3k3"; not "A4", "B1")
        for one in ("i", "l"):
            plain = "".join(_LEET_LETTERS.get(c, one if c == "1" else c) for c in word)
            if not plain.isalpha():
                break
            title = plain.capitalize()
            if names.is_first_name(title) or names.looks_like_surname(plain):
                drops += [
                    (match.start() + i, match.start() + i + 1, c)
                    for i, c in enumerate(plain)
                    if c != word[i]
                ]
                break
    return drops


# A name cut into syllables: "Ma-rie-ke", "An-na", "pe-tra". Joined only when the syllables
# make a first name from the list ("e-mail", "Kiem-Noord", "Jan-Willem" stay).
_AFTER_HYPHEN = re.compile(r"-[a-z]{2,4}\b")  # (a literal first: a fast search)
_BEFORE_HYPHEN = re.compile(r"(?<![\w-])[A-Za-z][a-z]{1,3}$")
_DAYS = frozenset({"ma", "di", "wo", "do", "vr", "za", "zo"})


def _syllable_hint(raw: str) -> bool:
    """ "An-na", "Ma-rie-ke"; not "e-mail", "ma-vr" or "Kiem-Noord"."""
    for match in _AFTER_HYPHEN.finditer(raw):
        at = match.start()
        before = _BEFORE_HYPHEN.search(raw, max(0, at - 5), at)
        if before is not None and not (before.group() in _DAYS and match.group()[1:] in _DAYS):
            return True
    return False


_SYLLABLES = re.compile(r"(?<![\w-])[A-Za-z][a-z]{0,3}(?:-[a-z]{1,4}){1,4}(?![\w-])")


def _syllables(raw: str) -> list[tuple[int, int, str]]:
    from . import names

    drops: list[tuple[int, int, str]] = []
    for match in _SYLLABLES.finditer(raw):
        plain = match.group().replace("-", "")
        if names.is_first_name(plain.capitalize(), strict=True) and len(plain) >= 4:
            start = match.start()
            drops += [
                (start + i, start + i + 1, "") for i, c in enumerate(match.group()) if c == "-"
            ]
            if plain[0].islower():
                drops.append((start, start + 1, plain[0].upper()))
    return drops


# A postcode, plate or account number spelled out one letter or digit at a time, with a space
# or a dash between and maybe a dash or slash between groups: "3 5 2 1 K X", "G R - 2 7 - V X",
# "G-R-2-7-V-X", "N L 9 1 A B N A …". At least five characters, two letters and two digits
# ("groep 1 a" or "lokaal 2 B" stay); not a part of an e-mail address spelled out.
_SPACED_CODE = re.compile(
    r"(?<![\w.@/-])(?=(?:[A-Za-z0-9][ /-]{1,3}){4}[A-Za-z0-9](?![\w@]))"
    r"(?=[^\n]*?[0-9][ /-]{1,3}[^\n]*?[0-9])(?=[^\n]*?[A-Za-z][ /-]{1,3}[^\n]*?[A-Za-z])"
    r"[A-Za-z0-9](?:(?: ?[/-] ?| )[A-Za-z0-9])+(?![\w@]| ?@| ?\. ?[^\W_])"
)
_GAP = re.compile(r" ?[/-] ?| ")


def _spaced_code(raw: str) -> list[tuple[int, int, str]]:
    """Drops that join a code spelled out: "3521 KX", "GR-27-VX". Where the writer marked
    the groups ("G R - 2 7 - V X") the marks stay; with one separator throughout, a change
    from digits to letters starts a new group (a dash when the separator was one)."""
    drops: list[tuple[int, int, str]] = []
    for match in _SPACED_CODE.finditer(raw):
        run = match.group()
        chars = [c for c in run if c.isalnum()]
        if sum(c.isdigit() for c in chars) < 2 or sum(c.isalpha() for c in chars) < 2:
            continue
        start = match.start()
        gaps = list(_GAP.finditer(run))
        uniform = len({gap.group() for gap in gaps}) == 1
        for gap in gaps:
            text = gap.group().strip()
            before, after = run[gap.start() - 1], run[gap.end()]
            if before.isdigit() == after.isdigit():
                replacement = "" if uniform or not text else text
            else:
                replacement = (text or " ") if uniform else (text or "")
            if replacement != gap.group():
                drops.append((start + gap.start(), start + gap.end(), replacement))
    return drops


def _step(run: str) -> int:
    """Every second character of a spelled run is a letter ("J-A-N"), or every fourth
    ("J - A - N")."""
    return 4 if run[1:4] in (" - ", " / ") else 2


def _spelled(raw: str) -> list[tuple[int, int, str]]:
    """Drops that join a word spelled letter by letter, and capitals that make it a name."""
    from . import names  # the name lists load only when a text spells a word out

    runs: list[tuple[int, str, bool]] = []  # start, the word, is it a name
    for match in _SPELLED.finditer(raw):
        run = match.group()
        word = run[:: _step(run)]
        if sum(c.isalpha() for c in word) < 3:
            continue  # "groep 1 2 3", "0 6 1 2 …": digits are the phone detector's
        if word.isalnum() and sum(c.isdigit() for c in word) >= 2:
            continue  # "G-R-2-7-V-X": a code, joined in groups by ``_spaced_code``
        title = word.capitalize()
        name = word.isalpha() and (
            (word.isupper() and (names.is_first_name(title) or names.looks_like_surname(word)))
            or (word.islower() and names.is_first_name(title))
        )
        if run[1] == "." and not name and len(word) < 6:
            continue  # "t.a.v.", "J.H.M.A.": initials and abbreviations stay as written
        runs.append((match.start(), run, name))
    any_name = any(name for _, _, name in runs)
    drops: list[tuple[int, int, str]] = []
    for (start, run, _), (after, _, _) in itertools.pairwise(runs):
        gap = raw[start + len(run) : after]
        if len(gap) > 1 and gap.isspace():  # "W-I-L-L-E-M  V-O-S": one space between the words
            drops.append((start + len(run) + 1, after, ""))
    for start, run, name in runs:
        step = _step(run)
        word = run[::step]
        if name or (any_name and word.isalpha() and word.isupper()):  # "W-I-L-L-E-M  V-O-S"
            word = word.capitalize()
        closed = step == 2 and len(run) % 2 == 0  # "P.E.T.R.A.": the closing dot is the word's
        for i, c in enumerate(word):
            at = start + step * i
            if closed and i == len(word) - 1:
                drops.append((at, at + 2, c))
            elif c != run[step * i]:
                drops.append((at, at + 1, c))
        drops += [(start + i, start + i + step - 1, "") for i in range(1, len(run) - closed, step)]
    return drops


# Between the words of a spelled name: spaces, and maybe a short particle ("S-A-N-N-E  D-E  …").
_NAME_GAP = re.compile(r"\s{1,3}(?:(?i:d-e|t-e|e-l|a-l|d e|t e|e l|a l)\s{1,3})?")


def _spelled_names(raw: str) -> list[tuple[int, int]]:
    """Names of two or more words spelled out ("W-I-L-L-E-M  V-O-S", "S A N N E  D E  V R I E S"):
    runs of ``_SPELLED`` with only spaces between, one of them a first name or surname."""
    from . import names

    groups: list[list[tuple[int, int, bool]]] = []
    for match in _SPELLED.finditer(raw):
        run = match.group()
        word = run[:: _step(run)]
        title = word.capitalize()
        name = word.isalpha() and (names.is_first_name(title) or names.looks_like_surname(word))
        gap = raw[groups[-1][-1][1] : match.start()] if groups else ""
        if groups and _NAME_GAP.fullmatch(gap) is not None:
            groups[-1].append((match.start(), match.end(), name))
        else:
            groups.append([(match.start(), match.end(), name)])
    return [
        (group[0][0], group[-1][1])
        for group in groups
        if len(group) > 1 and any(name for _, _, name in group)
    ]


_Out = tuple[list[str], list[int], list[int]]  # characters, where each starts and ends


def _add(char: str, origin: int, stop: int, out: _Out) -> None:
    """``char``, from ``raw[origin:stop]``, to the clean text."""
    chars, index, ends = out
    if char in INVISIBLE:
        return
    if chars and unicodedata.combining(char):
        if chars[-1].isdigit():
            ends[-1] = stop
            return  # "0̲6̲": a mark that only hides a digit
        if chars[-1] < "\u0250":  # a Latin letter: "e" and "\u0301" are "é", "J̲" is "J"
            composed = unicodedata.normalize("NFC", chars[-1] + char)
            if len(composed) == 1:
                chars[-1] = composed
            ends[-1] = stop  # the mark belongs to the letter in a quote
            return
    if not char.isascii():
        char = unicodedata.normalize("NFKC", char).translate(_DASHES)
    for c in char:
        chars.append(c)
        index.append(origin)
        ends.append(stop)


def _copy(raw: str, start: int, end: int, out: _Out, invisible: list[tuple[int, int]]) -> None:
    for i in range(start, end):
        char = raw[i]
        if char in INVISIBLE:
            if _inside_word(raw, i):
                invisible.append((i, i + 1))
            continue
        _add(char, i, i + 1, out)


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
