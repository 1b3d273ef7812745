"""The ``llm`` interpreter for the evaluation command: a merged GGUF run by llama-cpp-python.

    python -m training.evaluate --interpreter llm --opt model=artifacts/llm/model/x.q8_0.gguf ...

Same prompt as training (``training.llama_chat``: the GGUF's own chat template with moodcore's
SYSTEM_PROMPT), each answer started from the system prompt's cached state. Decoding is
greedy and constrained by a grammar compiled from ``LLM_OUTPUT_SCHEMA``, so the answer is
always schema-shaped JSON; it is still parsed strictly and an unparsable answer raises
(``evaluate`` scores that as invalid, which is what we want to measure).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
import json
from pathlib import Path
import time
from typing import Any

from moodcore import (
    LLM_OUTPUT_SCHEMA,
    SYSTEM_PROMPT,
    Interpretation,
    interpretation_from_llm,
    parse_llm_output,
)
from training.llama_chat import ChatModel

DEFAULT_MODEL = Path("artifacts/llm/model/synesthetic-dj.q8_0.gguf")
MAX_TOKENS = 64  # the canonical answer is ~40 tokens; the grammar closes the object before


@dataclass
class Call:
    prompt_tokens: int
    completion_tokens: int
    seconds: float
    raw: str


@dataclass
class LlmInterpreter:
    model_path: Path
    n_ctx: int = 512
    max_tokens: int = MAX_TOKENS
    threads: int | None = None
    name: str = "llm"
    calls: list[Call] = field(default_factory=list)

    def __post_init__(self) -> None:
        from llama_cpp import LlamaGrammar

        self.chat = ChatModel(self.model_path, self.threads, self.n_ctx)
        self.grammar = LlamaGrammar.from_json_schema(json.dumps(LLM_OUTPUT_SCHEMA), verbose=False)

    def generate(self, text: str) -> str:
        messages = [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": text}]
        ids = self.chat.prompt_ids(messages)
        started = time.perf_counter()
        self.chat.start(messages, ids)  # the answer must not depend on the previous request
        response: Any = self.chat.llm.create_completion(
            ids,
            max_tokens=self.max_tokens,
            temperature=0.0,
            top_k=1,
            grammar=self.grammar,
            seed=0,
        )
        seconds = time.perf_counter() - started
        raw = str(response["choices"][0]["text"])
        self.calls.append(Call(len(ids), int(response["usage"]["completion_tokens"]), seconds, raw))
        return raw

    def interpret(self, text: str, lang: str | None = None) -> Interpretation:
        output = parse_llm_output(self.generate(text))
        return interpretation_from_llm(output, interpreter=self.name, lang=lang)

    def tokens_per_second(self) -> float:
        seconds = sum(c.seconds for c in self.calls)
        return sum(c.completion_tokens for c in self.calls) / seconds if seconds else 0.0


def make_llm(options: Mapping[str, str]) -> LlmInterpreter:
    """Factory for ``training.evaluate``'s registry: ``--opt model=PATH [--opt threads=N]``."""
    model = Path(options.get("model") or DEFAULT_MODEL)
    if not model.is_file():
        raise SystemExit(f"no model at {model}: run python -m training.pipeline first")
    threads = int(options["threads"]) if options.get("threads") else None
    return LlmInterpreter(model, threads=threads)
