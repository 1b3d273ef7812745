"""Assist sentences: "je me sens fatigué", "set the mood cosy", "arrête l'ambiance".

Home Assistant's default conversation agent lets integrations add sentences through its
``conversation`` trigger platform, the same public path automations use: we attach one
trigger through :func:`homeassistant.helpers.trigger.async_initialize_triggers` while at
least one zone has the option on, and answer with the narration of what was set.

One trigger carries every sentence on purpose: the agent runs every trigger that matches
in parallel, so separate "describe" and "mood" triggers that both matched one sentence
would start two ambiances. Which sentence matched is read from its slot instead.

Hassil compares words exactly (no accent folding), so French sentences list the accented
and plain spellings; slot values are folded by :func:`.speech.fold` before any comparison.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Final

from homeassistant.config_entries import ConfigEntry, ConfigEntryState
from homeassistant.const import CONF_PLATFORM
from homeassistant.core import CALLBACK_TYPE, Context, HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import translation
from homeassistant.helpers.script import ScriptRunResult
from homeassistant.helpers.trigger import async_initialize_triggers, async_validate_trigger_config
from homeassistant.util.hass_dict import HassKey
import voluptuous as vol

from .const import (
    ATTR_CONFIG_ENTRY_ID,
    ATTR_DESCRIPTION,
    ATTR_MOOD,
    CONF_ASSIST,
    DEFAULT_ASSIST,
    DOMAIN,
    LOGGER,
    SERVICE_SET_MOOD,
    SERVICE_STOP,
)
from .rooms import ZoneChoiceError, resolve_zone, split_room, zone_candidates
from .speech import match_mood, narration_in, reply, speech_lang, strip_courtesy

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


# --------------------------------------------------------------------------- performing


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
