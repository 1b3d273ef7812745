"""What both built-in trainers feed on: featurized rows (memoised), labels, encoder vectors."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from moodcore.contract import MOODS
from moodcore.features import FeatureConfig, featurize
from moodcore.text import analyze
from training import builtin_semantic

Row = dict[str, str]
FloatArray = npt.NDArray[np.float32]


@dataclass(frozen=True)
class Semantic:
    """Encoder vectors of a word vocabulary (see builtin_semantic)."""

    words: tuple[str, ...]
    vectors: FloatArray


Features = tuple[npt.NDArray[np.int64], npt.NDArray[np.float32], npt.NDArray[np.bool_]]
_FEATURES: dict[tuple[str, FeatureConfig], Features] = {}


def featurize_memo(text: str, config: FeatureConfig) -> Features:
    """``featurize(analyze(text))``, memoised: tuning featurizes the same rows many times."""
    key = (text, config)
    if key not in _FEATURES:
        _FEATURES[key] = featurize(analyze(text), config)
    return _FEATURES[key]


def row_labels(rows: Sequence[Row]) -> npt.NDArray[np.int64]:
    return np.array([MOODS.index(row["mood"]) for row in rows], dtype=np.int64)


def dense_inputs(rows: Sequence[Row], semantic: Semantic | None, alpha: float) -> FloatArray | None:
    """Mean encoder vector of each row's content words, times ``alpha`` (None if unused)."""
    if semantic is None or alpha <= 0:
        return None
    vectors = builtin_semantic.sentence_vectors(
        [r["text"] for r in rows], semantic.words, semantic.vectors
    )
    return vectors * np.float32(alpha)
