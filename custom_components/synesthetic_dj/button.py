"""Stop the ambiance and give the lights back."""

from __future__ import annotations

from homeassistant.components.button import ButtonEntity
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .entity import SynestheticEntity
from .zone import SynestheticConfigEntry

# The zone serialises its own changes; Home Assistant need not queue calls for us.
PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,
    entry: SynestheticConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the zone's stop button."""
    async_add_entities([StopButton(entry)])


class StopButton(SynestheticEntity, ButtonEntity):
    """Stops the running ambiance and restores what the lights and speakers were doing."""

    def __init__(self, entry: SynestheticConfigEntry) -> None:
        super().__init__(entry, "stop")

    async def async_press(self) -> None:
        """Stop and restore."""
        await self.zone.async_stop()
