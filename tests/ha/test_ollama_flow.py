"""Config-flow side of Ollama: server test, model list, pull with progress, add-on discovery,
the time-budget option and setup while the server is down."""

from __future__ import annotations

import asyncio
from typing import Any

from homeassistant.config_entries import SOURCE_HASSIO, SOURCE_USER, ConfigEntryState
from homeassistant.const import CONF_NAME
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers.service_info.hassio import HassioServiceInfo

from custom_components.synesthetic_dj.const import (
    CONF_INTERPRETER,
    CONF_LANGUAGE,
    CONF_LIGHTS,
    CONF_LOOP,
    CONF_OLLAMA_MODEL,
    CONF_OLLAMA_TIMEOUT,
    CONF_OLLAMA_URL,
    CONF_SPEAKERS,
    CONF_SPLIT_COLOR_BRIGHTNESS,
    DOMAIN,
)
from tests.ha.ollama_server import FakeOllama, closed_port_url
from tests.ha.zone_helpers import setup_entry, zone_entry

ZONE: dict[str, Any] = {
    CONF_NAME: "Salon",
    CONF_INTERPRETER: "ollama",
    CONF_LIGHTS: ["light.salon_lamp"],
    CONF_SPEAKERS: [],
    CONF_LANGUAGE: "auto",
}


async def _configure(hass: HomeAssistant, flow_id: str, data: dict[str, Any]) -> dict[str, Any]:
    return dict(await hass.config_entries.flow.async_configure(flow_id, data))


async def _to_model_step(hass: HomeAssistant, url: str, name: str = "Salon") -> dict[str, Any]:
    result = dict(
        await hass.config_entries.flow.async_init(DOMAIN, context={"source": SOURCE_USER})
    )
    result = await _configure(hass, result["flow_id"], {**ZONE, CONF_NAME: name})
    assert result["step_id"] == "ollama"
    return await _configure(hass, result["flow_id"], {CONF_OLLAMA_URL: url})


async def test_unreachable_server_is_refused(hass: HomeAssistant, socket_enabled: None) -> None:
    """Nothing is saved until the server answers."""
    result = await _to_model_step(hass, closed_port_url())
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "ollama"
    assert result["errors"] == {"base": "cannot_connect"}


async def test_models_listed_in_a_select(hass: HomeAssistant, ollama_server: FakeOllama) -> None:
    """The server's models are offered; ours is offered too when the server lacks it."""
    ollama_server.models = ["llama3.2:latest", "synesthetic-dj:latest"]
    result = await _to_model_step(hass, ollama_server.url)
    assert result["step_id"] == "ollama_model"
    select = result["data_schema"].schema[CONF_OLLAMA_MODEL]
    assert select.config["options"] == ["llama3.2:latest", "synesthetic-dj:latest"]
    assert select.config["custom_value"] is True
    assert result["description_placeholders"] == {"url": ollama_server.url}

    ollama_server.models = ["llama3.2:latest"]
    result = await _to_model_step(hass, ollama_server.url, "Cuisine")
    options = result["data_schema"].schema[CONF_OLLAMA_MODEL].config["options"]
    assert options == ["synesthetic-dj", "llama3.2:latest"]


async def test_missing_model_is_pulled_with_progress(
    hass: HomeAssistant, ollama_server: FakeOllama
) -> None:
    ollama_server.models = []
    result = await _to_model_step(hass, ollama_server.url)
    result = await _configure(hass, result["flow_id"], {CONF_OLLAMA_MODEL: "synesthetic-dj"})
    assert result["type"] is FlowResultType.SHOW_PROGRESS
    assert result["progress_action"] == "download"
    assert result["description_placeholders"] == {"model": "synesthetic-dj"}
    await _pulled(hass, result["flow_id"])

    result = dict(await hass.config_entries.flow.async_configure(result["flow_id"]))
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["data"][CONF_OLLAMA_MODEL] == "synesthetic-dj"
    pulls = [r["body"] for r in ollama_server.requests if r["path"] == "/api/pull"]
    assert pulls and pulls[0]["model"] == "synesthetic-dj"
    assert pulls[0]["stream"] is True
    await hass.async_block_till_done()
    assert result["result"].state is ConfigEntryState.LOADED
    assert await hass.config_entries.async_unload(result["result"].entry_id)


async def test_failed_pull_aborts_with_a_reason(
    hass: HomeAssistant, ollama_server: FakeOllama
) -> None:
    ollama_server.models = []
    ollama_server.pull_fails = True
    result = await _to_model_step(hass, ollama_server.url)
    result = await _configure(hass, result["flow_id"], {CONF_OLLAMA_MODEL: "synesthetic-dj"})
    assert result["type"] is FlowResultType.SHOW_PROGRESS
    await _pulled(hass, result["flow_id"])
    result = dict(await hass.config_entries.flow.async_configure(result["flow_id"]))
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "download_failed"
    assert result["description_placeholders"] == {"model": "synesthetic-dj"}
    assert not hass.config_entries.async_entries(DOMAIN)


async def _pulled(hass: HomeAssistant, flow_id: str) -> None:
    """Wait for the flow's pull: Home Assistant moves the flow on when the task ends."""
    task = hass.config_entries.flow._progress[flow_id]._pull_task  # type: ignore[attr-defined]
    assert task is not None
    await asyncio.wait([task], timeout=5)
    await hass.async_block_till_done()


