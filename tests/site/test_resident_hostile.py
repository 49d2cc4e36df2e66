"""Contributor text on the new pages (activity, help line, embed, guide) is data, never markup."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.security.inert import executable
from tests.site.build_support import KLEINE_STAD, build

# Markup (`<script>`, `<img …>`) is refused by `welkom check` (check/markup.py); what passes
# the check and still looks like an attack must reach every new page as plain text.
QUOTE = '" onmouseover="alert(1)" x="'
MARKDOWN = "{: onclick=alert(2) } [x](javascript:alert(3))"
SCRIPT_END = "tot </script en a<b"


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("hostile")
    data = work / "data"
    shutil.copytree(KLEINE_STAD, data)
    activity = data / "activiteiten/voorbeeldstad/kiem-noord/koffie-ochtend.yml"
    text = activity.read_text(encoding="utf-8")
    text = text.replace("titel: Koffieochtend", f"titel: 'Koffie {QUOTE}'")
    text = text.replace("kosten: gratis", f"kosten: '€ 1 {MARKDOWN}'")
    text += f"aanmelden: '{SCRIPT_END}'\nvoor: '{QUOTE}'\n"
    activity.write_text(text, encoding="utf-8")
    buurt = data / "buurten/voorbeeldstad/kiem-noord.yml"
    text = buurt.read_text(encoding="utf-8").replace(
        "  - onderwerp: Vragen over je woning\n",
        f"  - onderwerp: 'Woning {MARKDOWN}'\n    zoekwoorden: ['{QUOTE}', schimmel]\n",
    )
    buurt.write_text(text, encoding="utf-8")
    result = build(data, work / "site", work)
    assert result.code == 0, result.out[-2000:]  # it passes the check, so it builds
    return result.site


PAGES = [
    "voorbeeldstad/kiem-noord/activiteiten/koffie-ochtend/",
    "voorbeeldstad/kiem-noord/",
    "voorbeeldstad/kiem-noord/embed/",
    "voorbeeldstad/kiem-noord/welkom/",
    "voorbeeldstad/kiem-noord/agenda/",
]


def _help_page(site: Path) -> str:
    """The help line's own page (its address is made from the hostile `onderwerp`)."""
    (page,) = [p for p in (site / "voorbeeldstad/kiem-noord/hulp").glob("woning*/index.html")]
    return str(page.parent.relative_to(site)) + "/"


@pytest.mark.parametrize("url", [*PAGES, "help-line"])
def test_no_contributor_markup_on_the_new_pages(hostile_site: Path, url: str) -> None:
    if url == "help-line":
        url = _help_page(hostile_site)
    html = (hostile_site / url / "index.html").read_text(encoding="utf-8")
    # The whole page, the theme's <head> and header included: every reader of what could run.
    assert executable(html, page=True) == []
    for jsonld in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        assert "<" not in jsonld  # the titles are in it, written without "<", ">" or "&"
    # The text is there, as text (the embed shows titles only).
    assert "onmouseover=" in html or "javascript:alert(3)" in html, url
