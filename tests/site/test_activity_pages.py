"""The page of one activity (DESIGN.md §4): what, for whom, costs, sign-up, place, dates."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

from icalendar import Calendar

from tests.site.test_site_pages import article, read

KOFFIE = "voorbeeldstad/kiem-noord/activiteiten/koffie-ochtend/"


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "a" and found.get("href"):
            self.hrefs.append(found["href"] or "")
        if found.get("id"):
            self.ids.append(found["id"] or "")


def _parse(html: str) -> _Links:
    parser = _Links()
    parser.feed(html)
    return parser


def test_activity_page_says_what_for_whom_costs_and_where(small_site: Path) -> None:
    html = article(read(small_site, KOFFIE))
    assert "<h1" in html and "Koffieochtend" in html
    assert "Een kop koffie en een praatje. Iedereen is welkom." in html
    for label in ("Voor wie", "Kosten", "Aanmelden"):
        assert f"<dt>{label}</dt>" in html
    assert "<dd>Gratis</dd>" in html
    assert "Kerkstraat 12, 9999 ZZ Voorbeeldstad" in html  # the place, with its address
    assert "openstreetmap.org" in html  # a route link (a plain link: nothing loads)


def test_next_dates_in_words_with_the_cancelled_one_marked(small_site: Path) -> None:
    html = article(read(small_site, KOFFIE))
    first = html.split('id="koffie-ochtend-2026-11-25"', 1)[1].split("</li>", 1)[0]
    assert "woensdag 25 november" in first and "Vervalt" in first
    second = html.split('id="koffie-ochtend-2026-12-02"', 1)[1].split("</li>", 1)[0]
    assert "woensdag 2 december" in second and "Vervalt" not in second
    # every date of the agenda's horizon has its anchor (feed items link to it)
    ids = _parse(html).ids
    assert sum(i.startswith("koffie-ochtend-20") for i in ids) == 8


def test_zet_in_je_agenda_gives_this_activity_alone(small_site: Path) -> None:
    links = _parse(article(read(small_site, KOFFIE))).hrefs
    assert "activiteit.ics" in links
    calendar = Calendar.from_ical((small_site / KOFFIE / "activiteit.ics").read_bytes())
    events = calendar.walk("VEVENT")
    assert {str(e["UID"]) for e in events} == {
        "voorbeeldstad/kiem-noord/koffie-ochtend@welkom.example.org"
    }
    assert any(str(e.get("STATUS")) == "CANCELLED" for e in events)  # the cancelled date


def test_agenda_week_and_embed_link_to_the_activity_page(small_site: Path) -> None:
    for url, expected in (
        ("voorbeeldstad/kiem-noord/", "activiteiten/koffie-ochtend/"),
        ("voorbeeldstad/kiem-noord/agenda/", "../activiteiten/koffie-ochtend/"),
        ("voorbeeldstad/agenda/", "../kiem-noord/activiteiten/koffie-ochtend/"),
        ("agenda/", "../voorbeeldstad/kiem-noord/activiteiten/koffie-ochtend/"),
        ("voorbeeldstad/kiem-noord/welkom/", "../activiteiten/koffie-ochtend/"),
    ):
        assert expected in _parse(read(small_site, url)).hrefs, url
    embed = read(small_site, "voorbeeldstad/kiem-noord/embed/")
    assert 'href="../activiteiten/koffie-ochtend/" target="_top"' in embed


def test_activity_pages_are_in_search_and_sitemap(small_site: Path) -> None:
    index = json.loads((small_site / "search/search_index.json").read_text(encoding="utf-8"))
    locations = {d["location"] for d in index["docs"]}
    assert KOFFIE in locations
    text = " ".join(d["text"] for d in index["docs"] if d["location"].startswith(KOFFIE))
    assert "praatje" in text
    assert "2026-12-02" not in text  # the list of dates changes daily: not in search
    sitemap = (small_site / "sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>https://welkom.example.org/{KOFFIE}</loc>" in sitemap
