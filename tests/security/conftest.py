"""Shared by the hostile-corpus tests: one build of the hostile fixture site per session."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.site.build_support import build

HERE = Path(__file__).parent
HOSTILE = HERE / "fixtures" / "hostile"
# The browser harness (Chromium, the loopback server) lives in tests/browser.
sys.path.insert(0, str(HERE.parent / "browser"))


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hostile fixture site (passes `welkom check`), built with `mkdocs build --strict`:
    the plugin's audit ran on it, so a successful build is already one assertion."""
    work = tmp_path_factory.mktemp("hostile")
    done = build(HOSTILE, work / "site", work)
    assert done.code == 0, done.out
    return done.site


@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    """The session's one Chromium, shared with tests/browser (browser_support)."""
    from browser_support import close_shared_browser, shared_browser

    yield shared_browser()
    close_shared_browser()
