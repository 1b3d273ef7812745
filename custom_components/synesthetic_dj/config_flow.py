"""Config flow: one entry per room or zone."""

from __future__ import annotations

from typing import Any

from homeassistant.config_entries import ConfigFlow, ConfigFlowResult
from homeassistant.const import CONF_NAME
from homeassistant.helpers import selector
import voluptuous as vol

from .const import (
    CONF_INTERPRETER,
    CONF_LANGUAGE,
    CONF_LIGHTS,
    CONF_SPEAKERS,
    DOMAIN,
    INTERPRETER_BUILTIN,
    LANGUAGE_AUTO,
    LANGUAGES,
)

USER_SCHEMA = vol.Schema(
    {
        vol.Required(CONF_NAME): selector.TextSelector(),
        vol.Required(CONF_LIGHTS): selector.EntitySelector(
            selector.EntitySelectorConfig(domain="light", multiple=True)
        ),
        vol.Optional(CONF_SPEAKERS, default=[]): selector.EntitySelector(
            selector.EntitySelectorConfig(domain="media_player", multiple=True)
        ),
        vol.Required(CONF_LANGUAGE, default=LANGUAGE_AUTO): selector.SelectSelector(
            selector.SelectSelectorConfig(options=list(LANGUAGES), translation_key=CONF_LANGUAGE)
        ),
    }
)


class SynestheticDJConfigFlow(ConfigFlow, domain=DOMAIN):
    """Create a Synesthetic DJ zone."""

    VERSION = 1

    async def async_step_user(self, user_input: dict[str, Any] | None = None) -> ConfigFlowResult:
        """Ask for the zone's name, lights and speakers."""
        errors: dict[str, str] = {}
        if user_input is not None:
            name = user_input[CONF_NAME].strip()
            if not name:
                errors[CONF_NAME] = "empty_name"
            elif not user_input[CONF_LIGHTS]:
                errors[CONF_LIGHTS] = "no_lights"
            else:
                await self.async_set_unique_id(name.casefold())
                self._abort_if_unique_id_configured()
                return self.async_create_entry(
                    title=name,
                    data={CONF_NAME: name},
                    options={
                        CONF_LIGHTS: user_input[CONF_LIGHTS],
                        CONF_SPEAKERS: user_input.get(CONF_SPEAKERS, []),
                        CONF_LANGUAGE: user_input[CONF_LANGUAGE],
                        CONF_INTERPRETER: INTERPRETER_BUILTIN,
                    },
                )
        return self.async_show_form(
            step_id="user",
            data_schema=self.add_suggested_values_to_schema(USER_SCHEMA, user_input),
            errors=errors,
        )
