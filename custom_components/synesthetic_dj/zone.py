"""A zone at run time: what it understood last, and the one way to change its ambiance.

Actions and entities both go through :class:`Zone`, so input is validated in one place
and every error a person can see is a translated Home Assistant exception.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
import time
from typing import Any

from homeassistant.config_entries import ConfigEntry
from homeassistant.const import CONF_NAME
from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.util import dt as dt_util

from .const import (
    CONF_INTERPRETER,
    CONF_LANGUAGE,
    CONF_LIGHTS,
    CONF_LOOP,
    CONF_MEDIA,
    CONF_OLLAMA_MODEL,
    CONF_OLLAMA_TIMEOUT,
    CONF_OLLAMA_URL,
    CONF_SPEAKERS,
    CONF_SPLIT_COLOR_BRIGHTNESS,
    DEFAULT_LOOP,
    DEFAULT_SPLIT_COLOR_BRIGHTNESS,
    DOMAIN,
    INTERPRETER_BUILTIN,
    LANGUAGE_AUTO,
    MAX_DESCRIPTION_LENGTH,
)
from .moodcore import (
    MOODS,
    Ambiance,
    ContractError,
    Interpretation,
    Interpreter,
    Wishes,
    compose,
    load_catalog,
    narrate,
)
from .moodcore.contract import Lang
from .ollama_client import DEFAULT_TIMEOUT_S, AsyncInterpreter
from .perform import Performer

type SynestheticConfigEntry = ConfigEntry[Zone]
# The built-in interpreter reads in the loop (milliseconds); a remote model is awaited.
type AnyInterpreter = Interpreter | AsyncInterpreter

# The interpreter name recorded when a person picked the mood instead of describing it.
DIRECT = "direct"


@dataclass(frozen=True, slots=True)
class ZoneSettings:
    """A zone's configuration, read once from its entry (a change reloads the entry)."""

    name: str
    interpreter: str = INTERPRETER_BUILTIN
    lights: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    language: str = LANGUAGE_AUTO
    loop: bool = DEFAULT_LOOP
    split_color_brightness: bool = DEFAULT_SPLIT_COLOR_BRIGHTNESS
    media: Mapping[str, str] = field(default_factory=dict)
    ollama_url: str | None = None
    ollama_model: str | None = None
    ollama_timeout: float = DEFAULT_TIMEOUT_S

    @classmethod
    def from_entry(cls, entry: ConfigEntry) -> ZoneSettings:
        """Merge the entry's data (identity, interpreter) and options (devices, behaviour)."""
        data, options = entry.data, entry.options
        media = {m: uri for m, uri in dict(options.get(CONF_MEDIA, {})).items() if uri}
        return cls(
            name=data.get(CONF_NAME, entry.title),
            interpreter=data.get(CONF_INTERPRETER, INTERPRETER_BUILTIN),
            lights=tuple(options.get(CONF_LIGHTS, ())),
            speakers=tuple(options.get(CONF_SPEAKERS, ())),
            language=options.get(CONF_LANGUAGE, LANGUAGE_AUTO),
            loop=options.get(CONF_LOOP, DEFAULT_LOOP),
            split_color_brightness=options.get(
                CONF_SPLIT_COLOR_BRIGHTNESS, DEFAULT_SPLIT_COLOR_BRIGHTNESS
            ),
            media=media,
            ollama_url=data.get(CONF_OLLAMA_URL),
            ollama_model=data.get(CONF_OLLAMA_MODEL),
            ollama_timeout=float(options.get(CONF_OLLAMA_TIMEOUT, DEFAULT_TIMEOUT_S)),
        )


@dataclass(frozen=True, slots=True)
class MoodResult:
    """An interpretation and the ambiance composed from it."""

    interpretation: Interpretation
    ambiance: Ambiance

    def as_response(self) -> dict[str, Any]:
        """Response data of the actions: the prototype's ambiance shape, kept apart."""
        return {
            "ambiance": self.ambiance.as_dict(),
            "interpretation": self.interpretation.as_dict(),
        }


def validation_error(key: str, **placeholders: str) -> ServiceValidationError:
    """A translated error about what the person asked for."""
    return ServiceValidationError(
        translation_domain=DOMAIN, translation_key=key, translation_placeholders=placeholders
    )


def failure(key: str, **placeholders: str) -> HomeAssistantError:
    """A translated error about something that went wrong on our side."""
    return HomeAssistantError(
        translation_domain=DOMAIN, translation_key=key, translation_placeholders=placeholders
    )


def check_description(description: str) -> str:
    """The description without surrounding blanks; raise if it is empty or too long."""
    text = description.strip()
    if not text:
        raise validation_error("empty_description")
    if len(text) > MAX_DESCRIPTION_LENGTH:
        raise validation_error("description_too_long", max=str(MAX_DESCRIPTION_LENGTH))
    return text


def check_mood(mood: str) -> str:
    """The mood id; raise a translated error listing the twelve if it is not one of them."""
    if mood not in MOODS:
        raise validation_error("unknown_mood", mood=mood[:40], moods=", ".join(MOODS))
    return mood


def interpret_text(
    interpreter: Interpreter, description: str, lang: str | None, media: Mapping[str, str]
) -> MoodResult:
    """Interpret and compose, recording how long the interpreter took."""
    text = check_description(description)
    started = time.perf_counter()
    interpretation = interpreter.interpret(text, lang)
    latency_ms = round((time.perf_counter() - started) * 1000.0, 2)
    return _with_latency(compose_result(interpretation, media), latency_ms)


