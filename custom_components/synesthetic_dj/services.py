"""The integration's actions: set_mood, stop and interpret.

Registered once in ``async_setup`` so automations that call them validate even while no
zone is loaded; the zone they act on is resolved at call time.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import Platform
from homeassistant.core import (
    HomeAssistant,
    ServiceCall,
    ServiceResponse,
    SupportsResponse,
    callback,
)
from homeassistant.helpers import config_validation as cv
import voluptuous as vol

from .const import (
    ATTR_CONFIG_ENTRY_ID,
    ATTR_DESCRIPTION,
    ATTR_DURATION,
    ATTR_LIGHTS,
    ATTR_LOOP,
    ATTR_MOOD,
    ATTR_SPEAKERS,
    DOMAIN,
    MAX_DURATION_S,
    SERVICE_INTERPRET,
    SERVICE_SET_MOOD,
    SERVICE_STOP,
)
from .interpreters import async_get_builtin
from .zone import SynestheticConfigEntry, Zone, interpret_text, validation_error

_TARGET: dict[vol.Marker, Any] = {vol.Optional(ATTR_CONFIG_ENTRY_ID): cv.string}

SET_MOOD_SCHEMA = vol.Schema(
    {
        **_TARGET,
        vol.Optional(ATTR_DESCRIPTION): cv.string,
        vol.Optional(ATTR_MOOD): cv.string,
        vol.Optional(ATTR_LIGHTS): cv.entity_ids,
        vol.Optional(ATTR_SPEAKERS): cv.entity_ids,
        vol.Optional(ATTR_DURATION): vol.All(
            vol.Coerce(float), vol.Range(min=1.0, max=MAX_DURATION_S)
        ),
        vol.Optional(ATTR_LOOP): cv.boolean,
    }
)
STOP_SCHEMA = vol.Schema(_TARGET)
INTERPRET_SCHEMA = vol.Schema({**_TARGET, vol.Required(ATTR_DESCRIPTION): cv.string})


def _zone(hass: HomeAssistant, entry_id: str | None) -> Zone:
    """The zone an action targets; with a single zone the target may be left out."""
    if entry_id is None:
        loaded: list[SynestheticConfigEntry] = hass.config_entries.async_loaded_entries(DOMAIN)
        if len(loaded) == 1:
            return loaded[0].runtime_data
        if not loaded:
            raise validation_error("no_zone")
        names = ", ".join(sorted(entry.title for entry in loaded))
        raise validation_error("zone_required", zones=names)
    entry: SynestheticConfigEntry | None = hass.config_entries.async_get_entry(entry_id)
    if entry is None or entry.domain != DOMAIN:
        raise validation_error("zone_not_found", entry_id=entry_id)
    if entry.state is not ConfigEntryState.LOADED:
        raise validation_error("zone_not_loaded", zone=entry.title)
    return entry.runtime_data


def _entities(ids: Sequence[str] | None, domain: Platform, field: str) -> list[str] | None:
    """Explicit targets must belong to the right domain: a lock is not a light."""
    if ids is None:
        return None
    if wrong := [eid for eid in ids if not eid.startswith(f"{domain}.")]:
        raise validation_error("wrong_domain", field=field, entities=", ".join(wrong))
    return list(ids)


async def _async_set_mood(call: ServiceCall) -> ServiceResponse:
    zone = _zone(call.hass, call.data.get(ATTR_CONFIG_ENTRY_ID))
    result = await zone.async_set_mood(
        description=call.data.get(ATTR_DESCRIPTION),
        mood=call.data.get(ATTR_MOOD),
        lights=_entities(call.data.get(ATTR_LIGHTS), Platform.LIGHT, ATTR_LIGHTS),
        speakers=_entities(call.data.get(ATTR_SPEAKERS), Platform.MEDIA_PLAYER, ATTR_SPEAKERS),
        duration=call.data.get(ATTR_DURATION),
        loop=call.data.get(ATTR_LOOP),
    )
    return result.as_response() if call.return_response else None


async def _async_stop(call: ServiceCall) -> None:
    await _zone(call.hass, call.data.get(ATTR_CONFIG_ENTRY_ID)).async_stop()


async def _async_interpret(call: ServiceCall) -> ServiceResponse:
    """Read a description without performing anything.

    Without a zone (none or several loaded, no target), the built-in interpreter reads it
    and detects the language: automations can test phrasing before any zone exists.
    """
    description: str = call.data[ATTR_DESCRIPTION]
    entry_id = call.data.get(ATTR_CONFIG_ENTRY_ID)
    if entry_id is None and len(call.hass.config_entries.async_loaded_entries(DOMAIN)) != 1:
        interpreter = await async_get_builtin(call.hass)
        return interpret_text(interpreter, description, None, {}).as_response()
    return (await _zone(call.hass, entry_id).async_interpret(description)).as_response()


@callback
def async_setup_services(hass: HomeAssistant) -> None:
    """Register the actions."""
    hass.services.async_register(
        DOMAIN,
        SERVICE_SET_MOOD,
        _async_set_mood,
        schema=SET_MOOD_SCHEMA,
        supports_response=SupportsResponse.OPTIONAL,
    )
    hass.services.async_register(DOMAIN, SERVICE_STOP, _async_stop, schema=STOP_SCHEMA)
    hass.services.async_register(
        DOMAIN,
        SERVICE_INTERPRET,
        _async_interpret,
        schema=INTERPRET_SCHEMA,
        supports_response=SupportsResponse.ONLY,
    )
