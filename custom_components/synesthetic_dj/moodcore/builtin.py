"""The built-in offline interpreter: hashed features → one small hidden layer → 12 moods.

Weights ship in ``builtin_model.npz`` (written by ``python -m training.builtin_train``): an
int8 or 4-bit row per hash bucket (the frequent buckets have their own rows, the rare ones may
share a few), summed, weighted by the feature values, into a ReLU hidden layer, then a 12-way
output layer (without the hidden layer the rows are the logits of a multinomial logistic
regression); plus an optional word table (12 logits per word, int8) distilled at training time
from a sentence encoder, averaged over the content words of the sentence. Inference is numpy +
pure Python, well under 2 ms per sentence.

Empty or meaningless input (no word, word pair or lexicon entry the model knows: "", "???",
"asdfgh", emoji it does not map, another script) gives the neutral mood ``detente`` with confidence 0 and
``fallback_reason="no_mood_signal"``: calm light is the least surprising answer to noise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
import io
import json
import logging
from pathlib import Path
from typing import Final
import zipfile

import numpy as np
import numpy.typing as npt

from .affect import affect_hints, expressed_intensity
from .contract import MOODS, Interpretation, Wishes
from .features import FeatureConfig, featurize, semantic_tokens
from .narration import as_lang, narrate
from .text import Analysis, analyze
from .wishes import extract_wishes

_LOGGER = logging.getLogger(__name__)

MODEL_PATH: Final = Path(__file__).with_name("builtin_model.npz")
NEUTRAL_MOOD: Final = "detente"
NO_SIGNAL: Final = "no_mood_signal"
INTERNAL_ERROR: Final = "internal_error"
_ZIP_DATE: Final = (1980, 1, 1, 0, 0, 0)

FloatArray = npt.NDArray[np.float32]


def _scalar_text(array: npt.NDArray[np.str_]) -> str:
    return str(array.reshape(-1)[0])


@dataclass(frozen=True, eq=False)
class BuiltinModel:
    """Weights stored sparsely: only buckets seen in training have a row of their own; with
    ``shared_bits``, the other buckets share 2**shared_bits rows stored after those."""

    config: FeatureConfig
    labels: tuple[str, ...]
    buckets: npt.NDArray[np.int64]  #: sorted ids of the buckets with a row of their own
    #: (rows, hidden size), or (rows, len(labels)) if linear; rows: len(buckets) + shared rows
    weights: FloatArray
    bias: FloatArray  #: (len(labels),)
    meta: str = "{}"  #: JSON: training facts (rows, accuracy...), informative only
    hidden_bias: FloatArray | None = None  #: (hidden size,); None: no hidden layer
    output: FloatArray | None = None  #: (hidden size, len(labels))
    #: optional semantic word table: words and their (len(words), len(labels)) logit vectors
    sem_words: tuple[str, ...] = ()
    sem_table: FloatArray | None = None
    row_bits: int = 8  #: 8 or 4: how each weight row is quantized in the file
    shared_bits: int = 0  #: 0: a bucket without its own row has no weight
    _lookup: npt.NDArray[np.int32] = field(init=False, repr=False)  #: bucket → row or -1
    _sem_index: dict[str, int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        lookup = row_lookup(self.buckets, self.config.dim_bits, self.shared_bits)
        object.__setattr__(self, "_lookup", lookup)
        object.__setattr__(self, "_sem_index", {w: i for i, w in enumerate(self.sem_words)})

    def scores(self, analysis: Analysis) -> tuple[FloatArray, int]:
        """Class probabilities and the number of word-level features the model knows."""
        indices, values, wordy = featurize(analysis, self.config)
        rows = self._lookup[indices]
        used = rows >= 0
        # A shared row also carries rare and unseen features: only an own row means "known".
        known_words = int((used & (rows < len(self.buckets)) & wordy).sum())
        summed = values[used] @ self.weights[rows[used]]
        if self.output is not None and self.hidden_bias is not None:
            logits = self.bias + np.maximum(summed + self.hidden_bias, 0.0) @ self.output
        else:
            logits = self.bias + summed
        if self.sem_table is not None:
            hits = [self._sem_index[t] for t in semantic_tokens(analysis) if t in self._sem_index]
            if hits:
                logits += self.sem_table[hits].mean(axis=0)
                known_words += len(hits)
        logits -= logits.max()
        probs = np.exp(logits)
        probs /= probs.sum()
        return probs.astype(np.float32), known_words

    # ------------------------------------------------------------------ file format

    def save(self, path: Path) -> None:
        """Write a byte-for-byte reproducible ``.npz`` (fixed zip timestamps, int8/int4 rows).

        Bucket ids are stored as gaps (sorted, mostly small: they deflate well) and each weight
        row as int8 (or two int4 per byte) with its own float16 scale: 4-bit rows let twice as
        many buckets, so fewer hash collisions, fit the 2 MB budget.
        """
        quantized, scales = quantize_rows(self.weights, self.row_bits)
        rows_name, rows = (
            ("weights_q4", pack_int4(quantized)) if self.row_bits == 4 else ("weights_q", quantized)
        )
        arrays: dict[str, npt.NDArray[np.generic]] = {
            "bucket_gaps": np.diff(self.buckets, prepend=0).astype(np.uint32),
            rows_name: rows,
            "weights_scale": scales,
            "bias": self.bias.astype(np.float32),
            "labels": np.array(self.labels),
            "config": np.array(self.config.to_json()),
            "meta": np.array(self.meta),
        }
        if self.output is not None and self.hidden_bias is not None:
            arrays["hidden_bias"] = self.hidden_bias.astype(np.float32)
            arrays["output"] = self.output.astype(np.float32)
        if self.sem_table is not None:
            scale = float(np.abs(self.sem_table).max()) / 127.0 or 1.0
            arrays["sem_words"] = np.frombuffer("\n".join(self.sem_words).encode(), np.uint8)
            arrays["sem_table"] = np.round(self.sem_table / scale).astype(np.int8)
            arrays["sem_scale"] = np.array([scale], dtype=np.float32)
        if self.shared_bits:
            arrays["shared_bits"] = np.array([self.shared_bits], dtype=np.int32)
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, array in arrays.items():
                buffer = io.BytesIO()
                np.save(buffer, array, allow_pickle=False)
                info = zipfile.ZipInfo(f"{name}.npy", date_time=_ZIP_DATE)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                archive.writestr(info, buffer.getvalue())

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> BuiltinModel:
        with np.load(path, allow_pickle=False) as data:
            labels = tuple(str(x) for x in data["labels"])
            if set(labels) != set(MOODS):
                raise ValueError(f"{path}: labels {labels} are not the 12 moods")
            sem_words: tuple[str, ...] = ()
            sem_table: FloatArray | None = None
            if "sem_table" in data.files:
                sem_words = tuple(data["sem_words"].tobytes().decode().split("\n"))
                sem_table = data["sem_table"].astype(np.float32) * float(data["sem_scale"][0])
            hidden_bias = data["hidden_bias"] if "hidden_bias" in data.files else None
            if "weights_q4" in data.files:
                # a row has as many weights as hidden units (or labels, without a hidden layer)
                cols = len(hidden_bias) if hidden_bias is not None else len(labels)
                quantized, row_bits = unpack_int4(data["weights_q4"], cols), 4
            else:
                quantized, row_bits = data["weights_q"], 8
            return cls(
                config=FeatureConfig.from_json(_scalar_text(data["config"])),
                labels=labels,
                buckets=np.cumsum(data["bucket_gaps"].astype(np.int64)),
                weights=dequantize_rows(quantized, data["weights_scale"]),
                bias=data["bias"].astype(np.float32),
                meta=_scalar_text(data["meta"]),
                sem_words=sem_words,
                sem_table=sem_table,
                hidden_bias=hidden_bias,
                output=data["output"] if "output" in data.files else None,
                row_bits=row_bits,
                shared_bits=int(data["shared_bits"][0]) if "shared_bits" in data.files else 0,
            )

    def info(self) -> dict[str, object]:
        meta: dict[str, object] = json.loads(self.meta)
        return meta


def row_lookup(
    buckets: npt.NDArray[np.int64], dim_bits: int, shared_bits: int = 0
) -> npt.NDArray[np.int32]:
    """Row of every bucket id: its own (its position in the sorted ``buckets``), else one of
    the 2**shared_bits shared rows after those (picked by its low bits), else -1 (no row)."""
    size = 1 << dim_bits
    if shared_bits:
        low = np.arange(size, dtype=np.int32) & np.int32((1 << shared_bits) - 1)
        lookup = (low + np.int32(len(buckets))).astype(np.int32)
    else:
        lookup = np.full(size, -1, dtype=np.int32)
    lookup[buckets] = np.arange(len(buckets), dtype=np.int32)
    return lookup


def quantize_rows(
    weights: FloatArray, bits: int = 8
) -> tuple[npt.NDArray[np.int8], npt.NDArray[np.float16]]:
    """Symmetric per row: a row's largest weight maps to ±127 (8 bits) or ±7 (4 bits)."""
    if bits not in (4, 8):
        raise ValueError(f"rows are quantized to 8 or 4 bits, not {bits}")
    limit = (1 << (bits - 1)) - 1
    scales = (np.abs(weights).max(axis=1) / limit).astype(np.float16)
    safe = np.where(scales > 0, scales.astype(np.float32), 1.0)[:, None]
    quantized = np.clip(np.round(weights / safe), -limit, limit).astype(np.int8)
    return quantized, scales