async def async_interpret_text(
    interpreter: AnyInterpreter, description: str, lang: str | None, media: Mapping[str, str]
) -> MoodResult:
    """:func:`interpret_text` for any interpreter, awaiting one that asks a server."""
    if not isinstance(interpreter, AsyncInterpreter):
        return interpret_text(interpreter, description, lang, media)
    text = check_description(description)
    started = time.perf_counter()
    interpretation = await interpreter.async_interpret(text, lang)
    latency_ms = round((time.perf_counter() - started) * 1000.0, 2)
    return _with_latency(compose_result(interpretation, media), latency_ms)


def _with_latency(result: MoodResult, latency_ms: float) -> MoodResult:
    diagnostics = replace(result.ambiance.diagnostics, latency_ms=latency_ms)
    return replace(result, ambiance=replace(result.ambiance, diagnostics=diagnostics))


def direct_interpretation(mood: str, lang: str) -> Interpretation:
    """What a person means by picking a mood: the catalog's own feeling, fully confident."""
    entry = load_catalog()[check_mood(mood)]
    language: Lang = "fr" if lang == "fr" else "en"
    return Interpretation(
        mood=mood,
        valence=entry.valence,
        arousal=entry.arousal,
        narration=narrate(mood, language, Wishes()),
        lang=language,
        wishes=Wishes(),
        interpreter=DIRECT,
        confidence=1.0,
    )


def compose_result(interpretation: Interpretation, media: Mapping[str, str]) -> MoodResult:
    """Compose the ambiance, playing the person's own media for the mood when they mapped one."""
    try:
        ambiance = compose(interpretation, track_uri=media.get(interpretation.mood))
    except ContractError as err:
        # Our inputs are validated; this is a bug or a corrupt catalog, not the user's fault.
        raise failure("compose_failed", error=str(err)) from err
    return MoodResult(interpretation, ambiance)


class Zone:
    """One room: its interpreter, its performer and the ambiance it plays."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry_id: str,
        settings: ZoneSettings,
        interpreter: AnyInterpreter,
        performer: Performer,
    ) -> None:
        self.hass = hass
        self.entry_id = entry_id
        self.settings = settings
        self.interpreter = interpreter
        self.performer = performer
        self.current: MoodResult | None = None
        self.description = ""  # the words last performed (empty: none, or a mood picked)
        # When ``current`` last changed (not the run's own progress): the palette's timestamp.
        self.changed_at = dt_util.utcnow()
        self._listeners: list[Callable[[], None]] = []
        # One change at a time: a second mood waits until the first has started or failed.
        self._lock = asyncio.Lock()
        self._unsub_performer = performer.async_add_listener(self._async_notify)

    @property
    def running(self) -> bool:
        """Whether the performer is driving the lights right now."""
        return self.performer.running

    @property
    def lang_hint(self) -> str | None:
        """The configured language, or None to let the interpreter detect it."""
        return None if self.settings.language == LANGUAGE_AUTO else self.settings.language

    @property
    def default_lang(self) -> str:
        """The narration language when there is no text to detect it from."""
        if self.lang_hint is not None:
            return self.lang_hint
        return "fr" if self.hass.config.language.startswith("fr") else "en"

    async def async_interpret(self, description: str) -> MoodResult:
        """Interpret a description and compose its ambiance; nothing is performed."""
        return await async_interpret_text(
            self.interpreter, description, self.lang_hint, self.settings.media
        )

    def choose(self, mood: str) -> MoodResult:
        """The ambiance of a mood picked by name."""
        return compose_result(direct_interpretation(mood, self.default_lang), self.settings.media)

    async def async_set_mood(
        self,
        *,
        description: str | None = None,
        mood: str | None = None,
        lights: Sequence[str] | None = None,
        speakers: Sequence[str] | None = None,
        duration: float | None = None,
        loop: bool | None = None,
    ) -> MoodResult:
        """Understand the request, then perform it; raise before touching anything if invalid."""
        if (description is None) == (mood is None):
            raise validation_error("description_or_mood")
        if mood is not None:
            result = self.choose(mood)
        else:
            result = await self.async_interpret(description or "")
        targets = tuple(self.settings.lights if lights is None else lights)
        if not targets:
            raise validation_error("no_lights", zone=self.settings.name)
        players = tuple(self.settings.speakers if speakers is None else speakers)
        async with self._lock:
            await self.performer.async_play(
                result.ambiance,
                lights=list(targets),
                speakers=list(players),
                media_uri=result.ambiance.track.preview_uri,
                loop=self.settings.loop if loop is None else loop,
                duration=duration,
            )
            self.current, self.changed_at = result, dt_util.utcnow()
            # A mood picked by name clears the words: they no longer describe what plays.
            self.description = description.strip() if description is not None else ""
            self._async_notify()
        return result

    async def async_stop(self) -> None:
        """Stop the running ambiance and put the lights and speakers back as they were."""
        async with self._lock:
            await self.performer.async_stop(restore=True)
            if self.current is not None:
                self.current, self.changed_at = None, dt_util.utcnow()
            self._async_notify()

    @callback
    def async_add_listener(self, listener: Callable[[], None]) -> CALLBACK_TYPE:
        """Call ``listener`` whenever the ambiance or the run changes."""
        self._listeners.append(listener)

        @callback
        def remove() -> None:
            self._listeners.remove(listener)

        return remove

    @callback
    def _async_notify(self) -> None:
        for listener in list(self._listeners):
            listener()

    async def async_shutdown(self) -> None:
        """Stop performing and release the performer (entry unload)."""
        self._unsub_performer()
        await self.performer.async_shutdown()
