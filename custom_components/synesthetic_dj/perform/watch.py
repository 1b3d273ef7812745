"""Watch a run's devices: whoever else touches them takes them over.

Two sources, because each misses cases the other sees: ``call_service`` events (an app, an
automation, a scene: seen before the call even runs, whatever it sets) and state changes (a
remote bound to the bulb, a wall switch, a speaker's own knob: no service call at all). Each
lane decides from a report whether it is a takeover or a ghost of our own commands.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection, Mapping
from typing import Any, Final, Protocol

from homeassistant.const import (
    ATTR_ENTITY_ID,
    ENTITY_MATCH_ALL,
    EVENT_CALL_SERVICE,
    EVENT_HOMEASSISTANT_STOP,
)
from homeassistant.core import (
    CALLBACK_TYPE,
    Context,
    Event,
    EventStateChangedData,
    HomeAssistant,
    callback,
)
from homeassistant.helpers.event import async_track_state_change_event
from homeassistant.helpers.target import TargetSelection, async_extract_referenced_entity_ids

from .lane import LightLane
from .media import SpeakerLane

#: Media player services that only read: a browser looking at a speaker is not a takeover.
_READ_ONLY_SERVICES: Final = frozenset({"browse_media", "search_media", "get_groupable_players"})


class Watched(Protocol):
    """What the watcher needs from a run (read-only)."""

    @property
    def hass(self) -> HomeAssistant: ...

    @property
    def context(self) -> Context: ...

    @property
    def lanes(self) -> Mapping[str, LightLane]: ...

    @property
    def speakers(self) -> Mapping[str, SpeakerLane]: ...

    @property
    def entity_ids(self) -> Collection[str]: ...


def is_ours(run: Watched, context: Context) -> bool:
    """Our calls carry the run's context; what they trigger (scripts) carries it as parent."""
    return run.context.id in (context.id, context.parent_id)


@callback
def async_watch(run: Watched, on_hass_stop: Callable[[], Awaitable[object]]) -> list[CALLBACK_TYPE]:
    """Subscribe for the run; returns the unsubscribe callbacks (all safe to call once)."""
    hass = run.hass

    @callback
    def _on_state(event: Event[EventStateChangedData]) -> None:
        entity_id = event.data["entity_id"]
        new_state = event.data["new_state"]
        ours = is_ours(run, event.context)
        if (lane := run.lanes.get(entity_id)) is not None:
            if ours:
                lane.on_own_state(new_state)
            else:
                lane.on_foreign_state(new_state)
        elif (speaker := run.speakers.get(entity_id)) is not None:
            speaker.on_state(new_state, ours)

    @callback
    def _watched_call(event_data: dict[str, Any]) -> bool:
        # Runs for every service call in HA: keep it to dictionary lookups.
        domain = event_data["domain"]
        return (domain == "light" and bool(run.lanes)) or (
            domain == "media_player"
            and bool(run.speakers)
            and event_data["service"] not in _READ_ONLY_SERVICES
        )

    @callback
    def _on_service_call(event: Event[dict[str, Any]]) -> None:
        """A light/media_player call from anyone else on one of our devices is a takeover.

        Seen before the call runs (the event fires first), so we stop driving the device
        before its new state even arrives.
        """
        if is_ours(run, event.context):
            return
        service_data = event.data.get("service_data") or {}
        ours: Mapping[str, LightLane | SpeakerLane] = (
            run.lanes if event.data["domain"] == "light" else run.speakers
        )
        if service_data.get(ATTR_ENTITY_ID) == ENTITY_MATCH_ALL:
            targets: set[str] = set(ours)
        else:
            # Areas, devices, floors, labels and old-style groups resolve to entities too.
            selected = async_extract_referenced_entity_ids(
                hass, TargetSelection(dict(service_data))
            )
            targets = (selected.referenced | selected.indirectly_referenced) & set(ours)
        for entity_id in targets:
            ours[entity_id].release("service call")

    unsubs: list[CALLBACK_TYPE] = []
    if run.entity_ids:
        unsubs.append(async_track_state_change_event(hass, run.entity_ids, _on_state))
    unsubs.append(
        hass.bus.async_listen(EVENT_CALL_SERVICE, _on_service_call, event_filter=_watched_call)
    )
    unsubs.append(_listen_hass_stop(hass, on_hass_stop))
    return unsubs


def _listen_hass_stop(
    hass: HomeAssistant, on_hass_stop: Callable[[], Awaitable[object]]
) -> CALLBACK_TYPE:
    """Call ``on_hass_stop`` when HA stops; the returned unsubscribe is safe after it fired."""
    fired = False

    async def _on_stop(_event: Event) -> None:
        nonlocal fired
        fired = True
        await on_hass_stop()

    unsub = hass.bus.async_listen_once(EVENT_HOMEASSISTANT_STOP, _on_stop)

    @callback
    def _unsub() -> None:
        # Removing a fired listen_once listener makes HA log an error.
        if not fired:
            unsub()

    return _unsub
