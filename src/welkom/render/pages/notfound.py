"""The body of the 404 page: say the page is gone, offer search and the list of gemeenten.

A web server shows ``404.html`` at any address, so its links cannot be relative: they start
at the site's root path (``/`` or ``/sub/`` under ``site_url``). Without JavaScript the list
of gemeenten still works; with it the search form opens the site's search (``?q=``).
"""

from __future__ import annotations

from html import escape
from urllib.parse import urlsplit

from welkom.render.context import BuildContext

MARKER = "<!-- welkom:niet-gevonden -->"


def root_path(site_url: str) -> str:
    """``https://example.org/sub`` → ``/sub/``."""
    path = urlsplit(site_url).path or "/"
    return path if path.endswith("/") else path + "/"


def not_found_html(ctx: BuildContext) -> str:
    root = escape(root_path(ctx.site_url))
    site = ctx.site
    items = "\n".join(
        f'<li><a href="{root}{escape(g)}/">{escape(site.gemeenten[g].model.naam)}</a></li>'
        for g in sorted(site.gemeenten)
    )
    return f"""<form class="welkom-zoek" action="{root}" method="get" role="search">
<label for="welkom-zoek-404">Zoek op deze site</label>
<input id="welkom-zoek-404" type="search" name="q" autocomplete="off">
<button class="md-button" type="submit">Zoeken</button>
</form>
<h2 id="gemeenten">Kies je gemeente</h2>
<ul class="welkom-kolommen">
{items}
</ul>
<h2 id="verder">Verder</h2>
<ul>
<li><a href="{root}">Naar de beginpagina</a></li>
<li><a href="{root}hulp/">Hulp nodig?</a></li>
<li><a href="{root}agenda/">Agenda</a></li>
</ul>"""
