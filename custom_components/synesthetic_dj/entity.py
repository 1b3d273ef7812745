"""The base of every Synesthetic DJ entity: one service device per zone, pushed updates."""

from __future__ import annotations

from homeassistant.core import callback
from homeassistant.helpers.device_registry import DeviceEntryType, DeviceInfo
from homeassistant.helpers.entity import Entity

from .const import DOMAIN
from .zone import SynestheticConfigEntry, Zone


class SynestheticEntity(Entity):
    """An entity of a zone, refreshed whenever the zone's ambiance or run changes."""

    _attr_has_entity_name = True
    _attr_should_poll = False

    def __init__(self, entry: SynestheticConfigEntry, key: str) -> None:
        self.zone: Zone = entry.runtime_data
        self._attr_unique_id = f"{entry.entry_id}_{key}"
        self._attr_translation_key = key
        self._attr_device_info = DeviceInfo(
            identifiers={(DOMAIN, entry.entry_id)},
            name=entry.title,
            entry_type=DeviceEntryType.SERVICE,
            manufacturer="Synesthetic DJ",
            model="Mood zone",
        )

    async def async_added_to_hass(self) -> None:
        """Follow the zone."""
        await super().async_added_to_hass()
        self.async_on_remove(self.zone.async_add_listener(self._async_zone_changed))

    @callback
    def _async_zone_changed(self) -> None:
        self.async_write_ha_state()
