"""perform: steps go out in order, on their deadlines, with transition = step duration."""

from __future__ import annotations

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import Context, HomeAssistant
import pytest

from custom_components.synesthetic_dj.perform import Performer
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
)

# Every tick of the virtual clock is 50 ms: a command is at most one tick after its deadline.
TICK = 0.05


def _turn_ons(recorder: CallRecorder, entity_id: str) -> list[tuple[float, dict[str, object]]]:
    start = recorder.calls[0].at
    return [
        (round(call.at - start, 3), {k: v for k, v in call.data.items() if k != "entity_id"})
        for call in recorder.to(entity_id, "turn_on")
    ]


async def test_steps_in_order_on_deadlines_with_transition(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """Red, green, blue, red again: one command per step, transition = the step's duration."""
    (lamp,) = await async_setup_lights(hass, light_config("lamp"))
    recorder = CallRecorder(hass)
    performer = Performer(hass, zone_id="zone")

    await performer.async_play(PROGRAM, lights=[lamp], loop=True)
    # play() returns once the first command went out.
    assert len(recorder.to(lamp)) == 1
    await advance(hass, freezer, 6.2)

    sent = _turn_ons(recorder, lamp)
    assert [data for _, data in sent] == [
        {"rgb_color": RED, "brightness": 255, "transition": 2.0},
        {"rgb_color": GREEN, "brightness": 128, "transition": 2.0},
        {"rgb_color": BLUE, "brightness": 51, "transition": 2.0},
        {"rgb_color": RED, "brightness": 255, "transition": 2.0},
    ]
    for (at, _), deadline in zip(sent, (0.0, 2.0, 4.0, 6.0), strict=True):
        assert deadline <= at <= deadline + TICK + 1e-6
    state = hass.states.get(lamp)
    assert state is not None and state.attributes["rgb_color"] == RED
    await performer.async_stop()


async def test_unequal_step_durations_keep_absolute_deadlines(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """Deadlines accumulate from the start (1 s, then 3 s, then 0.5 s clamped from 0.1 s)."""
    (lamp,) = await async_setup_lights(hass, light_config("lamp"))
    recorder = CallRecorder(hass)
    performer = Performer(hass, zone_id="zone")
    program = ambiance((RED, 1.0, 1.0), (GREEN, 3.0, 1.0), (BLUE, 0.1, 1.0))

    await performer.async_play(program, lights=[lamp], loop=True)
    await advance(hass, freezer, 5.6)

    sent = _turn_ons(recorder, lamp)
    assert [data.get("rgb_color") for _, data in sent] == [RED, GREEN, BLUE, RED, GREEN]
    for (at, _), deadline in zip(sent, (0.0, 1.0, 4.0, 4.5, 5.5), strict=True):
        assert deadline <= at <= deadline + TICK + 1e-6
    # The too-short step was stretched to the 0.5 s minimum, and its transition with it.
    assert sent[2][1]["transition"] == 0.5
    await performer.async_stop()


async def test_palette_is_offset_across_lights(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """Light i starts at step i mod n: the room shimmers instead of blinking in unison."""
    lights = await async_setup_lights(
        hass, light_config("a"), light_config("b"), light_config("c"), light_config("d")
    )
    recorder = CallRecorder(hass)
    performer = Performer(hass, zone_id="zone")

    await performer.async_play(PROGRAM, lights=lights, loop=True)
    firsts = [recorder.to(light)[0].data["rgb_color"] for light in lights]
    assert firsts == [RED, GREEN, BLUE, RED]

    await advance(hass, freezer, 2.1)
    seconds = [recorder.to(light)[1].data["rgb_color"] for light in lights]
    assert seconds == [GREEN, BLUE, RED, GREEN]
    await performer.async_stop()


async def test_no_loop_plays_once_and_holds_the_last_step(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """loop=False, no duration: one pass, then the light keeps its last colour until stopped."""
    (lamp,) = await async_setup_lights(hass, light_config("lamp"))
    recorder = CallRecorder(hass)
    performer = Performer(hass, zone_id="zone")

    await performer.async_play(PROGRAM, lights=[lamp], loop=False)
    await advance(hass, freezer, 12.0)

    assert [c.data["rgb_color"] for c in recorder.to(lamp, "turn_on")] == [RED, GREEN, BLUE]
    state = hass.states.get(lamp)
    assert state is not None and state.state == "on" and state.attributes["rgb_color"] == BLUE
    assert performer.running  # holding is part of the run: stop() still restores
    await performer.async_stop()
    state = hass.states.get(lamp)
    assert state is not None and state.state == "off"


async def test_duration_ends_the_run_and_restores(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """duration=5: the loop stops after 5 s and the lamp returns to the user's colour."""
    (lamp,) = await async_setup_lights(hass, light_config("lamp"))
    await hass.services.async_call(
        "light",
        "turn_on",
        {"entity_id": lamp, "rgb_color": (10, 20, 200), "brightness": 90},
        blocking=True,
        context=Context(),
    )
    recorder = CallRecorder(hass)
    performer = Performer(hass, zone_id="zone")
    ended: list[bool] = []
    unsub = performer.async_add_listener(lambda: ended.append(performer.running))

    await performer.async_play(PROGRAM, lights=[lamp], loop=True, duration=5.0)
    await advance(hass, freezer, 4.9)
    assert performer.running
    await advance(hass, freezer, 0.3)

    assert not performer.running
    assert ended[-1] is False
    state = hass.states.get(lamp)
    assert state is not None
    assert state.attributes["rgb_color"] == (10, 20, 200)
    assert state.attributes["brightness"] == 90
    assert [c.data.get("rgb_color") for c in recorder.to(lamp, "turn_on")] == [
        RED,
        GREEN,
        BLUE,
        (10, 20, 200),
    ]
    count = len(recorder.calls)
    await advance(hass, freezer, 4.0)
    assert len(recorder.calls) == count  # nothing after the end
    unsub()


async def test_unchanged_steps_are_not_sent(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """A dimmer sees only brightness: two steps of equal intensity make one command."""
    lamp, dimmer = await async_setup_lights(
        hass, light_config("lamp"), light_config("dimmer", "dimmer")
    )
    recorder = CallRecorder(hass)
    performer = Performer(hass, zone_id="zone")
    program = ambiance((RED, 1.0, 0.5), (GREEN, 1.0, 0.5), (BLUE, 1.0, 0.5))

    await performer.async_play(program, lights=[lamp, dimmer], loop=False)
    await advance(hass, freezer, 3.5)

    assert len(recorder.to(lamp, "turn_on")) == 3
    # The lamp's later commands carry the new colour only: its brightness did not change.
    assert [set(c.data) for c in recorder.to(lamp, "turn_on")][1:] == [
        {"entity_id", "rgb_color", "transition"}
    ] * 2
    assert len(recorder.to(dimmer, "turn_on")) == 1
    stats = performer.lane_stats()
    assert stats[dimmer].skipped_unchanged == 2
    await performer.async_stop()


@pytest.mark.parametrize("bad", [0.0, -1.0])
async def test_invalid_duration_is_refused(hass: HomeAssistant, bad: float) -> None:
    from homeassistant.exceptions import HomeAssistantError

    performer = Performer(hass, zone_id="zone")
    with pytest.raises(HomeAssistantError):
        await performer.async_play(PROGRAM, lights=["light.none"], duration=bad)
    assert not performer.running
