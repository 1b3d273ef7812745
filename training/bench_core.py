"""Latency of the built-in interpreter and of the composer on varied inputs.

    python -m training.bench_core [--n 2000] [--seed 7]

Inputs are generated here (seeded): French and English sentences of 1 to ~60 words, with
negations, colour and brightness wishes, emoji, typos, a few 1,000+ character texts, empty
strings and other scripts. Prints p50/p95/max in milliseconds.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
import random
import sys
import time

from moodcore.builtin import BuiltinInterpreter
from moodcore.compose import compose
from moodcore.keyword import KeywordInterpreter

_FR_OPEN = (
    "Je me sens",
    "Ce soir je suis",
    "Franchement je suis",
    "Aujourd'hui j'étais",
    "Je ne suis pas",
    "On est",
    "Là, je suis vraiment",
    "Un peu",
)
_EN_OPEN = (
    "I feel",
    "Tonight I'm",
    "Honestly I am",
    "Today I was",
    "I'm not",
    "We are",
    "Right now I'm really",
    "A bit",
)
_FR_WORDS = (
    "triste",
    "heureux",
    "nostalgique",
    "en colère",
    "inquiète",
    "euphorique",
    "curieux",
    "détendu",
    "dans la lune",
    "fier",
    "terrifié",
    "impatient",
)
_EN_WORDS = (
    "sad",
    "happy",
    "nostalgic",
    "angry",
    "worried",
    "ecstatic",
    "curious",
    "relaxed",
    "dreamy",
    "proud",
    "terrified",
    "on the edge of my seat",
)
_FR_TAIL = (
    "",
    ", mets du bleu nuit",
    ", lumière tamisée",
    " et pas trop fort",
    " !!!",
    ", on a gagné la finale",
    " depuis que mon chat est parti",
    " 😭",
    " 🎉🎉",
)
_EN_TAIL = (
    "",
    ", make it purple and gold",
    ", lights low please",
    ", not too bright",
    "!!!",
    " since we won the final",
    " after the funeral",
    " 😱",
    " 🥳",
)
_ODD = (
    "",
    "   ",
    "?!?!",
    "🙂",
    "日本語のテキスト",
    "Привет, как дела?",
    "\x00\x07\u200b",
    "a" * 3000,
    "lol",
    "ok",
    "mdr",
)


def make_inputs(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts: list[str] = []
    for i in range(n):
        roll = rng.random()
        if roll < 0.04:
            texts.append(rng.choice(_ODD))
            continue
        french = rng.random() < 0.55
        opener = rng.choice(_FR_OPEN if french else _EN_OPEN)
        word = rng.choice(_FR_WORDS if french else _EN_WORDS)
        tail = rng.choice(_FR_TAIL if french else _EN_TAIL)
        text = f"{opener} {word}{tail}"
        if roll > 0.97:  # long story
            text = " ".join([text] * rng.randint(10, 40))
        elif roll > 0.85:
            text = text + ". " + f"{rng.choice(_EN_OPEN + _FR_OPEN)} {rng.choice(_EN_WORDS)}"
        if rng.random() < 0.1:  # a typo
            position = rng.randrange(len(text))
            text = text[:position] + text[position + 1 :]
        texts.append(text if i % 7 else text.upper())
    return texts


def timings(
    function: Callable[[str], object], texts: Sequence[str]
) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU (this thread) milliseconds per call: on a busy shared machine the
    wall-clock tail shows preemption by other processes, the CPU time does not."""
    wall: list[float] = []
    cpu: list[float] = []
    for text in texts:
        started, started_cpu = time.perf_counter_ns(), time.thread_time_ns()
        function(text)
        cpu.append((time.thread_time_ns() - started_cpu) / 1e6)
        wall.append((time.perf_counter_ns() - started) / 1e6)
    return wall, cpu


def quantile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training.bench_core", description=__doc__)
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    texts = make_inputs(max(args.n, 1000), args.seed)
    builtin = BuiltinInterpreter()
    keyword = KeywordInterpreter()
    for text in texts[:50]:  # warm caches (lexicon compilation, numpy)
        compose(builtin.interpret(text))
    interpretations = iter([builtin.interpret(text) for text in texts])
    results = {
        "builtin interpret": timings(builtin.interpret, texts),
        "keyword interpret": timings(keyword.interpret, texts),
        "compose": timings(lambda _: compose(next(interpretations)), texts),
    }
    print(f"{len(texts)} inputs (seed {args.seed}), milliseconds (wall clock | CPU time):")
    for name, (wall, cpu) in results.items():
        print(
            f"  {name:<18} p50 {quantile(wall, 0.5):6.3f}  p95 {quantile(wall, 0.95):6.3f}"
            f"  max {max(wall):6.3f}  | CPU p50 {quantile(cpu, 0.5):6.3f}"
            f"  p95 {quantile(cpu, 0.95):6.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
