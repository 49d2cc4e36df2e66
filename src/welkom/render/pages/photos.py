"""Story photos: metadata-free WebP/JPEG variants (welkom.images) and the `<picture>` markup.

`welkom check` has already refused unsafe photos (GPS, broken files) before pages are made.
Variants are cached by the photo's content hash in a temporary folder, so `mkdocs serve`
does not encode them again on every rebuild; the bytes are the same either way.
"""

from __future__ import annotations

import functools
import hashlib
import tempfile
from pathlib import Path

from markupsafe import Markup

from welkom.images import Rendition, picture_html, render_variants
from welkom.site import VerhaalEntry

CACHE = Path(tempfile.gettempdir()) / "welkom-foto-cache"


def photo_source(story: VerhaalEntry) -> Path | None:
    foto = story.model.foto
    if foto is None:
        return None
    path = story.path.parent / foto.bestand
    return path if path.is_file() and not path.is_symlink() else None  # links: never followed


@functools.lru_cache(maxsize=1024)
def _variants(path: Path, digest: str) -> tuple[Rendition, ...]:
    return tuple(render_variants(path, CACHE / digest, path.stem))


def story_renditions(story: VerhaalEntry) -> tuple[Rendition, ...]:
    path = photo_source(story)
    if path is None:
        return ()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:20]
    return _variants(path, digest)


def story_picture(story: VerhaalEntry) -> Markup:
    """The story's photo for its own page (``verhalen/<slug>/``), or nothing."""
    renditions = story_renditions(story)
    if not renditions or story.model.foto is None:
        return Markup("")
    return Markup(picture_html(renditions, story.model.foto.alt, "./"))


def story_photo_files(story: VerhaalEntry) -> list[tuple[str, bytes]]:
    """(path under the site root, bytes) of every variant of the story's photo."""
    return [
        (f"verhalen/{story.slug}/{r.path.name}", r.path.read_bytes())
        for r in story_renditions(story)
    ]
