"""The ``llm`` interpreter for the evaluation command: a merged GGUF run by llama-cpp-python.

    python -m training.evaluate --interpreter llm --opt model=artifacts/llm/model/x.q8_0.gguf ...

Same prompt as training: the GGUF's own chat template rendered with moodcore's SYSTEM_PROMPT,
tokenised with special tokens and no extra BOS (what training fed the model). Decoding is
greedy and constrained by a grammar compiled from ``LLM_OUTPUT_SCHEMA``, so the answer is
always schema-shaped JSON; it is still parsed strictly and an unparsable answer raises
(``evaluate`` scores that as invalid, which is what we want to measure).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
import json
import os
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
        from llama_cpp import Llama, LlamaGrammar
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        self.llm = Llama(
            model_path=str(self.model_path),
            n_ctx=self.n_ctx,
            seed=0,
            n_threads=self.threads or os.cpu_count(),
            verbose=False,
        )
        self.grammar = LlamaGrammar.from_json_schema(json.dumps(LLM_OUTPUT_SCHEMA), verbose=False)
        meta = self.llm.metadata
        eos_id = int(meta["tokenizer.ggml.eos_token_id"])
        bos_id = int(meta.get("tokenizer.ggml.bos_token_id", eos_id))
        eos, bos = (self.llm.detokenize([i], special=True).decode() for i in (eos_id, bos_id))
        self.formatter = Jinja2ChatFormatter(meta["tokenizer.chat_template"], eos, bos)

    def prompt_ids(self, text: str) -> list[int]:
        messages = [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": text}]
        prompt = self.formatter(messages=messages).prompt  # type: ignore[arg-type]
        return list(self.llm.tokenize(prompt.encode("utf-8"), add_bos=False, special=True))

    def generate(self, text: str) -> str:
        ids = self.prompt_ids(text)
        started = time.perf_counter()
        response: Any = self.llm.create_completion(
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
