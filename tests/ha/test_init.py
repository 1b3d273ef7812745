"""Setting up and unloading a zone in a real Home Assistant."""

from __future__ import annotations

from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import CONF_NAME
from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.synesthetic_dj.const import (
    CONF_INTERPRETER,
    CONF_LANGUAGE,
    CONF_LIGHTS,
    CONF_SPEAKERS,
    DOMAIN,
    INTERPRETER_BUILTIN,
)


def _entry() -> MockConfigEntry:
    return MockConfigEntry(
        domain=DOMAIN,
        title="Salon",
        unique_id="salon",
        data={CONF_NAME: "Salon"},
        options={
            CONF_LIGHTS: ["light.salon"],
            CONF_SPEAKERS: [],
            CONF_LANGUAGE: "auto",
            CONF_INTERPRETER: INTERPRETER_BUILTIN,
        },
    )


async def test_setup_and_unload(hass: HomeAssistant) -> None:
    """An entry loads, and unloads without leaving anything behind."""
    entry = _entry()
    entry.add_to_hass(hass)

    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED

    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.NOT_LOADED
