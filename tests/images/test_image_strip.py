"""`strip_metadata`: the photo keeps its pixels and format, and loses everything else."""

from __future__ import annotations

import io
import stat
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageCms, PngImagePlugin

from tests.images import builders
from welkom.images import ImageError, inspect_image, strip_metadata

HIDDEN = {"exif", "xmp", "XML:com.adobe.xmp", "icc_profile", "comment", "Author", "Comment"}


def reopen(path: Path) -> Image.Image:
    image = Image.open(path)
    image.load()
    return image


def assert_nothing_hidden(path: Path, fmt: str) -> None:
    with reopen(path) as image:
        assert image.format == fmt
        assert not HIDDEN & set(image.info), image.info
        assert not any(isinstance(k, str) and k[:1].isupper() for k in image.info), image.info
        assert dict(image.getexif()) == {}
        assert image.getexif().get_ifd(0x8825) == {}
    data = path.read_bytes()
    for marker in (b"Exif", b"ICC_PROFILE", b"adobe", b"Kerkstraat", b"Voorbeeldcamera"):
        assert marker not in data, marker


def mean_difference(a: Image.Image, b: Image.Image) -> float:
    diff = ImageChops.difference(a.convert("RGB"), b.convert("RGB")).convert("L")
    return sum(i * n for i, n in enumerate(diff.histogram())) / (a.width * a.height)


def test_jpeg_loses_gps_xmp_comment_and_profile(tmp_path: Path) -> None:
    path = builders.jpeg_with_everything(tmp_path / "plantje.jpg")
    assert inspect_image(path, "plantje.jpg")[0].code == "foto.gps"
    strip_metadata(path)
    assert_nothing_hidden(path, "JPEG")
    assert inspect_image(path, "plantje.jpg") == []


def test_profile_is_converted_to_srgb_not_dropped(tmp_path: Path) -> None:
    path = tmp_path / "kleur.jpg"
    wide = builders.wide_rgb_profile()
    Image.new("RGB", (64, 64), (100, 150, 200)).save(path, "JPEG", quality=95, icc_profile=wide)
    with reopen(path) as before:
        expected = ImageCms.profileToProfile(
            before,
            ImageCms.ImageCmsProfile(io.BytesIO(wide)),
            ImageCms.createProfile("sRGB"),
            outputMode="RGB",
        ).getpixel((32, 32))
    strip_metadata(path)
    with reopen(path) as after:
        got = after.getpixel((32, 32))
    assert "icc_profile" not in reopen(path).info
    assert all(abs(g - e) <= 3 for g, e in zip(got, expected, strict=True)), (got, expected)
    assert abs(got[0] - 100) > 20  # really converted: Adobe-like red is not sRGB red


def test_orientation_is_applied_before_exif_goes(tmp_path: Path) -> None:
    path = tmp_path / "staand.jpg"
    builders.picture((320, 240)).save(path, "JPEG", exif=builders.exif_with_gps(orientation=6))
    strip_metadata(path)
    with reopen(path) as image:
        assert image.size == (240, 320)  # turned a quarter, as the camera meant
        assert dict(image.getexif()) == {}


def test_plain_jpeg_keeps_its_quality(tmp_path: Path) -> None:
    path = builders.jpeg_with_gps(tmp_path / "plantje.jpg")
    with reopen(path) as before:
        original = before.copy()
    strip_metadata(path)
    with reopen(path) as after:
        assert mean_difference(original, after) < 1.0


def test_png_loses_text_chunks_and_keeps_transparency(tmp_path: Path) -> None:
    path = builders.png_with_text(tmp_path / "plant.png")
    strip_metadata(path)
    assert_nothing_hidden(path, "PNG")

    palette = tmp_path / "logo.png"
    image = builders.picture((64, 64)).convert("P", palette=Image.Palette.ADAPTIVE, colors=16)
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Iemand")
    image.save(palette, "PNG", transparency=0, pnginfo=info)
    strip_metadata(palette)
    with reopen(palette) as cleaned:
        assert cleaned.mode == "P"
        assert cleaned.info == {"transparency": 0}


def test_webp_loses_everything(tmp_path: Path) -> None:
    path = builders.webp_with_everything(tmp_path / "plant.webp")
    strip_metadata(path)
    assert_nothing_hidden(path, "WEBP")
    data = path.read_bytes()
    assert b"EXIF" not in data and b"ICCP" not in data and b"XMP " not in data


def test_cmyk_jpeg_becomes_rgb(tmp_path: Path) -> None:
    path = tmp_path / "drukwerk.jpg"
    builders.picture().convert("CMYK").save(path, "JPEG", exif=builders.exif_with_gps())
    strip_metadata(path)
    with reopen(path) as image:
        assert image.mode == "RGB"
    assert_nothing_hidden(path, "JPEG")


def test_permissions_are_kept_and_no_temp_file_is_left(tmp_path: Path) -> None:
    path = builders.jpeg_with_gps(tmp_path / "plantje.jpg")
    path.chmod(0o640)
    strip_metadata(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["plantje.jpg"]


def test_broken_file_is_left_alone(tmp_path: Path) -> None:
    path = builders.truncated_jpeg(tmp_path / "half.jpg")
    before = path.read_bytes()
    with pytest.raises(ImageError) as caught:
        strip_metadata(path)
    assert caught.value.code == "foto.broken"
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["half.jpg"]


def test_multi_picture_jpeg_from_a_camera_becomes_one_plain_jpeg(tmp_path: Path) -> None:
    path = tmp_path / "camera.jpg"
    builders.picture().save(
        path,
        "MPO",
        save_all=True,
        append_images=[builders.picture(seed=2)],
        exif=builders.exif_with_gps(),
    )
    assert inspect_image(path, "camera.jpg")[0].code == "foto.gps"
    strip_metadata(path)
    assert_nothing_hidden(path, "JPEG")
    with reopen(path) as image:
        assert getattr(image, "n_frames", 1) == 1
