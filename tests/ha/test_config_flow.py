"""The config, reconfigure and options flows, step by step, errors included."""

from __future__ import annotations

from typing import Any

from homeassistant.config_entries import SOURCE_USER, ConfigEntryState
from homeassistant.const import CONF_NAME
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.synesthetic_dj.const import (
    CONF_ASSIST,
    CONF_INTERPRETER,
    CONF_LANGUAGE,
    CONF_LIGHTS,
    CONF_LOOP,
    CONF_MEDIA,
    CONF_OLLAMA_MODEL,
    CONF_OLLAMA_URL,
    CONF_SPEAKERS,
    CONF_SPLIT_COLOR_BRIGHTNESS,
    DOMAIN,
)
from tests.ha.ollama_server import FakeOllama
from tests.ha.zone_helpers import LIGHTS, setup_entry, zone_entry

ZONE_INPUT: dict[str, Any] = {
    CONF_NAME: "Salon",
    CONF_INTERPRETER: "builtin",
    CONF_LIGHTS: ["light.salon_lamp", "light.salon_strip"],
    CONF_SPEAKERS: ["media_player.living_room"],
    CONF_LANGUAGE: "fr",
}


async def _start(hass: HomeAssistant) -> dict[str, Any]:
    result = await hass.config_entries.flow.async_init(DOMAIN, context={"source": SOURCE_USER})
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "user"
    return dict(result)


async def test_user_step_creates_a_builtin_zone(hass: HomeAssistant) -> None:
    """Name and interpreter go to data, devices and behaviour to options."""
    result = await _start(hass)
    result = dict(await hass.config_entries.flow.async_configure(result["flow_id"], ZONE_INPUT))

    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == "Salon"
    assert result["data"] == {CONF_NAME: "Salon", CONF_INTERPRETER: "builtin"}
    assert result["options"] == {
        CONF_LIGHTS: ["light.salon_lamp", "light.salon_strip"],
        CONF_SPEAKERS: ["media_player.living_room"],
        CONF_LANGUAGE: "fr",
        CONF_LOOP: True,
        CONF_SPLIT_COLOR_BRIGHTNESS: False,
        CONF_ASSIST: True,
        CONF_MEDIA: {},
    }
    entry = result["result"]
    assert entry.unique_id == "salon"
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED


async def test_user_step_defaults(hass: HomeAssistant) -> None:
    """Speakers are optional; the interpreter defaults to built-in and language to auto."""
    result = await _start(hass)
    result = dict(
        await hass.config_entries.flow.async_configure(
            result["flow_id"], {CONF_NAME: "  Chambre ", CONF_LIGHTS: ["light.chambre"]}
        )
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == "Chambre"
    assert result["data"][CONF_INTERPRETER] == "builtin"
    assert result["options"][CONF_SPEAKERS] == []
    assert result["options"][CONF_LANGUAGE] == "auto"


@pytest.mark.parametrize(
    ("changes", "field", "error"),
    [
        ({CONF_NAME: "   "}, CONF_NAME, "empty_name"),
        ({CONF_LIGHTS: []}, CONF_LIGHTS, "no_lights"),
    ],
)
async def test_user_step_errors(
    hass: HomeAssistant, changes: dict[str, Any], field: str, error: str
) -> None:
    """A blank name or no light shows the form again with the error on the field."""
    result = await _start(hass)
    result = dict(
        await hass.config_entries.flow.async_configure(result["flow_id"], {**ZONE_INPUT, **changes})
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {field: error}
    # Fixing it finishes the flow.
    result = dict(await hass.config_entries.flow.async_configure(result["flow_id"], ZONE_INPUT))
    assert result["type"] is FlowResultType.CREATE_ENTRY


async def test_zones_are_unique_by_name(hass: HomeAssistant) -> None:
    """The same name in another case aborts: one entry per zone."""
    zone_entry("Salon").add_to_hass(hass)
    result = await _start(hass)
    result = dict(
        await hass.config_entries.flow.async_configure(
            result["flow_id"], {**ZONE_INPUT, CONF_NAME: "SALON"}
        )
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_configured"


async def test_ollama_step_validates_and_stores(
    hass: HomeAssistant, ollama_server: FakeOllama
) -> None:
    """Choosing Ollama asks for its server, tests it, then picks one of its models."""
    result = await _start(hass)
    result = dict(
        await hass.config_entries.flow.async_configure(
            result["flow_id"], {**ZONE_INPUT, CONF_INTERPRETER: "ollama"}
        )
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "ollama"

    for bad in ("ftp://nas:11434", "http://"):
        result = dict(
            await hass.config_entries.flow.async_configure(
                result["flow_id"], {CONF_OLLAMA_URL: bad}
            )
        )
        assert result["errors"] == {CONF_OLLAMA_URL: "invalid_url"}

    result = dict(
        await hass.config_entries.flow.async_configure(
            result["flow_id"], {CONF_OLLAMA_URL: f" {ollama_server.url}/ "}
        )
    )
    assert result["step_id"] == "ollama_model"
    result = dict(
        await hass.config_entries.flow.async_configure(
            result["flow_id"], {CONF_OLLAMA_MODEL: "bad model!"}
        )
    )
    assert result["errors"] == {CONF_OLLAMA_MODEL: "invalid_model"}
    result = dict(
        await hass.config_entries.flow.async_configure(
            result["flow_id"], {CONF_OLLAMA_MODEL: "synesthetic-dj:latest"}
        )
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["data"] == {
        CONF_NAME: "Salon",
        CONF_INTERPRETER: "ollama",
        CONF_OLLAMA_URL: ollama_server.url,
        CONF_OLLAMA_MODEL: "synesthetic-dj:latest",
    }
    await hass.async_block_till_done()
    assert result["result"].state is ConfigEntryState.LOADED
    assert await hass.config_entries.async_unload(result["result"].entry_id)


async def _reconfigure(hass: HomeAssistant, entry: MockConfigEntry) -> dict[str, Any]:
    result = dict(await entry.start_reconfigure_flow(hass))
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "reconfigure"
    return result


async def test_reconfigure_renames_and_switches_to_ollama(
    hass: HomeAssistant, ollama_server: FakeOllama
) -> None:
    """Reconfigure changes the name (and unique id) and the interpreter, then reloads."""
    entry = await setup_entry(hass, zone_entry("Salon", lights=[]))
    result = await _reconfigure(hass, entry)
    result = dict(
        await hass.config_entries.flow.async_configure(
            result["flow_id"], {CONF_NAME: "Séjour", CONF_INTERPRETER: "ollama"}
        )
    )
    assert result["step_id"] == "ollama"
    result = dict(
        await hass.config_entries.flow.async_configure(
            result["flow_id"], {CONF_OLLAMA_URL: ollama_server.url}
        )
    )
    assert result["step_id"] == "ollama_model"
    result = dict(
        await hass.config_entries.flow.async_configure(
            result["flow_id"], {CONF_OLLAMA_MODEL: "synesthetic-dj"}
        )
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reconfigure_successful"
    await hass.async_block_till_done()
    assert entry.title == "Séjour"
    assert entry.unique_id == "séjour"
    assert entry.data[CONF_INTERPRETER] == "ollama"
    assert entry.data[CONF_OLLAMA_URL] == ollama_server.url
    assert entry.state is ConfigEntryState.LOADED

    # Back to built-in: the Ollama server is remembered for next time.
    result = await _reconfigure(hass, entry)
    result = dict(
        await hass.config_entries.flow.async_configure(
            result["flow_id"], {CONF_NAME: "Séjour", CONF_INTERPRETER: "builtin"}
        )
    )
    assert result["reason"] == "reconfigure_successful"
    assert entry.data[CONF_INTERPRETER] == "builtin"
    assert entry.data[CONF_OLLAMA_MODEL] == "synesthetic-dj"
    await hass.async_block_till_done()
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_reconfigure_errors(hass: HomeAssistant) -> None:
    """Another zone's name or a blank one is refused."""
    zone_entry("Cuisine").add_to_hass(hass)
    entry = zone_entry("Salon")
    entry.add_to_hass(hass)
    result = await _reconfigure(hass, entry)
    for name, error in (("cuisine", "name_taken"), (" ", "empty_name")):
        result = dict(
            await hass.config_entries.flow.async_configure(
                result["flow_id"], {CONF_NAME: name, CONF_INTERPRETER: "builtin"}
            )
        )
        assert result["type"] is FlowResultType.FORM
        assert result["errors"] == {CONF_NAME: error}
    # Its own name, in another case, is fine.
    result = dict(
        await hass.config_entries.flow.async_configure(
            result["flow_id"], {CONF_NAME: "SALON", CONF_INTERPRETER: "builtin"}
        )
    )
    assert result["reason"] == "reconfigure_successful"
    assert entry.title == "SALON"


async def test_options_flow_changes_devices_behaviour_and_media(
    hass: HomeAssistant, lights: list[str]
) -> None:
    """Options: devices and behaviour, then per-mood media; the zone reloads with them."""
    entry = await setup_entry(hass, zone_entry())
    result = dict(await hass.config_entries.options.async_init(entry.entry_id))
    assert result["step_id"] == "init"

    devices = {
        CONF_LIGHTS: ["light.salon_lamp"],
        CONF_SPEAKERS: ["media_player.kitchen"],
        CONF_LANGUAGE: "en",
        CONF_LOOP: False,
        CONF_SPLIT_COLOR_BRIGHTNESS: True,
        CONF_ASSIST: False,
    }
    result = dict(await hass.config_entries.options.async_configure(result["flow_id"], devices))
    assert result["step_id"] == "media"
    result = dict(
        await hass.config_entries.options.async_configure(
            result["flow_id"],
            {"nostalgie": "  library://track/12 ", "victoire": "", "tristesse": "not a uri"},
        )
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"tristesse": "invalid_media"}
    result = dict(
        await hass.config_entries.options.async_configure(
            result["flow_id"],
            {
                "nostalgie": "library://track/12",
                "tristesse": "media-source://media_source/local/sad.mp3",
            },
        )
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    assert entry.options == {
        **devices,
        CONF_MEDIA: {
            "nostalgie": "library://track/12",
            "tristesse": "media-source://media_source/local/sad.mp3",
        },
    }
    zone = entry.runtime_data  # reloaded: a new zone with the new settings
    assert zone.settings.lights == ("light.salon_lamp",)
    assert zone.settings.loop is False
    assert zone.performer.split_color_brightness is True
    assert zone.choose("nostalgie").ambiance.track.preview_uri == "library://track/12"
    assert zone.choose("victoire").ambiance.track.preview_uri == (
        "media-source://synesthetic_dj/victoire"
    )
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_options_flow_requires_a_light(hass: HomeAssistant) -> None:
    """No light at all is refused in the options too."""
    entry = zone_entry(lights=LIGHTS)
    entry.add_to_hass(hass)
    result = dict(await hass.config_entries.options.async_init(entry.entry_id))
    result = dict(
        await hass.config_entries.options.async_configure(
            result["flow_id"],
            {
                CONF_LIGHTS: [],
                CONF_SPEAKERS: [],
                CONF_LANGUAGE: "auto",
                CONF_LOOP: True,
                CONF_SPLIT_COLOR_BRIGHTNESS: False,
            },
        )
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {CONF_LIGHTS: "no_lights"}
