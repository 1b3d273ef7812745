"""perform: one run per zone and per light, cancelled cleanly, restored, never leaked."""

from __future__ import annotations

import asyncio

from freezegun.api import FrozenDateTimeFactory
from homeassistant.const import EVENT_HOMEASSISTANT_STARTED, EVENT_HOMEASSISTANT_STOP
from homeassistant.core import Context, CoreState, HomeAssistant
from homeassistant.exceptions import HomeAssistantError
import pytest

from custom_components.synesthetic_dj.perform import Performer
from custom_components.synesthetic_dj.perform.registry import get_registry
from tests.ha.perform_helpers import (
    BLUE,
    GREEN,
    PROGRAM,
    RED,
    CallRecorder,
    advance,
    ambiance,
    async_setup_lights,
    light_config,
    settle,
    while_advancing,
)

USER_RGB = (10, 20, 200)


def _perform_tasks() -> list[asyncio.Task[object]]:
    return [
        task
        for task in asyncio.all_tasks()
        if task.get_name().startswith("synesthetic_dj perform") and not task.done()
    ]


async def _user_sets(hass: HomeAssistant, entity_id: str, **data: object) -> None:
    await hass.services.async_call(
        "light", "turn_on", {"entity_id": entity_id, **data}, blocking=True, context=Context()
    )


