"""Shared pieces of the zone tests: the demo home's lights and zone entries."""

from __future__ import annotations

from typing import Any

from homeassistant.const import CONF_NAME
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.synesthetic_dj.const import (
    CONF_INTERPRETER,
    CONF_LANGUAGE,
    CONF_LIGHTS,
    CONF_LOOP,
    CONF_MEDIA,
    CONF_SPEAKERS,
    CONF_SPLIT_COLOR_BRIGHTNESS,
    DOMAIN,
    INTERPRETER_BUILTIN,
)

RGB_LIGHTS = ["light.salon_lamp", "light.salon_strip"]
LIGHTS = [*RGB_LIGHTS, "light.salon_ceiling", "light.salon_dimmer"]


def _light(name: str, *actions: str) -> dict[str, Any]:
    light: dict[str, Any] = {
        "name": name,
        "unique_id": f"sdj_test_{name.lower().replace(' ', '_')}",
        "optimistic": True,
        "turn_on": [],
        "turn_off": [],
        "supports_transition": "{{ true }}",
    }
    light.update({action: [] for action in actions})
    return light


async def async_setup_demo_lights(hass: HomeAssistant) -> list[str]:
    """The demo home's lights as optimistic template lights: two RGB, one CT, one dimmer."""
    config = {
        "template": [
            {
                "light": [
                    _light("Salon lamp", "set_level", "set_rgb"),
                    _light("Salon strip", "set_level", "set_rgb"),
                    _light("Salon ceiling", "set_level", "set_temperature"),
                    _light("Salon dimmer", "set_level"),
                ]
            }
        ]
    }
    assert await async_setup_component(hass, "template", config)
    await hass.async_block_till_done()
    for entity_id in LIGHTS:
        assert hass.states.get(entity_id) is not None, entity_id
    return LIGHTS


def zone_entry(
    name: str = "Salon",
    *,
    lights: list[str] | None = None,
    speakers: list[str] | None = None,
    data: dict[str, Any] | None = None,
    **options: Any,
) -> MockConfigEntry:
    """A zone entry as the config flow creates it."""
    return MockConfigEntry(
        domain=DOMAIN,
        title=name,
        unique_id=name.casefold(),
        data={CONF_NAME: name, CONF_INTERPRETER: INTERPRETER_BUILTIN, **(data or {})},
        options={
            CONF_LIGHTS: LIGHTS if lights is None else lights,
            CONF_SPEAKERS: speakers or [],
            CONF_LANGUAGE: "auto",
            CONF_LOOP: True,
            CONF_SPLIT_COLOR_BRIGHTNESS: False,
            CONF_MEDIA: {},
            **options,
        },
    )


async def setup_entry(hass: HomeAssistant, entry: MockConfigEntry) -> MockConfigEntry:
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    return entry
