"""What the language model may write: schema, strict parsing, canonical target string."""

from __future__ import annotations

import json
from typing import Any

import pytest

from custom_components.synesthetic_dj.moodcore import (
    COLOR_NAMES,
    LLM_OUTPUT_SCHEMA,
    MOODS,
    SYSTEM_PROMPT,
    ContractError,
    LlmOutput,
    compose,
    interpretation_from_llm,
    llm_output_to_json,
    parse_llm_output,
    validate_ambiance,
)

GOOD = {
    "mood": "victoire",
    "lang": "en",
    "valence": 0.9,
    "arousal": 0.85,
    "colors": ["gold", "red"],
    "brightness": "bright",
}


def test_schema() -> None:
    assert list(LLM_OUTPUT_SCHEMA["properties"]) == [
        "mood",
        "lang",
        "valence",
        "arousal",
        "colors",
        "brightness",
    ]
    assert LLM_OUTPUT_SCHEMA["required"] == list(LLM_OUTPUT_SCHEMA["properties"])
    assert LLM_OUTPUT_SCHEMA["additionalProperties"] is False
    assert LLM_OUTPUT_SCHEMA["properties"]["mood"]["enum"] == list(MOODS)
    colors = LLM_OUTPUT_SCHEMA["properties"]["colors"]
    assert colors["items"]["enum"] == list(COLOR_NAMES)
    assert colors["maxItems"] == 3
    assert LLM_OUTPUT_SCHEMA["properties"]["brightness"]["enum"] == ["dim", "bright", "none"]
    json.dumps(LLM_OUTPUT_SCHEMA)


def test_system_prompt_is_short_and_names_the_fields() -> None:
    assert len(SYSTEM_PROMPT) < 900
    for field in LLM_OUTPUT_SCHEMA["properties"]:
        assert field in SYSTEM_PROMPT


def test_parse_good_output() -> None:
    out = parse_llm_output(json.dumps(GOOD))
    assert out == LlmOutput("victoire", "en", 0.9, 0.85, ("gold", "red"), "bright")
    assert parse_llm_output(GOOD) == out
    assert parse_llm_output(json.dumps(GOOD).encode()) == out
    none = parse_llm_output({**GOOD, "brightness": "none", "colors": []})
    assert none.brightness is None
    assert none.colors == ()
    assert parse_llm_output({**GOOD, "valence": 1, "arousal": 0}).valence == 1.0


def test_canonical_json() -> None:
    out = parse_llm_output({**GOOD, "valence": 0.8999, "arousal": 0.123, "brightness": "none"})
    text = llm_output_to_json(out)
    assert text == (
        '{"mood":"victoire","lang":"en","valence":0.9,"arousal":0.12,'
        '"colors":["gold","red"],"brightness":"none"}'
    )
    assert parse_llm_output(text).mood == "victoire"


def test_duplicate_colors_are_merged() -> None:
    assert parse_llm_output({**GOOD, "colors": ["red", "red"]}).colors == ("red",)


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "not json",
        "{",
        "[]",
        "null",
        "42",
        '"victoire"',
        '{"mood": "victoire"}',
        json.dumps({**GOOD, "mood": "joy"}),
        json.dumps({**GOOD, "mood": None}),
        json.dumps({**GOOD, "lang": "de"}),
        json.dumps({**GOOD, "valence": 1.5}),
        json.dumps({**GOOD, "arousal": -0.01}),
        json.dumps({**GOOD, "valence": "0.5"}),
        json.dumps({**GOOD, "valence": True}),
        '{"mood":"victoire","lang":"en","valence":NaN,"arousal":0.5,"colors":[],'
        '"brightness":"none"}',
        json.dumps({**GOOD, "colors": "gold"}),
        json.dumps({**GOOD, "colors": ["gold", "red", "blue", "pink"]}),
        json.dumps({**GOOD, "colors": ["or"]}),
        json.dumps({**GOOD, "colors": [1]}),
        json.dumps({**GOOD, "brightness": "max"}),
        json.dumps({**GOOD, "brightness": None}),
        json.dumps({**GOOD, "service": "lock.unlock"}),
        b"\xff\xfe",
        "[" * 100_000,
    ],
)
def test_bad_outputs_are_contract_errors(raw: Any) -> None:
    with pytest.raises(ContractError) as info:
        parse_llm_output(raw)
    assert info.value.translation_key == "invalid_llm_output"
    assert "reason" in info.value.placeholders


def test_interpretation_from_llm_composes() -> None:
    out = parse_llm_output({**GOOD, "lang": "fr", "colors": ["navy"], "brightness": "dim"})
    interp = interpretation_from_llm(out, interpreter="ollama", confidence=1.0)
    assert interp.lang == "fr"
    assert "bleu nuit" in interp.narration
    validate_ambiance(compose(interp).as_dict())
    assert interpretation_from_llm(out, interpreter="llm", lang="en").lang == "en"
