"""Narration text and the assembly of an :class:`Interpretation` from a mood decision."""

from __future__ import annotations

from .catalog import load_catalog
from .contract import Interpretation, Lang, Wishes
from .llm_output import LlmOutput
from .wishes import wish_clause


def narrate(mood: str, lang: str, wishes: Wishes) -> str:
    """The catalog narration of ``mood`` in ``lang``, plus a clause for honoured wishes.

    When colours were asked for, the catalog's own colour description ("Ambiance tristesse :
    des bleus voilés...") would contradict them, so only its head is kept:
    "Ambiance tristesse : lumière tamisée en rose, comme demandé."
    """
    text = load_catalog()[mood].narration(lang)
    clause = wish_clause(wishes, lang)
    if not clause:
        return text
    head, colon, _ = text.partition(":")
    if wishes.colors and colon and head.strip():
        separator = " : " if lang == "fr" else ": "
        return f"{head.strip()}{separator}{clause[0].lower()}{clause[1:]}"
    return f"{text} {clause}"


def as_lang(lang: str) -> Lang:
    return "fr" if lang == "fr" else "en"


def interpretation_from_llm(
    output: LlmOutput,
    *,
    interpreter: str,
    confidence: float = 1.0,
    fallback_reason: str | None = None,
    lang: str | None = None,
) -> Interpretation:
    """Turn a parsed model answer into an :class:`Interpretation` (narration from the catalog).

    ``lang`` (e.g. the conversation language) overrides the language the model detected.
    """
    language = as_lang(lang if lang in ("fr", "en") else output.lang)
    wishes = output.wishes
    return Interpretation(
        mood=output.mood,
        valence=round(output.valence, 3),
        arousal=round(output.arousal, 3),
        narration=narrate(output.mood, language, wishes),
        lang=language,
        wishes=wishes,
        interpreter=interpreter,
        confidence=max(0.0, min(1.0, confidence)),
        fallback_reason=fallback_reason,
    )
