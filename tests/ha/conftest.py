"""Fixtures for the Home Assistant tests: a real hass with template lights and a zone."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from pathlib import Path

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

# The scripted Ollama server, for every test that asks for it by name.
from tests.ha.ollama_server import ollama_server  # noqa: F401
from tests.ha.zone_helpers import async_setup_demo_lights, setup_entry, zone_entry


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations(
    hass: HomeAssistant, enable_custom_integrations: None, tmp_path: Path
) -> Generator[None]:
    """Load custom_components/synesthetic_dj, and keep each test's files in its own folder.

    The tracks cache lives under the configuration folder; the harness's default one is
    shared by every test run.
    """
    hass.config.config_dir = str(tmp_path)
    yield


@pytest.fixture
async def lights(hass: HomeAssistant) -> list[str]:
    """The demo home's lights: two RGB, one colour-temperature only, one dimmer."""
    return await async_setup_demo_lights(hass)


@pytest.fixture
async def zone(hass: HomeAssistant, lights: list[str]) -> AsyncGenerator[MockConfigEntry]:
    """A loaded zone "Salon" on the four lights; unloaded at the end (stops every run)."""
    entry = await setup_entry(hass, zone_entry())
    yield entry
    if entry.state is ConfigEntryState.LOADED:
        await hass.config_entries.async_unload(entry.entry_id)
        await hass.async_block_till_done()
