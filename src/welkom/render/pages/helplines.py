"""Help lines people find by searching: one small page per help line.

Search must find "Vragen over huur, schulden of recht" when a resident types "schulden" or
"geld", yet the buurt pages should not each carry the nine national lines in their search
index (at 14,500 buurten that is most of the index). So every help line gets one page of its
own, in the scope it belongs to, with its ``zoekwoorden`` as the page's search tags:

- national lines: ``/hulp/<onderwerp>/``, listed on ``/hulp/``;
- a gemeente's lines: ``/<gemeente>/hulp/<onderwerp>/``;
- a buurt's own lines: ``/<gemeente>/<buurt>/hulp/<onderwerp>/``.

The buurt and gemeente pages keep showing every line (urgent ones first), left out of search.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from welkom.model import Hulplijn
from welkom.site import Site

HELP_INDEX_URL = "hulp/"


@dataclass(frozen=True, slots=True)
class HelpLine:
    scope: str  # "" (national), a gemeente id or a buurt id
    gemeente: str | None  # whose organisations the line may name
    line: Hulplijn
    url: str


def slug(text: str, limit: int = 60) -> str:
    """``Denk je aan zelfmoord?`` → ``denk-je-aan-zelfmoord``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    result = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:limit].strip("-")
    return result or "hulp"


def _urls(prefix: str, lines: list[Hulplijn]) -> list[str]:
    taken: set[str] = set()
    urls = []
    for line in lines:
        name = base = slug(line.onderwerp)
        number = 2
        while name in taken:
            name, number = f"{base}-{number}", number + 1
        taken.add(name)
        urls.append(f"{prefix}hulp/{name}/")
    return urls


def help_lines(site: Site) -> list[HelpLine]:
    """Every help line of the site with the URL of its page, national ones first."""
    found = [
        HelpLine("", None, line, url)
        for line, url in zip(site.landelijk.hulp, _urls("", site.landelijk.hulp), strict=True)
    ]
    for gemeente_id in sorted(site.gemeenten):
        lines = site.gemeenten[gemeente_id].model.hulp
        found += [
            HelpLine(gemeente_id, gemeente_id, line, url)
            for line, url in zip(lines, _urls(f"{gemeente_id}/", lines), strict=True)
        ]
    for buurt_id in sorted(site.buurten):
        b = site.buurten[buurt_id]
        lines = b.model.hulp
        found += [
            HelpLine(buurt_id, b.gemeente, line, url)
            for line, url in zip(lines, _urls(f"{buurt_id}/", lines), strict=True)
        ]
    return found
