"""`render_variants` and `picture_html`: resized, sRGB, metadata-free and deterministic."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PIL import Image, ImageCms

from tests.images import builders
from welkom.images import ImageError, Rendition, picture_html, render_variants
from welkom.images.variants import choose_widths


def riff_chunks(data: bytes) -> list[bytes]:
    """The chunk names of a WebP file (RIFF container)."""
    assert data[:4] == b"RIFF" and data[8:12] == b"WEBP"
    names, pos = [], 12
    while pos + 8 <= len(data):
        name = data[pos : pos + 4]
        size = int.from_bytes(data[pos + 4 : pos + 8], "little")
        names.append(name)
        pos += 8 + size + (size & 1)
    return names


def jpeg_markers(data: bytes) -> list[int]:
    """The marker bytes of a JPEG up to the start of the image data."""
    markers, pos = [], 2
    while pos + 4 <= len(data):
        marker = data[pos + 1]
        markers.append(marker)
        if marker == 0xDA:  # start of scan: entropy-coded data follows
            break
        pos += 2 + int.from_bytes(data[pos + 2 : pos + 4], "big")
    return markers


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """A 1200 × 900 photo with GPS, XMP, a comment, a wide-gamut profile and orientation 1."""
    path = tmp_path / "bron.jpg"
    builders.picture((1200, 900)).save(
        path,
        "JPEG",
        quality=90,
        exif=builders.exif_with_gps(),
        xmp=builders.XMP,
        comment=b"Kerkstraat 12",
        icc_profile=builders.wide_rgb_profile(),
    )
    return path


def test_widths_never_upscale() -> None:
    assert choose_widths(2000, (480, 960, 1440)) == [480, 960, 1440]
    assert choose_widths(1440, (480, 960, 1440)) == [480, 960, 1440]
    assert choose_widths(1200, (480, 960, 1440)) == [480, 960, 1200]
    assert choose_widths(300, (480, 960, 1440)) == [300]


def test_webp_and_jpeg_per_width(source: Path, tmp_path: Path) -> None:
    out = tmp_path / "uit"
    renditions = render_variants(source, out, "plantje")
    assert [(r.path.name, r.width, r.height, r.mime) for r in renditions] == [
        ("plantje-480.webp", 480, 360, "image/webp"),
        ("plantje-480.jpg", 480, 360, "image/jpeg"),
        ("plantje-960.webp", 960, 720, "image/webp"),
        ("plantje-960.jpg", 960, 720, "image/jpeg"),
        ("plantje-1200.webp", 1200, 900, "image/webp"),
        ("plantje-1200.jpg", 1200, 900, "image/jpeg"),
    ]
    for r in renditions:
        with Image.open(r.path) as image:
            assert image.size == (r.width, r.height)
            assert image.format == ("WEBP" if r.mime == "image/webp" else "JPEG")
            assert image.mode == "RGB"


def test_no_metadata_at_all(source: Path, tmp_path: Path) -> None:
    for r in render_variants(source, tmp_path / "uit", "plantje"):
        data = r.path.read_bytes()
        with Image.open(r.path) as image:
            image.load()
            assert "icc_profile" not in image.info
            assert "exif" not in image.info and "xmp" not in image.info
            assert "comment" not in image.info
            assert dict(image.getexif()) == {}
        if r.mime == "image/webp":
            assert set(riff_chunks(data)) <= {b"VP8 ", b"VP8L", b"VP8X", b"ALPH"}
        else:
            # SOI-less list: only JFIF (APP0), tables, frame header and scan; no APP1/APP2/APP13
            # (EXIF, XMP, ICC, IPTC) and no COM.
            markers = jpeg_markers(data)
            assert not {0xE1, 0xE2, 0xED, 0xFE} & set(markers), [hex(m) for m in markers]
        for text in (b"Exif", b"ICC_PROFILE", b"adobe", b"Kerkstraat", b"Voorbeeldcamera"):
            assert text not in data


def test_colours_are_converted_to_srgb(tmp_path: Path) -> None:
    src = tmp_path / "kleur.png"
    wide = builders.wide_rgb_profile()
    Image.new("RGB", (600, 400), (100, 150, 200)).save(src, "PNG", icc_profile=wide)
    expected = ImageCms.profileToProfile(
        Image.new("RGB", (1, 1), (100, 150, 200)),
        ImageCms.ImageCmsProfile(io.BytesIO(wide)),
        ImageCms.createProfile("sRGB"),
        outputMode="RGB",
    ).getpixel((0, 0))
    for r in render_variants(src, tmp_path / "uit", "kleur"):
        with Image.open(r.path) as image:
            got = image.convert("RGB").getpixel((r.width // 2, r.height // 2))
        assert all(abs(g - e) <= 4 for g, e in zip(got, expected, strict=True)), (r, got)


def test_same_input_gives_same_bytes(source: Path, tmp_path: Path) -> None:
    first = render_variants(source, tmp_path / "een", "plantje")
    second = render_variants(source, tmp_path / "twee", "plantje")
    assert [r.path.read_bytes() for r in first] == [r.path.read_bytes() for r in second]


def test_unchanged_files_are_not_rewritten(source: Path, tmp_path: Path) -> None:
    out = tmp_path / "uit"
    first = render_variants(source, out, "plantje")
    for r in first:
        os.utime(r.path, ns=(1_000_000_000, 1_000_000_000))
    render_variants(source, out, "plantje")
    assert {r.path.stat().st_mtime_ns for r in first} == {1_000_000_000}


def test_small_source_is_not_upscaled(tmp_path: Path) -> None:
    src = builders.clean_jpeg(tmp_path / "klein.jpg", (300, 200))
    renditions = render_variants(src, tmp_path / "uit", "klein")
    assert {(r.width, r.height) for r in renditions} == {(300, 200)}
    assert sorted(r.mime for r in renditions) == ["image/jpeg", "image/webp"]


def test_orientation_is_applied(tmp_path: Path) -> None:
    src = tmp_path / "staand.jpg"
    builders.picture((640, 480)).save(src, "JPEG", exif=builders.exif_without_gps(6))
    renditions = render_variants(src, tmp_path / "uit", "staand")
    assert [(r.width, r.height) for r in renditions][::2] == [(480, 640)]


@pytest.mark.parametrize("mode", ["CMYK", "L", "LA", "P", "RGBA", "1"])
def test_other_modes_become_rgb_or_rgba(tmp_path: Path, mode: str) -> None:
    src = tmp_path / ("bron.jpg" if mode in ("CMYK", "L") else "bron.png")
    image = builders.picture((500, 300)).convert(mode)
    if mode in ("RGBA", "LA"):
        image.putalpha(Image.linear_gradient("L").resize((500, 300)))
    image.save(src)
    renditions = render_variants(src, tmp_path / "uit", "bron")
    for r in renditions:
        with Image.open(r.path) as out:
            if r.mime == "image/jpeg":
                assert out.mode == "RGB"
            else:
                assert out.mode == ("RGBA" if mode in ("RGBA", "LA") else "RGB")


def test_transparent_parts_become_white_in_jpeg(tmp_path: Path) -> None:
    src = tmp_path / "doorzichtig.png"
    Image.new("RGBA", (500, 300), (255, 0, 0, 0)).save(src)
    jpeg = next(r for r in render_variants(src, tmp_path / "uit", "d") if r.mime == "image/jpeg")
    with Image.open(jpeg.path) as out:
        assert all(c >= 250 for c in out.getpixel((10, 10)))


def test_broken_source_raises_dutch_error(tmp_path: Path) -> None:
    src = builders.truncated_jpeg(tmp_path / "half.jpg")
    with pytest.raises(ImageError, match="kapot"):
        render_variants(src, tmp_path / "uit", "half")


def test_picture_html(tmp_path: Path) -> None:
    renditions = [
        Rendition(tmp_path / f"plant je-{w}.{ext}", w, w * 3 // 4, mime)
        for w in (480, 960, 1440)
        for ext, mime in (("webp", "image/webp"), ("jpg", "image/jpeg"))
    ]
    html = picture_html(renditions, 'Een "plant" & <kat>', "/verhalen/een-plantje")
    assert html == (
        "<picture>"
        '<source type="image/webp" srcset="/verhalen/een-plantje/plant%20je-480.webp 480w, '
        "/verhalen/een-plantje/plant%20je-960.webp 960w, "
        '/verhalen/een-plantje/plant%20je-1440.webp 1440w" '
        'sizes="(min-width: 50em) 48em, 100vw">'
        '<img src="/verhalen/een-plantje/plant%20je-960.jpg" '
        'srcset="/verhalen/een-plantje/plant%20je-480.jpg 480w, '
        "/verhalen/een-plantje/plant%20je-960.jpg 960w, "
        '/verhalen/een-plantje/plant%20je-1440.jpg 1440w" '
        'sizes="(min-width: 50em) 48em, 100vw" width="960" height="720" '
        'alt="Een &quot;plant&quot; &amp; &lt;kat&gt;" loading="lazy" decoding="async">'
        "</picture>"
    )


def test_picture_html_of_a_small_photo_uses_what_there_is(tmp_path: Path) -> None:
    src = builders.clean_jpeg(tmp_path / "klein.jpg", (300, 200))
    html = picture_html(render_variants(src, tmp_path / "uit", "klein"), "Klein", "/x/")
    assert '<img src="/x/klein-300.jpg"' in html and 'width="300" height="200"' in html
    with pytest.raises(ValueError):
        picture_html([], "leeg", "/x/")
