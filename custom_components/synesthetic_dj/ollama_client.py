"""The Ollama interpreter: our fine-tuned model on an Ollama server, the built-in one as a net.

The model may only fill the Interpretation schema: its answer is constrained by
``LLM_OUTPUT_SCHEMA`` on the server, then parsed strictly here, and nothing but a mood,
a language, two numbers, colour names and a brightness word ever leaves this module. Extra
keys (an entity id, a service name) make the whole answer invalid: the built-in interpreter
answers instead, so a prompt-injection can at worst pick a mood.

Every request has a time budget. A slow, unreachable or broken server, or an answer that is
not the schema, never fails a mood change: the built-in interpreter answers and the
Interpretation's ``fallback_reason`` says why (the ambiance's diagnostics show it).
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
import dataclasses
from enum import StrEnum
import json
import math
import re
import time
from typing import Any, Final, Protocol, runtime_checkable
import unicodedata

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ConfigEntryNotReady
from homeassistant.helpers import issue_registry as ir
from homeassistant.util.ssl import get_default_context
import httpx
import ollama
from pydantic import ValidationError

from .const import DOMAIN, LOGGER
from .moodcore import (
    COLOR_NAMES,
    LLM_OUTPUT_SCHEMA,
    MOODS,
    SYSTEM_PROMPT,
    ContractError,
    Interpretation,
    Interpreter,
    LlmOutput,
    interpretation_from_llm,
    parse_llm_output,
)
from .urls import redact_url

INTERPRETER_NAME: Final = "ollama"

# A person waits for the lights: past this the built-in model answers (configurable).
DEFAULT_TIMEOUT_S: Final = 4.0
MIN_TIMEOUT_S: Final = 1.0
MAX_TIMEOUT_S: Final = 60.0
# Setup and the config flow only ask the server for its models: quick, whatever the model.
CONNECT_TIMEOUT_S: Final = 10.0
# Keep the model loaded between moods; Ollama needs a unit.
KEEP_ALIVE: Final = "300s"
# Greedy decoding: the same words give the same mood. The answer is ~40 tokens; 96 leaves
# room for a long colour list while bounding a model that would ramble.
CHAT_OPTIONS: Final[Mapping[str, Any]] = {"temperature": 0, "num_predict": 96}

# When a server that keeps failing deserves a repair issue rather than a log line.
ISSUE_AFTER_FAILURES: Final = 3
ISSUE_AFTER_S: Final = 300.0
ISSUE_UNREACHABLE: Final = "ollama_unreachable"


class FallbackReason(StrEnum):
    """Why the built-in interpreter answered for an Ollama zone."""

    TIMEOUT = "timeout"
    UNREACHABLE = "unreachable"
    HTTP_ERROR = "http_error"
    INVALID_OUTPUT = "invalid_output"


# The server is down, not merely wrong: these count towards the log line and repair issue.
_OUTAGES: Final = frozenset(
    {FallbackReason.TIMEOUT, FallbackReason.UNREACHABLE, FallbackReason.HTTP_ERROR}
)


@runtime_checkable
class AsyncInterpreter(Protocol):
    """An interpreter that reads text without blocking the event loop (a remote model)."""

    name: str

    async def async_interpret(self, text: str, lang: str | None = None) -> Interpretation: ...


class InvalidOutput(Exception):
    """The model's answer is not the schema, even after the unambiguous repairs."""


def create_client(url: str) -> ollama.AsyncClient:
    """An Ollama client; HA's SSL context is built once, not read from disk in the loop."""
    return ollama.AsyncClient(host=url, verify=get_default_context())


async def async_list_models(
    client: ollama.AsyncClient, timeout: float = CONNECT_TIMEOUT_S
) -> list[str]:
    """The models the server has, by name ("synesthetic-dj:latest").

    Raises TimeoutError, ConnectionError, ``httpx.HTTPError`` or ``ollama.ResponseError``.
    """
    async with asyncio.timeout(timeout):
        response = await client.list()
    return sorted(m.model for m in response.models if m.model)


def model_present(model: str, available: list[str]) -> bool:
    """Whether ``model`` is among the server's models; Ollama adds ":latest" to bare names."""
    wanted = model if ":" in model else f"{model}:latest"
    return model in available or wanted in available


# --- Repairing answers: only where one reading is possible ----------------------------------

# A JSON object in a Markdown code fence: ```json {...} ```.
_FENCE = re.compile(r"^\s*```[A-Za-z]*\s*")


def _fold(value: str) -> str:
    """Case, accents and separators removed: "Bonne Humeur", "bonne_humeur" → "bonnehumeur"."""
    decomposed = unicodedata.normalize("NFKD", value)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\s_\-]+", "", bare.casefold())


