"""Step 1 of the LLM pipeline: labelled rows → chat examples → token ids with assistant-only labels.

    python -m training.prepare --out artifacts/llm/data     # writes {train,validation,test}.jsonl

The target is ``llm_output_to_json`` of the row's label, so training, the Ollama interpreter and
the evaluation all agree on one string. Rules for the fields the CSV does not hold directly:

- lang: the row's ``lang`` when it is fr or en; for mixed/es/de/it rows moodcore's own detector
  (``moodcore.text.analyze``) decides, so the model learns what the runtime would report.
- valence/arousal: ``moodcore.affect.affect_hints`` (the builtin interpreter's helper) with the
  row's intensity label mapped to an expressed intensity (:data:`INTENSITY_LEVEL`).
- brightness: the row's value or "none".
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
import json
from pathlib import Path
from typing import Any

from moodcore import SYSTEM_PROMPT, LlmOutput, llm_output_to_json
from moodcore.affect import affect_hints
from moodcore.text import analyze
from training.data import load_samples

#: Intensity label → ``expressed_intensity`` value (-1..1) fed to ``affect_hints``; ±0.5 is what
#: the builtin's cue scorer gives a typical "un peu"/"a bit" or "trop !!" sentence.
INTENSITY_LEVEL: dict[str, float] = {"low": -0.5, "normal": 0.0, "high": 0.5}
IGNORE = -100  # label value the loss skips (prompt tokens, padding)


def target_lang(row: dict[str, str]) -> str:
    if row["lang"] in ("fr", "en"):
        return row["lang"]
    return "fr" if analyze(row["text"]).lang == "fr" else "en"


def target_output(row: dict[str, str]) -> LlmOutput:
    valence, arousal = affect_hints(row["mood"], INTENSITY_LEVEL[row["intensity"] or "normal"])
    colors = tuple(c for c in row["colors"].split(";") if c)
    brightness = row["brightness"] if row["brightness"] in ("dim", "bright") else None
    return LlmOutput(
        mood=row["mood"],
        lang="fr" if target_lang(row) == "fr" else "en",
        valence=valence,
        arousal=arousal,
        colors=colors,
        brightness=brightness,  # type: ignore[arg-type]
    )


def target_json(row: dict[str, str]) -> str:
    return llm_output_to_json(target_output(row))


def messages(text: str, system: str = SYSTEM_PROMPT) -> list[dict[str, str]]:
    return [{"role": "system", "content": system}, {"role": "user", "content": text}]


def render_prompt(tokenizer: Any, text: str, system: str = SYSTEM_PROMPT) -> str:
    """The chat-template prompt up to and including the assistant header."""
    return str(
        tokenizer.apply_chat_template(
            messages(text, system), tokenize=False, add_generation_prompt=True
        )
    )


def render_system(tokenizer: Any, system: str = SYSTEM_PROMPT) -> str:
    """The system turn alone: every prompt starts with it, so training computes it once a step."""
    return str(
        tokenizer.apply_chat_template(
            [{"role": "system", "content": system}], tokenize=False, add_generation_prompt=False
        )
    )


@dataclass(frozen=True)
class Example:
    id: str
    input_ids: list[int]
    labels: list[int]  # IGNORE on prompt tokens, the token id on the answer and its end marker


def encode(tokenizer: Any, text: str, target: str, row_id: str = "") -> Example:
    # Prompt and answer are tokenised apart, as llama.cpp sees them at inference: the prompt
    # ends with "assistant\n" and the model writes the answer's tokens after it.
    prompt = tokenizer(render_prompt(tokenizer, text), add_special_tokens=False).input_ids
    answer = [*tokenizer(target, add_special_tokens=False).input_ids, tokenizer.eos_token_id]
    return Example(row_id, list(prompt) + list(answer), [IGNORE] * len(prompt) + list(answer))


def system_ids(tokenizer: Any) -> list[int]:
    return list(tokenizer(render_system(tokenizer), add_special_tokens=False).input_ids)


def training_data_path() -> Path:
    from training.data import SAMPLES_PATH

    return SAMPLES_PATH


def rows_for(
    split: str, limit: int | None = None, data: Path | None = None
) -> list[dict[str, str]]:
    """Rows of one split in file order (deterministic); ``limit`` keeps the first N."""
    rows = [
        row for row in (load_samples(data) if data else load_samples()) if row["split"] == split
    ]
    return rows[:limit] if limit else rows


def build(
    tokenizer: Any, split: str, limit: int | None = None, data: Path | None = None
) -> list[Example]:
    prefix = system_ids(tokenizer)
    rows = rows_for(split, limit, data)
    examples = [encode(tokenizer, r["text"], target_json(r), r["id"]) for r in rows]
    for example in examples:  # training relies on the shared prefix: fail loudly if it drifts
        assert example.input_ids[: len(prefix)] == prefix, example.id
    return examples


def write_jsonl(split: str, out: Path, limit: int | None = None, data: Path | None = None) -> Path:
    """Human-readable examples (messages + target), for inspection and other trainers."""
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{split}.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for row in rows_for(split, limit, data):
            record = {
                "id": row["id"],
                "messages": messages(row["text"]),
                "target": target_json(row),
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training.prepare", description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("artifacts/llm/data"))
    parser.add_argument("--data", type=Path, default=None, help="default data/mood_samples.csv")
    parser.add_argument("--limit", type=int, default=None, help="first N rows of each split")
    args = parser.parse_args(argv)
    for split in ("train", "validation", "test"):
        print(f"wrote {write_jsonl(split, args.out, args.limit, args.data)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
