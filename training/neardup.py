"""Near-duplicate texts: Jaccard similarity of word sets, and an index that finds them fast.

Comparing every new sentence with every kept one grew quadratic with the data (~15 min for
33k rows). The index uses prefix filtering: if two word sets reach a Jaccard of t, they share
at least one word among the first `n - ceil(t * n) + 1` words of each, taken in one fixed
order. Indexing only those prefix words, rarest first, leaves a handful of candidates per
query, and the exact test on the candidates gives the same answer as the full scan.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
import math
from typing import Generic, TypeVar

# Token-set Jaccard above which two texts count as the same sentence reworded.
NEAR_DUP_JACCARD = 0.85
NEAR_DUP_MIN_TOKENS = 5
# Float slack when turning t * n into a word count, so a rounding error never shortens a prefix.
_SLACK = 1e-6

Item = TypeVar("Item")


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared words over all words of the two texts (0 when either is empty)."""
    return len(a & b) / len(a | b) if a and b else 0.0


def is_near_duplicate(a: frozenset[str], b: frozenset[str]) -> bool:
    """Word-order shuffles and one-word edits of longer sentences count as the same text."""
    if not a or not b:
        return a == b
    if a == b:
        return True
    small, large = sorted((len(a), len(b)))
    if small < NEAR_DUP_MIN_TOKENS or small / large < NEAR_DUP_JACCARD:
        return False
    return jaccard(a, b) >= NEAR_DUP_JACCARD


class SimilarWordSets(Generic[Item]):
    """Word sets added with an item; `candidates` returns, in insertion order, the items whose
    set may reach `threshold` Jaccard with a query (a superset of the true matches) plus those
    with the very same set, empty sets included."""

    def __init__(self, threshold: float, counts: Counter[str]) -> None:
        self._threshold = threshold
        # Rare words first keeps the posting lists short; any fixed order would be correct.
        self._counts = counts
        self._postings: dict[str, list[int]] = defaultdict(list)
        self._empty: list[int] = []
        self._items: list[Item] = []

    def _prefix(self, words: frozenset[str]) -> list[str]:
        ordered = sorted(words, key=lambda word: (self._counts[word], word))
        overlap = max(1, math.ceil(self._threshold * len(words) - _SLACK))
        return ordered[: len(words) - overlap + 1]

    def add(self, words: frozenset[str], item: Item) -> None:
        index = len(self._items)
        self._items.append(item)
        if not words:
            self._empty.append(index)
        for word in self._prefix(words):
            self._postings[word].append(index)

    def candidates(self, words: frozenset[str]) -> list[Item]:
        if not words:
            return [self._items[index] for index in self._empty]
        found = {index for word in self._prefix(words) for index in self._postings.get(word, ())}
        return [self._items[index] for index in sorted(found)]


def word_counts(word_sets: Iterable[frozenset[str]]) -> Counter[str]:
    """How many texts use each word: the index's rarest-first order."""
    counts: Counter[str] = Counter()
    for words in word_sets:
        counts.update(words)
    return counts
