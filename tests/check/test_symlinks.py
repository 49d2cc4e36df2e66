"""Regular files only: a symbolic link in the data folders is refused where it is, never followed.

In `welkom check`, in `check --gewijzigd` and in the build. Links in fixture folders would not
survive `copy_site`, so every case makes its link in ``tmp_path``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.helpers import copy_site, git, run_cli
from tests.site.build_support import build
from welkom.check.parallel import _shares, check_summary
from welkom.check.run import check_site

OUTSIDE_STORY = """---
titel: Een geheim van buiten
datum: 2026-10
verteller: een nieuwe bewoner
toestemming: true
---
Dit staat buiten de repository en mag nooit op de site komen.
"""


def located(out: str, rel: str) -> list[str]:
    return [line for line in out.splitlines() if line.startswith(f"{rel}:1:1: fout: ")]


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder next to the site, as if elsewhere on the machine."""
    folder = tmp_path / "elders"
    folder.mkdir()
    (folder / "tekst.md").write_text(OUTSIDE_STORY, encoding="utf-8")
    return folder


def test_linked_story_is_refused_and_not_read(
    tmp_path: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_site(tmp_path)
    (root / "verhalen/lek.md").symlink_to(outside / "tekst.md")
    result = run_cli(capsys, "--map", str(root), "check")
    assert result.code == 1
    [line] = located(result.out, "verhalen/lek.md")
    assert "snelkoppeling (symbolische link)" in line and "gewone bestanden" in line
    site = check_site(root)
    assert "lek" not in site.verhalen
    assert [p.code for p in site.problems] == ["path.symlink"]


def test_link_to_the_root_of_the_filesystem_is_not_walked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`ln -s / buurten/wortel`: one message, and no folder outside the site is ever listed."""
    root = copy_site(tmp_path)
    (root / "buurten/wortel").symlink_to("/")
    (root / "activiteiten/testdorp/ook-wortel").symlink_to("/", target_is_directory=True)
    listed: list[str] = []
    real_scandir, real_walk = os.scandir, os.walk

    def scandir(path: object = ".") -> object:
        listed.append(os.fspath(path))  # type: ignore[arg-type]
        return real_scandir(path)  # type: ignore[arg-type]

    def walk(top: object, *args: object, **kwargs: object) -> object:
        listed.append(os.fspath(top))  # type: ignore[arg-type]
        return real_walk(top, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(os, "walk", walk)
    result = run_cli(capsys, "--map", str(root), "check")
    assert result.code == 1
    assert located(result.out, "buurten/wortel")
    assert located(result.out, "activiteiten/testdorp/ook-wortel")
    assert listed, "the check lists folders with os.scandir or os.walk"
    resolved = root.resolve()
    assert all(Path(p).resolve().is_relative_to(resolved) for p in listed), listed
    assert _shares(resolved, 2) == [None]  # the parallel check's sizes do not follow it either


def test_linked_gemeente_folder_is_refused_and_its_files_not_loaded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_site(tmp_path)
    elsewhere = tmp_path / "elders-activiteiten"
    (root / "activiteiten/testdorp").rename(elsewhere)
    (root / "activiteiten/testdorp").symlink_to(elsewhere, target_is_directory=True)
    summary = check_summary(root, jobs=1)
    assert [(p.path, p.code) for p in summary.problems] == [
        ("activiteiten/testdorp", "path.symlink")
    ]
    assert summary.activiteiten == 0


def test_linked_data_folder_itself_is_refused(tmp_path: Path) -> None:
    root = copy_site(tmp_path)
    (root / "verhalen").rename(tmp_path / "verhalen-elders")
    (root / "verhalen").symlink_to(tmp_path / "verhalen-elders", target_is_directory=True)
    site = check_site(root)
    assert [(p.path, p.code) for p in site.problems] == [("verhalen", "path.symlink")]
    assert site.verhalen == {}


def test_linked_photo_is_refused_at_its_file_and_at_bestand(tmp_path: Path) -> None:
    root = copy_site(tmp_path)
    story = root / "verhalen/testdorp/centrum/welkom.md"
    text = story.read_text(encoding="utf-8")
    story.write_text(
        text.replace(
            "toestemming: true\n", "toestemming: true\nfoto: {bestand: plein.jpg, alt: Het plein}\n"
        ),
        encoding="utf-8",
    )
    (tmp_path / "plein.jpg").write_bytes(b"not even a photo")
    (story.parent / "plein.jpg").symlink_to(tmp_path / "plein.jpg")
    problems = {(p.path, p.line, p.code) for p in check_site(root).problems}
    assert problems == {
        ("verhalen/testdorp/centrum/plein.jpg", 1, "path.symlink"),
        ("verhalen/testdorp/centrum/welkom.md", 6, "foto.symlink"),
    }


def test_check_gewijzigd_refuses_a_new_link(
    tmp_path: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_site(tmp_path)
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "site")
    (root / "buurten/wortel").symlink_to("/")
    (root / "verhalen/testdorp/centrum/lek.md").symlink_to(outside / "tekst.md")
    result = run_cli(capsys, "--map", str(root), "check", "--gewijzigd", "HEAD")
    assert result.code == 1, result.out + result.err
    assert len(located(result.out, "buurten/wortel")) == 1
    assert len(located(result.out, "verhalen/testdorp/centrum/lek.md")) == 1
    assert "geheim" not in result.out
    # and once committed, as in a pull request
    git(root, "add", "-A")
    git(root, "commit", "-qm", "links")
    result = run_cli(capsys, "--map", str(root), "check", "--gewijzigd", "HEAD~1")
    assert result.code == 1
    assert located(result.out, "buurten/wortel")
    assert located(result.out, "verhalen/testdorp/centrum/lek.md")


def test_build_refuses_a_link_and_publishes_nothing_from_outside(
    tmp_path: Path, outside: Path
) -> None:
    from tests.site.build_support import KLEINE_STAD

    data = copy_site(tmp_path, source=KLEINE_STAD)
    (data / "verhalen/lek.md").symlink_to(outside / "tekst.md")
    result = build(data, tmp_path / "out", tmp_path / "work")
    assert result.code != 0
    assert "verhalen/lek.md:1:1:" in result.out and "snelkoppeling" in result.out
    assert "Traceback" not in result.out
    assert not (tmp_path / "out").exists()
