"""Assist sentences: "je me sens fatigué", "set the mood cosy", "arrête l'ambiance".

Home Assistant's default conversation agent lets integrations add sentences through its
``conversation`` trigger platform, the same public path automations use: we attach one
trigger through :func:`homeassistant.helpers.trigger.async_initialize_triggers` while at
least one zone has the option on, and answer with the narration of what was set.

One trigger carries every sentence on purpose: the agent runs every trigger that matches
in parallel, so separate "describe" and "mood" triggers that both matched one sentence
would start two ambiances. Which sentence matched is read from its slot instead.

Hassil compares words exactly (no accent folding), so French sentences list the accented
and plain spellings; slot values are folded by :func:`fold` before any comparison.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Final
import unicodedata

from homeassistant.config_entries import ConfigEntry, ConfigEntryState
from homeassistant.const import CONF_PLATFORM
from homeassistant.core import CALLBACK_TYPE, Context, HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import (
    area_registry as ar,
    device_registry as dr,
    entity_registry as er,
    translation,
)
from homeassistant.helpers.script import ScriptRunResult
from homeassistant.helpers.trigger import async_initialize_triggers, async_validate_trigger_config
from homeassistant.util.hass_dict import HassKey
import voluptuous as vol

from .const import (
    ATTR_CONFIG_ENTRY_ID,
    ATTR_DESCRIPTION,
    ATTR_MOOD,
    CONF_ASSIST,
    CONF_LIGHTS,
    DEFAULT_ASSIST,
    DOMAIN,
    LOGGER,
    SERVICE_SET_MOOD,
    SERVICE_STOP,
)
from .moodcore import Wishes, load_catalog, narrate

SLOT_DESCRIPTION: Final = "description"
SLOT_MOOD: Final = "mood"

# Free-text wishes: {description} is a wildcard, the person's own words.
_DESCRIBE_FR: Final = (
    "(mets|met|mets-moi|mets moi|mettez|mettre|lance|lancez|lancer|crée|cree|créez|creez"
    "|créer|creer|fais|faites|fais-moi|fais moi) (une |l'|l )ambiance {description}",
    "(je veux|je voudrais|j'aimerais) une ambiance {description}",
    "je me sens {description}",
    "je suis d'humeur {description}",
    "j'ai envie d'une ambiance {description}",
)
_DESCRIBE_EN: Final = (
    "(set|make|give me) the (mood|ambiance|atmosphere) [to|for] {description}",
    "(set|create|make|start|give me|i want|i'd like) (a|an) {description} "
    "(mood|ambiance|atmosphere|vibe)",
    "i (feel|am feeling) {description}",
    "i'm feeling {description}",
    "i am in the mood for {description}",
)
# A mood by name, in either language: {mood} is a wildcard checked against the catalog,
# so an unknown word ("ambiance tamisée") is read as a description instead of refused.
# Not "mode {mood}": "mode nuit" is a common sentence of people's own automations.
_CHOOSE: Final = ("ambiance {mood}", "mood {mood}")
_STOP_FR: Final = (
    "(arrête|arrete|arrêtes|arretes|arrêtez|arretez|stoppe|stop|coupe|coupez|éteins|eteins"
    "|termine) (l'|l )(ambiance|atmosphère|atmosphere)",
    "(arrête|arrete|arrêtez|arretez|stop) (la musique et les lumières|la musique et les lumieres)",
    "fin de (l'|l )ambiance",
    "plus d'ambiance",
)
_STOP_EN: Final = (
    "(stop|end|turn off|switch off|cancel) the (ambiance|mood|atmosphere|vibe)",
    "(stop|end|cancel) (ambiance|mood)",
)
SENTENCES: Final = (*_DESCRIBE_FR, *_DESCRIBE_EN, *_CHOOSE, *_STOP_FR, *_STOP_EN)

# Words that introduce a room at the end of a description: "… dans le salon", "… in the
# bedroom". Only stripped when what follows names a known zone or area (see split_room).
_ROOM_PREPOSITIONS: Final = frozenset(
    {"dans", "au", "aux", "a", "en", "chez", "pour", "in", "on", "for", "at"}
)
_ROOM_ARTICLES: Final = frozenset({"le", "la", "les", "l", "the", "my", "ma", "mon", "mes"})
# Politeness at the end of a request is not part of the feeling ("cosy, s'il te plaît").
_COURTESIES: Final = ("s il te plait", "s il vous plait", "stp", "svp", "please", "merci", "thanks")

# What we say, in the conversation's language. Kept beside the sentences they answer:
# Home Assistant's translation files have no category for spoken replies.
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


# --------------------------------------------------------------------------- rooms


class ZoneChoiceError(HomeAssistantError):
    """The target zone cannot be told: say why, in the person's language."""

    def __init__(self, key: str, **placeholders: str) -> None:
        super().__init__(reply("en", key, **placeholders))
        self.key = key
        self.placeholders = placeholders

    def speech(self, lang: str) -> str:
        """The error as a sentence in ``lang``."""
        return reply(lang, self.key, **self.placeholders)


