"""Fixture git repositories for the change summary: the example site, committed, then changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import GIT_ENV, example_repo, git
from welkom.diff import Difference, compare

REPO = Path(__file__).resolve().parents[2]


class Repo:
    """A site in a git repository, with small helpers to change it like a volunteer would."""

    def __init__(self, root: Path):
        self.root = root

    def git(self, *args: str) -> str:
        return git(self.root, *args)

    def commit(self, message: str = "change") -> str:
        self.git("add", "-A")
        self.git("commit", "-qm", message)
        return self.git("rev-parse", "HEAD").strip()

    def write(self, rel: str, text: str) -> None:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    def read(self, rel: str) -> str:
        return (self.root / rel).read_text(encoding="utf-8")

    def replace(self, rel: str, old: str, new: str) -> None:
        text = self.read(rel)
        assert old in text, f"{old!r} not in {rel}"
        self.write(rel, text.replace(old, new, 1))

    def move(self, old: str, new: str) -> None:
        (self.root / new).parent.mkdir(parents=True, exist_ok=True)
        (self.root / old).rename(self.root / new)

    def remove(self, rel: str) -> None:
        (self.root / rel).unlink()

    def lines(self, base: str = "HEAD~1", head: str | None = "HEAD") -> list[str]:
        return [d.text for d in self.compare(base, head)]

    def compare(self, base: str = "HEAD~1", head: str | None = "HEAD") -> list[Difference]:
        return compare(self.root, base, head)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Repo:
    """The example content in a fresh git repository, committed once (no global git config)."""
    for name, value in GIT_ENV.items():
        monkeypatch.setenv(name, value)  # welkom's own git calls see the same isolation
    return Repo(example_repo(tmp_path / "repo"))
