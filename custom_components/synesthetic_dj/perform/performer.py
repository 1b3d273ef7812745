"""The Performer: one per zone, the public face of perform.

It owns no timer and no listener of its own; everything lives in the current :class:`Run`,
which cleans up after itself. Starts and stops of every zone go through the per-hass registry
lock, and each call first checks that no later call of the same performer is waiting: with many
``async_play`` calls in flight only the last one starts a run (the others return at once).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
import logging
from typing import Any, Final

from homeassistant.core import CALLBACK_TYPE, CoreState, HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError

from ..moodcore import Ambiance
from .lane import LaneStats, clamp_program
from .registry import get_registry
from .run import Handover, Run, RunOptions

_LOGGER = logging.getLogger(__name__)

#: Minimum spacing between two commands to one light: Zigbee meshes and Hue bridges drop or
#: throttle (429) commands sent faster than a few per second per light.
DEFAULT_MIN_COMMAND_INTERVAL: Final = 0.25


class Performer:
    """Plays ambiances on the lights and speakers of one zone."""

    def __init__(
        self,
        hass: HomeAssistant,
        zone_id: str,
        split_color_brightness: bool = False,
        *,
        min_command_interval: float = DEFAULT_MIN_COMMAND_INTERVAL,
    ) -> None:
        self.hass = hass
        self.zone_id = zone_id
        self.split_color_brightness = split_color_brightness
        self.min_command_interval = min_command_interval
        self._run: Run | None = None
        self._listeners: list[Callable[[], None]] = []
        self._generation = 0
        self._shut_down = False

    @property
    def running(self) -> bool:
        """True from the start of a run until it ends (stop, duration, takeover of all)."""
        return self._run is not None and not self._run.finished

    @property
    def lights(self) -> list[str]:
        """Lights still driven by the current run (released ones excluded)."""
        if not self.running or self._run is None:
            return []
        return [eid for eid, lane in self._run.lanes.items() if not lane.released]

    def lane_stats(self) -> dict[str, LaneStats]:
        """Per-light counters of the current (or last) run, for diagnostics and benchmarks."""
        if self._run is None:
            return {}
        return {eid: lane.stats for eid, lane in self._run.lanes.items()}

    def diagnostics(self) -> dict[str, Any]:
        """State of the current (or last) run, for the integration's diagnostics download."""
        run = self._run
        if run is None:
            return {"running": False}
        return {
            "running": self.running,
            "options": {
                "steps": len(run.options.program),
                "loop": run.options.loop,
                "duration": run.options.duration,
                "split_color_brightness": run.options.split_color_brightness,
            },
            "lights": {
                eid: {
                    "released": lane.release_reason,
                    "commands": lane.stats.commands,
                    "minimum_needed": lane.stats.needed,
                    "skipped_unchanged": lane.stats.skipped_unchanged,
                    "skipped_unavailable": lane.stats.skipped_unavailable,
                    "peak_in_flight": lane.stats.peak_in_flight,
                    "max_lateness_ms": round(1000 * max(lane.stats.lateness, default=0.0), 1),
                }
                for eid, lane in run.lanes.items()
            },
            "speakers": {
                eid: {
                    "released": speaker.release_reason,
                    "played": speaker.played,
                    "previous_state": speaker.snapshot.state if speaker.snapshot else None,
                }
                for eid, speaker in run.speakers.items()
            },
        }

    @callback
    def async_add_listener(self, update_callback: Callable[[], None]) -> CALLBACK_TYPE:
        """Call ``update_callback()`` when a run starts or ends, or releases a light."""
        self._listeners.append(update_callback)

        @callback
        def _remove() -> None:
            if update_callback in self._listeners:
                self._listeners.remove(update_callback)

        return _remove

    @callback
    def _notify(self) -> None:
        for update_callback in list(self._listeners):
            update_callback()

    async def async_play(
        self,
        ambiance: Ambiance,
        lights: Iterable[str] = (),
        speakers: Iterable[str] = (),
        media_uri: str | None = None,
        loop: bool = True,
        duration: float | None = None,
    ) -> None:
        """Replace whatever plays on this zone (and on any of these devices) with ``ambiance``.

        Returns once every light got its first command and the track was started; before HA
        has started it returns at once and the run begins when HA is running.
        ``media_uri`` defaults to the ambiance's own track.
        """
        if duration is not None and not duration > 0:
            raise HomeAssistantError(f"duration must be > 0 seconds, got {duration}")
        if self._shut_down:
            raise HomeAssistantError(f"performer of zone {self.zone_id} is shut down")
        options = RunOptions(
            program=clamp_program(ambiance.lighting),
            lights=tuple(lights),
            speakers=tuple(speakers),
            media_uri=media_uri if media_uri is not None else ambiance.track.preview_uri,
            loop=loop,
            duration=duration,
            split_color_brightness=self.split_color_brightness,
            min_command_interval=self.min_command_interval,
        )
        self._generation += 1
        generation = self._generation
        registry = get_registry(self.hass)
        async with registry.lock:
            if generation != self._generation or self._shut_down or self.hass.is_stopping:
                return  # a later play/stop of this zone supersedes this one
            wanted = set(options.lights) | set(options.speakers)
            handover = Handover()
            previous = registry.runs.get(self.zone_id)
            replaced = registry.overlapping(wanted)
            if previous is not None and previous not in replaced:
                replaced.append(previous)
            for old in replaced:
                # Devices the new run keeps are not restored (no flash back to the user's
                # colours between two moods); their snapshots move to the new run instead.
                handover.update(await old.async_stop(restore=True, keep=old.entity_ids & wanted))
            run = Run(self.hass, self.zone_id, options, handover, self._notify)
            registry.runs[self.zone_id] = run
            self._run = run
            run.start()
            if self.hass.state is CoreState.running:
                await run.async_wait_started()

    async def async_stop(self, restore: bool = True) -> None:
        """Stop this zone's run; restore what it changed unless the user took it over."""
        self._generation += 1
        async with get_registry(self.hass).lock:
            if self._run is not None:
                await self._run.async_stop(restore=restore)

    async def async_shutdown(self) -> None:
        """Config-entry unload: stop (restoring the room), refuse new runs, drop listeners."""
        self._shut_down = True
        try:
            await self.async_stop(restore=True)
        finally:
            self._listeners.clear()
