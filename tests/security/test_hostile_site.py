"""The hostile fixture site passes the check; built, nothing in it can run: every page type,
every feed, read with an independent parser. The build itself ran the audit."""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from icalendar import Calendar
from lxml import etree

from tests.security.inert import executable
from welkom.render.safe_html import markdown_to_html

PAGES = {
    "home": "index.html",
    "gemeente": "testdorp/index.html",
    "buurt": "testdorp/centrum/index.html",
    "welkomstgids": "testdorp/centrum/welkom/index.html",
    "agenda": "testdorp/centrum/agenda/index.html",
    "embed": "testdorp/centrum/embed/index.html",
    "verhaal": "verhalen/aanval/index.html",
    "verhaal-zonder-samenvatting": "verhalen/zonder/index.html",
    "verhalen": "verhalen/index.html",
    "gemeente-agenda": "testdorp/agenda/index.html",
    "activiteit": "testdorp/centrum/activiteiten/koffie/index.html",
    "hulp": "hulp/index.html",
    "404": "404.html",
}
FEEDS = ["activiteiten", "testdorp/activiteiten", "testdorp/centrum/activiteiten"]


class _Head(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.meta: dict[str, str] = {}
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        self._in_title = tag == "title"
        if tag == "meta":
            key = values.get("name") or values.get("property") or values.get("http-equiv")
            if key:
                self.meta[key] = values.get("content", "")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False


def _head(html: str) -> _Head:
    head = _Head()
    head.feed(html)
    return head


@pytest.mark.parametrize("kind", sorted(PAGES))
def test_no_page_type_holds_anything_executable(hostile_site: Path, kind: str) -> None:
    html = (hostile_site / PAGES[kind]).read_text(encoding="utf-8")
    assert executable(html, page=True) == []
    head = _head(html)
    assert "script-src 'self'" in head.meta["Content-Security-Policy"]
    assert head.meta["referrer"] == "no-referrer"


def test_titles_and_descriptions_are_the_text_as_written(hostile_site: Path) -> None:
    buurt = _head((hostile_site / PAGES["buurt"]).read_text(encoding="utf-8"))
    name = "Cen\"trum & 't Plein {: onclick=alert(12) } [x](javascript:alert(12)) *vet*"
    assert buurt.title.startswith(name + ', Test"dorp {: onclick=alert(11) } [y](')
    assert buurt.meta["og:title"].startswith(name)
    assert buurt.meta["description"].startswith('" onmouseover="alert(13)" x="')
    assert "kinderen <12 jaar, a<b, tot </script" in buurt.meta["description"]
    story = _head((hostile_site / PAGES["verhaal"]).read_text(encoding="utf-8"))
    assert story.title.startswith("Koffie & \"thee\" 'samen' {: onclick=alert(18) }")
    assert story.meta["description"] == '" onmouseover="alert(19)" x="'
    plain = _head((hostile_site / PAGES["verhaal-zonder-samenvatting"]).read_text("utf-8"))
    # The body's first paragraph as text: no Markdown link syntax, no markup.
    assert plain.meta["description"] == (
        "Lek \"naar\" de 'beschrijving' & verder {: onclick=alert(33) } x."
    )
    embed = _head((hostile_site / PAGES["embed"]).read_text(encoding="utf-8"))
    assert embed.title.startswith("Activiteiten in " + name)


def test_names_in_headings_stay_text(hostile_site: Path) -> None:
    """A heading of the page skeleton goes through MkDocs' Markdown: a name there must not
    become a link, emphasis or attributes."""
    buurt = (hostile_site / PAGES["buurt"]).read_text(encoding="utf-8")
    (heading,) = re.findall(r'<h2 id="verhalen">(.*?)</h2>', buurt)
    assert "<" not in heading.replace("&#60;", "")
    assert html.unescape(heading) == (
        "Verhalen uit Cen\"trum & 't Plein {: onclick=alert(12) } [x](javascript:alert(12)) *vet*"
    )
    gemeente = (hostile_site / PAGES["gemeente"]).read_text(encoding="utf-8")
    (heading,) = re.findall(r'<h2 id="volg">(.*?)</h2>', gemeente)
    assert html.unescape(heading).startswith('Volg Test"dorp {: onclick=alert(11) } [y](')


def test_json_ld_cannot_end_its_script_early(hostile_site: Path) -> None:
    html = (hostile_site / PAGES["buurt"]).read_text(encoding="utf-8")
    (body,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert "</" not in body
    events = [n for n in json.loads(body)["@graph"] if n["@type"] == "Event"]
    assert events and "Tot </script" in events[0]["description"]


def test_story_links_only_to_safe_places(hostile_site: Path) -> None:
    html = (hostile_site / PAGES["verhaal"]).read_text(encoding="utf-8")
    hrefs = re.findall(r'<a href="([^"]*)"(?: title="[^"]*")? rel="nofollow ugc noopener">', html)
    assert hrefs == [
        "https://example.org/pad",
        "https://example.org/auto",
        "../",
        "https://example.org/ref",
    ]
    assert 'title="titel\\&quot; onmouseover=\\&quot;alert(20)"' in html
    assert "{: onclick=&#34;alert(29)&#34; }" in html or '{: onclick="alert(29)" }' in html


@pytest.mark.parametrize("base", FEEDS)
def test_rss_and_atom_carry_nothing_executable(hostile_site: Path, base: str) -> None:
    for ext in ("rss", "atom"):
        tree = etree.fromstring((hostile_site / f"{base}.{ext}").read_bytes())
        texts = [e.text for e in tree.iter() if isinstance(e.tag, str) and e.text]
        assert any('Koffie & "thee"' in t for t in texts)
        for text in texts:
            assert executable(text) == [], text


@pytest.mark.parametrize("base", FEEDS)
def test_json_feed_carries_nothing_executable(hostile_site: Path, base: str) -> None:
    feed = json.loads((hostile_site / f"{base}.json").read_bytes())
    assert base == "activiteiten" or '"' in feed["title"]  # the name as written
    for item in feed["items"]:
        assert executable(item.get("content_html", "")) == []
        assert item["url"].startswith("https://")


@pytest.mark.parametrize("base", FEEDS)
def test_icalendar_keeps_the_text_as_written(hostile_site: Path, base: str) -> None:
    cal = Calendar.from_ical((hostile_site / f"{base}.ics").read_bytes())
    (event,) = list(cal.walk("VEVENT"))
    assert str(event["SUMMARY"]) == 'Koffie & "thee" \'s ochtends {: onclick=alert(16) }'
    description = str(event["DESCRIPTION"])
    assert "Voor kinderen <12 jaar en ouders, want a<b. Tot </script" in description
    assert executable(description) == []


def test_story_feed_summary_is_the_text_of_the_story(hostile_site: Path) -> None:
    atom = "{http://www.w3.org/2005/Atom}"
    tree = etree.fromstring((hostile_site / "verhalen.atom").read_bytes())
    entries = {e.findtext(atom + "title"): e for e in tree.iter(atom + "entry")}
    content = entries["Zonder samenvatting"].findtext(atom + "content") or ""
    assert "Lek &quot;naar&quot; de" in content or 'Lek "naar" de' in content
    assert "[x]" not in content and "javascript" not in content
    for entry in entries.values():
        assert executable(entry.findtext(atom + "content") or "") == []


@pytest.mark.parametrize(
    "markdown",
    [
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)></svg>",
        "<iframe src=//evil.example></iframe>",
        "<style>*{x:y}</style><script>alert(1)</script>",
        '<meta http-equiv="refresh" content="0;url=//evil.example">',
        "<!--welkom:999--> en <!--welkom:0:late-->",
        "Alinea\n{: onclick=alert(1) }",
        "[k](JaVaScRiPt:alert(1)) [n](&#106;avascript:alert(1)) [o](java&#x0A;script:x)",
        "<a href='javascript:alert(1)'>x</a> <form action=javascript:x><button>b</button></form>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
        "![x](data:image/svg+xml,<svg onload=alert(1)>) ![y](//evil.example/p.png)",
    ],
)
def test_the_renderer_is_a_second_line_without_the_check(markdown: str) -> None:
    """Raw HTML the check refuses still comes out inert if it ever reached the renderer."""
    html = markdown_to_html(markdown)
    assert executable(html) == [], html
    assert "welkom:" not in html or "&lt;!--welkom" in html


def test_a_placeholder_number_no_block_has_is_left_out() -> None:
    from welkom.render.pages.blocks import fill

    assert fill("<p>a</p><!--welkom:999--><!--welkom:0:late-->", ("<b>x</b>",)) == (
        "<p>a</p><b>x</b>"
    )
