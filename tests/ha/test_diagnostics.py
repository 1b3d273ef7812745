"""Diagnostics: enough to debug a zone, nothing that identifies or unlocks anything."""

from __future__ import annotations

import json

from homeassistant.components.diagnostics import REDACTED
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.synesthetic_dj.const import DOMAIN
from custom_components.synesthetic_dj.urls import redact_url, valid_http_url, valid_media_uri
from tests.ha.ollama_server import FakeOllama, Reply
from tests.ha.zone_helpers import setup_entry, zone_entry


async def _diagnostics(
    hass: HomeAssistant, client_factory: ClientSessionGenerator, entry: MockConfigEntry
) -> dict[str, object]:
    assert await async_setup_component(hass, "diagnostics", {})
    client = await client_factory()
    response = await client.get(f"/api/diagnostics/config_entry/{entry.entry_id}")
    assert response.status == 200
    body: dict[str, object] = (await response.json())["data"]
    return body


async def test_diagnostics_redact_words_and_credentials(
    hass: HomeAssistant,
    lights: list[str],
    hass_client: ClientSessionGenerator,
    ollama_server: FakeOllama,
) -> None:
    """The typed words, URL credentials and tokens are gone; the ambiance is there."""
    ollama_server.default = Reply(
        content='{"mood":"nostalgie","lang":"fr","valence":0.4,"arousal":0.3,'
        '"colors":[],"brightness":"none"}'
    )
    host = ollama_server.url.removeprefix("http://")
    entry = await setup_entry(
        hass,
        zone_entry(
            data={
                "interpreter": "ollama",
                "ollama_url": f"http://bob:hunter2@{host}",
                "ollama_model": "synesthetic-dj",
            },
            media={"nostalgie": "https://music.example/mix.mp3?token=abc123"},
        ),
    )
    await hass.services.async_call(
        DOMAIN,
        "set_mood",
        {"description": "Je pense à mon grand-père, nostalgique"},
        blocking=True,
    )
    diagnostics = await _diagnostics(hass, hass_client, entry)
    text = json.dumps(diagnostics)
    for secret in ("hunter2", "bob", "abc123", "grand-père"):
        assert secret not in text

    assert diagnostics["entry"]["data"]["ollama_url"] == f"http://**REDACTED**@{host}"  # type: ignore[index]
    # Which interpreter answered, and how the server is doing.
    assert diagnostics["ollama"] == {  # type: ignore[index]
        "url": f"http://**REDACTED**@{host}",
        "model": "synesthetic-dj",
        "timeout_s": 4.0,
        "available": True,
        "consecutive_failures": 0,
        "last_fallback": None,
    }
    zone = diagnostics["zone"]
    assert zone["description"] == REDACTED  # type: ignore[index]
    assert zone["running"] is True  # type: ignore[index]
    current = zone["current"]  # type: ignore[index]
    assert current["interpretation"]["mood"] == "nostalgie"
    assert current["interpretation"]["interpreter"] == "ollama"
    assert current["ambiance"]["diagnostics"]["interpreter"] == "ollama"
    assert current["ambiance"]["track"]["preview_uri"] == (
        "https://music.example/mix.mp3?**REDACTED**="
    )
    assert diagnostics["cached_tracks"] == []  # nothing synthesised: no speaker asked
    assert await hass.config_entries.async_unload(entry.entry_id)


async def test_diagnostics_of_an_idle_zone(
    hass: HomeAssistant, zone: MockConfigEntry, hass_client: ClientSessionGenerator
) -> None:
    """An idle zone reports no current ambiance."""
    diagnostics = await _diagnostics(hass, hass_client, zone)
    assert diagnostics["zone"]["current"] is None  # type: ignore[index]
    assert diagnostics["zone"]["running"] is False  # type: ignore[index]


def test_redact_url() -> None:
    """Userinfo and query go; a relative or plain URL is kept; garbage is hidden."""
    assert redact_url("http://u:p@h:1/x?a=1") == "http://**REDACTED**@h:1/x?**REDACTED**="
    assert redact_url("https://host/path") == "https://host/path"
    assert redact_url("media-source://synesthetic_dj/detente") == (
        "media-source://synesthetic_dj/detente"
    )
    assert redact_url("/local/x.mp3") == "/local/x.mp3"
    assert redact_url("http://[::1") == "**REDACTED**"


def test_valid_urls() -> None:
    """Ollama needs http(s) with a host; media needs a scheme and no blanks."""
    assert valid_http_url("https://ollama.local:11434")
    for bad in ("http://[::1", "http://", "ollama.local:11434", "http://a b"):
        assert not valid_http_url(bad), bad
    assert valid_media_uri("library://track/12")
    assert not valid_media_uri("media-source://" + "x" * 3000)
