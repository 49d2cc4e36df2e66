"""The pull-request preview, unpacked and opened from disk, in Chromium.

A volunteer downloads the `voorbeeld-site` artifact of a pull request, unpacks it and opens
index.html: no web server. This test does the same with the preview build of the example
site (`--no-directory-urls`, as in pull-request.yml) and clicks from the home page to a
gemeente, a buurt and the buurt's agenda. Every request must stay on file://.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from tests.workflows.preview_support import build_preview

pytestmark = pytest.mark.browser

LOCAL_SCHEMES = frozenset({"file", "data", "blob", "about"})


@pytest.fixture(scope="module")
def preview(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_preview(tmp_path_factory.mktemp("preview-from-disk") / "voorbeeld-site")


class FromDisk:
    """A browser context that aborts and records every request that is not a local file."""

    def __init__(self, browser: object) -> None:
        self.context = browser.new_context()  # type: ignore[attr-defined]
        self.outside: list[str] = []
        self.errors: list[str] = []
        self.context.route("**/*", self._route)
        self.context.on("request", self._request)
        self.context.on("weberror", lambda err: self.errors.append(str(err.error)))

    def _local(self, url: str) -> bool:
        return urlsplit(url).scheme in LOCAL_SCHEMES

    def _request(self, request: object) -> None:
        url = request.url  # type: ignore[attr-defined]
        if not self._local(url) and url not in self.outside:
            self.outside.append(url)

    def _route(self, route: object) -> None:
        url = route.request.url  # type: ignore[attr-defined]
        if self._local(url):
            route.continue_()  # type: ignore[attr-defined]
        else:
            self._request(route.request)  # type: ignore[attr-defined]
            route.abort("blockedbyclient")  # type: ignore[attr-defined]


@pytest.fixture
def from_disk(browser: object) -> Iterator[FromDisk]:
    guarded = FromDisk(browser)
    yield guarded
    guarded.context.close()


def heading(tab: object) -> str:
    return tab.locator("main h1").first.inner_text().strip()  # type: ignore[attr-defined]


def test_click_from_home_to_a_buurt_agenda_from_disk(preview: Path, from_disk: FromDisk) -> None:
    tab = from_disk.context.new_page()
    tab.goto((preview / "index.html").as_uri(), wait_until="load")
    assert heading(tab) == "Welkom in de buurt"

    tab.locator("main").get_by_role("link", name="Voorbeeldstad", exact=True).first.click()
    tab.wait_for_load_state("load")
    assert tab.url == (preview / "voorbeeldstad" / "index.html").as_uri()
    assert heading(tab) == "Voorbeeldstad"

    tab.locator("main").get_by_role("link", name="Kiem-Noord", exact=True).first.click()
    tab.wait_for_load_state("load")
    assert tab.url == (preview / "voorbeeldstad" / "kiem-noord" / "index.html").as_uri()
    assert heading(tab) == "Kiem-Noord"

    tab.locator("main").get_by_role("link", name="Agenda", exact=True).first.click()
    tab.wait_for_load_state("load")
    agenda = preview / "voorbeeldstad" / "kiem-noord" / "agenda" / "index.html"
    assert tab.url == agenda.as_uri()
    assert heading(tab) == "Agenda Kiem-Noord"

    # Back up through the breadcrumbs: the home page, not a folder listing.
    tab.get_by_role("link", name="Home", exact=True).first.click()
    tab.wait_for_load_state("load")
    assert tab.url == (preview / "index.html").as_uri()
    assert heading(tab) == "Welkom in de buurt"

    assert not from_disk.outside, f"requests that left file://: {from_disk.outside}"
    assert not from_disk.errors, f"JavaScript errors: {from_disk.errors}"
