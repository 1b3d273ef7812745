"""Data contract shared by the interpreters, the composer and Home Assistant.

Everything here is plain data: frozen dataclasses with ``as_dict()`` and strict validators that
raise :class:`ContractError` (never another exception) on any bad value.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
import math
from typing import Any, Final, Literal, cast

MOODS: Final[tuple[str, ...]] = (
    "bonnehumeur",
    "curiosite",
    "detente",
    "euphorie",
    "reverie",
    "victoire",
    "colere",
    "inquietude",
    "nostalgie",
    "panique",
    "suspense",
    "tristesse",
)

#: Canonical colour vocabulary (the only colour names an interpreter may emit) and their RGB.
COLOR_RGB: Final[dict[str, tuple[int, int, int]]] = {
    "red": (255, 0, 0),
    "orange": (255, 128, 0),
    "amber": (255, 176, 0),
    "yellow": (255, 230, 0),
    "gold": (255, 200, 60),
    "green": (0, 220, 60),
    "teal": (0, 150, 136),
    "cyan": (0, 230, 255),
    "blue": (0, 70, 255),
    "navy": (10, 30, 120),
    "indigo": (75, 0, 160),
    "purple": (140, 30, 200),
    "violet": (170, 90, 255),
    "magenta": (255, 0, 200),
    "pink": (255, 105, 180),
    "white": (255, 255, 255),
    "warm_white": (255, 214, 170),
    "cool_white": (220, 235, 255),
}
COLOR_NAMES: Final[tuple[str, ...]] = tuple(COLOR_RGB)

LANGS: Final[tuple[str, ...]] = ("fr", "en")
BRIGHTNESS_WISHES: Final[tuple[str, ...]] = ("dim", "bright")
#: colours one request may name (they replace the mood's palette); parser and LLM schema keep to it
MAX_WISH_COLORS: Final = 3

Lang = Literal["fr", "en"]
Brightness = Literal["dim", "bright"]


class ContractError(ValueError):
    """A value does not respect the contract.

    ``translation_key`` and ``placeholders`` let Home Assistant show a translated message
    (``ServiceValidationError(translation_domain=..., translation_key=..., ...)``).
    """

    def __init__(
        self,
        message: str,
        *,
        translation_key: str = "invalid_value",
        placeholders: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.translation_key: str = translation_key
        self.placeholders: dict[str, str] = dict(placeholders or {})


def _fail(path: str, reason: str, key: str = "invalid_ambiance") -> ContractError:
    return ContractError(
        f"{path}: {reason}", translation_key=key, placeholders={"field": path, "reason": reason}
    )


# --------------------------------------------------------------------------- dataclasses


@dataclass(frozen=True, slots=True)
class Wishes:
    """What the user explicitly asked for (colours, brightness)."""

    colors: tuple[str, ...] = ()
    brightness: Brightness | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"colors": list(self.colors), "brightness": self.brightness}


@dataclass(frozen=True, slots=True)
class Interpretation:
    """What an interpreter understood from one sentence."""

    mood: str
    valence: float
    arousal: float
    narration: str
    lang: Lang
    wishes: Wishes
    interpreter: str
    confidence: float
    fallback_reason: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "mood": self.mood,
            "valence": self.valence,
            "arousal": self.arousal,
            "narration": self.narration,
            "lang": self.lang,
            "wishes": self.wishes.as_dict(),
            "interpreter": self.interpreter,
            "confidence": self.confidence,
            "fallback_reason": self.fallback_reason,
        }


@dataclass(frozen=True, slots=True)
class LightStep:
    rgb: tuple[int, int, int]
    duration: float
    intensity: float

    def as_dict(self) -> dict[str, Any]:
        return {"rgb": list(self.rgb), "duration": self.duration, "intensity": self.intensity}


@dataclass(frozen=True, slots=True)
class Track:
    mood_id: str
    preview_uri: str

    def as_dict(self) -> dict[str, Any]:
        return {"mood_id": self.mood_id, "preview_uri": self.preview_uri}


@dataclass(frozen=True, slots=True)
class Diagnostics:
    valence_hint: float
    arousal_hint: float
    interpreter: str
    confidence: float
    lang: Lang
    wishes: Wishes = field(default_factory=Wishes)
    latency_ms: float | None = None
    fallback_reason: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "valence_hint": self.valence_hint,
            "arousal_hint": self.arousal_hint,
            "interpreter": self.interpreter,
            "confidence": self.confidence,
            "latency_ms": self.latency_ms,
            "fallback_reason": self.fallback_reason,
            "lang": self.lang,
            "wishes": self.wishes.as_dict(),
        }


@dataclass(frozen=True, slots=True)
class Ambiance:
    """The composed result, serialised in the prototype's JSON shape by :meth:`as_dict`."""

    track: Track
    lighting: tuple[LightStep, ...]
    narration: str
    diagnostics: Diagnostics

    def as_dict(self) -> dict[str, Any]:
        return {
            "track": self.track.as_dict(),
            "lighting": [step.as_dict() for step in self.lighting],
            "narration": self.narration,
            "diagnostics": self.diagnostics.as_dict(),
        }


