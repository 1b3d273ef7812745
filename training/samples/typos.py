"""Turn a clean sentence into the way people actually type on a phone.

Real input drops accents, uses SMS spellings ("chui", "tro", "u r") and fat-fingers letters.
The typo copy keeps its seed's group, so a sentence and its misspelling share a split.
"""

from __future__ import annotations

import random
import re
import unicodedata

from training.data import normalise

# Whole-word rewrites, applied case-insensitively; each fires with some probability.
SMS_FR: tuple[tuple[str, str], ...] = (
    (r"\bje suis\b", "chui"),
    (r"\bj'ai\b", "jai"),
    (r"\bc'est\b", "cest"),
    (r"\btrop\b", "tro"),
    (r"\bquoi\b", "koi"),
    (r"\bbeaucoup\b", "bcp"),
    (r"\baujourd'hui\b", "ajd"),
    (r"\bvraiment\b", "vrmt"),
    (r"\bpourquoi\b", "pk"),
    (r"\bparce que\b", "pcq"),
    (r"\bje ne sais pas\b", "jsp"),
    (r"\bque\b", "ke"),
    (r"\btout\b", "tt"),
    (r"\bsuis\b", "sui"),
    (r"\bmais\b", "mé"),
    (r"\bmoi\b", "moa"),
)
SMS_EN: tuple[tuple[str, str], ...] = (
    (r"\byou\b", "u"),
    (r"\bare\b", "r"),
    (r"\bbecause\b", "cuz"),
    (r"\bi'm\b", "im"),
    (r"\breally\b", "rly"),
    (r"\bdon't\b", "dont"),
    (r"\btonight\b", "tonite"),
    (r"\bplease\b", "pls"),
    (r"\bpeople\b", "ppl"),
    (r"\bsomething\b", "smth"),
    (r"\bcan't\b", "cant"),
    (r"\bthough\b", "tho"),
    (r"\bwith\b", "w"),
)
_KEYBOARD_NEIGHBOURS = {
    "a": "zqs",
    "e": "zrd",
    "i": "uol",
    "o": "ipl",
    "u": "yij",
    "s": "adz",
    "t": "ryg",
    "n": "bhm",
    "r": "etf",
    "l": "kmo",
    "m": "nl",
    "c": "xv",
}


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    )


def typo_variant(text: str, lang: str, rng: random.Random) -> str:
    """A phone-typed copy of `text` whose normalised form differs from the original."""
    out = text.lower() if rng.random() < 0.7 else text
    if lang == "fr":
        out = strip_accents(out)
    for pattern, replacement in SMS_FR if lang == "fr" else SMS_EN:
        if rng.random() < 0.6:
            out = re.sub(pattern, replacement, out, flags=re.IGNORECASE)
    if rng.random() < 0.5:
        out = out.rstrip(".!?")
    for _ in range(rng.choice((1, 1, 2))):
        out = _fat_finger(out, rng)
    if normalise(out) == normalise(text):
        out = _fat_finger(out, rng, force=True)
    return " ".join(out.split())


def _fat_finger(text: str, rng: random.Random, force: bool = False) -> str:
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not candidates:
        return text + ("e" if force else "")
    index = rng.choice(candidates)
    word = words[index]
    pos = rng.randrange(1, len(word) - 1)
    operation = rng.choice(("drop", "double", "swap", "neighbour"))
    if operation == "drop":
        word = word[:pos] + word[pos + 1 :]
    elif operation == "double":
        word = word[:pos] + word[pos] + word[pos:]
    elif operation == "swap" and word[pos] != word[pos + 1]:
        word = word[:pos] + word[pos + 1] + word[pos] + word[pos + 2 :]
    else:
        neighbours = _KEYBOARD_NEIGHBOURS.get(word[pos].lower(), "e")
        word = word[:pos] + rng.choice(neighbours) + word[pos + 1 :]
    words[index] = word
    return " ".join(words)
