"""perform: adaptive-lighting pauses on our lights during a mood and gets them back after.

adaptive-lighting is a third-party integration that cannot be installed here; its
``set_manual_control`` action is stood in for by a registered service with the same schema
shape, which is all perform relies on.
"""

from __future__ import annotations

from freezegun.api import FrozenDateTimeFactory
from homeassistant.core import Context, HomeAssistant, ServiceCall
from pytest_homeassistant_custom_component.common import async_mock_service

from custom_components.synesthetic_dj.perform import Performer
from tests.ha.perform_helpers import (
    PROGRAM,
    CallRecorder,
    advance,
    async_setup_lights,
    light_config,
)


async def test_lights_marked_manual_during_the_run_and_released_after(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    calls = async_mock_service(hass, "adaptive_lighting", "set_manual_control")
    lamp, other = await async_setup_lights(hass, light_config("lamp"), light_config("other"))
    recorder = CallRecorder(hass, domains=("light", "adaptive_lighting"))
    performer = Performer(hass, zone_id="zone")

    await performer.async_play(PROGRAM, lights=[lamp, other])
    marked = [(c.data["lights"], c.data["manual_control"]) for c in calls]
    assert marked == [([lamp], True), ([other], True)]
    # Marked before our first light command, or adaptive-lighting could pull it back at once.
    services = [c.service for c in recorder.calls]
    assert services.index("set_manual_control") < services.index("turn_on")

    await hass.services.async_call(
        "light", "turn_on", {"entity_id": lamp, "brightness": 3}, blocking=True, context=Context()
    )
    await advance(hass, freezer, 1.0)
    calls.clear()
    await performer.async_stop()
    # Handed back after the restore; the light the user took stays manual, as adaptive-lighting
    # itself would have marked it.
    assert [(c.data["lights"], c.data["manual_control"]) for c in calls] == [([other], False)]
    assert [c.service for c in recorder.calls][-1] == "set_manual_control"


async def test_absent_or_failing_adaptive_lighting_is_ignored(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    (lamp,) = await async_setup_lights(hass, light_config("lamp"))
    performer = Performer(hass, zone_id="zone")
    await performer.async_play(PROGRAM, lights=[lamp])  # no adaptive_lighting at all
    await advance(hass, freezer, 2.1)
    await performer.async_stop()

    def _refuse(call: ServiceCall) -> None:
        raise ValueError(f"Light(s) {call.data['lights']} not found in any switch's configuration")

    hass.services.async_register("adaptive_lighting", "set_manual_control", _refuse)
    recorder = CallRecorder(hass)
    await performer.async_play(PROGRAM, lights=[lamp])
    await advance(hass, freezer, 2.1)
    assert len(recorder.to(lamp, "turn_on")) == 2
    await performer.async_stop()
    assert not performer.running