def _discovery(ollama_server: FakeOllama, model: str = "synesthetic-dj") -> HassioServiceInfo:
    host, port = ollama_server.url.removeprefix("http://").split(":")
    return HassioServiceInfo(
        config={"host": host, "port": int(port), "model": model},
        name="Synesthetic DJ Ollama",
        slug="be3a06e1_synesthetic_dj_ollama",
        uuid="1234",
    )


async def test_addon_discovery_offers_a_zone(
    hass: HomeAssistant, ollama_server: FakeOllama
) -> None:
    """Confirm, name the zone: it reads words with the add-on's model, no URL typed."""
    result = dict(
        await hass.config_entries.flow.async_init(
            DOMAIN, context={"source": SOURCE_HASSIO}, data=_discovery(ollama_server)
        )
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "hassio_confirm"
    assert result["description_placeholders"] == {
        "addon": "Synesthetic DJ Ollama",
        "url": ollama_server.url,
        "model": "synesthetic-dj",
    }
    # Announced again while the first is open: one flow only.
    again = dict(
        await hass.config_entries.flow.async_init(
            DOMAIN, context={"source": SOURCE_HASSIO}, data=_discovery(ollama_server)
        )
    )
    assert again["type"] is FlowResultType.ABORT
    assert again["reason"] == "already_in_progress"

    result = await _configure(hass, result["flow_id"], {})
    assert result["step_id"] == "user"
    result = await _configure(hass, result["flow_id"], ZONE)
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["data"] == {
        CONF_NAME: "Salon",
        CONF_INTERPRETER: "ollama",
        CONF_OLLAMA_URL: ollama_server.url,
        CONF_OLLAMA_MODEL: "synesthetic-dj",
    }
    await hass.async_block_till_done()
    assert await hass.config_entries.async_unload(result["result"].entry_id)


async def test_addon_discovery_updates_its_zones(
    hass: HomeAssistant, ollama_server: FakeOllama
) -> None:
    """A zone on the add-on follows its new port and model; a zone on another server not."""
    host = ollama_server.url.removeprefix("http://").split(":")[0]
    on_addon = zone_entry(
        "Salon",
        data={
            CONF_INTERPRETER: "ollama",
            CONF_OLLAMA_URL: f"http://{host}:1",
            CONF_OLLAMA_MODEL: "old",
        },
    )
    elsewhere = zone_entry(
        "Cuisine",
        data={
            CONF_INTERPRETER: "ollama",
            CONF_OLLAMA_URL: "http://nas.local:11434",
            CONF_OLLAMA_MODEL: "mine",
        },
    )
    on_addon.add_to_hass(hass)
    elsewhere.add_to_hass(hass)
    result = dict(
        await hass.config_entries.flow.async_init(
            DOMAIN, context={"source": SOURCE_HASSIO}, data=_discovery(ollama_server, "sdj:v2")
        )
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_configured"
    assert on_addon.data[CONF_OLLAMA_URL] == ollama_server.url
    assert on_addon.data[CONF_OLLAMA_MODEL] == "sdj:v2"
    assert elsewhere.data[CONF_OLLAMA_URL] == "http://nas.local:11434"
    await hass.async_block_till_done()
    # The updated zone was reloaded against the add-on and loads.
    assert on_addon.state is ConfigEntryState.LOADED
    assert await hass.config_entries.async_unload(on_addon.entry_id)


async def test_bad_discovery_is_refused(hass: HomeAssistant) -> None:
    result = dict(
        await hass.config_entries.flow.async_init(
            DOMAIN,
            context={"source": SOURCE_HASSIO},
            data=HassioServiceInfo(
                config={"host": "", "port": 11434}, name="x", slug="x", uuid="1"
            ),
        )
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "invalid_discovery_info"


async def test_time_budget_option(hass: HomeAssistant, ollama_server: FakeOllama) -> None:
    """Only an Ollama zone is asked for its time budget; the interpreter uses it."""
    entry = await setup_entry(
        hass, zone_entry(data={CONF_INTERPRETER: "ollama", CONF_OLLAMA_URL: ollama_server.url})
    )
    assert entry.runtime_data.interpreter.timeout == 4.0
    result = dict(await hass.config_entries.options.async_init(entry.entry_id))
    assert CONF_OLLAMA_TIMEOUT in result["data_schema"].schema
    result = dict(
        await hass.config_entries.options.async_configure(
            result["flow_id"],
            {
                CONF_LIGHTS: ["light.salon_lamp"],
                CONF_LANGUAGE: "auto",
                CONF_LOOP: True,
                CONF_SPLIT_COLOR_BRIGHTNESS: False,
                CONF_OLLAMA_TIMEOUT: 2.5,
            },
        )
    )
    result = dict(await hass.config_entries.options.async_configure(result["flow_id"], {}))
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()
    assert entry.options[CONF_OLLAMA_TIMEOUT] == 2.5
    assert entry.runtime_data.interpreter.timeout == 2.5
    assert await hass.config_entries.async_unload(entry.entry_id)

    builtin = await setup_entry(hass, zone_entry("Cuisine"))
    result = dict(await hass.config_entries.options.async_init(builtin.entry_id))
    assert CONF_OLLAMA_TIMEOUT not in result["data_schema"].schema
    assert await hass.config_entries.async_unload(builtin.entry_id)


async def test_setup_retries_while_the_server_is_down(
    hass: HomeAssistant, socket_enabled: None
) -> None:
    entry = zone_entry(data={CONF_INTERPRETER: "ollama", CONF_OLLAMA_URL: closed_port_url()})
    entry.add_to_hass(hass)
    assert not await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.SETUP_RETRY
    assert entry.reason is not None and "does not answer" in entry.reason
