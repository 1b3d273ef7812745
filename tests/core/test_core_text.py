"""Normalisation, language detection and negation scopes."""

from __future__ import annotations

import pytest

from custom_components.synesthetic_dj.moodcore.text import (
    MAX_CHARS,
    NEGATION_PREFIX,
    analyze,
    normalize,
)


def test_normalize_accents_case_emoji_controls() -> None:
    text, elongated = normalize("Ça VA très bien 😭\x00\x07 l’été, ŒUVRE")
    assert text == "ca va tres bien emo_sad le ete, oeuvre"
    assert not elongated
    assert normalize("sooooo happyyyy")[1] is True


def test_length_cap() -> None:
    assert len(analyze("a" * 50_000).raw) == MAX_CHARS


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Je me sens nostalgique ce soir", "fr"),
        ("je suis triste", "fr"),
        ("On a gagné la finale !", "fr"),
        ("nostalgique", "fr"),
        ("Déçue", "fr"),
        ("we just won the final!", "en"),
        ("I'm so scared right now", "en"),
        ("sad", "en"),
        ("", "en"),
        ("日本語", "en"),
    ],
)
def test_language_detection(text: str, lang: str) -> None:
    assert analyze(text).lang == lang


def test_language_hint_wins() -> None:
    assert analyze("we won", "fr").lang == "fr"
    assert analyze("nous avons gagné", "en").lang == "en"
    assert analyze("nous avons gagné", "de").lang == "fr"  # unknown hint: detect


def _negated(text: str, lang: str | None = None) -> set[str]:
    marked = analyze(text, lang).marked
    return {t[len(NEGATION_PREFIX) :] for t in marked if t.startswith(NEGATION_PREFIX)}


def test_french_negation_scope() -> None:
    negated = _negated("Je ne suis pas triste, juste fatigué")
    assert "triste" in negated
    assert "fatigue" not in negated
    assert "peur" in _negated("je n'ai plus peur")
    assert "triste" not in _negated("de plus en plus triste")
    assert "panique" in _negated("pas de panique")
    assert "stress" in _negated("une soirée sans stress")
    assert "triste" in _negated("je ne suis pas du tout triste")


def test_english_negation_scope() -> None:
    negated = _negated("I'm not sad, just tired")
    assert "sad" in negated
    assert "tired" not in negated
    assert "scared" in _negated("I don't feel scared")
    assert "worry" in _negated("no worry at all")
    assert "stress" in _negated("a weekend without stress")
    assert "scared" in _negated("I'm never scared")


def test_never_so_happy_is_not_a_negation() -> None:
    assert "heureux" not in _negated("je n'ai jamais été aussi heureux")
    assert "happy" not in _negated("I have never been so happy")


def test_oh_no_is_not_a_negation() -> None:
    assert _negated("oh no the house is on fire") == set()


def test_dont_is_french_for_whose() -> None:
    assert _negated("la chanson dont je me souviens", "fr") == set()
    assert "sad" in _negated("dont be sad", "en")
