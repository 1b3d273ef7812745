"""Text normalisation, tokenisation, language detection and negation scopes (fr/en).

Everything here is total: any ``str`` (empty, huge, emoji only, control characters, other
scripts) gives a result, never an exception. Input is capped at :data:`MAX_CHARS`.
"""

from __future__ import annotations

from dataclasses import dataclass
import re
from typing import Final
import unicodedata

MAX_CHARS: Final = 1000
NEGATION_PREFIX: Final = "NOT_"
_NEGATION_WINDOW: Final = 4

# Emoji carry mood; they become pseudo-words the models and the lexicon understand.
_EMOJI_GROUPS: Final[dict[str, str]] = {
    "emo_joy": "😀😃😄😁😆😊🙂☺😸😺🌞🌈🎶🎵",
    "emo_laugh": "😂🤣😹",
    "emo_love": "❤😍🥰😘💖💕💗💓💞😻",
    "emo_party": "🎉🥳🎊🍾🤩🔥🚀💃🕺",
    "emo_win": "🏆🥇🏅💪👑✌",
    "emo_sad": "😢😭😞😔☹🙁💔😿🥀😓",
    "emo_angry": "😠😡🤬👿💢😤🖕",
    "emo_fear": "😱😨🙀🆘🚨",
    "emo_worry": "😟😬😥😧😰😣😖",
    "emo_calm": "😌🧘🛀🍵☕🌿🛋🌊",
    "emo_dream": "💭🌙✨🌌☁😴🌠💤",
    "emo_curious": "🤔🧐❓🔍🔎",
    "emo_wait": "👀⏳⌛🤞",
    "emo_memory": "📷📸🕰📼📻",
}
EMOJI: Final[dict[str, str]] = {
    char: name for name, chars in _EMOJI_GROUPS.items() for char in chars
}
_EMOJI_RE: Final = re.compile("[" + re.escape("".join(EMOJI)) + "]")

_LIGATURES: Final = str.maketrans(
    {"œ": "oe", "æ": "ae", "’": "'", "ʼ": "'", "`": "'", "´": "'", "‘": "'"}
)
_ELISION_RE: Final = re.compile(r"\b(qu|[jnlmtscd])'(?=[a-z])")
_ELISION: Final[dict[str, str]] = {
    "qu": "que",
    "j": "je",
    "n": "ne",
    "l": "le",
    "m": "me",
    "t": "te",
    "s": "se",
    "c": "ce",
    "d": "de",
}
_EN_CONTRACTIONS: Final = (
    (re.compile(r"\bcan't\b"), "can not"),
    (re.compile(r"\bwon't\b"), "will not"),
    (re.compile(r"n't\b"), " not"),
    (re.compile(r"'m\b"), " am"),
    (re.compile(r"'re\b"), " are"),
    (re.compile(r"'ve\b"), " have"),
    (re.compile(r"'ll\b"), " will"),
    (re.compile(r"'d\b"), " would"),
)
_TOKEN_RE: Final = re.compile(r"[a-z0-9_]+|[!?.,;:]")
_ELONGATION_RE: Final = re.compile(r"([a-z])\1{2,}")

FR_STOPWORDS: Final = frozenset(
    "je j me moi ma mon mes tu te toi ton ta tes il elle on nous vous ils elles le la les un une "
    "des du de au aux et ou mais donc car ni que qui quoi ce cet cette ces est suis es sommes "
    "etes sont ai as avons avez ont etait ete etre avoir fait faire pas ne plus tres trop bien "
    "avec pour dans sur sous chez par sans vraiment tellement aujourd hui ce soir matin demain "
    "hier encore deja toujours jamais rien tout tous toute toutes peu beaucoup comme quand "
    "parce si y en leur leurs notre nos votre vos cela ca ici enfin juste aussi alors va vais "
    "suis sens sentir mettez mets met lumiere musique ambiance envie besoin".split()
)
EN_STOPWORDS: Final = frozenset(
    "i me my mine myself you your he she it we they them us our the a an and or but so of to "
    "in on at for with without from by about is am are was were be been being have has had "
    "do does did not no never very really too just this that these those what which who when "
    "why how all some any can could will would should feel feeling felt today tonight morning "
    "tomorrow yesterday again still already always nothing everything much little like because "
    "if there here then than got get getting im its finally put play light lights music mood "
    "want need please some".split()
)
# Frequent French / English content words without stopword status, for one-word messages.
_FR_HINTS: Final = frozenset(
    "triste heureux heureuse content contente fatigue fatiguee peur colere joie calme stresse "
    "stressee angoisse angoissee nostalgique inquiet inquiete furieux furieuse enerve enervee "
    "gagne victoire reve reveuse curieux curieuse detendu detendue soulage soulagee panique "
    "paniquee genial trop bof ouf super chouette magnifique bonne nuit journee soiree".split()
)
_EN_HINTS: Final = frozenset(
    "sad happy glad tired scared angry joy calm stressed anxious nostalgic worried furious "
    "annoyed won victory dreamy curious relaxed relieved panic awesome great cool wow night "
    "day evening upset excited thrilled lonely".split()
)
_FR_SUFFIXES: Final = ("eux", "euse", "ee", "ment", "ais", "ait", "ons", "ez", "ique")
_NEGATORS: Final = frozenset(
    {
        "ne",
        "pas",
        "jamais",
        "aucun",
        "aucune",
        "sans",
        "guere",
        "nullement",
        "not",
        "never",
        "no",
        "without",
        "nor",
        "neither",
        "cannot",
        "dont",
        "didnt",
        "doesnt",
        "isnt",
        "wasnt",
        "arent",
        "werent",
        "cant",
        "wont",
        "havent",
        "hasnt",
        "couldnt",
        "wouldnt",
        "shouldnt",
        "aint",
    }
)
_SCOPE_BREAKERS: Final = frozenset(
    "mais juste seulement plutot car parce pourtant cependant sauf quand meme "
    "but just only rather because though although however yet instead except".split()
)
_COMPARATIVE: Final = frozenset("aussi si autant tellement so this as that such".split())


