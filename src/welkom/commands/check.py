"""`welkom check`: every problem, located, in plain Dutch."""

from __future__ import annotations

import sys
from pathlib import Path

from welkom.check import check_site
from welkom.check.personal import exceptions_in_use
from welkom.problems import format_problems


def run_check(root: Path, paths: list[Path], fmt: str) -> int:
    missing = [p for p in paths if not p.exists()]
    if missing:
        for p in missing:
            print(f"welkom: fout: {p} bestaat niet.", file=sys.stderr)
        return 2
    site = check_site(root, paths)
    if site.problems:
        print(format_problems(site.problems, fmt))
    elif fmt == "json":
        print("[]")
    errors = sum(p.is_error for p in site.problems)
    warnings = len(site.problems) - errors
    if fmt != "json":
        print(_summary(site, errors, warnings), file=sys.stderr)
        exceptions = exceptions_in_use(site)
        if exceptions:
            print(
                f"Privacy: {_count(exceptions, 'uitzondering', 'uitzonderingen')} in gebruik "
                "(privacy.toegestaan in _gemeente.yml, elk met een reden).",
                file=sys.stderr,
            )
    return 1 if errors else 0


def _summary(site, errors: int, warnings: int) -> str:
    counted = (
        f"{_count(len(site.buurten), 'buurt', 'buurten')}, "
        f"{_count(len(site.activiteiten), 'activiteit', 'activiteiten')} en "
        f"{_count(len(site.verhalen), 'verhaal', 'verhalen')}"
    )
    if not errors and not warnings:
        return f"Alles in orde: {counted} gecontroleerd."
    parts = []
    if errors:
        parts.append(f"{errors} {'fout' if errors == 1 else 'fouten'}")
    if warnings:
        parts.append(f"{warnings} {'waarschuwing' if warnings == 1 else 'waarschuwingen'}")
    return f"{' en '.join(parts)} gevonden ({counted} gecontroleerd)."


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"
