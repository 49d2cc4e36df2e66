"""A printed QR code keeps working after its buurt is renamed (redirects.yml), in Chromium.

The welcome guide printed before the rename carries a QR code with the buurt's old address.
This test builds the fixture site as it was, reads that address from the printed guide (and
checks the QR code on the page really encodes it), then builds the site after the rename and
opens the old address in Chromium: it must land on the renamed buurt's page, without
JavaScript and without any request leaving the machine.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from browser_support import new_guarded_context
from static_server import serve
from tests.redirects.renamed import NEW, OLD, renamed_site
from tests.site.build_support import KLEINE_STAD, build

from welkom.render.qr import qr_svg

pytestmark = pytest.mark.browser

SITE_URL = "https://welkom.example.org/"


@pytest.fixture(scope="module")
def printed_qr_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The address in the QR code of the guide as it was printed, before the rename."""
    work = tmp_path_factory.mktemp("voor-de-naamswijziging")
    before = build(KLEINE_STAD, work / "site", work)
    assert before.code == 0, before.out
    guide = (before.site / OLD / "welkom" / "index.html").read_text(encoding="utf-8")
    svg = re.search(r"<svg [^>]*class=\"welkom-qr\".*?</svg>", guide, re.S)
    assert svg is not None
    url = re.search(r'aria-label="QR-code: ([^"]+)"', svg.group(0))
    assert url is not None
    assert svg.group(0) == qr_svg(url.group(1), f"QR-code: {url.group(1)}")  # encodes that URL
    return url.group(1)


@pytest.fixture(scope="module")
def renamed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    work = tmp_path_factory.mktemp("na-de-naamswijziging")
    after = build(renamed_site(work / "data"), work / "site", work)
    assert after.code == 0, after.out
    with serve(after.site, work) as base:
        yield base


def test_the_old_qr_code_lands_on_the_renamed_buurt(
    browser: object, printed_qr_url: str, renamed: str
) -> None:
    assert printed_qr_url == SITE_URL + OLD
    local = renamed + "/" + printed_qr_url.removeprefix(SITE_URL)
    guarded = new_guarded_context(browser, java_script_enabled=False)
    try:
        page = guarded.context.new_page()  # type: ignore[attr-defined]
        page.goto(local)
        page.wait_for_url(renamed + "/" + NEW, timeout=10_000)
        assert page.locator("h1").first.inner_text().strip() == "Kiem-Noord"
        assert guarded.problems() == []
    finally:
        guarded.context.close()  # type: ignore[attr-defined]


def test_an_old_guide_link_lands_on_the_new_guide(browser: object, renamed: str) -> None:
    guarded = new_guarded_context(browser, java_script_enabled=False)
    try:
        page = guarded.context.new_page()  # type: ignore[attr-defined]
        page.goto(f"{renamed}/{OLD}welkom/")
        page.wait_for_url(f"{renamed}/{NEW}welkom/", timeout=10_000)
        assert "Welkom in Kiem-Noord" in page.locator("h1").first.inner_text()
        assert guarded.problems() == []
    finally:
        guarded.context.close()  # type: ignore[attr-defined]
