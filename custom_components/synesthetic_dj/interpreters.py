"""Build the interpreter a zone reads text with.

The built-in model's weights take a couple of seconds to read: they are read once per
process, in the executor, and shared by every zone (they are never mutated).
"""

from __future__ import annotations

import dataclasses
import functools
import threading

from homeassistant.core import HomeAssistant

from .const import INTERPRETER_OLLAMA, LOGGER
from .moodcore import Interpretation, Interpreter, get_interpreter

# Reported in the ambiance's diagnostics so nobody mistakes the stand-in for the LLM.
OLLAMA_PENDING = "ollama_not_available"

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


class OllamaStandIn:
    """Answers for an Ollama zone until its client exists: the built-in model, flagged.

    The Ollama client (validation, model download, constrained decoding) is a later step;
    a zone configured for it must still work offline meanwhile.
    """

    name = INTERPRETER_OLLAMA

    def __init__(self, builtin: Interpreter) -> None:
        self._builtin = builtin

    def interpret(self, text: str, lang: str | None = None) -> Interpretation:
        """Interpret with the built-in model and record why."""
        result = self._builtin.interpret(text, lang)
        return dataclasses.replace(result, fallback_reason=OLLAMA_PENDING)


async def async_create_interpreter(hass: HomeAssistant, kind: str) -> Interpreter:
    """The interpreter for a zone configured with ``kind`` (builtin or ollama)."""
    builtin = await async_get_builtin(hass)
    if kind == INTERPRETER_OLLAMA:
        LOGGER.warning(
            "The Ollama interpreter is not available in this version; "
            "the zone uses the built-in one meanwhile"
        )
        return OllamaStandIn(builtin)
    return builtin
