"""An honest keyword-matching baseline: count the emotion words of each mood.

Negated words ("pas triste", "not scared") are ignored. No match at all gives the neutral
mood (detente) with confidence 0 and ``fallback_reason="no_mood_signal"``.
"""

from __future__ import annotations

from typing import Final

from .affect import affect_hints, expressed_intensity
from .contract import MOODS, Interpretation
from .lexicon import mood_matcher
from .narration import as_lang, narrate
from .text import analyze
from .wishes import extract_wishes

NEUTRAL_MOOD: Final = "detente"
NO_SIGNAL: Final = "no_mood_signal"


class KeywordInterpreter:
    """Keyword baseline; ``interpret`` never raises."""

    name = "keyword"

    def interpret(self, text: str, lang: str | None = None) -> Interpretation:
        analysis = analyze(text, lang)
        scores = dict.fromkeys(MOODS, 0.0)
        for match in mood_matcher().find(analysis.marked):
            if not match.negated:
                scores[match.label] += match.weight
        total = sum(scores.values())
        if total <= 0.0:
            mood, confidence, reason = NEUTRAL_MOOD, 0.0, NO_SIGNAL
        else:
            # max() keeps the first of equal scores: ties go to the earlier mood in MOODS.
            mood = max(MOODS, key=lambda m: scores[m])
            confidence, reason = scores[mood] / total, None
        wishes = extract_wishes(analysis)
        valence, arousal = affect_hints(mood, expressed_intensity(analysis))
        language = as_lang(analysis.lang)
        return Interpretation(
            mood=mood,
            valence=valence,
            arousal=arousal,
            narration=narrate(mood, language, wishes),
            lang=language,
            wishes=wishes,
            interpreter=self.name,
            confidence=round(confidence, 4),
            fallback_reason=reason,
        )
