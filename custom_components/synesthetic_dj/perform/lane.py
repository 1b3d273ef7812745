"""One light's part of a run: its own step clock, its command pacing and its takeover rules.

Each light runs in its own child task so a slow bulb (a blocking Zigbee call can take a second)
delays only itself; within a lane commands are strictly sequential, which is what makes "at
most one command in flight per light" true by construction rather than by bookkeeping.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field
import logging
from typing import Any, Final, Protocol

from homeassistant.const import ATTR_ENTITY_ID, SERVICE_TURN_ON
from homeassistant.core import HomeAssistant, State
from homeassistant.exceptions import HomeAssistantError

from .capabilities import (
    Capabilities,
    LightKind,
    LightTarget,
    capabilities,
    commands_for,
    target_for,
    with_transition,
)
from .ghosts import Expectation, is_ghost, is_off, is_unavailable
from .snapshot import LightSnapshot

_LOGGER = logging.getLogger(__name__)

#: Shortest step we play: below this a bulb is still fading when the next command lands.
MIN_STEP_S: Final = 0.5


@dataclass(frozen=True, slots=True)
class Step:
    """A lighting step as the performer plays it (duration already clamped)."""

    rgb: tuple[int, int, int]
    duration: float
    intensity: float


class LaneHost(Protocol):
    """What a lane needs from its run (kept narrow so lanes stay testable on their own)."""

    hass: HomeAssistant
    split_color_brightness: bool
    min_command_interval: float

    async def async_light_call(self, data: dict[str, Any]) -> None: ...

    def lane_released(self, lane: LightLane) -> None: ...

    def lane_started(self, lane: LightLane) -> None: ...


@dataclass(slots=True)
class LaneStats:
    """Counters the benchmark and diagnostics read; cheap enough to keep always on."""

    commands: int = 0
    skipped_unchanged: int = 0
    skipped_unavailable: int = 0
    needed: int = 0
    in_flight: int = 0
    peak_in_flight: int = 0
    lateness: list[float] = field(default_factory=list)


class LightLane:
    """Drives one light through the program, starting at its own offset in the palette."""

    def __init__(
        self,
        host: LaneHost,
        entity_id: str,
        offset: int,
        snapshot: LightSnapshot | None = None,
    ) -> None:
        self.host = host
        self.entity_id = entity_id
        self.offset = offset
        #: Taken before our first command (or handed over by the run we replaced).
        self.snapshot = snapshot
        self._inherited = snapshot is not None
        self.released = False
        self.release_reason: str | None = None
        self.stats = LaneStats()
        self._sent: LightTarget | None = None
        self._expectation: Expectation | None = None
        self._last_send: float | None = None
        self._was_unavailable = False
        self._announced = False
        self._resync = False
        self._last_target: LightTarget | None = None
        #: The command on its way to the bulb, if any (at most one, see ``_async_send``).
        self.in_flight: asyncio.Task[None] | None = None

    # ------------------------------------------------------------------ takeover handling

    @property
    def restorable(self) -> bool:
        """Restore only a light we (or the mood we replaced) changed and nobody took from us."""
        return (
            self.snapshot is not None
            and (self._sent is not None or self._inherited)
            and not self.released
        )

    def release(self, reason: str) -> None:
        if self.released:
            return
        self.released = True
        self.release_reason = reason
        _LOGGER.debug("%s released: %s", self.entity_id, reason)
        self.host.lane_released(self)

    def on_foreign_state(self, state: State | None) -> None:
        """A state change on our light that does not carry our context."""
        if self.released:
            return
        if state is None:
            self.release("removed")
        elif is_unavailable(state):
            # Not a takeover: the lane skips it and picks it up at a later step.
            self._was_unavailable = True
        elif is_off(state):
            # Whoever turned it off (wall switch, app, automation), never relight it. A light
            # we have not lit yet (away since the start) is simply waiting for its first step.
            if self._sent is not None:
                self.release("turned off")
        elif self._was_unavailable:
            # Back from unavailable: its report is its own power-on state, not a user's choice;
            # the bulb may have lost our colour, so the next step resends everything.
            self._was_unavailable = False
            self._resync = True
        elif not is_ghost(state, self._expectation):
            self.release("changed by someone else")

    def on_own_state(self, state: State | None) -> None:
        """A state change that carries our context.

        An entity keeps the context of our last call for 5 s, so a change made meanwhile on
        the device itself (a remote bound to the bulb) also arrives with it: check it the same
        way, once there is a path to check against (not after our very first command, whose
        report may still show the user's previous state).
        """
        if self.released:
            return
        if is_off(state) and self._sent is not None:
            self.release("turned off")
        elif (
            state is not None
            and not is_unavailable(state)
            and self._expectation is not None
            and len(self._expectation.path) > 1
            and not is_ghost(state, self._expectation)
        ):
            self.release("changed by someone else")

    # ------------------------------------------------------------------ the step clock

    async def async_run(self, program: Sequence[Step], start: float, loop: bool) -> None:
        """Play the program from ``start`` (a loop.time() deadline) until released or done.

        Deadlines are absolute and accumulated from ``start``, so a late command never shifts
        the steps after it; a lane that fell a whole step behind skips to the current step
        instead of bursting the backlog at the bulb.
        """
        clock = self.host.hass.loop
        count = len(program)
        index = self.offset % count
        deadline = start
        played = 0
        try:
            while not self.released:
                step = program[index]
                delay = deadline - clock.time()
                if delay > 0:
                    await asyncio.sleep(delay)
                while (loop or played < count - 1) and clock.time() >= deadline + step.duration:
                    deadline += step.duration
                    index = (index + 1) % count
                    played += 1
                    step = program[index]
                await self._async_apply(step, deadline, deadline + step.duration)
                self._announce_started()  # also when the first step sent nothing
                played += 1
                if not loop and played >= count:
                    return  # hold the last step: nothing more to send
                deadline += step.duration
                index = (index + 1) % count
        finally:
            # Cancelled or released before the first command: still let play() return.
            self._announce_started()

    def _announce_started(self) -> None:
        if not self._announced:
            self._announced = True
            self.host.lane_started(self)

    async def _async_apply(self, step: Step, deadline: float, step_end: float) -> None:
        state = self.host.hass.states.get(self.entity_id)
        if is_unavailable(state):
            self.stats.skipped_unavailable += 1
            return
        assert state is not None
        if is_off(state) and self._sent is not None:
            self.release("turned off")
            return
        caps = capabilities(state)
        if caps.kind is LightKind.ONOFF:
            self.release("on/off only")
            return
        if self.snapshot is None:
            self.snapshot = LightSnapshot.capture(state)
        target = target_for(step.rgb, step.intensity, caps)
        previous = None if self._resync or is_off(state) else self._sent
        self._resync = False
        commands = commands_for(target, previous, caps, split=self.host.split_color_brightness)
        # The minimum a perfect lane would send: one command per real change of target.
        split = self.host.split_color_brightness
        self.stats.needed += len(commands_for(target, self._last_target, caps, split=split))
        self._last_target = target
        if not commands:
            self.stats.skipped_unchanged += 1
            return
        for position, command in enumerate(commands):
            await self._async_send(command, caps, target, deadline, step_end, position == 0)
            if self.released:
                return

    async def _async_send(
        self,
        command: dict[str, Any],
        caps: Capabilities,
        target: LightTarget,
        deadline: float,
        step_end: float,
        first_of_step: bool,
    ) -> None:
        clock = self.host.hass.loop
        if self._last_send is not None:
            wait = self._last_send + self.host.min_command_interval - clock.time()
            if wait > 0:
                await asyncio.sleep(wait)
        # Re-check right before sending: the user may have switched it off while we waited.
        state = self.host.hass.states.get(self.entity_id)
        if self.released or is_unavailable(state):
            return
        if is_off(state) and self._sent is not None:
            self.release("turned off")
            return
        now = clock.time()
        if first_of_step:
            self.stats.lateness.append(now - deadline)
        # Land on the step's end even when sent late: the room keeps its rhythm.
        data = with_transition(
            {ATTR_ENTITY_ID: self.entity_id, **command}, caps, max(0.0, step_end - now)
        )
        merged = _merge(self._sent, target, command)
        self._expectation = (
            Expectation((merged,)) if self._expectation is None else self._expectation.then(merged)
        )
        self._last_send = now
        self.stats.commands += 1
        self.stats.in_flight += 1
        self.stats.peak_in_flight = max(self.stats.peak_in_flight, self.stats.in_flight)
        # The call runs in its own task, shielded: when the run is cancelled mid-command the
        # bulb is busy with it anyway, so we let it finish and the run waits for it
        # (``in_flight``) before it restores or hands the light to the next mood. Cancelling
        # it instead would let the next command reach the bulb while this one is still
        # being processed: two in flight.
        call = self.host.hass.async_create_background_task(
            self.host.async_light_call(data), f"synesthetic_dj perform command {self.entity_id}"
        )
        self.in_flight = call
        call.add_done_callback(self._command_done)
        try:
            await asyncio.shield(call)
        except HomeAssistantError as err:
            # One refused command (bridge busy, 429) must not end the whole mood.
            _LOGGER.debug("%s refused %s: %s", self.entity_id, SERVICE_TURN_ON, err)
        self._sent = merged
        # play() returns after the first command, not after a split step's second half.
        self._announce_started()

    def _command_done(self, call: asyncio.Task[None]) -> None:
        self.stats.in_flight -= 1
        if self.in_flight is call:
            self.in_flight = None
        if not call.cancelled():
            call.exception()  # retrieved here: a refusal after a cancel is not an error


def _merge(sent: LightTarget | None, target: LightTarget, command: dict[str, Any]) -> LightTarget:
    """What the light should show once ``command`` lands (a split command changes one part)."""
    if sent is None or ("brightness" in command and len(command) > 1):
        return target
    if "brightness" in command:
        return LightTarget(target.brightness, rgb=sent.rgb, kelvin=sent.kelvin)
    return LightTarget(sent.brightness, rgb=target.rgb, kelvin=target.kelvin)


def clamp_program(steps: Sequence[Any], minimum: float = MIN_STEP_S) -> tuple[Step, ...]:
    """Copy moodcore LightSteps into perform Steps with a minimum duration."""
    return tuple(
        Step(tuple(step.rgb), max(minimum, float(step.duration)), float(step.intensity))
        for step in steps
    )
