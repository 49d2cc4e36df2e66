"""Values written as YAML read back as the same value with welkom's own loader."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from welkom.forms.yamlwrite import document, paragraphs, render_value
from welkom.load.yamlfile import parse_yaml

TRICKY = [
    "yes",
    "No",
    "~",
    "null",
    "",
    "2026-01-17",
    "13:00",
    "# geen commentaar",
    "a: b",
    "'t Hoekje",
    '"aanhalingstekens"',
    "- lijstje",
    "[haken]",
    "{accolades}",
    "@iemand",
    "`code`",
    "%procent",
    "!uitroep",
    "&anker",
    "*ster",
    "| streep",
    "> groter",
    "€ 2,50",
    "a #b",
    " spatie vooraan",
    "tab\tin het midden",
]


def read(key: str, text: str) -> object:
    result = parse_yaml(f"{key}:{text}\n", "x.yml")
    assert result.document is not None and not result.problems, text
    return result.document.data[key]


@pytest.mark.parametrize("value", TRICKY)
def test_tricky_text_reads_back(value: str) -> None:
    assert read("titel", render_value("titel", value, 0)) == value


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\n\t"), max_size=150
    )
)
@example("a\n")
@example("\n")
@example("a\n\nb")
@example(" a\n b")
@example("x\ty")
def test_any_text_reads_back(value: str) -> None:
    written = render_value("omschrijving", value, 0)
    back = read("omschrijving", written)
    folded = written.startswith(" >")  # a folded block adds one line break at the end
    assert back == (value + "\n" if folded else value)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)))
def test_any_list_of_text_reads_back(values: list[str]) -> None:
    assert read("open", render_value("open", values, 0)) == values


def test_long_text_is_folded_and_wrapped_like_the_files_in_the_repository() -> None:
    text = paragraphs("Een zin die lang is. " * 12 + "\n\nTweede stuk.")
    written = render_value("omschrijving", text, 0)
    assert written.startswith(" >\n  Een zin")
    assert all(len(line) <= 96 for line in written.split("\n"))
    assert read("omschrijving", written) == text + "\n"


def test_dates_lists_and_booleans() -> None:
    assert document(
        [
            ("vanaf", dt.date(2026, 1, 17)),
            ("behalve", ["feestdagen", dt.date(2026, 7, 18)]),
            ("toestemming", True),
        ]
    ) == ("vanaf: 2026-01-17\nbehalve: [feestdagen, 2026-07-18]\ntoestemming: true\n")


def test_paragraphs_joins_lines_and_keeps_paragraphs() -> None:
    assert paragraphs("een\ntwee  drie\n\n\n vier \n") == "een twee drie\nvier"
