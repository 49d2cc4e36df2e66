"""`welkom check` on `redirects.yml`: no loops, no redirect to nothing, no page shadowing one.

Each problem points at the line of the redirect in `redirects.yml`, in plain Dutch, with what
to do. A chain (``/a/ → /b/`` and ``/b/ → /c/``) is fine: the build sends ``/a/`` straight to
``/c/``.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from welkom.load.document import Document
from welkom.problems import Problem, Severity
from welkom.redirects.load import REDIRECTS_FILE, Redirect, load_redirects
from welkom.redirects.pages import SitePages


def check_redirects(root: Path, docs_dir: str | Path = "docs") -> list[Problem]:
    """Every problem of `redirects.yml` under ``root`` (none when there is no such file)."""
    redirects, problems, doc = load_redirects(root)
    if not redirects or doc is None:
        return problems
    pages = SitePages(root, docs_dir)
    table = {r.old: r.new for r in redirects}
    for r in redirects:
        problems += _check_one(r, table, pages, doc)
    return problems


def resolve(table: dict[str, str], start: str) -> tuple[str, list[str]]:
    """Follow redirects from ``start``: the final path and the chain (a loop ends at a repeat)."""
    chain = [start]
    here = start
    while here in table:
        here = table[here]
        chain.append(here)
        if here in chain[:-1]:
            break
    return here, chain


def _check_one(
    r: Redirect, table: dict[str, str], pages: SitePages, doc: Document
) -> list[Problem]:
    problems: list[Problem] = []
    shadow = pages.source(r.old)
    if shadow is not None:
        problems.append(
            _problem(
                r,
                "redirect.shadow",
                f"Op het oude adres {_show(r.old)} staat weer een pagina ({shadow}). Dan komt "
                "niemand meer bij de doorverwijzing. Haal deze regel uit redirects.yml als de "
                "pagina echt terug is, of geef de nieuwe pagina een andere naam.",
            )
        )
    final, chain = resolve(table, r.old)
    if final in chain[:-1]:
        if chain.index(final) == 0:  # report a loop once per redirect in it, not for feeders
            route = " → ".join(_show(p) for p in chain)
            problems.append(
                _problem(
                    r,
                    "redirect.loop",
                    f"Deze doorverwijzing maakt een rondje: {route}. Een bezoeker komt dan "
                    "nergens. Haal een van deze regels weg, of verwijs naar de pagina waar het "
                    "nu echt staat.",
                )
            )
        return problems
    if shadow is None and pages.source(final) is None:
        via = f" (via {_show(chain[1])})" if len(chain) > 2 else ""
        problems.append(
            _problem(
                r,
                "redirect.nothing",
                f"Het nieuwe adres {_show(final)}{via} bestaat niet op de site. Een bezoeker "
                f"komt dan op een lege pagina.{_suggest(final, pages)} Schrijf het adres zoals "
                "het in de adresbalk staat, zoals `/voorbeeldstad/kiem-noord/`.",
            )
        )
    return problems


def _suggest(path: str, pages: SitePages) -> str:
    parts = [p for p in path.split("/") if p]
    if len(parts) == 1:
        close = difflib.get_close_matches(parts[0], pages.gemeenten(), n=1, cutoff=0.6)
        return f" Bedoel je `/{close[0]}/`?" if close else ""
    if len(parts) >= 2:
        close = difflib.get_close_matches(parts[1], pages.buurt_slugs(parts[0]), n=1, cutoff=0.6)
        if close:
            return f" Bedoel je `/{parts[0]}/{close[0]}/`?"
    return ""


def _show(path: str) -> str:
    return f"`/{path}`"


def _problem(r: Redirect, code: str, message: str) -> Problem:
    return Problem(REDIRECTS_FILE, r.line, r.column, Severity.ERROR, code, message, r.old)
