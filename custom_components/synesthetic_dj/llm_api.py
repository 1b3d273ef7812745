"""An LLM API for conversation agents: set (or stop) a room's ambiance from the user's words.

A language model is good at noticing that "ugh, what a day" is a request for an ambiance,
and bad at choosing colours. So the tool takes the user's own words and the room, and the
integration's interpreter does the rest: the LLM never names a mood, a light or a service.
"""

from __future__ import annotations

from typing import Any, Final

from homeassistant.config_entries import ConfigEntry, ConfigEntryState
from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import config_validation as cv, llm
from homeassistant.util.json import JsonObjectType
import voluptuous as vol

from .assist import async_perform, async_stop
from .const import DOMAIN
from .moodcore import load_catalog
from .rooms import ZoneChoiceError, resolve_zone
from .speech import narration_in, speech_lang

LLM_API_ID: Final = DOMAIN
LLM_API_NAME: Final = "Synesthetic DJ"

ARG_DESCRIPTION: Final = "description"
ARG_ROOM: Final = "room"

API_PROMPT: Final = (
    "Synesthetic DJ turns how the user feels into light and music in a room. "
    "When the user describes a feeling, a mood or the atmosphere they want "
    '(e.g. "I feel tired", "something cosy please", "je me sens nostalgique"), call '
    "set_ambiance with their own words; when they ask to stop the ambiance, call "
    "stop_ambiance. After set_ambiance, tell the user its narration. "
)


def _zones(hass: HomeAssistant) -> list[ConfigEntry]:
    return [
        entry
        for entry in hass.config_entries.async_entries(DOMAIN)
        if entry.state is ConfigEntryState.LOADED
    ]


def _room_field(rooms: list[str]) -> vol.Optional:
    return vol.Optional(
        ARG_ROOM,
        description=(
            "The room the user named, as they said it (one of: "
            f"{', '.join(rooms) or 'none configured'}). Leave it out when they named no "
            "room: the room of the device they speak to is used."
        ),
    )


class _RoomTool(llm.Tool):
    """A tool acting on one room: the one the user named, or the speaking device's."""

    async def async_call(
        self, hass: HomeAssistant, tool_input: llm.ToolInput, llm_context: llm.LLMContext
    ) -> JsonObjectType:
        """Resolve the room, then act on it."""
        args = self.parameters(tool_input.tool_args)
        lang = speech_lang(llm_context.language or hass.config.language)
        try:
            entry = resolve_zone(
                hass, _zones(hass), room=args.get(ARG_ROOM), device_id=llm_context.device_id
            )
        except ZoneChoiceError as err:
            # A wrong room is the user's to fix: tell the model what to ask them.
            return {"success": False, "error": err.speech(lang)}
        return await self._async_act(hass, entry, args, lang, llm_context)

    async def _async_act(
        self,
        hass: HomeAssistant,
        entry: ConfigEntry,
        args: dict[str, Any],
        lang: str,
        llm_context: llm.LLMContext,
    ) -> JsonObjectType:
        raise NotImplementedError


class SetAmbianceTool(_RoomTool):
    """Perform an ambiance for a feeling, described in the user's own words."""

    name = "set_ambiance"
    description = (
        "Set the lights and music of a room to match how the user feels or the mood they ask "
        "for. Pass the user's own words about their feeling or wished atmosphere in "
        "`description`, unchanged and in their language (do not translate, summarise or "
        "pick a mood yourself; colours or 'dim'/'bright' they mention are honoured). Pass "
        "`room` only if they named one. Returns the narration to say and the chosen mood."
    )

    def __init__(self, rooms: list[str]) -> None:
        self.parameters = vol.Schema(
            {
                vol.Required(
                    ARG_DESCRIPTION,
                    description=(
                        "The user's own words describing their feeling or the wished "
                        'atmosphere, e.g. "tired but happy, something soft".'
                    ),
                ): cv.string,
                _room_field(rooms): cv.string,
            }
        )

    async def _async_act(
        self,
        hass: HomeAssistant,
        entry: ConfigEntry,
        args: dict[str, Any],
        lang: str,
        llm_context: llm.LLMContext,
    ) -> JsonObjectType:
        """Perform the ambiance and report what was set."""
        response = await async_perform(
            hass,
            entry,
            description=args[ARG_DESCRIPTION],
            mood=None,
            context=llm_context.context,
        )
        interpretation = response.get("interpretation", {})
        mood = str(interpretation.get("mood", ""))
        catalog = load_catalog()
        return {
            "success": True,
            "room": entry.title,
            "mood": mood,
            "mood_name": catalog[mood].name(lang) if mood in catalog else mood,
            "narration": narration_in(response, lang),
        }


class StopAmbianceTool(_RoomTool):
    """Stop a room's ambiance and put its lights and music back."""

    name = "stop_ambiance"
    description = (
        "Stop the ambiance (mood lights and music) in a room and restore the lights and "
        "speakers as they were. Pass `room` only if the user named one."
    )

    def __init__(self, rooms: list[str]) -> None:
        self.parameters = vol.Schema({_room_field(rooms): cv.string})

    async def _async_act(
        self,
        hass: HomeAssistant,
        entry: ConfigEntry,
        args: dict[str, Any],
        lang: str,
        llm_context: llm.LLMContext,
    ) -> JsonObjectType:
        """Stop the room's ambiance."""
        await async_stop(hass, entry, llm_context.context)
        return {"success": True, "room": entry.title}


class SynestheticDjAPI(llm.API):
    """The tools, rebuilt per conversation so the room list is current."""

    async def async_get_api_instance(self, llm_context: llm.LLMContext) -> llm.APIInstance:
        """Tools and a prompt naming the rooms that have an ambiance."""
        rooms = sorted(entry.title for entry in _zones(self.hass))
        prompt = API_PROMPT + (
            f"Rooms with an ambiance: {', '.join(rooms)}."
            if rooms
            else "No room is configured yet."
        )
        return llm.APIInstance(
            api=self,
            api_prompt=prompt,
            llm_context=llm_context,
            tools=[SetAmbianceTool(rooms), StopAmbianceTool(rooms)],
        )


@callback
def async_setup_llm_api(hass: HomeAssistant) -> None:
    """Offer the tools to LLM conversation agents (once, from ``async_setup``)."""
    try:
        llm.async_register_api(hass, SynestheticDjAPI(hass=hass, id=LLM_API_ID, name=LLM_API_NAME))
    except HomeAssistantError:
        # Already registered: async_setup runs once per Home Assistant start.
        return
