"""Read a site's data as it was at a git revision: what changed, and the files themselves.

Paths are relative to the site root (which may be a folder inside the repository) and use
``/``. Renames are reported as a deletion plus an addition, so every caller sees both the old
and the new path. ``head=None`` means the files as they are now on disk, untracked new files
included: that is what a volunteer running ``welkom check --gewijzigd`` has in front of them.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

DATA_FOLDERS = ("buurten", "activiteiten", "verhalen")


class GitError(Exception):
    """A git problem, described in plain Dutch for the person who ran the command."""


@dataclass(frozen=True, slots=True)
class Change:
    status: str  # "A" added, "M" changed, "D" deleted
    path: str


def _git(root: Path, *args: str, stdin: bytes | None = None) -> bytes:
    env = {**os.environ, "GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"}
    try:
        done = subprocess.run(
            ["git", "-C", str(root), *args],
            input=stdin,
            capture_output=True,
            check=False,
            env=env,
        )
    except FileNotFoundError:
        raise GitError(
            "git is niet geïnstalleerd. Installeer git en probeer het opnieuw."
        ) from None
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
        if detail and "not a git repository" in detail[0]:
            raise GitError(
                f"De map {root} is geen git-repository. Deze opdracht werkt alleen in een "
                "kopie (clone) van de repository."
            )
        raise GitError(f"git {args[0]} ging mis: {detail[-1] if detail else 'onbekende fout'}")
    return done.stdout


def resolve(root: Path, rev: str) -> str:
    """The commit id of ``rev``, or a GitError that says how to name a revision."""
    if rev.startswith("-"):
        raise GitError(f"'{rev}' is geen git-revisie.")
    try:
        return _git(root, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}").decode().strip()
    except GitError as exc:
        if "geen git-repository" in str(exc):
            raise
        raise GitError(
            f"De git-revisie '{rev}' bestaat niet. Gebruik een branch (zoals origin/main), "
            "een tag of een commit-id. Haal nieuwe branches eerst op met 'git fetch'."
        ) from None


def merge_base(root: Path, rev: str, other: str = "HEAD") -> str:
    """Where ``other`` branched off ``rev``: changes made on ``rev`` since then are not ours."""
    try:
        return _git(root, "merge-base", resolve(root, rev), resolve(root, other)).decode().strip()
    except GitError:
        return resolve(root, rev)  # unrelated histories: compare with the revision itself


def changed_files(
    root: Path, base: str, head: str | None = None, folders: Iterable[str] = DATA_FOLDERS
) -> list[Change]:
    """Files under ``folders`` that differ between ``base`` and ``head`` (None: the disk)."""
    folders = list(folders)
    base_id = resolve(root, base)
    revs = [base_id] if head is None else [base_id, resolve(root, head)]
    out = _git(
        root, "diff", "--no-renames", "--name-status", "-z", "--relative", *revs, "--", *folders
    )
    fields = out.decode("utf-8", "surrogateescape").split("\0")
    changes = {
        path: Change("D" if status == "D" else "A" if status == "A" else "M", path)
        for status, path in zip(fields[0::2], fields[1::2], strict=False)
        if path
    }
    if head is None:
        untracked = _git(root, "ls-files", "-z", "--others", "--exclude-standard", "--", *folders)
        for path in untracked.decode("utf-8", "surrogateescape").split("\0"):
            if path:
                changes[path] = Change("A", path)
    return [changes[p] for p in sorted(changes)]


def read_files(root: Path, rev: str | None, paths: Iterable[str]) -> dict[str, bytes | None]:
    """The bytes of each path at ``rev`` (None: on disk); None for a path that is not there."""
    paths = list(paths)
    if rev is None:
        result: dict[str, bytes | None] = {}
        for p in paths:
            try:
                result[p] = (root / p).read_bytes()
            except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
                result[p] = None
        return result
    if not paths:
        return {}
    commit = resolve(root, rev)
    request = "".join(f"{commit}:./{p}\n" for p in paths).encode("utf-8", "surrogateescape")
    out = _git(root, "cat-file", "--batch", stdin=request)
    result = {}
    pos = 0
    for p in paths:
        end = out.index(b"\n", pos)
        header = out[pos:end].split()
        pos = end + 1
        if len(header) == 2 and header[1] == b"missing":
            result[p] = None
            continue
        size = int(header[2])
        result[p] = out[pos : pos + size] if header[1] == b"blob" else None
        pos += size + 1
    return result


def list_files(root: Path, rev: str | None, folder: str) -> list[str]:
    """Every file below ``folder`` at ``rev`` (None: on disk), sorted."""
    if rev is None:
        base = root / folder
        found = []
        for parent, dirs, names in os.walk(base):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            rel = Path(parent).relative_to(root).as_posix()
            found += [f"{rel}/{n}" for n in names]
        return sorted(found)
    out = _git(root, "ls-tree", "-r", "-z", "--name-only", resolve(root, rev), "--", f"./{folder}")
    prefix = _git(root, "rev-parse", "--show-prefix").decode().strip()
    return sorted(
        p[len(prefix) :] if prefix and p.startswith(prefix) else p
        for p in out.decode("utf-8", "surrogateescape").split("\0")
        if p
    )
