"""Contract: dataclasses, the prototype JSON shape and strict validation."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from custom_components.synesthetic_dj.moodcore import (
    COLOR_NAMES,
    COLOR_RGB,
    MOODS,
    Ambiance,
    ContractError,
    Interpretation,
    Wishes,
    ambiance_from_dict,
    compose,
    validate_ambiance,
    validate_interpretation,
)


def _interp(**changes: Any) -> Interpretation:
    values: dict[str, Any] = {
        "mood": "nostalgie",
        "valence": 0.4,
        "arousal": 0.3,
        "narration": "Souvenirs.",
        "lang": "fr",
        "wishes": Wishes(),
        "interpreter": "test",
        "confidence": 0.8,
    }
    values.update(changes)
    return Interpretation(**values)


def _valid() -> dict[str, Any]:
    return compose(_interp(wishes=Wishes(("blue",), "dim"))).as_dict()


def test_vocabularies() -> None:
    assert MOODS == (
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
    assert COLOR_NAMES == (
        "red",
        "orange",
        "amber",
        "yellow",
        "gold",
        "green",
        "teal",
        "cyan",
        "blue",
        "navy",
        "indigo",
        "purple",
        "violet",
        "magenta",
        "pink",
        "white",
        "warm_white",
        "cool_white",
    )
    for rgb in COLOR_RGB.values():
        assert all(0 <= c <= 255 for c in rgb)


def test_prototype_shape() -> None:
    data = _valid()
    assert list(data) == ["track", "lighting", "narration", "diagnostics"]
    assert list(data["track"]) == ["mood_id", "preview_uri"]
    assert list(data["lighting"][0]) == ["rgb", "duration", "intensity"]
    assert set(data["diagnostics"]) == {
        "valence_hint",
        "arousal_hint",
        "interpreter",
        "confidence",
        "latency_ms",
        "fallback_reason",
        "lang",
        "wishes",
    }
    assert data["diagnostics"]["wishes"] == {"colors": ["blue"], "brightness": "dim"}
    assert isinstance(data["lighting"][0]["rgb"], list)
    json.dumps(data)  # serialisable as is


def test_round_trip() -> None:
    data = _valid()
    ambiance = ambiance_from_dict(data)
    assert isinstance(ambiance, Ambiance)
    assert ambiance.as_dict() == data
    assert validate_ambiance(data) is data
    assert json.loads(json.dumps(data)) == data


def test_interpretation_as_dict() -> None:
    data = _interp().as_dict()
    assert data["mood"] == "nostalgie"
    assert data["wishes"] == {"colors": [], "brightness": None}
    assert data["fallback_reason"] is None


def _set(data: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    data = copy.deepcopy(data)
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


_DELETE = object()
BAD_VALUES: list[tuple[tuple[Any, ...], Any]] = [
    (("track", "mood_id"), "joie"),
    (("track", "mood_id"), 3),
    (("track", "preview_uri"), None),
    (("track", "preview_uri"), "x" * 3000),
    (("track", "extra"), 1),
    (("track",), _DELETE),
    (("track",), "nostalgie"),
    (("lighting",), []),
    (("lighting",), {}),
    (("lighting",), [{"rgb": [1, 2, 3], "duration": 1, "intensity": 0.5}] * 300),
    (("lighting", 0, "rgb"), [256, 0, 0]),
    (("lighting", 0, "rgb"), [-1, 0, 0]),
    (("lighting", 0, "rgb"), [1.5, 0, 0]),
    (("lighting", 0, "rgb"), [True, 0, 0]),
    (("lighting", 0, "rgb"), [0, 0]),
    (("lighting", 0, "rgb"), "#ff0000"),
    (("lighting", 0, "duration"), 0),
    (("lighting", 0, "duration"), -2.0),
    (("lighting", 0, "duration"), float("nan")),
    (("lighting", 0, "duration"), float("inf")),
    (("lighting", 0, "duration"), "3"),
    (("lighting", 0, "duration"), None),
    (("lighting", 0, "intensity"), 1.01),
    (("lighting", 0, "intensity"), -0.1),
    (("lighting", 0, "intensity"), False),
    (("lighting", 0, "intensity"), _DELETE),
    (("lighting", 0, "speed"), 2),
    (("lighting", 0), "red"),
    (("narration",), 42),
    (("narration",), None),
    (("diagnostics", "valence_hint"), 1.5),
    (("diagnostics", "arousal_hint"), "high"),
    (("diagnostics", "confidence"), -0.5),
    (("diagnostics", "latency_ms"), -1),
    (("diagnostics", "lang"), "de"),
    (("diagnostics", "interpreter"), None),
    (("diagnostics", "fallback_reason"), 3),
    (("diagnostics", "wishes"), None),
    (("diagnostics", "wishes", "colors"), ["bleu"]),
    (("diagnostics", "wishes", "colors"), "blue"),
    (("diagnostics", "wishes", "colors"), ["red", "green", "blue", "pink"]),
    (("diagnostics", "wishes", "brightness"), "medium"),
    (("diagnostics", "wishes", "brightness"), _DELETE),
    (("diagnostics",), _DELETE),
    (("extra",), {}),
]


@pytest.mark.parametrize(("path", "value"), BAD_VALUES)
def test_every_bad_value_is_a_contract_error(path: tuple[Any, ...], value: Any) -> None:
    bad = _set(_valid(), path, value)
    with pytest.raises(ContractError) as info:
        validate_ambiance(bad)
    assert info.value.translation_key
    assert all(isinstance(v, str) for v in info.value.placeholders.values())


@pytest.mark.parametrize("value", [None, 3, "text", [], [1, 2], {"track": 1}, b"{}"])
def test_non_mappings_are_contract_errors(value: Any) -> None:
    with pytest.raises(ContractError):
        ambiance_from_dict(value)


def test_contract_error_is_a_value_error() -> None:
    err = ContractError("boom", translation_key="k", placeholders={"a": "b"})
    assert isinstance(err, ValueError)
    assert err.translation_key == "k"
    assert err.placeholders == {"a": "b"}


@pytest.mark.parametrize(
    "changes",
    [
        {"mood": "joy"},
        {"valence": 1.2},
        {"arousal": -0.1},
        {"confidence": 2.0},
        {"valence": float("nan")},
        {"lang": "de"},
        {"narration": 3},
        {"wishes": Wishes(("chartreuse",), None)},
        {"wishes": Wishes(("red", "green", "blue", "pink"), None)},
        {"fallback_reason": 5},
    ],
)
def test_invalid_interpretations(changes: dict[str, Any]) -> None:
    with pytest.raises(ContractError):
        validate_interpretation(_interp(**changes))
    with pytest.raises(ContractError):
        compose(_interp(**changes))
