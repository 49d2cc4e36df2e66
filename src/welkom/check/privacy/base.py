"""The shared vocabulary of the privacy scanner: field kinds, findings and the allowlist."""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import ClassVar

from welkom.problems import Severity


class FieldKind(enum.StrEnum):
    """What kind of field a text comes from; the rules differ per kind."""

    TEXT = "tekst"  # free text: intro, omschrijving, story body, titel, welkom tips …
    CONTACT = "contact"  # telefoon/email/website/social of an organisation, place or help line
    ADDRESS = "adres"  # the `adres` of a public place (plek)
    ROLE = "rol"  # a key figure's `rol`, a story's `verteller`: a role, never a name


@dataclass(frozen=True, slots=True)
class Finding:
    """Personal data (or something that looks like it) at ``text[start:end]``."""

    start: int
    end: int
    severity: Severity
    code: str
    message: str

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


_SPACES = re.compile(r"\s+")
_URL_PREFIX = re.compile(r"^(?:https?://)?(?:www\.|m\.|mobile\.)?")
_PHONE_CHARS = re.compile(r"[\s\-–.()/]")


def normalise(raw: str) -> str:
    """Lowercase, without spaces, URL scheme, ``www.`` or trailing slash."""
    value = _SPACES.sub("", raw).lower()
    value = _URL_PREFIX.sub("", value).rstrip("/")
    return value


def phone_key(raw: str) -> str | None:
    """``+31 30 123 4567``, ``030-1234567`` and ``0031301234567`` all give ``0301234567``."""
    value = _PHONE_CHARS.sub("", raw.replace("(0)", ""))
    if not value or not value.lstrip("+").isdigit():
        return None
    if value.startswith("+31"):
        return "0" + value[3:]
    if value.startswith("0031"):
        return "0" + value[4:]
    if value.startswith("+"):
        return "00" + value[1:]
    return value


def _keys(raw: str) -> set[str]:
    value = normalise(raw)
    keys = {value}
    key = phone_key(raw)
    if key:
        keys.add(key)
    if value.startswith("@"):
        keys.add(value[1:])
    for prefix in ("instagram.com/", "tiktok.com/@", "x.com/", "twitter.com/", "facebook.com/"):
        if value.startswith(prefix):
            keys.add(value[len(prefix) :].split("?")[0].strip("/@"))
    return keys


@dataclass(frozen=True)
class Allowlist:
    """Values a gemeente has approved under ``privacy.toegestaan`` (each with a `reden`), and
    what the site's own data already publishes (names and addresses of plekken, …).

    ``values`` are normalised keys: lowercase, no spaces; phone numbers also as national digits
    (``0301234567``), handles and profile URLs also as the bare account name. ``phrases`` are
    the same values as text: a finding inside an allowed phrase ("Anne" in "Anne Frankplein",
    "Kiem" in "Buurthuis De Kiem") is allowed too.
    """

    values: frozenset[str] = field(default_factory=frozenset)
    phrases: frozenset[str] = field(default_factory=frozenset)

    EMPTY: ClassVar[Allowlist]

    @classmethod
    def of(cls, values: Iterable[str]) -> Allowlist:
        keys: set[str] = set()
        phrases: set[str] = set()
        for raw in values:
            if raw and raw.strip():
                keys |= _keys(raw)
                phrase = " ".join(raw.split())
                if len(phrase) >= 3 and any(c.isalpha() for c in phrase):
                    phrases.add(phrase.lower())
        return cls(frozenset(keys), frozenset(phrases))

    @classmethod
    def public(cls, values: Iterable[str]) -> Allowlist:
        """Like ``of``, for many values at once (a gemeente's plekken): keys only for values
        that can be a phone number, e-mail address or account; phrases for all."""
        keys: set[str] = set()
        phrases: set[str] = set()
        for raw in values:
            phrase = " ".join(raw.split()).lower()
            if len(phrase) >= 3:
                phrases.add(phrase)
                keys.add(phrase.replace(" ", ""))
                if "@" in raw or "/" in raw or sum(c.isdigit() for c in raw) >= 6:
                    keys |= _keys(raw)  # e-mail, website, phone number
        return cls(frozenset(keys), frozenset(phrases))

    def __or__(self, other: Allowlist) -> Allowlist:
        return Allowlist(self.values | other.values, self.phrases | other.phrases)

    def covers(self, text: str, start: int, end: int) -> bool:
        """Is ``text[start:end]`` inside an allowed phrase as it occurs in ``text``?"""
        if not self.phrases:
            return False
        return any(s <= start and end <= e for s, e in _phrase_spans(self.phrases, text))

    def allows(self, raw: str) -> bool:
        if not self.values:
            return False
        value = normalise(raw)
        if value in self.values:
            return True
        key = phone_key(raw)
        return key is not None and key in self.values

    def __bool__(self) -> bool:
        return bool(self.values)


Allowlist.EMPTY = Allowlist()


@functools.lru_cache(maxsize=64)
def _phrase_pattern(phrases: frozenset[str]) -> re.Pattern[str]:
    parts = sorted(phrases, key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, p.split())) for p in parts)
    return re.compile(r"(?<!\w)(?:" + body + r")(?!\w)", re.IGNORECASE)


def _phrase_spans(phrases: frozenset[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _phrase_pattern(phrases).finditer(text)]


def words(text: str) -> frozenset[str]:
    """A word list written as one string, one or more words a line."""
    return frozenset(text.split())


ERROR = Severity.ERROR
WARNING = Severity.WARNING


def whole_words(low: str, word: str, *, after_hyphen: bool = True) -> Iterator[tuple[int, int]]:
    """Start and end of every whole-word ``word`` in ``low``: "huis", not the "huis" of
    "buurthuis". ``after_hyphen``: also right after a hyphen ("ex-gebruikers")."""
    at = low.find(word)
    while at != -1:
        end = at + len(word)
        before = low[at - 1] if at else " "
        if not (before.isalnum() or (before == "-" and not after_hyphen)) and (
            end == len(low) or not low[end].isalnum()
        ):
            yield at, end
        at = low.find(word, end)


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` sorted, overlapping ones joined."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
