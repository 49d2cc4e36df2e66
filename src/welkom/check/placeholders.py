"""A file made by `welkom nieuw` does not pass the check until its example texts are replaced.

The templates (`welkom.scaffold`) hold sentences that only tell the volunteer what to write
("Schrijf hier …"). Published as they are, they would tell residents nothing, so each one left
in a file is an error at the line where it stands.
"""

from __future__ import annotations

from welkom.problems import Problem, Severity
from welkom.scaffold import PLACEHOLDERS
from welkom.site import Site


def _in_text(rel: str, text: str, first_line: int) -> list[Problem]:
    left = [p for p in PLACEHOLDERS if p in text]  # one fast search per file first
    if not left:
        return []
    problems = []
    for number, line in enumerate(text.split("\n"), start=first_line):
        for placeholder in left:
            column = line.find(placeholder)
            if column >= 0 and not line[:column].lstrip().startswith("#"):
                problems.append(
                    Problem(
                        rel,
                        number,
                        column + 1,
                        Severity.ERROR,
                        "scaffold.placeholder",
                        f'Hier staat nog de voorbeeldtekst van `welkom nieuw` ("{placeholder}"). '
                        "Vervang hem door je eigen tekst, of haal de regel weg.",
                    )
                )
    return problems


def check_placeholders(site: Site) -> list[Problem]:
    problems: list[Problem] = []
    for entry in [*site.buurten.values(), *site.activiteiten.values()]:
        problems += _in_text(entry.doc.path, entry.doc.text, 1 + entry.doc.line_offset)
    for story in site.verhalen.values():
        problems += _in_text(story.doc.path, story.doc.text, 1 + story.doc.line_offset)
        problems += _in_text(story.doc.path, story.body, story.body_line)
    return problems
