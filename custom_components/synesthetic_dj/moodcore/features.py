"""Hashed sparse features of the built-in model, shared by training and inference.

Per sentence: words (negation-marked, accent-free), word bigrams, character n-grams of each
word (negated words get their own n-grams), emotion-lexicon and situation-cue hits per mood,
a few punctuation cues.
Each feature string is hashed with CRC-32 (stable across processes, unlike ``hash()``) into
``2**dim_bits`` buckets; the vector is L2-normalised.

:func:`semantic_tokens` picks the words looked up in the model's optional word table (a
12-logit vector per word distilled from a sentence encoder at training time).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
import itertools
import json
import math
from typing import Any, Final
import zlib

import numpy as np
import numpy.typing as npt

from .cues import situation_matcher
from .lexicon import mood_matcher
from .text import EN_STOPWORDS, FR_STOPWORDS, NEGATION_PREFIX, Analysis

_PUNCT: Final = frozenset("!?.,;:")
_MAX_TOKENS: Final = 120
# Function words say little about a mood; negators stay strong (they change meaning).
STOPWORDS: Final = (FR_STOPWORDS | EN_STOPWORDS) - frozenset(
    "pas ne jamais plus sans rien not no never without nothing trop tres vraiment so very really "
    "too toujours always encore again enfin finally deja already".split()
)
_CONTRAST: Final = frozenset(
    "mais pourtant cependant toutefois neanmoins but however though although yet".split()
)


@dataclass(frozen=True, slots=True)
class FeatureConfig:
    dim_bits: int = 18
    char_min: int = 3
    char_max: int = 5
    w_word: float = 1.0
    w_stop: float = 0.3
    w_bigram: float = 0.7
    w_char: float = 0.3
    w_lex: float = 1.0
    w_cue: float = 1.0
    before_contrast: float = 0.4

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> FeatureConfig:
        data: dict[str, Any] = json.loads(text)
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


def _bucket(feature: str, mask: int) -> int:
    return zlib.crc32(feature.encode("utf-8")) & mask


def feature_strings(analysis: Analysis, config: FeatureConfig) -> dict[str, float]:
    """Feature name → weight (before hashing); exposed for tests and debugging."""
    feats: dict[str, float] = {}
    marked = analysis.marked[:_MAX_TOKENS]
    words = [t for t in marked if t not in _PUNCT]
    plain = [t[len(NEGATION_PREFIX) :] if t.startswith(NEGATION_PREFIX) else t for t in words]
    for token, base in zip(words, plain, strict=True):
        feats["w|" + token] = config.w_stop if base in STOPWORDS else config.w_word
    for first, second in itertools.pairwise(plain):
        if first not in STOPWORDS or second not in STOPWORDS:
            feats[f"b|{first} {second}"] = config.w_bigram
    for token, base in zip(words, plain, strict=False):
        tag = "n|" if token.startswith(NEGATION_PREFIX) else "c|"
        padded = f"<{base[:24]}>"
        for size in range(config.char_min, config.char_max + 1):
            for start in range(len(padded) - size + 1):
                feats[tag + padded[start : start + size]] = config.w_char
    # "un peu triste mais surtout fier": what comes before the last "mais"/"but" matters less.
    pivot = max((i for i, t in enumerate(marked) if t in _CONTRAST), default=-1)
    for prefix, matcher, weight in (
        ("l", mood_matcher(), config.w_lex),
        ("s", situation_matcher(), config.w_cue),
    ):
        for match in matcher.find(marked):
            key = f"{prefix}n|{match.label}" if match.negated else f"{prefix}|{match.label}"
            scale = config.before_contrast if match.start < pivot else 1.0
            feats[key] = feats.get(key, 0.0) + weight * match.weight * scale
    if "!" in analysis.raw:
        feats["p|!"] = config.w_word
    if "?" in analysis.raw:
        feats["p|?"] = config.w_word
    return feats


def featurize(
    analysis: Analysis, config: FeatureConfig
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float32], npt.NDArray[np.bool_]]:
    """Sorted unique bucket indices, their L2-normalised values, and which buckets hold a
    word-level feature (word, bigram, lexicon) rather than only character n-grams."""
    mask = (1 << config.dim_bits) - 1
    buckets: dict[int, float] = {}
    wordy: set[int] = set()
    for name, weight in feature_strings(analysis, config).items():
        index = _bucket(name, mask)
        buckets[index] = buckets.get(index, 0.0) + weight
        if name[0] in "wbls":
            wordy.add(index)
    if not buckets:
        return (
            np.zeros(0, dtype=np.int64),
            np.zeros(0, dtype=np.float32),
            np.zeros(0, dtype=np.bool_),
        )
    keys = sorted(buckets)
    values = np.array([buckets[k] for k in keys], dtype=np.float32)
    norm = math.sqrt(float(np.dot(values, values)))
    if norm > 0.0:
        values /= norm
    return (
        np.array(keys, dtype=np.int64),
        values,
        np.array([k in wordy for k in keys], dtype=np.bool_),
    )


def semantic_tokens(analysis: Analysis) -> list[str]:
    """Content words for the semantic word table: alphabetic, 3+ letters, not a function word,
    not negated ("pas triste" must not vote for sadness)."""
    return [
        t
        for t in analysis.marked[:_MAX_TOKENS]
        if len(t) >= 3 and t.isalpha() and t not in STOPWORDS
    ]
