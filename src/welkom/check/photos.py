"""Check the photos that places and stories point at: present, safe, and with consent."""

from __future__ import annotations

import difflib
from pathlib import Path

from welkom.images import inspect_image
from welkom.load.document import Document, Loc
from welkom.model import Foto
from welkom.problems import Problem
from welkom.site import Site

PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}

CONSENT_MESSAGE = (
    "Er staan herkenbare mensen op deze foto. Zet hem alleen online als zij toestemming gaven: "
    "zet dan `toestemming: true`. Anders: kies een foto zonder herkenbare mensen."
)


LINK_MESSAGE = (
    "Deze foto is een snelkoppeling (symbolische link) naar een bestand ergens anders. welkom "
    "gebruikt alleen gewone bestanden. Zet de foto zelf in deze map."
)


def check_photos(site: Site) -> list[Problem]:
    """Problems of every `foto:` of a plek or a story, located at its `bestand:` value."""
    problems: list[Problem] = []
    for buurt in site.buurten.values():
        folder = (site.root / buurt.doc.path).parent
        for index, plek in enumerate(buurt.model.plekken):
            if plek.foto is not None:
                loc: Loc = ("plekken", index, "foto")
                problems += check_foto(site.root, buurt.doc, loc, plek.foto, folder)
    for verhaal in site.verhalen.values():
        if verhaal.model.foto is not None:
            folder = verhaal.path.parent
            problems += check_foto(site.root, verhaal.doc, ("foto",), verhaal.model.foto, folder)
    return problems


def check_foto(root: Path, doc: Document, loc: Loc, foto: Foto, folder: Path) -> list[Problem]:
    problems: list[Problem] = []
    if foto.herkenbare_personen and not foto.toestemming:
        problems.append(doc.problem((*loc, "herkenbare_personen"), "foto.consent", CONSENT_MESSAGE))
    bestand_loc = (*loc, "bestand")
    path = folder / foto.bestand
    folder_rel = _rel(root, folder)
    if path.is_symlink():  # never followed: it could point anywhere on the machine
        problems.append(doc.problem(bestand_loc, "foto.symlink", LINK_MESSAGE))
        return problems
    if not path.is_file():
        message = (
            f"De foto `{foto.bestand}` staat niet in de map {folder_rel}/. Zet de foto in die "
            "map, naast dit bestand, of verbeter de bestandsnaam."
        )
        guess = _guess(folder, foto.bestand)
        if guess:
            message += f" Bedoel je `{guess}`?"
        problems.append(doc.problem(bestand_loc, "foto.missing", message))
        return problems
    for found in inspect_image(path, _rel(root, path)):
        problems.append(doc.problem(bestand_loc, found.code, found.message))
    return problems


def _rel(root: Path, path: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _guess(folder: Path, name: str) -> str | None:
    """A photo in ``folder`` whose name is close: other capitals, a typo, .jpeg for .jpg."""
    if not folder.is_dir():
        return None
    photos = sorted(
        p.name for p in folder.iterdir() if p.is_file() and p.suffix.lower() in PHOTO_SUFFIXES
    )
    lowered = {p.lower(): p for p in photos}
    if name.lower() in lowered:
        return lowered[name.lower()]
    close = difflib.get_close_matches(name.lower(), list(lowered), n=1, cutoff=0.75)
    return lowered[close[0]] if close else None
