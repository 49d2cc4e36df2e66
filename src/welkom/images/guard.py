"""Open a photo safely and say in plain Dutch what is wrong with it.

Every failure becomes an `ImageError` with a stable code and a message that names the fix, so
neither `welkom check` nor `welkom fotos` ever shows a traceback. The format is recognised from
the first bytes of the file, not from its name: a PDF called `plantje.jpg` is not a photo, and
only the decoder for the recognised format is used.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from PIL import Image

from welkom.problems import Problem, Severity

MAX_PIXELS = 40_000_000
"""Largest photo we accept (40 megapixels): bigger than any phone camera, far below a bomb."""

FORMATS = ("JPEG", "PNG", "WEBP")
"""The formats a photo may have; Pillow's names."""

GPS_IFD = 0x8825
GPS_VERSION_ID = 0x0000
ORIENTATION = 0x0112


class ImageError(Exception):
    """A photo we cannot or may not use; ``message`` is Dutch and says how to fix it."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


def sniff(head: bytes) -> str:
    """The kind of file from its first bytes: a Pillow format name or a label for a message."""
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "WEBP"
    if head[4:8] == b"ftyp":
        return "AVIF" if head[8:12] in (b"avif", b"avis") else "HEIC"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "GIF"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "TIFF"
    if head.startswith(b"BM"):
        return "BMP"
    if head.startswith(b"%PDF"):
        return "PDF"
    stripped = head.lstrip()
    if stripped.startswith((b"<svg", b"<?xml")):
        return "SVG"
    return ""


def _format_error(name: str, kind: str) -> ImageError:
    if kind in ("HEIC", "AVIF"):
        return ImageError(
            "foto.format",
            f"`{name}` is een {kind}-foto. Die kan welkom niet gebruiken. Sla de foto op als "
            "jpg, png of webp. Op een iPhone kan dat via Instellingen > Camera > Formaten > "
            "Meest compatibel.",
        )
    if kind == "PDF":
        return ImageError(
            "foto.not-image",
            f"`{name}` is een PDF, geen foto. Kies een foto in jpg, png of webp.",
        )
    if kind:
        return ImageError(
            "foto.format",
            f"`{name}` is een {kind}-bestand. Welkom kan alleen foto's in jpg, png of webp "
            "gebruiken. Sla de foto opnieuw op als jpg, png of webp.",
        )
    return ImageError(
        "foto.not-image",
        f"`{name}` is geen foto, ook al lijkt de naam daarop. Kies een foto in jpg, png of webp.",
    )


def _too_big(name: str, size: tuple[int, int] | None) -> ImageError:
    limit = MAX_PIXELS // 1_000_000
    what = f"{size[0]} × {size[1]} pixels" if size else f"meer dan {limit} megapixels"
    return ImageError(
        "foto.too-big",
        f"`{name}` is te groot: {what}. Welkom neemt foto's tot {limit} megapixels. Maak de "
        "foto kleiner (bijvoorbeeld 2000 pixels breed) en sla hem opnieuw op.",
    )


def _broken(name: str) -> ImageError:
    return ImageError(
        "foto.broken",
        f"`{name}` is kapot of niet helemaal opgeslagen. Open de foto in een fotoprogramma, "
        "sla hem opnieuw op als jpg, en zet hem opnieuw op zijn plek.",
    )


def open_image(path: Path, name: str | None = None) -> Image.Image:
    """Open, check and fully decode the photo at ``path``.

    Raises `ImageError` when the file is missing, not a photo, in a format we do not take,
    too big, or broken. ``name`` is how messages call the file (default: its file name).
    The caller owns the returned image and should close it.
    """
    name = name or path.name
    try:
        with path.open("rb") as fh:
            head = fh.read(32)
    except FileNotFoundError:
        raise ImageError(
            "foto.missing", f"`{name}` bestaat niet. Controleer de naam en de map."
        ) from None
    except OSError:
        raise ImageError(
            "foto.unreadable",
            f"`{name}` kan niet worden gelezen. Is het wel een bestand, en geen map?",
        ) from None
    kind = sniff(head)
    if kind not in FORMATS:
        raise _format_error(name, kind)

    size: tuple[int, int] | None = None
    with warnings.catch_warnings():
        # Pillow warns before it refuses a bomb; make that warning an error we can catch.
        # Other warnings (such as about odd EXIF data) say nothing a volunteer can act on.
        warnings.simplefilter("ignore")
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(path, formats=[kind]) as probe:
                size = probe.size
                if size[0] * size[1] > MAX_PIXELS:
                    raise _too_big(name, size)
                probe.verify()
            image = Image.open(path, formats=[kind])
            try:
                image.load()
            except BaseException:
                image.close()
                raise
        except ImageError:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise _too_big(name, size) from None
        except Exception:
            # Truncated data, bad chunks, bad markers: Pillow raises OSError, SyntaxError,
            # ValueError, struct.error, zlib.error and more. To a volunteer it is all "kapot".
            raise _broken(name) from None
    return image


def has_location(image: Image.Image) -> bool:
    """True when the photo says where it was taken: EXIF GPS tags or GPS in its XMP."""
    try:
        gps = image.getexif().get_ifd(GPS_IFD)
    except Exception:  # a mangled EXIF block; it is removed at build time anyway
        gps = {}
    if any(tag != GPS_VERSION_ID for tag in gps):
        return True
    xmp = image.info.get("xmp") or image.info.get("XML:com.adobe.xmp") or b""
    if isinstance(xmp, str):
        xmp = xmp.encode("utf-8", "replace")
    return b"GPSLatitude" in xmp or b"GPSLongitude" in xmp


def gps_message(rel: str) -> str:
    return (
        "Deze foto bevat de plek waar hij gemaakt is (GPS). Haal die gegevens weg met "
        f"`welkom fotos --strip {rel}`, en controleer de foto opnieuw."
    )


def inspect_image(path: Path, rel: str, where: tuple[int, int] = (1, 1)) -> list[Problem]:
    """Problems with the photo at ``path``, reported at ``rel:line:column``.

    ``rel`` is the photo's path as a volunteer sees it (relative to the site root); it is also
    what the GPS message tells them to pass to `welkom fotos --strip`.
    """
    line, column = where
    try:
        image = open_image(path, Path(rel).name)
    except ImageError as exc:
        return [Problem(rel, line, column, Severity.ERROR, exc.code, exc.message)]
    with image:
        if has_location(image):
            return [Problem(rel, line, column, Severity.ERROR, "foto.gps", gps_message(rel))]
    return []
