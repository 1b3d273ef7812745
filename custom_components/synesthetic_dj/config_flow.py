"""Config, reconfigure and options flows: one entry per room or zone.

Entry data holds what the zone is and how it reads text (name, interpreter, Ollama server:
the reconfigure flow); entry options hold what it drives and how (lights, speakers,
language, looping, per-mood media: the options flow).
"""

from __future__ import annotations

import re
from typing import Any

from homeassistant.config_entries import (
    SOURCE_RECONFIGURE,
    ConfigEntry,
    ConfigFlow,
    ConfigFlowResult,
    OptionsFlowWithReload,
)
from homeassistant.const import CONF_NAME
from homeassistant.core import callback
from homeassistant.helpers import selector
import voluptuous as vol

from .const import (
    CONF_ASSIST,
    CONF_INTERPRETER,
    CONF_LANGUAGE,
    CONF_LIGHTS,
    CONF_LOOP,
    CONF_MEDIA,
    CONF_OLLAMA_MODEL,
    CONF_OLLAMA_URL,
    CONF_SPEAKERS,
    CONF_SPLIT_COLOR_BRIGHTNESS,
    DEFAULT_ASSIST,
    DEFAULT_LOOP,
    DEFAULT_OLLAMA_MODEL,
    DEFAULT_OLLAMA_URL,
    DEFAULT_SPLIT_COLOR_BRIGHTNESS,
    DOMAIN,
    INTERPRETER_BUILTIN,
    INTERPRETER_OLLAMA,
    INTERPRETERS,
    LANGUAGE_AUTO,
    LANGUAGES,
)
from .moodcore import MOODS
from .urls import valid_http_url, valid_media_uri

# Ollama model names: "name", "name:tag", "namespace/name:tag".
_MODEL_NAME = re.compile(r"^[A-Za-z0-9][\w.\-/]*(:[\w.\-]+)?$")

_LIGHTS = selector.EntitySelector(selector.EntitySelectorConfig(domain="light", multiple=True))
_SPEAKERS = selector.EntitySelector(
    selector.EntitySelectorConfig(domain="media_player", multiple=True)
)
_LANGUAGE = selector.SelectSelector(
    selector.SelectSelectorConfig(options=list(LANGUAGES), translation_key=CONF_LANGUAGE)
)
_INTERPRETER = selector.SelectSelector(
    selector.SelectSelectorConfig(options=list(INTERPRETERS), translation_key=CONF_INTERPRETER)
)
_IDENTITY: dict[vol.Marker, Any] = {
    vol.Required(CONF_NAME): selector.TextSelector(),
    vol.Required(CONF_INTERPRETER, default=INTERPRETER_BUILTIN): _INTERPRETER,
}
USER_SCHEMA = vol.Schema(
    {
        **_IDENTITY,
        vol.Required(CONF_LIGHTS): _LIGHTS,
        vol.Optional(CONF_SPEAKERS, default=[]): _SPEAKERS,
        vol.Required(CONF_LANGUAGE, default=LANGUAGE_AUTO): _LANGUAGE,
    }
)
RECONFIGURE_SCHEMA = vol.Schema(_IDENTITY)
OLLAMA_SCHEMA = vol.Schema(
    {
        vol.Required(CONF_OLLAMA_URL, default=DEFAULT_OLLAMA_URL): selector.TextSelector(
            selector.TextSelectorConfig(type=selector.TextSelectorType.URL)
        ),
        vol.Required(CONF_OLLAMA_MODEL, default=DEFAULT_OLLAMA_MODEL): selector.TextSelector(),
    }
)
OPTIONS_SCHEMA = vol.Schema(
    {
        vol.Required(CONF_LIGHTS): _LIGHTS,
        vol.Optional(CONF_SPEAKERS, default=[]): _SPEAKERS,
        vol.Required(CONF_LANGUAGE, default=LANGUAGE_AUTO): _LANGUAGE,
        vol.Required(CONF_LOOP, default=DEFAULT_LOOP): selector.BooleanSelector(),
        vol.Required(
            CONF_SPLIT_COLOR_BRIGHTNESS, default=DEFAULT_SPLIT_COLOR_BRIGHTNESS
        ): selector.BooleanSelector(),
        vol.Required(CONF_ASSIST, default=DEFAULT_ASSIST): selector.BooleanSelector(),
    }
)
MEDIA_SCHEMA = vol.Schema({vol.Optional(mood): selector.TextSelector() for mood in MOODS})


def _unique_id(name: str) -> str:
    """Zones are unique by name, whatever its case or surrounding blanks."""
    return name.strip().casefold()


def _check_ollama(user_input: dict[str, Any]) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not valid_http_url(user_input[CONF_OLLAMA_URL].strip()):
        errors[CONF_OLLAMA_URL] = "invalid_url"
    if not _MODEL_NAME.match(user_input[CONF_OLLAMA_MODEL].strip()):
        errors[CONF_OLLAMA_MODEL] = "invalid_model"
    return errors


