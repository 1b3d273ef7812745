"""The built-in interpreter's logistic regression: hashed features → 12 logits, numpy only.

Full-batch Adam from zero weights on mean cross-entropy + l2: no randomness, so the same data
and parameters give the same bytes. ``python -m training.builtin_train --model linear`` runs it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
import json

import numpy as np
import numpy.typing as npt

from moodcore.builtin import BuiltinModel, dequantize_rows, quantize_rows
from moodcore.contract import MOODS
from moodcore.features import FeatureConfig
from training.builtin_inputs import (
    FloatArray,
    Row,
    Semantic,
    dense_inputs,
    featurize_memo,
    row_labels,
)


@dataclass(frozen=True)
class TrainParams:
    features: FeatureConfig = field(default_factory=FeatureConfig)
    l2: float = 3e-5
    iterations: int = 250
    learning_rate: float = 0.2
    prune: float = 2e-3  #: drop bucket rows whose weights all stay below this
    semantic_alpha: float = 1.0  #: scale of the dense word-vector inputs (0: unused)


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


def build_design(
    rows: Sequence[Row],
    config: FeatureConfig,
    vocabulary: npt.NDArray[np.int64] | None = None,
    dense: FloatArray | None = None,
) -> Design:
    """Featurize ``rows``; sparse columns are the buckets of ``vocabulary`` (default: seen)."""
    feats = [featurize_memo(row["text"], config) for row in rows]
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
    design = build_design(
        train_rows, params.features, dense=dense_inputs(train_rows, semantic, params.semantic_alpha)
    )
    labels = row_labels(train_rows)
    weights, bias = fit(design, labels, params)
    scores = {"train_accuracy": round(accuracy(design, labels, weights, bias), 4)}
    if validation_rows:
        held = build_design(
            validation_rows,
            params.features,
            design.buckets,
            dense=dense_inputs(validation_rows, semantic, params.semantic_alpha),
        )
        scores["validation_accuracy"] = round(
            accuracy(held, row_labels(validation_rows), weights, bias), 4
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
