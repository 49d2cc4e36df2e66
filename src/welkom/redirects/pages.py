"""Which site paths are pages, decided from file names alone (no data file is read).

The check of `redirects.yml` needs to know whether an old or a new address is a page. Loading
the whole site for that would cost seconds on a national site, and in parallel checking no
process holds the whole site; a page's address comes from its path (DESIGN.md §4), so a few
`stat` calls per redirect are enough.
"""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path

# Pages every site has (welkom.render.pages.views).
SITE_PAGES = frozenset({"agenda", "verhalen", "open-data"})
# Pages below every buurt: the guide, the agenda, the embed; activities have their own folder.
BUURT_SUB_PAGES = ("welkom", "agenda", "embed")
ACTIVITIES = "activiteiten"


class SitePages:
    """Answers "which file makes the page at this path?" for the site under ``root``."""

    def __init__(self, root: Path, docs_dir: str | Path = "docs") -> None:
        self.root = root
        self.docs = root / docs_dir

    def source(self, path: str) -> str | None:
        """The file behind the page at ``path`` (``voorbeeldstad/kiem-noord/``), or None.

        Built-in pages answer with a short description instead of a file.
        """
        parts = [p for p in path.split("/") if p]
        if not parts:
            return "de voorpagina"
        doc = self._doc_page(parts)
        if doc is not None:
            return doc
        if len(parts) == 1 and parts[0] in SITE_PAGES:
            return f"de pagina /{parts[0]}/"
        if parts[0] == "verhalen":
            return self._story(parts[1]) if len(parts) == 2 else None
        gemeente = parts[0]
        if len(parts) == 1 or (len(parts) == 2 and parts[1] == "agenda"):
            return self._file(f"buurten/{gemeente}/_gemeente.yml")
        buurt = self._file(f"buurten/{gemeente}/{parts[1]}.yml")
        if len(parts) == 2 or buurt is None:
            return buurt
        if len(parts) == 3 and parts[2] in BUURT_SUB_PAGES:
            return buurt
        if len(parts) == 4 and parts[2] == ACTIVITIES:
            return self._file(f"activiteiten/{gemeente}/{parts[1]}/{parts[3]}.yml")
        return None

    def buurt_slugs(self, gemeente: str) -> list[str]:
        """The buurten of a gemeente by file name, for "bedoel je …?"."""
        folder = self.root / "buurten" / gemeente
        if not folder.is_dir():
            return []
        return sorted(
            e.name[:-4]
            for e in os.scandir(folder)
            if e.name.endswith(".yml") and not e.name.startswith(("_", "."))
        )

    def gemeenten(self) -> list[str]:
        folder = self.root / "buurten"
        if not folder.is_dir():
            return []
        return sorted(e.name for e in os.scandir(folder) if e.is_dir() and e.name[0] != ".")

    def _file(self, rel: str) -> str | None:
        return rel if (self.root / rel).is_file() else None

    def _doc_page(self, parts: list[str]) -> str | None:
        if not self.docs.is_dir():
            return None
        joined = "/".join(parts)
        for rel in (f"{joined}.md", f"{joined}/index.md"):
            if (self.docs / rel).is_file():
                return f"{self.docs.name}/{rel}"
        return None

    def _story(self, slug: str) -> str | None:
        return self._stories.get(slug)

    @cached_property
    def _stories(self) -> dict[str, str]:
        """Story slug → file; read once, only when a redirect is about a story."""
        found: dict[str, str] = {}
        base = self.root / "verhalen"
        if not base.is_dir():
            return found
        for folder, dirs, names in os.walk(base):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            rel = Path(folder).relative_to(self.root).as_posix()
            for name in sorted(names):
                if name.endswith(".md") and name not in ("README.md", "LEESMIJ.md"):
                    found.setdefault(name[:-3], f"{rel}/{name}")
        return found
