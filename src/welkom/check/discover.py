"""Which files make up a site, and what each path means (gemeente, buurt, activity, story)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from welkom.load.source import symlink_problem
from welkom.problems import Problem, Severity

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}
IGNORED_NAMES = {"README.md", "LEESMIJ.md", ".gitkeep", ".DS_Store"}


class Kind(Enum):
    LANDELIJK = "landelijk"
    GEMEENTE = "gemeente"
    BUURT = "buurt"
    ACTIVITEIT = "activiteit"
    VERHAAL = "verhaal"


@dataclass(frozen=True, slots=True)
class SourceFile:
    kind: Kind
    path: Path
    rel: str  # posix path relative to the site root, as shown in messages
    gemeente: str | None = None
    buurt: str | None = None  # slug within the gemeente
    slug: str | None = None

    @property
    def buurt_id(self) -> str | None:
        return f"{self.gemeente}/{self.buurt}" if self.gemeente and self.buurt else None


def discover(
    root: Path, gemeenten: Iterable[str] | None = None
) -> tuple[list[SourceFile], list[Problem]]:
    """Every data file under buurten/, activiteiten/ and verhalen/, in a stable order.

    With ``gemeenten``, only the folders of those gemeenten are walked, plus the files at the
    top of buurten/ and verhalen/ (the national file and site-wide stories): a check of one
    changed file in a big site should not have to list 60,000 others.
    """
    files: list[SourceFile] = []
    problems: list[Problem] = []
    only = None if gemeenten is None else sorted(set(gemeenten))
    for top in ("buurten", "activiteiten", "verhalen"):
        base = root / top
        if base.is_symlink():
            problems.append(symlink_problem(top))
            continue
        if not base.is_dir():
            continue
        links: list[tuple[str, ...]] = []
        found = _walk(base, links) if only is None else _walk_some(base, only, links)
        problems += [symlink_problem("/".join((top, *parts))) for parts in links]
        for parts in found:
            name = parts[-1]
            if name in IGNORED_NAMES or name.startswith("."):
                continue
            path = base.joinpath(*parts)
            rel = "/".join((top, *parts))
            if path.suffix.lower() in IMAGE_SUFFIXES:
                continue  # photos are checked with the file that uses them
            found = _classify(top, parts, path, rel)
            if isinstance(found, SourceFile):
                files.append(found)
            else:
                problems.append(Problem(rel, 1, 1, Severity.ERROR, "path.unexpected", found))
    return files, problems


def _walk(
    base: Path, links: list[tuple[str, ...]], prefix: tuple[str, ...] = ()
) -> list[tuple[str, ...]]:
    """Relative path parts of every regular file below ``base``, sorted.

    Symbolic links are never followed; their parts go to ``links``. Hidden folders are skipped.
    (scandir tells links, files and folders apart without a stat per file.)
    """
    found: list[tuple[str, ...]] = []
    stack = [(base, prefix)]
    while stack:
        folder, parts = stack.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                here = (*parts, entry.name)
                if entry.is_symlink():
                    links.append(here)
                elif entry.is_dir(follow_symlinks=False):
                    if not entry.name.startswith("."):
                        stack.append((Path(entry.path), here))
                else:
                    found.append(here)
    links.sort()
    return sorted(found)


def _walk_some(
    base: Path, gemeenten: list[str], links: list[tuple[str, ...]]
) -> list[tuple[str, ...]]:
    """Like _walk, but only the files at the top of ``base`` and in the given gemeente folders."""
    found: list[tuple[str, ...]] = []
    for entry in os.scandir(base):
        if entry.is_symlink():
            links.append((entry.name,))
        elif entry.is_file(follow_symlinks=False):
            found.append((entry.name,))
    for gemeente in gemeenten:
        folder = base / gemeente
        if folder.is_symlink():
            if (gemeente,) not in links:
                links.append((gemeente,))
        elif folder.is_dir():
            found += _walk(folder, links, (gemeente,))
    links.sort()
    return sorted(found)


def classify(rel: str, root: Path) -> SourceFile | str | None:
    """What the file at ``rel`` is, the reason it is misplaced, or None when it is no data file."""
    top, _, rest = rel.partition("/")
    parts = tuple(rest.split("/"))
    name = parts[-1]
    if top not in ("buurten", "activiteiten", "verhalen") or not rest:
        return None
    if name in IGNORED_NAMES or any(p.startswith(".") for p in parts):
        return None
    path = root / rel
    if path.suffix.lower() in IMAGE_SUFFIXES:
        return None
    return _classify(top, parts, path, rel)


def _classify(top: str, parts: tuple[str, ...], path: Path, rel: str) -> SourceFile | str:
    suffix = path.suffix
    stem = path.stem
    if suffix == ".yaml":
        return f"Gebruik de extensie .yml in plaats van .yaml: hernoem dit bestand naar {stem}.yml."
    if top == "buurten":
        if parts == ("_landelijk.yml",):
            return SourceFile(Kind.LANDELIJK, path, rel)
        if len(parts) == 2 and suffix == ".yml":
            gemeente = parts[0]
            if not SLUG.match(gemeente):
                return _bad_slug(gemeente, "gemeentemap")
            if stem == "_gemeente":
                return SourceFile(Kind.GEMEENTE, path, rel, gemeente)
            if not SLUG.match(stem):
                return _bad_slug(stem, "bestandsnaam")
            return SourceFile(Kind.BUURT, path, rel, gemeente, stem)
        return (
            "Dit bestand staat op een plek waar welkom het niet zoekt. Een buurt staat in "
            "buurten/<gemeente>/<buurt>.yml, een gemeente in buurten/<gemeente>/_gemeente.yml."
        )
    if top == "activiteiten":
        if len(parts) == 3 and suffix == ".yml":
            for piece, what in (
                (parts[0], "gemeentemap"),
                (parts[1], "buurtmap"),
                (stem, "bestandsnaam"),
            ):
                if not SLUG.match(piece):
                    return _bad_slug(piece, what)
            return SourceFile(Kind.ACTIVITEIT, path, rel, parts[0], parts[1], stem)
        return (
            "Een activiteit staat in activiteiten/<gemeente>/<buurt>/<naam>.yml. Verplaats dit "
            "bestand naar de map van de buurt."
        )
    # verhalen
    if suffix == ".md" and len(parts) in (1, 3):
        pieces = [*parts[:-1], stem]
        for piece in pieces:
            if not SLUG.match(piece):
                return _bad_slug(piece, "naam")
        if len(parts) == 1:
            return SourceFile(Kind.VERHAAL, path, rel, slug=stem)
        return SourceFile(Kind.VERHAAL, path, rel, parts[0], parts[1], stem)
    return (
        "Een verhaal is een .md-bestand in verhalen/ of in verhalen/<gemeente>/<buurt>/. "
        "Verplaats of hernoem dit bestand."
    )


def _bad_slug(piece: str, what: str) -> str:
    suggestion = re.sub(r"[^a-z0-9]+", "-", piece.lower()).strip("-") or "naam"
    return (
        f"De {what} `{piece}` wordt een deel van een webadres en mag alleen kleine letters, "
        f"cijfers en streepjes hebben. Hernoem hem, bijvoorbeeld naar `{suggestion}`."
    )
