"""What `welkom check` and `welkom check --gewijzigd` print: problems on stdout, counts in words."""

from __future__ import annotations

from welkom.problems import Problem, format_problems


def print_problems(problems: list[Problem], fmt: str) -> None:
    """The problems in ``fmt``; JSON always prints a list, so tools can read an empty result."""
    if problems:
        print(format_problems(problems, fmt))
    elif fmt == "json":
        print("[]")


def found(errors: int, warnings: int) -> str:
    """'2 fouten en 1 waarschuwing'."""
    parts = []
    if errors:
        parts.append(count(errors, "fout", "fouten"))
    if warnings:
        parts.append(count(warnings, "waarschuwing", "waarschuwingen"))
    return " en ".join(parts)


def count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"
