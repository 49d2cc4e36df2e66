"""`welkom verschil VAN [NAAR]`: what changed in the data between two revisions, in words."""

from __future__ import annotations

import sys
from pathlib import Path

from welkom.diff import compare, format_differences
from welkom.gitrepo import GitError

HINT = "met welkom check zie je wat er mis is"


def run_verschil(root: Path, basis: str, doel: str | None, fmt: str) -> int:
    try:
        differences = compare(root, basis, doel, hint=HINT)
    except GitError as exc:
        print(f"welkom: fout: {exc}", file=sys.stderr)
        return 2
    print(format_differences(differences, fmt))
    return 0
