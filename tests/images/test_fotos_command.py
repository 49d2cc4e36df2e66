"""`welkom fotos --strip PAD…`: one Dutch line per photo, and exit codes a script can use."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from tests.images import builders
from welkom.cli import main
from welkom.commands.fotos import run_fotos
from welkom.images import inspect_image

DONE = "GPS en andere verborgen gegevens weggehaald."


def test_cli_wiring(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    builders.jpeg_with_everything(tmp_path / "plantje.jpg")
    monkeypatch.chdir(tmp_path)
    assert main(["fotos", "--strip", "plantje.jpg"]) == 0
    captured = capsys.readouterr()
    assert captured.out == f"plantje.jpg: {DONE}\n"
    assert captured.err == ""
    assert inspect_image(tmp_path / "plantje.jpg", "plantje.jpg") == []


def test_folder_is_searched_and_bad_files_do_not_stop_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "verhalen"
    (folder / "noord").mkdir(parents=True)
    builders.jpeg_with_gps(folder / "b-plantje.jpg")
    builders.png_with_text(folder / "noord" / "werkbank.PNG")
    builders.truncated_jpeg(folder / "a-half.jpg")
    (folder / "een-plantje.md").write_text("---\ntitel: x\n---\n", encoding="utf-8")
    (folder / ".verborgen.jpg").write_text("niet aanraken", encoding="utf-8")

    assert run_fotos([folder]) == 1
    captured = capsys.readouterr()
    assert captured.out == (
        f"{folder / 'b-plantje.jpg'}: {DONE}\n{folder / 'noord' / 'werkbank.PNG'}: {DONE}\n"
    )
    assert captured.err == (
        f"{folder / 'a-half.jpg'}:1:1: fout: `a-half.jpg` is kapot of niet helemaal "
        "opgeslagen. Open de foto in een fotoprogramma, sla hem opnieuw op als jpg, en zet hem "
        "opnieuw op zijn plek.\n"
    )
    with Image.open(folder / "noord" / "werkbank.PNG") as image:
        assert image.format == "PNG" and "Author" not in image.info and "exif" not in image.info
    assert (folder / ".verborgen.jpg").read_text(encoding="utf-8") == "niet aanraken"


def test_a_named_file_that_is_no_photo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    brief = tmp_path / "brief.jpg"
    brief.write_text("Beste buren,\n", encoding="utf-8")
    assert run_fotos([brief]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"{brief}:1:1: fout: `brief.jpg` is geen foto, ook al lijkt de naam daarop. "
        "Kies een foto in jpg, png of webp.\n"
    )


def test_missing_path_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    photo = builders.jpeg_with_gps(tmp_path / "plantje.jpg")
    before = photo.read_bytes()
    assert run_fotos([photo, tmp_path / "weg.jpg"]) == 2
    captured = capsys.readouterr()
    assert captured.err == (
        f"welkom: fout: {tmp_path / 'weg.jpg'} bestaat niet. Controleer de naam en de map.\n"
    )
    assert photo.read_bytes() == before  # nothing is changed when the command is wrong


def test_folder_without_photos(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_fotos([tmp_path]) == 0
    assert capsys.readouterr().err == f"Geen foto's (jpg, png of webp) gevonden in {tmp_path}.\n"


def test_same_photo_twice_is_cleaned_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    photo = builders.jpeg_with_gps(tmp_path / "plantje.jpg")
    assert run_fotos([photo, tmp_path]) == 0
    assert capsys.readouterr().out == f"{photo}: {DONE}\n"
