"""Links to the feeds for pages: ``<link rel="alternate">`` tags and the "Volg" block.

Absolute URLs: a feed reader or calendar app gets the link out of context (copied, shared),
and ``webcal://`` only exists as an absolute URL.
"""

from __future__ import annotations

from dataclasses import dataclass

from welkom.render.context import BuildContext
from welkom.render.feeds import ids

FEED_TYPES: tuple[tuple[str, str, str], ...] = (
    ("rss", "application/rss+xml", "RSS"),
    ("atom", "application/atom+xml", "Atom"),
    ("ics", "text/calendar", "iCalendar"),
    ("json", "application/feed+json", "JSON Feed"),
)


@dataclass(frozen=True, slots=True)
class FeedLink:
    href: str
    type: str
    title: str


@dataclass(frozen=True, slots=True)
class FollowLinks:
    """Everything the "Volg deze buurt" block shows for one scope."""

    webcal: str  # opens the calendar app: webcal://host/…/activiteiten.ics
    ics: str  # the same calendar over https, to paste into "add calendar by URL"
    rss: str
    atom: str
    json: str


def feed_url(ctx: BuildContext, scope: str, extension: str, name: str = "activiteiten") -> str:
    return ctx.absolute(ids.feed_path(scope, name, extension))


def webcal_url(https_url: str) -> str:
    """``https://host/x.ics`` → ``webcal://host/x.ics`` (what phones open in their calendar)."""
    scheme, sep, rest = https_url.partition("://")
    return f"webcal://{rest}" if sep and scheme in {"http", "https"} else https_url


def alternate_links(ctx: BuildContext, scope: str, place: str) -> list[FeedLink]:
    """``<link rel="alternate">`` targets for the page of a buurt, a gemeente or the site."""
    return [
        FeedLink(feed_url(ctx, scope, ext), mime, f"Activiteiten in {place} ({label})")
        for ext, mime, label in FEED_TYPES
    ]


# `rel` is a set of space-separated keywords, so "alternate " *is* rel=alternate for browsers
# and feed readers. The trailing space is on purpose: Material for MkDocs (9.x) takes every
# `link[rel=alternate]` (an exact-value selector) for a language version of the site and
# fetches `sitemap.xml` next to its href on every page view: a 404 next to each feed, and the
# whole (large) sitemap on the home page. Its selector does not match "alternate ".
ALTERNATE_REL = "alternate "


def alternate_tags(ctx: BuildContext, scope: str, place: str) -> str:
    """The ``<link rel="alternate" …>`` tags as HTML, for a page's ``<head>``."""
    from html import escape

    return "\n".join(
        f'<link rel="{ALTERNATE_REL}" type="{link.type}" title="{escape(link.title)}" '
        f'href="{escape(link.href)}">'
        for link in alternate_links(ctx, scope, place)
    )


def follow_links(ctx: BuildContext, scope: str) -> FollowLinks:
    ics = feed_url(ctx, scope, "ics")
    return FollowLinks(
        webcal=webcal_url(ics),
        ics=ics,
        rss=feed_url(ctx, scope, "rss"),
        atom=feed_url(ctx, scope, "atom"),
        json=feed_url(ctx, scope, "json"),
    )
