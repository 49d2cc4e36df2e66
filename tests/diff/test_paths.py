"""Which changed paths are data, photos, misplaced files or nothing at all (as `welkom check`)."""

from __future__ import annotations

import pytest

from welkom.diff.paths import FileKind, classify


@pytest.mark.parametrize(
    ("path", "kind", "gemeente", "buurt", "slug"),
    [
        ("buurten/_landelijk.yml", FileKind.LANDELIJK, None, None, None),
        ("buurten/voorbeeldstad/_gemeente.yml", FileKind.GEMEENTE, "voorbeeldstad", None, None),
        (
            "buurten/voorbeeldstad/kiem-noord.yml",
            FileKind.BUURT,
            "voorbeeldstad",
            "kiem-noord",
            None,
        ),
        (
            "activiteiten/voorbeeldstad/kiem-noord/repair-cafe.yml",
            FileKind.ACTIVITEIT,
            "voorbeeldstad",
            "kiem-noord",
            "repair-cafe",
        ),
        ("verhalen/welkom.md", FileKind.VERHAAL, None, None, "welkom"),
        (
            "verhalen/voorbeeldstad/kiem-noord/plant.md",
            FileKind.VERHAAL,
            "voorbeeldstad",
            "kiem-noord",
            "plant",
        ),
        (
            "verhalen/voorbeeldstad/kiem-noord/plant.JPG",
            FileKind.FOTO,
            "voorbeeldstad",
            "kiem-noord",
            None,
        ),
        ("buurten/voorbeeldstad/buurthuis.webp", FileKind.FOTO, "voorbeeldstad", None, None),
        ("verhalen/plant.jpg", FileKind.FOTO, None, None, None),
        ("buurten/voorbeeldstad/Kiem Noord.yml", FileKind.OTHER, None, None, None),
        ("activiteiten/voorbeeldstad/repair-cafe.yml", FileKind.OTHER, None, None, None),
        ("buurten/voorbeeldstad/kiem-noord.yaml", FileKind.OTHER, None, None, None),
        ("buurten/README.md", FileKind.IGNORED, None, None, None),
        ("verhalen/voorbeeldstad/.gitkeep", FileKind.IGNORED, None, None, None),
    ],
)
def test_classify(
    path: str, kind: FileKind, gemeente: str | None, buurt: str | None, slug: str | None
) -> None:
    found = classify(path)
    assert (found.kind, found.gemeente, found.buurt, found.slug) == (kind, gemeente, buurt, slug)
