"""Property tests: interpret + compose never raise and always give a valid ambiance."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st
import pytest

from custom_components.synesthetic_dj.moodcore import (
    MOODS,
    BuiltinInterpreter,
    KeywordInterpreter,
    compose,
    validate_ambiance,
    validate_interpretation,
)

_BUILTIN = BuiltinInterpreter()
_KEYWORD = KeywordInterpreter()
_WORDS = st.sampled_from(
    [
        "triste",
        "heureux",
        "pas",
        "ne",
        "jamais",
        "bleu",
        "nuit",
        "tamisée",
        "fort",
        "not",
        "so",
        "sad",
        "won",
        "!!!",
        "😭",
        "🎉",
        "lumière",
        "lights",
        "dim",
        "bright",
        "rouge",
        "violet",
        "moins",
        "less",
        "mais",
        "but",
        "j'ai",
        "can't",
        "\x00",
        "\u200b",
        "ß",
        "œ",
        "İ",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=2000),
    st.lists(_WORDS, max_size=40).map(" ".join),
    st.builds(lambda s, n: s * n, st.text(min_size=1, max_size=5), st.integers(1, 4000)),
)


def _check(text: str, lang: str | None) -> None:
    for interpreter in (_BUILTIN, _KEYWORD):
        interp = interpreter.interpret(text, lang)
        validate_interpretation(interp)
        assert interp.mood in MOODS
        ambiance = compose(interp)
        data = validate_ambiance(ambiance.as_dict())
        for step in data["lighting"]:
            assert all(isinstance(c, int) and 0 <= c <= 255 for c in step["rgb"])
            assert step["duration"] > 0
            assert 0.0 <= step["intensity"] <= 1.0


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, lang=st.sampled_from([None, "fr", "en", "de", ""]))
def test_never_raises_and_always_valid(text: str, lang: str | None) -> None:
    _check(text, lang)


@settings(max_examples=40, deadline=None)
@given(steps=st.integers(1, 64), text=st.lists(_WORDS, max_size=12).map(" ".join))
def test_any_step_count(steps: int, text: str) -> None:
    validate_ambiance(compose(_BUILTIN.interpret(text), steps=steps).as_dict())


@pytest.mark.parametrize(
    "text",
    [
        "",
        "x" * 10_000,
        "🎉" * 5000,
        "\x00" * 100,
        "\ud800",
        "a\u0301" * 3000,
        " ".join(["pas"] * 500),
    ],
)
def test_extreme_inputs(text: str) -> None:
    _check(text, None)
