"""The browser-test harness itself, without a browser: skip rules, guard and local server."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

import pytest
from browser_support import is_loopback, require
from static_server import serve


def test_missing_tool_skips_on_a_laptop(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="overgeslagen"):
        require(False, "Chromium")
    require(True, "Chromium")  # present: nothing happens


def test_missing_tool_fails_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match=r"\.ci/run"):
        require(False, "Chromium")


@pytest.mark.parametrize(
    ("url", "inside"),
    [
        ("http://127.0.0.1:8123/x/", True),
        ("data:image/png;base64,AAAA", True),
        ("https://fonts.googleapis.com/css?family=Roboto", False),
        ("http://localhost.evil.example/", False),
        ("http://127.0.0.1.nip.io/", False),
    ],
)
def test_only_loopback_counts_as_inside(url: str, inside: bool) -> None:
    assert is_loopback(url) is inside


def _get(url: str) -> tuple[int, str, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.headers["Content-Type"], response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, "", ""


def test_server_serves_folders_helpers_and_nothing_outside(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "stad" / "buurt").mkdir(parents=True)
    (site / "stad" / "buurt" / "index.html").write_text("buurtpagina", encoding="utf-8")
    (site / "a.ics").write_text("BEGIN:VCALENDAR", encoding="utf-8")
    helpers = tmp_path / "helpers"
    helpers.mkdir()
    (helpers / "host.html").write_text("gastpagina", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("geheim", encoding="utf-8")
    with serve(site, helpers) as base:
        assert base.startswith("http://127.0.0.1:")
        status, kind, body = _get(base + "/stad/buurt/")
        assert (status, body) == (200, "buurtpagina")
        assert kind == "text/html; charset=utf-8"
        assert _get(base + "/stad/buurt")[2] == "buurtpagina"  # redirected to the folder URL
        assert _get(base + "/a.ics")[1] == "text/calendar"
        assert _get(base + "/__test__/host.html")[2] == "gastpagina"
        assert _get(base + "/__test__/../secret.txt")[0] == 404
        assert _get(base + "/__test__/%2e%2e/secret.txt")[0] == 404
        assert _get(base + "/../secret.txt")[0] == 404
