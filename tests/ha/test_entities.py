"""The zone's entities: type a feeling, pick a mood, watch the mood and palette, stop."""

from __future__ import annotations

from http import HTTPStatus
import io

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import device_registry as dr, entity_registry as er
from PIL import Image
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.synesthetic_dj.const import DOMAIN
from custom_components.synesthetic_dj.moodcore import MOODS
from tests.ha.zone_helpers import LIGHTS, RGB_LIGHTS, setup_entry, zone_entry

TEXT = "text.salon_how_do_you_feel"
SENSOR = "sensor.salon_mood"
SELECT = "select.salon_choose_a_mood"
BUTTON = "button.salon_stop_ambiance"
IMAGE = "image.salon_palette"


def _state(hass: HomeAssistant, entity_id: str) -> str:
    state = hass.states.get(entity_id)
    assert state is not None, entity_id
    return state.state


async def _type(hass: HomeAssistant, text: str) -> None:
    await hass.services.async_call(
        "text", "set_value", {"entity_id": TEXT, "value": text}, blocking=True
    )


async def test_entities_device_and_unique_ids(
    hass: HomeAssistant,
    zone: MockConfigEntry,
    entity_registry: er.EntityRegistry,
    device_registry: dr.DeviceRegistry,
) -> None:
    """Five entities with translated names, on one service device of the zone."""
    entries = er.async_entries_for_config_entry(entity_registry, zone.entry_id)
    assert {e.entity_id: e.unique_id for e in entries} == {
        TEXT: f"{zone.entry_id}_feeling",
        SENSOR: f"{zone.entry_id}_mood",
        SELECT: f"{zone.entry_id}_mood_choice",
        BUTTON: f"{zone.entry_id}_stop",
        IMAGE: f"{zone.entry_id}_palette",
    }
    device = device_registry.async_get_device(identifiers={(DOMAIN, zone.entry_id)})
    assert device is not None
    assert device.name == "Salon"
    assert device.entry_type is dr.DeviceEntryType.SERVICE
    assert all(e.device_id == device.id for e in entries)
    assert all(e.translation_key for e in entries)

    assert _state(hass, TEXT) == ""  # an empty box, not "unknown"
    sensor = hass.states.get(SENSOR)
    assert sensor is not None
    assert sensor.state == "unknown"
    assert sensor.attributes["device_class"] == "enum"
    assert sensor.attributes["options"] == list(MOODS)
    assert sensor.attributes["running"] is False
    select = hass.states.get(SELECT)
    assert select is not None
    assert select.attributes["options"] == list(MOODS)


async def test_typing_a_feeling_lights_the_room(hass: HomeAssistant, zone: MockConfigEntry) -> None:
    """The text entity runs set_mood: real template lights change, the sensor follows."""
    before = hass.states.get(IMAGE)
    assert before is not None
    await _type(hass, "Je me sens nostalgique ce soir")

    assert _state(hass, TEXT) == "Je me sens nostalgique ce soir"
    assert _state(hass, SENSOR) == "nostalgie"
    assert _state(hass, SELECT) == "nostalgie"
    for entity_id in LIGHTS:
        assert _state(hass, entity_id) == "on"
    current = zone.runtime_data.current
    assert current is not None
    palette = {step.rgb for step in current.ambiance.lighting}
    for entity_id in RGB_LIGHTS:
        state = hass.states.get(entity_id)
        assert state is not None
        assert tuple(state.attributes["rgb_color"]) in palette
    ceiling = hass.states.get("light.salon_ceiling")
    assert ceiling is not None
    assert ceiling.attributes["color_temp_kelvin"] is not None  # CT-only: nearest warmth

    sensor = hass.states.get(SENSOR)
    assert sensor is not None
    assert sensor.attributes["narration"].startswith("Ambiance nostalgie")
    assert sensor.attributes["language"] == "fr"
    assert sensor.attributes["interpreter"] == "builtin"
    assert sensor.attributes["latency_ms"] >= 0
    assert sensor.attributes["track"] == "media-source://synesthetic_dj/nostalgie"
    assert sensor.attributes["running"] is True
    after = hass.states.get(IMAGE)
    assert after is not None
    assert after.state != before.state  # image_last_updated moved: the frontend refetches


