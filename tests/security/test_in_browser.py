"""In Chromium: nothing on the hostile site runs (no dialog, no navigation), and the
Content-Security-Policy blocks nothing the site needs, on every page type; search works."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from browser_support import SEARCH_WAIT_MS, new_guarded_context
from site_pages import pick_pages
from static_server import serve

from tests.security.test_hostile_site import PAGES

pytestmark = pytest.mark.browser


@dataclass
class Watch:
    dialogs: list[str] = field(default_factory=list)
    navigations: list[str] = field(default_factory=list)
    csp: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _visit(browser: object, url: str, *, interact: bool) -> tuple[Watch, object, object]:
    guarded = new_guarded_context(browser)
    context = guarded.context
    page = context.new_page()  # type: ignore[attr-defined]
    watch = Watch()

    def on_dialog(dialog: object) -> None:
        watch.dialogs.append(dialog.message)  # type: ignore[attr-defined]
        dialog.dismiss()  # type: ignore[attr-defined]

    def on_console(message: object) -> None:
        text = message.text  # type: ignore[attr-defined]
        if "Content Security Policy" in text or "Content-Security-Policy" in text:
            watch.csp.append(text)

    page.on("dialog", on_dialog)
    page.on("console", on_console)
    page.on("pageerror", lambda err: watch.errors.append(str(err)))
    page.goto(url, wait_until="load")
    page.on(
        "framenavigated",
        lambda frame: watch.navigations.append(frame.url),
    )
    if interact:  # fire the events the vectors were written for (onmouseover=…), then wait
        for selector in ("h1", "h2", "p", "a", "li", "img"):
            for element in page.query_selector_all(selector)[:20]:
                for event in ("mouseover", "focus", "pointerenter"):
                    element.dispatch_event(event)
        page.wait_for_timeout(300)
    return watch, page, guarded


@pytest.fixture(scope="module")
def hostile_url(hostile_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with serve(hostile_site, tmp_path_factory.mktemp("extra")) as url:
        yield url


@pytest.mark.parametrize("kind", sorted(PAGES))
def test_nothing_runs_on_the_hostile_site(chromium: object, hostile_url: str, kind: str) -> None:
    url = hostile_url.rstrip("/") + "/" + PAGES[kind].removesuffix("index.html")
    watch, page, guarded = _visit(chromium, url, interact=True)
    try:
        assert watch.dialogs == []
        assert watch.navigations == []
        assert page.url == url  # type: ignore[attr-defined]
        assert watch.csp == []
        assert watch.errors == []
        assert guarded.outside == []
    finally:
        guarded.context.close()  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def example_url(
    built_site: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, Path]]:
    with serve(built_site, tmp_path_factory.mktemp("extra")) as url:
        yield url, built_site


def test_the_policy_blocks_nothing_the_example_site_needs(
    chromium: object, example_url: tuple[str, Path]
) -> None:
    base, root = example_url
    pages = pick_pages(root)
    assert {"home", "buurt", "embed", "verhaal", "agenda", "open-data"} <= set(pages)
    for site_page in pages.values():
        watch, _page, guarded = _visit(chromium, base.rstrip("/") + site_page.url, interact=False)
        try:
            assert watch.csp == [], site_page.url
            assert watch.errors == [], site_page.url
        finally:
            guarded.context.close()  # type: ignore[attr-defined]
    watch, _page, guarded = _visit(chromium, base.rstrip("/") + "/404.html", interact=False)
    guarded.context.close()  # type: ignore[attr-defined]
    assert watch.csp == []


def test_search_still_works_under_the_policy(
    chromium: object, example_url: tuple[str, Path]
) -> None:
    base, _root = example_url
    watch, page, guarded = _visit(chromium, base, interact=False)
    try:
        page.fill("input.md-search__input", "koffie")  # type: ignore[attr-defined]
        page.wait_for_selector(".md-search-result__item", timeout=SEARCH_WAIT_MS)  # type: ignore[attr-defined]
        assert page.query_selector_all(".md-search-result__item")  # type: ignore[attr-defined]
        assert watch.csp == []
    finally:
        guarded.context.close()  # type: ignore[attr-defined]


def test_the_policy_stops_a_planted_inline_script(
    chromium: object, hostile_site: Path, tmp_path: Path
) -> None:
    """Even past the audit, an inline script that is not the theme's does not run; the
    console listener above does see such a violation (so its silence means something)."""
    html = (hostile_site / PAGES["buurt"]).read_text(encoding="utf-8")
    planted = html.replace("</main>", "<script>alert('geplant')</script></main>", 1)
    (tmp_path / "geplant.html").write_text(planted, encoding="utf-8")
    with serve(hostile_site, tmp_path) as base:
        watch, _page, guarded = _visit(
            chromium, base.rstrip("/") + "/__test__/geplant.html", interact=False
        )
        guarded.context.close()  # type: ignore[attr-defined]
    assert watch.dialogs == []
    assert any("inline script" in message for message in watch.csp), watch.csp
