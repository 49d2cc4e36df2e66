"""Extra files a build writes next to the pages: open data now, feeds later.

Every producer takes the `BuildContext` and returns `Output`s; a site builder (the MkDocs
plugin) writes each one as a static file. To add a kind of file, add its producer to
`PRODUCERS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from welkom.render.context import BuildContext


@dataclass(frozen=True, slots=True)
class Output:
    """One generated file: ``path`` relative to the site root (``open-data/plekken.geojson``)."""

    path: str
    content: bytes


Producer = Callable[[BuildContext], list[Output]]


def _open_data(ctx: BuildContext) -> list[Output]:
    from welkom.render.opendata import open_data_outputs

    return open_data_outputs(ctx)


def _story_photos(ctx: BuildContext) -> list[Output]:
    from welkom.render.pages.photos import story_photo_files

    return [
        Output(path, data)
        for slug in sorted(ctx.site.verhalen)
        for path, data in story_photo_files(ctx.site.verhalen[slug])
    ]


def _feeds(ctx: BuildContext) -> list[Output]:
    from welkom.render.feeds import feed_outputs

    return feed_outputs(ctx)


# Feeds are a producer of their own: a one-off build writes them in a second process instead
# (welkom.render.feeds.background), next to the page rendering.
PAGE_PRODUCERS: tuple[Producer, ...] = (_open_data, _story_photos)
PRODUCERS: tuple[Producer, ...] = (*PAGE_PRODUCERS, _feeds)


def all_outputs(ctx: BuildContext, producers: tuple[Producer, ...] = PRODUCERS) -> list[Output]:
    """Every extra file of the site, sorted by path; two producers may not write one path."""
    outputs: dict[str, Output] = {}
    for produce in producers:
        for out in produce(ctx):
            if out.path in outputs:
                raise ValueError(f"two producers write {out.path}")
            outputs[out.path] = out
    return [outputs[p] for p in sorted(outputs)]
