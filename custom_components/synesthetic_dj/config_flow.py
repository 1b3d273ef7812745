"""Config, reconfigure and options flows: one entry per room or zone.

Entry data holds what the zone is and how it reads text (name, interpreter, Ollama server:
the reconfigure flow); entry options hold what it drives and how (lights, speakers,
language, looping, per-mood media, Ollama's time budget: the options flow).

An Ollama server is tested before it is saved (its model list), the model is picked from
that list, and a model the server lacks is pulled with a progress step. The Synesthetic DJ
add-on announces itself through Supervisor discovery: zones already pointing at it follow
its new address, and a person without a zone is offered one that uses it.
"""

from __future__ import annotations

import asyncio
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
from homeassistant.helpers.service_info.hassio import HassioServiceInfo
import httpx
import ollama
import voluptuous as vol
from yarl import URL

from .const import (
    CONF_ASSIST,
    CONF_INTERPRETER,
    CONF_LANGUAGE,
    CONF_LIGHTS,
    CONF_LOOP,
    CONF_MEDIA,
    CONF_OLLAMA_MODEL,
    CONF_OLLAMA_TIMEOUT,
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
    LOGGER,
)
from .moodcore import MOODS
from .ollama_client import (
    DEFAULT_TIMEOUT_S,
    MAX_TIMEOUT_S,
    MIN_TIMEOUT_S,
    async_list_models,
    close_client,
    create_client,
    model_present,
)
from .urls import valid_http_url, valid_media_uri

# What the server may answer when asked for its models and is not an Ollama server or down.
_SERVER_ERRORS = (TimeoutError, ConnectionError, httpx.HTTPError, ollama.ResponseError, ValueError)

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
    }
)
_OPTIONS: dict[vol.Marker, Any] = {
    vol.Required(CONF_LIGHTS): _LIGHTS,
    vol.Optional(CONF_SPEAKERS, default=[]): _SPEAKERS,
    vol.Required(CONF_LANGUAGE, default=LANGUAGE_AUTO): _LANGUAGE,
    vol.Required(CONF_LOOP, default=DEFAULT_LOOP): selector.BooleanSelector(),
    vol.Required(
        CONF_SPLIT_COLOR_BRIGHTNESS, default=DEFAULT_SPLIT_COLOR_BRIGHTNESS
    ): selector.BooleanSelector(),
    vol.Required(CONF_ASSIST, default=DEFAULT_ASSIST): selector.BooleanSelector(),
}
OPTIONS_SCHEMA = vol.Schema(_OPTIONS)
# Only an Ollama zone waits for a server: only it is asked how long.
OLLAMA_OPTIONS_SCHEMA = vol.Schema(
    {
        **_OPTIONS,
        vol.Required(CONF_OLLAMA_TIMEOUT, default=DEFAULT_TIMEOUT_S): selector.NumberSelector(
            selector.NumberSelectorConfig(
                min=MIN_TIMEOUT_S,
                max=MAX_TIMEOUT_S,
                step=0.5,
                unit_of_measurement="s",
                mode=selector.NumberSelectorMode.BOX,
            )
        ),
    }
)
MEDIA_SCHEMA = vol.Schema({vol.Optional(mood): selector.TextSelector() for mood in MOODS})


def _unique_id(name: str) -> str:
    """Zones are unique by name, whatever its case or surrounding blanks."""
    return name.strip().casefold()


def _model_schema(models: list[str], current: str) -> vol.Schema:
    """The server's models, plus the one wanted if it lacks it (then it is pulled)."""
    options = list(models)
    if not model_present(current, models):
        options.insert(0, current)
    return vol.Schema(
        {
            vol.Required(CONF_OLLAMA_MODEL, default=current): selector.SelectSelector(
                selector.SelectSelectorConfig(
                    options=options, custom_value=True, mode=selector.SelectSelectorMode.DROPDOWN
                )
            )
        }
    )


async def _async_server_models(url: str) -> list[str] | None:
    """The server's models, or None if it cannot be reached or is not an Ollama server."""
    client = create_client(url)
    try:
        return await async_list_models(client)
    except _SERVER_ERRORS as err:
        LOGGER.debug("Ollama server %s not usable: %r", url, err)
        return None
    finally:
        await close_client(client)