# --------------------------------------------------------------------------- validators


def _mapping(
    value: object, path: str, keys: tuple[str, ...], optional: tuple[str, ...] = ()
) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise _fail(path, f"expected an object, got {type(value).__name__}")
    missing = [k for k in keys if k not in value]
    if missing:
        raise _fail(path, f"missing key(s): {', '.join(missing)}")
    unknown = sorted(str(k) for k in value if k not in keys and k not in optional)
    if unknown:
        raise _fail(path, f"unknown key(s): {', '.join(unknown)}")
    return value


def _number(
    value: object,
    path: str,
    lo: float | None = None,
    hi: float | None = None,
    *,
    lo_open: bool = False,
) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _fail(path, f"expected a number, got {type(value).__name__}")
    number = float(value)
    if not math.isfinite(number):
        raise _fail(path, "must be finite")
    if lo is not None and (number <= lo if lo_open else number < lo):
        raise _fail(path, f"must be {'>' if lo_open else '>='} {lo:g}, got {number:g}")
    if hi is not None and number > hi:
        raise _fail(path, f"must be <= {hi:g}, got {number:g}")
    return number


def _string(
    value: object, path: str, *, choices: tuple[str, ...] | None = None, max_len: int = 2000
) -> str:
    if not isinstance(value, str):
        raise _fail(path, f"expected a string, got {type(value).__name__}")
    if choices is not None and value not in choices:
        raise _fail(path, f"unknown value {value[:40]!r}")
    if len(value) > max_len:
        raise _fail(path, f"longer than {max_len} characters")
    return value


def _optional_string(value: object, path: str) -> str | None:
    return None if value is None else _string(value, path)


def validate_mood(mood: object, path: str = "mood") -> str:
    if not isinstance(mood, str) or mood not in MOODS:
        shown = mood[:40] if isinstance(mood, str) else type(mood).__name__
        raise ContractError(
            f"{path}: unknown mood {shown!r}",
            translation_key="unknown_mood",
            placeholders={"mood": str(shown)},
        )
    return mood


def wishes_from_dict(value: object, path: str = "wishes") -> Wishes:
    data = _mapping(value, path, ("colors", "brightness"))
    colors = data["colors"]
    if not isinstance(colors, list | tuple):
        raise _fail(f"{path}.colors", "expected a list")
    names = tuple(
        _string(c, f"{path}.colors[{i}]", choices=COLOR_NAMES) for i, c in enumerate(colors)
    )
    if len(names) > MAX_WISH_COLORS:
        raise _fail(f"{path}.colors", f"at most {MAX_WISH_COLORS} colours")
    brightness = data["brightness"]
    if brightness is not None:
        brightness = _string(brightness, f"{path}.brightness", choices=BRIGHTNESS_WISHES)
    return Wishes(colors=names, brightness=brightness)


