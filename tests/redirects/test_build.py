"""The build of a site with a renamed buurt: redirect pages at every old address, old feeds."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import feedparser
import pytest

from tests.redirects.renamed import NEW, OLD, renamed_site
from tests.site.build_support import build

SITE_URL = "https://welkom.example.org/"


class _Head(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}
        self.links: list[tuple[str, str]] = []  # (rel, href)
        self.anchors: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "meta" and ("name" in a or "http-equiv" in a):
            self.meta[a.get("name") or a["http-equiv"]] = a.get("content", "")
        elif tag == "link":
            self.links.append((a.get("rel", ""), a.get("href", "")))
        elif tag == "a":
            self.anchors.append(a.get("href", ""))
        elif tag == "script":
            self.scripts += 1


def _read(path: Path) -> _Head:
    head = _Head()
    head.feed(path.read_text(encoding="utf-8"))
    return head


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("hernoemd")
    result = build(renamed_site(work / "data"), work / "site", work)
    assert result.code == 0, result.out
    return result.site


@pytest.mark.parametrize(
    ("old", "new", "relative"),
    [
        (OLD, NEW, "../de-kiem/"),
        (f"{OLD}welkom/", f"{NEW}welkom/", "../../de-kiem/welkom/"),
        (f"{OLD}agenda/", f"{NEW}agenda/", "../../de-kiem/agenda/"),
        (f"{OLD}embed/", f"{NEW}embed/", "../../de-kiem/embed/"),
        (
            f"{OLD}activiteiten/repair-cafe/",
            f"{NEW}activiteiten/repair-cafe/",
            "../../../de-kiem/activiteiten/repair-cafe/",
        ),
    ],
)
def test_every_old_address_has_a_redirect_page(
    built: Path, old: str, new: str, relative: str
) -> None:
    page = built / old / "index.html"
    head = _read(page)
    assert head.meta["refresh"] == f"0; url={relative}"
    assert head.meta["robots"] == "noindex"
    assert ("canonical", SITE_URL + new) in head.links
    assert head.anchors == [relative]
    assert head.scripts == 0
    # The relative link lands on the new page (or its folder, for a page another issue adds).
    assert (page.parent / relative).resolve() == (built / new).resolve()
    if not new.endswith("activiteiten/repair-cafe/"):
        assert (built / new / "index.html").is_file()


def test_the_old_buurt_is_not_built_as_a_page_any_more(built: Path) -> None:
    html = (built / OLD / "index.html").read_text(encoding="utf-8")
    assert "Deze pagina is verhuisd" in html
    assert len(html) < 1000  # a small page, not the buurt page
    sitemap = (built / "sitemap.xml").read_text(encoding="utf-8")
    assert OLD not in sitemap and NEW in sitemap


@pytest.mark.parametrize(
    "name", ["activiteiten.rss", "activiteiten.atom", "activiteiten.ics", "activiteiten.json"]
)
def test_old_feed_addresses_serve_the_new_feed(built: Path, name: str) -> None:
    old = (built / OLD / name).read_bytes()
    assert old == (built / NEW / name).read_bytes()


def test_the_old_feed_reads_with_the_same_ids(built: Path) -> None:
    old = feedparser.parse((built / OLD / "activiteiten.atom").read_bytes())
    new = feedparser.parse((built / NEW / "activiteiten.atom").read_bytes())
    assert not old.bozo
    assert [e.id for e in old.entries] == [e.id for e in new.entries]
    assert old.entries, "the fixture buurt has activities in the coming weeks"
    # The self link tells a reader where the feed lives now.
    self_links = [link.href for link in old.feed.links if link.rel == "self"]
    assert self_links == [SITE_URL + NEW + "activiteiten.atom"]


def test_story_feed_of_the_old_buurt_too(built: Path) -> None:
    old = feedparser.parse((built / OLD / "verhalen.rss").read_bytes())
    assert [e.title for e in old.entries] == ["Een plantje voor de buren"]


def test_a_preview_opened_from_disk_links_to_the_index_file() -> None:
    from welkom.redirects.html import redirect_page

    html = redirect_page(OLD, NEW, SITE_URL + NEW, directory_urls=False).decode()
    assert 'content="0; url=../de-kiem/index.html"' in html
    assert 'href="../de-kiem/index.html"' in html


def test_hostile_paths_cannot_reach_the_page() -> None:
    """Paths in redirects.yml are slugs only: nothing in them needs escaping, and the loader
    refuses anything else (quotes, angle brackets, schemes, `..`)."""
    from welkom.redirects.load import site_path

    for bad in ('/a"><script>/', "/a/../b/", "javascript:alert(1)", "//evil.example/", "/a b/"):
        assert site_path(bad) is None, bad
