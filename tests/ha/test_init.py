"""Setting up and unloading a zone in a real Home Assistant."""

from __future__ import annotations

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er

from custom_components.synesthetic_dj.const import DOMAIN
from tests.ha.zone_helpers import LIGHTS, setup_entry, zone_entry


async def test_setup_and_unload(hass: HomeAssistant, lights: list[str]) -> None:
    """An entry loads with a typed runtime zone, and unloads without leaving anything behind.

    Unloading while a mood plays stops it and restores the lights; ``verify_cleanup`` then
    fails the test if any task or timer of the run survived.
    """
    entry = await setup_entry(hass, zone_entry())
    assert entry.state is ConfigEntryState.LOADED
    zone = entry.runtime_data
    assert zone.settings.name == "Salon"
    assert zone.settings.lights == tuple(LIGHTS)

    await hass.services.async_call(DOMAIN, "set_mood", {"mood": "panique"}, blocking=True)
    assert zone.running
    assert hass.states.get("light.salon_lamp").state == "on"  # type: ignore[union-attr]

    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.NOT_LOADED
    assert not zone.running
    for entity_id in LIGHTS:
        assert hass.states.get(entity_id).state == "off"  # type: ignore[union-attr]
    # Our entities are unavailable until the zone comes back; the actions stay registered.
    state = hass.states.get("sensor.salon_mood")
    assert state is not None
    assert state.state == "unavailable"
    assert hass.services.has_service(DOMAIN, "set_mood")


async def test_removing_the_entry_removes_its_entities(
    hass: HomeAssistant, lights: list[str], entity_registry: er.EntityRegistry
) -> None:
    """Deleting a zone deletes its entities and device."""
    entry = await setup_entry(hass, zone_entry())
    assert er.async_entries_for_config_entry(entity_registry, entry.entry_id)
    assert await hass.config_entries.async_remove(entry.entry_id)
    await hass.async_block_till_done()
    assert not er.async_entries_for_config_entry(entity_registry, entry.entry_id)
    assert hass.states.get("sensor.salon_mood") is None
