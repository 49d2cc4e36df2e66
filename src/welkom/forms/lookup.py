"""Find a gemeente, buurt, plek or organisation from what a volunteer typed.

People write a name ("Kiem-Noord", "kiem noord"), the slug ("kiem-noord") or paste the
address of the buurt page (https://welkom.example.org/voorbeeldstad/kiem-noord/). Matching
ignores case, accents and punctuation. A site may hold 14,500 buurten, so only the buurten of
one gemeente are read, and of each only its `naam:` line.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from welkom.check.privacy import Allowlist
from welkom.forms.issuebody import label_key
from welkom.load import load_yaml

_NAAM_LINE = re.compile(r"^naam:[ \t]*(.+?)[ \t]*(?:#.*)?$", re.MULTILINE)
_SUBPAGES = frozenset({"welkom", "agenda", "embed", "index.html"})
_URL_LIKE = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|/|www\.|[a-z0-9.-]+\.[a-z]{2,}/)", re.I)


class NotFound(Exception):
    """A Dutch message for the volunteer: what we could not find, and what to write instead."""


@dataclass(frozen=True, slots=True)
class Choice:
    """Something that can be chosen: its id (slug) and the name people know it by."""

    id: str
    naam: str


def find(text: str, choices: list[Choice], noun: str, plural: str, where: str = "") -> Choice:
    """The one choice that ``text`` names, by id or name; else NotFound with close matches.

    ``noun`` is "buurt", ``plural`` "buurten"; ``where`` is added as "in Voorbeeldstad".
    """
    key = label_key(text)
    hits = [c for c in choices if key in (label_key(c.id), label_key(c.naam))]
    unique = list(dict.fromkeys(hits))
    if len(unique) == 1:
        return unique[0]
    place = f" in {where}" if where else ""
    if len(unique) > 1:
        names = _join([f"{c.naam} ({c.id})" for c in unique])
        raise NotFound(
            f"Er zijn meer {plural} die ‘{text}’ heten{place}: {names}. Schrijf welke je bedoelt."
        )
    raise NotFound(f"De {noun} ‘{text}’ vinden we niet{place}.{suggest(text, choices)}")


def suggest(text: str, choices: list[Choice]) -> str:
    """ " Bedoel je Kiem-Noord?" for the closest names, or all names when there are few.

    Close means: spelled almost the same, or sharing a word ("de moestuin" for "Buurtmoestuin
    Het Veld"). Never picked for the volunteer: a form must not change the wrong plek.
    """
    keys: dict[str, Choice] = {}
    for c in choices:
        keys.setdefault(label_key(c.naam), c)
        keys.setdefault(label_key(c.id), c)
    close = difflib.get_close_matches(label_key(text), list(keys), n=6, cutoff=0.6)
    if not close:
        words = [w for w in label_key(text).split() if len(w) >= 4]
        close = [k for k in keys if any(w in k.replace(" ", "") for w in words)]
    names = list(dict.fromkeys(keys[k].naam for k in close))[:3]
    if names:
        return f" Bedoel je {_join(names, 'of')}?"
    everything = sorted({c.naam for c in choices})
    if 0 < len(everything) <= 12:
        return f" Je kunt kiezen uit: {_join(everything, 'en')}."
    return ""


def _join(items: list[str], last: str = "en") -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {last} {items[-1]}"


def _choices(items: Any) -> list[Choice]:
    """Choices from a list of mappings with `id` and `naam` (skipping what is not)."""
    if not isinstance(items, list):
        return []
    return [
        Choice(str(i["id"]), str(i.get("naam") or i["id"]))
        for i in items
        if isinstance(i, dict) and isinstance(i.get("id"), str)
    ]


def naam_of(path: Path) -> str | None:
    """The `naam:` at the top level of a YAML file, read without parsing the whole file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    found = _NAAM_LINE.search(text)
    if found is None:
        return None
    value = found[1]
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    return value


def url_parts(text: str) -> tuple[str, str] | None:
    """(gemeente, buurt) from the address of a buurt page, or None when it is no address."""
    text = text.strip()
    if not _URL_LIKE.match(text):
        return None
    if "://" not in text and not text.startswith("/"):
        text = "https://" + text
    path = urlsplit(text).path
    parts = [p for p in path.split("/") if p]
    while parts and parts[-1].lower() in _SUBPAGES:
        parts.pop()
    if len(parts) < 2:
        return None
    return parts[-2].lower(), parts[-1].lower()


class SiteIndex:
    """What the forms need to know of the site on disk, read lazily and only once."""

    def __init__(self, root: Path):
        self.root = root
        self._gemeenten: list[Choice] | None = None
        self._buurten: dict[str, list[Choice]] = {}
        self._data: dict[Path, Any] = {}

    def gemeenten(self) -> list[Choice]:
        if self._gemeenten is None:
            found = []
            base = self.root / "buurten"
            for folder in sorted(base.iterdir()) if base.is_dir() else []:
                marker = folder / "_gemeente.yml"
                if folder.is_dir() and marker.is_file():
                    found.append(Choice(folder.name, naam_of(marker) or folder.name))
            self._gemeenten = found
        return self._gemeenten

    def buurten(self, gemeente: str) -> list[Choice]:
        if gemeente not in self._buurten:
            folder = self.root / "buurten" / gemeente
            self._buurten[gemeente] = [
                Choice(p.stem, naam_of(p) or p.stem)
                for p in sorted(folder.glob("*.yml"))
                if not p.name.startswith("_")
            ]
        return self._buurten[gemeente]

    def data(self, rel: str) -> Any:
        """The plain data of a YAML file (None when it cannot be read)."""
        path = self.root / rel
        if path not in self._data:
            result = load_yaml(path, rel) if path.is_file() else None
            self._data[path] = (
                None if result is None or result.document is None else (result.document.data)
            )
        return self._data[path]

    def plekken(self, gemeente: str, buurt: str) -> list[Choice]:
        data = self.data(f"buurten/{gemeente}/{buurt}.yml")
        return _choices(data.get("plekken") if isinstance(data, dict) else None)

    def organisaties(self, gemeente: str) -> list[Choice]:
        """The gemeente's organisations, then the national ones (as the check allows)."""
        found: list[Choice] = []
        for rel in (f"buurten/{gemeente}/_gemeente.yml", "buurten/_landelijk.yml"):
            data = self.data(rel)
            found += _choices(data.get("organisaties") if isinstance(data, dict) else None)
        return found

    def allowlist(self, gemeente: str) -> Allowlist:
        """The gemeente's `privacy.toegestaan`, as the check uses it."""
        data = self.data(f"buurten/{gemeente}/_gemeente.yml")
        privacy = data.get("privacy") if isinstance(data, dict) else None
        items = privacy.get("toegestaan") if isinstance(privacy, dict) else None
        if not isinstance(items, list):
            return Allowlist.EMPTY
        return Allowlist.of(str(i.get("waarde", "")) for i in items if isinstance(i, dict))

    def site_url(self) -> str:
        """The site's address from mkdocs.yml (read as text: the core never imports MkDocs)."""
        try:
            text = (self.root / "mkdocs.yml").read_text(encoding="utf-8")
        except OSError:
            return "/"
        found = re.search(r"^site_url:[ \t]*['\"]?([^'\"\s#]+)", text, re.MULTILINE)
        return found[1].rstrip("/") + "/" if found else "/"

    def gemeente(self, text: str) -> Choice:
        return find(text, self.gemeenten(), "gemeente", "gemeenten")

    def buurt(self, gemeente_text: str | None, buurt_text: str) -> tuple[Choice, Choice]:
        """(gemeente, buurt) from the two answers; raises NotFound with a Dutch message."""
        from_url = url_parts(buurt_text)
        if from_url is not None:
            g_slug, b_slug = from_url
            gemeente = next((g for g in self.gemeenten() if g.id == g_slug), None)
            buurt = None
            if gemeente is not None:
                buurt = next((b for b in self.buurten(gemeente.id) if b.id == b_slug), None)
            if gemeente is None or buurt is None:
                raise NotFound(
                    f"Op het adres {buurt_text} staat geen buurt die we kennen. Kopieer het adres "
                    "van de buurtpagina opnieuw, of schrijf de naam van de buurt."
                )
            if gemeente_text and label_key(gemeente_text) not in (
                label_key(gemeente.id),
                label_key(gemeente.naam),
            ):
                raise NotFound(
                    f"Het adres hoort bij de gemeente {gemeente.naam}, maar bij Gemeente staat "
                    f"‘{gemeente_text}’. Maak ze gelijk."
                )
            return gemeente, buurt
        if not gemeente_text:
            raise NotFound(
                "Vul ook de gemeente in, of plak het adres van de buurtpagina bij Buurt."
            )
        gemeente = self.gemeente(gemeente_text)
        example = f"{self.site_url()}{gemeente.id}/…/"
        try:
            buurt = find(buurt_text, self.buurten(gemeente.id), "buurt", "buurten", gemeente.naam)
        except NotFound as exc:
            raise NotFound(
                f"{exc} Schrijf de naam zoals op de site, of plak het adres van de buurtpagina "
                f"(zoals {example})."
            ) from None
        return gemeente, buurt
