"""What a language model is allowed to write: a tiny JSON object, strictly parsed.

``LLM_OUTPUT_SCHEMA`` is passed as Ollama's ``format`` and compiled to a llama.cpp grammar.
``llm_output_to_json`` gives the canonical target string the training pipeline teaches.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
import json
import math
from typing import Any, Final

from .contract import (
    COLOR_NAMES,
    LANGS,
    MAX_WISH_COLORS,
    MOODS,
    Brightness,
    ContractError,
    Lang,
    Wishes,
)

LLM_FIELDS: Final[tuple[str, ...]] = ("mood", "lang", "valence", "arousal", "colors", "brightness")

LLM_OUTPUT_SCHEMA: Final[dict[str, Any]] = {
    "type": "object",
    "properties": {
        "mood": {"type": "string", "enum": list(MOODS)},
        "lang": {"type": "string", "enum": list(LANGS)},
        "valence": {"type": "number", "minimum": 0, "maximum": 1},
        "arousal": {"type": "number", "minimum": 0, "maximum": 1},
        "colors": {
            "type": "array",
            "items": {"type": "string", "enum": list(COLOR_NAMES)},
            "maxItems": MAX_WISH_COLORS,
        },
        "brightness": {"type": "string", "enum": ["dim", "bright", "none"]},
    },
    "required": list(LLM_FIELDS),
    "additionalProperties": False,
}


@dataclass(frozen=True, slots=True)
class LlmOutput:
    """The parsed model answer (``brightness`` "none" becomes ``None``)."""

    mood: str
    lang: Lang
    valence: float
    arousal: float
    colors: tuple[str, ...]
    brightness: Brightness | None

    @property
    def wishes(self) -> Wishes:
        return Wishes(colors=self.colors, brightness=self.brightness)


def _bad(reason: str) -> ContractError:
    return ContractError(
        f"invalid model output: {reason}",
        translation_key="invalid_llm_output",
        placeholders={"reason": reason},
    )


def _unit(data: Mapping[str, Any], key: str) -> float:
    value = data[key]
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _bad(f"{key} must be a number, got {type(value).__name__}")
    number = float(value)
    if not math.isfinite(number) or not 0.0 <= number <= 1.0:
        raise _bad(f"{key} must be within 0..1, got {value!r}")
    return number


def _choice(data: Mapping[str, Any], key: str, choices: tuple[str, ...]) -> str:
    value = data[key]
    if not isinstance(value, str):
        raise _bad(f"{key} must be a string, got {type(value).__name__}")
    if value not in choices:
        raise _bad(f"unknown {key} {value[:40]!r}")
    return value


def parse_llm_output(raw: str | bytes | Mapping[str, Any]) -> LlmOutput:
    """Strictly parse a model answer; raise :class:`ContractError` on anything off-schema."""
    data: object
    if isinstance(raw, str | bytes):
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError) as err:  # JSONDecodeError, bad UTF-8
            raise _bad(f"not valid JSON ({err})") from None
    else:
        data = raw
    if not isinstance(data, Mapping):
        raise _bad(f"expected a JSON object, got {type(data).__name__}")
    missing = [key for key in LLM_FIELDS if key not in data]
    if missing:
        raise _bad(f"missing field(s): {', '.join(missing)}")
    extra = sorted(str(key) for key in data if key not in LLM_FIELDS)
    if extra:
        raise _bad(f"unexpected field(s): {', '.join(extra)}")
    colors = data["colors"]
    if not isinstance(colors, list | tuple):
        raise _bad(f"colors must be an array, got {type(colors).__name__}")
    if len(colors) > MAX_WISH_COLORS:
        raise _bad(f"at most {MAX_WISH_COLORS} colors")
    names: list[str] = []
    for color in colors:
        if not isinstance(color, str) or color not in COLOR_NAMES:
            raise _bad(f"unknown color {str(color)[:40]!r}")
        if color not in names:
            names.append(color)
    brightness = _choice(data, "brightness", ("dim", "bright", "none"))
    lang = _choice(data, "lang", LANGS)
    return LlmOutput(
        mood=_choice(data, "mood", MOODS),
        lang="fr" if lang == "fr" else "en",
        valence=_unit(data, "valence"),
        arousal=_unit(data, "arousal"),
        colors=tuple(names),
        brightness="dim" if brightness == "dim" else "bright" if brightness == "bright" else None,
    )


def llm_output_to_json(output: LlmOutput) -> str:
    """Canonical compact JSON (schema key order, 2-decimal numbers): the training target."""
    payload = {
        "mood": output.mood,
        "lang": output.lang,
        "valence": round(float(output.valence), 2),
        "arousal": round(float(output.arousal), 2),
        "colors": list(output.colors),
        "brightness": output.brightness or "none",
    }
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False)
