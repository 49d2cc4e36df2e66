"""`gecontroleerd:` read from what volunteers write, and its located message when unreadable."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.helpers import copy_site
from welkom.check import check_site
from welkom.model import Activiteit
from welkom.model.checked import month_words, parse_checked


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2026-11", dt.date(2026, 11, 1)),
        ("2026-1", dt.date(2026, 1, 1)),
        (" 2026-11-05 ", dt.date(2026, 11, 5)),
        (dt.date(2026, 11, 5), dt.date(2026, 11, 5)),
        ("november 2026", dt.date(2026, 11, 1)),
        ("November  2026", dt.date(2026, 11, 1)),
        ("nov 2026", dt.date(2026, 11, 1)),
        ("sept. 2026", dt.date(2026, 9, 1)),
        ("5 november 2026", dt.date(2026, 11, 5)),
    ],
)
def test_what_volunteers_write(given: object, expected: dt.date) -> None:
    assert parse_checked(given) == expected


@pytest.mark.parametrize("given", ["2026-13", "2026-02-30", "novembre 2026", "vorige maand", 2026])
def test_what_is_refused(given: object) -> None:
    with pytest.raises(ValueError, match="gecontroleerd"):
        parse_checked(given)


def test_month_words() -> None:
    assert month_words(dt.date(2026, 11, 5)) == "november 2026"


def test_an_activity_takes_it() -> None:
    a = Activiteit.model_validate(
        {
            "titel": "Koffie",
            "plek": "buurthuis",
            "wanneer": "elke dinsdag",
            "tijd": "10.00-12.00",
            "gecontroleerd": "2026-11",
        }
    )
    assert a.gecontroleerd == dt.date(2026, 11, 1)


def test_an_unreadable_month_is_located(tmp_path: Path) -> None:
    root = copy_site(tmp_path)
    path = root / "buurten/testdorp/centrum.yml"
    path.write_text(
        path.read_text(encoding="utf-8") + "gecontroleerd: vorige week\n", encoding="utf-8"
    )
    site = check_site(root)
    (problem,) = [p for p in site.problems if p.field == "gecontroleerd"]
    line = len(path.read_text(encoding="utf-8").splitlines())
    assert problem.format_text() == (
        f"buurten/testdorp/centrum.yml:{line}:16: fout: We kunnen deze datum niet lezen. "
        "Schrijf bij `gecontroleerd` de maand waarin je alles hebt nagekeken, zoals `2026-11` "
        "of `november 2026`."
    )
