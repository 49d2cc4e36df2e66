"""`welkom fotos --strip PAD…`: remove GPS and other hidden data from photos, in place."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from welkom.images import ImageError, strip_metadata

SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}


def run_fotos(paths: list[Path]) -> int:
    """Strip every photo in ``paths`` (files, or folders searched for photos).

    Exit 0 when all went well, 1 when some file is not a usable photo (the others are still
    cleaned), 2 when a path does not exist.
    """
    missing = [p for p in paths if not p.exists()]
    for p in missing:
        print(f"welkom: fout: {p} bestaat niet. Controleer de naam en de map.", file=sys.stderr)
    if missing:
        return 2
    failed = False
    found = False
    for photo in _photos(paths):
        found = True
        try:
            strip_metadata(photo)
        except ImageError as exc:
            print(f"{photo}:1:1: fout: {exc.message}", file=sys.stderr)
            failed = True
            continue
        print(f"{photo}: GPS en andere verborgen gegevens weggehaald.")
    if not found:
        where = ", ".join(str(p) for p in paths)
        print(f"Geen foto's (jpg, png of webp) gevonden in {where}.", file=sys.stderr)
    return 1 if failed else 0


def _photos(paths: Sequence[Path]) -> Iterator[Path]:
    """Named files as given (whatever their name), and photos found in named folders."""
    seen: set[Path] = set()
    for path in paths:
        if path.is_dir():
            candidates = sorted(
                p
                for p in path.rglob("*")
                if p.suffix.lower() in SUFFIXES
                and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            candidates = [path]
        for candidate in candidates:
            key = candidate.resolve()
            if key not in seen:
                seen.add(key)
                yield candidate
