"""One shape for every problem a volunteer can cause: file, line, column, what and how to fix."""

from __future__ import annotations

import enum
import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass


class Severity(enum.StrEnum):
    ERROR = "fout"
    WARNING = "waarschuwing"


@dataclass(frozen=True, slots=True)
class Problem:
    """A located message for a volunteer.

    ``line`` and ``column`` are 1-based, as editors and GitHub show them. ``code`` is a stable
    machine name (``yaml.duplicate-key``) for tools and tests; ``message`` is plain Dutch and
    says how to fix the problem.
    """

    path: str
    line: int
    column: int
    severity: Severity
    code: str
    message: str
    field: str = ""

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.code)

    def format_text(self) -> str:
        message = " ".join(self.message.split())  # one problem, one line
        return f"{self.path}:{self.line}:{self.column}: {self.severity.value}: {message}"

    @property
    def title(self) -> str:
        """A few Dutch words on what kind of problem this is: the heading of an annotation."""
        if self.code in _TITLES:
            return _TITLES[self.code]
        return _TITLES.get(self.code.split(".", 1)[0], "Er klopt iets niet")

    def format_github(self) -> str:
        level = "error" if self.is_error else "warning"
        title = f"{self.title} (welkom {self.code})"
        return (
            f"::{level} file={_gh_property(self.path)},line={self.line},col={self.column},"
            f"title={_gh_property(title)}::{_gh_data(self.message)}"
        )

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["severity"] = self.severity.value
        return data


# Headings for annotations in a pull request: what a volunteer reads first, above the message.
# The code stays behind it in brackets, for maintainers and for searching the guide.
_TITLES = {
    "yaml": "Schrijffout in het bestand",
    "file": "Bestand niet te lezen",
    "model": "Deze waarde klopt niet",
    "model.unknown-key": "Onbekend woord voor de dubbele punt",
    "model.missing": "Er ontbreekt iets",
    "ref": "Verwijzing klopt niet",
    "ref.duplicate-id": "Dit id bestaat al",
    "ref.duplicate-story": "Deze verhaalnaam bestaat al",
    "privacy": "Persoonlijke gegevens",
    "foto": "Foto",
    "foto.gps": "Foto met plaatsgegevens",
    "path": "Bestand staat op de verkeerde plek",
    "story": "Verhaal",
    "site": "Opbouw van de site",
    "redirect": "Doorverwijzing klopt niet",
    "fresh": "Nakijken",
    "fresh.over": "Activiteit is voorbij",
    "limit": "Te veel of te lang",
    "markup": "HTML-code in de tekst",
}


def _gh_data(value: str) -> str:
    # GitHub workflow-command escaping: https://github.com/actions/toolkit (core/src/command.ts)
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(value: str) -> str:
    return _gh_data(value).replace(":", "%3A").replace(",", "%2C")


# Characters that start Markdown (or GitHub) markup inside a line: emphasis, code, links,
# images, HTML, tables, strikethrough, entities, headings, issue links and @mentions.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>!|~&#@])")
_CODE_SPAN = re.compile(r"(`[^`\n]+`)")


def escape_markdown(text: str) -> str:
    """``text`` as literal Markdown: volunteers' words never become links, HTML or mentions."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def code_span(text: str) -> str:
    """``text`` as inline code, with a fence longer than any run of backticks inside it."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _markdown_message(message: str) -> str:
    """Escape a message but keep its `code` spans (file names, keys, suggestions) as code."""
    parts = _CODE_SPAN.split(" ".join(message.split()))
    return "".join(part if i % 2 else escape_markdown(part) for i, part in enumerate(parts))


def format_markdown(problem: Problem) -> str:
    """``- **Fout** in `buurten/x.yml`, regel 3: …`` for a job summary or a comment."""
    label = "Fout" if problem.is_error else "Waarschuwing"
    return (
        f"- **{label}** in {code_span(problem.path)}, regel {problem.line}: "
        f"{_markdown_message(problem.message)}"
    )


def format_problems(problems: Iterable[Problem], fmt: str = "text") -> str:
    problems = list(problems)
    if fmt == "json":
        return json.dumps([p.as_dict() for p in problems], ensure_ascii=False, indent=2)
    if fmt == "github":
        return "\n".join(p.format_github() for p in problems)
    if fmt == "markdown":
        return "\n".join(format_markdown(p) for p in problems)
    return "\n".join(p.format_text() for p in problems)
