"""`mkdocs serve` with a data error shows the located messages in the browser, and the site
again once the file is fixed (a real `mkdocs serve` on a free loopback port, real HTTP)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.site.build_support import EPOCH, KLEINE_STAD, REPO

KOFFIE = "activiteiten/voorbeeldstad/kiem-noord/koffie-ochtend.yml"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8")


def _wait_for(url: str, words: str, seconds: float = 90) -> tuple[int, str]:
    deadline = time.monotonic() + seconds
    last: tuple[int, str] = (0, "")
    while time.monotonic() < deadline:
        try:
            last = _get(url)
            if words in last[1]:
                return last
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.5)
    raise AssertionError(f"{url} never showed {words!r}; last answer: {last[0]} {last[1][:500]}")


def test_serve_shows_data_errors_then_the_site(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(KLEINE_STAD, data)
    koffie = data / KOFFIE
    good = koffie.read_text(encoding="utf-8")
    koffie.write_text(good.replace("tijd: ", "tijd: 2 tot 4 # ", 1), encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        f"INHERIT: {REPO / 'mkdocs.yml'}\n"
        f"docs_dir: {REPO / 'docs'}\n"
        f"theme:\n  custom_dir: {REPO / 'overrides'}\n"
        "plugins:\n  - search:\n      lang: nl\n"
        f"  - welkom:\n      data_dir: {data}\n",
        encoding="utf-8",
    )
    port = _free_port()
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = Path(sys.executable).parent / "mkdocs"
    log = (tmp_path / "serve.log").open("w", encoding="utf-8")
    server = subprocess.Popen(
        [str(mkdocs), "serve", "-f", str(config), "-a", f"127.0.0.1:{port}"],
        cwd=tmp_path,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        base = f"http://127.0.0.1:{port}/"
        status, html = _wait_for(base, "De gegevens bevatten")
        assert status == 200
        assert f"{KOFFIE}:" in html
        assert "Bedoel je 14.00–16.00 of 2.00–4.00 &#x27;s nachts?" in html
        status, other = _get(base + "voorbeeldstad/kiem-noord/")
        assert status == 404
        assert f"{KOFFIE}:" in other  # every URL shows the messages
        koffie.write_text(good, encoding="utf-8")
        status, html = _wait_for(base + "voorbeeldstad/kiem-noord/", "Koffie")
        assert status == 200
        assert "De gegevens bevatten" not in html
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()
