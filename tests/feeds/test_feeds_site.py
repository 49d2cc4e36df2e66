"""Feeds and pages agree: every feed link lands on an anchor of the buurt's agenda page, and the
buurt, gemeente and agenda pages point to their feeds."""

from __future__ import annotations

import re

import pytest

from tests.feeds.conftest import TODAY
from tests.feeds.readers import parse_feed
from welkom.render.context import BuildContext
from welkom.render.pages import GeneratedPage
from welkom.render.pages.views import all_pages
from welkom.site import Site

SITE_URL = "https://welkom.example.nl/"


@pytest.fixture(scope="module")
def pages(feed_site: Site) -> dict[str, GeneratedPage]:
    ctx = BuildContext(feed_site, TODAY, site_url=SITE_URL)
    return {page.src_uri: page for page in all_pages(ctx)}


def _html(page: GeneratedPage) -> str:
    return page.fill(page.content)


@pytest.mark.parametrize("buurt", ["voorbeeldstad/kiem-noord", "voorbeeldstad/zuid"])
def test_every_feed_link_has_its_anchor_on_its_activity_page(
    pages: dict[str, GeneratedPage], feeds: dict[str, bytes], buurt: str
) -> None:
    agenda = _html(pages[f"{buurt}/agenda/index.md"])
    anchors = re.findall(r'<li class="welkom-item[^"]*" id="([^"]+)"', agenda)
    rss = parse_feed(feeds[f"{buurt}/activiteiten.rss"])
    links = [e.link for e in rss.entries]
    assert all(link.startswith(f"{SITE_URL}{buurt}/activiteiten/") for link in links)
    # The agenda keeps an anchor per date (older feed items linked there) ...
    assert sorted(link.split("#", 1)[1] for link in links) == sorted(anchors)
    assert len(set(anchors)) == len(anchors)
    # ... and each link lands on its date on the activity's own page.
    for link in links:
        page, anchor = link.removeprefix(SITE_URL).split("#", 1)
        assert f'<li id="{anchor}"' in _html(pages[f"{page}index.md"]), link


@pytest.mark.parametrize(
    ("src_uri", "scope"),
    [
        ("voorbeeldstad/kiem-noord/index.md", "voorbeeldstad/kiem-noord/"),
        ("voorbeeldstad/index.md", "voorbeeldstad/"),
        ("voorbeeldstad/kiem-noord/agenda/index.md", "voorbeeldstad/kiem-noord/"),
        ("agenda/index.md", ""),
    ],
)
def test_pages_announce_their_feeds(
    pages: dict[str, GeneratedPage], src_uri: str, scope: str
) -> None:
    head = str(pages[src_uri].meta()["welkom_feeds"])
    for ext, mime in (
        ("rss", "application/rss+xml"),
        ("atom", "application/atom+xml"),
        ("ics", "text/calendar"),
    ):
        assert (
            f'<link rel="alternate " type="{mime}"' in head
            and f'href="{SITE_URL}{scope}activiteiten.{ext}"' in head
        )


def test_follow_block_has_webcal_and_an_address_to_copy(pages: dict[str, GeneratedPage]) -> None:
    html = _html(pages["voorbeeldstad/kiem-noord/index.md"])
    follow = html.split('class="welkom-volg"', 1)[1]
    assert 'href="webcal://welkom.example.nl/voorbeeldstad/kiem-noord/activiteiten.ics"' in follow
    assert ">https://welkom.example.nl/voorbeeldstad/kiem-noord/activiteiten.ics</code>" in follow
    assert 'href="activiteiten.rss"' in follow
