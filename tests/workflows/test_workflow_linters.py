"""Every workflow passes actionlint and zizmor (issue 6), and both can fail.

The failure message is the linters' own output: file, line, column and what is wrong.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.workflows.lint_support import (
    PRE_COMMIT_CONFIG,
    WORKFLOW_DIR,
    actionlint,
    workflow_files,
    zizmor,
)

# Injection of an issue title into a shell script, and an action on a movable tag.
BAD_WORKFLOW = """\
name: bad
on:
  issues:
    types: [opened]
jobs:
  greet:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: echo "Thanks for ${{ github.event.issue.title }}"
"""


def test_the_workflows_are_there() -> None:
    names = {path.name for path in workflow_files()}
    assert {"ci.yml", "pull-request.yml", "pages.yml"} <= names, names


def test_actionlint_passes() -> None:
    lint = actionlint(workflow_files())
    assert lint.code == 0 and not lint.messages, "actionlint:\n" + "\n".join(lint.messages)


def test_zizmor_passes() -> None:
    lint = zizmor([WORKFLOW_DIR, PRE_COMMIT_CONFIG])
    assert lint.code == 0, f"zizmor --offline:\n{lint.output}"
    assert "No findings" in lint.output, lint.output


@pytest.fixture
def bad_workflow(tmp_path: Path) -> Path:
    folder = tmp_path / ".github" / "workflows"
    folder.mkdir(parents=True)
    path = folder / "bad.yml"
    path.write_text(BAD_WORKFLOW, encoding="utf-8")
    return path


def test_actionlint_fails_on_a_bad_workflow(bad_workflow: Path) -> None:
    lint = actionlint([bad_workflow])
    assert lint.code == 1
    assert any(
        ":10:" in m and '"github.event.issue.title" is potentially untrusted' in m
        for m in lint.messages
    ), lint.output


def test_zizmor_fails_on_a_bad_workflow(bad_workflow: Path) -> None:
    lint = zizmor([bad_workflow])
    assert lint.code != 0, lint.output
    found = {m.split("]", 1)[0] + "]" for m in lint.messages}
    assert {"error[template-injection]", "error[unpinned-uses]"} <= found, lint.output
