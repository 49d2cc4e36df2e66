"""`inspect_image`: GPS, bombs, broken files and non-photos are refused in plain Dutch."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from tests.images import builders
from welkom.images import MAX_PIXELS, inspect_image
from welkom.problems import Problem, Severity

GPS_MESSAGE = (
    "Deze foto bevat de plek waar hij gemaakt is (GPS). Haal die gegevens weg met "
    "`welkom fotos --strip verhalen/plantje.jpg`, en controleer de foto opnieuw."
)


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, problems
    return problems[0]


def test_gps_in_exif_is_refused_with_the_fix(tmp_path: Path) -> None:
    path = builders.jpeg_with_gps(tmp_path / "plantje.jpg")
    problem = only(inspect_image(path, "verhalen/plantje.jpg"))
    assert problem == Problem("verhalen/plantje.jpg", 1, 1, Severity.ERROR, "foto.gps", GPS_MESSAGE)


def test_position_is_passed_through(tmp_path: Path) -> None:
    path = builders.jpeg_with_gps(tmp_path / "plantje.jpg")
    problem = only(inspect_image(path, "verhalen/plantje.jpg", (7, 12)))
    assert (problem.line, problem.column) == (7, 12)


@pytest.mark.parametrize("build", [builders.png_with_text, builders.webp_with_everything])
def test_gps_in_png_and_webp_is_refused(tmp_path: Path, build) -> None:
    path = build(tmp_path / "foto.img")
    assert only(inspect_image(path, "verhalen/plantje.jpg")).code == "foto.gps"


def test_gps_only_in_xmp_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plantje.jpg"
    builders.picture().save(path, "JPEG", xmp=builders.XMP)
    assert only(inspect_image(path, "verhalen/plantje.jpg")).message == GPS_MESSAGE


def test_gps_version_alone_says_no_place(tmp_path: Path) -> None:
    exif = builders.exif_without_gps()
    exif.get_ifd(0x8825)[0] = b"\x02\x02\x00\x00"
    path = tmp_path / "plantje.jpg"
    builders.picture().save(path, "JPEG", exif=exif, xmp=builders.XMP_NO_GPS)
    assert inspect_image(path, "plantje.jpg") == []


def test_clean_photos_pass(tmp_path: Path) -> None:
    for name, fmt in (("a.jpg", "JPEG"), ("b.png", "PNG"), ("c.webp", "WEBP")):
        builders.picture().save(tmp_path / name, fmt, exif=builders.exif_without_gps(3))
        assert inspect_image(tmp_path / name, name) == []


def test_decompression_bomb_is_too_big(tmp_path: Path) -> None:
    path = builders.png_claiming(tmp_path / "bom.png", 100_000, 100_000)
    assert path.stat().st_size < 200
    problem = only(inspect_image(path, "buurten/x/bom.png"))
    assert problem.code == "foto.too-big"
    assert problem.message == (
        "`bom.png` is te groot: meer dan 40 megapixels. Welkom neemt foto's tot 40 megapixels. "
        "Maak de foto kleiner (bijvoorbeeld 2000 pixels breed) en sla hem opnieuw op."
    )


def test_over_our_limit_but_under_pillows_names_the_size(tmp_path: Path) -> None:
    assert MAX_PIXELS < 8000 * 6000
    assert Image.MAX_IMAGE_PIXELS > 8000 * 6000  # so our own limit is what refuses it
    path = builders.png_claiming(tmp_path / "groot.png", 8000, 6000)
    problem = only(inspect_image(path, "groot.png"))
    assert problem.code == "foto.too-big"
    assert "`groot.png` is te groot: 8000 × 6000 pixels." in problem.message


def test_truncated_jpeg_is_broken(tmp_path: Path) -> None:
    path = builders.truncated_jpeg(tmp_path / "half.jpg")
    problem = only(inspect_image(path, "half.jpg"))
    assert problem.code == "foto.broken"
    assert problem.message.startswith("`half.jpg` is kapot of niet helemaal opgeslagen.")


def test_png_with_a_bad_checksum_is_broken(tmp_path: Path) -> None:
    path = tmp_path / "kapot.png"
    builders.picture().save(path, "PNG")
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    assert only(inspect_image(path, "kapot.png")).code == "foto.broken"


def test_text_named_jpg_is_not_a_photo(tmp_path: Path) -> None:
    path = tmp_path / "plantje.jpg"
    path.write_text("Dit is een brief, geen foto.\n", encoding="utf-8")
    problem = only(inspect_image(path, "plantje.jpg"))
    assert problem.code == "foto.not-image"
    assert problem.message == (
        "`plantje.jpg` is geen foto, ook al lijkt de naam daarop. "
        "Kies een foto in jpg, png of webp."
    )


def test_empty_file_is_not_a_photo(tmp_path: Path) -> None:
    (tmp_path / "leeg.png").write_bytes(b"")
    assert only(inspect_image(tmp_path / "leeg.png", "leeg.png")).code == "foto.not-image"


def test_pdf_named_jpg(tmp_path: Path) -> None:
    path = tmp_path / "folder.jpg"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    assert only(inspect_image(path, "folder.jpg")).message == (
        "`folder.jpg` is een PDF, geen foto. Kies een foto in jpg, png of webp."
    )


@pytest.mark.parametrize(("fmt", "label"), [("GIF", "GIF"), ("TIFF", "TIFF"), ("BMP", "BMP")])
def test_other_formats_list_what_we_take(tmp_path: Path, fmt: str, label: str) -> None:
    path = tmp_path / "foto.jpg"
    builders.picture().save(path, fmt)
    problem = only(inspect_image(path, "foto.jpg"))
    assert problem.code == "foto.format"
    assert problem.message == (
        f"`foto.jpg` is een {label}-bestand. Welkom kan alleen foto's in jpg, png of webp "
        "gebruiken. Sla de foto opnieuw op als jpg, png of webp."
    )


def test_heic_from_a_phone_says_how_to_get_jpg(tmp_path: Path) -> None:
    path = tmp_path / "IMG_0001.jpg"
    path.write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\0" * 64)
    problem = only(inspect_image(path, "IMG_0001.jpg"))
    assert problem.code == "foto.format"
    assert "HEIC-foto" in problem.message
    assert "Instellingen > Camera > Formaten > Meest compatibel" in problem.message


def test_missing_file(tmp_path: Path) -> None:
    problem = only(inspect_image(tmp_path / "weg.jpg", "weg.jpg"))
    assert problem.code == "foto.missing"
    assert problem.message == "`weg.jpg` bestaat niet. Controleer de naam en de map."