@dataclass(frozen=True, slots=True)
class ZoneCandidate:
    """A loaded zone and the areas and names it answers to."""

    entry: ConfigEntry
    area_ids: frozenset[str]
    names: frozenset[str] = field(default_factory=frozenset)


def _entity_area(hass: HomeAssistant, entity_id: str) -> str | None:
    """An entity's area: its own, else its device's."""
    entity = er.async_get(hass).async_get(entity_id)
    if entity is None:
        return None
    if entity.area_id:
        return entity.area_id
    if entity.device_id and (device := dr.async_get(hass).async_get(entity.device_id)):
        return device.area_id
    return None


def _area_names(area: ar.AreaEntry) -> set[str]:
    return {fold(area.name), *(fold(alias) for alias in area.aliases)}


def zone_candidates(hass: HomeAssistant, entries: Iterable[ConfigEntry]) -> list[ZoneCandidate]:
    """Each zone with the areas it covers: its device's, its lights', the area named like it."""
    areas = ar.async_get(hass)
    devices = dr.async_get(hass)
    candidates: list[ZoneCandidate] = []
    for entry in entries:
        area_ids = {
            device.area_id
            for device in dr.async_entries_for_config_entry(devices, entry.entry_id)
            if device.area_id
        }
        area_ids.update(
            area_id
            for light in entry.options.get(CONF_LIGHTS, ())
            if (area_id := _entity_area(hass, light))
        )
        title = fold(entry.title)
        area_ids.update(area.id for area in areas.async_list_areas() if title in _area_names(area))
        names = {title}
        for area_id in area_ids:
            if area := areas.async_get_area(area_id):
                names |= _area_names(area)
        candidates.append(ZoneCandidate(entry, frozenset(area_ids), frozenset(names)))
    return candidates


def _titles(candidates: Iterable[ZoneCandidate]) -> str:
    return ", ".join(sorted(c.entry.title for c in candidates))


def split_room(text: str, candidates: Iterable[ZoneCandidate]) -> tuple[str, str | None]:
    """Split "calme et doux dans le salon" into ("calme et doux", "salon").

    Only when the words after the preposition name a known zone or area: "I feel lost in
    the woods" keeps its woods.
    """
    names = {name for candidate in candidates for name in candidate.names}
    words = text.split()
    for index in range(1, len(words) - 1):
        if fold(words[index]) not in _ROOM_PREPOSITIONS:
            continue
        rest = words[index + 1 :]
        room = " ".join(rest)
        if fold(rest[0]) in _ROOM_ARTICLES and len(rest) > 1:
            room = " ".join(rest[1:])
        elif fold(rest[0]).startswith("l "):
            # "l'entrée" folds to "l entree": the article is glued to the room.
            room = " ".join(rest)[2:]
        if fold(room) in names or fold(" ".join(rest)) in names:
            return " ".join(words[:index]), room
    return text, None


