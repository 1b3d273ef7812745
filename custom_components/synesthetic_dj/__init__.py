"""Synesthetic DJ: turn how you feel into light and music."""

from __future__ import annotations

from homeassistant.const import Platform
from homeassistant.core import HomeAssistant
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.typing import ConfigType

from .assist import async_setup_assist
from .const import DOMAIN
from .interpreters import async_create_interpreter
from .llm_api import async_setup_llm_api
from .media_source import TrackView
from .perform import Performer
from .services import async_setup_services
from .zone import SynestheticConfigEntry, Zone, ZoneSettings

CONFIG_SCHEMA = cv.config_entry_only_config_schema(DOMAIN)

PLATFORMS: list[Platform] = [
    Platform.BUTTON,
    Platform.IMAGE,
    Platform.SELECT,
    Platform.SENSOR,
    Platform.TEXT,
]

__all__ = ["SynestheticConfigEntry"]


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    """Register the actions and the track view, once for every zone."""
    async_setup_services(hass)
    async_setup_llm_api(hass)
    hass.http.register_view(TrackView())
    return True


async def async_setup_entry(hass: HomeAssistant, entry: SynestheticConfigEntry) -> bool:
    """Set up one room or zone from its config entry."""
    settings = ZoneSettings.from_entry(entry)
    interpreter = await async_create_interpreter(hass, entry, settings)
    performer = Performer(
        hass, zone_id=entry.entry_id, split_color_brightness=settings.split_color_brightness
    )
    entry.runtime_data = Zone(hass, entry.entry_id, settings, interpreter, performer)
    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)
    await async_setup_assist(hass, entry)
    return True


async def async_unload_entry(hass: HomeAssistant, entry: SynestheticConfigEntry) -> bool:
    """Unload a zone: its entities first, then stop its ambiance and restore the lights."""
    if unloaded := await hass.config_entries.async_unload_platforms(entry, PLATFORMS):
        await entry.runtime_data.async_shutdown()
    return unloaded
