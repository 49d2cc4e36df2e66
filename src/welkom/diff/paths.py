"""What a changed path is: the national file, a gemeente, a buurt, an activity, a story, a photo.

The rules are the checker's own (`welkom.check.discover`), so the summary never calls a file
data that `welkom check` ignores, or the other way round.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path, PurePosixPath

from welkom.check.discover import IMAGE_SUFFIXES, Kind, SourceFile
from welkom.check.discover import classify as classify_source


class FileKind(Enum):
    LANDELIJK = "landelijk"
    GEMEENTE = "gemeente"
    BUURT = "buurt"
    ACTIVITEIT = "activiteit"
    VERHAAL = "verhaal"
    FOTO = "foto"
    OTHER = "bestand"  # in a data folder, but not where welkom looks
    IGNORED = "genegeerd"  # README.md, .gitkeep, …: never data


_KINDS = {
    Kind.LANDELIJK: FileKind.LANDELIJK,
    Kind.GEMEENTE: FileKind.GEMEENTE,
    Kind.BUURT: FileKind.BUURT,
    Kind.ACTIVITEIT: FileKind.ACTIVITEIT,
    Kind.VERHAAL: FileKind.VERHAAL,
}


@dataclass(frozen=True, slots=True)
class DataPath:
    path: str  # relative to the site root, with `/`
    kind: FileKind
    gemeente: str | None = None
    buurt: str | None = None  # slug within the gemeente
    slug: str | None = None  # activity or story slug

    @property
    def buurt_id(self) -> str | None:
        return f"{self.gemeente}/{self.buurt}" if self.gemeente and self.buurt else None

    @property
    def folder(self) -> str:
        return self.path.rpartition("/")[0] + "/"

    @property
    def name(self) -> str:
        return self.path.rpartition("/")[2]


def classify(path: str) -> DataPath:
    """The meaning of ``path`` (``buurten/…``, ``activiteiten/…`` or ``verhalen/…``)."""
    pure = PurePosixPath(path)
    top, *parts = pure.parts
    if parts and pure.suffix.lower() in IMAGE_SUFFIXES and not pure.name.startswith("."):
        return _photo(path, top, parts)
    found = classify_source(path, Path())  # reads no file: the path alone decides
    if found is None:
        return DataPath(path, FileKind.IGNORED)
    if not isinstance(found, SourceFile):
        return DataPath(path, FileKind.OTHER)
    return DataPath(path, _KINDS[found.kind], found.gemeente, found.buurt, found.slug)


def _photo(path: str, top: str, parts: list[str]) -> DataPath:
    """A photo sits next to the file that shows it: a story, or a gemeente's buurt files."""
    folders = parts[:-1]
    if top == "verhalen" and len(folders) == 2:
        return DataPath(path, FileKind.FOTO, folders[0], folders[1])
    if top == "buurten" and len(folders) == 1:
        return DataPath(path, FileKind.FOTO, folders[0])
    return DataPath(path, FileKind.FOTO)
