"""The LLM API: listed tools, their schema as an LLM sees it, and real ambiances when called."""

from __future__ import annotations

from collections.abc import AsyncGenerator

from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import CONF_NAME
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import area_registry as ar, device_registry as dr, llm
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
import voluptuous as vol
from voluptuous_openapi import convert

from custom_components.synesthetic_dj.const import CONF_INTERPRETER, CONF_LIGHTS, DOMAIN
from custom_components.synesthetic_dj.llm_api import LLM_API_ID, async_setup_llm_api
from custom_components.synesthetic_dj.moodcore import load_catalog, narrate
from custom_components.synesthetic_dj.zone import Zone
from tests.ha.perform_helpers import async_setup_lights, light_config


@pytest.fixture
async def home(hass: HomeAssistant) -> AsyncGenerator[HomeAssistant]:
    """Home Assistant with two optimistic template lights."""
    assert await async_setup_component(hass, "homeassistant", {})
    await async_setup_lights(
        hass, *(light_config(name, transition=False) for name in ("Salon lamp", "Chambre lamp"))
    )
    yield hass
    for entry in hass.config_entries.async_entries(DOMAIN):
        if entry.state is ConfigEntryState.LOADED:
            assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()


async def _zone(hass: HomeAssistant, title: str, light: str) -> Zone:
    entry = MockConfigEntry(
        domain=DOMAIN,
        title=title,
        data={CONF_NAME: title},
        options={CONF_LIGHTS: [light], CONF_INTERPRETER: "builtin"},
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    # Idempotent: the integration's async_setup registers the API too once wired.
    async_setup_llm_api(hass)
    zone: Zone = entry.runtime_data
    return zone


def _context(language: str = "en", device_id: str | None = None) -> llm.LLMContext:
    return llm.LLMContext(
        platform="test",
        context=Context(),
        language=language,
        assistant="conversation",
        device_id=device_id,
    )


async def test_tools_are_listed_with_a_usable_schema(home: HomeAssistant) -> None:
    """An LLM agent sees both tools, the rooms, and a schema it can fill."""
    await _zone(home, "Salon", "light.salon_lamp")

    api = await llm.async_get_api(home, LLM_API_ID, _context())

    tools = {tool.name: tool for tool in api.tools}
    assert set(tools) == {"set_ambiance", "stop_ambiance"}
    assert "Rooms with an ambiance: Salon." in api.api_prompt
    set_tool = tools["set_ambiance"]
    assert set_tool.description is not None
    assert "own words" in set_tool.description
    schema = convert(set_tool.parameters, custom_serializer=llm.selector_serializer)
    assert schema["required"] == ["description"]
    assert set(schema["properties"]) == {"description", "room"}
    assert "Salon" in schema["properties"]["room"]["description"]
    # The model cannot smuggle other arguments (a mood, an entity) through the tool.
    with pytest.raises(vol.Invalid):
        set_tool.parameters({"description": "calm", "entity_id": "lock.front_door"})


async def test_calling_the_tool_performs_the_ambiance(home: HomeAssistant) -> None:
    """The user's words reach the zone; the narration comes back in the user's language."""
    zone = await _zone(home, "Salon", "light.salon_lamp")
    api = await llm.async_get_api(home, LLM_API_ID, _context("fr"))

    result = await api.async_call_tool(
        llm.ToolInput("set_ambiance", {"description": "je me sens fatigué mais serein"})
    )
    await home.async_block_till_done()

    assert zone.description == "je me sens fatigué mais serein"
    assert zone.running
    assert zone.current is not None
    interpretation = zone.current.interpretation
    assert result == {
        "success": True,
        "room": "Salon",
        "mood": interpretation.mood,
        "mood_name": load_catalog()[interpretation.mood].name_fr,
        "narration": narrate(interpretation.mood, "fr", interpretation.wishes),
    }
    assert home.states.get("light.salon_lamp").state == "on"

    stopped = await api.async_call_tool(llm.ToolInput("stop_ambiance", {}))
    await home.async_block_till_done()
    assert stopped == {"success": True, "room": "Salon"}
    assert not zone.running


async def test_room_choice(home: HomeAssistant) -> None:
    """The room the model passes, or the speaker's area; an unknown room is explained."""
    salon = await _zone(home, "Salon", "light.salon_lamp")
    chambre = await _zone(home, "Chambre", "light.chambre_lamp")
    api = await llm.async_get_api(home, LLM_API_ID, _context("en"))

    result = await api.async_call_tool(
        llm.ToolInput("set_ambiance", {"description": "cosy and warm", "room": "chambre"})
    )
    assert result["success"] is True
    assert result["room"] == "Chambre"
    assert chambre.description == "cosy and warm"
    assert salon.current is None

    unknown = await api.async_call_tool(
        llm.ToolInput("set_ambiance", {"description": "cosy", "room": "garage"})
    )
    assert unknown == {
        "success": False,
        "error": "I don't know the room garage. I can set the ambiance in: Chambre, Salon.",
    }
    vague = await api.async_call_tool(llm.ToolInput("set_ambiance", {"description": "cosy"}))
    assert vague["success"] is False
    assert "Which room" in vague["error"]

    # Spoken from a satellite in the Salon area: no room needed.
    source = MockConfigEntry(domain="test")
    source.add_to_hass(home)
    area = ar.async_get(home).async_get_or_create("Salon")
    device = dr.async_get(home).async_get_or_create(
        config_entry_id=source.entry_id, identifiers={("test", "sat")}, name="Satellite"
    )
    dr.async_get(home).async_update_device(device.id, area_id=area.id)
    here = await llm.async_get_api(home, LLM_API_ID, _context("en", device_id=device.id))
    result = await here.async_call_tool(
        llm.ToolInput("set_ambiance", {"description": "happy and lively"})
    )
    assert result["room"] == "Salon"
    assert salon.description == "happy and lively"


async def test_api_registered_by_setup(home: HomeAssistant) -> None:
    """Loading the integration is enough for agents to offer the API."""
    assert await async_setup_component(home, DOMAIN, {})
    await home.async_block_till_done()

    assert LLM_API_ID in {api.id for api in llm.async_get_apis(home)}