def _rgb(value: object, path: str) -> tuple[int, int, int]:
    if not isinstance(value, list | tuple) or len(value) != 3:
        raise _fail(path, "expected [r, g, b]")
    channels: list[int] = []
    for i, channel in enumerate(value):
        if isinstance(channel, bool) or not isinstance(channel, int) or not 0 <= channel <= 255:
            raise _fail(f"{path}[{i}]", "expected an integer in 0..255")
        channels.append(channel)
    return (channels[0], channels[1], channels[2])


def _light_step(value: object, path: str) -> LightStep:
    data = _mapping(value, path, ("rgb", "duration", "intensity"))
    return LightStep(
        rgb=_rgb(data["rgb"], f"{path}.rgb"),
        duration=_number(data["duration"], f"{path}.duration", 0.0, 3600.0, lo_open=True),
        intensity=_number(data["intensity"], f"{path}.intensity", 0.0, 1.0),
    )


def _diagnostics(value: object, path: str) -> Diagnostics:
    data = _mapping(
        value,
        path,
        (
            "valence_hint",
            "arousal_hint",
            "interpreter",
            "confidence",
            "latency_ms",
            "fallback_reason",
            "lang",
            "wishes",
        ),
    )
    latency = data["latency_ms"]
    lang = _string(data["lang"], f"{path}.lang", choices=LANGS)
    return Diagnostics(
        valence_hint=_number(data["valence_hint"], f"{path}.valence_hint", 0.0, 1.0),
        arousal_hint=_number(data["arousal_hint"], f"{path}.arousal_hint", 0.0, 1.0),
        interpreter=_string(data["interpreter"], f"{path}.interpreter", max_len=64),
        confidence=_number(data["confidence"], f"{path}.confidence", 0.0, 1.0),
        latency_ms=None if latency is None else _number(latency, f"{path}.latency_ms", 0.0),
        fallback_reason=_optional_string(data["fallback_reason"], f"{path}.fallback_reason"),
        lang="fr" if lang == "fr" else "en",
        wishes=wishes_from_dict(data["wishes"], f"{path}.wishes"),
    )


def ambiance_from_dict(value: object) -> Ambiance:
    """Parse the prototype JSON shape back into an :class:`Ambiance`; strict."""
    data = _mapping(value, "ambiance", ("track", "lighting", "narration", "diagnostics"))
    track = _mapping(data["track"], "track", ("mood_id", "preview_uri"))
    lighting = data["lighting"]
    if not isinstance(lighting, list | tuple) or not lighting:
        raise _fail("lighting", "expected a non-empty list of steps")
    if len(lighting) > 256:
        raise _fail("lighting", "at most 256 steps")
    return Ambiance(
        track=Track(
            mood_id=validate_mood(track["mood_id"], "track.mood_id"),
            preview_uri=_string(track["preview_uri"], "track.preview_uri", max_len=2048),
        ),
        lighting=tuple(_light_step(s, f"lighting[{i}]") for i, s in enumerate(lighting)),
        narration=_string(data["narration"], "narration"),
        diagnostics=_diagnostics(data["diagnostics"], "diagnostics"),
    )


def validate_ambiance(value: object) -> Mapping[str, Any]:
    """Raise :class:`ContractError` unless ``value`` is a valid ambiance dict; return it."""
    ambiance_from_dict(value)
    return cast(Mapping[str, Any], value)


def validate_interpretation(interp: Interpretation) -> Interpretation:
    """Check the value ranges of an :class:`Interpretation` built in code."""
    validate_mood(interp.mood)
    try:
        _number(interp.valence, "valence", 0.0, 1.0)
        _number(interp.arousal, "arousal", 0.0, 1.0)
        _number(interp.confidence, "confidence", 0.0, 1.0)
        _string(interp.narration, "narration")
        _string(interp.lang, "lang", choices=LANGS)
        _string(interp.interpreter, "interpreter", max_len=64)
        _optional_string(interp.fallback_reason, "fallback_reason")
        if not isinstance(interp.wishes, Wishes):
            raise _fail("wishes", "expected Wishes")
        wishes_from_dict(interp.wishes.as_dict())
    except ContractError as err:
        raise ContractError(
            str(err), translation_key="invalid_interpretation", placeholders=err.placeholders
        ) from None
    return interp
