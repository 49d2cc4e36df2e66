"""Session fixtures for the site tests: the small fixture site, built once."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.site.build_support import KLEINE_STAD, build


@pytest.fixture(scope="session")
def small_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """tests/site/fixtures/kleine-stad, built once with today = 2026-11-23."""
    work = tmp_path_factory.mktemp("kleine-stad")
    result = build(KLEINE_STAD, work / "site", work)
    assert result.code == 0, result.out
    return result.site
