"""Tell our own light reports (ghosts) from someone else taking a light over.

A light keeps reporting after our command: the final state some seconds later, intermediate
values while a transition runs, values rounded by the bridge. Those reports often carry a fresh
context (an entity forgets our context after 5 s, and a push update never had it), so the context
alone cannot tell them apart. What can: a report we caused shows a state on the way from what we
sent before to what we sent last. Anything else, with a foreign context, is a person or another
automation.
"""

from __future__ import annotations

from dataclasses import dataclass
import math
from typing import Final

from homeassistant.components.light import (
    ATTR_BRIGHTNESS,
    ATTR_COLOR_MODE,
    ATTR_COLOR_TEMP_KELVIN,
    ATTR_HS_COLOR,
)
from homeassistant.components.light.const import ColorMode
from homeassistant.const import STATE_OFF, STATE_ON, STATE_UNAVAILABLE, STATE_UNKNOWN
from homeassistant.core import State
from homeassistant.util import color as color_util

from .capabilities import RGB_MODES, LightTarget

#: Brightness points (of 255) a bridge may round or drift by.
BRIGHTNESS_TOLERANCE: Final = 8
#: Kelvin a bulb may round to (many work in whole mireds: ~30 K steps at 5000 K).
KELVIN_TOLERANCE: Final = 150
#: CIE xy distance under which two colours are "the same" for a bulb's reported colour.
XY_TOLERANCE: Final = 0.03

UNAVAILABLE_STATES: Final = frozenset({STATE_UNAVAILABLE, STATE_UNKNOWN})


#: How many of our last targets a late report may still show (a poll that answers late).
PATH_LENGTH: Final = 3


@dataclass(frozen=True, slots=True)
class Expectation:
    """What a light may show while our last commands play out: our last targets, oldest first.

    A report is ours when it lies on the fade between two consecutive targets (or on one).
    """

    path: tuple[LightTarget, ...]

    def then(self, target: LightTarget) -> Expectation:
        return Expectation((*self.path, target)[-PATH_LENGTH:])

    @property
    def segments(self) -> list[tuple[LightTarget, LightTarget]]:
        if len(self.path) == 1:
            return [(self.path[0], self.path[0])]
        return list(zip(self.path, self.path[1:], strict=False))


def _between(value: float, a: float, b: float, tolerance: float) -> bool:
    return min(a, b) - tolerance <= value <= max(a, b) + tolerance


def _segment_distance(
    p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]
) -> float:
    """Distance from p to the segment ab (a fade in xy runs close to that straight line)."""
    ax, ay = a
    dx, dy = b[0] - ax, b[1] - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((p[0] - ax) * dx + (p[1] - ay) * dy) / length2))
    return math.hypot(p[0] - (ax + t * dx), p[1] - (ay + t * dy))


def _brightness_matches(state: State, start: LightTarget, end: LightTarget) -> bool:
    reported = state.attributes.get(ATTR_BRIGHTNESS)
    if not isinstance(reported, int | float):
        # A light that reports no brightness while on cannot contradict us.
        return True
    return _between(float(reported), start.brightness, end.brightness, BRIGHTNESS_TOLERANCE)


def _color_matches(state: State, start: LightTarget, end: LightTarget) -> bool:
    mode = state.attributes.get(ATTR_COLOR_MODE)
    if end.rgb is not None:
        if mode is not None and mode not in RGB_MODES:
            return False  # someone switched the light to white or an effect
        hs = state.attributes.get(ATTR_HS_COLOR)
        if not isinstance(hs, list | tuple) or len(hs) != 2:
            return True
        point = color_util.color_hs_to_xy(float(hs[0]), float(hs[1]))
        b = color_util.color_RGB_to_xy(*end.rgb)
        a = color_util.color_RGB_to_xy(*start.rgb) if start.rgb is not None else b
        return _segment_distance(point, a, b) <= XY_TOLERANCE
    if end.kelvin is not None:
        if mode is not None and mode != ColorMode.COLOR_TEMP:
            return False
        kelvin = state.attributes.get(ATTR_COLOR_TEMP_KELVIN)
        if not isinstance(kelvin, int | float):
            return True
        begin = start.kelvin if start.kelvin is not None else end.kelvin
        return _between(float(kelvin), begin, end.kelvin, KELVIN_TOLERANCE)
    return True


def is_ghost(state: State, expectation: Expectation | None) -> bool:
    """True when a report of an *on* light can be explained by our recent commands.

    With no expectation yet (nothing sent) any on-state is fine: our first command comes next.
    """
    if state.state != STATE_ON:
        return False
    if expectation is None:
        return True
    segments = expectation.segments
    return any(_brightness_matches(state, a, b) for a, b in segments) and any(
        _color_matches(state, a, b) for a, b in segments
    )


def is_off(state: State | None) -> bool:
    return state is not None and state.state == STATE_OFF


def is_unavailable(state: State | None) -> bool:
    return state is None or state.state in UNAVAILABLE_STATES
