"""Composer: determinism, palette, wishes, brightness and arousal effects."""

from __future__ import annotations

from typing import Any

import pytest

from custom_components.synesthetic_dj.moodcore import (
    COLOR_RGB,
    MOODS,
    ContractError,
    Interpretation,
    Wishes,
    compose,
    load_catalog,
    validate_ambiance,
)
from custom_components.synesthetic_dj.moodcore.compose import DEFAULT_STEPS, shift_hue


def _interp(mood: str = "tristesse", **changes: Any) -> Interpretation:
    entry = load_catalog()[mood]
    values: dict[str, Any] = {
        "mood": mood,
        "valence": entry.valence,
        "arousal": entry.arousal,
        "narration": "",
        "lang": "fr",
        "wishes": Wishes(),
        "interpreter": "test",
        "confidence": 0.9,
    }
    values.update(changes)
    return Interpretation(**values)


def _mean(values: list[float]) -> float:
    return sum(values) / len(values)


@pytest.mark.parametrize("mood", MOODS)
def test_every_mood_composes_valid_distinct_steps(mood: str) -> None:
    ambiance = compose(_interp(mood))
    data = validate_ambiance(ambiance.as_dict())
    assert len(ambiance.lighting) == DEFAULT_STEPS >= 6
    assert len({step.rgb for step in ambiance.lighting}) == len(ambiance.lighting)
    assert data["track"] == {
        "mood_id": mood,
        "preview_uri": f"media-source://synesthetic_dj/{mood}",
    }
    assert ambiance.narration  # catalog narration when the interpretation has none
    assert ambiance.diagnostics.latency_ms is None


def test_deterministic() -> None:
    interp = _interp("euphorie", wishes=Wishes(("pink",), "bright"))
    assert compose(interp) == compose(interp)
    assert compose(interp).as_dict() == compose(interp).as_dict()


def test_steps_and_track_uri() -> None:
    assert len(compose(_interp(), steps=12).lighting) == 12
    assert len(compose(_interp(), steps=1).lighting) == 1
    uri = "media-source://media_source/local/sad.mp3"
    assert compose(_interp(), track_uri=uri).track.preview_uri == uri
    for bad in (0, -1, 65, 2.5, True, "8"):
        with pytest.raises(ContractError):
            compose(_interp(), steps=bad)  # type: ignore[arg-type]
    with pytest.raises(ContractError):
        compose(_interp(), track_uri="x" * 5000)


def test_palette_follows_catalog() -> None:
    entry = load_catalog()["nostalgie"]
    first = compose(_interp("nostalgie", valence=0.5)).lighting
    assert [s.rgb for s in first[: len(entry.palette)]] == list(entry.palette)


def test_valence_warms_or_cools_a_little() -> None:
    green = (100, 200, 80)
    warm, cool = shift_hue(green, 1.0), shift_hue(green, 0.0)
    assert warm[0] > green[0] > cool[0]  # warmer: more red
    assert shift_hue((255, 255, 255), 1.0) == (255, 255, 255)
    assert max(abs(a - b) for a, b in zip(shift_hue(green, 0.6), green, strict=True)) < 30


def test_explicit_colors_lead() -> None:
    ambiance = compose(_interp(wishes=Wishes(("red", "gold"), None)))
    rgbs = [s.rgb for s in ambiance.lighting]
    assert rgbs[0] == COLOR_RGB["red"]
    assert rgbs[1] == COLOR_RGB["gold"]
    for r, g, b in rgbs[::2]:  # all steps stay reddish
        assert r > 150 and g < 80 and b < 80
    assert len(set(rgbs)) == len(rgbs)


def test_single_white_wish_still_valid() -> None:
    ambiance = compose(_interp(wishes=Wishes(("white",), None)), steps=20)
    validate_ambiance(ambiance.as_dict())


def test_dim_and_bright() -> None:
    base = _mean([s.intensity for s in compose(_interp("victoire")).lighting])
    dim = _mean(
        [s.intensity for s in compose(_interp("victoire", wishes=Wishes((), "dim"))).lighting]
    )
    bright = _mean(
        [s.intensity for s in compose(_interp("tristesse", wishes=Wishes((), "bright"))).lighting]
    )
    assert dim == pytest.approx(base * 0.4, rel=0.05)
    assert bright >= 0.8
    assert all(
        0.0 < s.intensity <= 1.0
        for s in compose(_interp("panique", wishes=Wishes((), "dim"))).lighting
    )


def test_arousal_speeds_up_and_widens_the_swing() -> None:
    calm = compose(_interp("suspense", arousal=0.1)).lighting
    tense = compose(_interp("suspense", arousal=0.95)).lighting
    assert _mean([s.duration for s in tense]) < _mean([s.duration for s in calm])
    swing = lambda steps: max(s.intensity for s in steps) - min(s.intensity for s in steps)  # noqa: E731
    assert swing(tense) > swing(calm)
    assert all(s.duration >= 0.5 for s in tense)


def test_diagnostics_carry_the_interpretation() -> None:
    interp = _interp(
        "colere",
        valence=0.12,
        arousal=0.9,
        confidence=0.73,
        fallback_reason="ollama_timeout",
        wishes=Wishes(("red",), "dim"),
        interpreter="builtin",
    )
    diagnostics = compose(interp).as_dict()["diagnostics"]
    assert diagnostics == {
        "valence_hint": 0.12,
        "arousal_hint": 0.9,
        "interpreter": "builtin",
        "confidence": 0.73,
        "latency_ms": None,
        "fallback_reason": "ollama_timeout",
        "lang": "fr",
        "wishes": {"colors": ["red"], "brightness": "dim"},
    }
