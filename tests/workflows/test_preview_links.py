"""The pull-request preview works from disk: every relative link points at a file.

A volunteer downloads the artifact, unpacks it and double-clicks index.html. From file:// a
link to a folder (``../kiem-noord/``) shows a folder listing instead of the page, so the
preview is built with ``--no-directory-urls`` and the plugin turns folder links into file
links (pages/urls.py ``file_links``). The real site keeps its directory URLs (DESIGN.md §4).
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

import pytest

from tests.workflows.preview_support import build_preview
from welkom.render.pages.urls import file_links

ATTRIBUTE = re.compile(r'\s(?:href|src)="([^"]*)"')
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


@pytest.fixture(scope="module")
def preview(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_preview(tmp_path_factory.mktemp("preview") / "site")


@pytest.mark.parametrize(
    ("html", "here", "expected"),
    [
        ('<a href="../kiem-noord/">', "x/index.html", '<a href="../kiem-noord/index.html">'),
        ('<a href="./">', "x/index.html", '<a href="./index.html">'),
        ('<a href="..">', "x/y/index.html", '<a href="../index.html">'),
        ('<a href="../#plek-a">', "x/y/index.html", '<a href="../index.html#plek-a">'),
        ('<a href="agenda/?q=1#d">', "index.html", '<a href="agenda/index.html?q=1#d">'),
        ('<iframe src="embed/">', "x/index.html", '<iframe src="embed/index.html">'),
        # a hand-written page MkDocs wrote as partners.html, not partners/index.html
        ('<a href="../../partners/">', "g/b/index.html", '<a href="../../partners.html">'),
    ],
)
def test_folder_links_become_file_links(html: str, here: str, expected: str) -> None:
    pages = {"partners.html", "x/index.html", "agenda/index.html", "g/b/index.html"}
    assert file_links(html, here, pages) == expected


@pytest.mark.parametrize(
    "html",
    [
        '<a href="https://welkom.example.org/voorbeeldstad/">',
        '<a href="webcal://welkom.example.org/activiteiten.ics">',
        '<a href="/voorbeeldstad/">',
        '<a href="#plek-a">',
        '<a href="">',
        '<a href="activiteiten.rss">',
        '<img src="../foto-960.jpg">',
        '<a data-href="../x/">',
    ],
)
def test_other_links_stay(html: str) -> None:
    assert file_links(html, "a/index.html", {"a/index.html"}) == html


def broken_links(site: Path) -> dict[str, list[str]]:
    """Relative links (and absolute ones, which cannot work from disk) without a file."""
    broken: dict[str, list[str]] = {}
    for page in sorted(site.rglob("*.html")):
        if page.name == "404.html":  # only a web server shows it; its links are absolute
            continue
        for value in ATTRIBUTE.findall(page.read_text(encoding="utf-8")):
            path = value.split("#", 1)[0].split("?", 1)[0]
            if not path or SCHEME.match(path):
                continue
            target = page.parent / unquote(path)
            if path.startswith("/") or not target.is_file():
                broken.setdefault(value, []).append(str(page.relative_to(site)))
    return broken


def test_every_link_in_the_preview_opens_a_file(preview: Path) -> None:
    assert (preview / "voorbeeldstad" / "kiem-noord" / "agenda" / "index.html").is_file()
    broken = broken_links(preview)
    report = "\n".join(f"{link}  (in {', '.join(pages[:3])})" for link, pages in broken.items())
    assert not broken, f"Links that do not work from file://:\n{report}"


def test_the_check_finds_folder_links(tmp_path: Path) -> None:
    """The link check above can fail: a folder link from disk is reported."""
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text('<a href="a/">', encoding="utf-8")
    (tmp_path / "index.html").write_text(
        '<a href="a/index.html"> <a href="a/"> <a href="/a/index.html">', encoding="utf-8"
    )
    assert set(broken_links(tmp_path)) == {"a/", "/a/index.html"}
