"""The example dashboard names the entities a zone called "Salon" really has."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import CONF_NAME
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.common import MockConfigEntry
import yaml

from custom_components.synesthetic_dj.const import CONF_INTERPRETER, CONF_LIGHTS, DOMAIN
from tests.ha.perform_helpers import async_setup_lights, light_config

DASHBOARD = Path(__file__).parents[2] / "dashboards" / "synesthetic_dj.yaml"


def _entity_ids(node: Any) -> Iterator[str]:
    """Every entity id a Lovelace config mentions (entity, entity_id, entities lists)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("entity", "entity_id") and isinstance(value, str):
                yield value
            elif key in ("entity_id", "entities") and isinstance(value, list):
                yield from (item for item in value if isinstance(item, str))
                yield from _entity_ids([item for item in value if not isinstance(item, str)])
            else:
                yield from _entity_ids(value)
    elif isinstance(node, list):
        for item in node:
            yield from _entity_ids(item)


async def test_dashboard_entities_exist(hass: HomeAssistant) -> None:
    """Set up a real "Salon" zone; each entity of the dashboard must be one of its own."""
    assert await async_setup_component(hass, "homeassistant", {})
    await async_setup_lights(hass, light_config("Salon lamp", transition=False))
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Salon",
        data={CONF_NAME: "Salon"},
        options={CONF_LIGHTS: ["light.salon_lamp"], CONF_INTERPRETER: "builtin"},
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()

    dashboard = yaml.safe_load(DASHBOARD.read_text(encoding="utf-8"))
    wanted = set(_entity_ids(dashboard))
    ours = {state.entity_id for state in hass.states.async_all() if "salon_" in state.entity_id}

    # text, select, sensor, image and the stop button: one of each platform of the zone.
    assert {entity_id.split(".")[0] for entity_id in wanted} == {
        "text",
        "select",
        "sensor",
        "image",
        "button",
    }
    assert wanted <= ours, f"not created by the integration: {sorted(wanted - ours)}"

    assert await hass.config_entries.async_unload(entry.entry_id)
    assert entry.state is ConfigEntryState.NOT_LOADED
