"""`welkom check --gewijzigd REF`: the files changed since a git revision, and what refers to them.

Kept apart from `welkom check` so that git starts before the checking code is imported: on a
big site both take a few tenths of a second, and they can overlap.
"""

from __future__ import annotations

import sys
from pathlib import Path

from welkom.commands.output import count, found, print_problems
from welkom.gitrepo import GitError, merge_base, start_changed_files


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
    print_problems(summary.problems, fmt)
    errors = summary.errors
    warnings = len(summary.problems) - errors
    if fmt != "json":
        if not summary.changed:
            print(f"Geen buurtgegevens gewijzigd sinds {ref}.", file=sys.stderr)
        elif not errors and not warnings:
            changed = count(len(summary.changed), "gewijzigd bestand", "gewijzigde bestanden")
            print(
                f"Alles in orde: {changed} sinds {ref} gecontroleerd, met wat ernaar verwijst.",
                file=sys.stderr,
            )
        else:
            changed = count(len(summary.changed), "gewijzigd bestand", "gewijzigde bestanden")
            where = f"{changed} sinds {ref} en wat ernaar verwijst"
            print(f"{found(errors, warnings)} gevonden in {where}.", file=sys.stderr)
    return 1 if errors else 0
