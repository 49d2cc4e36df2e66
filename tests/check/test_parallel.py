"""A big site is checked in parallel, one share of gemeenten per process: same result."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.helpers import FIXTURES, copy_site
from welkom.check import check_site, parallel
from welkom.check.parallel import check_summary


def _two_gemeenten(tmp_path: Path) -> Path:
    root = copy_site(tmp_path, overlay=FIXTURES / "bad" / "unknown-plek")
    for top in ("buurten", "activiteiten", "verhalen"):
        shutil.copytree(root / top / "testdorp", root / top / "anderdorp")
    koffie = root / "activiteiten/anderdorp/centrum/koffie.yml"
    koffie.write_text(koffie.read_text().replace("10.00-12.00", "12.00-10.00"))
    front = "titel: Welkom\ndatum: 2026-10\nverteller: een buurvrouw\ntoestemming: true"
    (root / "verhalen/welkom.md").write_text(f"---\n{front}\n---\nHoi\n")  # same slug twice more
    return root


def test_parallel_check_equals_sequential(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _two_gemeenten(tmp_path)
    sequential = check_site(root)
    monkeypatch.setattr(parallel, "PARALLEL_FROM_FILES", 0)
    summary = check_summary(root, jobs=2)
    assert parallel._shares(root, 2) == [["anderdorp"], ["testdorp"]]
    assert summary.problems == sequential.problems
    assert [p.code for p in summary.problems].count("ref.duplicate-story") == 2
    assert (summary.files, summary.buurten, summary.activiteiten, summary.verhalen) == (
        sequential.files,
        len(sequential.buurten),
        len(sequential.activiteiten),
        len(sequential.verhalen),
    )


def test_small_site_stays_in_one_process(tmp_path: Path) -> None:
    assert parallel._shares(copy_site(tmp_path), 8) == [None]
