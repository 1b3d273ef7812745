"""A merged GGUF in llama.cpp, prompted exactly as training saw it, with repeatable answers.

Shared by the ``llm`` evaluation interpreter and ``serve_ollama``: the GGUF's own chat template,
tokenised with special tokens and no extra BOS, and every generation started from the same
state (see ``ChatModel.start``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

# llama.cpp threads wait for each other at every layer: on a machine shared with another busy
# process, one thread per core starves. Measured here (2 cores, a training run on one): 20
# tokens took 15 s with 2 threads and 0.2 s with 1; a 185-token prompt 7 s with llama-cpp-
# python's default prompt threads (all cores) and 0.07 s with 1. Half the cores by default.
DEFAULT_THREADS = max(1, (os.cpu_count() or 2) // 2)


class ChatModel:
    def __init__(self, path: Path, threads: int | None = None, n_ctx: int = 512) -> None:
        from llama_cpp import Llama
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        self.path = path
        self.llm = Llama(
            model_path=str(path),
            n_ctx=n_ctx,
            seed=0,
            n_threads=threads or DEFAULT_THREADS,
            n_threads_batch=threads or DEFAULT_THREADS,  # the prompt too (its default: all cores)
            verbose=False,
        )
        meta = self.llm.metadata
        eos_id = int(meta["tokenizer.ggml.eos_token_id"])
        bos_id = int(meta.get("tokenizer.ggml.bos_token_id", eos_id))
        eos, bos = (self.llm.detokenize([i], special=True).decode() for i in (eos_id, bos_id))
        self.template = str(meta["tokenizer.chat_template"])
        self.formatter = Jinja2ChatFormatter(self.template, eos, bos)
        self._prefixes: dict[str, list[int]] = {}
        self._states: dict[tuple[int, ...], Any] = {}

    def prompt_ids(self, messages: list[dict[str, str]]) -> list[int]:
        prompt = self.formatter(messages=messages).prompt  # type: ignore[arg-type]
        return list(self.llm.tokenize(prompt.encode("utf-8"), add_bos=False, special=True))

    def start(self, messages: list[dict[str, str]], ids: list[int]) -> None:
        """Start from the system prompt's cached state, or from nothing; never from the last
        request's cache.

        llama-cpp-python reuses whatever prefix the previous prompt shared with this one, so the
        rest is evaluated in batches that depend on the previous request, and the logits differ
        slightly: the same words gave two moods (bonnehumeur, then nostalgie). Evaluating the
        system prompt once, always cut at the same token, keeps answers repeatable and fast.
        """
        prefix = self._system_prefix(messages)
        if not prefix or ids[: len(prefix)] != prefix or len(ids) <= len(prefix):
            self.llm.reset()
            return
        key = tuple(prefix)
        if key not in self._states:
            self.llm.reset()
            self.llm.eval(prefix)
            self._states[key] = self.llm.save_state()
        self.llm.load_state(self._states[key])

    def _system_prefix(self, messages: list[dict[str, str]]) -> list[int]:
        """The tokens every prompt with this system message starts with."""
        if len(messages) < 2 or messages[0]["role"] != "system":
            return []
        system = messages[0]["content"]
        if system not in self._prefixes:
            a, b = (
                self.prompt_ids([messages[0], {"role": "user", "content": text}])
                for text in ("a", "b")
            )
            shared = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), 0)
            self._prefixes[system] = a[:shared]
        return self._prefixes[system]
