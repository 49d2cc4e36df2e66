"""`welkom verschil VAN [NAAR]`: what changed in the data between two revisions, in words.

The comparison starts where NAAR (or the current branch) left VAN, like a pull request on
GitHub: with ``welkom verschil origin/main`` on a branch, work that landed on main in the
meantime is not shown as if this branch undid it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from welkom.diff import compare, format_differences
from welkom.gitrepo import GitError, merge_base

HINT = "met welkom check zie je wat er mis is"


def run_verschil(root: Path, basis: str, doel: str | None, fmt: str) -> int:
    try:
        differences = compare(root, merge_base(root, basis, doel or "HEAD"), doel, hint=HINT)
    except GitError as exc:
        print(f"welkom: fout: {exc}", file=sys.stderr)
        return 2
    print(format_differences(differences, fmt))
    if fmt != "json":  # the JSON list stays the same for tools
        from welkom.diff.redirects import format_suggestions, suggested_redirects

        suggestion = format_suggestions(suggested_redirects(differences, root), fmt)
        if suggestion:
            print(f"\n{suggestion}")
    return 0
