"""Colour: turn whatever a camera or editor wrote into plain sRGB pixels without a profile.

A photo with an embedded ICC profile (Adobe RGB, Display P3, a CMYK print profile) looks wrong
when the profile is dropped without converting, so we convert its pixels to sRGB with
LittleCMS first. A profile that already is sRGB is just dropped.
"""

from __future__ import annotations

import io

from PIL import Image, ImageCms, ImageOps

from welkom.images.guard import ORIENTATION

_SRGB = ImageCms.createProfile("sRGB")
_ALPHA_MODES = ("RGBA", "LA", "PA", "RGBa", "La")


def embedded_profile(image: Image.Image) -> ImageCms.ImageCmsProfile | None:
    """The photo's ICC profile when its pixels need converting; None for none or sRGB."""
    icc = image.info.get("icc_profile")
    if not icc:
        return None
    try:
        profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        description = ImageCms.getProfileDescription(profile) or ""
    except (OSError, ImageCms.PyCMSError):
        return None  # a broken profile: treat the pixels as sRGB
    if "srgb" in description.lower():
        return None
    return profile


def has_alpha(image: Image.Image) -> bool:
    return image.mode in _ALPHA_MODES or "transparency" in image.info


def upright(image: Image.Image) -> tuple[Image.Image, bool]:
    """Apply the EXIF orientation to the pixels; True when that changed the image."""
    try:
        orientation = image.getexif().get(ORIENTATION, 1)
    except Exception:  # a mangled EXIF block has no orientation we can trust
        return image, False
    if orientation in (0, 1):
        return image, False
    turned = ImageOps.exif_transpose(image)
    return (turned, True) if turned is not None else (image, False)


def eight_bit(image: Image.Image) -> Image.Image:
    """16-bit and 1-bit greyscale to 8-bit, scaling instead of clipping."""
    if image.mode in ("I;16", "I;16L", "I;16B", "I;16N", "I"):
        top = 65535 if image.mode != "I" or (image.getextrema()[1] or 0) > 255 else 255
        return image.convert("I").point(lambda v: v * (255 / top)).convert("L")
    if image.mode == "F":
        return image.convert("L")
    if image.mode == "1":
        return image.convert("L")
    return image


def to_srgb(image: Image.Image, profile: ImageCms.ImageCmsProfile) -> Image.Image:
    """Convert the pixels from ``profile`` to sRGB; the result is RGB or RGBA."""
    alpha = None
    if has_alpha(image):
        image = image.convert("LA" if image.mode in ("L", "LA", "La") else "RGBA")
        alpha = image.getchannel("A")
        image = image.convert("L" if image.mode == "LA" else "RGB")
    elif image.mode not in ("RGB", "L", "CMYK"):
        image = image.convert("RGB")
    try:
        out = ImageCms.profileToProfile(
            image,
            profile,
            _SRGB,
            renderingIntent=ImageCms.Intent.PERCEPTUAL,
            outputMode="RGB",
        )
    except ImageCms.PyCMSError:
        out = None  # a profile that does not fit the pixels (say, an RGB profile on grey)
    if out is None:
        out = image.convert("RGB")
    if alpha is not None:
        out.putalpha(alpha)
    return out
