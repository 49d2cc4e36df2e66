"""Static files shipped with the package: the Atkinson Hyperlegible font and welkom.css."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).parent
STYLESHEET = "welkom.css"
SCRIPT = "welkom.js"  # small keyboard fix on phones; every page works without it
# The embed page's own small stylesheet, its height script, and the optional script a partner
# puts next to the iframe (docs/partners.md): static files, so no page needs inline script.
EMBED_FILES = ("embed.css", "embed.js", "partner.js")


def files() -> Iterator[tuple[str, Path]]:
    """(path under the site's asset folder, file) for every shipped asset, sorted."""
    yield STYLESHEET, HERE / STYLESHEET
    yield SCRIPT, HERE / SCRIPT
    for name in EMBED_FILES:
        yield name, HERE / name
    for path in sorted((HERE / "fonts").iterdir()):
        if path.suffix in {".woff2", ".txt"}:
            yield f"fonts/{path.name}", path
