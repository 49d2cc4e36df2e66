"""Helpers the browser tests share: finding Chromium, the outside-request guard, page lookup.

Nothing may leave the machine: every context routes all requests through a guard that lets
only 127.0.0.1 through and records (and aborts) everything else. Tests assert that record is
empty, which is DESIGN.md §2.1 ("the built site makes no request to any third party").
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from site_pages import SitePage

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOOPBACK = frozenset({"127.0.0.1"})
# The search index loads in a web worker; on a loaded 2-core machine that took more than 10 s
# once. Waits return as soon as results show, so a long limit costs nothing when all is well.
SEARCH_WAIT_MS = 30_000


def require(ok: bool, what: str) -> None:
    """Skip on a laptop without a tool; fail in CI, where .ci/run must have installed it."""
    if ok:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{what} ontbreekt, maar CI is gezet: .ci/run had het moeten installeren.")
    pytest.skip(f"{what} ontbreekt (geen CI): browsertest overgeslagen.")


def chromium_path() -> str | None:
    if Path("/usr/bin/chromium").is_file():
        return "/usr/bin/chromium"
    return shutil.which("chromium")


@dataclass
class Guarded:
    """A browser context whose requests are watched; see the module docstring."""

    context: object
    outside: list[str] = field(default_factory=list)
    broken: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)

    def note_outside(self, url: str) -> None:
        if url not in self.outside:
            self.outside.append(url)

    def problems(self) -> list[str]:
        return (
            [f"verzoek naar buiten: {u}" for u in self.outside]
            + [f"kapotte verwijzing: {u}" for u in self.broken]
            + [f"JavaScript-fout: {e}" for e in self.page_errors]
        )


def is_loopback(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme in ("data", "blob", "about"):
        return True
    return parts.hostname in LOOPBACK


def new_guarded_context(browser: object, **options: object) -> Guarded:
    """A new context that aborts and records every request that would leave 127.0.0.1."""
    context = browser.new_context(**options)  # type: ignore[attr-defined]
    guarded = Guarded(context)

    def on_route(route: object) -> None:
        url = route.request.url  # type: ignore[attr-defined]
        if is_loopback(url):
            route.continue_()  # type: ignore[attr-defined]
        else:
            guarded.note_outside(url)
            route.abort("blockedbyclient")  # type: ignore[attr-defined]

    def on_request(request: object) -> None:
        url = request.url  # type: ignore[attr-defined]
        if not is_loopback(url):
            guarded.note_outside(url)

    def on_response(response: object) -> None:
        if response.status >= 400:  # type: ignore[attr-defined]
            guarded.broken.append(f"{response.status} {response.url}")  # type: ignore[attr-defined]

    context.route("**/*", on_route)
    context.on("request", on_request)
    context.on("response", on_response)
    context.on("weberror", lambda err: guarded.page_errors.append(str(err.error)))
    return guarded


def pages_of(site_pages: dict[str, SitePage], kind: str) -> list[SitePage]:
    """The page(s) of one type; hand-written pages are grouped as 'handgeschreven'."""
    if kind == "handgeschreven":
        found = [p for name, p in site_pages.items() if name.startswith("pagina-")]
    else:
        found = [site_pages[kind]] if kind in site_pages else []
    if not found:
        pytest.fail(f"Paginatype '{kind}' staat niet in de gebouwde site.")
    return found


# One Chromium for the whole test session, shared by every folder whose tests use a browser
# (tests/browser, tests/security): Playwright's sync API cannot run twice in one thread.
_SHARED: dict[str, object] = {}


def shared_browser() -> object:
    """The session's Chromium, started on first use (skips without Chromium, see `require`)."""
    if "browser" not in _SHARED:
        executable = chromium_path()
        require(executable is not None, "Chromium (/usr/bin/chromium)")
        from playwright.sync_api import sync_playwright

        playwright = sync_playwright().start()
        _SHARED["playwright"] = playwright
        _SHARED["browser"] = playwright.chromium.launch(  # type: ignore[attr-defined]
            executable_path=executable, args=CHROMIUM_ARGS
        )
    return _SHARED["browser"]


def close_shared_browser() -> None:
    browser, playwright = _SHARED.pop("browser", None), _SHARED.pop("playwright", None)
    if browser is not None:
        browser.close()  # type: ignore[attr-defined]
    if playwright is not None:
        playwright.stop()  # type: ignore[attr-defined]
