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
    return start_changed_files(root, base, head, folders).result()


class PendingChanges:
    """`changed_files` with git already running: start it, do other work, then ``result()``.

    `welkom check --gewijzigd` imports the checking code (a few tenths of a second) while git
    compares some 90,000 files with the index in a big site (as long again).
    """

    def __init__(self, root: Path, base: str, head: str | None, folders: list[str]) -> None:
        self.root = root
        self.head = head
        base_id = resolve(root, base)
        if head is not None:
            self._diff = _start(root, "diff", *_DIFF, base_id, resolve(root, head), "--", *folders)
            self._status = None
            return
        head_id = resolve(root, "HEAD")
        # The disk against HEAD (git status: one pass for changes and new files), plus what
        # HEAD itself changed since base when the branch has commits of its own.
        self._status = _start(
            root,
            "status",
            "--porcelain=v1",
            "-z",
            "--no-renames",
            "--untracked-files=all",
            "--",
            *folders,
        )
        self._diff = (
            None
            if head_id == base_id
            else _start(root, "diff", *_DIFF, base_id, head_id, "--", *folders)
        )

    def result(self) -> list[Change]:
        committed: dict[str, str] = {}
        if self._diff is not None:
            fields = _finish(self._diff, "diff").decode("utf-8", "surrogateescape").split("\0")
            committed = {
                path: status
                for status, path in zip(fields[0::2], fields[1::2], strict=False)
                if path
            }
        if self._status is None:
            return [Change(_kind(committed[p]), p) for p in sorted(committed)]
        prefix = _git(self.root, "rev-parse", "--show-prefix").decode().strip()
        on_disk: dict[str, str] = {}
        for entry in _finish(self._status, "status").decode("utf-8", "surrogateescape").split("\0"):
            if len(entry) > 3:
                path = entry[3:]
                on_disk[path[len(prefix) :] if prefix and path.startswith(prefix) else path] = (
                    entry[:2]
                )
        changes = []
        for path in sorted(committed.keys() | on_disk.keys()):
            at_base = committed[path] != "A" if path in committed else on_disk[path] not in _NEW
            on_path = self.root / path
            exists = on_path.is_file() or on_path.is_symlink()  # a link is checked (refused)
            if exists and not at_base:
                changes.append(Change("A", path))
            elif exists:
                changes.append(Change("M", path))
            elif at_base:
                changes.append(Change("D", path))
        return changes


_DIFF = ("--no-renames", "--name-status", "-z", "--relative")
_NEW = {"??", "A ", "AM", "AD"}  # not in HEAD: untracked, or added to the index only


def _kind(status: str) -> str:
    return "D" if status == "D" else "A" if status == "A" else "M"


def start_changed_files(
    root: Path, base: str, head: str | None = None, folders: Iterable[str] = DATA_FOLDERS
) -> PendingChanges:
    return PendingChanges(root, base, head, list(folders))


def _start(root: Path, *args: str) -> subprocess.Popen[bytes]:
    try:
        return subprocess.Popen(
            ["git", "-C", str(root), *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, "GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"},
        )
    except FileNotFoundError:
        raise GitError(
            "git is niet geïnstalleerd. Installeer git en probeer het opnieuw."
        ) from None


def _finish(proc: subprocess.Popen[bytes], what: str) -> bytes:
    out, err = proc.communicate()
    if proc.returncode != 0:
        detail = err.decode("utf-8", "replace").strip().splitlines()
        raise GitError(f"git {what} ging mis: {detail[-1] if detail else 'onbekende fout'}")
    return out


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


def tracked_files(root: Path, patterns: Iterable[str]) -> list[str]:
    """Files in git's index matching the glob ``patterns`` (``*`` stays within one folder)."""
    specs = [f":(glob){p}" for p in patterns]
    if not specs:
        return []
    out = _git(root, "ls-files", "-z", "--", *specs)
    return sorted(p for p in out.decode("utf-8", "surrogateescape").split("\0") if p)
