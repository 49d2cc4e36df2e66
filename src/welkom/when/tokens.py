"""Turn a volunteer's phrase into lower-case tokens, and read lists of days from them."""

from __future__ import annotations

import re

from welkom.when.words import DAY_NAMES, DAY_WORDS

_DASHES = re.compile(r"[‐‑‒–—―−]")
_SPACES = re.compile(r"\s+")
_TOKEN = re.compile(r"t/m|[^\s,&+/\-]+|[,&+/\-]")


def normalize(text: str) -> str:
    """Lower case, plain hyphens, single spaces, no trailing period."""
    text = _DASHES.sub("-", text.lower())
    text = _SPACES.sub(" ", text).strip()
    while text.endswith("."):
        text = text[:-1].rstrip()
    return text


def tokenize(text: str) -> list[str]:
    """Words and separators; "ma." -> "ma", "&" -> "en", "tot en met" -> "t/m"."""
    text = re.sub(r"(?<=[a-z])\.", " ", normalize(text))
    raw = [_SAME.get(t, t) for t in _TOKEN.findall(text)]
    out: list[str] = []
    i = 0
    while i < len(raw):
        if raw[i : i + 3] == ["tot", "en", "met"]:
            out.append("t/m")
            i += 3
            continue
        if raw[i] == "vd" or raw[i : i + 2] == ["v", "d"]:  # "vd maand", "v.d. maand"
            out += ["van", "de"]
            i += 1 if raw[i] == "vd" else 2
            continue
        out.append(raw[i])
        i += 1
    return out


_RANGE_WORDS = frozenset({"t/m", "-", "tot"})
_SAME = {"&": "en", "+": ",", "/": ","}  # "ma/wo/vr", "za + zo"


def _single_day(tokens: list[str], i: int) -> int | None:
    if i < len(tokens):
        days = DAY_WORDS.get(tokens[i])
        if days is not None and len(days) == 1:
            return days[0]
    return None


def _item(tokens: list[str], i: int) -> tuple[set[int], int] | None:
    """One day, a group word ("werkdagen"), or a range ("ma t/m vr", "vrijdag tot zondag")."""
    if i >= len(tokens) or tokens[i] not in DAY_WORDS:
        return None
    first = _single_day(tokens, i)
    if first is not None and i + 2 < len(tokens) and tokens[i + 1] in _RANGE_WORDS:
        last = _single_day(tokens, i + 2)
        if last is not None:
            length = (last - first) % len(DAY_NAMES)
            return {(first + k) % len(DAY_NAMES) for k in range(length + 1)}, i + 3
    return set(DAY_WORDS[tokens[i]]), i + 1


def read_days(tokens: list[str], i: int) -> tuple[set[int], int] | None:
    """Read "ma, wo en vr", "dinsdag en donderdag", "ma t/m vr, za" from ``tokens[i:]``.

    A separator is only taken when a day follows it, so "eerste dinsdag en derde donderdag"
    stops before "en derde".
    """
    found = _item(tokens, i)
    if found is None:
        return None
    days, i = found
    while i < len(tokens) and tokens[i] in {",", "en"}:
        j = i + 1
        if tokens[i] == "," and j < len(tokens) and tokens[j] == "en":
            j += 1  # "ma, di, en wo"
        more = _item(tokens, j)
        if more is None:
            break
        days |= more[0]
        i = more[1]
    return days, i
