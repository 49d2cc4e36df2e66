"""One shape for every problem a volunteer can cause: file, line, column, what and how to fix."""

from __future__ import annotations

import enum
import json
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

    def format_github(self) -> str:
        level = "error" if self.is_error else "warning"
        return (
            f"::{level} file={_gh_property(self.path)},line={self.line},col={self.column},"
            f"title={_gh_property('welkom ' + self.code)}::{_gh_data(self.message)}"
        )

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["severity"] = self.severity.value
        return data


def _gh_data(value: str) -> str:
    # GitHub workflow-command escaping: https://github.com/actions/toolkit (core/src/command.ts)
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(value: str) -> str:
    return _gh_data(value).replace(":", "%3A").replace(",", "%2C")


def format_problems(problems: Iterable[Problem], fmt: str = "text") -> str:
    problems = list(problems)
    if fmt == "json":
        return json.dumps([p.as_dict() for p in problems], ensure_ascii=False, indent=2)
    if fmt == "github":
        return "\n".join(p.format_github() for p in problems)
    return "\n".join(p.format_text() for p in problems)
