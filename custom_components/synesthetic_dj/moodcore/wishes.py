"""Explicit wishes said out loud: colours (fr/en → canonical names) and brightness.

"mets du bleu nuit et du doré" → navy, gold; "pas de rouge" → nothing; "pas trop fort" → dim;
"not too dark" → bright. Colour idioms ("voir rouge", "feeling blue", "nuit blanche") are not
wishes.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from .contract import MAX_WISH_COLORS, Brightness, Wishes
from .matcher import Matcher, entries
from .text import Analysis

_IDIOM: Final = "_idiom"

_COLOR_WORDS: Final[dict[str, str]] = {
    "red": "rouge, rouges, vermillon, carmin, ecarlate, red, crimson, scarlet",
    "orange": "orange, oranges, orange*, orangee*, orangy",
    "amber": "ambre, ambree*, ambres, amber",
    "yellow": "jaune, jaunes, yellow",
    "gold": "dore, doree, dores, dorees, en or, couleur or, gold, golden",
    "green": "vert, verte, verts, vertes, green, emeraude, emerald",
    "teal": "bleu canard, sarcelle, teal, bleu vert, blue green",
    "cyan": "cyan, turquoise, turquoises, aqua, bleu ciel, sky blue, bleu clair, light blue",
    "blue": "bleu, bleue, bleus, bleues, azur, blue, azure",
    "navy": "bleu nuit, bleu marine, marine, bleu fonce, navy, navy blue, midnight blue, dark blue",
    "indigo": "indigo, indigos",
    "purple": "violet, violets, violette, violettes, pourpre, pourpres, purple, purples",
    "violet": "mauve, mauves, lilas, parme, lavande, violet*, lavender, lilac",
    "magenta": "magenta, fuchsia, fushia, magentas",
    "pink": "rose, roses, rosee*, pink, pinkish, rose pink",
    "white": "blanc, blanche, blancs, blanches, white",
    "warm_white": "blanc chaud, blanc chaude, lumiere chaude, lumieres chaudes, "
    "eclairage chaud, warm white, warm light, warm lights, soft white",
    "cool_white": "blanc froid, lumiere froide, lumieres froides, lumiere du jour, "
    "cool white, cold white, daylight, cold light, cool light",
    _IDIOM: "voir rouge, vois rouge, voit rouge, rouge de colere, rouge de honte, nuit blanche, nuits blanches, "
    "carte blanche, blanc comme un linge, blanche comme un linge, la vie en rose, "
    "vert de rage, verte de rage, peur bleue, colere noire, idees noires, "
    "see red, seeing red, saw red, feeling blue, feel blue, felt blue, the blues, "
    "green with envy, white as a sheet, tickled pink, in the pink, golden years, "
    "golden age, red flag, red flags, white lie, out of the blue, once in a blue moon, "
    "orange juice, jus d'orange, vin rouge, vin blanc, red wine, white wine, "
    "feu vert, feu rouge, green light, red light, feux rouges, "
    "marine nationale, navy seal, rose des vents, rose garden",
}

# "?" marks cues that only count when the sentence talks about light (e.g. "fort", "soft").
_BRIGHTNESS_WORDS: Final[dict[str, str]] = {
    "dim": "tamis*, penombre, veilleuse, feutre*, bougie*, lumiere douce, lumieres douces, "
    "lumiere tamisee, faible lumiere, lumiere faible, moins fort, moins lumineux, "
    "moins de lumiere, baisse la lumiere, baisser la lumiere, baisse les lumieres, "
    "dim, dimmed, dimmer, dimly, low light, lights low, candle*, subdued, faint, "
    "turn down, lower the lights, less bright, keep it low, darker, half light",
    "dim?": "doux, douce, faible, faibles, sombre, basse, bas, tout doux, soft, softer, "
    "low, gentle, dark",
    "bright": "lumineu*, plein pot, pleins feux, eclatant*, pleine lumiere, plus de lumiere, "
    "allume tout, eclaire tout, plus lumineux, bright, brighter, brightest, "
    "full brightness, full blast, full power, lights up, light it up, turn up, "
    "more light, as bright",
    "bright?": "fort, forte, vif, vive, vives, vifs, intense, max, maximum, a fond, en grand, "
    "full, vivid, strong, blazing",
}
_LIGHT_WORDS: Final = frozenset(
    "lumiere lumieres lampe lampes eclairage ampoule ampoules led leds luminosite eclaire "
    "allume light lights lamp lamps lighting bulb bulbs brightness illumin".split()
)

_COLOR_FR: Final[dict[str, str]] = {
    "red": "rouge",
    "orange": "orange",
    "amber": "ambre",
    "yellow": "jaune",
    "gold": "doré",
    "green": "vert",
    "teal": "bleu canard",
    "cyan": "cyan",
    "blue": "bleu",
    "navy": "bleu nuit",
    "indigo": "indigo",
    "purple": "violet",
    "violet": "mauve",
    "magenta": "magenta",
    "pink": "rose",
    "white": "blanc",
    "warm_white": "blanc chaud",
    "cool_white": "blanc froid",
}


@lru_cache(maxsize=1)
def _color_matcher() -> Matcher:
    return Matcher(entries(_COLOR_WORDS))


@lru_cache(maxsize=1)
def _brightness_matcher() -> Matcher:
    return Matcher(entries(_BRIGHTNESS_WORDS))


def extract_colors(analysis: Analysis) -> tuple[str, ...]:
    """Canonical colours asked for, in order of mention, negated ones left out (max 3)."""
    found: list[str] = []
    for match in _color_matcher().find(analysis.marked):
        label = match.label
        if label == "purple" and analysis.lang == "en" and analysis.tokens[match.start] == "violet":
            label = "violet"  # French "violet" is purple; English "violet" is violet
        if label == _IDIOM or match.negated or label in found:
            continue
        found.append(label)
    return tuple(found[:MAX_WISH_COLORS])


def extract_brightness(analysis: Analysis) -> Brightness | None:
    """ "dim", "bright" or None. A negated cue or one after "moins"/"less" flips
    ("pas trop fort" → dim, "less bright" → dim); the last cue wins."""
    has_light = any(t in _LIGHT_WORDS or t.startswith("illumin") for t in analysis.tokens)
    result: Brightness | None = None
    for match in _brightness_matcher().find(analysis.marked):
        label = match.label
        if label.endswith("?"):
            if not has_light:
                continue
            label = label[:-1]
        less = match.start > 0 and analysis.tokens[match.start - 1] in ("moins", "less")
        if match.negated != less:  # "pas trop fort", "moins vive", "less bright": flipped
            label = "bright" if label == "dim" else "dim"
        result = "dim" if label == "dim" else "bright"
    return result


def extract_wishes(analysis: Analysis) -> Wishes:
    return Wishes(colors=extract_colors(analysis), brightness=extract_brightness(analysis))


def color_label(color: str, lang: str) -> str:
    """Human name of a canonical colour in ``lang``."""
    if lang == "fr":
        return _COLOR_FR.get(color, color)
    return color.replace("_", " ")


def _join(items: list[str], lang: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + (" et " if lang == "fr" else " and ") + items[-1]


def wish_clause(wishes: Wishes, lang: str) -> str:
    """A short sentence acknowledging honoured wishes, or "" when there are none."""
    if not wishes.colors and wishes.brightness is None:
        return ""
    colors = _join([color_label(c, lang) for c in wishes.colors], lang)
    if lang == "fr":
        light = {"dim": "Lumière tamisée", "bright": "Pleine lumière", None: "Lumière"}
        head = light[wishes.brightness]
        body = f"{head} en {colors}" if colors else head
        return f"{body}, comme demandé."
    light_en = {"dim": "Dimmed lights", "bright": "Bright lights", None: "Lights"}
    head = light_en[wishes.brightness]
    body = f"{head} in {colors}" if colors else head
    return f"{body}, as you asked."