def _fold_choice(value: object, choices: tuple[str, ...]) -> object:
    """The one choice ``value`` spells differently, else ``value`` unchanged (then rejected)."""
    if not isinstance(value, str) or value in choices:
        return value
    matches = [choice for choice in choices if _fold(choice) == _fold(value)]
    return matches[0] if len(matches) == 1 else value


def _clamp_unit(value: object) -> object:
    """A finite number outside 0..1 is brought back into it; anything else is left to reject.

    The server's grammar does not enforce the schema's bounds, and a number can only say
    how pleasant or intense the feeling is: clamping it cannot change what is controlled.
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value
    if not math.isfinite(value):
        return value
    return min(1.0, max(0.0, float(value)))


def _extract_object(raw: str) -> dict[str, Any]:
    """The JSON object the answer starts with, ignoring a code fence and trailing text."""
    text = _FENCE.sub("", raw, count=1).lstrip()
    if not text.startswith("{"):
        # Prose before the object could be anything (even a second answer): not repaired.
        raise InvalidOutput("the answer does not start with a JSON object")
    try:
        data, _end = json.JSONDecoder().raw_decode(text)
    except (ValueError, RecursionError) as err:
        raise InvalidOutput(f"not valid JSON ({err})") from None
    if not isinstance(data, dict):
        raise InvalidOutput("not a JSON object")
    return data


def parse_answer(raw: str) -> LlmOutput:
    """The model's answer as :class:`LlmOutput`: strict, after only unambiguous repairs.

    Repaired: a code fence or text after the object, a mood/language/colour/brightness
    spelled with another case or accents, a valence or arousal outside 0..1 (clamped).
    Rejected (``InvalidOutput``): anything else, in particular any key the schema lacks.
    """
    try:
        return parse_llm_output(raw)
    except ContractError:
        pass  # maybe repairable: try below, and report the strict parser's verdict after
    data = _extract_object(raw)
    if "mood" in data:
        data["mood"] = _fold_choice(data["mood"], MOODS)
    if "lang" in data:
        data["lang"] = _fold_choice(data["lang"], ("fr", "en"))
    if "brightness" in data:
        data["brightness"] = _fold_choice(data["brightness"], ("dim", "bright", "none"))
    if isinstance(data.get("colors"), list):
        data["colors"] = [_fold_choice(c, COLOR_NAMES) for c in data["colors"]]
    for key in ("valence", "arousal"):
        if key in data:
            data[key] = _clamp_unit(data[key])
    try:
        return parse_llm_output(data)
    except ContractError as err:
        raise InvalidOutput(str(err)) from None


# --- The interpreter --------------------------------------------------------------------------


class OllamaInterpreter:
    """Asks the Ollama server; falls back to the built-in interpreter on any failure."""

    name = INTERPRETER_NAME

    def __init__(
        self,
        hass: HomeAssistant,
        *,
        url: str,
        model: str,
        builtin: Interpreter,
        entry_id: str,
        zone_name: str,
        timeout: float = DEFAULT_TIMEOUT_S,
    ) -> None:
        self.hass = hass
        self.url = url
        self.model = model
        self.builtin = builtin
        self.entry_id = entry_id
        self.zone_name = zone_name
        self.timeout = timeout
        self.client = create_client(url)
        # Availability as last seen: drives one log line per change and the repair issue.
        self.available = True
        self.failures = 0
        self.unavailable_since: float | None = None
        self.issue_raised = False
        self.last_fallback: str | None = None

    @property
    def issue_id(self) -> str:
        """One repair issue per zone: zones may use different servers."""
        return f"{ISSUE_UNREACHABLE}_{self.entry_id}"

    async def async_check(self) -> list[str]:
        """Ask the server for its models at setup; ConfigEntryNotReady while it is down.

        Home Assistant retries the setup with a back-off, so a server started after Home
        Assistant (the add-on) is picked up without the person doing anything.
        """
        try:
            models = await async_list_models(self.client)
        except (TimeoutError, ConnectionError, httpx.HTTPError, ollama.ResponseError) as err:
            raise self._not_ready(err) from err
        except ValueError as err:  # a body that is not Ollama's JSON: another server
            raise self._not_ready(err) from err
        if not model_present(self.model, models):
            # Not fatal: the person may be creating it right now; answers fall back meanwhile.
            LOGGER.warning(
                "Model %s is not on the Ollama server at %s (it has: %s); the built-in "
                "interpreter answers until it is",
                self.model,
                redact_url(self.url),
                ", ".join(models) or "none",
            )
        return models

    def _not_ready(self, err: Exception) -> ConfigEntryNotReady:
        return ConfigEntryNotReady(
            translation_domain=DOMAIN,
            translation_key="ollama_not_ready",
            translation_placeholders={"url": redact_url(self.url), "error": _describe(err)},
        )

    async def async_interpret(self, text: str, lang: str | None = None) -> Interpretation:
        """Interpret ``text`` with the model, or with the built-in model if that fails."""
        try:
            async with asyncio.timeout(self.timeout):
                raw = await self._async_chat(text)
        except TimeoutError:
            return self._failed(text, lang, FallbackReason.TIMEOUT, "no answer in time")
        except (ConnectionError, httpx.TransportError) as err:
            # The client turns httpx.ConnectError into ConnectionError; a dropped connection
            # mid-answer (ReadError, RemoteProtocolError) is the same outage to a person.
            return self._failed(text, lang, FallbackReason.UNREACHABLE, _describe(err))
        except (ollama.ResponseError, httpx.HTTPError, ValidationError, ValueError) as err:
            # An error status, or a body that is not Ollama's JSON (ValueError: JSON decoding).
            return self._failed(text, lang, FallbackReason.HTTP_ERROR, _describe(err))
        self._succeeded()
        try:
            output = parse_answer(raw)
        except InvalidOutput as err:
            # The server works; the model wrote something else. Not an outage, but visible.
            LOGGER.debug("Ollama answer rejected (%s): %.200r", err, raw)
            return self._fallback(text, lang, FallbackReason.INVALID_OUTPUT)
        self.last_fallback = None
        # The model gives no calibrated probability: the constrained answer is taken as sure.
        return interpretation_from_llm(output, interpreter=INTERPRETER_NAME, lang=lang)

    async def _async_chat(self, text: str) -> str:
        response = await self.client.chat(
            model=self.model,
            messages=[
                {"role": "system", "content": SYSTEM_PROMPT},
                {"role": "user", "content": text},
            ],
            format=LLM_OUTPUT_SCHEMA,
            options=dict(CHAT_OPTIONS),
            keep_alive=KEEP_ALIVE,
            stream=False,
        )
        return response.message.content or ""

    def _fallback(self, text: str, lang: str | None, reason: FallbackReason) -> Interpretation:
        self.last_fallback = reason.value
        result = self.builtin.interpret(text, lang)
        return dataclasses.replace(result, fallback_reason=reason.value)

    def _failed(
        self, text: str, lang: str | None, reason: FallbackReason, detail: str
    ) -> Interpretation:
        """Record an outage (log once, repair issue if it lasts), then fall back."""
        if reason in _OUTAGES:
            self._unavailable(reason, detail)
        return self._fallback(text, lang, reason)

    def _unavailable(self, reason: FallbackReason, detail: str) -> None:
        now = time.monotonic()
        self.failures += 1
        if self.available:
            self.available = False
            self.unavailable_since = now
            LOGGER.warning(
                "Ollama server %s is unavailable for zone %s (%s: %s); the built-in "
                "interpreter answers until it is back",
                redact_url(self.url),
                self.zone_name,
                reason.value,
                detail,
            )
        since = self.unavailable_since if self.unavailable_since is not None else now
        lasting = self.failures >= ISSUE_AFTER_FAILURES or now - since >= ISSUE_AFTER_S
        if lasting and not self.issue_raised:
            self.issue_raised = True
            ir.async_create_issue(
                self.hass,
                DOMAIN,
                self.issue_id,
                is_fixable=False,
                is_persistent=False,
                severity=ir.IssueSeverity.WARNING,
                translation_key=ISSUE_UNREACHABLE,
                translation_placeholders={
                    "zone": self.zone_name,
                    "url": redact_url(self.url),
                    "model": self.model,
                },
            )

    def _succeeded(self) -> None:
        if not self.available:
            LOGGER.info(
                "Ollama server %s is available again for zone %s",
                redact_url(self.url),
                self.zone_name,
            )
        self.available = True
        self.failures = 0
        self.unavailable_since = None
        if self.issue_raised:
            self.issue_raised = False
            ir.async_delete_issue(self.hass, DOMAIN, self.issue_id)

    async def async_close(self) -> None:
        """Entry unload: drop the issue and the client's pooled connections."""
        ir.async_delete_issue(self.hass, DOMAIN, self.issue_id)
        self.issue_raised = False
        await close_client(self.client)


async def close_client(client: ollama.AsyncClient) -> None:
    """Close the client's HTTP connections (the library exposes no close of its own)."""
    inner = getattr(client, "_client", None)
    if isinstance(inner, httpx.AsyncClient):
        await inner.aclose()


def _describe(err: BaseException) -> str:
    """A short, single-line reason for a log line or a message."""
    text = str(err).strip().splitlines()[0] if str(err).strip() else ""
    return f"{type(err).__name__}: {text[:200]}" if text else type(err).__name__
