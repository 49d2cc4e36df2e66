"""Volunteer text → safe HTML for feeds, with nh3 (the Rust ammonia sanitizer).

Feeds end up inside other people's websites and apps. Whatever a volunteer (or an attacker with
a pull request) types, a feed never carries a script, an event handler or a ``javascript:`` link.
"""

from __future__ import annotations

import html
import re

import nh3

# Simple inline markup a volunteer might paste; everything else is removed (its text stays).
ALLOWED_TAGS = frozenset({"a", "b", "br", "em", "i", "li", "ol", "p", "strong", "ul"})
ALLOWED_ATTRIBUTES = {"a": {"href"}}
URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})

_CLEANER = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    attributes={tag: set(attrs) for tag, attrs in ALLOWED_ATTRIBUTES.items()},
    url_schemes=set(URL_SCHEMES),
    link_rel="noopener noreferrer nofollow",
    clean_content_tags={"script", "style"},
    strip_comments=True,
)

_BLANK_LINE = re.compile(r"\n\s*\n")


def clean_html(fragment: str) -> str:
    """Sanitize an HTML fragment with the feed allow-list."""
    return _CLEANER.clean(fragment)


def text_to_html(text: str | None) -> str:
    """A volunteer's ``omschrijving`` as sanitized paragraphs.

    Blank lines separate paragraphs, a single newline is a line break. Plain text characters such
    as ``&`` and ``<`` come out escaped; allowed tags (see ``ALLOWED_TAGS``) stay.
    """
    if not text or not text.strip():
        return ""
    paragraphs = [p.strip() for p in _BLANK_LINE.split(text.strip()) if p.strip()]
    raw = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in paragraphs)
    return clean_html(raw)


def escape(text: str) -> str:
    """Escape our own (not volunteer-HTML) text for use inside feed HTML."""
    return html.escape(text, quote=True)
