"""perform: never fight the user; tell our own late reports (ghosts) from a takeover."""

from __future__ import annotations

from freezegun.api import FrozenDateTimeFactory
from homeassistant.components.light import LightEntity
from homeassistant.components.light.const import DATA_COMPONENT
from homeassistant.core import Context, HomeAssistant

from custom_components.synesthetic_dj.perform import Performer
from tests.ha.perform_helpers import (
    GREEN,
    PROGRAM,
    RED,
    CallRecorder,
    advance,
    async_setup_lights,
    light_config,
)


async def test_user_turns_a_light_off_and_it_is_never_relit(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    lamp, other = await async_setup_lights(hass, light_config("lamp"), light_config("other"))
    recorder = CallRecorder(hass)
    performer = Performer(hass, zone_id="zone")
    notified: list[list[str]] = []
    unsub = performer.async_add_listener(lambda: notified.append(performer.lights))

    await performer.async_play(PROGRAM, lights=[lamp, other], loop=True)
    await advance(hass, freezer, 1.0)
    user = Context()
    await hass.services.async_call(
        "light", "turn_off", {"entity_id": lamp}, blocking=True, context=user
    )
    recorder.clear()
    await advance(hass, freezer, 8.0)

    assert recorder.to(lamp) == []  # not one command after the user's
    assert len(recorder.to(other, "turn_on")) == 4  # the rest of the room plays on
    assert performer.lights == [other]
    assert [other] in notified  # the listener heard about the release
    await performer.async_stop()
    # Not restored either: the user's "off" wins over our snapshot.
    state = hass.states.get(lamp)
    assert state is not None and state.state == "off"
    assert [c.service for c in recorder.to(lamp)] == []
    unsub()


async def test_light_reported_off_by_the_device_is_never_relit(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """A remote bound to the bulb turns it off: no service call, only the state report."""
    lamp, other = await async_setup_lights(hass, light_config("lamp"), light_config("other"))
    performer = Performer(hass, zone_id="zone")
    await performer.async_play(PROGRAM, lights=[lamp, other], loop=True)
    await advance(hass, freezer, 0.5)
    state = hass.states.get(lamp)
    assert state is not None

    hass.states.async_set(lamp, "off", dict(state.attributes), context=Context())
    await advance(hass, freezer, 0.1)
    assert performer.lights == [other]  # released on the report, not only at its next step
    recorder = CallRecorder(hass)
    await advance(hass, freezer, 6.0)
    await performer.async_stop()

    assert recorder.to(lamp) == []  # neither driven nor "restored" back on
    assert len(recorder.to(other)) == 4  # three steps and the restore


async def test_manual_colour_change_releases_the_light(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    lamp, other = await async_setup_lights(hass, light_config("lamp"), light_config("other"))
    performer = Performer(hass, zone_id="zone")
    await performer.async_play(PROGRAM, lights=[lamp, other], loop=True)
    await advance(hass, freezer, 0.5)

    await hass.services.async_call(
        "light",
        "turn_on",
        {"entity_id": lamp, "rgb_color": (1, 2, 3), "brightness": 10},
        blocking=True,
        context=Context(),
    )
    recorder = CallRecorder(hass)
    await advance(hass, freezer, 6.0)

    assert recorder.to(lamp) == []
    assert performer.lights == [other]
    await performer.async_stop()
    state = hass.states.get(lamp)
    assert state is not None and state.attributes["brightness"] == 10  # left as the user set it


async def test_change_reported_by_the_device_releases_the_light(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """No service call at all (a physical remote): the state report alone is the takeover."""
    lamp, other = await async_setup_lights(hass, light_config("lamp"), light_config("other"))
    performer = Performer(hass, zone_id="zone")
    await performer.async_play(PROGRAM, lights=[lamp, other], loop=True)
    await advance(hass, freezer, 0.5)
    state = hass.states.get(lamp)
    assert state is not None

    # The remote sets a warm white: different colour mode, brightness and colour.
    attributes = dict(state.attributes) | {
        "color_mode": "hs",
        "hs_color": (30.0, 60.0),
        "brightness": 40,
    }
    hass.states.async_set(lamp, "on", attributes, context=Context())
    recorder = CallRecorder(hass)
    await advance(hass, freezer, 4.0)

    assert recorder.to(lamp) == []
    assert performer.lights == [other]
    await performer.async_stop()


async def test_ghost_reports_do_not_release(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """Late reports with a fresh context that match what we sent, or lie on the fade, are ours."""
    (lamp,) = await async_setup_lights(hass, light_config("lamp"))
    performer = Performer(hass, zone_id="zone")
    await performer.async_play(PROGRAM, lights=[lamp], loop=True)
    await advance(hass, freezer, 2.1)  # now fading red (255) -> green (128)
    state = hass.states.get(lamp)
    assert state is not None

    # 1. The bridge re-reports the target, rounded, without our context.
    hass.states.async_set(
        lamp, "on", dict(state.attributes) | {"brightness": 126, "hs_color": (119.5, 99.0)}
    )
    # 2. A report from the middle of the fade: yellowish, half-way brightness.
    hass.states.async_set(
        lamp, "on", dict(state.attributes) | {"brightness": 190, "hs_color": (60.0, 100.0)}
    )
    recorder = CallRecorder(hass)
    await advance(hass, freezer, 2.0)

    assert performer.lights == [lamp]
    assert len(recorder.to(lamp, "turn_on")) == 1  # the next step still went out


async def test_foreign_service_call_on_an_area_releases(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """A call targeting the light through its area is still a call on our light."""
    from homeassistant.helpers import area_registry as ar, entity_registry as er

    lamp, other = await async_setup_lights(hass, light_config("lamp"), light_config("other"))
    area = ar.async_get(hass).async_create("Salon")
    er.async_get(hass).async_update_entity(lamp, area_id=area.id)
    performer = Performer(hass, zone_id="zone")
    await performer.async_play(PROGRAM, lights=[lamp, other], loop=True)

    # Same colour as we sent: only the foreign call itself can tell it is a takeover.
    await hass.services.async_call(
        "light",
        "turn_on",
        {"area_id": area.id, "rgb_color": RED, "brightness": 255},
        blocking=True,
        context=Context(),
    )
    await advance(hass, freezer, 0.1)
    assert performer.lights == [other]
    await performer.async_stop()


async def test_run_ends_when_every_light_is_taken_over(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    (lamp,) = await async_setup_lights(hass, light_config("lamp"))
    performer = Performer(hass, zone_id="zone")
    await performer.async_play(PROGRAM, lights=[lamp], loop=True)
    await hass.services.async_call(
        "light", "turn_on", {"entity_id": lamp, "rgb_color": GREEN}, blocking=True
    )
    await advance(hass, freezer, 0.1)
    assert not performer.running
    state = hass.states.get(lamp)
    assert state is not None and state.attributes["rgb_color"] == GREEN


def _entity(hass: HomeAssistant, entity_id: str) -> LightEntity:
    entity = hass.data[DATA_COMPONENT].get_entity(entity_id)
    assert entity is not None
    return entity


async def test_remote_change_reported_with_our_recent_context_releases(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """An entity keeps our context for 5 s: a bound remote's change arrives with it."""
    (lamp,) = await async_setup_lights(hass, light_config("lamp"))
    performer = Performer(hass, zone_id="zone")
    await performer.async_play(PROGRAM, lights=[lamp], loop=True)
    await advance(hass, freezer, 2.5)  # second command (green) sent 0.5 s ago
    entity = _entity(hass, lamp)

    # A late report of the previous step (red, 255), carried by our context: still ours.
    entity._attr_rgb_color, entity._attr_brightness = RED, 255
    entity.async_write_ha_state()
    await advance(hass, freezer, 0.1)
    assert performer.lights == [lamp]

    # The remote sets yellow at 20: with our context still attached, but off our path.
    entity._attr_rgb_color, entity._attr_brightness = (255, 255, 0), 20
    entity.async_write_ha_state()
    state = hass.states.get(lamp)
    assert state is not None and state.context.id == performer_context(performer)
    await advance(hass, freezer, 0.1)
    assert not performer.running


def performer_context(performer: Performer) -> str:
    run = performer._run  # white-box: only to prove the report carried our context
    assert run is not None
    return run.context.id
