"""A small phrase matcher over normalised tokens (words, ``prefix*`` stems, multi-word phrases).

Patterns are written accent-free and lower-case, as :func:`moodcore.text.normalize` produces
them. A match knows whether its first word sits in a negation scope.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .text import NEGATION_PREFIX, normalize

_STAR = "qxstarqx"


@dataclass(frozen=True, slots=True)
class Match:
    label: str
    weight: float
    negated: bool
    start: int
    end: int  #: exclusive token index


@dataclass(frozen=True, slots=True)
class _Pattern:
    words: tuple[str, ...]
    label: str
    weight: float


def _word_matches(pattern: str, token: str) -> bool:
    if pattern.endswith("*"):
        return token.startswith(pattern[:-1])
    return token == pattern


class Matcher:
    """Find labelled patterns in a token sequence; longest match wins, no overlaps."""

    def __init__(self, entries: Iterable[tuple[str, str, float]]) -> None:
        self._exact: dict[str, list[_Pattern]] = {}
        self._prefix: dict[str, list[_Pattern]] = {}
        self._prefix_lengths: list[int] = []
        for text, label, weight in entries:
            words = tuple(text.split())
            if not words:
                continue
            pattern = _Pattern(words, label, weight)
            first = words[0]
            if first.endswith("*"):
                self._prefix.setdefault(first[:-1], []).append(pattern)
            else:
                self._exact.setdefault(first, []).append(pattern)
        self._prefix_lengths = sorted({len(p) for p in self._prefix}, reverse=True)
        for table in (self._exact, self._prefix):
            for patterns in table.values():
                patterns.sort(key=lambda p: len(p.words), reverse=True)

    def _candidates(self, token: str) -> list[_Pattern]:
        found = list(self._exact.get(token, ()))
        for length in self._prefix_lengths:
            if length <= len(token):
                found.extend(self._prefix.get(token[:length], ()))
        found.sort(key=lambda p: len(p.words), reverse=True)
        return found

    def find(self, marked: tuple[str, ...]) -> list[Match]:
        """Matches in ``marked`` tokens (negated ones carry the ``NOT_`` prefix)."""
        plain = [t[len(NEGATION_PREFIX) :] if t.startswith(NEGATION_PREFIX) else t for t in marked]
        matches: list[Match] = []
        i = 0
        while i < len(plain):
            matched: Match | None = None
            for pattern in self._candidates(plain[i]):
                n = len(pattern.words)
                if i + n <= len(plain) and all(
                    _word_matches(w, t)
                    for w, t in zip(pattern.words[1:], plain[i + 1 : i + n], strict=False)
                ):
                    negated = marked[i].startswith(NEGATION_PREFIX)
                    matched = Match(pattern.label, pattern.weight, negated, i, i + n)
                    break
            if matched is None:
                i += 1
            else:
                matches.append(matched)
                i = matched.end
        return matches


def normalize_pattern(text: str) -> str:
    """Write patterns naturally ("j'ai peur", "can't sleep", "terrif*"): they go through the
    same normalisation as user text, so "j'ai" becomes "je ai" on both sides."""
    normalized, _ = normalize(text.replace("*", _STAR))
    return normalized.replace(_STAR, "*")


def entries(spec: dict[str, str], phrase_weight: float = 1.0) -> list[tuple[str, str, float]]:
    """``{label: "a, b*, c d"}`` → matcher entries; phrases get ``phrase_weight``."""
    result: list[tuple[str, str, float]] = []
    for label, words in spec.items():
        for item in words.split(","):
            text = normalize_pattern(item)
            if text:
                result.append((text, label, phrase_weight if " " in text else 1.0))
    return result
