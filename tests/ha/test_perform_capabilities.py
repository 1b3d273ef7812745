"""perform: each light gets the command it can show, and Home Assistant accepts it."""

from __future__ import annotations

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import HomeAssistant, State
import pytest

from custom_components.synesthetic_dj.perform import Performer
from custom_components.synesthetic_dj.perform.capabilities import (
    Capabilities,
    LightKind,
    LightTarget,
    brightness_for,
    capabilities,
    commands_for,
    nearest_kelvin,
    target_for,
)
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

AMBER = (255, 176, 0)


async def test_each_kind_of_light_gets_a_valid_command(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    rgb, rgbw, ct, dimmer, onoff = await async_setup_lights(
        hass,
        light_config("rgb"),
        light_config("rgbw", "rgbw"),
        light_config("ct", "ct"),
        light_config("dimmer", "dimmer", transition=False),
        light_config("onoff", "onoff"),
    )
    recorder = CallRecorder(hass)
    performer = Performer(hass, zone_id="zone")
    program = ambiance((BLUE, 2.0, 1.0), (RED, 2.0, 0.5))

    # Offsets: rgb, ct and onoff start on step 0 (blue), rgbw and dimmer on step 1 (red).
    await performer.async_play(program, lights=[rgb, rgbw, ct, dimmer, onoff], loop=False)
    await advance(hass, freezer, 2.1)
    state = hass.states.get(rgbw)
    assert state is not None and state.attributes["color_mode"] == "rgbw"  # HA converted it
    await performer.async_stop()

    assert recorder.to(rgb)[0].data["rgb_color"] == BLUE
    assert recorder.to(rgbw)[0].data["rgb_color"] == RED

    ct_calls = [c.data for c in recorder.to(ct, "turn_on")]
    state = hass.states.get(ct)
    assert state is not None
    low, high = state.attributes["min_color_temp_kelvin"], state.attributes["max_color_temp_kelvin"]
    # Blue maps to the coolest white the bulb has, red to the warmest; never an rgb colour.
    assert ct_calls[0]["color_temp_kelvin"] == high
    assert ct_calls[1]["color_temp_kelvin"] == low
    assert all("rgb_color" not in data for data in ct_calls)

    dimmer_calls = [c.data for c in recorder.to(dimmer, "turn_on")]
    assert dimmer_calls[:2] == [
        {"entity_id": dimmer, "brightness": 128},
        {"entity_id": dimmer, "brightness": 255},
    ]  # no colour, and no transition: this dimmer does not support it

    assert recorder.to(onoff) == []  # nothing we could glide: left alone, not even restored


async def test_split_sends_colour_then_brightness_spaced(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    (lamp,) = await async_setup_lights(hass, light_config("lamp"))
    recorder = CallRecorder(hass)
    performer = Performer(hass, zone_id="zone", split_color_brightness=True)

    await performer.async_play(PROGRAM, lights=[lamp], loop=True)
    await advance(hass, freezer, 2.5)
    await performer.async_stop()

    calls = recorder.to(lamp, "turn_on")
    assert [set(c.data) - {"entity_id", "transition"} for c in calls[:4]] == [
        {"rgb_color"},
        {"brightness"},
        {"rgb_color"},
        {"brightness"},
    ]
    # At least the minimum spacing between two commands to the same light...
    assert calls[1].at - calls[0].at >= 0.25 - 1e-6
    # ... and the brightness fade is shortened so both land at the end of the step.
    assert calls[0].data["transition"] == 2.0
    assert calls[1].data["transition"] == pytest.approx(2.0 - (calls[1].at - calls[0].at), abs=0.01)


def test_nearest_kelvin_follows_the_hue() -> None:
    full = (1000, 20000)
    assert nearest_kelvin(RED, *full) < nearest_kelvin(AMBER, *full) < 3000
    assert nearest_kelvin((255, 214, 170), *full) < nearest_kelvin((255, 255, 255), *full)
    assert 5000 < nearest_kelvin((255, 255, 255), *full) < 7500
    assert nearest_kelvin(BLUE, *full) > 10000
    # Clamped to the bulb's range, both ends.
    assert nearest_kelvin(BLUE, 2700, 4000) == 4000
    assert nearest_kelvin(RED, 2700, 4000) == 2700
    assert nearest_kelvin((0, 0, 0), 2700, 4000) == 4000


def test_commands_never_mix_rgb_and_kelvin() -> None:
    for caps in (
        Capabilities(LightKind.COLOR, True),
        Capabilities(LightKind.TEMPERATURE, True),
        Capabilities(LightKind.DIMMER, False),
    ):
        for rgb in (RED, GREEN, BLUE, AMBER):
            for split in (False, True):
                for command in commands_for(target_for(rgb, 0.7, caps), None, caps, split=split):
                    assert not {"rgb_color", "color_temp_kelvin"} <= set(command)


def test_brightness_never_turns_a_light_off() -> None:
    assert brightness_for(0.0) == 1
    assert brightness_for(1.0) == 255
    assert brightness_for(0.5) == 128


def test_nothing_changed_means_no_command() -> None:
    caps = Capabilities(LightKind.COLOR, True)
    target = LightTarget(100, rgb=RED)
    assert commands_for(target, target, caps, split=False) == []
    assert commands_for(target, target, caps, split=True) == []
    assert commands_for(target, LightTarget(90, rgb=RED), caps, split=True) == [{"brightness": 100}]


@pytest.mark.parametrize(
    ("modes", "kind"),
    [
        (["hs"], LightKind.COLOR),
        (["xy", "color_temp"], LightKind.COLOR),
        (["rgbww"], LightKind.COLOR),
        (["color_temp"], LightKind.TEMPERATURE),
        (["brightness"], LightKind.DIMMER),
        (["white", "color_temp"], LightKind.TEMPERATURE),
        (["onoff"], LightKind.ONOFF),
        ([], LightKind.ONOFF),
    ],
)
def test_capabilities_from_color_modes(modes: list[str], kind: LightKind) -> None:
    state = State(
        "light.x",
        "on",
        {
            "supported_color_modes": modes,
            "supported_features": 32,
            "min_color_temp_kelvin": 2200,
            "max_color_temp_kelvin": 5000,
        },
    )
    caps = capabilities(state)
    assert caps.kind is kind
    assert caps.transition
    if kind is LightKind.TEMPERATURE:
        assert (caps.min_kelvin, caps.max_kelvin) == (2200, 5000)
