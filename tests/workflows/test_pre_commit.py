"""The pre-commit hooks (.pre-commit-config.yaml) are valid and run the same commands as CI.

The hooks run in a copy of the repository's data in a fresh git repository, with
PRE_COMMIT_HOME in the test's temporary folder: `repo: local` hooks with `language: system`
need no download. A clean change passes; a broken YAML file fails with welkom's message.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.workflows.lint_support import PRE_COMMIT_CONFIG, REPO

PRE_COMMIT = Path(sys.executable).with_name("pre-commit")
COPIED = (
    ".pre-commit-config.yaml",
    ".gitignore",
    "Makefile",
    "pyproject.toml",
    "mkdocs.yml",
    "buurten",
    "activiteiten",
    "verhalen",
)
ACTIVITY = Path("activiteiten/voorbeeldstad/kiem-noord/repair-cafe.yml")


def run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=300
    )


@pytest.fixture
def repo(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A git repository with the hooks, the Makefile and the example data, all committed."""
    root = tmp_path / "repo"
    root.mkdir()
    for name in COPIED:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, root / name)
        else:
            shutil.copy2(source, root / name)
    (root / ".venv").symlink_to(REPO / ".venv")  # the tools `make test` installed
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env |= {
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.invalid",
    }
    for args in (["git", "init", "-q", "-b", "main"], ["git", "add", "-A"]):
        assert run(args, root, env).returncode == 0
    commit = run(["git", "commit", "-q", "--no-verify", "-m", "start"], root, env)
    assert commit.returncode == 0, commit.stderr
    return root, env


def pre_commit(root: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    assert run(["git", "add", "-A"], root, env).returncode == 0
    return run([str(PRE_COMMIT), "run", "--color", "never"], root, env)


def test_config_is_valid() -> None:
    result = run([str(PRE_COMMIT), "validate-config", str(PRE_COMMIT_CONFIG)], REPO, {**os.environ})
    assert result.returncode == 0, result.stdout + result.stderr


def test_hooks_call_the_makefile_targets_make_test_uses() -> None:
    """Same commands as CI: the ruff hook is `make lint-check`, which `make test` runs too."""
    config = yaml.safe_load(PRE_COMMIT_CONFIG.read_text(encoding="utf-8"))
    (local,) = config["repos"]
    assert local["repo"] == "local"
    entries = {hook["id"]: hook["entry"] for hook in local["hooks"]}
    assert entries["ruff"].split()[-1] == "lint-check"
    assert "check-gewijzigd" in entries["welkom-check"].split()
    assert all(hook["language"] == "system" for hook in local["hooks"])
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    test_recipe = makefile.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    assert "lint-check" in test_recipe


def test_a_clean_change_passes(repo: tuple[Path, dict[str, str]]) -> None:
    root, env = repo
    path = root / ACTIVITY
    path.write_text(
        path.read_text(encoding="utf-8").replace("kosten: gratis,", "kosten: gratis;"),
        encoding="utf-8",
    )
    (root / "hulp.py").write_text('"""Een klein hulpje."""\n\nANTWOORD = 42\n', encoding="utf-8")
    result = pre_commit(root, env)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "welkom check" in output and "Passed" in output
    assert "ruff" in output


def test_a_broken_yaml_change_fails_with_welkoms_message(
    repo: tuple[Path, dict[str, str]],
) -> None:
    root, env = repo
    path = root / ACTIVITY
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "wanneer: elke derde zaterdag van de maand", "wanneer: [elke derde zaterdag"
        ),
        encoding="utf-8",
    )
    result = pre_commit(root, env)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "Failed" in output
    assert f"{ACTIVITY.as_posix()}:" in output and "fout" in output, output


def test_badly_formatted_python_fails_the_ruff_hook(repo: tuple[Path, dict[str, str]]) -> None:
    root, env = repo
    (root / "hulp.py").write_text("ANTWOORD=42\n", encoding="utf-8")
    result = pre_commit(root, env)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "hulp.py" in output and "would be reformatted" in output
