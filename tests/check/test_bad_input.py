"""Every fixture in tests/fixtures/bad/ gives exit 1 and a located Dutch message, no traceback.

Each folder holds files laid over the minimal site and an `expected` file with lines
`path:line:column|words the message must contain`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import FIXTURES, copy_site, run_cli

SCENARIOS = sorted(p for p in (FIXTURES / "bad").iterdir() if p.is_dir())


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda p: p.name)
def test_bad_input_is_located_and_explained(
    scenario: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_site(tmp_path, overlay=scenario)
    result = run_cli(capsys, "--map", str(root), "check")
    assert result.code == 1, result.out + result.err
    assert "Traceback" not in result.out + result.err
    lines = result.out.splitlines()
    for expectation in (scenario / "expected").read_text(encoding="utf-8").splitlines():
        where, words = expectation.split("|", 1)
        matching = [line for line in lines if line.startswith(f"{where}: fout: ")]
        assert matching, f"no error at {where}; got:\n{result.out}"
        assert any(words in line for line in matching), f"{words!r} not in {matching}"


def test_minimal_site_is_clean(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = copy_site(tmp_path)
    result = run_cli(capsys, "--map", str(root), "check")
    assert result.code == 0, result.out
    assert result.out == ""
    assert "Alles in orde" in result.err


def test_all_problems_in_one_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Volunteers fix everything at once: problems of several files come in one run."""
    root = copy_site(tmp_path, overlay=FIXTURES / "bad" / "key-typo")
    for scenario in ("duplicate-key", "story-no-consent", "unknown-plek"):
        root = copy_site(tmp_path / scenario, source=root, overlay=FIXTURES / "bad" / scenario)
    result = run_cli(capsys, "--map", str(root), "check")
    paths = {line.split(":", 1)[0] for line in result.out.splitlines()}
    assert paths == {
        "activiteiten/testdorp/centrum/koffie.yml",
        "buurten/testdorp/centrum.yml",
        "verhalen/testdorp/centrum/welkom.md",
    }


def test_every_problem_has_a_dutch_heading_for_its_annotation(tmp_path: Path) -> None:
    """The heading of a pull-request annotation says in words what kind of problem it is."""
    from welkom.check.run import check_site

    codes: set[str] = set()
    for scenario in SCENARIOS:
        root = copy_site(tmp_path / scenario.name, overlay=scenario)
        for problem in check_site(root).problems:
            codes.add(problem.code)
            assert problem.title != "Er klopt iets niet", problem.code
            assert f"title={problem.title} (welkom {problem.code})::" in problem.format_github()
    assert len(codes) >= 20  # the fixtures cover many kinds of mistakes
