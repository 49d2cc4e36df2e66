"""Whatever a volunteer types, no feed carries live markup: no script, handler or javascript:."""

from __future__ import annotations

import json

import pytest
from icalendar import Calendar

from tests.feeds.readers import audit, parse_feed
from welkom.render.safe_html import plain_text, text_to_html

UNSAFE_PATHS = [
    "voorbeeldstad/kiem-noord/activiteiten",
    "voorbeeldstad/activiteiten",
    "activiteiten",
]


def _assert_inert(html: str) -> None:
    found = audit(html)
    assert "script" not in found.tags
    assert "img" not in found.tags
    assert found.handlers == []
    assert not [u for u in found.urls if u.startswith(("javascript:", "data:", "vbscript:"))]
    assert "alert(1)</script>" not in html


def _spelavond(titles_and_html: list[tuple[str, str]]) -> list[str]:
    html = [h for t, h in titles_and_html if t.startswith("Spelavond")]
    assert html, "the unsafe activity is in this feed"
    return html


@pytest.mark.parametrize("base", UNSAFE_PATHS)
def test_rss_and_atom_carry_no_live_markup(feeds: dict[str, bytes], base: str) -> None:
    rss = parse_feed(feeds[f"{base}.rss"])
    for html in _spelavond([(e.title, e.description) for e in rss.entries]):
        _assert_inert(html)
        assert "Kom gezellig." in html and "vet" in html
    atom = parse_feed(feeds[f"{base}.atom"])
    for html in _spelavond([(e.title, e.content[0].value) for e in atom.entries]):
        _assert_inert(html)


@pytest.mark.parametrize("base", UNSAFE_PATHS)
def test_json_carries_no_live_markup(feeds: dict[str, bytes], base: str) -> None:
    items = json.loads(feeds[f"{base}.json"])["items"]
    for html in _spelavond([(i["title"], i["content_html"]) for i in items]):
        _assert_inert(html)


@pytest.mark.parametrize("base", UNSAFE_PATHS)
def test_icalendar_description_has_no_markup(feeds: dict[str, bytes], base: str) -> None:
    cal = Calendar.from_ical(feeds[f"{base}.ics"])
    (event,) = [e for e in cal.walk("VEVENT") if str(e["SUMMARY"]) == "Spelavond"]
    description = str(event["DESCRIPTION"])
    _assert_inert(description)
    assert audit(description).tags == []
    assert "Kom gezellig." in description


def test_text_to_html_keeps_the_text_as_written() -> None:
    assert text_to_html("Koffie & thee, 3 < 4") == "<p>Koffie &amp; thee, 3 &lt; 4</p>"
    assert text_to_html("Een\nregel\n\nTwee") == "<p>Een<br>regel</p><p>Twee</p>"
    # A text field is plain text: a tag in it is shown as text, never as markup.
    assert text_to_html('<a href="https://x.example.org">site</a>') == (
        "<p>&lt;a href=&quot;https://x.example.org&quot;&gt;site&lt;/a&gt;</p>"
    )
    assert text_to_html(None) == ""


def test_plain_text_keeps_text_but_cannot_open_a_tag() -> None:
    assert plain_text("kinderen <12 jaar, a<b & co") == "kinderen <12 jaar, a<b & co"
    assert plain_text("<script>alert(1)</script>") == "< script>alert(1)< /script>"
    assert audit(plain_text("<img src=x onerror=alert(1)>")).tags == []
