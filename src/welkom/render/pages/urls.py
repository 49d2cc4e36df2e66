"""Where every generated page lives (DESIGN.md §4) and relative links between pages.

Pages use directory URLs (``voorbeeldstad/kiem-noord/``). Links inside generated pages are
relative, so the site works under any ``site_url``, also in a sub-folder.
"""

from __future__ import annotations

import functools
import posixpath


def gemeente_url(gemeente: str) -> str:
    return f"{gemeente}/"


def buurt_url(buurt_id: str) -> str:
    return f"{buurt_id}/"


def guide_url(buurt_id: str) -> str:
    return f"{buurt_id}/welkom/"


def agenda_url(scope: str = "") -> str:
    """``agenda/`` for the site, ``<g>/agenda/`` or ``<g>/<b>/agenda/``."""
    return f"{scope}/agenda/" if scope else "agenda/"


def embed_url(buurt_id: str) -> str:
    return f"{buurt_id}/embed/"


def story_url(slug: str) -> str:
    return f"verhalen/{slug}/"


STORIES_URL = "verhalen/"
OPEN_DATA_URL = "open-data/"
HOME_URL = ""


def src_uri(url: str) -> str:
    """The Markdown file MkDocs turns into this directory URL: ``a/b/`` → ``a/b/index.md``."""
    return f"{url}index.md"


@functools.lru_cache(maxsize=65536)
def relative(from_url: str, to: str) -> str:
    """Link from the page at directory URL ``from_url`` to ``to`` (a directory URL or file).

    >>> relative("voorbeeldstad/kiem-noord/", "voorbeeldstad/")
    '../'
    >>> relative("voorbeeldstad/", "open-data/plekken.geojson")
    '../open-data/plekken.geojson'
    """
    start = from_url.rstrip("/") or "."
    target = to.rstrip("/") or "."
    rel = posixpath.relpath(target, start)
    if to.endswith("/") or to == "":
        return "./" if rel == "." else rel + "/"
    return rel
