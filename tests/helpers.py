"""Helpers shared by the tests: fixture sites and running the CLI in-process."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from welkom.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
MINIMAL = FIXTURES / "sites" / "minimal"
REPO = Path(__file__).parent.parent


@dataclass
class Run:
    code: int
    out: str
    err: str


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> Run:
    code = main(list(args))
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)


def copy_site(tmp_path: Path, source: Path = MINIMAL, overlay: Path | None = None) -> Path:
    root = tmp_path / "site"
    shutil.copytree(source, root)
    if overlay is not None:
        for path in sorted(overlay.rglob("*")):
            if path.is_file() and path.name != "expected":
                target = root / path.relative_to(overlay)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, target)
    return root


# git for fixture repositories: no user or system config leaks in, and commits need no identity.
GIT_ENV = {
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_SYSTEM": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_AUTHOR_NAME": "test",
    "GIT_AUTHOR_EMAIL": "test@example.org",
    "GIT_COMMITTER_NAME": "test",
    "GIT_COMMITTER_EMAIL": "test@example.org",
}


def git(cwd: Path, *args: str) -> str:
    """Run git in ``cwd`` with GIT_ENV; its output, or CalledProcessError."""
    done = subprocess.run(
        ["git", *args],
        cwd=cwd,
        env={**os.environ, **GIT_ENV},
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def example_repo(root: Path, branch: str = "main") -> Path:
    """A git repository at ``root`` holding the example content, everything committed."""
    root.mkdir(parents=True, exist_ok=True)
    for top in ("buurten", "activiteiten", "verhalen"):
        shutil.copytree(REPO / top, root / top)
    git(root, "init", "-q", "-b", branch)
    git(root, "add", "-A")
    git(root, "commit", "-qm", "example")
    return root
