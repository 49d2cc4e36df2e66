"""Static files shipped with the package: the Atkinson Hyperlegible font and welkom.css."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).parent
STYLESHEET = "welkom.css"


def files() -> Iterator[tuple[str, Path]]:
    """(path under the site's asset folder, file) for every shipped asset, sorted."""
    yield STYLESHEET, HERE / STYLESHEET
    for path in sorted((HERE / "fonts").iterdir()):
        if path.suffix in {".woff2", ".txt"}:
            yield f"fonts/{path.name}", path
