"""Template piles: combine each mood's hand-written fragments with shared frames.

A pile turns a situation fragment ("j'ai raté mon train") or a feeling phrase
("je me sens {a} nostalgique") into a few full requests. Every row made from one fragment
shares its group, so reworded copies of a sentence never end up on both sides of a split.
Frames are deliberately mood-neutral: the emotion must come from the fragment.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
import random
from types import ModuleType

from training.samples.seedfmt import Seed

# ----------------------------------------------------------------------------- frames

# Leads before a situation must fit both present and past tense ("Ce soir, j'ai raté...").
SIT_LEAD_FR = ("Ce soir", "Aujourd'hui", "Bon", "Franchement", "Alors", "Bref", "Du coup", "Voilà")
LEAD_FR = (*SIT_LEAD_FR, "Ce matin", "Là", "En ce moment", "Honnêtement", "Cet après-midi")
TRAIL_FR = ("ce soir", "aujourd'hui", "en ce moment", "depuis ce matin", "cet après-midi")
REQUEST_FR = (
    "Mets-moi une ambiance.",
    "Lance une ambiance qui va avec.",
    "Adapte la lumière et la musique.",
    "Tu me mets quelque chose ?",
    "Fais-moi une ambiance pour ça.",
    "Règle le salon en fonction.",
    "Une ambiance pour ce moment, s'il te plaît.",
    "Choisis la musique et les lumières.",
    "Mets ce qui colle.",
)
SIT_LEAD_EN = ("Today", "Tonight", "So", "Honestly", "Okay so", "Well", "Anyway", "Alright")
LEAD_EN = (*SIT_LEAD_EN, "This morning", "Right now", "This afternoon", "At the moment")
TRAIL_EN = ("tonight", "today", "right now", "this evening", "since this morning")
REQUEST_EN = (
    "Set the mood.",
    "Put on something that fits.",
    "Lights and music please.",
    "Can you set up the room for that?",
    "Pick an ambiance for me.",
    "Match the lights to that.",
    "Do the lights for me.",
    "Play something that goes with it.",
    "Sort out the vibe please.",
)

SITUATION_FRAMES = ("{S}.", "{L}, {s}.", "{S}. {R}", "{L}, {s}. {R}", "{S}, {r}")
FEELING_FRAMES = ("{F}.", "{L}, {f}.", "{F} {t}.", "{F}, {r}", "{F}. {R}")
NEGATION_FRAMES_FR = ("{N}, {f}.", "{N} : {f}, c'est tout.", "{N}, en fait {f}.", "Non, {n}. {F}.")
NEGATION_FRAMES_EN = ("{N}, {f}.", "{N}. {F}, that's all.", "{N}, actually {f}.", "No, {n}. {F}.")

# Adverbs that set how strongly the feeling is said (the row's intensity label).
ADVERBS: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "low": ("un peu", "un petit peu", "légèrement"),
        "high": ("tellement", "vraiment", "trop"),
    },
    "en": {
        "low": ("a bit", "a little", "kinda", "slightly"),
        "high": ("so", "really", "incredibly"),
    },
}

# ----------------------------------------------------------------------------- wishes

# canonical colour -> (French partitive, French "en ..." form, English word)
COLOUR_WORDS: dict[str, tuple[str, str, str]] = {
    "red": ("du rouge", "rouge", "red"),
    "orange": ("de l'orange", "orange", "orange"),
    "amber": ("de l'ambre", "ambre", "amber"),
    "yellow": ("du jaune", "jaune", "yellow"),
    "gold": ("du doré", "doré", "gold"),
    "green": ("du vert", "vert", "green"),
    "teal": ("du bleu canard", "bleu canard", "teal"),
    "cyan": ("du cyan", "cyan", "cyan"),
    "blue": ("du bleu", "bleu", "blue"),
    "navy": ("du bleu marine", "bleu marine", "navy"),
    "indigo": ("de l'indigo", "indigo", "indigo"),
    "purple": ("du violet", "violet", "purple"),
    "violet": ("du mauve", "mauve", "violet"),
    "magenta": ("du magenta", "magenta", "magenta"),
    "pink": ("du rose", "rose", "pink"),
    "white": ("du blanc", "blanc", "white"),
    "warm_white": ("du blanc chaud", "blanc chaud", "warm white"),
    "cool_white": ("du blanc froid", "blanc froid", "cool white"),
}
BRIGHTNESS_FR = {
    "dim": ("lumière tamisée", "baisse la lumière", "lumière douce s'il te plaît", "pas trop fort"),
    "bright": ("lumière à fond", "mets la lumière bien forte", "éclaire à fond", "très lumineux"),
}
BRIGHTNESS_EN = {
    "dim": ("dim the lights", "keep it dim", "soft light please", "lights low"),
    "bright": ("lights at full", "make it bright", "crank the brightness", "bright lights please"),
}


@dataclass(frozen=True)
class Wish:
    text: str
    colors: tuple[str, ...]
    brightness: str


def make_wish(rng: random.Random, lang: str) -> Wish:
    """A spoken colour/brightness wish; colours are drawn from the whole vocabulary on purpose:
    users ask for any colour whatever their mood, and the interpreter must copy, not guess."""
    shape = rng.choice(("colour", "colour", "two", "bright", "both"))
    colours = tuple(rng.sample(sorted(COLOUR_WORDS), 2 if shape == "two" else 1))
    if shape == "bright":
        colours = ()
    brightness = rng.choice(("dim", "bright")) if shape in ("bright", "both") else ""
    text = (
        _wish_fr(rng, colours, brightness) if lang == "fr" else _wish_en(rng, colours, brightness)
    )
    return Wish(text, colours, brightness)


def _wish_fr(rng: random.Random, colours: tuple[str, ...], brightness: str) -> str:
    part = [COLOUR_WORDS[c][0] for c in colours]
    bare = [COLOUR_WORDS[c][1] for c in colours]
    if not colours:
        return rng.choice(BRIGHTNESS_FR[brightness])
    if brightness:
        level = "tamisé" if brightness == "dim" else "à fond"
        return rng.choice((f"{part[0]} mais {level}", f"en {bare[0]}, {level}"))
    if len(colours) == 2:
        return rng.choice(
            (
                f"mets {part[0]} et {part[1]}",
                f"plutôt en {bare[0]} et {bare[1]}",
                f"je veux {part[0]} et {part[1]}",
            )
        )
    return rng.choice((f"mets {part[0]}", f"en {bare[0]} s'il te plaît", f"avec {part[0]}"))


def _wish_en(rng: random.Random, colours: tuple[str, ...], brightness: str) -> str:
    words = [COLOUR_WORDS[c][2] for c in colours]
    if not colours:
        return rng.choice(BRIGHTNESS_EN[brightness])
    if brightness:
        level = "but dim" if brightness == "dim" else "and bright"
        return rng.choice((f"{words[0]} {level}", f"go {words[0]}, {level.split()[-1]}"))
    if len(colours) == 2:
        return rng.choice(
            (
                f"{words[0]} and {words[1]} please",
                f"use {words[0]} and {words[1]}",
                f"I want {words[0]} and {words[1]}",
            )
        )
    return rng.choice((f"make it {words[0]}", f"{words[0]} lights please", f"go with {words[0]}"))


# ----------------------------------------------------------------------------- rows


@dataclass(frozen=True)
class PileRow:
    seed: Seed
    group: str


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _fill_adverb(phrase: str, adverb: str) -> str:
    filled = phrase.replace("{a}", adverb)
    return " ".join(filled.split())


def _frame(
    template: str, rng: random.Random, lang: str, situation: bool = False, **parts: str
) -> str:
    if lang == "fr":
        lead, trail, request = (SIT_LEAD_FR if situation else LEAD_FR), TRAIL_FR, REQUEST_FR
    else:
        lead, trail, request = (SIT_LEAD_EN if situation else LEAD_EN), TRAIL_EN, REQUEST_EN
    req = rng.choice(request)
    values = {"L": rng.choice(lead), "t": rng.choice(trail), "R": req, "r": _lower(req)}
    for key, value in parts.items():
        values[key.lower()] = value
        values[key.upper()] = _cap(value)
    text = template.format(**values)
    return text.replace("?.", "?").replace("..", ".")


def _lower(text: str) -> str:
    # Lower-case the first letter unless it is "I" (English pronoun).
    if text.startswith("I "):
        return text
    return text[:1].lower() + text[1:]


def situation_rows(
    rng: random.Random, mood: str, lang: str, fragments: Sequence[str], tails: Sequence[str]
) -> list[PileRow]:
    rows: list[PileRow] = []
    for index, fragment in enumerate(fragments):
        group = f"{mood}-{lang}-sit{index:02d}"
        for template in rng.sample(SITUATION_FRAMES, 2):
            text = _frame(template, rng, lang, situation=True, S=fragment)
            rows.append(PileRow(Seed(text, lang, "situation", "normal"), group))
        # Some situations carry a spoken wish: wishes are not tied to the wish kind.
        if rng.random() < 0.2:
            wish = make_wish(rng, lang)
            text = f"{_cap(fragment)}. {_cap(wish.text)}."
            rows.append(
                PileRow(
                    Seed(text, lang, "situation", "normal", wish.colors, wish.brightness), group
                )
            )
        if tails and rng.random() < 0.3:
            text = f"{_cap(fragment)} {rng.choice(tails)}"
            rows.append(PileRow(Seed(text, lang, "slang_emoji", "normal"), group))
    return rows


def feeling_rows(rng: random.Random, mood: str, lang: str, phrases: Sequence[str]) -> list[PileRow]:
    rows: list[PileRow] = []
    for index, phrase in enumerate(phrases):
        group = f"{mood}-{lang}-feel{index:02d}"
        plain = _fill_adverb(phrase, "")
        frames = rng.sample(FEELING_FRAMES, 2)
        text = _frame(frames[0], rng, lang, F=plain)
        rows.append(PileRow(Seed(text, lang, "explicit", "normal"), group))
        if "{a}" in phrase:
            level = rng.choice(("low", "high"))
            adverb = rng.choice(ADVERBS[lang][level])
            text = _frame(frames[1], rng, lang, F=_fill_adverb(phrase, adverb))
            rows.append(PileRow(Seed(text, lang, "intensity", level), group))
        wish = make_wish(rng, lang)
        text = f"{_cap(plain)}, {wish.text}."
        rows.append(
            PileRow(Seed(text, lang, "wish", "normal", wish.colors, wish.brightness), group)
        )
    return rows


def negation_rows(
    rng: random.Random, mood: str, lang: str, denials: Sequence[str], phrases: Sequence[str]
) -> list[PileRow]:
    rows: list[PileRow] = []
    frames = NEGATION_FRAMES_FR if lang == "fr" else NEGATION_FRAMES_EN
    for index, denial in enumerate(denials):
        group = f"{mood}-{lang}-neg{index:02d}"
        for template in rng.sample(frames, 2):
            feeling = _fill_adverb(rng.choice(phrases), "")
            text = _frame(template, rng, lang, N=denial, F=feeling)
            rows.append(PileRow(Seed(text, lang, "negation", "normal"), group))
    return rows


def mood_pile(rng: random.Random, mood: str, module: ModuleType) -> list[PileRow]:
    rows: list[PileRow] = []
    for lang in ("fr", "en"):
        prefix = lang.upper()
        situations = getattr(module, f"{prefix}_SITUATIONS", ())
        feelings = getattr(module, f"{prefix}_FEELINGS", ())
        rows += situation_rows(rng, mood, lang, situations, getattr(module, f"{prefix}_TAILS", ()))
        rows += feeling_rows(rng, mood, lang, feelings)
        rows += negation_rows(rng, mood, lang, getattr(module, f"{prefix}_NEGATIONS", ()), feelings)
    return rows
