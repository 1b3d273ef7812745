"""The running lighting program, drawn as a palette strip."""

from __future__ import annotations

from homeassistant.components.image import ImageEntity
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .entity import SynestheticEntity
from .palette import render_strip
from .zone import SynestheticConfigEntry

# Pushed by the zone, never polled.
PARALLEL_UPDATES = 0


async def async_setup_entry(
    hass: HomeAssistant,
    entry: SynestheticConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the zone's palette image."""
    async_add_entities([PaletteImage(hass, entry)])


class PaletteImage(SynestheticEntity, ImageEntity):
    """A PNG strip of the ambiance's steps; dark while nothing plays."""

    _attr_content_type = "image/png"

    def __init__(self, hass: HomeAssistant, entry: SynestheticConfigEntry) -> None:
        SynestheticEntity.__init__(self, entry, "palette")
        ImageEntity.__init__(self, hass)
        self._attr_image_last_updated = self.zone.changed_at
        self._png: bytes | None = None

    @callback
    def _async_zone_changed(self) -> None:
        if self._attr_image_last_updated != self.zone.changed_at:
            # A new timestamp tells the frontend to fetch the picture again.
            self._attr_image_last_updated = self.zone.changed_at
            self._png = None
        super()._async_zone_changed()

    async def async_image(self) -> bytes:
        """The strip of the current program (drawn once per change)."""
        if self._png is None:
            current = self.zone.current
            self._png = render_strip(current.ambiance.lighting if current else ())
        return self._png
