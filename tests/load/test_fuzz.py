"""Property tests: no input makes the loader or `welkom check` crash."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import MINIMAL, run_cli
from welkom.load import parse_yaml
from welkom.load.markdown import parse_markdown

YAML_PIECES = st.sampled_from(
    [
        "naam:",
        " ",
        "  ",
        "\n",
        "- ",
        ":",
        "&a ",
        "*a",
        "!!python/name:os.system",
        "!x ",
        "[",
        "]",
        "{",
        "}",
        ",",
        '"',
        "'",
        "#",
        "|",
        ">",
        "---",
        "...",
        "\t",
        "13:00",
        "2026-02-30",
        "plekken:",
        "id: x",
        "wanneer: elke dinsdag",
        "tijd: 10-12",
        "0800-1205",
        "é",
        "\x00",
        "<<: *a",
        "? ",
        "%YAML 1.1",
        "@",
        "`",
        "\\",
        "\ufeff",
        "~",
        "null",
        "yes",
        "0o17",
    ]
)
yaml_like = st.lists(YAML_PIECES | st.text(max_size=5), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(yaml_like | st.text(max_size=200))
def test_loader_never_crashes(text: str) -> None:
    result = parse_yaml(text, "x.yml")
    assert result.document is not None or result.problems
    for problem in result.problems:
        assert problem.line >= 1 and problem.column >= 1 and problem.message


@settings(max_examples=200, deadline=None)
@given(yaml_like)
def test_markdown_loader_never_crashes(text: str) -> None:
    parse_markdown("---\n" + text + "\n---\nVerhaal\n", "v.md")


@pytest.fixture(scope="module")
def site_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("fuzz") / "site"
    shutil.copytree(MINIMAL, root)
    return root


TARGETS = [
    "buurten/testdorp/centrum.yml",
    "buurten/testdorp/_gemeente.yml",
    "buurten/_landelijk.yml",
    "activiteiten/testdorp/centrum/koffie.yml",
    "verhalen/testdorp/centrum/welkom.md",
]


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.sampled_from(TARGETS), yaml_like, st.binary(max_size=30))
def test_check_never_crashes(
    site_copy: Path, capsys: pytest.CaptureFixture[str], target: str, text: str, noise: bytes
) -> None:
    path = site_copy / target
    original = path.read_bytes()
    try:
        path.write_bytes(text.encode("utf-8", "surrogatepass") + noise)
        result = run_cli(capsys, "--map", str(site_copy), "check")
        assert result.code in (0, 1)
        assert "iets mis in welkom zelf" not in result.err, result.err
        for line in result.out.splitlines():
            assert line.split(":", 1)[0] in TARGETS, line
    finally:
        path.write_bytes(original)
