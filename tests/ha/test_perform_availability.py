"""perform: unavailable lights are skipped, then picked up again when they come back."""

from __future__ import annotations

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component

from custom_components.synesthetic_dj.perform import Performer
from tests.ha.perform_helpers import (
    BLUE,
    GREEN,
    PROGRAM,
    RED,
    CallRecorder,
    advance,
    async_setup_lights,
    light_config,
)

SWITCH = "input_boolean.lamp_power"


async def _setup(hass: HomeAssistant, initially_available: bool) -> tuple[str, str]:
    assert await async_setup_component(
        hass, "input_boolean", {"input_boolean": {"lamp_power": {"initial": initially_available}}}
    )
    lamp, other = await async_setup_lights(
        hass, light_config("lamp", available_if=SWITCH), light_config("other")
    )
    return lamp, other


async def _power(hass: HomeAssistant, on: bool) -> None:
    await hass.services.async_call(
        "input_boolean", "turn_on" if on else "turn_off", {"entity_id": SWITCH}, blocking=True
    )
    await hass.async_block_till_done()


async def test_unavailable_light_is_skipped_then_resumed(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    lamp, other = await _setup(hass, initially_available=True)
    recorder = CallRecorder(hass)
    performer = Performer(hass, zone_id="zone")
    await performer.async_play(PROGRAM, lights=[lamp, other], loop=True)
    await advance(hass, freezer, 1.0)

    await _power(hass, False)
    state = hass.states.get(lamp)
    assert state is not None and state.state == "unavailable"
    before = len(recorder.to(lamp))
    await advance(hass, freezer, 4.0)  # steps at 2 s and 4 s pass while it is away
    assert len(recorder.to(lamp)) == before
    assert performer.lights == [lamp, other]  # skipped, not released
    assert len(recorder.to(other, "turn_on")) == 3

    await _power(hass, True)
    await advance(hass, freezer, 1.1)  # next step at 6 s
    calls = recorder.to(lamp, "turn_on")
    assert len(calls) == before + 1
    # Everything is resent (colour and brightness): the bulb may have lost our state.
    assert {"rgb_color", "brightness"} <= set(calls[-1].data)
    assert calls[-1].data["rgb_color"] == RED
    await performer.async_stop()


async def test_light_unavailable_at_start_joins_when_it_appears(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    lamp, other = await _setup(hass, initially_available=False)
    recorder = CallRecorder(hass)
    performer = Performer(hass, zone_id="zone")

    # play() does not wait for a light that is away.
    await performer.async_play(PROGRAM, lights=[lamp, other], loop=True)
    assert recorder.to(lamp) == []
    assert recorder.to(other)[0].data["rgb_color"] == GREEN

    await _power(hass, True)
    await advance(hass, freezer, 2.1)
    assert recorder.to(lamp, "turn_on")[0].data["rgb_color"] == GREEN  # its step at 2 s
    await advance(hass, freezer, 2.0)
    assert recorder.to(lamp, "turn_on")[1].data["rgb_color"] == BLUE

    await performer.async_stop()
    # Its snapshot was taken when it appeared (off), so stop turns it off again.
    state = hass.states.get(lamp)
    assert state is not None and state.state == "off"
