"""The 404 page: Dutch, says the page is gone, offers search and every gemeente without JS."""

from __future__ import annotations

import re
from pathlib import Path

from welkom.render.pages.notfound import root_path


def test_404_is_dutch_with_search_and_every_gemeente(small_site: Path) -> None:
    html = (small_site / "404.html").read_text(encoding="utf-8")
    assert '<html lang="nl"' in html
    assert "Not found" not in html and "404 -" not in html
    assert "Deze pagina bestaat niet (meer)" in html
    assert "<title>Pagina niet gevonden - " in html
    # a plain GET form: sent without JavaScript; with it, the site's search opens (?q=)
    form = re.search(r'<form class="welkom-zoek" action="([^"]+)" method="get"', html)
    assert form is not None and form.group(1) == "/"
    assert re.search(r'<input id="welkom-zoek-404" type="search" name="q"', html)
    assert '<label for="welkom-zoek-404">' in html
    # the gemeenten, with links from the root: the page is shown at any address
    assert '<li><a href="/voorbeeldstad/">Voorbeeldstad</a></li>' in html
    assert "<!-- welkom:niet-gevonden -->" not in html


def test_root_path_of_a_site_in_a_sub_folder() -> None:
    assert root_path("https://example.org/") == "/"
    assert root_path("https://example.org/buurten") == "/buurten/"
    assert root_path("https://example.org") == "/"
