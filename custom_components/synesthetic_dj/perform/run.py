"""One performance of an ambiance: its task, its lanes, its listeners and its ending.

Lifecycle: ``start()`` subscribes (state changes, foreign service calls, HA stop) and creates the
task; the task waits for HA to be running, marks adaptive-lighting, then runs one child task per
light and per speaker until the duration ends or nothing is left to drive. Whoever ends the run
(the task itself, ``async_stop`` or HA's stop event) goes through ``_detach``, which removes
every listener synchronously, so nothing outlives the run even if the restore that follows (or
the caller of ``async_stop``) is cancelled.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
import logging
from typing import Any, Final

from homeassistant.const import (
    ATTR_ENTITY_ID,
    SERVICE_TURN_ON,
)
from homeassistant.core import (
    CALLBACK_TYPE,
    Context,
    CoreState,
    HomeAssistant,
    callback,
)
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.start import async_at_started
import voluptuous as vol

from . import adaptive
from .capabilities import capabilities
from .lane import LightLane, Step
from .media import SpeakerLane
from .registry import get_registry
from .snapshot import Call, LightSnapshot, PlayerSnapshot
from .watch import async_watch

_LOGGER = logging.getLogger(__name__)

#: play() returns after this long even if a light has not answered its first command yet.
START_TIMEOUT_S: Final = 10.0
#: How long a stop waits for commands already sent to finish before giving up on them.
IN_FLIGHT_GRACE_S: Final = 5.0
#: Releases that mean a person (or another automation) now owns the light.
TAKEOVER_REASONS: Final = frozenset(
    {"turned off", "changed by someone else", "service call", "removed"}
)


@dataclass(slots=True)
class Handover:
    """Snapshots a stopped run passes to the run that replaces it on the same devices.

    The new run must restore the room as it was before the *first* mood, not to the colours of
    the mood it replaced.
    """

    lights: dict[str, LightSnapshot] = field(default_factory=dict)
    speakers: dict[str, PlayerSnapshot] = field(default_factory=dict)

    def update(self, other: Handover) -> None:
        self.lights.update(other.lights)
        self.speakers.update(other.speakers)


@dataclass(frozen=True, slots=True)
class RunOptions:
    """How to perform: what, where, how long."""

    program: tuple[Step, ...]
    lights: tuple[str, ...]
    speakers: tuple[str, ...]
    media_uri: str | None
    loop: bool
    duration: float | None
    split_color_brightness: bool
    min_command_interval: float


class Run:
    """A single performance; see the module docstring for its lifecycle."""

    def __init__(
        self,
        hass: HomeAssistant,
        zone_id: str,
        options: RunOptions,
        handover: Handover,
        notify: Callable[[], None],
    ) -> None:
        self.hass = hass
        self.zone_id = zone_id
        self.options = options
        self.split_color_brightness = options.split_color_brightness
        self.min_command_interval = options.min_command_interval
        #: Every call we make carries it; anything else on our devices is someone else.
        self.context = Context()
        self.lanes = {
            entity_id: LightLane(self, entity_id, index, handover.lights.get(entity_id))
            for index, entity_id in enumerate(dict.fromkeys(options.lights))
        }
        self.speakers = {
            entity_id: SpeakerLane(self, entity_id, handover.speakers.get(entity_id))
            for entity_id in dict.fromkeys(options.speakers)
        }
        self.entity_ids = frozenset(self.lanes) | frozenset(self.speakers)
        self.started: asyncio.Future[None] = hass.loop.create_future()
        self.finished = False
        self.task: asyncio.Task[None] | None = None
        self._notify = notify
        self._waiting = set(self.entity_ids)
        self._children: list[asyncio.Task[None]] = []
        self._unsubs: list[CALLBACK_TYPE] = []
        self._nothing_left = asyncio.Event()
        self._finishing = False

    # ------------------------------------------------------------------ start and end

    @callback
    def start(self) -> None:
        """Subscribe, then create the run's task (listeners first: no report can slip by)."""
        # HA stopping: end at once, no restore (integrations are shutting down around us).
        self._unsubs.extend(async_watch(self, lambda: self.async_stop(restore=False)))
        self.task = self.hass.async_create_background_task(
            self._async_main(), f"synesthetic_dj perform {self.zone_id}"
        )

    async def async_wait_started(self) -> None:
        """Until every light got its first command (or was skipped) and the track started.

        Bounded: a bulb that hangs on its first command must not keep play() (and the
        registry lock, hence every other zone) waiting; the run goes on regardless.
        """
        if self.task is not None and not self.started.done():
            await asyncio.wait(
                [self.started, self.task],
                timeout=START_TIMEOUT_S,
                return_when=asyncio.FIRST_COMPLETED,
            )

    async def async_stop(self, *, restore: bool, keep: Collection[str] = ()) -> Handover:
        """End the run; restore what it changed except the devices in ``keep``.

        Returns the snapshots of ``keep`` for the run that takes those devices over.
        """
        task = self.task
        if task is not None and not task.done():
            if not self._finishing:
                task.cancel()
            try:
                # asyncio.wait never raises the task's CancelledError into the caller...
                await asyncio.wait([task])
            except asyncio.CancelledError:
                # ... but our caller may itself be cancelled: still leave nothing behind.
                if not self.finished:
                    self._detach()
                    self._notify()
                raise
        return await self._async_finish(restore=restore, keep=frozenset(keep))

    async def _async_main(self) -> None:
        natural_end = False
        try:
            await self._async_wait_for_hass()
            await adaptive.async_set_manual_control(self.hass, self.lanes, True, self.context)
            start = self.hass.loop.time()
            opts = self.options
            if opts.program:
                for lane in self.lanes.values():
                    self._spawn(lane.async_run(opts.program, start, opts.loop), lane.entity_id)
            else:
                self._waiting.difference_update(self.lanes)
            media_uri = opts.media_uri
            for speaker in self.speakers.values():
                if media_uri:
                    self._spawn(speaker.async_run(media_uri), speaker.entity_id)
                else:
                    speaker.release("no media")
                    self.speaker_started(speaker)
            self._check_started()
            self._check_nothing_left()
            if opts.duration is None:
                await self._nothing_left.wait()
            else:
                try:
                    async with asyncio.timeout_at(start + opts.duration):
                        await self._nothing_left.wait()
                except TimeoutError:
                    pass
            natural_end = True
        finally:
            await self._async_cancel_children()
            if not self.started.done():
                self.started.set_result(None)
        self._finishing = True
        if natural_end:
            await self._async_finish(restore=True, keep=frozenset())

    async def _async_wait_for_hass(self) -> None:
        """Never command devices before HA has started: integrations may still be loading."""
        if self.hass.state is CoreState.running:
            return
        ready: asyncio.Future[None] = self.hass.loop.create_future()

        @callback
        def _ready(_hass: HomeAssistant) -> None:
            if not ready.done():
                ready.set_result(None)

        unsub = async_at_started(self.hass, _ready)
        try:
            await ready
        finally:
            unsub()

    def _spawn(self, coro: Any, name: str) -> None:
        self._children.append(
            self.hass.async_create_background_task(coro, f"synesthetic_dj perform {name}")
        )

    async def _async_cancel_children(self) -> None:
        children, self._children = self._children, []
        for child in children:
            child.cancel()
        if children:
            await asyncio.wait(children)
        for child in children:
            if not child.cancelled() and (err := child.exception()) is not None:
                _LOGGER.error("%s failed", child.get_name(), exc_info=err)
        # Let commands already on their way finish (one per light at most), so the restore
        # or the next mood is never a second command in flight; a bulb that does not answer
        # within the grace time is given up on.
        commands = [lane.in_flight for lane in self.lanes.values() if lane.in_flight]
        if commands:
            _done, pending = await asyncio.wait(commands, timeout=IN_FLIGHT_GRACE_S)
            for command in pending:
                command.cancel()
            if pending:
                await asyncio.wait(pending)

    @callback
    def _detach(self) -> None:
        """Drop every listener and the registry entry; synchronous, so it cannot be cut short."""
        if self.finished:
            return
        self.finished = True
        for unsub in self._unsubs:
            unsub()
        self._unsubs.clear()
        registry = get_registry(self.hass)
        if registry.runs.get(self.zone_id) is self:
            del registry.runs[self.zone_id]

    async def _async_finish(self, *, restore: bool, keep: frozenset[str]) -> Handover:
        if self.finished:
            return Handover()
        self._detach()
        handover = Handover(
            lights={
                eid: lane.snapshot
                for eid, lane in self.lanes.items()
                if eid in keep and lane.snapshot is not None and not lane.released
            },
            speakers={
                eid: speaker.snapshot
                for eid, speaker in self.speakers.items()
                if eid in keep and speaker.snapshot is not None and not speaker.released
            },
        )
        try:
            if restore:
                await self._async_restore(keep)
            handed_back = [
                eid
                for eid, lane in self.lanes.items()
                if eid not in keep and lane.release_reason not in TAKEOVER_REASONS
            ]
            # A light the user took over stays "manual" for adaptive-lighting, as if the user
            # had changed it with adaptive-lighting watching: it must not snap back to daylight.
            await adaptive.async_set_manual_control(self.hass, handed_back, False, self.context)
        finally:
            self._notify()  # after the restore: listeners see the devices as left
        return handover

    async def _async_restore(self, keep: frozenset[str]) -> None:
        calls: list[Call] = []
        for eid, lane in self.lanes.items():
            state = self.hass.states.get(eid)
            if eid in keep or not lane.restorable or lane.snapshot is None or state is None:
                continue
            calls += lane.snapshot.restore_calls(transition=capabilities(state).transition)
        for eid, speaker in self.speakers.items():
            if eid in keep or not speaker.restorable or speaker.snapshot is None:
                continue
            calls += speaker.snapshot.restore_calls(volume_changed=speaker.volume_changed)
        # Per device the calls stay in order (volume before resume); devices restore together.
        by_device: dict[str, list[Call]] = {}
        for call in calls:
            by_device.setdefault(call.data[ATTR_ENTITY_ID], []).append(call)
        await asyncio.gather(*(self._async_calls(device) for device in by_device.values()))

    async def _async_calls(self, calls: Sequence[Call]) -> None:
        for call in calls:
            try:
                await self.async_call(call.domain, call.service, call.data)
            except (HomeAssistantError, vol.Invalid) as err:
                _LOGGER.debug("restore %s.%s failed: %s", call.domain, call.service, err)

    # ------------------------------------------------------------------ lane host

    async def async_call(self, domain: str, service: str, data: dict[str, Any]) -> None:
        """Blocking, so cancelling the run leaves no command queued behind it."""
        await self.hass.services.async_call(
            domain, service, data, blocking=True, context=self.context
        )

    async def async_light_call(self, data: dict[str, Any]) -> None:
        try:
            await self.async_call("light", SERVICE_TURN_ON, data)
        except vol.Invalid as err:
            raise HomeAssistantError(str(err)) from err

    @callback
    def lane_released(self, lane: LightLane) -> None:
        self._check_nothing_left()
        self._notify()

    @callback
    def speaker_released(self, speaker: SpeakerLane) -> None:
        self._check_nothing_left()

    @callback
    def lane_started(self, lane: LightLane) -> None:
        self._waiting.discard(lane.entity_id)
        self._check_started()

    @callback
    def speaker_started(self, speaker: SpeakerLane) -> None:
        self._waiting.discard(speaker.entity_id)
        self._check_started()

    def _check_started(self) -> None:
        if not self._waiting and not self.started.done():
            self.started.set_result(None)
            self._notify()

    def _check_nothing_left(self) -> None:
        if all(lane.released for lane in self.lanes.values()) and all(
            speaker.released for speaker in self.speakers.values()
        ):
            self._nothing_left.set()
