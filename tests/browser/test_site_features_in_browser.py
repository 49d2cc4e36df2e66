"""What residents, newcomers and partners do with the site, checked in a real Chromium.

- a resident without JavaScript still reads "deze week" and the plekken on the buurt page;
- a newcomer gets the welcome guide on at most two A4 sheets;
- a partner's site shows the embed page in an iframe, and its links leave the iframe.
"""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from browser_support import ARTIFACTS, REPO, Guarded, new_guarded_context, pages_of
from site_pages import SitePage

from welkom.check import load_site
from welkom.site import BuurtEntry, Site

pytestmark = pytest.mark.browser


@functools.cache
def example_site() -> Site:
    return load_site(REPO)


def buurt_of(page: SitePage) -> BuurtEntry:
    """The source buurt behind a `/<gemeente>/<buurt>/…` page of the example site."""
    gemeente, buurt = page.url.strip("/").split("/")[:2]
    site = example_site()
    key = f"{gemeente}/{buurt}"
    assert key in site.buurten, f"{page.url}: buurt {key} staat niet in {REPO / 'buurten'}"
    return site.buurten[key]


def test_buurt_page_readable_without_javascript(
    browser: object, base_url: str, site_pages: dict[str, SitePage]
) -> None:
    [page] = pages_of(site_pages, "buurt")
    buurt = buurt_of(page)
    assert buurt.model.plekken, f"{buurt.id} heeft geen plekken om op te controleren"
    guarded = new_guarded_context(browser, java_script_enabled=False)
    try:
        tab = guarded.context.new_page()  # type: ignore[attr-defined]
        tab.set_viewport_size({"width": 360, "height": 800})
        tab.goto(base_url + page.url)
        # DESIGN.md §1: "what is on this week" at the top, so it is the first section heading.
        deze_week = tab.get_by_role("heading", name=re.compile(r"deze week", re.IGNORECASE))
        assert deze_week.first.is_visible(), f"{page.url}: 'Deze week' niet zichtbaar zonder JS"
        first_h2 = tab.locator("article h2").first.inner_text()
        assert "deze week" in first_h2.lower(), f"{page.url}: eerste kop is {first_h2!r}"
        for plek in buurt.model.plekken:
            shown = tab.get_by_text(plek.naam, exact=False).first
            assert shown.is_visible(), f"{page.url}: plek '{plek.naam}' niet zichtbaar zonder JS"
        problems = guarded.problems()
        assert not problems, "\n".join(problems)
    finally:
        guarded.context.close()  # type: ignore[attr-defined]


def pdf_page_count(pdf: Path) -> int:
    pdfinfo = shutil.which("pdfinfo")
    if pdfinfo:
        out = subprocess.run([pdfinfo, str(pdf)], capture_output=True, text=True, check=True)
        match = re.search(r"^Pages:\s+(\d+)", out.stdout, re.MULTILINE)
        assert match, out.stdout
        return int(match.group(1))
    # Chromium writes uncompressed page objects: count "/Type /Page" but not "/Type /Pages".
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf.read_bytes()))


def test_welcome_guide_prints_on_two_a4_pages(
    guarded: Guarded, base_url: str, site_pages: dict[str, SitePage]
) -> None:
    [page] = pages_of(site_pages, "welkomstgids")
    tab = guarded.context.new_page()  # type: ignore[attr-defined]
    tab.goto(base_url + page.url, wait_until="networkidle")
    # The newcomer scans the QR code on paper to reach the buurt page: it must be printed.
    tab.emulate_media(media="print")
    qr = tab.get_by_role("img", name=re.compile(r"QR", re.IGNORECASE))
    assert qr.count() >= 1 and qr.first.is_visible(), f"{page.url}: geen QR-code in de print"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pdf = ARTIFACTS / "welkomstgids.pdf"
    tab.pdf(path=str(pdf), format="A4", print_background=False)
    pages = pdf_page_count(pdf)
    assert 1 <= pages <= 2, f"De welkomstgids {page.url} is {pages} A4-pagina's; hoogstens 2."
    problems = guarded.problems()
    assert not problems, "\n".join(problems)


def test_embed_works_in_a_partner_iframe(
    guarded: Guarded,
    base_url: str,
    helper_dir: Path,
    site_pages: dict[str, SitePage],
) -> None:
    [page] = pages_of(site_pages, "embed")
    buurt = buurt_of(page)
    titles = [example_site().activiteiten[a].model.titel for a in buurt.activiteiten]
    assert titles, f"{buurt.id} heeft geen activiteiten om in de embed te tonen"
    (helper_dir / "embed-host.html").write_text(
        '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Partner</title>'
        '</head><body><h1>Woningcorporatie</h1><iframe src="'
        + page.url
        + '" title="Activiteiten in de buurt" width="360" height="640"></iframe></body></html>',
        encoding="utf-8",
    )
    tab = guarded.context.new_page()  # type: ignore[attr-defined]
    tab.goto(base_url + "/__test__/embed-host.html", wait_until="load")
    frame = next((f for f in tab.frames if f.url.endswith(page.url)), None)
    assert frame is not None, f"iframe met {page.url} niet geladen; frames: {tab.frames}"
    frame.wait_for_load_state("load")
    (ARTIFACTS / "screenshots").mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / "screenshots" / "embed-in-iframe.png"), full_page=True)
    text = frame.inner_text("body")
    assert any(t in text for t in titles), (
        f"De embed toont geen van de activiteiten {titles}; tekst: {text[:300]!r}"
    )
    links = frame.eval_on_selector_all(
        "a[href]", "els => els.map(e => [e.getAttribute('href'), e.getAttribute('target')])"
    )
    leaving = [(href, target) for href, target in links if not href.startswith("#")]
    assert leaving, "De embed heeft geen links (naar de buurtpagina of activiteiten)"
    wrong = [href for href, target in leaving if target != "_top"]
    assert not wrong, f"Links in de embed zonder target=_top (blijven in de iframe): {wrong}"
    problems = guarded.problems()
    assert not problems, "\n".join(problems)
