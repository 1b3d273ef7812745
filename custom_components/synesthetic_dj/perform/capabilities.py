"""What one light can show, and the command that shows a lighting step on it.

Pure functions over a light's state: no service calls, no time. Everything a light is sent
goes through :func:`target_for` then :func:`commands_for`, so the rules "never rgb and kelvin
together", "no transition where unsupported" and "skip what changes nothing" live in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
import math
from typing import Any, Final

from homeassistant.components.light import (
    ATTR_BRIGHTNESS,
    ATTR_COLOR_TEMP_KELVIN,
    ATTR_MAX_COLOR_TEMP_KELVIN,
    ATTR_MIN_COLOR_TEMP_KELVIN,
    ATTR_RGB_COLOR,
    ATTR_SUPPORTED_COLOR_MODES,
    ATTR_TRANSITION,
)
from homeassistant.components.light.const import ColorMode, LightEntityFeature
from homeassistant.const import ATTR_SUPPORTED_FEATURES
from homeassistant.core import State
from homeassistant.util import color as color_util

#: Colour modes that accept ``rgb_color`` (Home Assistant converts it to the light's own mode).
RGB_MODES: Final = frozenset(
    {ColorMode.HS, ColorMode.XY, ColorMode.RGB, ColorMode.RGBW, ColorMode.RGBWW}
)
#: Fallback range when a colour-temperature light does not report one (HA's own defaults).
DEFAULT_MIN_KELVIN: Final = 2000
DEFAULT_MAX_KELVIN: Final = 6535


class LightKind(StrEnum):
    """How much of a lighting step a light can show."""

    COLOR = "color"  # rgb_color + brightness
    TEMPERATURE = "temperature"  # nearest white (kelvin) + brightness
    DIMMER = "dimmer"  # brightness only
    ONOFF = "onoff"  # nothing we can glide: never driven


@dataclass(frozen=True, slots=True)
class Capabilities:
    """The parts of a light's state that decide which command it gets."""

    kind: LightKind
    transition: bool
    min_kelvin: int = DEFAULT_MIN_KELVIN
    max_kelvin: int = DEFAULT_MAX_KELVIN


@dataclass(frozen=True, slots=True)
class LightTarget:
    """What one light should show at the end of a step; ``None`` = not driven."""

    brightness: int
    rgb: tuple[int, int, int] | None = None
    kelvin: int | None = None


def capabilities(state: State) -> Capabilities:
    """Read a light's capabilities from its current state attributes."""
    modes = {str(mode) for mode in state.attributes.get(ATTR_SUPPORTED_COLOR_MODES) or ()}
    features = int(state.attributes.get(ATTR_SUPPORTED_FEATURES) or 0)
    transition = bool(features & LightEntityFeature.TRANSITION)
    if modes & RGB_MODES:
        return Capabilities(LightKind.COLOR, transition)
    if ColorMode.COLOR_TEMP in modes:
        low = _int_or(state.attributes.get(ATTR_MIN_COLOR_TEMP_KELVIN), DEFAULT_MIN_KELVIN)
        high = _int_or(state.attributes.get(ATTR_MAX_COLOR_TEMP_KELVIN), DEFAULT_MAX_KELVIN)
        return Capabilities(LightKind.TEMPERATURE, transition, min(low, high), max(low, high))
    if modes & {ColorMode.BRIGHTNESS, ColorMode.WHITE}:
        return Capabilities(LightKind.DIMMER, transition)
    return Capabilities(LightKind.ONOFF, transition)


def _int_or(value: object, default: int) -> int:
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return int(value)
    return default


def brightness_for(intensity: float) -> int:
    """Map a step intensity 0..1 to HA brightness 1..255.

    Never 0: ``light.turn_on`` with brightness 0 turns the light off, and a light we turned off
    would then look exactly like one the user turned off.
    """
    return max(1, min(255, round(intensity * 255)))


def target_for(rgb: tuple[int, int, int], intensity: float, caps: Capabilities) -> LightTarget:
    """The target a light of these capabilities should reach for one step."""
    brightness = brightness_for(intensity)
    if caps.kind is LightKind.COLOR:
        return LightTarget(brightness, rgb=rgb)
    if caps.kind is LightKind.TEMPERATURE:
        return LightTarget(brightness, kelvin=nearest_kelvin(rgb, caps.min_kelvin, caps.max_kelvin))
    return LightTarget(brightness)


