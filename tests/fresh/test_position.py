"""The fast line finder for `gecontroleerd` agrees with the full locator, or steps aside."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.helpers import REPO
from welkom.check import load_site
from welkom.fresh.position import checked_position, key_position
from welkom.fresh.status import site_entries
from welkom.load import parse_yaml

FIXTURE = Path(__file__).parent / "fixtures" / "nakijken"


@pytest.mark.parametrize("root", [FIXTURE, REPO], ids=["nakijken", "voorbeeld"])
def test_every_checked_entry_agrees_with_the_locator(root: Path) -> None:
    site = load_site(root)
    seen = 0
    for entry in site_entries(site):
        if entry.checked is None:
            continue
        assert checked_position(entry.doc, entry.loc, entry.checked) == entry.doc.where(
            (*entry.loc, "gecontroleerd")
        ), (entry.path, entry.loc)
        seen += 1
    assert seen >= 4


TRICKY = """\
naam: X   # gecontroleerd: 2020-01 in a comment
plekken:
  # gecontroleerd: 2020-02
  - gecontroleerd: 2026-03
    id: a
  -
    id: b
    omschrijving: |
      gecontroleerd: 2020-04
    gecontroleerd: "2026-05"
sleutelfiguren: [{rol: x, gecontroleerd: 2026-06}]
hulp:
- onderwerp: y
  gecontroleerd: november 2026   # nagekeken door het buurtteam
tot: 2026-01-01
gecontroleerd: 2026-07
"""


@pytest.mark.parametrize(
    ("loc", "month"),
    [
        (("plekken", 0), dt.date(2026, 3, 1)),
        (("plekken", 1), dt.date(2026, 5, 1)),
        (("sleutelfiguren", 0), dt.date(2026, 6, 1)),  # flow style: the locator answers
        (("hulp", 0), dt.date(2026, 11, 1)),
        ((), dt.date(2026, 7, 1)),
    ],
)
def test_tricky_yaml(loc: tuple[str | int, ...], month: dt.date) -> None:
    doc = parse_yaml(TRICKY, "x.yml").document
    assert doc is not None
    assert checked_position(doc, loc, month) == doc.where((*loc, "gecontroleerd"))


def test_a_wrong_expectation_falls_back() -> None:
    doc = parse_yaml(TRICKY, "x.yml").document
    assert doc is not None
    # The block of plekken[1] holds "2026-05"; asked for another month, the locator answers.
    assert checked_position(doc, ("plekken", 1), dt.date(2020, 4, 1)) == doc.where(
        ("plekken", 1, "gecontroleerd")
    )


def test_top_level_keys() -> None:
    doc = parse_yaml(TRICKY, "x.yml").document
    assert doc is not None
    assert key_position(doc, "tot") == doc.where(("tot",), key=True) == (15, 1)
