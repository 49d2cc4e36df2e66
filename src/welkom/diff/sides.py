"""One side of a comparison: the site's files at a git revision (or on disk), read on demand.

Only the files that changed are read, plus the few needed to name things: the buurt file for a
buurt's and a plek's name, `_gemeente.yml` for the gemeente and its organisations. A site with
14,500 buurten is never loaded as a whole.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from welkom.gitrepo import read_files
from welkom.load.markdown import parse_markdown
from welkom.load.source import MAX_BYTES, decode
from welkom.load.yamlfile import parse_yaml
from welkom.model import Activiteit, Buurt, Gemeente, Landelijk, Plek, Verhaal

M = TypeVar("M", bound=BaseModel)

LANDELIJK = "buurten/_landelijk.yml"


def buurt_path(gemeente: str, buurt: str) -> str:
    return f"buurten/{gemeente}/{buurt}.yml"


def gemeente_path(gemeente: str) -> str:
    return f"buurten/{gemeente}/_gemeente.yml"


@dataclass(frozen=True, slots=True)
class Parsed:
    """A file at one side: absent, unreadable (``model`` None), or read into its model."""

    exists: bool
    model: Any = None
    body: str = ""  # a story's text below the front matter

    @property
    def broken(self) -> bool:
        return self.exists and self.model is None


class Side:
    """The files at ``rev`` (``None``: on disk), each read and parsed at most once."""

    def __init__(self, root: Path, rev: str | None):
        self.root = root
        self.rev = rev
        self._raw: dict[str, bytes | None] = {}
        self._parsed: dict[str, Parsed] = {}

    def prefetch(self, paths: Iterable[str]) -> None:
        """Read ``paths`` in one go (one git process instead of one per file)."""
        missing = sorted({p for p in paths if p not in self._raw})
        if missing:
            self._raw.update(read_files(self.root, self.rev, missing))

    def raw(self, path: str) -> bytes | None:
        self.prefetch([path])
        return self._raw[path]

    def exists(self, path: str) -> bool:
        return self.raw(path) is not None

    def yaml(self, path: str, model: type[M]) -> Parsed:
        if path not in self._parsed:
            self._parsed[path] = self._read_yaml(path, model)
        return self._parsed[path]

    def story(self, path: str) -> Parsed:
        if path not in self._parsed:
            self._parsed[path] = self._read_story(path)
        return self._parsed[path]

    def _text(self, path: str) -> str | None:
        raw = self.raw(path)
        if raw is None or len(raw) > MAX_BYTES:
            return None
        return decode(raw, path)[0]

    def _read_yaml(self, path: str, model: type[M]) -> Parsed:
        if not self.exists(path):
            return Parsed(False)
        text = self._text(path)
        if text is None:
            return Parsed(True)
        result = parse_yaml(text, path)
        if result.document is None or any(p.is_error for p in result.problems):
            return Parsed(True)
        return Parsed(True, _validate(result.document.data, model))

    def _read_story(self, path: str) -> Parsed:
        if not self.exists(path):
            return Parsed(False)
        text = self._text(path)
        if text is None:
            return Parsed(True)
        md = parse_markdown(text, path)
        if md.front is None or any(p.is_error for p in md.problems):
            return Parsed(True)
        return Parsed(True, _validate(md.front.data, Verhaal), md.body)

    # What the summary needs to name things ------------------------------------------------

    def activiteit(self, path: str) -> Parsed:
        return self.yaml(path, Activiteit)

    def buurt(self, gemeente: str, buurt: str) -> Buurt | None:
        return self.yaml(buurt_path(gemeente, buurt), Buurt).model

    def gemeente(self, gemeente: str) -> Gemeente | None:
        return self.yaml(gemeente_path(gemeente), Gemeente).model

    def buurt_name(self, gemeente: str, buurt: str) -> str:
        found = self.buurt(gemeente, buurt)
        return found.naam if found is not None else buurt

    def gemeente_name(self, gemeente: str) -> str:
        found = self.gemeente(gemeente)
        return found.naam if found is not None else gemeente

    def plek(self, gemeente: str, buurt: str, ref: str) -> Plek | None:
        """The plek an activity means: ``plek-id`` in its buurt, or ``andere-buurt/plek-id``."""
        if "/" in ref:
            buurt, ref = ref.split("/", 1)
        found = self.buurt(gemeente, buurt)
        if found is None:
            return None
        return next((p for p in found.plekken if p.id == ref), None)

    def plek_name(self, gemeente: str, buurt: str, ref: str) -> str:
        found = self.plek(gemeente, buurt, ref)
        return found.naam if found is not None else ref

    def organisatie_name(self, gemeente: str | None, org_id: str) -> str:
        """The organisation's name from `_gemeente.yml`, else from `_landelijk.yml`."""
        sources = [self.gemeente(gemeente)] if gemeente else []
        sources.append(self.yaml(LANDELIJK, Landelijk).model)
        for source in sources:
            if source is not None:
                for org in source.organisaties:
                    if org.id == org_id:
                        return org.naam
        return org_id


def _validate(data: object, model: type[M]) -> M | None:
    if not isinstance(data, dict):
        return None
    try:
        return model.model_validate(data)
    except ValidationError:
        return None
