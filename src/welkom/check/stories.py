"""Checks on a story beyond its front matter: consent, a body, its photo."""

from __future__ import annotations

from welkom.problems import Problem
from welkom.site import VerhaalEntry


def check_story(entry: VerhaalEntry) -> list[Problem]:
    problems: list[Problem] = []
    doc = entry.doc
    if not entry.model.toestemming:
        problems.append(
            doc.problem(
                ("toestemming",),
                "story.no-consent",
                "Dit verhaal mag pas online als de verteller toestemming gaf. Vraag het, en "
                "zet dan `toestemming: true`.",
            )
        )
    if not entry.body.strip():
        problems.append(
            doc.problem(
                (),
                "story.empty",
                "Onder de gegevens staat nog geen verhaal. Schrijf het verhaal onder de "
                "tweede regel `---`.",
            )
        )
    return problems
