"""What a converter makes of a form: the files to write, or the problems that stop it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from welkom.check.privacy import Allowlist, FieldKind
from welkom.forms.issuebody import Answers
from welkom.forms.values import FormProblem, Invalid, scan

T = TypeVar("T")


@dataclass(slots=True)
class Draft:
    answers: Answers
    title: str = ""  # the pull request's title, e.g. "Nieuwe activiteit: Repair Café in Kiem-Noord"
    what: str = ""  # one sentence for people: what will be on the site
    details: list[str] = field(default_factory=list)  # more about it, one line each
    notes: list[str] = field(default_factory=list)  # for the reviewer: worth a second look
    files: dict[str, str] = field(default_factory=dict)  # path from the site root → new text
    created: bool = True  # False when an existing file is changed
    gemeente: str | None = None  # the gemeente to check afterwards (None: no gemeente)
    problems: list[FormProblem] = field(default_factory=list)

    def problem(self, label: str, message: str, *, privacy: bool = False) -> None:
        self.problems.append(FormProblem(label, message, privacy))

    def label(self, field_id: str) -> str:
        return self.answers.form.field(field_id).label

    def read(self, field_id: str, reader: Callable[[str], T]) -> T | None:
        """The answer read by ``reader``; None when empty or wrong (then a problem is added)."""
        text = self.answers.get(field_id)
        if text is None:
            return None
        try:
            return reader(text)
        except Invalid as exc:
            self.problem(self.label(field_id), str(exc))
            return None

    def scan(self, field_id: str, kind: FieldKind, allow: Allowlist) -> None:
        """Add a problem for personal data in the answer."""
        text = self.answers.get(field_id)
        if text:
            self.problems += scan(self.answers.form.field(field_id), text, kind, allow)


def slugify(text: str, fallback: str, limit: int = 60) -> str:
    """``Repair Café!`` → ``repair-cafe``: a file name that is also part of a web address."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > limit:
        cut = slug[: limit + 1]
        slug = cut[: cut.rfind("-")] if "-" in cut else slug[:limit]
    return slug or fallback


def unique(slug: str, taken: set[str]) -> str:
    """``slug``, or ``slug-2``, ``slug-3`` … when the name is already in use."""
    if slug not in taken:
        return slug
    number = 2
    while f"{slug}-{number}" in taken:
        number += 1
    return f"{slug}-{number}"