def commands_for(
    target: LightTarget,
    previous: LightTarget | None,
    caps: Capabilities,
    *,
    split: bool,
) -> list[dict[str, Any]]:
    """``light.turn_on`` data (without entity id and transition) that moves a light to target.

    Parts equal to ``previous`` (what we last sent) are dropped, and an empty command is not
    sent at all. With ``split`` colour and brightness go out as two commands: some bulbs
    (IKEA among them) cannot fade both at once and drop one of the two.
    """
    color: dict[str, Any] = {}
    if target.rgb is not None and (previous is None or previous.rgb != target.rgb):
        color[ATTR_RGB_COLOR] = target.rgb
    elif target.kelvin is not None and (previous is None or previous.kelvin != target.kelvin):
        color[ATTR_COLOR_TEMP_KELVIN] = target.kelvin
    level: dict[str, Any] = {}
    if previous is None or previous.brightness != target.brightness:
        level[ATTR_BRIGHTNESS] = target.brightness
    if split:
        return [part for part in (color, level) if part]
    merged = color | level
    return [merged] if merged else []


def with_transition(data: dict[str, Any], caps: Capabilities, seconds: float) -> dict[str, Any]:
    """Add ``transition`` only where the light supports it (others reject or ignore it)."""
    if caps.transition and seconds > 0:
        return data | {ATTR_TRANSITION: round(seconds, 2)}
    return data


# --------------------------------------------------------------------------- colour science


def _planck_xy(kelvin: float) -> tuple[float, float]:
    """CIE 1931 xy of a black body (Kim et al. cubic approximation, 1667-25000 K)."""
    t = kelvin
    if t <= 4000:
        x = -0.2661239e9 / t**3 - 0.2343589e6 / t**2 + 0.8776956e3 / t + 0.179910
    else:
        x = -3.0258469e9 / t**3 + 2.1070379e6 / t**2 + 0.2226347e3 / t + 0.240390
    if t <= 2222:
        y = -1.1063814 * x**3 - 1.34811020 * x**2 + 2.18555832 * x - 0.20219683
    elif t <= 4000:
        y = -0.9549476 * x**3 - 1.37418593 * x**2 + 2.09137015 * x - 0.16748867
    else:
        y = 3.0817580 * x**3 - 5.87338670 * x**2 + 3.75112997 * x - 0.37001483
    return x, y


def _uv(x: float, y: float) -> tuple[float, float]:
    """CIE 1960 uv: distances there match perceived colour differences far better than xy."""
    d = -2.0 * x + 12.0 * y + 3.0
    return 4.0 * x / d, 6.0 * y / d


# The locus sampled every 5 mired (1667-25000 K): uniform in mired = uniform in perception.
_LOCUS: Final[tuple[tuple[int, float, float], ...]] = tuple(
    (round(1e6 / mired), *_uv(*_planck_xy(1e6 / mired))) for mired in range(40, 600, 5)
)


@lru_cache(maxsize=1024)
def nearest_kelvin(rgb: tuple[int, int, int], min_kelvin: int, max_kelvin: int) -> int:
    """The colour temperature in [min_kelvin, max_kelvin] closest to an RGB colour.

    Projects the colour's chromaticity onto the Planckian locus (nearest point in CIE 1960
    uv), so blue maps to the coolest white and red/amber to the warmest. A correlated colour
    temperature formula (McCamy) would be wrong here: it is only valid near the locus and sends
    saturated blue to ~1600 K.
    """
    low, high = min(min_kelvin, max_kelvin), max(min_kelvin, max_kelvin)
    if rgb == (0, 0, 0):
        return high
    u, v = _uv(*color_util.color_RGB_to_xy(*rgb))
    nearest = min(_LOCUS, key=lambda point: (point[1] - u) ** 2 + (point[2] - v) ** 2)
    # The distance to the locus has a single minimum along it, so clamping the nearest point
    # gives the nearest point inside the light's range.
    return min(high, max(low, nearest[0]))