async def test_new_mood_cancels_the_old_run_before_its_first_command(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """With a slow bulb (300 ms per command) the new mood lands while the old one is mid-call."""
    lights = await async_setup_lights(
        hass, light_config("a", delay_ms=300), light_config("b", delay_ms=300)
    )
    recorder = CallRecorder(hass)
    performer = Performer(hass, zone_id="zone")
    await while_advancing(hass, freezer, performer.async_play(PROGRAM, lights=lights))
    old_context = recorder.calls[0].context.id
    await advance(hass, freezer, 2.15 - 0.3)  # t = 2.15: step 2 of the old mood is in flight
    assert recorder.calls[-1].context.id == old_context
    assert recorder.calls[-1].at >= recorder.calls[0].at + 2.0

    other = ambiance((RED, 2.0, 0.3), (RED, 2.0, 0.9))
    await while_advancing(hass, freezer, performer.async_play(other, lights=lights))
    await advance(hass, freezer, 4.0)

    contexts = [call.context.id for call in recorder.calls]
    switch = contexts.index(next(c for c in contexts if c != old_context))
    # All of the old run's calls, then only the new run's: nothing interleaved, no restore
    # in between (the lights go straight from one mood to the next).
    assert set(contexts[:switch]) == {old_context}
    assert old_context not in contexts[switch:]
    assert all(call.service == "turn_on" for call in recorder.calls)
    assert recorder.calls[switch].data["rgb_color"] == RED
    assert len(get_registry(hass).runs) == 1
    await while_advancing(hass, freezer, performer.async_stop())
    assert _perform_tasks() == []


async def test_hundred_concurrent_plays_leave_exactly_one_run(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    lights = await async_setup_lights(hass, light_config("a"), light_config("b"))
    recorder = CallRecorder(hass)
    performer = Performer(hass, zone_id="zone")
    programs = [ambiance(((i, 0, 0), 2.0, 0.5), ((0, i, 0), 2.0, 0.5)) for i in range(100)]

    await asyncio.gather(*(performer.async_play(p, lights=lights) for p in programs))
    await settle(hass)

    assert performer.running
    assert list(get_registry(hass).runs) == ["zone"]
    # One run task plus one lane per light, nothing else left behind.
    assert len(_perform_tasks()) == 3
    await advance(hass, freezer, 2.1)
    # The last call wins. A call only starts a run if no later call is already waiting, and
    # each run's commands form one block: no two runs ever sent commands at the same time.
    assert recorder.to(lights[0], "turn_on")[-1].data["rgb_color"] == (0, 99, 0)
    contexts = [call.context.id for call in recorder.calls]
    blocks = [c for i, c in enumerate(contexts) if i == 0 or contexts[i - 1] != c]
    assert len(blocks) == len(set(blocks)) < 10
    await performer.async_stop()
    assert not performer.running
    assert _perform_tasks() == []
    assert get_registry(hass).runs == {}


async def test_overlapping_zone_is_stopped_and_its_snapshot_handed_over(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    one, two, three = await async_setup_lights(
        hass, light_config("one"), light_config("two"), light_config("three")
    )
    await _user_sets(hass, one, rgb_color=USER_RGB, brightness=80)
    await _user_sets(hass, two, rgb_color=USER_RGB, brightness=80)
    zone_a = Performer(hass, zone_id="a")
    zone_b = Performer(hass, zone_id="b")
    await zone_a.async_play(PROGRAM, lights=[one, two])
    await advance(hass, freezer, 1.0)
    recorder = CallRecorder(hass)

    await zone_b.async_play(PROGRAM, lights=[two, three])

    assert not zone_a.running and zone_b.running
    state = hass.states.get(one)
    assert state is not None and state.attributes["rgb_color"] == USER_RGB  # zone a restored it
    # The shared light went straight to zone b's colours, never back to the user's in between.
    assert [c.data.get("rgb_color") for c in recorder.to(two)] == [RED]
    await advance(hass, freezer, 2.0)
    await zone_b.async_stop()
    # ... and zone b restores it to the state from before zone a, not zone a's colours.
    state = hass.states.get(two)
    assert state is not None and state.attributes["rgb_color"] == USER_RGB
    assert state.attributes["brightness"] == 80
    state = hass.states.get(three)
    assert state is not None and state.state == "off"


async def test_stop_restores_white_and_colour_lights(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    lamp, ceiling, spare = await async_setup_lights(
        hass, light_config("lamp"), light_config("ceiling", "ct"), light_config("spare")
    )
    await _user_sets(hass, lamp, rgb_color=USER_RGB, brightness=200)
    await _user_sets(hass, ceiling, color_temp_kelvin=3000, brightness=100)
    before = hass.states.get(ceiling)
    assert before is not None
    recorder = CallRecorder(hass)
    performer = Performer(hass, zone_id="zone")
    await performer.async_play(PROGRAM, lights=[lamp, ceiling, spare])
    await advance(hass, freezer, 3.0)
    await performer.async_stop(restore=True)

    lamp_state, ceiling_state, spare_state = (
        hass.states.get(lamp),
        hass.states.get(ceiling),
        hass.states.get(spare),
    )
    assert lamp_state is not None and ceiling_state is not None and spare_state is not None
    assert lamp_state.attributes["rgb_color"] == USER_RGB
    assert lamp_state.attributes["brightness"] == 200
    assert ceiling_state.attributes["color_mode"] == "color_temp"
    assert ceiling_state.attributes["color_temp_kelvin"] == before.attributes["color_temp_kelvin"]
    assert ceiling_state.attributes["brightness"] == 100
    assert spare_state.state == "off"
    restore = recorder.to(ceiling)[-1].data
    assert "rgb_color" not in restore  # one colour attribute only
    assert not performer.running
    await performer.async_stop()  # a second stop is a no-op
    count = len(recorder.calls)
    await advance(hass, freezer, 3.0)
    assert len(recorder.calls) == count


async def test_stop_without_restore_leaves_the_mood(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    (lamp,) = await async_setup_lights(hass, light_config("lamp"))
    performer = Performer(hass, zone_id="zone")
    await performer.async_play(PROGRAM, lights=[lamp])
    await advance(hass, freezer, 2.1)
    await performer.async_stop(restore=False)
    state = hass.states.get(lamp)
    assert state is not None and state.attributes["rgb_color"] == GREEN


async def test_shutdown_leaves_no_task_listener_or_run(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    (lamp,) = await async_setup_lights(hass, light_config("lamp"))
    performer = Performer(hass, zone_id="zone")
    heard: list[bool] = []
    performer.async_add_listener(lambda: heard.append(performer.running))
    listeners_before = sum(hass.bus.async_listeners().values())

    await performer.async_play(PROGRAM, lights=[lamp])
    assert heard == [True]
    assert sum(hass.bus.async_listeners().values()) > listeners_before
    await performer.async_shutdown()

    assert heard == [True, False]
    assert not performer.running
    assert _perform_tasks() == []
    assert sum(hass.bus.async_listeners().values()) == listeners_before
    with pytest.raises(HomeAssistantError):
        await performer.async_play(PROGRAM, lights=[lamp])
    await advance(hass, freezer, 3.0)
    assert heard == [True, False]


async def test_home_assistant_stop_ends_the_run(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    (lamp,) = await async_setup_lights(hass, light_config("lamp"))
    recorder = CallRecorder(hass)
    performer = Performer(hass, zone_id="zone")
    await performer.async_play(PROGRAM, lights=[lamp])

    hass.bus.async_fire(EVENT_HOMEASSISTANT_STOP)
    await settle(hass)

    assert not performer.running
    assert _perform_tasks() == []
    assert [c.service for c in recorder.calls] == ["turn_on"]  # no restore while HA stops
    await advance(hass, freezer, 3.0)
    assert len(recorder.calls) == 1


async def test_waits_for_home_assistant_to_start(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    (lamp,) = await async_setup_lights(hass, light_config("lamp"))
    recorder = CallRecorder(hass)
    performer = Performer(hass, zone_id="zone")
    hass.set_state(CoreState.starting)

    await performer.async_play(PROGRAM, lights=[lamp])  # returns at once while HA starts
    await advance(hass, freezer, 3.0)
    assert recorder.calls == []
    assert performer.running

    hass.set_state(CoreState.running)
    hass.bus.async_fire(EVENT_HOMEASSISTANT_STARTED)
    await settle(hass)
    assert [c.data["rgb_color"] for c in recorder.to(lamp)] == [RED]
    await advance(hass, freezer, 2.1)
    assert [c.data["rgb_color"] for c in recorder.to(lamp)] == [RED, GREEN]
    await performer.async_stop()


async def test_stop_before_home_assistant_started(hass: HomeAssistant) -> None:
    (lamp,) = await async_setup_lights(hass, light_config("lamp"))
    recorder = CallRecorder(hass)
    performer = Performer(hass, zone_id="zone")
    hass.set_state(CoreState.starting)
    await performer.async_play(PROGRAM, lights=[lamp])
    await performer.async_stop()
    hass.set_state(CoreState.running)
    hass.bus.async_fire(EVENT_HOMEASSISTANT_STARTED)
    await settle(hass)
    assert recorder.calls == []
    assert _perform_tasks() == []


async def test_listener_hears_start_release_and_end(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    lamp, other = await async_setup_lights(hass, light_config("lamp"), light_config("other"))
    performer = Performer(hass, zone_id="zone")
    heard: list[tuple[bool, int]] = []
    unsub = performer.async_add_listener(
        lambda: heard.append((performer.running, len(performer.lights)))
    )
    await performer.async_play(PROGRAM, lights=[lamp, other], duration=3.0)
    await _user_sets(hass, lamp, rgb_color=BLUE)
    await advance(hass, freezer, 3.1)
    assert heard == [(True, 2), (True, 1), (False, 0)]
    unsub()
    await performer.async_play(PROGRAM, lights=[lamp, other])
    await performer.async_stop()
    assert len(heard) == 3


async def test_cancelled_stop_still_leaves_nothing_behind(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """The caller of stop() is cancelled while a slow bulb finishes its command."""
    (lamp,) = await async_setup_lights(hass, light_config("lamp", delay_ms=300))
    performer = Performer(hass, zone_id="zone")
    listeners_before = sum(hass.bus.async_listeners().values())
    await while_advancing(hass, freezer, performer.async_play(PROGRAM, lights=[lamp]))
    await advance(hass, freezer, 1.8)  # t = 2.1: the second command is in flight

    stop = asyncio.create_task(performer.async_stop())
    await settle(hass)
    stop.cancel()
    await settle(hass)
    assert stop.cancelled()

    assert not performer.running
    assert get_registry(hass).runs == {}
    assert sum(hass.bus.async_listeners().values()) == listeners_before
    await advance(hass, freezer, 0.5)  # the in-flight command completes, then the task ends
    assert _perform_tasks() == []
