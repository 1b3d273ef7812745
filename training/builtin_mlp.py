"""Fit the built-in interpreter's hidden-layer model with torch (training only, never in HA).

Each sentence's hashed features (``moodcore.features``) are summed, weighted by their values,
into ``hidden`` ReLU units, then mapped to the 12 moods; the optional sentence-encoder vector
of its content words (``training.builtin_semantic``) adds a linear term straight to the logits,
which folds into the shipped 12-logit word table exactly as for the logistic regression.

Mini-batch Adam (sparse for the feature rows), one thread, a seeded shuffle: the same rows and
parameters give the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
import json

import numpy as np
import numpy.typing as npt
import torch

from moodcore.builtin import BuiltinModel, dequantize_rows, quantize_rows, row_lookup
from moodcore.contract import MOODS
from moodcore.features import FeatureConfig
from moodcore.text import analyze
from training.builtin_inputs import (
    Features,
    FloatArray,
    Row,
    Semantic,
    dense_inputs,
    featurize_memo,
    row_labels,
)


@dataclass(frozen=True)
class MlpParams:
    #: Every row is hidden-size wide, so only the ``own_rows`` most frequent of 2^20 buckets
    #: get one; the rest share 2^shared_bits rows. Hash collisions were what limited the model:
    #: this beats plain 2^17 buckets (4-bit rows) and 2^16 (8-bit rows) in the same 2 MB.
    features: FeatureConfig = field(default_factory=lambda: FeatureConfig(dim_bits=20))
    own_rows: int = 90_000
    shared_bits: int = 15  #: 0: every bucket seen in training gets its own row, nothing shared
    row_bits: int = 4
    hidden: int = 20
    epochs: int = 10
    learning_rate: float = 3e-3
    batch_size: int = 64
    init_scale: float = 0.05
    semantic_alpha: float = 1.0  #: scale of the dense word-vector inputs (0: unused)
    seed: int = 13


class _Net(torch.nn.Module):
    def __init__(self, params: MlpParams, n_rows: int, n_dense: int) -> None:
        super().__init__()
        self.rows = torch.nn.EmbeddingBag(n_rows, params.hidden, mode="sum", sparse=True)
        torch.nn.init.normal_(self.rows.weight, std=params.init_scale)
        self.hidden_bias = torch.nn.Parameter(torch.zeros(params.hidden))
        self.output = torch.nn.Linear(params.hidden, len(MOODS))
        self.dense = torch.nn.Linear(n_dense, len(MOODS), bias=False) if n_dense else None

    def forward(
        self, index: torch.Tensor, values: torch.Tensor, offsets: torch.Tensor, dense: torch.Tensor
    ) -> torch.Tensor:
        summed = self.rows(index, offsets, per_sample_weights=values)
        logits: torch.Tensor = self.output(torch.relu(summed + self.hidden_bias))
        if self.dense is not None:
            logits = logits + self.dense(dense)
        return logits


def batch(
    feats: Sequence[Features], dense: FloatArray, rows: npt.NDArray[np.int64]
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    picked = [feats[i] for i in rows]
    lengths = [len(f[0]) for f in picked]
    offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64)
    return (
        torch.from_numpy(np.concatenate([f[0] for f in picked])),
        torch.from_numpy(np.concatenate([f[1] for f in picked])),
        torch.from_numpy(offsets),
        torch.from_numpy(dense[rows]),
    )


def own_buckets(feats: Sequence[Features], params: MlpParams) -> npt.NDArray[np.int64]:
    """Sorted buckets that get a row of their own: every bucket seen, or with shared rows the
    ``own_rows`` in the most rows (ties: lower id first)."""
    ids, rows_with = np.unique(np.concatenate([f[0] for f in feats]), return_counts=True)
    if not params.shared_bits:
        return ids
    return np.sort(ids[np.argsort(-rows_with, kind="stable")[: params.own_rows]])


def row_features(
    feats: Sequence[Features], buckets: npt.NDArray[np.int64], params: MlpParams
) -> list[Features]:
    """Bucket ids → weight-row ids, exactly as ``BuiltinModel`` will look them up."""
    lookup = row_lookup(buckets, params.features.dim_bits, params.shared_bits)
    return [(lookup[index].astype(np.int64), values, wordy) for index, values, wordy in feats]


def row_count(buckets: npt.NDArray[np.int64], params: MlpParams) -> int:
    return len(buckets) + (1 << params.shared_bits if params.shared_bits else 0)


def fit(
    feats: Sequence[Features],
    labels: npt.NDArray[np.int64],
    dense: FloatArray | None,
    params: MlpParams,
    n_rows: int,
) -> _Net:
    """Train on features already mapped to weight rows (``row_features``)."""
    torch.manual_seed(params.seed)
    rng = np.random.default_rng(params.seed)
    dense_in = dense if dense is not None else np.zeros((len(feats), 0), np.float32)
    net = _Net(params, n_rows, dense_in.shape[1])
    sparse = [net.rows.weight]
    others = [p for name, p in net.named_parameters() if name != "rows.weight"]
    optimizers = [
        torch.optim.SparseAdam(sparse, lr=params.learning_rate),
        torch.optim.Adam(others, lr=params.learning_rate),
    ]
    targets = torch.from_numpy(labels)
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # one thread: the same bytes on every machine
    try:
        for _ in range(params.epochs):
            order = rng.permutation(len(feats))
            for start in range(0, len(order), params.batch_size):
                rows = order[start : start + params.batch_size]
                loss = torch.nn.functional.cross_entropy(
                    net(*batch(feats, dense_in, rows)), targets[rows]
                )
                for optimizer in optimizers:
                    optimizer.zero_grad()
                loss.backward()
                for optimizer in optimizers:
                    optimizer.step()
    finally:
        torch.set_num_threads(threads)
    return net


def to_model(
    net: _Net,
    buckets: npt.NDArray[np.int64],
    params: MlpParams,
    meta: dict[str, object],
    sem_words: tuple[str, ...] = (),
    sem_vectors: FloatArray | None = None,
) -> BuiltinModel:
    """The rows quantized as the file will hold them; the dense term folded into a word table."""
    with torch.no_grad():
        rows = net.rows.weight.numpy()
        sem_table: FloatArray | None = None
        if net.dense is not None and sem_vectors is not None:
            projection = net.dense.weight.numpy().T
            sem_table = (sem_vectors @ projection * np.float32(params.semantic_alpha)).astype(
                np.float32
            )
        return BuiltinModel(
            config=params.features,
            labels=MOODS,
            buckets=buckets.astype(np.int64),
            weights=dequantize_rows(*quantize_rows(rows, params.row_bits)),
            bias=net.output.bias.numpy().astype(np.float32),
            meta=json.dumps(meta, sort_keys=True),
            sem_words=sem_words if sem_table is not None else (),
            sem_table=sem_table,
            hidden_bias=net.hidden_bias.numpy().astype(np.float32),
            output=net.output.weight.numpy().T.astype(np.float32).copy(),
            row_bits=params.row_bits,
            shared_bits=params.shared_bits,
        )


def params_dict(params: MlpParams, semantic_words: int) -> dict[str, object]:
    return {
        "model": "hidden_layer",
        "hidden": params.hidden,
        "own_rows": params.own_rows if params.shared_bits else None,
        "shared_bits": params.shared_bits,
        "row_bits": params.row_bits,
        "epochs": params.epochs,
        "learning_rate": params.learning_rate,
        "batch_size": params.batch_size,
        "semantic_alpha": params.semantic_alpha if semantic_words else 0.0,
        "semantic_words": semantic_words,
        "seed": params.seed,
        "features": json.loads(params.features.to_json()),
    }


def grid(with_semantic: bool) -> tuple[MlpParams, ...]:
    alpha = 1.0 if with_semantic else 0.0
    return tuple(MlpParams(epochs=epochs, semantic_alpha=alpha) for epochs in (6, 10))


def accuracy(model: BuiltinModel, rows: Sequence[Row]) -> float:
    """What the shipped (quantized) model scores, row by row as Home Assistant runs it."""
    if not rows:
        return 0.0
    hits = [
        model.labels[int(np.argmax(model.scores(analyze(row["text"]))[0]))] == row["mood"]
        for row in rows
    ]
    return sum(hits) / len(hits)


def train(
    train_rows: Sequence[Row],
    params: MlpParams,
    validation_rows: Sequence[Row] = (),
    meta: dict[str, object] | None = None,
    semantic: Semantic | None = None,
) -> tuple[BuiltinModel, dict[str, float]]:
    feats = [featurize_memo(row["text"], params.features) for row in train_rows]
    buckets = own_buckets(feats, params)
    dense = dense_inputs(train_rows, semantic, params.semantic_alpha)
    net = fit(
        row_features(feats, buckets, params),
        row_labels(train_rows),
        dense,
        params,
        row_count(buckets, params),
    )
    used = semantic if dense is not None else None  # alpha 0 leaves the encoder out
    info = dict(meta or {}) | {"params": params_dict(params, len(used.words) if used else 0)}
    if used is None:
        model = to_model(net, buckets, params, info)
    else:
        model = to_model(net, buckets, params, info, used.words, used.vectors)
    scores = {"train_accuracy": round(accuracy(model, train_rows), 4)}
    if validation_rows:
        scores["validation_accuracy"] = round(accuracy(model, validation_rows), 4)
    info |= scores
    return replace(model, meta=json.dumps(info, sort_keys=True)), scores
