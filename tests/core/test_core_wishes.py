"""Colour and brightness wishes, French and English, with negation."""

from __future__ import annotations

import pytest

from custom_components.synesthetic_dj.moodcore.contract import COLOR_NAMES
from custom_components.synesthetic_dj.moodcore.text import analyze
from custom_components.synesthetic_dj.moodcore.wishes import (
    color_label,
    extract_wishes,
    wish_clause,
)


@pytest.mark.parametrize(
    ("text", "colors"),
    [
        ("Mets du bleu nuit et du doré", ("navy", "gold")),
        ("des lumières roses et violettes", ("pink", "purple")),
        ("une ambiance rouge", ("red",)),
        ("en bleu marine s'il te plaît", ("navy",)),
        ("ambre et blanc chaud", ("amber", "warm_white")),
        ("vert émeraude", ("green",)),
        ("Je veux du turquoise", ("cyan",)),
        ("du mauve, du lilas", ("violet",)),
        ("make it purple and gold", ("purple", "gold")),
        ("warm white please", ("warm_white",)),
        ("cool white light", ("cool_white",)),
        ("navy blue and pink", ("navy", "pink")),
        ("a soft violet glow", ("violet",)),
        ("golden light", ("gold",)),
        ("rouge, orange, jaune, vert et bleu", ("red", "orange", "yellow")),
    ],
)
def test_colors(text: str, colors: tuple[str, ...]) -> None:
    assert extract_wishes(analyze(text)).colors == colors


@pytest.mark.parametrize(
    "text",
    [
        "pas de rouge",
        "sans bleu",
        "no red please",
        "not blue",
        "je vois rouge",
        "j'ai passé une nuit blanche",
        "I'm feeling blue",
        "green with envy",
        "un verre de vin rouge",
        "Je suis triste ce soir",
    ],
)
def test_no_colors(text: str) -> None:
    assert extract_wishes(analyze(text)).colors == ()


def test_negated_color_is_left_out_but_others_kept() -> None:
    assert extract_wishes(analyze("pas de rouge, plutôt du bleu")).colors == ("blue",)
    assert extract_wishes(analyze("no red, but blue")).colors == ("blue",)


@pytest.mark.parametrize(
    ("text", "brightness"),
    [
        ("lumière tamisée", "dim"),
        ("une lumière douce", "dim"),
        ("pas trop fort la lumière", "dim"),
        ("baisse la lumière", "dim"),
        ("lumière moins forte", "dim"),
        ("moins fort", "dim"),
        ("éclairage faible", "dim"),
        ("dans la pénombre", "dim"),
        ("lights low please", "dim"),
        ("dim the lights", "dim"),
        ("not too bright", "dim"),
        ("soft light", "dim"),
        ("lumineux !", "bright"),
        ("à fond les lumières", "bright"),
        ("lumière plein pot", "bright"),
        ("pas trop sombre la lumière", "bright"),
        ("bright lights", "bright"),
        ("full brightness", "bright"),
        ("not too dim", "bright"),
        ("not too dark, lights please", "bright"),
    ],
)
def test_brightness(text: str, brightness: str) -> None:
    assert extract_wishes(analyze(text)).brightness == brightness


@pytest.mark.parametrize(
    "text",
    [
        "je suis fort",
        "un café fort",
        "il fait sombre dehors",
        "I'm feeling low",
        "une musique douce",
        "rien",
        "",
    ],
)
def test_no_brightness_without_light_context(text: str) -> None:
    assert extract_wishes(analyze(text)).brightness is None


def test_color_labels_and_clause() -> None:
    for name in COLOR_NAMES:
        assert color_label(name, "fr")
        assert color_label(name, "en")
    from custom_components.synesthetic_dj.moodcore import Wishes

    assert wish_clause(Wishes(), "fr") == ""
    assert wish_clause(Wishes(("navy", "gold"), "dim"), "fr") == (
        "Lumière tamisée en bleu nuit et doré, comme demandé."
    )
    assert wish_clause(Wishes(("warm_white",), "bright"), "en") == (
        "Bright lights in warm white, as you asked."
    )
