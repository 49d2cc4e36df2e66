"""Where every generated page lives (DESIGN.md §4) and relative links between pages.

Pages use directory URLs (``voorbeeldstad/kiem-noord/``). Links inside generated pages are
relative, so the site works under any ``site_url``, also in a sub-folder.
"""

from __future__ import annotations

import functools
import posixpath
import re
from collections.abc import Container


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


_LINK = re.compile(r'(\s(?:href|src)=")([^"#?]*)([^"]*)"')
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def file_links(html: str, here: str = "index.html", pages: Container[str] | None = None) -> str:
    """Point relative links to folders at an HTML file, for a site opened from disk.

    A browser shows ``index.html`` for ``../kiem-noord/`` only when a web server answers; from
    ``file://`` it shows a folder listing. A preview built with ``use_directory_urls: false``
    (``mkdocs build --no-directory-urls``) is opened from disk, so there ``../kiem-noord/``
    becomes ``../kiem-noord/index.html``, or ``../partners.html`` when ``pages`` (the site's
    HTML files, relative to its root) has no ``partners/index.html`` but a ``partners.html``.
    ``here`` is the file the links are in. Anchors and queries stay; absolute links, links
    with a scheme and links to files are left alone. The real site never calls this.

    >>> file_links('<a href="../kiem-noord/#plek-x">')
    '<a href="../kiem-noord/index.html#plek-x">'
    >>> file_links('<a href="./"><a href="https://e.org/"><a href="a.rss"><a href="#top">')
    '<a href="./index.html"><a href="https://e.org/"><a href="a.rss"><a href="#top">'
    >>> file_links('<a href="../partners/">', "agenda/index.html", {"partners.html"})
    '<a href="../partners.html">'
    """
    folder_of_here = posixpath.dirname(here)

    def fix(match: re.Match[str]) -> str:
        attribute, path, rest = match.groups()
        if (
            not path
            or path.startswith("/")
            or _SCHEME.match(path)
            or not (path.endswith("/") or posixpath.basename(path) in (".", ".."))
        ):
            return match.group(0)
        folder = path.rstrip("/")
        target = f"{folder}/index.html"
        if pages is not None:
            site_folder = posixpath.normpath(posixpath.join(folder_of_here, folder))
            if (
                f"{site_folder}/index.html".removeprefix("./") not in pages
                and f"{site_folder}.html" in pages
            ):
                target = f"{folder}.html"
        return f'{attribute}{target}{rest}"'

    return _LINK.sub(fix, html)
