"""One page of each type through the Nu Html Checker (vnu), in one batch: it is one JVM start."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from browser_support import REPO, require
from site_pages import SitePage

pytestmark = pytest.mark.browser

VNU = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# Messages we accept: (exact message, a piece of the offending markup, why it is fine).
# Keep this list short; an entry only matches that message on that markup.
ACCEPTED: list[tuple[str, str, str]] = [
    (
        "Attribute “autocomplete” is only allowed when the input type is “color”, “date”, "
        "“datetime-local”, “email”, “hidden”, “month”, “number”, “password”, “range”, "
        "“search”, “tel”, “text”, “time”, “url”, or “week”.",
        'class="md-toggle"',
        # Material's base.html hard-codes autocomplete="off" on its two toggle checkboxes
        # (drawer, search) outside any block a theme override can replace; it stops Firefox
        # from restoring an open drawer on reload. Browsers and screen readers ignore it.
        "Material base.html, not overridable",
    ),
]


def accepted(message: dict) -> bool:
    extract = message.get("extract") or ""
    return any(message["message"] == text and markup in extract for text, markup, _why in ACCEPTED)


def test_html_is_valid(site_pages: dict[str, SitePage]) -> None:
    java = shutil.which("java")
    require(java is not None, "Java (default-jre-headless, voor de Nu Html Checker)")
    if not VNU.is_file():
        pytest.fail(f"{VNU} ontbreekt: draai `npm ci` (make test doet dat).")
    files = sorted({str(p.file) for p in site_pages.values()})
    assert files, "geen HTML-bestanden gevonden"
    run = subprocess.run(
        [java, "-jar", str(VNU), "--format", "json", "--errors-only", *files],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    # vnu writes its JSON report to stderr and exits 1 when it found errors.
    report = json.loads(run.stderr or run.stdout)
    by_file = {str(p.file): p.url for p in site_pages.values()}
    errors = [
        f"{by_file.get(m.get('url', '').removeprefix('file:'), m.get('url'))}"
        f":{m.get('lastLine', '?')}: {m['message']}  «{(m.get('extract') or '').strip()[:120]}»"
        for m in report["messages"]
        if m.get("type") in ("error", "non-document-error") and not accepted(m)
    ]
    assert not errors, f"{len(errors)} HTML-fouten (Nu Html Checker):\n" + "\n".join(errors)
