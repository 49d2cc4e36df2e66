"""`welkom verschil` and `welkom samenvatting` suggest the exact redirects.yml line for a move."""

from __future__ import annotations

import pytest

from tests.diff.conftest import Repo
from tests.helpers import run_cli
from welkom.diff.redirects import INTRO, INTRO_MANY

KIEM = "buurten/voorbeeldstad/kiem-noord.yml"
REPAIR = "activiteiten/voorbeeldstad/kiem-noord/repair-cafe.yml"


def _rename_buurt(repo: Repo, new: str) -> None:
    repo.move(KIEM, f"buurten/voorbeeldstad/{new}.yml")
    for path in sorted((repo.root / "activiteiten/voorbeeldstad/kiem-noord").iterdir()):
        repo.move(
            path.relative_to(repo.root).as_posix(), f"activiteiten/voorbeeldstad/{new}/{path.name}"
        )
    stories = repo.root / "verhalen/voorbeeldstad/kiem-noord"
    if stories.is_dir():
        for path in sorted(stories.iterdir()):
            repo.move(
                path.relative_to(repo.root).as_posix(), f"verhalen/voorbeeldstad/{new}/{path.name}"
            )


def test_a_renamed_buurt_gets_one_line(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    _rename_buurt(repo, "de-kiem")
    repo.commit()
    result = run_cli(capsys, "--map", str(repo.root), "verschil", "HEAD~1", "HEAD")
    assert result.code == 0
    # The activities and stories move with the buurt: no line of their own.
    assert result.out.endswith(
        f"\n\n{INTRO}\n/voorbeeldstad/kiem-noord/: /voorbeeldstad/de-kiem/\n"
    )


def test_no_suggestion_once_the_line_is_there(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    _rename_buurt(repo, "de-kiem")
    repo.write("redirects.yml", "/voorbeeldstad/kiem-noord/: /voorbeeldstad/de-kiem/\n")
    repo.commit()
    result = run_cli(capsys, "--map", str(repo.root), "verschil", "HEAD~1", "HEAD")
    assert "redirects.yml" not in result.out


def test_activity_and_story_renames(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.move(REPAIR, "activiteiten/voorbeeldstad/kiem-noord/repaircafe.yml")
    stories = sorted((repo.root / "verhalen/voorbeeldstad/kiem-noord").glob("*.md"))
    old_story = stories[0].relative_to(repo.root).as_posix()
    repo.move(old_story, "verhalen/voorbeeldstad/kiem-noord/ons-verhaal.md")
    repo.commit()
    result = run_cli(capsys, "--map", str(repo.root), "verschil", "HEAD~1", "HEAD")
    assert result.out.endswith(
        f"{INTRO_MANY}\n"
        "/verhalen/" + stories[0].stem + "/: /verhalen/ons-verhaal/\n"
        "/voorbeeldstad/kiem-noord/activiteiten/repair-cafe/: "
        "/voorbeeldstad/kiem-noord/activiteiten/repaircafe/\n"
    )


def test_samenvatting_shows_the_line_as_yaml(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.git("checkout", "-q", "-b", "nieuwe-naam")
    _rename_buurt(repo, "de-kiem")
    repo.commit()
    result = run_cli(capsys, "--map", str(repo.root), "samenvatting", "main")
    assert (
        f"### Oude adressen\n\n{INTRO}\n\n```yaml\n"
        "/voorbeeldstad/kiem-noord/: /voorbeeldstad/de-kiem/\n```\n\n### Wat moet nog anders"
    ) in result.out


def test_a_change_without_a_move_suggests_nothing(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.replace(REPAIR, "tijd: 13.00-16.00", "tijd: 13.00-17.00")
    repo.commit()
    result = run_cli(capsys, "--map", str(repo.root), "verschil", "HEAD~1", "HEAD")
    assert "redirects.yml" not in result.out


def test_a_renamed_gemeente_covers_its_buurten() -> None:
    from welkom.diff.model import Action, Difference, Group
    from welkom.diff.redirects import suggested_redirects

    group = Group((1, "", ""), "x")
    moves = [
        ("buurten/voorbeeldstad/_gemeente.yml", "buurten/nieuwstad/_gemeente.yml"),
        ("buurten/voorbeeldstad/kiem-noord.yml", "buurten/nieuwstad/kiem-noord.yml"),
        ("buurten/voorbeeldstad/zuid.yml", "buurten/nieuwstad/de-zuid.yml"),
        ("activiteiten/voorbeeldstad/zuid/koffie.yml", "activiteiten/nieuwstad/de-zuid/koffie.yml"),
    ]
    differences = [Difference("x", Action.MOVED, new, "", group, old) for old, new in moves]
    assert suggested_redirects(differences) == [
        "/voorbeeldstad/: /nieuwstad/",
        "/voorbeeldstad/zuid/: /nieuwstad/de-zuid/",
    ]


def test_a_renamed_gemeente_in_a_real_repository(
    repo: Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    for top in ("buurten", "activiteiten", "verhalen"):
        folder = repo.root / top / "dijkhoven"
        if folder.is_dir():
            for path in sorted(p for p in folder.rglob("*") if p.is_file()):
                rel = path.relative_to(repo.root).as_posix()
                repo.move(rel, rel.replace("/dijkhoven/", "/dijkstad/", 1))
    repo.commit()
    result = run_cli(capsys, "--map", str(repo.root), "verschil", "HEAD~1", "HEAD")
    assert result.out.endswith(f"\n\n{INTRO}\n/dijkhoven/: /dijkstad/\n")
