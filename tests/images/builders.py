"""Photos for the tests, made with Pillow: with GPS, text chunks, a wide-gamut profile, …"""

from __future__ import annotations

import random
import struct
import zlib
from pathlib import Path

from PIL import Image, PngImagePlugin

GPS_IFD = 0x8825
XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" '
    b'exif:GPSLatitude="52,0.06N" exif:GPSLongitude="5,0.12E"/></rdf:RDF></x:xmpmeta>'
)
XMP_NO_GPS = XMP.replace(b"GPSLatitude", b"Lens").replace(b"GPSLongitude", b"Owner")


def picture(size: tuple[int, int] = (320, 240), mode: str = "RGB", seed: int = 1) -> Image.Image:
    """A small photo-like image: a gradient with blocks, so resizing and encoding do work."""
    width, height = size
    image = Image.new("RGB", size)
    pixels = [
        ((x * 255) // width, (y * 255) // height, ((x + y) * 127) // (width + height))
        for y in range(height)
        for x in range(width)
    ]
    image.putdata(pixels)
    rng = random.Random(seed)
    for _ in range(6):
        x, y = rng.randrange(width), rng.randrange(height)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        image.paste(colour, (x, y, min(width, x + width // 5), min(height, y + height // 5)))
    return image.convert(mode) if mode != "RGB" else image


def exif_with_gps(orientation: int | None = None) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "Voorbeeldcamera"  # Make
    exif[0x0110] = "Model 1"  # Model
    if orientation is not None:
        exif[0x0112] = orientation
    gps = exif.get_ifd(GPS_IFD)
    gps[1] = "N"
    gps[2] = (52.0, 0.0, 3.6)
    gps[3] = "E"
    gps[4] = (5.0, 0.0, 7.2)
    return exif


def exif_without_gps(orientation: int | None = None) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "Voorbeeldcamera"
    if orientation is not None:
        exif[0x0112] = orientation
    return exif


def _s15(value: float) -> bytes:
    return struct.pack(">i", round(value * 65536))


def wide_rgb_profile() -> bytes:
    """A minimal ICC v2 RGB profile with Adobe-RGB-like primaries and gamma 2.2.

    Pillow can only create sRGB, LAB and XYZ profiles, and a test must not download one,
    so we write the few tags LittleCMS needs by hand (ICC.1:2001-04, matrix/TRC profile).
    """

    def xyz(x: float, y: float, z: float) -> bytes:
        return b"XYZ \0\0\0\0" + _s15(x) + _s15(y) + _s15(z)

    text = b"Breed RGB (test)"
    desc = (
        b"desc\0\0\0\0"
        + struct.pack(">I", len(text) + 1)
        + text
        + b"\0"
        + struct.pack(">II", 0, 0)
        + struct.pack(">HB", 0, 0)
        + b"\0" * 67
    )
    curve = b"curv\0\0\0\0" + struct.pack(">IH", 1, round(2.2 * 256)) + b"\0\0"
    tags = [
        (b"desc", desc),
        (b"wtpt", xyz(0.9642, 1.0, 0.8249)),
        (b"rXYZ", xyz(0.6097, 0.3111, 0.0195)),
        (b"gXYZ", xyz(0.2053, 0.6257, 0.0609)),
        (b"bXYZ", xyz(0.1492, 0.0632, 0.7446)),
        (b"rTRC", curve),
        (b"gTRC", curve),
        (b"bTRC", curve),
        (b"cprt", b"text\0\0\0\0Geen rechten\0"),
    ]
    offset = 128 + 4 + 12 * len(tags)
    table, data = b"", b""
    for signature, body in tags:
        padded = body + b"\0" * (-len(body) % 4)
        table += signature + struct.pack(">II", offset + len(data), len(body))
        data += padded
    size = offset + len(data)
    header = (
        struct.pack(">I", size)
        + b"\0\0\0\0"
        + struct.pack(">I", 0x02100000)
        + b"mntrRGB XYZ "
        + b"\0" * 12
        + b"acsp"
        + b"\0" * 24
        + struct.pack(">I", 0)
        + _s15(0.9642)
        + _s15(1.0)
        + _s15(0.8249)
        + b"\0" * 48
    )
    assert len(header) == 128
    return header + struct.pack(">I", len(tags)) + table + data


def jpeg_with_everything(path: Path, orientation: int | None = None) -> Path:
    """A JPEG with GPS EXIF, GPS in XMP, a comment and a wide-gamut ICC profile."""
    picture().save(
        path,
        "JPEG",
        quality=90,
        exif=exif_with_gps(orientation),
        xmp=XMP,
        comment=b"Gemaakt bij Kerkstraat 12",
        icc_profile=wide_rgb_profile(),
    )
    return path


def jpeg_with_gps(path: Path) -> Path:
    picture().save(path, "JPEG", quality=90, exif=exif_with_gps())
    return path


def clean_jpeg(path: Path, size: tuple[int, int] = (320, 240)) -> Path:
    picture(size).save(path, "JPEG", quality=90)
    return path


def png_with_text(path: Path) -> Path:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Iemand uit de buurt")
    info.add_text("Comment", "Gemaakt bij Kerkstraat 12", zip=True)
    info.add_itxt("Description", "Een plantje", lang="nl", tkey="Beschrijving")
    info.add_itxt("XML:com.adobe.xmp", XMP.decode())
    picture().save(path, "PNG", pnginfo=info, exif=exif_with_gps(), icc_profile=wide_rgb_profile())
    return path


def webp_with_everything(path: Path) -> Path:
    picture().save(
        path,
        "WEBP",
        quality=90,
        exif=exif_with_gps(),
        xmp=XMP,
        icc_profile=wide_rgb_profile(),
    )
    return path


def truncated_jpeg(path: Path) -> Path:
    clean_jpeg(path, (400, 300))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def png_claiming(path: Path, width: int, height: int) -> Path:
    """A tiny PNG whose header claims ``width`` × ``height`` pixels: a decompression bomb."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\0" * 1024)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )
    return path
