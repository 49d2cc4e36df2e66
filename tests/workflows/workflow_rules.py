"""Our own rules for the workflows, next to actionlint and zizmor (tests/workflows/).

- every action is pinned to a full commit SHA, with its version in a comment (`# v4.2.2`);
  the same action has the same SHA and version in every workflow;
- `permissions: {}` at the top, and every job says which permissions it needs;
  `pages: write` and `id-token: write` only in a job that deploys to Pages;
- every job has `timeout-minutes`;
- no `${{ github.event.… }}` (or `github.head_ref`) inside a `run:` script: text a stranger
  writes (an issue title, a branch name) would become shell code. Pass it through `env:`;
- `actions/checkout` never leaves the token on disk (`persist-credentials: false`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

PINNED = re.compile(r"^(?P<action>[\w.-]+/[\w.-]+(?:/[\w./-]+)?)@(?P<sha>[0-9a-f]{40})$")
VERSION_COMMENT = re.compile(r"#\s*(?P<version>v\d+\.\d+\.\d+)\b")
UNTRUSTED = re.compile(r"\$\{\{[^}]*\b(github\.event\.|github\.head_ref)")
DEPLOY_ONLY = ("pages", "id-token")


@dataclass(frozen=True)
class Pin:
    action: str
    sha: str
    version: str
    where: str


def load(text: str) -> dict[str, Any]:
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        return {}
    if True in data:  # YAML 1.1 reads the key `on` as true
        data["on"] = data.pop(True)
    return data


def _uses_line(lines: list[str], value: str) -> str:
    for line in lines:
        if re.search(r"\buses:\s*['\"]?" + re.escape(value) + r"['\"]?(\s|$)", line):
            return line
    return ""


def check_workflow(name: str, text: str) -> tuple[list[str], list[Pin]]:
    """Problems in one workflow file (``name`` only labels them), and its pinned actions."""
    data = load(text)
    problems: list[str] = []
    pins: list[Pin] = []
    if data.get("permissions") != {}:
        problems.append(f"{name}: top-level `permissions: {{}}` missing (each job adds its own)")
    for job_id, job in (data.get("jobs") or {}).items():
        where = f"{name}: job {job_id}"
        steps = [(f"{where}, step {i + 1}", step) for i, step in enumerate(job.get("steps") or [])]
        uses = [(where, str(job["uses"]))] if "uses" in job else []
        uses += [(label, str(step["uses"])) for label, step in steps if "uses" in step]
        problems += _job_problems(where, job, uses)
        for label, value in uses:
            pin = _pin(label, value, text.splitlines(), problems)
            if pin is not None:
                pins.append(pin)
        for label, step in steps:
            problems += _step_problems(label, step)
    return problems, pins


def _job_problems(where: str, job: dict[str, Any], uses: list[tuple[str, str]]) -> list[str]:
    problems = []
    if "uses" not in job and "timeout-minutes" not in job:
        problems.append(f"{where}: no `timeout-minutes`")
    permissions = job.get("permissions")
    if not isinstance(permissions, dict):
        return [*problems, f"{where}: no `permissions:` of its own"]
    deploys = any(value.startswith("actions/deploy-pages@") for _, value in uses)
    for scope in DEPLOY_ONLY:
        if permissions.get(scope) == "write" and not deploys:
            problems.append(f"{where}: `{scope}: write` but the job does not deploy")
    return problems


def _pin(label: str, value: str, lines: list[str], problems: list[str]) -> Pin | None:
    if value.startswith("./"):  # an action or workflow in this repository
        return None
    match = PINNED.match(value)
    if match is None:
        problems.append(f"{label}: `{value}` is not pinned to a full commit SHA")
        return None
    comment = VERSION_COMMENT.search(_uses_line(lines, value))
    if comment is None:
        problems.append(f"{label}: `{value}` has no `# vX.Y.Z` comment")
        return None
    return Pin(match["action"], match["sha"], comment["version"], label)


def _step_problems(label: str, step: dict[str, Any]) -> list[str]:
    problems = []
    uses = str(step.get("uses", ""))
    settings = step.get("with") or {}
    scripts = [step.get("run")]
    if uses.startswith("actions/github-script@"):
        scripts.append(settings.get("script"))
    if any(isinstance(s, str) and UNTRUSTED.search(s) for s in scripts):
        problems.append(f"{label}: `${{{{ github.event… }}}}` inside a script; use `env:`")
    if uses.startswith("actions/checkout@") and settings.get("persist-credentials") is not False:
        problems.append(f"{label}: checkout without `persist-credentials: false`")
    return problems


def inconsistent(pins: list[Pin]) -> list[str]:
    """The same action pinned to different commits or labelled with different versions."""
    problems = []
    first: dict[str, Pin] = {}
    for pin in pins:
        seen = first.setdefault(pin.action, pin)
        if (seen.sha, seen.version) != (pin.sha, pin.version):
            problems.append(
                f"{pin.where}: {pin.action}@{pin.sha} # {pin.version}, but {seen.where} "
                f"has @{seen.sha} # {seen.version}"
            )
    return problems
