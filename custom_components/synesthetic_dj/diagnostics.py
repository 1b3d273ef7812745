"""Diagnostics of a zone: its settings and what it played last, without secrets or words.

What a person typed can be intimate, and an Ollama URL or a media URL may carry a user,
a password or a token: the first is redacted, the others lose their userinfo and query.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from homeassistant.components.diagnostics import async_redact_data
from homeassistant.core import HomeAssistant

from .const import CONF_MEDIA, CONF_OLLAMA_URL
from .media_source import tracks_dir
from .ollama_client import OllamaInterpreter
from .urls import redact_url
from .zone import SynestheticConfigEntry

TO_REDACT = {"description"}


def _redact_urls(values: dict[str, Any]) -> dict[str, Any]:
    result = dict(values)
    if isinstance(url := result.get(CONF_OLLAMA_URL), str):
        result[CONF_OLLAMA_URL] = redact_url(url)
    if isinstance(media := result.get(CONF_MEDIA), dict):
        result[CONF_MEDIA] = {mood: redact_url(str(uri)) for mood, uri in media.items()}
    return result


async def async_get_config_entry_diagnostics(
    hass: HomeAssistant, entry: SynestheticConfigEntry
) -> dict[str, Any]:
    """What a maintainer needs to understand a zone's behaviour."""
    zone = entry.runtime_data
    current = zone.current.as_response() if zone.current else None
    if current is not None:
        track = current["ambiance"]["track"]
        track["preview_uri"] = redact_url(track["preview_uri"])
    cached = await hass.async_add_executor_job(_cached_tracks, tracks_dir(hass))
    result: dict[str, Any] = {
        "entry": {
            "title": entry.title,
            "data": _redact_urls(dict(entry.data)),
            "options": _redact_urls(dict(entry.options)),
        },
        "zone": async_redact_data(
            {
                "running": zone.running,
                "description": zone.description,
                "changed_at": zone.changed_at.isoformat(),
                "current": current,
            },
            TO_REDACT,
        ),
        "cached_tracks": cached,
    }
    if isinstance(interpreter := zone.interpreter, OllamaInterpreter):
        # Whether the model or the built-in one has been answering, and why.
        result["ollama"] = {
            "url": redact_url(interpreter.url),
            "model": interpreter.model,
            "timeout_s": interpreter.timeout,
            "available": interpreter.available,
            "consecutive_failures": interpreter.failures,
            "last_fallback": interpreter.last_fallback,
        }
    return result


def _cached_tracks(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.glob("*.wav")) if directory.is_dir() else []
