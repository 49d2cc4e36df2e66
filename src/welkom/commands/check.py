"""`welkom check`: every problem, located, in plain Dutch."""

from __future__ import annotations

import sys
from pathlib import Path

from welkom.check.parallel import CheckSummary, check_summary
from welkom.problems import format_problems


def run_check(root: Path, paths: list[Path], fmt: str, jobs: int | None = None) -> int:
    missing = [p for p in paths if not p.exists()]
    if missing:
        for p in missing:
            print(f"welkom: fout: {p} bestaat niet.", file=sys.stderr)
        return 2
    summary = check_summary(root, paths, jobs)
    if summary.problems:
        print(format_problems(summary.problems, fmt))
    elif fmt == "json":
        print("[]")
    errors = summary.errors
    warnings = len(summary.problems) - errors
    if fmt != "json":
        print(_summary(summary, errors, warnings), file=sys.stderr)
        exceptions = summary.exceptions
        if exceptions:
            print(
                f"Privacy: {_count(exceptions, 'uitzondering', 'uitzonderingen')} in gebruik "
                "(privacy.toegestaan in _gemeente.yml, elk met een reden).",
                file=sys.stderr,
            )
    return 1 if errors else 0


def _summary(summary: CheckSummary, errors: int, warnings: int) -> str:
    files = _count(summary.files, "bestand", "bestanden")
    if not errors and not warnings:
        return (
            f"Alles in orde: {files} gecontroleerd ("
            f"{_count(summary.buurten, 'buurt', 'buurten')}, "
            f"{_count(summary.activiteiten, 'activiteit', 'activiteiten')} en "
            f"{_count(summary.verhalen, 'verhaal', 'verhalen')})."
        )
    parts = []
    if errors:
        parts.append(f"{errors} {'fout' if errors == 1 else 'fouten'}")
    if warnings:
        parts.append(f"{warnings} {'waarschuwing' if warnings == 1 else 'waarschuwingen'}")
    return f"{' en '.join(parts)} gevonden in {files}."


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"
