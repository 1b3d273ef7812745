"""What the integration says back, and how a person's words are compared.

Assist sentences and the LLM tool answer the same people: one set of replies and one
forgiving comparison (accents, case, "s'il te plaît") keeps them from drifting apart.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final
import unicodedata

from .moodcore import Wishes, load_catalog, narrate

# Politeness at the end of a request is not part of the feeling ("cosy, s'il te plaît").
_COURTESIES: Final = ("s il te plait", "s il vous plait", "stp", "svp", "please", "merci", "thanks")

# What we say, in the conversation's language. Kept in code: Home Assistant's
# translation files have no category for spoken replies.
REPLIES: Final[Mapping[str, Mapping[str, str]]] = {
    "en": {
        "stopped": "{zone}: ambiance stopped, lights and music are back as they were.",
        "which_room": "Which room do you mean? I can set the ambiance in: {rooms}.",
        "ambiguous_room": "Several rooms match: {rooms}. Which one do you mean?",
        "unknown_room": "I don't know the room {room}. I can set the ambiance in: {rooms}.",
        "no_zone": "No Synesthetic DJ zone is set up yet.",
        "failed": "Sorry, I could not change the ambiance: {error}",
    },
    "fr": {
        "stopped": "{zone} : ambiance arrêtée, lumières et musique sont revenues comme avant.",
        "which_room": "Dans quelle pièce ? Je peux mettre l'ambiance dans : {rooms}.",
        "ambiguous_room": "Plusieurs pièces correspondent : {rooms}. Laquelle voulez-vous ?",
        "unknown_room": "Je ne connais pas la pièce {room}. Je peux mettre l'ambiance dans : {rooms}.",
        "no_zone": "Aucune zone Synesthetic DJ n'est encore configurée.",
        "failed": "Désolé, je n'ai pas pu changer l'ambiance : {error}",
    },
}


def speech_lang(language: str | None) -> str:
    """The reply language for a conversation language tag ("fr-CA" → "fr"); English otherwise."""
    return "fr" if (language or "").lower().startswith("fr") else "en"


def reply(lang: str, key: str, **placeholders: str) -> str:
    """One spoken reply in ``lang`` (fr or en)."""
    return REPLIES[speech_lang(lang)][key].format(**placeholders)


def fold(text: str) -> str:
    """Compare-ready text: no accents, no case, apostrophes and hyphens as spaces.

    Speech-to-text and keyboards disagree on "Rêverie"/"reverie" and "l'entrée"/"l entree";
    the person meant the same thing.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    for sep in ("'", "’", "-", "_", ".", ",", "!", "?"):
        plain = plain.replace(sep, " ")
    return " ".join(plain.split())


def strip_courtesy(text: str) -> str:
    """The request without a trailing "please" / "s'il te plaît" (and its comma)."""
    words = text.split()
    # Folding splits "s'il" in two, so compare growing tails of the original words.
    for size in range(1, min(4, len(words))):
        if fold(" ".join(words[-size:])) in _COURTESIES:
            return " ".join(words[:-size]).rstrip(" ,")
    return text


def _mood_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for mood_id, mood in load_catalog().items():
        for name in (mood_id, mood.name_fr, mood.name_en):
            names[fold(name)] = mood_id
            # "bonne humeur" and "bonnehumeur" both reach the same mood.
            names[fold(name).replace(" ", "")] = mood_id
    return names


def match_mood(text: str) -> str | None:
    """The mood id named by ``text`` (French or English name, id, any accents), or None."""
    folded = fold(text)
    names = _mood_names()
    return names.get(folded) or names.get(folded.replace(" ", ""))


def narration_in(response: Mapping[str, Any], lang: str) -> str:
    """The narration of a set_mood response, in the conversation's language.

    The interpreter narrates in the language it detected (or the zone's setting); a person
    who asked in French on an English pipeline still expects to be answered in English.
    """
    ambiance = response.get("ambiance", {})
    interpretation = response.get("interpretation", {})
    narration = str(ambiance.get("narration") or interpretation.get("narration") or "")
    mood = interpretation.get("mood") or ambiance.get("track", {}).get("mood_id")
    if interpretation.get("lang") == lang or mood not in load_catalog():
        return narration
    raw = interpretation.get("wishes") or {}
    wishes = Wishes(colors=tuple(raw.get("colors") or ()), brightness=raw.get("brightness"))
    return narrate(str(mood), lang, wishes)
