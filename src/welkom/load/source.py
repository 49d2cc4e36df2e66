"""Reading a file's text safely: size limit, UTF-8, a clear message for each failure."""

from __future__ import annotations

from pathlib import Path

from welkom.problems import Problem, Severity

MAX_BYTES = 1024 * 1024  # a buurt file is a few KB; a megabyte is a mistake, not content


def read_text(path: Path, rel: str) -> tuple[str | None, list[Problem]]:
    """Return the file's text, or ``None`` with a problem that says what to do."""
    try:
        size = path.stat().st_size
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
        raw = path.read_bytes()
    except OSError as exc:
        return None, [
            _problem(
                rel,
                1,
                1,
                "file.unreadable",
                f"Dit bestand kan niet gelezen worden ({exc.strerror or exc}). "
                "Controleer of het bestaat en of je het mag lezen.",
            )
        ]
    return decode(raw, rel)


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
