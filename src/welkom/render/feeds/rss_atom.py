"""RSS 2.0 and Atom 1.0 with feedgen, byte-identical for the same data and the same "today".

feedgen fills in the clock time (``lastBuildDate``, Atom ``updated``) and its own generator
name unless told otherwise; both are set here from the data.
"""

from __future__ import annotations

import datetime as dt
import email.utils
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import feedgen.entry
from feedgen.entry import FeedEntry
from feedgen.ext.dc import DcEntryExtension
from feedgen.feed import FeedGenerator

from welkom.render.feeds.channel import Channel
from welkom.render.feeds.dates import feed_updated
from welkom.render.feeds.items import FeedItem

GENERATOR = "welkom"
LANGUAGE = "nl"


def _rfc2822(date: dt.datetime) -> str:
    """``Sun, 22 Nov 2026 00:00:00 +0100``: what feedgen writes, without touching the locale."""
    return email.utils.format_datetime(date)


@contextmanager
def _rfc2822_without_setlocale() -> Iterator[None]:
    """feedgen formats each pubDate by switching the process locale to C and back
    (``feedgen.util.formatRFC2822``): a third of the cost of an RSS item. The standard library
    writes the same text without the switch; this swaps it in while feedgen builds an item.
    """
    original = feedgen.entry.formatRFC2822
    feedgen.entry.formatRFC2822 = _rfc2822
    try:
        yield
    finally:
        feedgen.entry.formatRFC2822 = original


class _BuiltOnce(FeedEntry):
    """A feedgen entry that makes its XML element once and hands the same one to every feed.

    A buurt, its gemeente and the site list the same occurrence. feedgen builds a new element
    per feed; here the second feed takes over the element of the first (lxml moves it), which
    is safe because every feed is serialized before the next one is built.
    """

    _rss_element: object = None
    _atom_element: object = None

    def rss_entry(self, extensions: bool = True):  # type: ignore[no-untyped-def]
        if self._rss_element is None:
            with _rfc2822_without_setlocale():
                self._rss_element = super().rss_entry(extensions)
        return self._rss_element

    def atom_entry(self, extensions: bool = True):  # type: ignore[no-untyped-def]
        if self._atom_element is None:
            self._atom_element = super().atom_entry(extensions)
        return self._atom_element


def _entry(item: FeedItem) -> FeedEntry:
    entry = _BuiltOnce()
    entry.id(item.id)  # also the RSS guid, with isPermaLink="false"
    entry.title(item.title)
    entry.link(href=item.url, rel="alternate")
    entry.published(item.published)
    entry.updated(item.updated)
    entry.author({"name": item.author})
    # No summary: RSS then carries the HTML in <description>, which every reader shows.
    entry.content(item.content_html, type="html")
    for term in item.categories:
        entry.category(term=term)
    # register, not load_extension: that one runs an import per entry (a tenth of the time).
    entry.register_extension("dc", DcEntryExtension, atom=False, rss=True)
    entry.dc.dc_creator(item.author)  # RSS <author> must be an e-mail address; we have none
    return entry


class EntryCache:
    """feedgen entries are made once per item and shared by every feed that lists the item."""

    def __init__(self) -> None:
        self._entries: dict[str, FeedEntry] = {}

    def get(self, item: FeedItem) -> FeedEntry:
        entry = self._entries.get(item.id)
        if entry is None:
            entry = self._entries[item.id] = _entry(item)
        return entry


def _generator(channel: Channel, items: Sequence[FeedItem], cache: EntryCache) -> FeedGenerator:
    fg = FeedGenerator()
    fg.load_extension("dc", atom=False, rss=True)
    fg.id(channel.id)
    fg.title(channel.title)
    fg.subtitle(channel.description)
    fg.author({"name": channel.author})
    fg.language(LANGUAGE)
    fg.generator(GENERATOR)
    fg.updated(feed_updated(item.updated for item in items))
    for item in items:
        fg.add_entry(cache.get(item), order="append")
    return fg


def rss_bytes(channel: Channel, items: Sequence[FeedItem], cache: EntryCache) -> bytes:
    fg = _generator(channel, items, cache)
    fg.link(href=channel.url("rss"), rel="self", type="application/rss+xml")
    fg.link(href=channel.page_url, rel="alternate")  # last: feedgen's RSS <link> takes it
    return fg.rss_str(pretty=True)


def atom_bytes(channel: Channel, items: Sequence[FeedItem], cache: EntryCache) -> bytes:
    fg = _generator(channel, items, cache)
    fg.link(href=channel.url("atom"), rel="self", type="application/atom+xml")
    fg.link(href=channel.page_url, rel="alternate", type="text/html")
    return fg.atom_str(pretty=True)
