"""Photos: refuse what is unsafe (GPS, bombs, broken files) and re-encode without metadata.

This package is part of the core and never imports MkDocs. `guard` opens and inspects a photo,
`strip` cleans one in place for `welkom fotos --strip`, and `variants` makes the resized
WebP and JPEG files the site serves.
"""

from welkom.images.guard import (
    FORMATS,
    MAX_PIXELS,
    ImageError,
    has_location,
    inspect_image,
    open_image,
)
from welkom.images.strip import strip_metadata
from welkom.images.variants import DEFAULT_WIDTHS, Rendition, picture_html, render_variants

__all__ = [
    "DEFAULT_WIDTHS",
    "FORMATS",
    "MAX_PIXELS",
    "ImageError",
    "Rendition",
    "has_location",
    "inspect_image",
    "open_image",
    "picture_html",
    "render_variants",
    "strip_metadata",
]
