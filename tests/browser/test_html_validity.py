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
    # None so far. Material's autocomplete="off" on its toggle checkboxes was accepted here
    # until the site removed it in its own HTML post-processing.
]


def accepted(message: dict) -> bool:
    extract = message.get("extract") or ""
    return any(message["message"] == text and markup in extract for text, markup, _why in ACCEPTED)


def is_error(message: dict) -> bool:
    return message.get("type") in ("error", "non-document-error") and not accepted(message)


def describe(message: dict, by_file: dict[str, str]) -> str:
    """`/url/:line: message «markup»`, the markup on one line."""
    where = by_file.get(message.get("url", "").removeprefix("file:"), message.get("url"))
    markup = " ".join((message.get("extract") or "").split())[:120]
    return f"{where}:{message.get('lastLine', '?')}: {message['message']}  «{markup}»"


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
    errors = [describe(m, by_file) for m in report["messages"] if is_error(m)]
    assert not errors, f"{len(errors)} HTML-fouten (Nu Html Checker):\n" + "\n".join(errors)
