"""The synthetic site generator: deterministic, valid and free of personal data.

Benchmarks at 14,500 buurten only mean something if the generated tree passes the same check
as real content, and if two runs give the same bytes.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from welkom.check import check_site
from welkom.problems import Severity

REPO = Path(__file__).resolve().parent.parent
N = 45  # one full gemeente of 40 buurten and part of a second


def _generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "generate_synthetic", REPO / "scripts" / "generate_synthetic.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("synthetic") / "site"
    _generator().generate(N, out)
    return out


def test_two_runs_are_byte_identical(
    generated: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    again = tmp_path_factory.mktemp("synthetic-again") / "site"
    _generator().generate(N, again)
    first, second = _tree(generated), _tree(again)
    assert len(first) > 4 * N
    assert first == second


def test_regenerating_in_place_gives_the_same_tree(
    generated: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    out = tmp_path_factory.mktemp("synthetic-in-place") / "site"
    gen = _generator()
    gen.generate(N + 10, out)
    gen.generate(N, out)  # a smaller N must not leave buurten of the bigger run behind
    assert _tree(out) == _tree(generated)


def test_generated_site_passes_check(generated: Path) -> None:
    site = check_site(generated)
    errors = [p for p in site.problems if p.severity is Severity.ERROR]
    assert errors == [], "\n".join(f"{p.path}:{p.line}: {p.code} {p.message}" for p in errors)
    assert len(site.buurten) == N
    assert len(site.gemeenten) == 2


def test_generated_site_is_realistic(generated: Path) -> None:
    site = check_site(generated)
    for buurt in site.buurten.values():
        assert 5 <= len(buurt.model.plekken) <= 10
        assert 2 <= len(buurt.model.sleutelfiguren) <= 4
        assert 3 <= len(buurt.activiteiten) <= 6
        assert buurt.model.hulp
    phrases = {a.model.wanneer.text.split()[0] for a in site.activiteiten.values()}
    assert {"elke", "om"} <= phrases
    assert any(a.model.wanneer.date for a in site.activiteiten.values())
    assert any(a.model.wanneer.needs_start for a in site.activiteiten.values())
    assert site.verhalen


def test_generated_text_has_no_personal_data(generated: Path) -> None:
    """Not even a warning: check runs the privacy scanner over every value and story body."""
    site = check_site(generated)
    assert [p for p in site.problems if p.code.startswith("privacy.")] == []


def test_freshness_and_redirects_on_request(tmp_path_factory: pytest.TempPathFactory) -> None:
    """--gecontroleerd and --redirects (issue 14's benchmark): valid, some stale, none forced."""
    import datetime as dt

    from welkom.fresh import freshness_problems

    out = tmp_path_factory.mktemp("synthetic-fresh") / "site"
    _generator().generate(N, out, checked=True, redirects=10)
    site = check_site(out)
    assert [p for p in site.problems if p.severity is Severity.ERROR] == []
    lines = (out / "redirects.yml").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 11  # a comment and ten moves
    stale = freshness_problems(site, dt.date(2026, 11, 23))
    assert 0 < len(stale) < N * 3
    plain = tmp_path_factory.mktemp("synthetic-plain-again") / "site"
    _generator().generate(N, plain)
    assert not (plain / "redirects.yml").exists()
