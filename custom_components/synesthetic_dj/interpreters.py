"""Build the interpreter a zone reads text with.

The built-in model's weights take a couple of seconds to read: they are read once per
process, in the executor, and shared by every zone (they are never mutated).
"""

from __future__ import annotations

import functools
import threading

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ConfigEntryNotReady

from .const import DEFAULT_OLLAMA_MODEL, DEFAULT_OLLAMA_URL, INTERPRETER_OLLAMA
from .moodcore import Interpreter, get_interpreter
from .ollama_client import AsyncInterpreter, OllamaInterpreter
from .zone import ZoneSettings

_LOAD_LOCK = threading.Lock()


@functools.cache
def _load_builtin() -> Interpreter:
    return get_interpreter("builtin")


def load_builtin() -> Interpreter:
    """Read the built-in weights once (blocking: call it in the executor)."""
    # Two zones set up at once would otherwise both read the file.
    with _LOAD_LOCK:
        return _load_builtin()


async def async_get_builtin(hass: HomeAssistant) -> Interpreter:
    """The shared built-in interpreter."""
    return await hass.async_add_executor_job(load_builtin)


async def async_create_interpreter(
    hass: HomeAssistant, entry: ConfigEntry, settings: ZoneSettings
) -> Interpreter | AsyncInterpreter:
    """The interpreter of a zone: the built-in one, or Ollama with the built-in one as a net.

    An Ollama zone asks its server for its models first: while the server is down the
    entry is not ready and Home Assistant retries (the add-on may start after it).
    """
    builtin = await async_get_builtin(hass)
    if settings.interpreter != INTERPRETER_OLLAMA:
        return builtin
    interpreter = OllamaInterpreter(
        hass,
        url=settings.ollama_url or DEFAULT_OLLAMA_URL,
        model=settings.ollama_model or DEFAULT_OLLAMA_MODEL,
        builtin=builtin,
        entry_id=entry.entry_id,
        zone_name=settings.name,
        timeout=settings.ollama_timeout,
    )
    try:
        await interpreter.async_check()
    except ConfigEntryNotReady:
        await interpreter.async_close()
        raise
    entry.async_on_unload(interpreter.async_close)
    return interpreter
