"""The mood a zone is in, with what was said about it."""

from __future__ import annotations

from typing import Any

from homeassistant.components.sensor import SensorDeviceClass, SensorEntity
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .entity import SynestheticEntity
from .moodcore import MOODS
from .urls import redact_url
from .zone import SynestheticConfigEntry

# Pushed by the zone, never polled.
PARALLEL_UPDATES = 0

ATTR_NARRATION = "narration"
ATTR_VALENCE = "valence"
ATTR_AROUSAL = "arousal"
ATTR_INTERPRETER = "interpreter"
ATTR_CONFIDENCE = "confidence"
ATTR_LATENCY_MS = "latency_ms"
ATTR_LANGUAGE = "language"
ATTR_TRACK = "track"
ATTR_RUNNING = "running"


async def async_setup_entry(
    hass: HomeAssistant,
    entry: SynestheticConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the zone's mood sensor."""
    async_add_entities([MoodSensor(entry)])


class MoodSensor(SynestheticEntity, SensorEntity):
    """One of the twelve moods, or unknown while nothing plays."""

    _attr_device_class = SensorDeviceClass.ENUM
    # These change with every sentence and say little over time; the mood itself is history.
    _unrecorded_attributes = frozenset(
        {ATTR_NARRATION, ATTR_CONFIDENCE, ATTR_LATENCY_MS, ATTR_TRACK, ATTR_INTERPRETER}
    )

    def __init__(self, entry: SynestheticConfigEntry) -> None:
        super().__init__(entry, "mood")
        self._attr_options = list(MOODS)

    @property
    def native_value(self) -> str | None:
        """The current mood."""
        return self.zone.current.interpretation.mood if self.zone.current else None

    @property
    def extra_state_attributes(self) -> dict[str, Any]:
        """What was understood and how."""
        if (current := self.zone.current) is None:
            return {ATTR_RUNNING: self.zone.running}
        interpretation, diagnostics = current.interpretation, current.ambiance.diagnostics
        return {
            ATTR_NARRATION: current.ambiance.narration,
            ATTR_VALENCE: interpretation.valence,
            ATTR_AROUSAL: interpretation.arousal,
            ATTR_INTERPRETER: interpretation.interpreter,
            ATTR_CONFIDENCE: interpretation.confidence,
            ATTR_LATENCY_MS: diagnostics.latency_ms,
            ATTR_LANGUAGE: interpretation.lang,
            ATTR_TRACK: redact_url(current.ambiance.track.preview_uri),
            ATTR_RUNNING: self.zone.running,
        }
