"""Pick one of the twelve moods by name."""

from __future__ import annotations

from homeassistant.components.select import SelectEntity
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .entity import SynestheticEntity
from .moodcore import MOODS
from .zone import SynestheticConfigEntry

# The zone serialises its own changes; Home Assistant need not queue calls for us.
PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,
    entry: SynestheticConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the zone's mood picker."""
    async_add_entities([MoodSelect(entry)])


class MoodSelect(SynestheticEntity, SelectEntity):
    """The mood playing now; choosing another plays it."""

    def __init__(self, entry: SynestheticConfigEntry) -> None:
        super().__init__(entry, "mood_choice")
        self._attr_options = list(MOODS)

    @property
    def current_option(self) -> str | None:
        """The current mood, or None when nothing plays."""
        return self.zone.current.interpretation.mood if self.zone.current else None

    async def async_select_option(self, option: str) -> None:
        """Play the chosen mood."""
        await self.zone.async_set_mood(mood=option)
