"""Fixtures for the real-browser checks: a local server, one Chromium per session, guarded contexts.

Set WELKOM_SITE_DIR to a built site folder to check that folder instead of building the
example site (handy after `make site`: `WELKOM_SITE_DIR=site pytest -m browser`).
Shared helpers live in browser_support.py: test modules cannot safely `import conftest`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_support import Guarded, close_shared_browser, new_guarded_context, shared_browser
from site_pages import SitePage, pick_pages
from static_server import serve


@pytest.fixture(scope="session")
def site_root(request: pytest.FixtureRequest) -> Path:
    """The built site to check: WELKOM_SITE_DIR if set, else the example site (`built_site`)."""
    given = os.environ.get("WELKOM_SITE_DIR")
    if given:
        root = Path(given).resolve()
        assert (root / "index.html").is_file(), f"WELKOM_SITE_DIR={given} has no index.html"
        return root
    return request.getfixturevalue("built_site")


@pytest.fixture(scope="session")
def site_pages(site_root: Path) -> dict[str, SitePage]:
    return pick_pages(site_root)


@pytest.fixture(scope="session")
def helper_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Folder served under /__test__/ for pages the tests write themselves."""
    return tmp_path_factory.mktemp("test-pages")


@pytest.fixture(scope="session")
def base_url(site_root: Path, helper_dir: Path) -> Iterator[str]:
    with serve(site_root, helper_dir) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """One Debian Chromium for the whole session (never a downloaded browser)."""
    yield shared_browser()
    close_shared_browser()


@pytest.fixture
def guarded(browser: object) -> Iterator[Guarded]:
    """A fresh context (one per test) with the outside-request guard."""
    g = new_guarded_context(browser)
    yield g
    g.context.close()  # type: ignore[attr-defined]
