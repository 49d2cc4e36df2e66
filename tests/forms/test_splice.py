"""Changing keys of one plek in a buurt file without touching anything else."""

from __future__ import annotations

import datetime as dt

import pytest

from welkom.forms.splice import SpliceError, set_plek_fields, verify
from welkom.model import Plek

ORDER = list(Plek.model_fields)

BUURT = """\
# yaml-language-server: $schema=../../schemas/buurt.schema.json
naam: Proefbuurt   # een verzonnen buurt
plekken:
  # De eerste plek.
  - id: huiskamer
    naam: De Huiskamer  # zo heet hij al jaren
    soort: huiskamer
    omschrijving: >
      Een lange tekst
      over twee regels.

    open:
      - ma 10.00-12.00
      # ook op dinsdag?
      - wo 10.00-12.00

    # Hierna de tweede plek.
  - id: tuin
    naam: Buurttuin
    soort: moestuin
    open:
    - za 10.00-13.00
    gesloten: [2026-12-25,
      2026-12-26]
welkom:
  - Zeg gedag.
"""


def changed(old: str, new: str) -> tuple[list[str], list[str]]:
    """The lines only in ``old`` and only in ``new``, after the common start and end."""
    a, b = old.split("\n"), new.split("\n")
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end = 0
    while end < min(len(a), len(b)) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    return a[start : len(a) - end], b[start : len(b) - end]


def apply(index: int, changes: dict[str, object]) -> str:
    new = set_plek_fields(BUURT, index, changes, ORDER)  # type: ignore[arg-type]
    verify(BUURT, new, index, changes)  # type: ignore[arg-type]
    return new


def test_a_one_line_value_keeps_its_comment() -> None:
    new = apply(0, {"naam": "Huiskamer Oost"})
    assert changed(BUURT, new) == (
        ["    naam: De Huiskamer  # zo heet hij al jaren"],
        ["    naam: Huiskamer Oost  # zo heet hij al jaren"],
    )


def test_a_block_list_is_replaced_but_the_comments_and_blank_lines_after_it_stay() -> None:
    new = apply(0, {"open": ["di 09.00-11.00"]})
    assert changed(BUURT, new) == (
        ["      - ma 10.00-12.00", "      # ook op dinsdag?", "      - wo 10.00-12.00"],
        ["      - di 09.00-11.00"],
    )
    assert "\n\n    # Hierna de tweede plek.\n  - id: tuin" in new


def test_a_folded_text_is_replaced_up_to_its_last_line() -> None:
    new = apply(0, {"omschrijving": "Kort."})
    assert changed(BUURT, new) == (
        ["    omschrijving: >", "      Een lange tekst", "      over twee regels."],
        ["    omschrijving: Kort."],
    )


def test_new_keys_go_after_the_key_before_them_in_the_model() -> None:
    new = apply(0, {"website": "https://www.voorbeeld.nl/huiskamer", "gesloten": []})
    lines = new.split("\n")
    assert lines[lines.index("      - wo 10.00-12.00") + 1] == "    gesloten: []"
    assert lines[lines.index("      over twee regels.") + 1] == (
        "    website: https://www.voorbeeld.nl/huiskamer"
    )
    assert len(lines) == len(BUURT.split("\n")) + 2


def test_the_last_plek_an_indentless_list_and_a_flow_list_over_two_lines() -> None:
    new = apply(
        1,
        {
            "open": ["za 10.00-12.00", "zo 10.00-12.00"],
            "gesloten": [dt.date(2026, 12, 25), dt.date(2026, 12, 26), dt.date(2027, 1, 1)],
            "toegankelijk": ["gelijkvloers"],
        },
    )
    assert changed(BUURT, new) == (
        ["    - za 10.00-13.00", "    gesloten: [2026-12-25,", "      2026-12-26]"],
        [
            "      - za 10.00-12.00",
            "      - zo 10.00-12.00",
            "    gesloten: [2026-12-25, 2026-12-26, 2027-01-01]",
            "    toegankelijk: [gelijkvloers]",
        ],
    )
    assert new.endswith("welkom:\n  - Zeg gedag.\n")


def test_a_plek_written_as_one_flow_mapping_is_left_to_a_person() -> None:
    text = "naam: X\nplekken:\n  - {id: a, naam: A, soort: park}\n"
    with pytest.raises(SpliceError, match="niet automatisch"):
        set_plek_fields(text, 0, {"naam": "B"}, ORDER)


def test_verify_notices_a_change_that_was_not_asked_for() -> None:
    new = BUURT.replace("naam: Buurttuin", "naam: Andere tuin")
    with pytest.raises(SpliceError, match="andere gegevens"):
        verify(BUURT, new, 0, {})