async def test_empty_text_is_refused_in_words(hass: HomeAssistant, zone: MockConfigEntry) -> None:
    """Setting an empty feeling raises the translated error and changes nothing."""
    with pytest.raises(ServiceValidationError) as err:
        await _type(hass, "  ")
    assert err.value.translation_key == "empty_description"
    assert _state(hass, SENSOR) == "unknown"
    assert _state(hass, "light.salon_lamp") == "off"


async def test_select_and_stop_button(hass: HomeAssistant, zone: MockConfigEntry) -> None:
    """Picking a mood plays it and clears the words; the button stops and restores."""
    await _type(hass, "Je suis en colère")
    await hass.services.async_call(
        "select", "select_option", {"entity_id": SELECT, "option": "reverie"}, blocking=True
    )
    assert _state(hass, SENSOR) == "reverie"
    assert _state(hass, TEXT) == ""  # the words no longer describe what plays
    assert _state(hass, "light.salon_lamp") == "on"

    await hass.services.async_call("button", "press", {"entity_id": BUTTON}, blocking=True)
    await hass.async_block_till_done()
    assert _state(hass, SENSOR) == "unknown"
    assert _state(hass, SELECT) == "unknown"
    for entity_id in LIGHTS:
        assert _state(hass, entity_id) == "off"

    # Stopping twice is harmless.
    await hass.services.async_call("button", "press", {"entity_id": BUTTON}, blocking=True)
    assert not zone.runtime_data.running


async def test_palette_image_shows_the_program(
    hass: HomeAssistant, zone: MockConfigEntry, hass_client: ClientSessionGenerator
) -> None:
    """The image is a PNG strip: dark when idle, the steps' colours once a mood plays."""
    client = await hass_client()
    response = await client.get(f"/api/image_proxy/{IMAGE}")
    assert response.status == HTTPStatus.OK
    assert response.content_type == "image/png"
    idle = Image.open(io.BytesIO(await response.read())).convert("RGB")
    assert idle.getpixel((idle.width // 2, 10)) == (32, 33, 36)

    await hass.services.async_call(
        DOMAIN, "set_mood", {"mood": "euphorie"}, blocking=True, return_response=True
    )
    current = zone.runtime_data.current
    assert current is not None
    response = await client.get(f"/api/image_proxy/{IMAGE}")
    strip = Image.open(io.BytesIO(await response.read())).convert("RGB")
    assert strip.size == (640, 160)
    steps = current.ambiance.lighting
    total = sum(step.duration for step in steps)
    start = 0.0
    for step in steps:
        middle = round((start + step.duration / 2) / total * strip.width)
        assert strip.getpixel((middle, 10)) == step.rgb
        lower = strip.getpixel((middle, 150))
        assert lower == tuple(round(c * step.intensity) for c in step.rgb)
        start += step.duration


async def test_french_home_names_entities_in_french(hass: HomeAssistant, lights: list[str]) -> None:
    """With Home Assistant in French, the entities are named in French."""
    hass.config.language = "fr"
    entry = await setup_entry(hass, zone_entry("Salon"))
    state = hass.states.get("sensor.salon_humeur")
    assert state is not None
    assert state.attributes["friendly_name"] == "Salon Humeur"
    assert hass.states.get("text.salon_comment_vous_sentez_vous") is not None
    # A mood picked by name narrates in the home's language.
    await hass.services.async_call(
        "select",
        "select_option",
        {"entity_id": "select.salon_choisir_une_humeur", "option": "tristesse"},
        blocking=True,
    )
    state = hass.states.get("sensor.salon_humeur")
    assert state is not None
    assert state.attributes["language"] == "fr"
    assert await hass.config_entries.async_unload(entry.entry_id)
