"""Contributor text → safe HTML: the one sanitiser for pages, feeds and the embed page.

Anyone who can open a pull request or fill in an issue form writes text that ends up on pages
partners frame and in feeds other sites show. Contributor text is data, never markup:

- plain text fields (``titel``, ``omschrijving``, …) are escaped (`text_to_html`, `escape`);
- a story body is Markdown, rendered by welkom's own Markdown instance: raw HTML is shown as
  text, and no extension lets the author add attributes (no ``attr_list``: ``{: onclick=… }``
  stays text). mkdocs.yml's ``markdown_extensions`` apply to the hand-written docs/ pages only;
- whatever comes out goes through one nh3 allow-list (`clean_html`): paragraphs, emphasis,
  lists, headings, quotes, links, line breaks and the story photo. No scripts, event handlers,
  ``style``, frames, forms, ``meta``; links only to http(s), mailto and tel (nh3 decodes
  entities and folds case before it compares the scheme, so ``&#106;avascript:`` and
  ``JaVaScRiPt:`` go too). Contributor links get ``rel="nofollow ugc noopener"``.

`welkom check` refuses raw HTML in a story and markup in YAML text fields (see
check/markup.py); this module is the second line and does not rely on it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from html.parser import HTMLParser

import markdown
import nh3

ALLOWED_TAGS = frozenset(
    {
        "a",
        "b",
        "blockquote",
        "br",
        "em",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "i",
        "img",
        "li",
        "ol",
        "p",
        "strong",
        "ul",
    }
)
ALLOWED_ATTRIBUTES = {
    "a": frozenset({"href", "title"}),
    "img": frozenset({"src", "alt", "width", "height"}),
}
URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
LINK_REL = "nofollow ugc noopener"


def _attribute_filter(tag: str, attribute: str, value: str) -> str | None:
    """An image must come from the site itself: a photo from elsewhere would tell another
    server who reads the page (and the Content-Security-Policy would block it anyway)."""
    if tag == "img" and attribute == "src":
        lowered = value.strip().lower()
        if lowered.startswith("//") or re.match(r"^[a-z][a-z0-9+.-]*:", lowered):
            return None
    return value


_CLEANER = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    attributes={tag: set(attrs) for tag, attrs in ALLOWED_ATTRIBUTES.items()},
    url_schemes=set(URL_SCHEMES),
    link_rel=LINK_REL,
    clean_content_tags={"script", "style"},
    strip_comments=True,
    attribute_filter=_attribute_filter,
)

_BLANK_LINE = re.compile(r"\n\s*\n")
# What a browser would read as a tag or comment: <b>, </b>, <img src=x>, <br/>, <!-- … -->,
# <!doctype …>, <?xml …?>; also a tag with an attribute but no ">" yet (<img src=x onerror=…),
# which becomes a tag as soon as other HTML follows it. Not "kinderen <12 jaar", "a<b" or
# "a<b dan": a tag needs a name and a ">" or an attribute.
TAG = re.compile(
    r"<(?:/?[A-Za-z][A-Za-z0-9-]*(?:[\s/][^<>]*)?>|!--|![A-Za-z\[]|\?"
    r"|[A-Za-z][A-Za-z0-9-]*[\s/][^<>=]*=)"
)
# Markdown autolinks (<https://…>, <naam@example.org>) are Markdown, not HTML.
_AUTOLINK = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>")


def clean_html(fragment: str) -> str:
    """Sanitise an HTML fragment with the one allow-list (see the module docstring)."""
    return _CLEANER.clean(fragment)


def escape(text: str) -> str:
    """Text for inside HTML: element content and quoted attribute values alike."""
    return html.escape(text, quote=True)


def find_tags(text: str) -> Iterator[re.Match[str]]:
    """HTML tags and comments in plain text (Markdown autolinks excepted)."""
    for match in TAG.finditer(text):
        if not _AUTOLINK.match(text, match.start()):
            yield match


def plain_text(text: str) -> str:
    """Text for a plain-text output (iCalendar): exactly as written, "kinderen <12 jaar" and
    "a<b" included. Only what a browser would read as a tag (refused by `welkom check`, so
    it never gets here from a checked site) loses its power: ``<b>`` becomes ``< b>``."""
    if "<" not in text:
        return text
    return TAG.sub(lambda m: "< " + m.group()[1:], text)


# Characters Markdown may read as syntax (links, emphasis, code, attributes, escapes) and the
# ones HTML needs escaped: each becomes a character reference, which Markdown leaves alone.
_MARKDOWN_SPECIAL = frozenset("\\`*_{}[]()#+-.!|~<>&\"'=:")


def markdown_inert(text: str) -> str:
    """Plain text for a place that a Markdown processor reads (a heading of the page
    skeleton): shown as written, never turned into a link, emphasis or attributes."""
    return "".join(f"&#{ord(c)};" if c in _MARKDOWN_SPECIAL else c for c in text)


def text_to_html(text: str | None) -> str:
    """A plain text field (``omschrijving``) as paragraphs: the text exactly as written.

    Blank lines separate paragraphs, a single newline is a line break. Every ``<``, ``&`` and
    quote is escaped: a text field never carries markup (the check refuses tags in it).
    """
    if not text or not text.strip():
        return ""
    paragraphs = [p.strip() for p in _BLANK_LINE.split(text.strip()) if p.strip()]
    return "".join(
        "<p>" + "<br>".join(escape(line) for line in p.split("\n")) + "</p>" for p in paragraphs
    )


def _contributor_markdown() -> markdown.Markdown:
    """Python-Markdown without raw HTML and without extensions.

    Without the ``html_block`` preprocessor and the inline ``html`` pattern, a ``<`` in the
    text is just a character: Markdown escapes it like any other text.
    """
    md = markdown.Markdown(extensions=[], output_format="html")
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    return md


_MARKDOWN = _contributor_markdown()


def _shift_headings(fragment: str) -> str:
    """A story's ``#`` heading would be a second ``<h1>`` on the page: start at ``<h2>``."""
    return re.sub(r"<(/?)h([1-5])>", lambda m: f"<{m.group(1)}h{int(m.group(2)) + 1}>", fragment)


def markdown_to_html(text: str) -> str:
    """A contributor's Markdown (a story body) as safe HTML."""
    _MARKDOWN.reset()
    return clean_html(_shift_headings(_MARKDOWN.convert(text)))


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"p", "br", "li", "h2", "h3", "h4", "h5", "h6", "blockquote"}:
            self.parts.append("\n")


def html_to_text(fragment: str) -> str:
    """The text of safe HTML, entities decoded, blocks separated by newlines."""
    parser = _Text()
    parser.feed(fragment)
    parser.close()
    return "".join(parser.parts).strip()


def first_paragraph_text(markdown_text: str) -> str:
    """The text of the first paragraph of a contributor's Markdown, without any markup."""
    match = re.search(r"<p>(.*?)</p>", markdown_to_html(markdown_text), re.DOTALL)
    return " ".join(html_to_text(match.group(1)).split()) if match else ""
