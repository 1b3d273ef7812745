"""Deterministic composer: Interpretation → Ambiance (lighting steps + track + narration).

- palette: the mood's catalog palette, hues nudged warmer for high valence and cooler for low
  valence (at most ``MAX_HUE_SHIFT`` degrees); explicit colour wishes replace it. Steps cycle
  through the palette; each new cycle uses subtle variants so no two steps look the same.
- arousal: shorter steps (the transition lasts the whole step) and a wider, faster brightness
  swing between the mood's ``intensity_min`` and ``intensity_max``.
- brightness wishes: "dim" scales intensity by ``DIM_FACTOR``; "bright" pulls it toward 1.
"""

from __future__ import annotations

import colorsys
import math
from typing import Final

from .catalog import RGB, load_catalog
from .contract import (
    COLOR_RGB,
    Ambiance,
    ContractError,
    Diagnostics,
    Interpretation,
    LightStep,
    Track,
    validate_interpretation,
)
from .narration import narrate

DEFAULT_STEPS: Final = 8
MAX_STEPS: Final = 64
MAX_HUE_SHIFT: Final = 10.0  # degrees
WARM_HUE: Final = 30.0
COOL_HUE: Final = 220.0
DIM_FACTOR: Final = 0.4
BRIGHT_FLOOR: Final = 0.8
MIN_INTENSITY: Final = 0.02
MIN_DURATION: Final = 0.5
MAX_DURATION: Final = 120.0
MEDIA_SOURCE_PREFIX: Final = "media-source://synesthetic_dj/"


def _clamp(value: float, low: float = 0.0, high: float = 1.0) -> float:
    return max(low, min(high, value))


def _to_rgb(h: float, s: float, v: float) -> RGB:
    r, g, b = colorsys.hsv_to_rgb((h / 360.0) % 1.0, _clamp(s), _clamp(v))
    return (round(r * 255), round(g * 255), round(b * 255))


def _hsv(rgb: RGB) -> tuple[float, float, float]:
    h, s, v = colorsys.rgb_to_hsv(rgb[0] / 255.0, rgb[1] / 255.0, rgb[2] / 255.0)
    return h * 360.0, s, v


def _toward(hue: float, target: float, amount: float) -> float:
    """Move ``hue`` toward ``target`` along the short way by at most ``amount`` degrees."""
    delta = (target - hue + 180.0) % 360.0 - 180.0
    return hue + max(-amount, min(amount, delta))


def shift_hue(rgb: RGB, valence: float) -> RGB:
    """Warmer for valence above 0.5, cooler below; greys and whites are left alone."""
    h, s, v = _hsv(rgb)
    if s < 0.12:
        return rgb
    amount = abs(valence - 0.5) * 2.0 * MAX_HUE_SHIFT
    return _to_rgb(_toward(h, WARM_HUE if valence >= 0.5 else COOL_HUE, amount), s, v)


def variant(rgb: RGB, round_: int) -> RGB:
    """``round_`` 0 is the colour itself; later rounds are subtle neighbours of it (hue a few
    degrees either side, a little darker or paler) so repeated colours still differ."""
    if round_ == 0:
        return rgb
    h, s, v = _hsv(rgb)
    side = 1.0 if round_ % 2 else -1.0
    offset = side * 7.0 * ((round_ + 1) // 2)
    if s < 0.12:  # whites and greys: tint slightly warm / cool
        return _to_rgb(35.0 if side > 0 else 210.0, 0.06 * ((round_ + 1) // 2), v)
    return _to_rgb(
        h + max(-21.0, min(21.0, offset)),
        s * (0.92 if side > 0 else 1.0),
        v * (0.88 if side < 0 else 1.0),
    )


def build_palette(interp: Interpretation) -> list[RGB]:
    """Wished colours (in the order asked) or the mood's valence-shifted catalog palette."""
    if interp.wishes.colors:
        return [COLOR_RGB[name] for name in interp.wishes.colors]
    entry = load_catalog()[interp.mood]
    return [shift_hue(rgb, interp.valence) for rgb in entry.palette]


def _check_steps(steps: int | None) -> int:
    if steps is None:
        return DEFAULT_STEPS
    if isinstance(steps, bool) or not isinstance(steps, int) or not 1 <= steps <= MAX_STEPS:
        raise ContractError(
            f"steps must be an integer in 1..{MAX_STEPS}, got {steps!r}",
            translation_key="invalid_steps",
            placeholders={"steps": str(steps), "max": str(MAX_STEPS)},
        )
    return steps


def compose(
    interpretation: Interpretation, *, steps: int | None = None, track_uri: str | None = None
) -> Ambiance:
    """Compose the ambiance of an interpretation; same input, same output.

    Raises :class:`ContractError` for an invalid interpretation or step count.
    """
    interp = validate_interpretation(interpretation)
    count = _check_steps(steps)
    if track_uri is not None and (not isinstance(track_uri, str) or len(track_uri) > 2048):
        raise ContractError(
            "track_uri must be a string of at most 2048 characters",
            translation_key="invalid_track_uri",
            placeholders={},
        )
    entry = load_catalog()[interp.mood]
    palette = build_palette(interp)
    arousal = interp.arousal

    # Rhythm: relative to the mood's own tempo, twice as fast per +0.5 of arousal.
    base = entry.step_duration_s * 2.0 ** ((entry.arousal - arousal) * 2.0)
    low, high = entry.intensity_min, entry.intensity_max
    middle = low + (high - low) * (0.5 + 0.3 * (arousal - 0.5))
    swing = (high - low) / 2.0 * (0.3 + 0.7 * arousal)
    cycles = 1 if arousal < 0.6 else 2

    lighting: list[LightStep] = []
    for i in range(count):
        rgb = variant(palette[i % len(palette)], min(i // len(palette), 6))
        phase = 2.0 * math.pi * cycles * i / count
        level = middle + swing * math.cos(phase)
        if interp.wishes.brightness == "dim":
            level *= DIM_FACTOR
        elif interp.wishes.brightness == "bright":
            level = max(BRIGHT_FLOOR, 1.0 - (1.0 - level) * 0.25)
        duration = base * (1.0 + 0.1 * math.sin(phase + 1.0))
        lighting.append(
            LightStep(
                rgb=rgb,
                duration=round(_clamp(duration, MIN_DURATION, MAX_DURATION), 2),
                intensity=round(_clamp(level, MIN_INTENSITY, 1.0), 3),
            )
        )

    narration = interp.narration.strip() or narrate(interp.mood, interp.lang, interp.wishes)
    return Ambiance(
        track=Track(
            mood_id=interp.mood, preview_uri=track_uri or f"{MEDIA_SOURCE_PREFIX}{entry.track_id}"
        ),
        lighting=tuple(lighting),
        narration=narration[:2000],
        diagnostics=Diagnostics(
            valence_hint=round(interp.valence, 3),
            arousal_hint=round(arousal, 3),
            interpreter=interp.interpreter,
            confidence=round(interp.confidence, 4),
            lang=interp.lang,
            wishes=interp.wishes,
            latency_ms=None,
            fallback_reason=interp.fallback_reason,
        ),
    )
