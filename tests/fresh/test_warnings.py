"""Freshness warnings of `welkom check` on tests/fresh/fixtures/nakijken (today 2026-11-23)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from tests.helpers import run_cli
from welkom.check import load_site
from welkom.fresh import freshness_problems, load_limits
from welkom.fresh.status import due

FIXTURE = Path(__file__).parent / "fixtures" / "nakijken"
TODAY = dt.date(2026, 11, 23)
EPOCH = "1795431600"  # 2026-11-23 12:00 Europe/Amsterdam


def _texts(on: dt.date, root: Path = FIXTURE) -> list[str]:
    site = load_site(root)
    return sorted(p.format_text() for p in freshness_problems(site, on))


def test_the_warnings_of_the_fixture_word_for_word() -> None:
    assert _texts(TODAY) == [
        "activiteiten/voorbeeldstad/kiem-noord/zomerbios.yml:6:1: waarschuwing: Deze activiteit "
        "is voorbij: de laatste keer was op 28 augustus 2026. Ze staat niet meer op de site en in "
        "de feeds. Haal dit bestand weg. Gaat ze toch door, zet dan de nieuwe datums erin.",
        "buurten/voorbeeldstad/kiem-noord.yml:14:20: waarschuwing: De plek 'Inloop De Hoek' is "
        "voor het laatst nagekeken in mei 2024, meer dan 12 maanden geleden. Klopt alles nog? "
        "Kijk het na (of vraag het na) en zet dan `gecontroleerd: 2026-11`. Klopt het niet meer, "
        "pas het dan aan of haal het weg.",
        "buurten/voorbeeldstad/kiem-noord.yml:19:20: waarschuwing: De sleutelfiguur 'de "
        "huismeester' is voor het laatst nagekeken in juli 2026, meer dan 3 maanden geleden. "
        "Klopt alles nog? Kijk het na (of vraag het na) en zet dan `gecontroleerd: 2026-11`. "
        "Klopt het niet meer, pas het dan aan of haal het weg.",
        "buurten/voorbeeldstad/kiem-noord.yml:25:20: waarschuwing: Bij `gecontroleerd` staat "
        "maart 2027; die maand moet nog komen. Schrijf de maand waarin je het hebt nagekeken, "
        "zoals `gecontroleerd: 2026-11`.",
    ]


def test_a_one_off_is_over_the_day_after(tmp_path: Path) -> None:
    on_the_day = _texts(dt.date(2026, 11, 28))
    after = _texts(dt.date(2026, 11, 29))
    assert not any("lampionnen" in t for t in on_the_day)
    (lampionnen,) = [t for t in after if "lampionnen" in t]
    assert lampionnen == (
        "activiteiten/voorbeeldstad/kiem-noord/lampionnen.yml:3:1: waarschuwing: Deze activiteit "
        "was eenmalig, op 28 november 2026, en is voorbij. Ze staat niet meer op de site en in "
        "de feeds. Haal dit bestand weg. Gaat ze toch door, zet dan de nieuwe datums erin."
    )


def test_renewing_is_one_line(tmp_path: Path) -> None:
    import shutil

    root = shutil.copytree(FIXTURE, tmp_path / "site")
    buurt = root / "buurten/voorbeeldstad/kiem-noord.yml"
    text = buurt.read_text(encoding="utf-8")
    buurt.write_text(text.replace("gecontroleerd: 2024-05", "gecontroleerd: 2026-11"), "utf-8")
    assert not any("Inloop De Hoek" in t for t in _texts(TODAY, root))
    assert len(_texts(TODAY, root)) == len(_texts(TODAY)) - 1


@pytest.mark.parametrize(
    ("checked", "months", "first_stale_day"),
    [
        (dt.date(2026, 11, 1), 12, dt.date(2027, 11, 1)),
        (dt.date(2026, 11, 17), 6, dt.date(2027, 5, 1)),
        (dt.date(2026, 7, 1), 6, dt.date(2027, 1, 1)),
    ],
)
def test_due(checked: dt.date, months: int, first_stale_day: dt.date) -> None:
    assert due(checked, months) == first_stale_day


def test_limits_from_welkom_yml_and_defaults() -> None:
    limits, problems = load_limits(FIXTURE)
    assert problems == []
    assert (limits.sleutelfiguur, limits.plek, limits.activiteit) == (3, 12, 6)


def test_a_wrong_limit_is_located(tmp_path: Path) -> None:
    (tmp_path / "welkom.yml").write_text("nakijken:\n  plekken: 12\n  buurt: nul\n", "utf-8")
    _, problems = load_limits(tmp_path)
    assert sorted((p.line, p.column, p.code) for p in problems) == [
        (2, 3, "model.unknown-key"),
        (3, 10, "model.int_parsing"),
    ]
    unknown = next(p for p in problems if p.code == "model.unknown-key")
    assert unknown.message == "De sleutel `plekken` kent welkom niet. Bedoel je `plek`?"


def test_warnings_never_fail_welkom_check(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    result = run_cli(capsys, "--map", str(FIXTURE), "check")
    assert result.code == 0
    assert result.out.count("waarschuwing") == 4
    assert "4 waarschuwingen gevonden" in result.err
    assert os.environ["SOURCE_DATE_EPOCH"] == EPOCH
