"""The page picker of the browser tests, on a tiny hand-made site folder (no browser needed)."""

from __future__ import annotations

from pathlib import Path

from site_pages import REQUIRED_TYPES, missing_types, pick_pages


def make_site(root: Path, pages: list[str]) -> Path:
    for url in pages:
        file = root / url.strip("/") / "index.html" if url.endswith("/") else root / url
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text("<!doctype html><title>x</title>", encoding="utf-8")
    return root


FULL = [
    "/",
    "/zuidstad/",
    "/zuidstad/agenda/",
    "/zuidstad/b-buurt/",
    "/zuidstad/b-buurt/welkom/",
    "/zuidstad/b-buurt/agenda/",
    "/zuidstad/b-buurt/embed/",
    "/zuidstad/a-buurt/",
    "/zuidstad/a-buurt/welkom/",
    "/aardstad/",
    "/aardstad/centrum/",
    "/aardstad/centrum/welkom/",
    "/aardstad/centrum/activiteiten/zomerfeest/",
    "/aardstad/centrum/activiteiten/koffie/",
    "/agenda/",
    "/verhalen/",
    "/verhalen/zomerfeest/",
    "/verhalen/eerste-dag/",
    "/open-data/",
    "/hulp/",
    "/hulp/bij-gevaar/",
    "/privacy/",
    "/meedoen/",
    "/assets/",
    "/search/",
    "404.html",
]


def test_picks_first_gemeente_and_buurt_alphabetically(tmp_path: Path) -> None:
    pages = pick_pages(make_site(tmp_path, FULL))
    assert pages["gemeente"].url == "/aardstad/"
    assert pages["buurt"].url == "/aardstad/centrum/"
    assert pages["welkomstgids"].url == "/aardstad/centrum/welkom/"
    assert pages["verhaal"].url == "/verhalen/eerste-dag/"
    assert pages["activiteit"].url == "/aardstad/centrum/activiteiten/koffie/"
    assert pages["hulplijn"].url == "/hulp/bij-gevaar/"
    assert pages["buurt"].file == tmp_path / "aardstad" / "centrum" / "index.html"


def test_hand_written_pages_are_neither_gemeente_nor_section(tmp_path: Path) -> None:
    pages = pick_pages(make_site(tmp_path, FULL))
    hand = sorted(p.url for name, p in pages.items() if name.startswith("pagina-"))
    assert hand == ["/meedoen/", "/privacy/"]
    assert pages["404"].url == "/404.html"


def test_missing_types_are_reported(tmp_path: Path) -> None:
    pages = pick_pages(make_site(tmp_path, FULL))
    # aardstad/centrum has no agenda or embed, and aardstad has no agenda page.
    assert missing_types(pages) == ["buurt-agenda", "gemeente-agenda", "embed"]
    assert missing_types(pick_pages(make_site(tmp_path / "empty", ["/"]))) == [
        t for t in REQUIRED_TYPES if t != "home"
    ]
