"""Many set_mood actions at once on one zone leave exactly one run and nothing behind."""

from __future__ import annotations

import asyncio

from homeassistant.core import HomeAssistant

from custom_components.synesthetic_dj.const import DOMAIN
from custom_components.synesthetic_dj.moodcore import MOODS
from custom_components.synesthetic_dj.perform.registry import get_registry
from tests.ha.zone_helpers import async_setup_demo_lights, setup_entry, zone_entry


def _our_tasks() -> list[str]:
    return [
        task.get_name()
        for task in asyncio.all_tasks()
        if not task.done() and task.get_name().startswith("synesthetic_dj")
    ]


async def test_hundred_concurrent_set_mood_calls_leave_one_run(hass: HomeAssistant) -> None:
    """The last request wins, the others end without a run, and stop leaves no task."""
    await async_setup_demo_lights(hass)
    entry = await setup_entry(hass, zone_entry())
    zone = entry.runtime_data

    moods = [MOODS[i % len(MOODS)] for i in range(100)]
    responses = await asyncio.gather(
        *(
            hass.services.async_call(
                DOMAIN, "set_mood", {"mood": mood}, blocking=True, return_response=True
            )
            for mood in moods
        )
    )
    await hass.async_block_till_done()

    assert len(responses) == 100
    assert all(r is not None and r["ambiance"]["track"]["mood_id"] in MOODS for r in responses)
    assert list(get_registry(hass).runs) == [entry.entry_id]
    assert zone.performer.running
    assert hass.states.get("light.salon_lamp").state == "on"
    # One run task for the zone; every other task is one of its lanes or commands.
    assert _our_tasks().count(f"synesthetic_dj perform {entry.entry_id}") == 1

    await hass.services.async_call(DOMAIN, "stop", {}, blocking=True)
    await hass.async_block_till_done()
    assert not zone.performer.running
    assert get_registry(hass).runs == {}
    assert _our_tasks() == []
