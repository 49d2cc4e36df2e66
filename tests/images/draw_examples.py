"""Draw the fictional example photos in tests/images/fixtures/ (no people, no metadata).

Run `python -m tests.images.draw_examples` from the repository root to make them again; the
drawing is seeded, so the same Pillow gives the same files.
"""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

FIXTURES = Path(__file__).parent / "fixtures"
SIZE = (960, 720)


def _grain(image: Image.Image, seed: int, amount: int = 14) -> Image.Image:
    """Soft noise, so the drawing compresses like a photo and not like a diagram."""
    rng = random.Random(seed)
    noise = Image.new("L", (SIZE[0] // 4, SIZE[1] // 4))
    noise.putdata([128 + rng.randint(-amount, amount) for _ in range(noise.width * noise.height)])
    noise = noise.resize(SIZE, Image.Resampling.BICUBIC).filter(ImageFilter.GaussianBlur(1))
    return Image.composite(
        image, Image.new("RGB", SIZE, (0, 0, 0)), noise.point(lambda v: 215 + v // 6)
    )


def plant_on_doormat() -> Image.Image:
    image = Image.new("RGB", SIZE, (196, 186, 170))  # a porch floor of tiles
    draw = ImageDraw.Draw(image)
    for x in range(0, SIZE[0], 120):
        for y in range(0, SIZE[1], 120):
            draw.rectangle((x, y, x + 116, y + 116), fill=(204 - (x + y) % 17, 192, 176))
    draw.rectangle((0, 0, SIZE[0], 170), fill=(120, 84, 58))  # the front door
    draw.rectangle((430, 40, 530, 150), fill=(150, 110, 80))
    draw.ellipse((600, 80, 624, 104), fill=(212, 175, 55))  # door handle
    draw.rounded_rectangle((200, 300, 760, 650), radius=24, fill=(132, 96, 52))  # doormat
    for x in range(220, 745, 12):
        draw.line((x, 318, x, 632), fill=(112, 80, 42), width=4)
    draw.text((420, 455), "WELKOM", fill=(70, 48, 24))
    draw.polygon([(420, 520), (540, 520), (520, 630), (440, 630)], fill=(186, 92, 60))  # pot
    draw.rectangle((410, 505, 550, 528), fill=(170, 80, 50))
    for i, (dx, dy) in enumerate([(-90, -160), (-40, -210), (10, -230), (60, -200), (100, -150)]):
        draw.line((480, 510, 480 + dx, 510 + dy), fill=(60, 120, 50), width=6)
        draw.ellipse(
            (480 + dx - 34, 510 + dy - 20, 480 + dx + 34, 510 + dy + 20),
            fill=(70 + i * 8, 150 + i * 6, 60),
        )
    draw.ellipse((455, 250, 505, 300), fill=(235, 200, 60))  # one yellow flower
    return _grain(image.filter(ImageFilter.GaussianBlur(1.2)), seed=1)


def repair_workbench() -> Image.Image:
    image = Image.new("RGB", SIZE, (224, 221, 206))  # wall
    draw = ImageDraw.Draw(image)
    draw.rectangle((80, 60, 880, 330), fill=(178, 150, 110))  # pegboard
    for x in range(100, 870, 30):
        for y in range(80, 320, 30):
            draw.ellipse((x, y, x + 6, y + 6), fill=(120, 98, 70))
    draw.rectangle((150, 110, 170, 260), fill=(90, 90, 96))  # screwdriver
    draw.rectangle((145, 90, 175, 150), fill=(200, 40, 40))
    draw.polygon([(260, 120), (300, 120), (290, 280), (270, 280)], fill=(110, 110, 118))
    draw.rectangle((360, 140, 520, 170), fill=(60, 60, 64))  # hammer
    draw.rectangle((430, 170, 450, 300), fill=(150, 105, 60))
    draw.ellipse((600, 120, 720, 240), outline=(40, 40, 40), width=10)  # tape roll
    draw.rectangle((0, 420, SIZE[0], 470), fill=(150, 108, 64))  # workbench top
    draw.rectangle((0, 470, SIZE[0], SIZE[1]), fill=(120, 86, 50))
    draw.rectangle((90, 470, 130, SIZE[1]), fill=(95, 66, 38))
    draw.rectangle((830, 470, 870, SIZE[1]), fill=(95, 66, 38))
    draw.rounded_rectangle((220, 330, 480, 430), radius=18, fill=(196, 196, 200))  # a toaster
    draw.rectangle((260, 318, 320, 334), fill=(60, 60, 60))
    draw.rectangle((360, 318, 420, 334), fill=(60, 60, 60))
    draw.rectangle((560, 380, 760, 425), fill=(40, 90, 150))  # a lamp base
    draw.polygon([(600, 380), (720, 380), (690, 300), (630, 300)], fill=(240, 220, 120))
    draw.line((520, 410, 560, 400), fill=(30, 30, 30), width=5)  # its cable
    return _grain(image.filter(ImageFilter.GaussianBlur(1.2)), seed=2)


def main() -> None:
    FIXTURES.mkdir(parents=True, exist_ok=True)
    for name, draw in (("plantje.jpg", plant_on_doormat), ("werkbank.jpg", repair_workbench)):
        draw().save(FIXTURES / name, "JPEG", quality=85, optimize=True)


if __name__ == "__main__":
    main()
