"""Reading a file's text safely: size limit, UTF-8, a clear message for each failure."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import BinaryIO

from welkom.problems import Problem, Severity

MAX_BYTES = 1024 * 1024  # a buurt file is a few KB; a megabyte is a mistake, not content


def read_text(path: Path, rel: str) -> tuple[str | None, list[Problem]]:
    """Return the file's text, or ``None`` with a problem that says what to do."""
    try:
        # O_NOFOLLOW: `discover` refuses links already; a link is never followed anyway.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return None, [symlink_problem(rel)]
        return None, [_unreadable(rel, exc)]
    with os.fdopen(fd, "rb") as file:
        return _read(file, rel)


def _read(file: BinaryIO, rel: str) -> tuple[str | None, list[Problem]]:
    try:
        size = os.fstat(file.fileno()).st_size
        if size > MAX_BYTES:
            return None, [
                _problem(
                    rel,
                    1,
                    1,
                    "file.too-large",
                    f"Dit bestand is te groot ({size // 1024} KB; de grens is "
                    f"{MAX_BYTES // 1024} KB). Een buurt, activiteit of verhaal past in een "
                    "klein bestand. Splits het op, of haal per ongeluk geplakte tekst weg.",
                )
            ]
        raw = file.read()
    except OSError as exc:
        return None, [_unreadable(rel, exc)]
    return decode(raw, rel)


def _unreadable(rel: str, exc: OSError) -> Problem:
    return _problem(
        rel,
        1,
        1,
        "file.unreadable",
        f"Dit bestand kan niet gelezen worden ({exc.strerror or exc}). "
        "Controleer of het bestaat en of je het mag lezen.",
    )


def symlink_problem(rel: str) -> Problem:
    """A symbolic link in a data folder: never followed, always refused.

    A link can point anywhere on the machine that builds the site (``ln -s /elders/tekst.md``
    would publish a file from outside the repository; ``ln -s / buurten/wortel`` would make
    the check walk the whole file system).
    """
    return Problem(
        rel,
        1,
        1,
        Severity.ERROR,
        "path.symlink",
        "Dit is een snelkoppeling (symbolische link) naar een ander bestand of een andere map. "
        "welkom leest alleen gewone bestanden en mappen in buurten/, activiteiten/ en "
        "verhalen/. Zet het bestand zelf hier neer, of haal de snelkoppeling weg.",
    )


def decode(raw: bytes, rel: str) -> tuple[str | None, list[Problem]]:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        return None, [
            _problem(
                rel,
                line,
                column,
                "file.not-utf8",
                "Dit bestand is niet opgeslagen als UTF-8, daardoor kloppen letters als é en ë "
                "niet. Sla het op als UTF-8 (in de GitHub-editor gaat dat vanzelf; in Kladblok "
                "kies je bij 'Opslaan als' de codering UTF-8).",
            )
        ]
    if "\x00" in text:
        offset = text.index("\x00")
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        return None, [
            _problem(
                rel,
                line,
                column,
                "file.binary",
                "Dit is geen tekstbestand. Zet hier alleen YAML- of Markdown-tekst neer.",
            )
        ]
    return text, []


def _problem(rel: str, line: int, column: int, code: str, message: str) -> Problem:
    return Problem(rel, line, column, Severity.ERROR, code, message)
