"""Our own rules (workflow_rules.py) hold for every workflow, and each rule can fail."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.workflows.lint_support import REPO, workflow_files
from tests.workflows.preview_support import PREVIEW_FLAGS
from tests.workflows.workflow_rules import Pin, check_workflow, inconsistent, load

WORKFLOWS = workflow_files()
CHECKOUT = "actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8"

BAD = """\
name: bad
on: [issues]
permissions: write-all
jobs:
  a:
    runs-on: ubuntu-latest
    permissions:
      contents: write
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@e797f83bcb11b83ae66e0230d6156d7c80228e7c
      - run: echo "${{ github.event.issue.title }}"
      - run: git switch "${{ github.head_ref }}"
  b:
    runs-on: ubuntu-latest
    timeout-minutes: 5
    steps:
      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
"""


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_follows_our_rules(path: Path) -> None:
    problems, _ = check_workflow(str(path.relative_to(REPO)), path.read_text(encoding="utf-8"))
    assert not problems, "\n".join(problems)


def test_each_action_has_one_pin_everywhere() -> None:
    pins: list[Pin] = []
    for path in WORKFLOWS:
        pins += check_workflow(path.name, path.read_text(encoding="utf-8"))[1]
    assert pins, "no pinned actions found: the rules read nothing"
    problems = inconsistent(pins)
    assert not problems, "\n".join(problems)


def test_every_rule_can_fail() -> None:
    problems, pins = check_workflow("bad.yml", BAD)
    text = "\n".join(problems)
    expected = [
        "bad.yml: top-level `permissions: {}` missing",
        "bad.yml: job a: `id-token: write` but the job does not deploy",
        "bad.yml: job a: no `timeout-minutes`",
        "bad.yml: job a, step 1: `actions/checkout@v4` is not pinned",
        "bad.yml: job a, step 1: checkout without `persist-credentials: false`",
        "bad.yml: job a, step 2: `actions/setup-python@e797f83bcb11b83ae66e0230d6156d7c80228e7c` "
        "has no `# vX.Y.Z` comment",
        "bad.yml: job a, step 3: `${{ github.event… }}` inside a script",
        "bad.yml: job a, step 4: `${{ github.event… }}` inside a script",
        "bad.yml: job b: no `permissions:` of its own",
        "bad.yml: job b, step 1: checkout without `persist-credentials: false`",
    ]
    for wanted in expected:
        assert wanted in text, f"{wanted!r} not in:\n{text}"
    assert len(problems) == len(expected), text
    sha = CHECKOUT.split("@")[1]
    assert pins == [Pin("actions/checkout", sha, "v5.0.0", "bad.yml: job b, step 1")]


def test_inconsistent_pins_are_reported() -> None:
    a = Pin("actions/checkout", "a" * 40, "v5.0.0", "x.yml")
    b = Pin("actions/checkout", "b" * 40, "v5.0.0", "y.yml")
    assert inconsistent([a, a]) == []
    assert inconsistent([a, b]) == [
        f"y.yml: actions/checkout@{'b' * 40} # v5.0.0, but x.yml has @{'a' * 40} # v5.0.0"
    ]


def _steps(workflow: str) -> dict[str, list[dict]]:
    data = load((REPO / ".github" / "workflows" / workflow).read_text(encoding="utf-8"))
    return {job_id: job.get("steps", []) for job_id, job in data["jobs"].items()}


def _runs(workflow: str) -> str:
    return "\n".join(
        str(step.get("run", "")) for steps in _steps(workflow).values() for step in steps
    )


def test_pull_request_workflow_does_what_issue_6_asks() -> None:
    data = load((REPO / ".github/workflows/pull-request.yml").read_text(encoding="utf-8"))
    assert set(data["on"]) == {"pull_request"}
    assert data["concurrency"]["cancel-in-progress"] is True
    runs = _runs("pull-request.yml")
    assert 'welkom check --gewijzigd "$BASE" --format github' in runs
    assert "welkom check --format text" in runs  # the whole site still fails the job
    assert 'welkom samenvatting "$BASE" HEAD >> "$GITHUB_STEP_SUMMARY"' in runs
    assert data["jobs"]["controle"]["env"]["BASE"] == "${{ github.event.pull_request.base.sha }}"
    checkout = _steps("pull-request.yml")["controle"][0]
    assert checkout["with"]["fetch-depth"] == 0
    # The preview is built as tests/workflows/preview_support.py builds it, and uploaded.
    preview = _steps("pull-request.yml")["voorbeeld"]
    build = next(s["run"] for s in preview if "mkdocs" in s.get("run", ""))
    assert all(flag in build.split() for flag in PREVIEW_FLAGS), build
    upload = preview[-1]
    assert upload["uses"].startswith("actions/upload-artifact@")
    assert upload["with"]["name"] == "voorbeeld-site"


def test_pages_workflow_deploys_on_main_daily_and_by_hand() -> None:
    data = load((REPO / ".github/workflows/pages.yml").read_text(encoding="utf-8"))
    assert data["on"]["push"] == {"branches": ["main"]}
    assert len(data["on"]["schedule"]) == 1 and "workflow_dispatch" in data["on"]
    assert data["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    assert "mkdocs build --strict" in _runs("pages.yml")
    assert (
        "SOURCE_DATE_EPOCH"
        not in (REPO / ".github/workflows/pages.yml").read_text(encoding="utf-8").split("#", 1)[0]
    )
    deploy = data["jobs"]["deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert data["jobs"]["build"]["permissions"] == {"contents": "read"}


def test_ci_runs_the_same_script_as_everywhere() -> None:
    assert "bash .ci/run" in _runs("ci.yml").split("\n")
