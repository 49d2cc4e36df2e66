"""`check_photos`: photos of places and stories, located at their `bestand:` line."""

from __future__ import annotations

import textwrap
from pathlib import Path

from tests.images import builders
from welkom.check import load_site
from welkom.check.photos import CONSENT_MESSAGE, check_photos
from welkom.problems import Problem, Severity

BUURT = "buurten/testdorp/centrum.yml"
STORY = "verhalen/testdorp/centrum/een-plantje.md"


def write(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")


def make_site(
    tmp_path: Path,
    plek_foto: str = "werkbank.jpg",
    story_foto: str = "plantje.jpg",
    personen: str = "",
) -> Path:
    root = tmp_path / "site"
    write(root, "buurten/_landelijk.yml", "hulp: []\n")
    write(root, "buurten/testdorp/_gemeente.yml", "naam: Testdorp\n")
    write(
        root,
        BUURT,
        f"""
        naam: Centrum
        plekken:
          - id: buurthuis
            naam: Buurthuis De Kiem
            soort: buurthuis
            foto:
              bestand: {plek_foto}
              alt: Een werkbank met gereedschap
        """,
    )
    write(
        root,
        STORY,
        f"""
        ---
        titel: Een plantje voor de buren
        datum: 2026-10
        verteller: een nieuwe bewoner
        toestemming: true
        foto:
          bestand: {story_foto}
          alt: Een plantje op een deurmat
        {personen}
        ---
        Toen ik hier kwam wonen, kende ik niemand.
        """,
    )
    return root


def problems_of(root: Path) -> list[Problem]:
    """Photo problems as `welkom check` reports them (load_site runs check_photos)."""
    site = load_site(root)
    photos = [p for p in site.problems if p.code.startswith("foto.")]
    assert [p for p in site.errors if p not in photos] == []
    assert sorted(check_photos(site), key=Problem.sort_key) == sorted(photos, key=Problem.sort_key)
    return photos


def test_clean_photos_give_no_problems(tmp_path: Path) -> None:
    root = make_site(tmp_path)
    builders.clean_jpeg(root / "buurten/testdorp/werkbank.jpg")
    builders.clean_jpeg(root / "verhalen/testdorp/centrum/plantje.jpg")
    assert problems_of(root) == []


def test_gps_is_reported_at_the_bestand_line(tmp_path: Path) -> None:
    root = make_site(tmp_path)
    builders.jpeg_with_gps(root / "buurten/testdorp/werkbank.jpg")
    builders.jpeg_with_gps(root / "verhalen/testdorp/centrum/plantje.jpg")
    assert problems_of(root) == [
        Problem(
            BUURT,
            7,
            16,
            Severity.ERROR,
            "foto.gps",
            "Deze foto bevat de plek waar hij gemaakt is (GPS). Haal die gegevens weg met "
            "`welkom fotos --strip buurten/testdorp/werkbank.jpg`, en controleer de foto "
            "opnieuw.",
            "plekken[0].foto.bestand",
        ),
        Problem(
            STORY,
            7,
            12,
            Severity.ERROR,
            "foto.gps",
            "Deze foto bevat de plek waar hij gemaakt is (GPS). Haal die gegevens weg met "
            "`welkom fotos --strip verhalen/testdorp/centrum/plantje.jpg`, en controleer de "
            "foto opnieuw.",
            "foto.bestand",
        ),
    ]


def test_missing_photo_suggests_a_close_name(tmp_path: Path) -> None:
    root = make_site(tmp_path)
    builders.clean_jpeg(root / "buurten/testdorp/Werkbank.JPG")
    builders.clean_jpeg(root / "verhalen/testdorp/centrum/plantjes.jpeg")
    found = problems_of(root)
    assert [(p.path, p.line, p.code) for p in found] == [
        (BUURT, 7, "foto.missing"),
        (STORY, 7, "foto.missing"),
    ]
    assert found[0].message == (
        "De foto `werkbank.jpg` staat niet in de map buurten/testdorp/. Zet de foto in die map, "
        "naast dit bestand, of verbeter de bestandsnaam. Bedoel je `Werkbank.JPG`?"
    )
    assert found[1].message.endswith("Bedoel je `plantjes.jpeg`?")


def test_missing_photo_without_a_guess(tmp_path: Path) -> None:
    root = make_site(tmp_path)
    builders.clean_jpeg(root / "verhalen/testdorp/centrum/plantje.jpg")
    (found,) = problems_of(root)
    assert found.message == (
        "De foto `werkbank.jpg` staat niet in de map buurten/testdorp/. Zet de foto in die map, "
        "naast dit bestand, of verbeter de bestandsnaam."
    )


def test_recognisable_people_need_consent(tmp_path: Path) -> None:
    root = make_site(tmp_path, personen="  herkenbare_personen: true")
    builders.clean_jpeg(root / "buurten/testdorp/werkbank.jpg")
    builders.clean_jpeg(root / "verhalen/testdorp/centrum/plantje.jpg")
    assert problems_of(root) == [
        Problem(
            STORY,
            9,
            24,
            Severity.ERROR,
            "foto.consent",
            CONSENT_MESSAGE,
            "foto.herkenbare_personen",
        )
    ]
    assert CONSENT_MESSAGE == (
        "Er staan herkenbare mensen op deze foto. Zet hem alleen online als zij toestemming "
        "gaven: zet dan `toestemming: true`. Anders: kies een foto zonder herkenbare mensen."
    )


def test_consent_given_is_fine(tmp_path: Path) -> None:
    personen = "  herkenbare_personen: true\n          toestemming: true"
    root = make_site(tmp_path, personen=personen)
    builders.clean_jpeg(root / "buurten/testdorp/werkbank.jpg")
    builders.clean_jpeg(root / "verhalen/testdorp/centrum/plantje.jpg")
    assert problems_of(root) == []


def test_broken_and_fake_photos(tmp_path: Path) -> None:
    root = make_site(tmp_path)
    builders.truncated_jpeg(root / "buurten/testdorp/werkbank.jpg")
    (root / "verhalen/testdorp/centrum/plantje.jpg").write_text("geen foto", encoding="utf-8")
    found = problems_of(root)
    assert [(p.path, p.line, p.code) for p in found] == [
        (BUURT, 7, "foto.broken"),
        (STORY, 7, "foto.not-image"),
    ]
    assert found[0].message.startswith("`werkbank.jpg` is kapot")
