"""The actions: set_mood, stop and interpret, their response data and their errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.synesthetic_dj.const import DOMAIN
from custom_components.synesthetic_dj.moodcore import MOODS, validate_ambiance
from tests.ha.ollama_server import FakeOllama, Reply
from tests.ha.zone_helpers import LIGHTS, RGB_LIGHTS, setup_entry, zone_entry

TRANSLATIONS = Path(__file__).parents[2] / "custom_components/synesthetic_dj"


def _exception_keys(path: Path) -> set[str]:
    return set(json.loads(path.read_text(encoding="utf-8"))["exceptions"])


async def _call(hass: HomeAssistant, service: str, **data: Any) -> Any:
    return await hass.services.async_call(
        DOMAIN, service, data, blocking=True, return_response=service != "stop"
    )


async def _expect_error(hass: HomeAssistant, key: str, service: str, **data: Any) -> None:
    """The call fails with the translated validation error ``key`` (in English and French)."""
    with pytest.raises(ServiceValidationError) as err:
        await _call(hass, service, **data)
    assert err.value.translation_domain == DOMAIN
    assert err.value.translation_key == key
    assert key in _exception_keys(TRANSLATIONS / "strings.json")
    assert key in _exception_keys(TRANSLATIONS / "translations/fr.json")
    # The message a person reads is the translated one, placeholders filled in.
    assert "{" not in str(err.value)
    assert str(err.value)


def _rgb(hass: HomeAssistant, entity_id: str) -> tuple[int, int, int] | None:
    state = hass.states.get(entity_id)
    assert state is not None
    rgb = state.attributes.get("rgb_color")
    return tuple(rgb) if rgb else None


async def test_set_mood_from_text_returns_the_ambiance(
    hass: HomeAssistant, zone: MockConfigEntry
) -> None:
    """A sentence is interpreted, composed and performed; the response is a valid ambiance."""
    response = await _call(hass, "set_mood", description="Je me sens nostalgique ce soir")

    validate_ambiance(response["ambiance"])
    assert response["ambiance"]["track"] == {
        "mood_id": "nostalgie",
        "preview_uri": "media-source://synesthetic_dj/nostalgie",
    }
    assert response["interpretation"]["mood"] == "nostalgie"
    assert response["interpretation"]["lang"] == "fr"
    assert response["ambiance"]["diagnostics"]["latency_ms"] >= 0
    # The lights now show the palette's first steps, offset across the two RGB lights.
    first, second = (tuple(s["rgb"]) for s in response["ambiance"]["lighting"][:2])
    assert {_rgb(hass, eid) for eid in RGB_LIGHTS} == {first, second}
    assert zone.runtime_data.running


async def test_set_mood_by_name_without_response(
    hass: HomeAssistant, zone: MockConfigEntry
) -> None:
    """A mood by name plays too; without return_response the action returns nothing."""
    result = await hass.services.async_call(
        DOMAIN,
        "set_mood",
        {"mood": "victoire", "config_entry_id": zone.entry_id, "loop": False, "duration": 60},
        blocking=True,
    )
    assert result is None
    current = zone.runtime_data.current
    assert current is not None
    assert current.interpretation.mood == "victoire"
    assert current.interpretation.interpreter == "direct"
    assert current.interpretation.lang == "en"  # the home's language: nothing to detect
    state = hass.states.get("sensor.salon_mood")
    assert state is not None
    assert state.state == "victoire"


async def test_set_mood_on_explicit_lights(hass: HomeAssistant, zone: MockConfigEntry) -> None:
    """Explicit lights replace the zone's for this run: the others are left alone."""
    response = await _call(
        hass, "set_mood", mood="colere", lights=["light.salon_lamp"], speakers=[]
    )
    assert _rgb(hass, "light.salon_lamp") == tuple(response["ambiance"]["lighting"][0]["rgb"])
    for entity_id in LIGHTS[1:]:
        state = hass.states.get(entity_id)
        assert state is not None
        assert state.state == "off"


@pytest.mark.parametrize(
    ("data", "key"),
    [
        ({"description": "   "}, "empty_description"),
        ({"description": "x" * 1001}, "description_too_long"),
        ({"mood": "joie"}, "unknown_mood"),
        ({}, "description_or_mood"),
        ({"mood": "detente", "description": "calme"}, "description_or_mood"),
        ({"mood": "detente", "lights": []}, "no_lights"),
        ({"mood": "detente", "lights": ["lock.front_door"]}, "wrong_domain"),
        ({"mood": "detente", "speakers": ["light.salon_lamp"]}, "wrong_domain"),
        ({"mood": "detente", "config_entry_id": "nope"}, "zone_not_found"),
    ],
)
async def test_set_mood_validation_errors(
    hass: HomeAssistant, zone: MockConfigEntry, data: dict[str, Any], key: str
) -> None:
    """Bad input is refused with a translated error, and nothing is performed."""
    await _expect_error(hass, key, "set_mood", **data)
    assert not zone.runtime_data.running
    for entity_id in LIGHTS:
        state = hass.states.get(entity_id)
        assert state is not None
        assert state.state == "off"


async def test_unknown_mood_lists_the_twelve(hass: HomeAssistant, zone: MockConfigEntry) -> None:
    """The message names the wrong mood and the right ones."""
    with pytest.raises(ServiceValidationError) as err:
        await _call(hass, "set_mood", mood="joie")
    assert err.value.translation_placeholders == {"mood": "joie", "moods": ", ".join(MOODS)}