def _device_area(
    hass: HomeAssistant, device_id: str | None, satellite_id: str | None
) -> str | None:
    """The area the person spoke from: the satellite entity's, else its device's."""
    if satellite_id and (area_id := _entity_area(hass, satellite_id)):
        return area_id
    if device_id and (device := dr.async_get(hass).async_get(device_id)):
        return device.area_id
    return None


def resolve_zone(
    hass: HomeAssistant,
    entries: list[ConfigEntry],
    *,
    room: str | None = None,
    device_id: str | None = None,
    satellite_id: str | None = None,
) -> ConfigEntry:
    """The zone meant: the room named, else the speaker's area, else the only zone.

    Raise :class:`ZoneChoiceError` rather than guess between rooms: lighting the wrong
    room is worse than asking.
    """
    candidates = zone_candidates(hass, entries)
    if not candidates:
        raise ZoneChoiceError("no_zone")
    if room is not None and room.strip():
        wanted = fold(room)
        named = [c for c in candidates if wanted in c.names]
        if len(named) == 1:
            return named[0].entry
        if named:
            raise ZoneChoiceError("ambiguous_room", rooms=_titles(named))
        raise ZoneChoiceError("unknown_room", room=room.strip(), rooms=_titles(candidates))
    if area_id := _device_area(hass, device_id, satellite_id):
        here = [c for c in candidates if area_id in c.area_ids]
        if len(here) == 1:
            return here[0].entry
        if here:
            raise ZoneChoiceError("ambiguous_room", rooms=_titles(here))
    if len(candidates) == 1:
        return candidates[0].entry
    raise ZoneChoiceError("which_room", rooms=_titles(candidates))


# --------------------------------------------------------------------------- performing


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


async def error_speech(hass: HomeAssistant, err: HomeAssistantError, lang: str) -> str:
    """A failed action's message in ``lang``, from the integration's translated exceptions."""
    if isinstance(err, ZoneChoiceError):
        return err.speech(lang)
    message = str(err)
    if err.translation_domain == DOMAIN and err.translation_key:
        strings = await translation.async_get_translations(hass, lang, "exceptions", {DOMAIN})
        template = strings.get(f"component.{DOMAIN}.exceptions.{err.translation_key}.message")
        if template:
            try:
                message = template.format(**(err.translation_placeholders or {}))
            except (KeyError, IndexError, ValueError):
                LOGGER.debug("Untranslatable placeholders for %s", err.translation_key)
    return reply(lang, "failed", error=message or type(err).__name__)


async def async_perform(
    hass: HomeAssistant,
    entry: ConfigEntry,
    *,
    description: str | None,
    mood: str | None,
    context: Context | None,
) -> dict[str, Any]:
    """Call the integration's own action, so Assist, automations and the UI share one path."""
    data: dict[str, Any] = {ATTR_CONFIG_ENTRY_ID: entry.entry_id}
    if mood is not None:
        data[ATTR_MOOD] = mood
    else:
        data[ATTR_DESCRIPTION] = description
    response = await hass.services.async_call(
        DOMAIN,
        SERVICE_SET_MOOD,
        data,
        blocking=True,
        return_response=True,
        context=context,
    )
    return dict(response or {})


async def async_stop(hass: HomeAssistant, entry: ConfigEntry, context: Context | None) -> None:
    """Stop one zone's ambiance through the integration's action."""
    await hass.services.async_call(
        DOMAIN,
        SERVICE_STOP,
        {ATTR_CONFIG_ENTRY_ID: entry.entry_id},
        blocking=True,
        context=context,
    )


# --------------------------------------------------------------------------- registration


@dataclass(slots=True)
class AssistSentences:
    """The zones that answer Assist sentences, and the trigger attached for them."""

    entry_ids: set[str] = field(default_factory=set)
    remove: CALLBACK_TYPE | None = None
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


DATA_ASSIST: HassKey[AssistSentences] = HassKey(f"{DOMAIN}_assist")


def _enabled_entries(hass: HomeAssistant) -> list[ConfigEntry]:
    state = hass.data.get(DATA_ASSIST)
    if state is None:
        return []
    return [
        entry
        for entry in hass.config_entries.async_entries(DOMAIN)
        if entry.entry_id in state.entry_ids and entry.state is ConfigEntryState.LOADED
    ]