class SynestheticDJConfigFlow(ConfigFlow, domain=DOMAIN):
    """Create or reconfigure a Synesthetic DJ zone."""

    VERSION = 1

    def __init__(self) -> None:
        self._data: dict[str, Any] = {}
        self._options: dict[str, Any] = {}

    @staticmethod
    @callback
    def async_get_options_flow(config_entry: ConfigEntry) -> SynestheticDJOptionsFlow:
        """The options flow of a zone."""
        return SynestheticDJOptionsFlow()

    async def async_step_user(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """Ask for the zone's name, devices, interpreter and language."""
        errors: dict[str, str] = {}
        if user_input is not None:
            name = user_input[CONF_NAME].strip()
            if not name:
                errors[CONF_NAME] = "empty_name"
            elif not user_input[CONF_LIGHTS]:
                errors[CONF_LIGHTS] = "no_lights"
            else:
                await self.async_set_unique_id(_unique_id(name))
                self._abort_if_unique_id_configured()
                self._data = {CONF_NAME: name, CONF_INTERPRETER: user_input[CONF_INTERPRETER]}
                self._options = {
                    CONF_LIGHTS: user_input[CONF_LIGHTS],
                    CONF_SPEAKERS: user_input.get(CONF_SPEAKERS, []),
                    CONF_LANGUAGE: user_input[CONF_LANGUAGE],
                    CONF_LOOP: DEFAULT_LOOP,
                    CONF_SPLIT_COLOR_BRIGHTNESS: DEFAULT_SPLIT_COLOR_BRIGHTNESS,
                    CONF_ASSIST: DEFAULT_ASSIST,
                    CONF_MEDIA: {},
                }
                if self._data[CONF_INTERPRETER] == INTERPRETER_OLLAMA:
                    return await self.async_step_ollama()
                return self._async_finish()
        return self.async_show_form(
            step_id="user",
            data_schema=self.add_suggested_values_to_schema(USER_SCHEMA, user_input),
            errors=errors,
        )

    async def async_step_reconfigure(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Rename the zone or change how it reads text."""
        entry = self._get_reconfigure_entry()
        errors: dict[str, str] = {}
        if user_input is not None:
            name = user_input[CONF_NAME].strip()
            unique_id = _unique_id(name)
            taken = any(
                other.unique_id == unique_id and other.entry_id != entry.entry_id
                for other in self._async_current_entries(include_ignore=False)
            )
            if not name:
                errors[CONF_NAME] = "empty_name"
            elif taken:
                errors[CONF_NAME] = "name_taken"
            else:
                # Keep the Ollama server if the interpreter changes back and forth.
                self._data = {**entry.data, CONF_NAME: name}
                self._data[CONF_INTERPRETER] = user_input[CONF_INTERPRETER]
                if self._data[CONF_INTERPRETER] == INTERPRETER_OLLAMA:
                    return await self.async_step_ollama()
                return self._async_finish()
        return self.async_show_form(
            step_id="reconfigure",
            data_schema=self.add_suggested_values_to_schema(
                RECONFIGURE_SCHEMA, user_input or entry.data
            ),
            errors=errors,
        )

    async def async_step_ollama(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """Where the Ollama server is and which model it serves."""
        errors: dict[str, str] = {}
        if user_input is not None:
            errors = _check_ollama(user_input)
            if not errors:
                self._data[CONF_OLLAMA_URL] = user_input[CONF_OLLAMA_URL].strip().rstrip("/")
                self._data[CONF_OLLAMA_MODEL] = user_input[CONF_OLLAMA_MODEL].strip()
                return self._async_finish()
        return self.async_show_form(
            step_id="ollama",
            data_schema=self.add_suggested_values_to_schema(
                OLLAMA_SCHEMA, user_input or self._data
            ),
            errors=errors,
        )

    def _async_finish(self) -> ConfigFlowResult:
        name = self._data[CONF_NAME]
        if self.source == SOURCE_RECONFIGURE:
            return self.async_update_reload_and_abort(
                self._get_reconfigure_entry(),
                unique_id=_unique_id(name),
                title=name,
                data=self._data,
            )
        return self.async_create_entry(title=name, data=self._data, options=self._options)


class SynestheticDJOptionsFlow(OptionsFlowWithReload):
    """Change what a zone drives and how: devices, language, looping, per-mood media."""

    def __init__(self) -> None:
        self._options: dict[str, Any] = {}

    async def async_step_init(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """Devices and behaviour."""
        errors: dict[str, str] = {}
        if user_input is not None:
            if not user_input[CONF_LIGHTS]:
                errors[CONF_LIGHTS] = "no_lights"
            else:
                self._options = {**self.config_entry.options, **user_input}
                return await self.async_step_media()
        return self.async_show_form(
            step_id="init",
            data_schema=self.add_suggested_values_to_schema(
                OPTIONS_SCHEMA, user_input or self.config_entry.options
            ),
            errors=errors,
        )

    async def async_step_media(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """Optionally, the person's own media for some moods instead of our tracks."""
        errors: dict[str, str] = {}
        if user_input is not None:
            media = {mood: uri.strip() for mood, uri in user_input.items() if uri.strip()}
            errors = {
                mood: "invalid_media" for mood, uri in media.items() if not valid_media_uri(uri)
            }
            if not errors:
                return self.async_create_entry(data={**self._options, CONF_MEDIA: media})
        return self.async_show_form(
            step_id="media",
            data_schema=self.add_suggested_values_to_schema(
                MEDIA_SCHEMA, user_input or self.config_entry.options.get(CONF_MEDIA, {})
            ),
            errors=errors,
        )