async def test_zone_without_lights(hass: HomeAssistant) -> None:
    """A zone whose lights were all removed says so instead of doing nothing."""
    entry = await setup_entry(hass, zone_entry("Vide", lights=[]))
    await _expect_error(hass, "no_lights", "set_mood", mood="detente")
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_corrupt_media_option_fails_in_words(hass: HomeAssistant, lights: list[str]) -> None:
    """An option the flow would refuse (edited by hand) gives a translated failure."""
    entry = await setup_entry(hass, zone_entry(media={"detente": "x://" + "y" * 3000}))
    with pytest.raises(HomeAssistantError) as err:
        await _call(hass, "set_mood", mood="detente")
    assert err.value.translation_key == "compose_failed"
    assert "compose_failed" in _exception_keys(TRANSLATIONS / "translations/fr.json")
    assert not entry.runtime_data.running
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_targets_with_no_or_several_zones(hass: HomeAssistant, lights: list[str]) -> None:
    """No zone, several zones, an entry of another domain or an unloaded one: clear errors."""
    assert await async_setup_component(hass, DOMAIN, {})  # the actions, but no zone yet
    await _expect_error(hass, "no_zone", "set_mood", mood="detente")
    await _expect_error(hass, "no_zone", "stop")

    salon = await setup_entry(hass, zone_entry("Salon", lights=["light.salon_lamp"]))
    cuisine = await setup_entry(hass, zone_entry("Cuisine", lights=["light.salon_strip"]))
    await _expect_error(hass, "zone_required", "set_mood", mood="detente")

    other = MockConfigEntry(domain="template", title="Not ours")
    other.add_to_hass(hass)
    await _expect_error(
        hass, "zone_not_found", "set_mood", mood="detente", config_entry_id=other.entry_id
    )

    response = await _call(hass, "set_mood", mood="detente", config_entry_id=cuisine.entry_id)
    assert _rgb(hass, "light.salon_strip") == tuple(response["ambiance"]["lighting"][0]["rgb"])
    assert _rgb(hass, "light.salon_lamp") is None

    assert await hass.config_entries.async_unload(salon.entry_id)
    assert salon.state is ConfigEntryState.NOT_LOADED
    await _expect_error(
        hass, "zone_not_loaded", "set_mood", mood="detente", config_entry_id=salon.entry_id
    )
    assert await hass.config_entries.async_unload(cuisine.entry_id)


async def test_stop_restores_the_lights(hass: HomeAssistant, zone: MockConfigEntry) -> None:
    """stop ends the run and puts every light back as it was (off here)."""
    await _call(hass, "set_mood", mood="euphorie")
    assert all(hass.states.get(eid).state == "on" for eid in LIGHTS)  # type: ignore[union-attr]

    await _call(hass, "stop", config_entry_id=zone.entry_id)
    await hass.async_block_till_done()
    assert not zone.runtime_data.running
    assert zone.runtime_data.current is None
    assert all(hass.states.get(eid).state == "off" for eid in LIGHTS)  # type: ignore[union-attr]
    state = hass.states.get("sensor.salon_mood")
    assert state is not None
    assert state.state == "unknown"


async def test_interpret_performs_nothing(hass: HomeAssistant, zone: MockConfigEntry) -> None:
    """interpret answers with the interpretation and ambiance; no light changes."""
    response = await _call(hass, "interpret", description="we just won the final!")
    assert response["interpretation"]["mood"] == "victoire"
    assert response["interpretation"]["lang"] == "en"
    validate_ambiance(response["ambiance"])
    assert not zone.runtime_data.running
    assert all(hass.states.get(eid).state == "off" for eid in LIGHTS)  # type: ignore[union-attr]

    await _expect_error(hass, "empty_description", "interpret", description="")


async def test_interpret_without_a_zone(hass: HomeAssistant) -> None:
    """With no zone, the built-in interpreter still answers (language detected)."""
    assert await async_setup_component(hass, DOMAIN, {})
    response = await _call(hass, "interpret", description="J'ai peur, il y a un bruit dehors")
    assert response["interpretation"]["lang"] == "fr"
    assert response["interpretation"]["interpreter"] == "builtin"
    await _expect_error(hass, "zone_not_found", "interpret", description="x", config_entry_id="?")


async def test_zone_language_and_ollama_fallback(
    hass: HomeAssistant, ollama_server: FakeOllama
) -> None:
    """A zone set to French narrates in French; an Ollama zone says why it fell back."""
    ollama_server.default = Reply(status=500)
    entry = await setup_entry(
        hass,
        zone_entry(
            "Salon", language="fr", data={"interpreter": "ollama", "ollama_url": ollama_server.url}
        ),
    )
    response = await _call(hass, "interpret", description="I feel so calm tonight")
    assert response["interpretation"]["lang"] == "fr"
    assert response["ambiance"]["diagnostics"]["fallback_reason"] == "http_error"
    response = await _call(hass, "interpret", description="calm", config_entry_id=entry.entry_id)
    assert response["interpretation"]["interpreter"] == "builtin"
    assert entry.runtime_data.choose("detente").interpretation.lang == "fr"
    assert await hass.config_entries.async_unload(entry.entry_id)
