"""Read `redirects.yml`: one line per move, ``/oud/adres/: /nieuw/adres/``, each located.

Paths are written the way a resident sees them in the address bar, from the site root:
``/voorbeeldstad/oude-naam/``. The leading and trailing ``/`` may be left out. Only pages
(folders) can be moved this way; the feeds and sub-pages of a moved buurt or gemeente follow
by themselves (`welkom.redirects.expand`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from welkom.load import load_yaml
from welkom.load.document import Document
from welkom.problems import Problem, Severity

REDIRECTS_FILE = "redirects.yml"

# A site path: slugs separated by "/". Stored without the leading "/" and with a trailing one
# (``voorbeeldstad/kiem-noord/``), as `welkom.render.pages.urls` writes page URLs.
_SEGMENT = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_EXAMPLE = "/voorbeeldstad/oude-naam/: /voorbeeldstad/kiem-noord/"


@dataclass(frozen=True, slots=True)
class Redirect:
    """``old`` and ``new`` are site paths like ``voorbeeldstad/kiem-noord/`` ("" is the home)."""

    old: str
    new: str
    line: int
    column: int


def load_redirects(root: Path) -> tuple[list[Redirect], list[Problem], Document | None]:
    """The redirects of the site under ``root`` (none when the file does not exist)."""
    path = root / REDIRECTS_FILE
    if not path.is_file():
        return [], [], None
    result = load_yaml(path, REDIRECTS_FILE)
    doc = result.document
    if doc is None:  # a file with only comments is fine: no page has moved yet
        return [], [p for p in result.problems if p.code != "yaml.empty"], None
    problems = list(result.problems)
    if doc.data is None or doc.data == {}:
        return [], problems, doc
    if not isinstance(doc.data, dict):
        problems.append(
            doc.problem(
                (),
                "redirect.shape",
                "In redirects.yml staat per regel een oud adres, een dubbele punt en het nieuwe "
                f"adres, zoals `{_EXAMPLE}`.",
            )
        )
        return [], problems, doc
    redirects: list[Redirect] = []
    for key, value in doc.data.items():
        old = site_path(key)
        new = site_path(value)
        line, column = doc.where((key,), key=True)
        if old is None or not old:
            problems.append(_bad_path(doc, (key,), key, True))
            continue
        if new is None:
            problems.append(_bad_path(doc, (key,), value, False))
            continue
        redirects.append(Redirect(old, new, line, column))
    return redirects, problems, doc


def site_path(value: object) -> str | None:
    """``/voorbeeldstad/kiem-noord`` → ``voorbeeldstad/kiem-noord/``; None when it is no path."""
    if not isinstance(value, str):
        return None
    text = value.strip().strip("/")
    if not text:
        return ""
    parts = text.split("/")
    if not all(_SEGMENT.match(part) for part in parts):
        return None
    return "/".join(parts) + "/"


def _bad_path(doc: Document, loc: tuple[str | int, ...], value: object, old: bool) -> Problem:
    which = "oude" if old else "nieuwe"
    shown = str(value) if isinstance(value, str | int | float) else "dit"
    if isinstance(value, str) and "://" in value:
        hint = "Schrijf alleen het pad na de naam van de site, zonder https:// en zonder de naam."
    elif old and isinstance(value, str) and not value.strip("/ "):
        hint = "De voorpagina (`/`) kan niet verhuizen."
    else:
        hint = (
            "Een adres bestaat uit kleine letters, cijfers en streepjes, met `/` ertussen, zoals "
            "`/voorbeeldstad/kiem-noord/`."
        )
    return doc.problem(
        loc,
        "redirect.shape",
        f"Het {which} adres `{shown}` kan welkom niet lezen. {hint} Een regel ziet er zo uit: "
        f"`{_EXAMPLE}`.",
        severity=Severity.ERROR,
        key=old,
    )
