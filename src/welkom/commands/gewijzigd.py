"""`welkom check --gewijzigd REF`: the files changed since a git revision, and what refers to them.

Kept apart from `welkom check` so that git starts before the checking code is imported: on a
big site both take a few tenths of a second, and they can overlap.
"""

from __future__ import annotations

import sys
from pathlib import Path

from welkom.gitrepo import GitError, merge_base, start_changed_files
from welkom.problems import format_problems


def run_check_changed(root: Path, ref: str, fmt: str) -> int:
    """`welkom check --gewijzigd REF`: the changed files and what refers to them."""
    try:
        # git compares the disk with the index while Python imports the checking code.
        pending = start_changed_files(root, merge_base(root, ref))
        from welkom.check.changed import check_changed

        summary = check_changed(root, ref, pending)
    except GitError as exc:
        print(f"welkom: fout: {exc}", file=sys.stderr)
        return 2
    if summary.problems:
        print(format_problems(summary.problems, fmt))
    elif fmt == "json":
        print("[]")
    errors = summary.errors
    warnings = len(summary.problems) - errors
    if fmt != "json":
        if not summary.changed:
            print(f"Geen buurtgegevens gewijzigd sinds {ref}.", file=sys.stderr)
        elif not errors and not warnings:
            changed = _count(len(summary.changed), "gewijzigd bestand", "gewijzigde bestanden")
            print(
                f"Alles in orde: {changed} sinds {ref} gecontroleerd, met wat ernaar verwijst.",
                file=sys.stderr,
            )
        else:
            parts = []
            if errors:
                parts.append(f"{errors} {'fout' if errors == 1 else 'fouten'}")
            if warnings:
                parts.append(f"{warnings} {'waarschuwing' if warnings == 1 else 'waarschuwingen'}")
            changed = _count(len(summary.changed), "gewijzigd bestand", "gewijzigde bestanden")
            print(
                f"{' en '.join(parts)} gevonden in {changed} sinds {ref} en wat ernaar verwijst.",
                file=sys.stderr,
            )
    return 1 if errors else 0


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"
