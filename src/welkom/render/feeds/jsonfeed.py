"""JSON Feed 1.1 (https://jsonfeed.org/version/1.1) with a ``_welkom`` extension per item.

The extension carries what a partner's widget needs and JSON Feed has no field for:
``start``/``end`` (RFC 3339, Europe/Amsterdam offset), ``location`` and ``cancelled``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from welkom.render.feeds.channel import Channel
from welkom.render.feeds.items import FeedItem

VERSION = "https://jsonfeed.org/version/1.1"


def _item(item: FeedItem) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": item.id,
        "url": item.url,
        "title": item.title,
        "content_html": item.content_html,
        "summary": item.summary,
        "date_published": item.published.isoformat(),
        "date_modified": item.updated.isoformat(),
        "authors": [{"name": item.author}],
        "tags": list(item.categories),
    }
    if item.start is not None:
        place = item.place
        data["_welkom"] = {
            "activity": item.activity_id,
            "start": item.start.isoformat(),
            "end": item.end.isoformat() if item.end else None,
            "location": None
            if place is None
            else {
                "name": place.name,
                "address": place.address,
                "geo": list(place.geo) if place.geo else None,
            },
            "cancelled": item.cancelled,
        }
    return data


def json_bytes(channel: Channel, items: Sequence[FeedItem]) -> bytes:
    feed = {
        "version": VERSION,
        "title": channel.title,
        "description": channel.description,
        "home_page_url": channel.page_url,
        "feed_url": channel.url("json"),
        "language": "nl",
        "authors": [{"name": channel.author}],
        "items": [_item(item) for item in items],
    }
    # Compact: json's C encoder only runs without indent (ten times faster on big feeds).
    return (json.dumps(feed, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
