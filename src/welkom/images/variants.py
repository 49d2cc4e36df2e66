"""`render_variants`: the resized, metadata-free WebP and JPEG files the site serves.

Every photo is decoded and encoded again, so nothing but pixels reaches the site: no EXIF, XMP,
IPTC or comments, and no ICC profile (pixels are converted to sRGB, which browsers assume).
Output is deterministic: the same photo gives the same bytes, build after build.
"""

from __future__ import annotations

import html
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from PIL import Image

from welkom.images.colour import eight_bit, embedded_profile, has_alpha, to_srgb, upright
from welkom.images.guard import open_image

DEFAULT_WIDTHS = (480, 960, 1440)
WEBP_QUALITY = 80
WEBP_METHOD = 4  # fixed: the method changes the bytes
JPEG_QUALITY = 82
DEFAULT_SIZES = "(min-width: 50em) 48em, 100vw"
WEBP, JPEG = "image/webp", "image/jpeg"


@dataclass(frozen=True, slots=True)
class Rendition:
    path: Path
    width: int
    height: int
    mime: str  # "image/webp" or "image/jpeg"


def choose_widths(source_width: int, widths: Sequence[int]) -> list[int]:
    """The widths to make: never wider than the source, and always at least one.

    A source narrower than the widest wanted width is also served at its own width, so a
    1000-pixel photo gives 480 and 1000, not a blurry 480 on a big screen.
    """
    chosen = sorted({w for w in widths if 0 < w <= source_width})
    if not chosen or (source_width < max(widths) and chosen[-1] != source_width):
        chosen.append(source_width)
    return chosen


def render_variants(
    src: Path, out_dir: Path, stem: str, widths: Sequence[int] = DEFAULT_WIDTHS
) -> list[Rendition]:
    """Write ``<stem>-<width>.webp`` and ``.jpg`` into ``out_dir``; narrowest first.

    Raises `ImageError` when ``src`` is not a photo we can use. Files whose bytes would not
    change are not rewritten, so `mkdocs serve` does not see them as new.
    """
    with open_image(src) as image:
        pixels = _prepare(image)
    out_dir.mkdir(parents=True, exist_ok=True)
    renditions: list[Rendition] = []
    for width in choose_widths(pixels.width, widths):
        height = max(1, round(pixels.height * width / pixels.width))
        sized = (
            pixels
            if width == pixels.width
            else pixels.resize((width, height), Image.Resampling.LANCZOS)
        )
        webp = out_dir / f"{stem}-{width}.webp"
        _write(webp, _encode(sized, "WEBP", quality=WEBP_QUALITY, method=WEBP_METHOD))
        renditions.append(Rendition(webp, width, height, WEBP))
        jpeg = out_dir / f"{stem}-{width}.jpg"
        flat = _flatten(sized)
        _write(
            jpeg,
            _encode(
                flat,
                "JPEG",
                quality=JPEG_QUALITY,
                optimize=True,
                progressive=True,
                subsampling="4:2:0",
            ),
        )
        renditions.append(Rendition(jpeg, width, height, JPEG))
    return renditions


def _prepare(image: Image.Image) -> Image.Image:
    """Upright sRGB pixels in RGB or RGBA (RGBA only when something is see-through)."""
    work, _ = upright(image)
    work = eight_bit(work)
    profile = embedded_profile(image)
    if profile is not None:
        work = to_srgb(work, profile)
    if has_alpha(work):
        work = work.convert("RGBA")
        low, _high = work.getchannel("A").getextrema()
        if low == 255:
            work = work.convert("RGB")
    elif work.mode != "RGB":
        work = work.convert("RGB")  # L, P, CMYK without a profile
    else:
        work = work.copy()
    work.info = {}
    return work


def _flatten(image: Image.Image) -> Image.Image:
    if image.mode != "RGBA":
        return image
    white = Image.new("RGB", image.size, (255, 255, 255))
    white.paste(image, mask=image.getchannel("A"))
    return white


def _encode(image: Image.Image, fmt: str, **params: object) -> bytes:
    image.info = {}  # Pillow falls back to info for some chunks; give it nothing
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **params)
    return buffer.getvalue()


def _write(path: Path, data: bytes) -> None:
    if path.is_file() and path.read_bytes() == data:
        return
    path.write_bytes(data)


def picture_html(
    renditions: Sequence[Rendition],
    alt: str,
    url_prefix: str,
    *,
    sizes: str = DEFAULT_SIZES,
    fallback_width: int = 960,
) -> str:
    """A `<picture>` with a WebP `srcset`, a JPEG fallback, width, height and escaped alt.

    ``url_prefix`` is where the files are served (`/verhalen/een-plantje/`); file names are
    URL-quoted. The `<img>` points at the widest JPEG not wider than ``fallback_width``.
    """
    webps = sorted((r for r in renditions if r.mime == WEBP), key=lambda r: r.width)
    jpegs = sorted((r for r in renditions if r.mime == JPEG), key=lambda r: r.width)
    if not jpegs:
        raise ValueError("picture_html needs at least one JPEG rendition")
    prefix = url_prefix if url_prefix.endswith("/") else url_prefix + "/"

    def url(r: Rendition) -> str:
        return html.escape(prefix + quote(r.path.name), quote=True)

    def srcset(items: list[Rendition]) -> str:
        return ", ".join(f"{url(r)} {r.width}w" for r in items)

    fitting = [r for r in jpegs if r.width <= fallback_width]
    img = fitting[-1] if fitting else jpegs[0]
    size_attr = html.escape(sizes, quote=True)
    parts = ["<picture>"]
    if webps:
        parts.append(f'<source type="{WEBP}" srcset="{srcset(webps)}" sizes="{size_attr}">')
    parts.append(
        f'<img src="{url(img)}" srcset="{srcset(jpegs)}" sizes="{size_attr}" '
        f'width="{img.width}" height="{img.height}" alt="{html.escape(alt, quote=True)}" '
        'loading="lazy" decoding="async">'
    )
    parts.append("</picture>")
    return "".join(parts)
