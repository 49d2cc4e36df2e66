"""The printed welcome guide: absolute dates, build date, costs and sign-up, clean URL."""

from __future__ import annotations

import re
from pathlib import Path

from tests.site.test_site_pages import article, read

GUIDE = "voorbeeldstad/kiem-noord/welkom/"


def _text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_guide_has_absolute_dates_and_its_build_date(small_site: Path) -> None:
    text = _text(article(read(small_site, GUIDE)))
    assert "Bijgewerkt op 23 november 2026" in text
    assert not re.search(r"\b(vandaag|morgen)\b", text)  # paper lives longer than a day
    assert "Eerstvolgende keer: woensdag 2 december" in text  # 25 november is cancelled


def test_guide_shows_costs_and_links_each_activity(small_site: Path) -> None:
    html = article(read(small_site, GUIDE))
    soon = html.split('id="binnenkort"', 1)[1].split("</ul>", 1)[0]
    assert soon.count("Kosten: gratis") >= 2
    assert 'href="../activiteiten/koffie-ochtend/"' in soon


def test_url_under_the_qr_code_breaks_only_after_a_slash(small_site: Path) -> None:
    html = article(read(small_site, GUIDE))
    caption = html.split('<span class="welkom-url">', 1)[1].split("</figcaption>", 1)[0]
    parts = re.findall(r'<span class="welkom-url__deel">([^<]*)</span>', caption)
    assert "".join(parts) == "welkom.example.org/voorbeeldstad/kiem-noord/"
    assert all(p.endswith("/") for p in parts)
    assert caption.count("<wbr>") == len(parts) - 1


def test_each_web_address_is_printed_once() -> None:
    css = (Path(__file__).resolve().parents[2] / "src/welkom/assets/welkom.css").read_text()
    assert "attr(href)" not in css  # no " (https://…)" after a link whose text is the address
