"""Links pages put in their <head> and in the "Volg deze buurt" block."""

from __future__ import annotations

from html.parser import HTMLParser

from tests.feeds.conftest import TODAY
from welkom.render.context import BuildContext
from welkom.render.feeds.links import alternate_tags, follow_links, webcal_url
from welkom.site import Site


def test_follow_links_are_absolute(feed_site: Site, feeds: dict[str, bytes]) -> None:
    ctx = BuildContext(feed_site, TODAY, site_url="https://welkom.example.nl/")
    links = follow_links(ctx, "voorbeeldstad/kiem-noord")
    base = "welkom.example.nl/voorbeeldstad/kiem-noord/activiteiten"
    assert links.webcal == f"webcal://{base}.ics"
    assert links.ics == f"https://{base}.ics"
    assert (links.rss, links.atom, links.json) == tuple(
        f"https://{base}.{ext}" for ext in ("rss", "atom", "json")
    )
    for url in (links.ics, links.rss, links.atom, links.json):
        assert url.removeprefix("https://welkom.example.nl/") in feeds  # the file exists
    assert follow_links(ctx, "").ics == "https://welkom.example.nl/activiteiten.ics"


def test_webcal_url() -> None:
    assert webcal_url("http://127.0.0.1:8000/a.ics") == "webcal://127.0.0.1:8000/a.ics"
    assert webcal_url("webcal://x.nl/a.ics") == "webcal://x.nl/a.ics"


def test_alternate_tags(feed_site: Site) -> None:
    ctx = BuildContext(feed_site, TODAY, site_url="https://welkom.example.nl/")
    found: list[dict[str, str | None]] = []

    class Links(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "link":
                found.append(dict(attrs))

    Links().feed(alternate_tags(ctx, "voorbeeldstad", "Voorbeeldstad & co"))
    assert [(str(f["rel"]).split(), f["type"]) for f in found] == [
        (["alternate"], "application/rss+xml"),
        (["alternate"], "application/atom+xml"),
        (["alternate"], "text/calendar"),
        (["alternate"], "application/feed+json"),
    ]
    # Not the exact value "alternate": Material for MkDocs would fetch a sitemap.xml for it.
    assert all(f["rel"] != "alternate" for f in found)
    assert found[0]["href"] == "https://welkom.example.nl/voorbeeldstad/activiteiten.rss"
    assert found[0]["title"] == "Activiteiten in Voorbeeldstad & co (RSS)"
