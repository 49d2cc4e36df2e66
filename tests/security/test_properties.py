"""Generated hostile text: the renderer never lets anything executable through, and the
audit's quick look never waves through a piece of HTML its parser would refuse."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from tests.security.inert import executable
from welkom.audit.rules import audit_tree, certainly_clean
from welkom.render.safe_html import markdown_to_html, text_to_html

PIECES = [
    "<a",
    "<img",
    "<svg",
    "<iframe",
    "<script>",
    "</script>",
    "<style>",
    "<p",
    "<b>",
    ">",
    " href=",
    " src=",
    " action=",
    " xlink:href=",
    " onclick=",
    "/onload=",
    " ONERROR=",
    "=",
    '"',
    "'",
    "`",
    " ",
    "\t",
    "\n",
    "\n\n",
    "javascript:",
    "JaVaScRiPt:",
    "java\tscript:",
    "&#106;",
    "&#x6A;",
    "&colon;",
    "data:",
    "vbscript:",
    "alert(1)",
    "https://e.example/",
    "../",
    "#x",
    "&lt;",
    "&amp;",
    "srcdoc=",
    "<!--",
    "-->",
    "<base href=x>",
    "{: onclick=x }",
    "<meta http-equiv=refresh content='0;url=//e'>",
    "[k](",
    ")",
    "![i](",
    "]",
    "*",
    "#",
]
hostile = st.lists(st.sampled_from(PIECES), min_size=1, max_size=24).map("".join)


@settings(max_examples=300, deadline=None)
@given(hostile)
def test_the_renderer_lets_nothing_executable_through(text: str) -> None:
    assert executable(markdown_to_html(text)) == []
    assert executable(text_to_html(text)) == []


@settings(max_examples=500, deadline=None)
@given(hostile)
def test_the_quick_look_misses_nothing_the_parser_finds(fragment: str) -> None:
    try:
        tree = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml refuses some input; the audit then reports it anyway
        return
    if audit_tree(tree, "", whole_page=False):
        assert not certainly_clean(fragment), fragment
