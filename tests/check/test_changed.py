"""`welkom check --gewijzigd REF`: the changed files and what refers to them, on real git repos."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.helpers import example_repo, git
from welkom.check.changed import check_changed
from welkom.check.run import check_site
from welkom.cli import main

REPO = Path(__file__).resolve().parents[2]

ACTIVITY = "activiteiten/voorbeeldstad/kiem-noord/repair-cafe.yml"
BUURT = "buurten/voorbeeldstad/kiem-noord.yml"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return example_repo(tmp_path / "repo")


def replace(root: Path, rel: str, old: str, new: str) -> None:
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {rel}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def codes(root: Path, ref: str = "HEAD") -> list[tuple[str, str]]:
    return [(p.path, p.code) for p in check_changed(root, ref).problems]


def test_nothing_changed(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--map", str(repo), "check", "--gewijzigd", "HEAD"]) == 0
    assert "Geen buurtgegevens gewijzigd sinds HEAD." in capsys.readouterr().err


def test_a_broken_activity_is_reported_with_file_line_and_column(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    replace(repo, ACTIVITY, "elke derde zaterdag", "elke derde zatedag")
    assert main(["--map", str(repo), "check", "--gewijzigd", "HEAD"]) == 1
    out, err = capsys.readouterr()
    assert out.startswith(f"{ACTIVITY}:5:10: fout: ")
    assert "Bedoel je `zaterdag`?" in out
    assert "1 fout gevonden in 1 gewijzigd bestand sinds HEAD en wat ernaar verwijst." in err
    assert "Traceback" not in out + err


def test_problems_elsewhere_that_this_change_cannot_cause_are_left_out(repo: Path) -> None:
    # An old problem in another gemeente, already on main: not this change's business.
    other = "activiteiten/dijkhoven/de-weiden/old.yml"
    (repo / other).write_text("titel: Oud\n", encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "an old mistake")
    replace(repo, ACTIVITY, "elke derde zaterdag", "elke derde zatedag")
    assert {path for path, _ in codes(repo)} == {ACTIVITY}
    assert any(p.path == other for p in check_site(repo).problems)  # the full check sees it


def test_a_renamed_plek_reports_the_unchanged_activities_that_name_it(repo: Path) -> None:
    replace(repo, BUURT, "id: repair-cafe-kiem\n", "id: repaircafe-kiem\n")
    assert codes(repo) == [(ACTIVITY, "ref.unknown-plek")]
    message = check_changed(repo, "HEAD").problems[0].message
    assert "Bedoel je `repaircafe-kiem`?" in message


def test_a_plek_named_from_another_buurt_of_the_gemeente_is_followed(repo: Path) -> None:
    other = "activiteiten/voorbeeldstad/havenbuurt/repair-bij-de-kiem.yml"
    text = (repo / ACTIVITY).read_text(encoding="utf-8")
    (repo / other).write_text(
        text.replace("plek: repair-cafe-kiem", "plek: kiem-noord/repair-cafe-kiem"),
        encoding="utf-8",
    )
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "an activity in havenbuurt at a plek of kiem-noord")
    assert codes(repo) == []
    replace(repo, BUURT, "id: repair-cafe-kiem\n", "id: repaircafe-kiem\n")
    assert codes(repo) == [(other, "ref.unknown-plek"), (ACTIVITY, "ref.unknown-plek")]


def test_a_deleted_buurt_reports_its_orphaned_files(repo: Path) -> None:
    git(repo, "rm", "-q", BUURT)
    found = codes(repo)
    assert found, "the activities and stories of the buurt must be reported"
    assert {code for _, code in found} == {"ref.unknown-buurt"}
    assert {path.split("/")[0] for path, _ in found} == {"activiteiten", "verhalen"}
    assert all("/voorbeeldstad/kiem-noord/" in path for path, _ in found)


def test_a_removed_organisation_reports_every_file_of_the_gemeente_that_names_it(
    repo: Path,
) -> None:
    gemeente = "buurten/voorbeeldstad/_gemeente.yml"
    replace(repo, gemeente, "id: woonstichting-voorbeeld\n", "id: woonstichting-vb\n")
    stale = "fresh.stale"  # the example's plek that is stale on purpose (the whole gemeente)
    found = [(path, code) for path, code in codes(repo) if code != stale]
    assert found
    assert {code for _, code in found} == {"ref.unknown-organisatie"}
    full = {(p.path, p.code) for p in check_site(repo).problems if p.code != stale}
    assert set(found) == full  # here the change reaches exactly as far as the full check


def test_a_story_name_already_used_in_another_gemeente(repo: Path) -> None:
    source = repo / "verhalen/voorbeeldstad/molenkwartier/weer-een-thuis.md"
    copy = "verhalen/dijkhoven/de-weiden/weer-een-thuis.md"
    shutil.copy(source, repo / copy)  # untracked: a new file counts as a change too
    problems = check_changed(repo, "HEAD").problems
    assert [(p.path, p.code) for p in problems] == [(copy, "ref.duplicate-story")]
    assert "verhalen/voorbeeldstad/molenkwartier/weer-een-thuis.md" in problems[0].message


def test_moving_a_story_is_not_a_duplicate_of_itself(repo: Path) -> None:
    git(
        repo,
        "mv",
        "verhalen/voorbeeldstad/molenkwartier/weer-een-thuis.md",
        "verhalen/dijkhoven/de-weiden/weer-een-thuis.md",
    )
    summary = check_changed(repo, "HEAD")
    assert summary.problems == []
    assert summary.changed == [
        "verhalen/dijkhoven/de-weiden/weer-een-thuis.md",
        "verhalen/voorbeeldstad/molenkwartier/weer-een-thuis.md",
    ]


def test_a_misplaced_new_file_is_reported_once(repo: Path) -> None:
    (repo / "buurten/kiem-noord.yml").write_text("naam: Kiem-Noord\n", encoding="utf-8")
    assert codes(repo) == [("buurten/kiem-noord.yml", "path.unexpected")]


def test_the_national_file_reaches_every_gemeente(repo: Path) -> None:
    # Every gemeente may refer to a national organisation: a change there checks the lot.
    other = "activiteiten/dijkhoven/de-weiden/old.yml"
    (repo / other).write_text("titel: Oud\n", encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "an old mistake")
    replace(repo, "buurten/_landelijk.yml", "\n", "\n# opmerking\n")
    assert other in {path for path, _ in codes(repo)}


def test_changes_on_the_base_branch_since_branching_off_are_not_yours(repo: Path) -> None:
    git(repo, "checkout", "-q", "-b", "vrijwilliger")
    replace(repo, ACTIVITY, "tijd: 13.00-16.00", "tijd: 13.00-15.00")
    git(repo, "commit", "-qam", "shorter")
    git(repo, "checkout", "-q", "main")
    broken = "activiteiten/dijkhoven/de-weiden/old.yml"
    (repo / broken).write_text("titel: Oud\n", encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "a mistake on main after the branch started")
    git(repo, "checkout", "-q", "vrijwilliger")
    summary = check_changed(repo, "main")
    assert summary.changed == [ACTIVITY]  # the committed change of the branch counts
    assert summary.problems == []
    replace(repo, ACTIVITY, "elke derde zaterdag", "elke derde zatedag")  # and the disk
    assert [path for path, _ in codes(repo, "main")] == [ACTIVITY]


def test_a_site_in_a_subfolder_of_the_repository(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    site = example_repo(root / "site")
    shutil.rmtree(site / ".git")
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "example")
    replace(site, ACTIVITY, "elke derde zaterdag", "elke derde zatedag")
    git(root, "add", "-A")
    replace(site, BUURT, "id: repair-cafe-kiem\n", "id: repaircafe-kiem\n")
    found = check_changed(site, "HEAD")
    assert found.changed == [ACTIVITY, BUURT]
    assert {p.path for p in found.problems} == {ACTIVITY}


@pytest.mark.parametrize(
    ("where", "ref", "expected"),
    [
        ("repo", "bestaat-niet", "De git-revisie 'bestaat-niet' bestaat niet."),
        ("plain", "HEAD", "is geen git-repository"),
    ],
)
def test_git_problems_are_plain_dutch(
    repo: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    where: str,
    ref: str,
    expected: str,
) -> None:
    root = repo if where == "repo" else tmp_path / "plain"
    root.mkdir(exist_ok=True)
    assert main(["--map", str(root), "check", "--gewijzigd", ref]) == 2
    err = capsys.readouterr().err
    assert expected in err
    assert "Traceback" not in err


def test_json_output_lists_the_problems(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    replace(repo, BUURT, "id: repair-cafe-kiem\n", "id: repaircafe-kiem\n")
    assert main(["--map", str(repo), "check", "--gewijzigd", "HEAD", "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert [(d["path"], d["code"]) for d in data] == [(ACTIVITY, "ref.unknown-plek")]
