"""`GeneratedPage`: one page the core made, ready to hand to a site builder."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup


@dataclass(frozen=True, slots=True)
class GeneratedPage:
    """A page as Markdown (mostly raw HTML) plus the metadata the theme needs.

    ``src_uri`` is the virtual source path (``voorbeeldstad/kiem-noord/index.md``); with
    directory URLs it becomes ``/voorbeeldstad/kiem-noord/``.
    """

    src_uri: str
    content: str  # Markdown skeleton: headings, <!--welkom:N--> placeholders, story text
    title: str
    blocks: tuple[str, ...] = ()  # ready HTML for the placeholders (see blocks.py)
    description: str = ""
    template: str | None = None  # None: the theme's main.html
    searchable: bool = True  # False: left out of the search index (duplicates, embeds)
    noindex: bool = False  # ask search engines not to index (embeds)
    jsonld: str | None = None  # schema.org JSON-LD, already serialised
    sidebar: str | None = None  # small navigation HTML instead of the site-wide nav
    feeds_head: str | None = None  # <link rel="alternate"> tags of the page's feeds
    search_words: tuple[str, ...] = ()  # words search finds this page by (a help line's)

    def fill(self, html: str, *, late: bool = True) -> str:
        """The page's HTML after Markdown, with the ready blocks put back (see blocks.py)."""
        from welkom.render.pages.blocks import fill

        return fill(html, self.blocks, late=late)

    def meta(self) -> dict[str, object]:
        """Page metadata in the shape MkDocs and Material read (``title``, ``search``, …).

        Title and description are handed over HTML-escaped, as `Markup`: the theme's Jinja
        does not autoescape and Material prints them raw (``<title>``, ``<meta>``, header),
        while a template that does escape (``|e``) leaves `Markup` as it is.
        """
        meta: dict[str, object] = {"title": Markup.escape(self.title)}
        if self.description:
            meta["description"] = Markup.escape(self.description)
        if self.template:
            meta["template"] = self.template
        if not self.searchable:
            meta["search"] = {"exclude": True}
        if self.search_words:  # Material's search weighs a page's tags highest
            meta["tags"] = list(self.search_words)
        if self.noindex:
            meta["welkom_noindex"] = True
        if self.jsonld:
            meta["welkom_jsonld"] = self.jsonld
        if self.sidebar is not None:
            meta["welkom_sidebar"] = self.sidebar
        if self.feeds_head:
            meta["welkom_feeds"] = self.feeds_head
        return meta
