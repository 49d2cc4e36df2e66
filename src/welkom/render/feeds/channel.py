"""What a feed is about: its title, its page on the site and its own addresses."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Channel:
    id: str  # stable tag URI of the feed itself (Atom feed id)
    title: str
    description: str
    page_url: str  # the HTML page the feed belongs to (an agenda or the stories page)
    base_url: str  # feed URL without extension: ``…/voorbeeldstad/kiem-noord/activiteiten``
    author: str  # the site, never a person

    def url(self, extension: str) -> str:
        return f"{self.base_url}.{extension}"