class SynestheticDJConfigFlow(ConfigFlow, domain=DOMAIN):
    """Create or reconfigure a Synesthetic DJ zone."""

    VERSION = 1

    def __init__(self) -> None:
        self._data: dict[str, Any] = {}
        self._options: dict[str, Any] = {}
        self._models: list[str] = []
        self._pull_task: asyncio.Task[None] | None = None
        # The add-on's server, when this flow started from its discovery.
        self._discovered: dict[str, str] | None = None

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
                    if self._discovered is not None:
                        return await self.async_step_ollama(self._discovered)
                    return await self.async_step_ollama()
                return self._async_finish()
        suggested = user_input
        if suggested is None and self._discovered is not None:
            suggested = {CONF_INTERPRETER: INTERPRETER_OLLAMA}
        return self.async_show_form(
            step_id="user",
            data_schema=self.add_suggested_values_to_schema(USER_SCHEMA, suggested),
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
        """Where the Ollama server is; it must answer before anything is saved."""
        errors: dict[str, str] = {}
        if user_input is not None:
            url = user_input[CONF_OLLAMA_URL].strip().rstrip("/")
            if not valid_http_url(url):
                errors[CONF_OLLAMA_URL] = "invalid_url"
            elif (models := await _async_server_models(url)) is None:
                errors["base"] = "cannot_connect"
            else:
                self._data[CONF_OLLAMA_URL] = url
                self._models = models
                if CONF_OLLAMA_MODEL in user_input:  # discovery: the add-on named its model
                    self._data[CONF_OLLAMA_MODEL] = user_input[CONF_OLLAMA_MODEL]
                    if model_present(user_input[CONF_OLLAMA_MODEL], models):
                        return self._async_finish()
                return await self.async_step_ollama_model()
        return self.async_show_form(
            step_id="ollama",
            data_schema=self.add_suggested_values_to_schema(
                OLLAMA_SCHEMA, user_input or self._data
            ),
            errors=errors,
        )

    async def async_step_ollama_model(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Which of the server's models reads the words; a missing one is pulled next."""
        errors: dict[str, str] = {}
        current = str(self._data.get(CONF_OLLAMA_MODEL) or DEFAULT_OLLAMA_MODEL)
        if user_input is not None:
            model = str(user_input[CONF_OLLAMA_MODEL]).strip()
            if not _MODEL_NAME.match(model):
                errors[CONF_OLLAMA_MODEL] = "invalid_model"
            else:
                self._data[CONF_OLLAMA_MODEL] = model
                if model_present(model, self._models):
                    return self._async_finish()
                return await self.async_step_download()
        return self.async_show_form(
            step_id="ollama_model",
            data_schema=_model_schema(self._models, current),
            description_placeholders={"url": self._data[CONF_OLLAMA_URL]},
            errors=errors,
        )

    async def async_step_download(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask the server to pull the model, showing its progress."""
        if self._pull_task is None:
            self._pull_task = self.hass.async_create_background_task(
                self._async_pull(), f"{DOMAIN} pull {self._data[CONF_OLLAMA_MODEL]}"
            )
        if not self._pull_task.done():
            return self.async_show_progress(
                step_id="download",
                progress_action="download",
                description_placeholders={"model": self._data[CONF_OLLAMA_MODEL]},
                progress_task=self._pull_task,
            )
        failed = self._pull_task.exception() is not None
        self._pull_task = None
        return self.async_show_progress_done(
            next_step_id="download_failed" if failed else "download_done"
        )

    async def _async_pull(self) -> None:
        client = create_client(self._data[CONF_OLLAMA_URL])
        try:
            stream = await client.pull(self._data[CONF_OLLAMA_MODEL], stream=True)
            async for part in stream:
                if part.total and part.completed is not None:
                    self.async_update_progress(min(1.0, part.completed / part.total))
        except _SERVER_ERRORS as err:
            # Shown as the flow's abort; the log keeps the server's words for a maintainer.
            LOGGER.warning("Pulling %s failed: %s", self._data[CONF_OLLAMA_MODEL], err)
            raise
        finally:
            await close_client(client)

    async def async_step_download_done(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """The model is on the server: save the zone."""
        return self._async_finish()

    async def async_step_download_failed(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """The server could not pull the model (our model is served by the add-on)."""
        return self.async_abort(
            reason="download_failed",
            description_placeholders={"model": self._data[CONF_OLLAMA_MODEL]},
        )

    async def async_step_hassio(self, discovery_info: HassioServiceInfo) -> ConfigFlowResult:
        """The Synesthetic DJ add-on announced its Ollama server."""
        config = discovery_info.config
        host, port = str(config.get("host") or ""), config.get("port") or 11434
        model = str(config.get("model") or DEFAULT_OLLAMA_MODEL)
        url = f"http://{host}:{port}"
        if not host or not valid_http_url(url) or not _MODEL_NAME.match(model):
            return self.async_abort(reason="invalid_discovery_info")
        # One discovery flow per add-on, however often it announces itself.
        await self.async_set_unique_id(f"addon_{discovery_info.slug}")
        self._abort_if_unique_id_configured()
        self._discovered = {CONF_OLLAMA_URL: url, CONF_OLLAMA_MODEL: model}
        # Zones already using the add-on follow it (a new port or model) without asking.
        updated = False
        for entry in self._async_current_entries(include_ignore=False):
            if entry.data.get(CONF_INTERPRETER) != INTERPRETER_OLLAMA:
                continue
            if URL(str(entry.data.get(CONF_OLLAMA_URL, ""))).host != host:
                continue
            data = {**entry.data, CONF_OLLAMA_URL: url, CONF_OLLAMA_MODEL: model}
            if data != dict(entry.data):
                self.hass.config_entries.async_update_entry(entry, data=data)
                self.hass.config_entries.async_schedule_reload(entry.entry_id)
            updated = True
        if updated:
            return self.async_abort(reason="already_configured")
        self.context["title_placeholders"] = {"name": discovery_info.name}
        return await self.async_step_hassio_confirm()

    async def async_step_hassio_confirm(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Offer a zone that reads words with the add-on's model."""
        assert self._discovered is not None
        if user_input is not None:
            return await self.async_step_user()
        return self.async_show_form(
            step_id="hassio_confirm",
            description_placeholders={
                "addon": str(self.context.get("title_placeholders", {}).get("name", "")),
                "url": self._discovered[CONF_OLLAMA_URL],
                "model": self._discovered[CONF_OLLAMA_MODEL],
            },
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
        ollama_zone = self.config_entry.data.get(CONF_INTERPRETER) == INTERPRETER_OLLAMA
        return self.async_show_form(
            step_id="init",
            data_schema=self.add_suggested_values_to_schema(
                OLLAMA_OPTIONS_SCHEMA if ollama_zone else OPTIONS_SCHEMA,
                user_input or self.config_entry.options,
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
