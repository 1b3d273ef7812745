"""Draw a lighting program as a PNG strip: one band per step, as wide as the step is long.

The upper part shows each colour as composed; the lower part shows it at the step's
intensity, so the brightness swing of the program is visible too. Written with numpy and
zlib only, in the event loop: a strip is a few kilobytes and takes well under a millisecond.
"""

from __future__ import annotations

from collections.abc import Sequence
import struct
import zlib

import numpy as np

from .moodcore import LightStep

WIDTH = 640
HEIGHT = 160
GAP = 2  # dark pixels between bands, so neighbouring similar colours stay distinct
BACKGROUND = (32, 33, 36)
_LOWER = 0.3  # share of the height that shows intensity


def _chunk(kind: bytes, payload: bytes) -> bytes:
    body = kind + payload
    return struct.pack(">I", len(payload)) + body + struct.pack(">I", zlib.crc32(body))


def encode_png(pixels: np.ndarray) -> bytes:
    """Encode an (height, width, 3) uint8 array as an 8-bit RGB PNG."""
    height, width, _ = pixels.shape
    # Filter type 0 (None) on every row: a byte of 0 before each row of pixels.
    rows = np.concatenate([np.zeros((height, 1), np.uint8), pixels.reshape(height, -1)], axis=1)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"".join(
        (
            b"\x89PNG\r\n\x1a\n",
            _chunk(b"IHDR", header),
            _chunk(b"IDAT", zlib.compress(rows.tobytes(), 9)),
            _chunk(b"IEND", b""),
        )
    )


def render_strip(steps: Sequence[LightStep], width: int = WIDTH, height: int = HEIGHT) -> bytes:
    """The PNG strip of ``steps``; an empty program gives a plain dark strip."""
    pixels = np.empty((height, width, 3), np.uint8)
    pixels[:] = BACKGROUND
    total = sum(step.duration for step in steps)
    if total <= 0:
        return encode_png(pixels)
    split = round(height * (1.0 - _LOWER))
    edges = np.round(np.cumsum([0.0] + [s.duration for s in steps]) / total * width).astype(int)
    for step, start, end in zip(steps, edges[:-1], edges[1:], strict=True):
        stop = max(start + 1, end - GAP)
        rgb = np.array(step.rgb, np.float64)
        pixels[: split - GAP, start:stop] = rgb.astype(np.uint8)
        pixels[split:, start:stop] = np.round(rgb * step.intensity).astype(np.uint8)
    return encode_png(pixels)
