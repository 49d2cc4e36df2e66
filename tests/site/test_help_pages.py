"""Help first: one tap from the top of a buurt page, and search finds help by people's words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.site.test_site_pages import article, read
from welkom.check import load_site

REPO = Path(__file__).resolve().parents[2]


def _index(site: Path) -> list[dict]:
    return json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))["docs"]


def test_hulp_nodig_is_the_first_link_of_every_buurt_page(built_site: Path) -> None:
    example = load_site(REPO)
    for buurt in example.buurten:
        html = article(read(built_site, f"{buurt}/"))
        after_title = html.split("</h1>", 1)[1]
        first_link = after_title.split("<a ", 1)[1].split(">", 1)[0]
        assert 'href="#hulp"' in first_link, buurt
        assert after_title.index("Hulp nodig?") < after_title.index('id="deze-week"')
        assert 'id="hulp"' in html


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("schulden", "hulp/vragen-over-huur-schulden-of-recht/"),
        ("zelfmoord", "hulp/denk-je-aan-zelfmoord/"),
        ("somber", "hulp/denk-je-aan-zelfmoord/"),
        ("huiselijk geweld", "hulp/huiselijk-geweld-of-kindermishandeling/"),
        ("ruzie met de buren", "hulp/vragen-over-huur-schulden-of-recht/"),
        ("eenzaam", "hulp/even-met-iemand-praten/"),
        ("verslaving", "voorbeeldstad/hulp/hulp-bij-zorg-geld-of-wonen/"),
        ("geld", "dijkhoven/hulp/vragen-over-zorg-geld-of-werk/"),
    ],
)
def test_each_help_line_carries_the_words_people_search_with(
    built_site: Path, words: str, expected: str
) -> None:
    docs = [d for d in _index(built_site) if d["location"].split("#")[0] == expected]
    assert docs, f"{expected} is not in the search index"
    assert all(words in d.get("tags", []) for d in docs)
    page = article(read(built_site, expected))
    assert words in page  # shown to the reader too: search never finds invisible words


def test_national_lines_are_indexed_once_not_per_buurt(built_site: Path) -> None:
    docs = _index(built_site)
    with_number = {d["location"].split("#")[0] for d in docs if "0800-8020" in d["text"]}
    assert with_number == {"hulp/vragen-over-huur-schulden-of-recht/"}
    tagged = {d["location"].split("#")[0] for d in docs if d.get("tags")}
    assert all("/hulp/" in f"/{loc}" for loc in tagged)  # only help pages carry search words


def test_help_index_lists_national_lines_and_every_gemeente(built_site: Path) -> None:
    html = article(read(built_site, "hulp/"))
    assert "0800-0113" in html and "112" in html
    assert html.index("Bij gevaar") < html.index("Anoniem een misdrijf melden")  # urgent first
    for gemeente in load_site(REPO).gemeenten:
        assert f'href="../{gemeente}/#hulp"' in html


def test_search_words_may_be_written_on_one_line() -> None:
    from welkom.model import Hulplijn

    line = Hulplijn(onderwerp="Schulden", telefoon="0800-8020", zoekwoorden="schulden, geld ,")
    assert line.zoekwoorden == ["schulden", "geld"]
