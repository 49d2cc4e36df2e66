"""`welkom check`: every problem, located, in plain Dutch."""

from __future__ import annotations

import sys
from pathlib import Path

from welkom.check.parallel import CheckSummary, check_summary
from welkom.commands.output import count, found, print_problems


def run_check(root: Path, paths: list[Path], fmt: str, jobs: int | None = None) -> int:
    missing = [p for p in paths if not p.exists()]
    if missing:
        for p in missing:
            print(f"welkom: fout: {p} bestaat niet.", file=sys.stderr)
        return 2
    summary = check_summary(root, paths, jobs)
    print_problems(summary.problems, fmt)
    errors = summary.errors
    warnings = len(summary.problems) - errors
    if fmt != "json":
        print(_summary(summary, errors, warnings), file=sys.stderr)
        exceptions = summary.exceptions
        if exceptions:
            print(
                f"Privacy: {count(exceptions, 'uitzondering', 'uitzonderingen')} in gebruik "
                "(privacy.toegestaan in _gemeente.yml, elk met een reden).",
                file=sys.stderr,
            )
    return 1 if errors else 0


def _summary(summary: CheckSummary, errors: int, warnings: int) -> str:
    files = count(summary.files, "bestand", "bestanden")
    if not errors and not warnings:
        return (
            f"Alles in orde: {files} gecontroleerd ("
            f"{count(summary.buurten, 'buurt', 'buurten')}, "
            f"{count(summary.activiteiten, 'activiteit', 'activiteiten')} en "
            f"{count(summary.verhalen, 'verhaal', 'verhalen')})."
        )
    return f"{found(errors, warnings)} gevonden in {files}."
