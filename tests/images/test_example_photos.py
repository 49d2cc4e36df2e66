"""The fictional example photos are safe to publish as they are."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from tests.images.draw_examples import FIXTURES
from welkom.images import inspect_image

EXAMPLES = sorted(FIXTURES.glob("*.jpg"))


def test_there_are_examples() -> None:
    assert [p.name for p in EXAMPLES] == ["plantje.jpg", "werkbank.jpg"]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_is_small_clean_and_passes_the_guard(path: Path) -> None:
    assert 20_000 <= path.stat().st_size <= 60_000
    assert inspect_image(path, path.name) == []
    with Image.open(path) as image:
        assert image.format == "JPEG"
        assert set(image.info) <= {"jfif", "jfif_version", "jfif_unit", "jfif_density", "dpi"}
        assert dict(image.getexif()) == {}
