"""Shared pieces of the perform tests: real template lights, a service-call recorder, a clock."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.const import EVENT_CALL_SERVICE
from homeassistant.core import Context, Event, HomeAssistant, callback
from homeassistant.setup import async_setup_component
from homeassistant.util import slugify
from pytest_homeassistant_custom_component.common import async_fire_time_changed_exact

from custom_components.synesthetic_dj.moodcore import Ambiance, Diagnostics, LightStep, Track

MEDIA_URI = "media-source://synesthetic_dj/nostalgie"

#: Template light actions per kind: which ``set_*`` scripts decide its supported colour modes.
KINDS: dict[str, tuple[str, ...]] = {
    "rgb": ("set_level", "set_rgb"),
    "rgbw": ("set_level", "set_rgbw"),
    "ct": ("set_level", "set_temperature"),
    "dimmer": ("set_level",),
    "onoff": (),
}


def light_config(
    name: str,
    kind: str = "rgb",
    *,
    transition: bool = True,
    available_if: str | None = None,
    delay_ms: int = 0,
) -> dict[str, Any]:
    """A real optimistic template light (as in scripts/demo/configuration.yaml), with a unique id
    so it has an entity-registry entry and can be given an area like a real one.

    ``delay_ms`` makes each of its actions take that long, like a slow Zigbee bulb: a blocking
    call to it stays in flight for that time.
    """
    action: list[dict[str, Any]] = [{"delay": {"milliseconds": delay_ms}}] if delay_ms else []
    config: dict[str, Any] = {
        "name": name,
        "unique_id": f"perform_test_{name}",
        "optimistic": True,
        "turn_on": action,
        "turn_off": action,
    }
    for key in KINDS[kind]:
        config[key] = action
    if transition:
        config["supports_transition"] = "{{ true }}"
    if available_if is not None:
        config["availability"] = "{{ is_state('" + available_if + "', 'on') }}"
    return config


async def async_setup_lights(hass: HomeAssistant, *configs: dict[str, Any]) -> list[str]:
    """Set up template lights; returns their entity ids (light.<name>)."""
    assert await async_setup_component(hass, "template", {"template": [{"light": list(configs)}]})
    await hass.async_block_till_done()
    entity_ids = [f"light.{slugify(config['name'])}" for config in configs]
    for entity_id in entity_ids:
        assert hass.states.get(entity_id) is not None, entity_id
    return entity_ids


def ambiance(
    *steps: tuple[tuple[int, int, int], float, float], mood: str = "nostalgie"
) -> Ambiance:
    """An Ambiance from (rgb, duration, intensity) steps."""
    return Ambiance(
        track=Track(mood_id=mood, preview_uri=f"media-source://synesthetic_dj/{mood}"),
        lighting=tuple(LightStep(rgb=rgb, duration=d, intensity=i) for rgb, d, i in steps),
        narration="",
        diagnostics=Diagnostics(
            valence_hint=0.5, arousal_hint=0.5, interpreter="test", confidence=1.0, lang="en"
        ),
    )


RED, GREEN, BLUE = (255, 0, 0), (0, 255, 0), (0, 0, 255)
#: Three 2-second steps: red, green, blue at brightness 255, 128, 51.
PROGRAM = ambiance((RED, 2.0, 1.0), (GREEN, 2.0, 0.5), (BLUE, 2.0, 0.2))


@dataclass(frozen=True, slots=True)
class Recorded:
    at: float
    domain: str
    service: str
    data: dict[str, Any]
    context: Context

    @property
    def entity_ids(self) -> list[str]:
        value = self.data.get("entity_id", [])
        return [value] if isinstance(value, str) else list(value)


class CallRecorder:
    """Every service call of the watched domains, with the loop time it was made at."""

    def __init__(self, hass: HomeAssistant, domains: tuple[str, ...] = ("light", "media_player")):
        self.hass = hass
        self.domains = domains
        self.calls: list[Recorded] = []
        self._unsub = hass.bus.async_listen(EVENT_CALL_SERVICE, self._record)

    @callback
    def _record(self, event: Event) -> None:
        if event.data["domain"] in self.domains:
            self.calls.append(
                Recorded(
                    self.hass.loop.time(),
                    event.data["domain"],
                    event.data["service"],
                    dict(event.data["service_data"]),
                    event.context,
                )
            )

    def to(self, entity_id: str, service: str | None = None) -> list[Recorded]:
        return [
            c
            for c in self.calls
            if entity_id in c.entity_ids and (service is None or c.service == service)
        ]

    def clear(self) -> None:
        self.calls.clear()

    def stop(self) -> None:
        self._unsub()


async def settle(hass: HomeAssistant, rounds: int = 40) -> None:
    """Let background tasks (the run and its lanes) run until they wait on the clock again.

    Not ``hass.async_block_till_done()``: it also waits for script runs, and a slow light's
    ``delay`` only ends when the virtual clock moves, which it cannot while we wait.
    """
    for _ in range(rounds):
        await asyncio.sleep(0)


async def advance(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, seconds: float, tick: float = 0.05
) -> None:
    """Move the virtual clock forward in small ticks, firing the timers that fall due."""
    remaining = seconds
    while remaining > 1e-9:
        delta = min(tick, remaining)
        freezer.tick(timedelta(seconds=delta))
        async_fire_time_changed_exact(hass)
        await settle(hass, rounds=10)
        remaining -= delta
    await settle(hass)


async def while_advancing[T](
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    coro: Coroutine[Any, Any, T],
    limit: float = 10.0,
) -> T:
    """Await ``coro`` while the virtual clock runs (slow lights need time to answer)."""
    task = asyncio.create_task(coro)
    waited = 0.0
    while not task.done() and waited < limit:
        await advance(hass, freezer, 0.05)
        waited += 0.05
    assert task.done(), f"still running after {limit} s of virtual time"
    return task.result()
