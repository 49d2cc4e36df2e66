"""Pick one page of each type from a built site directory, by URL pattern.

The browser tests must not hard-code example content: the example site grows, buurten get
renamed. So we scan the built directory and take the first gemeente and buurt alphabetically.
A gemeente is a top-level folder that holds at least one buurt; a buurt is a folder that has a
welcome guide (`<gemeente>/<buurt>/welkom/index.html`). Every other top-level folder with an
index.html that is not one of the fixed sections is a hand-written page (privacy, meedoen, …).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# Page types every build must have (DESIGN.md §4). Hand-written pages come on top of these.
REQUIRED_TYPES: tuple[str, ...] = (
    "home",
    "gemeente",
    "buurt",
    "welkomstgids",
    "buurt-agenda",
    "gemeente-agenda",
    "agenda",
    "verhalen",
    "verhaal",
    "embed",
    "activiteit",
    "open-data",
    "hulp",
    "hulplijn",
)

# Top-level folders that are sections of their own, not gemeenten and not hand-written pages.
# `assets`, `search` and `stylesheets` are Material's; they hold no page of ours.
_SECTIONS = frozenset(
    {"agenda", "verhalen", "open-data", "hulp", "assets", "search", "stylesheets"}
)


@dataclass(frozen=True)
class SitePage:
    """One page of the built site: a short name for reports, its URL path and its file."""

    name: str
    url: str
    file: Path


def _page(root: Path, name: str, url: str) -> SitePage | None:
    file = root / url.strip("/") / "index.html" if url.endswith("/") else root / url.lstrip("/")
    return SitePage(name, url, file) if file.is_file() else None


def _subdirs(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []


def buurt_dirs(root: Path) -> list[Path]:
    """Every `<gemeente>/<buurt>` folder that has a welcome guide, sorted."""
    return sorted(p.parent.parent for p in root.glob("*/*/welkom/index.html"))


def pick_pages(root: Path) -> dict[str, SitePage]:
    """The page of each type that exists in the built site at `root`, keyed by type name.

    Types that are missing are simply absent; `missing_types` says which ones.
    """
    pages: dict[str, SitePage] = {}

    def add(name: str, url: str) -> None:
        page = _page(root, name, url)
        if page is not None:
            pages[name] = page

    add("home", "/")
    buurten = buurt_dirs(root)
    gemeenten = sorted({b.parent for b in buurten})
    if gemeenten:
        g = gemeenten[0].name
        add("gemeente", f"/{g}/")
        add("gemeente-agenda", f"/{g}/agenda/")
        first_buurt = next(b for b in buurten if b.parent.name == g)
        b = first_buurt.name
        add("buurt", f"/{g}/{b}/")
        add("welkomstgids", f"/{g}/{b}/welkom/")
        add("buurt-agenda", f"/{g}/{b}/agenda/")
        add("embed", f"/{g}/{b}/embed/")
        activities = [
            d for d in _subdirs(first_buurt / "activiteiten") if (d / "index.html").is_file()
        ]
        if activities:
            add("activiteit", f"/{g}/{b}/activiteiten/{activities[0].name}/")
    add("agenda", "/agenda/")
    add("verhalen", "/verhalen/")
    stories = [d for d in _subdirs(root / "verhalen") if (d / "index.html").is_file()]
    if stories:
        add("verhaal", f"/verhalen/{stories[0].name}/")
    add("open-data", "/open-data/")
    add("hulp", "/hulp/")
    lines = [d for d in _subdirs(root / "hulp") if (d / "index.html").is_file()]
    if lines:
        add("hulplijn", f"/hulp/{lines[0].name}/")

    gemeente_names = {g.name for g in gemeenten}
    for folder in _subdirs(root):
        name = folder.name
        if name in _SECTIONS or name in gemeente_names or name.startswith((".", "_")):
            continue
        add(f"pagina-{name}", f"/{name}/")
    add("404", "/404.html")
    return pages


def missing_types(pages: dict[str, SitePage]) -> list[str]:
    """Required page types that the built site does not have."""
    return [name for name in REQUIRED_TYPES if name not in pages]
