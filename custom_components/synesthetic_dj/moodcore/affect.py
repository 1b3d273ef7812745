"""Expressed intensity and the valence/arousal hints derived from the catalog."""

from __future__ import annotations

from typing import Final

from .catalog import load_catalog
from .text import NEGATION_PREFIX, Analysis

_INTENSIFIERS: Final = frozenset(
    "tres vraiment trop tellement super hyper ultra completement totalement extremement grave "
    "carrement absolument vachement tant si fou folle archi mega terriblement "
    "very really so extremely totally incredibly absolutely completely utterly insanely "
    "such deeply truly seriously crazy damn freaking super mega".split()
)
_DOWNTONERS: Final = frozenset(
    "peu legerement plutot assez moyennement vaguement brin bof "
    "bit little slightly somewhat kinda kind sort mildly rather fairly meh".split()
)
_DOWNTONER_PHRASES: Final = ("un peu", "un brin", "a bit", "a little", "kind of", "sort of")


def expressed_intensity(analysis: Analysis) -> float:
    """-1 (understated: "un peu", "a bit") .. +1 (emphatic: "trop", "so", "!!!", CAPS, "sooo")."""
    score = 0.0
    for token in analysis.tokens:
        if token in _INTENSIFIERS:
            score += 0.35
        elif token in _DOWNTONERS:
            score -= 0.35
    joined = " " + " ".join(t for t in analysis.tokens if not t.startswith(NEGATION_PREFIX)) + " "
    score -= 0.2 * sum(joined.count(f" {phrase} ") for phrase in _DOWNTONER_PHRASES)
    bangs = analysis.raw.count("!")
    score += min(bangs, 3) * 0.15
    words = analysis.raw.split()
    caps = sum(1 for w in words if len(w) >= 3 and w.isupper())
    if words and caps:
        score += min(caps / len(words), 1.0) * 0.5
    if analysis.elongated:
        score += 0.25
    return max(-1.0, min(1.0, score))


def _clamp(value: float) -> float:
    return max(0.0, min(1.0, value))


def affect_hints(mood: str, intensity: float) -> tuple[float, float]:
    """(valence, arousal): the mood's catalog values, pushed further from neutral when the
    feeling is stated emphatically and pulled toward it when understated."""
    entry = load_catalog()[mood]
    factor = 1.0 + 0.35 * intensity
    valence = 0.5 + (entry.valence - 0.5) * factor
    arousal = entry.arousal + 0.12 * intensity
    return round(_clamp(valence), 3), round(_clamp(arousal), 3)
