"""The text a person types to say how they feel; setting it plays the mood."""

from __future__ import annotations

from homeassistant.components.text import TextEntity, TextMode
from homeassistant.const import MAX_LENGTH_STATE_STATE
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
    """Add the zone's feeling text."""
    async_add_entities([FeelingText(entry)])


class FeelingText(SynestheticEntity, TextEntity):
    """What the person said last; a new value is interpreted and performed."""

    _attr_mode = TextMode.TEXT
    # No minimum: an empty value reaches the zone, which explains the problem in words.
    _attr_native_min = 0
    _attr_native_max = MAX_LENGTH_STATE_STATE

    def __init__(self, entry: SynestheticConfigEntry) -> None:
        super().__init__(entry, "feeling")

    @property
    def native_value(self) -> str:
        """The last description the zone performed."""
        return self.zone.description

    async def async_set_value(self, value: str) -> None:
        """Interpret the feeling and play its ambiance."""
        await self.zone.async_set_mood(description=value)
