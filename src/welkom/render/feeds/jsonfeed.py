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


_SEPARATORS = (",", ":")  # compact: json's C encoder only runs without indent


def _encode(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=_SEPARATORS).encode("utf-8")


class JsonItems:
    """Each item encoded once per build; a buurt, its gemeente and the site share the bytes."""

    def __init__(self) -> None:
        self._encoded: dict[str, bytes] = {}

    def get(self, item: FeedItem) -> bytes:
        encoded = self._encoded.get(item.id)
        if encoded is None:
            encoded = self._encoded[item.id] = _encode(_item(item))
        return encoded


def json_bytes(channel: Channel, items: Sequence[FeedItem], cache: JsonItems) -> bytes:
    head = _encode(
        {
            "version": VERSION,
            "title": channel.title,
            "description": channel.description,
            "home_page_url": channel.page_url,
            "feed_url": channel.url("json"),
            "language": "nl",
            "authors": [{"name": channel.author}],
            "items": [],
        }
    )
    assert head.endswith(b"[]}")
    # The items list is spliced in from encoded items: the result is what json.dumps of the
    # whole feed would give, without encoding a shared item again for every feed.
    body = b",".join(cache.get(item) for item in items)
    return head[: -len(b"]}")] + body + b"]}\n"