@dataclass(frozen=True, slots=True)
class Analysis:
    """A sentence prepared for the interpreters."""

    raw: str  #: input capped at MAX_CHARS
    normalized: str  #: casefolded, accent-free, emoji as pseudo-words, punctuation kept
    tokens: tuple[str, ...]  #: words and punctuation marks of ``normalized``
    marked: tuple[str, ...]  #: same tokens, the ones in a negation scope prefixed with NOT_
    lang: str  #: "fr" or "en"
    lang_confident: bool  #: False when detection fell back to a default
    elongated: bool  #: "sooo", "trooop": a sign of intensity


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _clean_char(char: str) -> str:
    if char.isalnum() or char in " _!?.,;:'":
        return char
    return " "


def normalize(text: str) -> tuple[str, bool]:
    """Return (normalised text, whether letters were elongated); total on any ``str``."""
    text = text[:MAX_CHARS]
    text = _EMOJI_RE.sub(lambda m: f" {EMOJI[m.group(0)]} ", text)
    text = strip_accents(text.casefold().translate(_LIGATURES))
    text = "".join(_clean_char(c) for c in text)
    text = _ELISION_RE.sub(lambda m: _ELISION[m.group(1)] + " ", text)
    for pattern, replacement in _EN_CONTRACTIONS:
        text = pattern.sub(replacement, text)
    elongated = _ELONGATION_RE.search(text) is not None
    text = _ELONGATION_RE.sub(r"\1\1", text)
    return " ".join(text.replace("'", " ").split()), elongated


def tokenize(normalized: str) -> tuple[str, ...]:
    return tuple(_TOKEN_RE.findall(normalized))


def detect_lang(tokens: tuple[str, ...], raw: str) -> tuple[str, bool]:
    """Cheap fr/en guess from stopwords, frequent words and accents: (lang, confident)."""
    fr = en = 0.0
    for token in tokens:
        in_fr = token in FR_STOPWORDS or token in _FR_HINTS
        in_en = token in EN_STOPWORDS or token in _EN_HINTS
        if in_fr and not in_en:
            fr += 1.0
        elif in_en and not in_fr:
            en += 1.0
        elif not in_fr and not in_en and len(token) > 4 and token.endswith(_FR_SUFFIXES):
            fr += 0.3
    accents = sum(1 for c in raw[:MAX_CHARS] if c in "éèêëàâçîïôûùœÉÈÊÀÇ")
    fr += min(accents, 3) * 0.5
    if fr > en:
        return "fr", fr - en >= 1.0
    if en > fr:
        return "en", en - fr >= 1.0
    return ("fr", False) if accents else ("en", False)


def mark_negation(tokens: tuple[str, ...], lang: str) -> tuple[str, ...]:
    """Prefix the words governed by a negation with ``NOT_``.

    A scope opens after a negator (fr: ne/n', pas, jamais, aucun, sans...; en: not/n't, never,
    no, without...), lasts up to four words and closes at punctuation or at a contrast word
    ("mais", "juste", "but", "just"...). "ne ... plus" negates; "plus" alone does not.
    "jamais été aussi heureux" / "never been so happy" is an intensifier, not a negation.
    """
    # "dont" is French for "whose": an English negator only in English text.
    negators = _NEGATORS if lang == "en" else _NEGATORS - {"dont"}
    out: list[str] = []
    left = 0
    for i, token in enumerate(tokens):
        if token in ".,;:!?" or token in _SCOPE_BREAKERS:
            left = 0
            out.append(token)
            continue
        is_negator = token in negators or (token == "plus" and left > 0)
        if token == "no" and (
            (i > 0 and tokens[i - 1] in ("oh", "ah"))
            or (i + 1 < len(tokens) and tokens[i + 1] in ("way", "!", "?", "."))
        ):
            is_negator = False
        if token in ("never", "jamais") and any(t in _COMPARATIVE for t in tokens[i + 1 : i + 4]):
            is_negator = False
        if is_negator:
            out.append(token)
            left = _NEGATION_WINDOW
        elif left > 0:
            out.append(NEGATION_PREFIX + token)
            left -= 1
        else:
            out.append(token)
    return tuple(out)


def analyze(text: object, lang: str | None = None) -> Analysis:
    """Normalise, tokenise, detect the language (unless given) and mark negations."""
    raw = text[:MAX_CHARS] if isinstance(text, str) else ""
    normalized, elongated = normalize(raw)
    tokens = tokenize(normalized)
    if lang in ("fr", "en"):
        detected, confident = lang, True
    else:
        detected, confident = detect_lang(tokens, raw)
    return Analysis(
        raw=raw,
        normalized=normalized,
        tokens=tokens,
        marked=mark_negation(tokens, detected),
        lang=detected,
        lang_confident=confident,
        elongated=elongated,
    )
