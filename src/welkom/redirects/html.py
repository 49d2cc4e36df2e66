"""The small page at an old address: a canonical link, a meta refresh and a plain link.

No JavaScript: the refresh is HTML, and a plain link is there for a browser that ignores it.
The refresh and the link are relative, so they stay on this site under any ``site_url`` (the
audit of the built site only allows a refresh to the same site). ``noindex`` keeps the old
address out of search engines; the canonical link tells them where the page lives now.
"""

from __future__ import annotations

from markupsafe import escape

from welkom.redirects.expand import RedirectPlan
from welkom.render.context import BuildContext
from welkom.render.pages.urls import relative


def redirect_page(old: str, new: str, canonical: str, *, directory_urls: bool = True) -> bytes:
    """The HTML written at ``old`` + ``index.html``, pointing at the page at ``new``."""
    target = relative(old, new)
    if not directory_urls:  # a preview opened from disk shows folders, not their index.html
        target += "index.html"
    href = escape(target)
    return (
        "<!doctype html>\n"
        '<html lang="nl">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        "<title>Deze pagina is verhuisd</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="robots" content="noindex">\n'
        f'<link rel="canonical" href="{escape(canonical)}">\n'
        f'<meta http-equiv="refresh" content="0; url={href}">\n'
        "</head>\n"
        "<body>\n"
        "<h1>Deze pagina is verhuisd</h1>\n"
        f'<p>Je vindt hem nu hier: <a href="{href}">{escape("/" + new)}</a>.</p>\n'
        "</body>\n"
        "</html>\n"
    ).encode()


def redirect_files(
    ctx: BuildContext, plan: RedirectPlan, directory_urls: bool = True
) -> list[tuple[str, bytes]]:
    """(path under the site root, content) of every redirect page, sorted by path."""
    return [
        (
            f"{old}index.html",
            redirect_page(old, new, ctx.absolute(new), directory_urls=directory_urls),
        )
        for old, new in plan.pages.items()
    ]