def pack_int4(quantized: npt.NDArray[np.int8]) -> npt.NDArray[np.uint8]:
    """Two values in -7..7 per byte (low nibble first); an odd row gets a zero pad."""
    if quantized.shape[1] % 2:
        quantized = np.pad(quantized, ((0, 0), (0, 1)))
    nibbles = quantized.astype(np.uint8) & 0x0F
    packed: npt.NDArray[np.uint8] = (nibbles[:, 0::2] | (nibbles[:, 1::2] << 4)).astype(np.uint8)
    return packed


def unpack_int4(packed: npt.NDArray[np.uint8], cols: int) -> npt.NDArray[np.int8]:
    nibbles = np.stack([packed & 0x0F, packed >> 4], axis=2).reshape(len(packed), -1)[:, :cols]
    signed: npt.NDArray[np.int8] = (nibbles.astype(np.int8) ^ 8) - 8  # sign-extend 4 bits
    return signed


def dequantize_rows(quantized: npt.NDArray[np.int8], scales: npt.NDArray[np.float16]) -> FloatArray:
    result: FloatArray = quantized.astype(np.float32) * scales.astype(np.float32)[:, None]
    return result


class BuiltinInterpreter:
    """Offline interpreter shipped with the integration; ``interpret`` never raises.

    Construction reads the weights and compiles the lexicons (~50 ms): in Home Assistant,
    construct it in the executor; ``interpret`` itself is CPU-only and sub-millisecond.
    """

    name = "builtin"

    def __init__(self, model: BuiltinModel | None = None, model_path: Path | None = None) -> None:
        self.model = model if model is not None else BuiltinModel.load(model_path or MODEL_PATH)
        self.interpret("warm up")  # compile the lexicons now (in the executor), not on first use

    def probabilities(self, text: str, lang: str | None = None) -> dict[str, float]:
        probs, _ = self.model.scores(analyze(text, lang))
        return {label: float(p) for label, p in zip(self.model.labels, probs, strict=True)}

    def interpret(self, text: str, lang: str | None = None) -> Interpretation:
        analysis = analyze(text, lang)
        language = as_lang(analysis.lang)
        wishes = Wishes()
        try:
            wishes = extract_wishes(analysis)
            probs, known = self.model.scores(analysis)
            if known == 0:
                mood, confidence, reason = NEUTRAL_MOOD, 0.0, NO_SIGNAL
            else:
                best = int(np.argmax(probs))
                mood, confidence, reason = self.model.labels[best], float(probs[best]), None
            valence, arousal = affect_hints(mood, expressed_intensity(analysis))
            narration = narrate(mood, language, wishes)
        except Exception:  # a bug must not break the user's evening: log and stay neutral
            _LOGGER.exception("Built-in interpreter failed on a %d-character text", len(text))
            mood, confidence, reason = NEUTRAL_MOOD, 0.0, INTERNAL_ERROR
            valence, arousal = 0.5, 0.3
            narration = ""
        return Interpretation(
            mood=mood,
            valence=valence,
            arousal=arousal,
            narration=narration,
            lang=language,
            wishes=wishes,
            interpreter=self.name,
            confidence=round(min(1.0, max(0.0, confidence)), 4),
            fallback_reason=reason,
        )
