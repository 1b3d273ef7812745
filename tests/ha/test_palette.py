"""The palette strip: a valid PNG whose bands follow the steps' durations and colours."""

from __future__ import annotations

import io

from PIL import Image

from custom_components.synesthetic_dj.moodcore import LightStep
from custom_components.synesthetic_dj.palette import BACKGROUND, render_strip


def _png(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()  # verifies the chunks' CRCs and the compressed data
    return image.convert("RGB")


def test_empty_program_is_a_dark_strip() -> None:
    image = _png(render_strip(()))
    assert image.size == (640, 160)
    assert set(image.getdata()) == {BACKGROUND}


def test_bands_are_as_wide_as_the_steps_are_long() -> None:
    """A 3 s red step takes three quarters of the strip, a 1 s blue one the last quarter."""
    steps = (LightStep((255, 0, 0), 3.0, 1.0), LightStep((0, 0, 255), 1.0, 0.5))
    image = _png(render_strip(steps, width=400, height=100))
    assert image.getpixel((10, 5)) == (255, 0, 0)
    assert image.getpixel((295, 5)) == (255, 0, 0)
    assert image.getpixel((305, 5)) == (0, 0, 255)
    # The lower band shows each colour at its intensity.
    assert image.getpixel((10, 95)) == (255, 0, 0)
    assert image.getpixel((350, 95)) == (0, 0, 128)
    # A dark gap separates neighbouring bands.
    assert image.getpixel((299, 5)) == BACKGROUND
