"""`strip_metadata`: clean one photo in place, for `welkom fotos --strip`.

The photo keeps its format and looks the same, but loses everything it carried besides its
pixels: EXIF (with GPS and camera serial numbers), XMP, IPTC, comments, PNG text chunks and its
ICC profile (after converting the pixels to sRGB). A JPEG that needs no turning or colour
conversion keeps its own quantisation tables, so cleaning it costs no visible quality.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path
from typing import Any

from PIL import Image

from welkom.images.colour import eight_bit, embedded_profile, has_alpha, to_srgb, upright
from welkom.images.guard import ImageError, open_image

JPEG_QUALITY = 92
WEBP_QUALITY = 90
WEBP_METHOD = 4


def strip_metadata(path: Path) -> None:
    """Remove all metadata from the photo at ``path``, writing it back atomically.

    Raises `ImageError` (Dutch message) when the file is not a photo we can use.
    """
    image = open_image(path)
    with image:
        fmt = "JPEG" if image.format == "MPO" else str(image.format)
        clean, changed = _clean(image, fmt)
        params = _save_params(fmt, image, changed)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as fh:
                clean.save(fh, format=fmt, **params)
            tmp.chmod(stat.S_IMODE(path.stat().st_mode))
        except BaseException as exc:
            tmp.unlink(missing_ok=True)
            if isinstance(exc, (OSError, ValueError)):
                raise ImageError(
                    "foto.write",
                    f"`{path.name}` kon niet opnieuw worden opgeslagen. Sla de foto in een "
                    "fotoprogramma opnieuw op als jpg, en probeer het nog eens.",
                ) from None
            raise
    tmp.replace(path)  # os.replace: atomic on the same file system


def _clean(image: Image.Image, fmt: str) -> tuple[Image.Image, bool]:
    """The pixels to save, upright and in sRGB, with an empty ``info``; True when changed."""
    transparency = image.info.get("transparency")
    work, changed = upright(image)
    profile = embedded_profile(image)
    if profile is not None:
        work = to_srgb(eight_bit(work), profile)
        transparency, changed = None, True
    if fmt == "JPEG" and work.mode not in ("L", "RGB"):
        work, changed = work.convert("RGB"), True  # CMYK without a profile
    if fmt == "WEBP" and work.mode not in ("RGB", "RGBA"):
        work = work.convert("RGBA" if has_alpha(work) else "RGB")
        transparency, changed = None, True
    work.info = {}  # exif, xmp, icc_profile, comment, dpi, PNG text: all gone
    if transparency is not None and fmt == "PNG":
        work.info["transparency"] = transparency  # part of the picture, not metadata
    return work, changed


def _save_params(fmt: str, original: Image.Image, changed: bool) -> dict[str, Any]:
    if fmt == "JPEG":
        if not changed and original.format == "JPEG":
            return {"quality": "keep"}  # reuse the tables and subsampling: no extra loss
        return {"quality": JPEG_QUALITY}
    if fmt == "WEBP":
        return {"quality": WEBP_QUALITY, "method": WEBP_METHOD}
    return {}