def _context(user_input: Mapping[str, Any]) -> Context:
    """Our actions' context: the conversation's user, and the conversation as parent."""
    raw = user_input.get("context") or {}
    return Context(user_id=raw.get("user_id"), parent_id=raw.get("id"))


async def async_handle_sentence(hass: HomeAssistant, trigger: Mapping[str, Any]) -> str:
    """Act on one matched sentence and return what to say."""
    user_input: Mapping[str, Any] = trigger.get("user_input") or {}
    lang = speech_lang(user_input.get("language") or hass.config.language)
    slots: Mapping[str, Any] = trigger.get("slots") or {}
    entries = _enabled_entries(hass)
    candidates = zone_candidates(hass, entries)
    text = strip_courtesy(str(slots.get(SLOT_DESCRIPTION) or slots.get(SLOT_MOOD) or "").strip())
    text, room = split_room(text, candidates)
    mood = match_mood(text) if SLOT_MOOD in slots else None
    try:
        entry = resolve_zone(
            hass,
            entries,
            room=room,
            device_id=trigger.get("device_id"),
            satellite_id=trigger.get("satellite_id"),
        )
        context = _context(user_input)
        if not slots:
            await async_stop(hass, entry, context)
            return reply(lang, "stopped", zone=entry.title)
        response = await async_perform(
            hass, entry, description=None if mood else text, mood=mood, context=context
        )
    except HomeAssistantError as err:
        return await error_speech(hass, err, lang)
    except vol.Invalid as err:
        return reply(lang, "failed", error=str(err))
    return narration_in(response, lang)


async def _async_attach(hass: HomeAssistant) -> CALLBACK_TYPE | None:
    config = await async_validate_trigger_config(
        hass, [{CONF_PLATFORM: "conversation", "command": list(SENTENCES)}]
    )

    async def heard(run_variables: dict[str, Any], context: Context | None = None) -> Any:
        # The conversation trigger answers with a script result's conversation_response.
        speech = await async_handle_sentence(hass, run_variables.get("trigger") or {})
        return ScriptRunResult(conversation_response=speech, service_response=None, variables={})

    def log(level: int, message: str, **kwargs: Any) -> None:
        LOGGER.log(level, "%s Assist sentences", message, **kwargs)

    return await async_initialize_triggers(hass, config, heard, DOMAIN, "Assist sentences", log)


async def async_setup_assist(hass: HomeAssistant, entry: ConfigEntry) -> None:
    """Let this zone answer Assist sentences, unless its option turns them off.

    The sentences are attached with the first such zone and removed with the last one,
    through the entry's unload callbacks, so a reload after an options change applies it.
    """
    if not entry.options.get(CONF_ASSIST, DEFAULT_ASSIST):
        return
    state = hass.data.setdefault(DATA_ASSIST, AssistSentences())
    state.entry_ids.add(entry.entry_id)
    entry.async_on_unload(partial(_async_release, hass, entry.entry_id))
    async with state.lock:
        if state.remove is not None or not state.entry_ids:
            return
        try:
            remove = await _async_attach(hass)
        except (vol.Invalid, HomeAssistantError, ImportError) as err:
            # Without the conversation integration (and its hassil) zones still work;
            # only the spoken sentences are missing.
            LOGGER.warning("Assist sentences are unavailable: %s", err)
            return
        if state.entry_ids:
            state.remove = remove
        elif remove is not None:
            # Every zone unloaded while the trigger was being attached.
            remove()


@callback
def _async_release(hass: HomeAssistant, entry_id: str) -> None:
    state = hass.data.get(DATA_ASSIST)
    if state is None:
        return
    state.entry_ids.discard(entry_id)
    if not state.entry_ids and state.remove is not None:
        state.remove()
        state.remove = None


@callback
def async_assist_active(hass: HomeAssistant) -> bool:
    """Whether the sentences are attached right now (diagnostics, tests)."""
    state = hass.data.get(DATA_ASSIST)
    return state is not None and state.remove is not None
