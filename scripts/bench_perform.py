#!/usr/bin/env python3
"""Benchmark perform: a 10-step program on 10 lights in a real Home Assistant.

    $(bash scripts/env.sh ha)/bin/python scripts/bench_perform.py            # virtual clock
    $(bash scripts/env.sh ha)/bin/python scripts/bench_perform.py --split    # colour/brightness split
    $(bash scripts/env.sh ha)/bin/python scripts/bench_perform.py --realtime # wall clock, 1 cycle

Home Assistant is started by the script (the test harness's ``async_test_home_assistant``)
with real template lights of three kinds (rgb, colour temperature, dimmer). Each light's actions
take a different time (10-300 ms, a ``delay`` in its script), like slow Zigbee or Wi-Fi bulbs, so
a blocking call really stays in flight for that long.

The virtual clock is an event loop whose ``time()`` jumps to the next timer when nothing is
ready: minutes of program run in a second, and the numbers measure the scheduler (deadlines,
pacing, in-flight cap), not how busy this machine is. ``--realtime`` runs on the wall clock
instead (shorter steps, one cycle) and so includes this machine's scheduling jitter.

Measured from outside the performer, on the event bus:
  * step timing error: time of the first ``light.turn_on`` of each step minus its ideal
    deadline (start + accumulated step durations from that light's palette offset);
  * commands in flight per light: from events the lights' own scripts fire when a command
    starts and ends;
  * commands sent vs. the minimum needed (one per step whose target differs from the one
    before, for what that light can show; two with --split when both parts change).
"""

from __future__ import annotations

import argparse
import asyncio
from collections import defaultdict
from collections.abc import Sequence
import itertools
from pathlib import Path
import selectors
import sys
import tempfile
import time
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from homeassistant.const import EVENT_CALL_SERVICE  # noqa: E402
from homeassistant.core import Event, HomeAssistant, State, callback  # noqa: E402
from homeassistant.setup import async_setup_component  # noqa: E402
from pytest_homeassistant_custom_component.common import (  # noqa: E402
    async_test_home_assistant,
)

from custom_components.synesthetic_dj.moodcore import (  # noqa: E402
    Ambiance,
    Diagnostics,
    LightStep,
    Track,
)
from custom_components.synesthetic_dj.perform import Performer  # noqa: E402
from custom_components.synesthetic_dj.perform.capabilities import (  # noqa: E402
    capabilities,
    commands_for,
    target_for,
)
from custom_components.synesthetic_dj.perform.lane import MIN_STEP_S  # noqa: E402

LIGHTS = 10
SLACK = 0.02
#: Ten steps around the colour wheel; durations as compose makes them for lively moods,
#: down to 0.6 s so that slow lights, the 250 ms spacing and --split are really exercised.
DURATIONS = (2.0, 1.5, 3.0, 0.8, 2.5, 1.0, 2.0, 0.6, 1.2, 2.4)
INTENSITIES = (1.0, 0.8, 0.6, 0.6, 0.4, 0.5, 0.7, 0.9, 0.9, 0.3)
COLOURS = (
    (255, 0, 0),
    (255, 128, 0),
    (255, 230, 0),
    (0, 220, 60),
    (0, 150, 136),
    (0, 230, 255),
    (0, 70, 255),
    (140, 30, 200),
    (255, 0, 200),
    (255, 214, 170),
)
KINDS = ("rgb", "rgb", "ct", "rgb", "dimmer", "rgb", "ct", "rgb", "dimmer", "rgb")
LATENCY_MS = (10, 40, 80, 120, 30, 60, 150, 200, 250, 300)


# --------------------------------------------------------------------------- virtual clock


class _WarpSelector(selectors.DefaultSelector):
    """When the loop would sleep, advance its clock instead (only while warping)."""

    def __init__(self) -> None:
        super().__init__()
        self.loop: VirtualClockLoop | None = None

    def select(self, timeout: float | None = None) -> list[Any]:
        loop = self.loop
        if loop is None or not loop.warp or timeout is None or timeout <= 0:
            return super().select(timeout)
        events = super().select(0)
        if not events:
            loop.offset += timeout
        return events


class VirtualClockLoop(asyncio.SelectorEventLoop):
    """An event loop whose clock jumps to the next timer whenever nothing is ready."""

    def __init__(self) -> None:
        selector = _WarpSelector()
        super().__init__(selector)
        selector.loop = self
        self.warp = False
        self.offset = 0.0

    def time(self) -> float:
        return time.monotonic() + self.offset


# --------------------------------------------------------------------------- the bench


def _program(scale: float) -> Ambiance:
    return Ambiance(
        track=Track(mood_id="euphorie", preview_uri="media-source://synesthetic_dj/euphorie"),
        lighting=tuple(
            LightStep(rgb=rgb, duration=d * scale, intensity=i)
            for rgb, d, i in zip(COLOURS, DURATIONS, INTENSITIES, strict=True)
        ),
        narration="",
        diagnostics=Diagnostics(
            valence_hint=0.8, arousal_hint=0.8, interpreter="bench", confidence=1.0, lang="en"
        ),
    )


def _light(index: int, latency_scale: float) -> dict[str, Any]:
    name = f"bench_{index}"
    action = [
        {"event": "bench_command", "event_data": {"light": name, "edge": 1}},
        {"delay": {"milliseconds": round(LATENCY_MS[index] * latency_scale)}},
        {"event": "bench_command", "event_data": {"light": name, "edge": -1}},
    ]
    config: dict[str, Any] = {
        "name": name,
        "unique_id": name,
        "optimistic": True,
        "turn_on": action,
        "turn_off": action,
        "set_level": action,
        "supports_transition": "{{ true }}",
    }
    if KINDS[index] == "rgb":
        config["set_rgb"] = action
    elif KINDS[index] == "ct":
        config["set_temperature"] = action
    return config


def _percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    position = (len(ordered) - 1) * q
    low, high = int(position), min(int(position) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def _deadlines(offset: int, start: float, durations: Sequence[float], until: float) -> list[float]:
    """Ideal step deadlines of a light whose program starts at step ``offset``."""
    out, at = [], start
    for index in itertools.count(offset):
        if at >= until:
            return out
        out.append(at)
        at += durations[index % len(durations)]
    return out


def _minimum(state: State, program: Ambiance, offset: int, steps: int, split: bool) -> int:
    """Commands a perfect performer sends: one per change of target (two if split & both)."""
    caps = capabilities(state)
    count, previous = 0, None
    n = len(program.lighting)
    for k in range(steps):
        step = program.lighting[(offset + k) % n]
        target = target_for(step.rgb, step.intensity, caps)
        count += len(commands_for(target, previous, caps, split=split))
        previous = target
    return count


async def _bench(args: argparse.Namespace, loop: VirtualClockLoop) -> int:
    with tempfile.TemporaryDirectory() as config_dir:
        async with async_test_home_assistant(loop, config_dir=config_dir) as hass:
            return await _bench_in(hass, args, loop)


async def _bench_in(hass: HomeAssistant, args: argparse.Namespace, loop: VirtualClockLoop) -> int:
    configs = [_light(i, args.latency_scale) for i in range(LIGHTS)]
    assert await async_setup_component(hass, "template", {"template": [{"light": configs}]})
    await hass.async_block_till_done()
    lights = [f"light.{c['name']}" for c in configs]
    states = {eid: hass.states.get(eid) for eid in lights}

    calls: dict[str, list[float]] = defaultdict(list)
    in_flight: dict[str, int] = defaultdict(int)
    peak: dict[str, int] = defaultdict(int)

    @callback
    def _on_call(event: Event) -> None:
        data = event.data
        if data["domain"] == "light" and data["service"] == "turn_on":
            calls[str(data["service_data"]["entity_id"])].append(loop.time())

    @callback
    def _on_command(event: Event) -> None:
        light = f"light.{event.data['light']}"
        in_flight[light] += int(event.data["edge"])
        peak[light] = max(peak[light], in_flight[light])

    unsubs = [
        hass.bus.async_listen(EVENT_CALL_SERVICE, _on_call),
        hass.bus.async_listen("bench_command", _on_command),
    ]
    scale = args.scale if args.realtime else 1.0
    program = _program(scale)
    durations = [max(MIN_STEP_S, s.duration) for s in program.lighting]
    cycle = sum(durations)
    total = cycle * args.cycles

    performer = Performer(hass, zone_id="bench", split_color_brightness=args.split)
    ended = asyncio.Event()
    unsubs.append(performer.async_add_listener(lambda: None if performer.running else ended.set()))
    loop.warp = not args.realtime
    wall = time.perf_counter()
    await performer.async_play(program, lights=lights, loop=True, duration=total)
    await ended.wait()
    loop.warp = False
    wall = time.perf_counter() - wall
    for unsub in unsubs:
        unsub()

    start = min(times[0] for times in calls.values())
    errors: list[float] = []
    sent = needed = 0
    for offset, light in enumerate(lights):
        times = sorted(calls[light])
        deadlines = _deadlines(offset, start, durations, start + total - 1e-9)
        # Drop the restore command after the run's end; count the rest.
        run_calls = [t for t in times if t < start + total - 1e-9]
        sent += len(run_calls)
        state = states[light]
        assert state is not None
        needed += _minimum(state, program, offset, len(deadlines), args.split)
        if args.debug and offset in (2, 4, 9):
            print(light, [round(t - start, 3) for t in run_calls][:12])
            print("   ", [round(d - start, 3) for d in deadlines][:12])
        for k, deadline in enumerate(deadlines):
            step_end = deadlines[k + 1] if k + 1 < len(deadlines) else start + total
            # ``start`` is the first command seen on the bus, a few ms after the run's own
            # start: a window opening a little before each deadline absorbs that offset.
            first = next((t for t in run_calls if deadline - SLACK <= t < step_end - SLACK), None)
            if first is not None:
                errors.append(abs(first - deadline))
                if args.debug and abs(first - deadline) > 0.05:
                    print("late", light, round(deadline - start, 3), round(first - start, 3))

    internal = [x for s in performer.lane_stats().values() for x in s.lateness]
    clock = "wall clock" if args.realtime else "virtual clock"
    print(
        f"perform benchmark: {LIGHTS} lights x {len(durations)} steps, {args.cycles} cycle(s) "
        f"of {cycle:.1f} s, {clock}, split={args.split}, latency {min(LATENCY_MS)}-"
        f"{max(LATENCY_MS)} ms per command x {args.latency_scale:g}"
    )
    print(f"  program time {total:.1f} s in {wall:.2f} s of wall time")
    print(
        f"  step timing error (ms): p50 {1000 * _percentile(errors, 0.5):.1f}  "
        f"p95 {1000 * _percentile(errors, 0.95):.1f}  max {1000 * max(errors):.1f}  "
        f"(n={len(errors)})"
    )
    print(
        f"  same, measured inside perform: p50 {1000 * _percentile(internal, 0.5):.1f}  "
        f"p95 {1000 * _percentile(internal, 0.95):.1f}  (n={len(internal)})"
    )
    print(
        f"  peak commands in flight per light: {max(peak.values())} "
        f"(per light: {[peak[light] for light in lights]})"
    )
    print(
        f"  commands sent {sent} vs minimum needed {needed} ({sent / needed:.3f}x)"
        if needed
        else f"  commands sent {sent}"
    )
    ok = _percentile(errors, 0.95) <= 0.050 and max(peak.values()) <= 1
    print(f"  goal (p95 <= 50 ms, <= 1 in flight per light): {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--split", action="store_true", help="split colour and brightness")
    parser.add_argument("--realtime", action="store_true", help="wall clock instead of virtual")
    parser.add_argument("--cycles", type=int, default=3, help="program cycles to play")
    parser.add_argument(
        "--scale", type=float, default=0.5, help="step duration factor with --realtime"
    )
    parser.add_argument(
        "--latency-scale",
        type=float,
        default=1.0,
        help="multiply every light's command latency (3 makes the slowest 900 ms)",
    )
    args = parser.parse_args()
    if args.realtime and args.cycles == 3:
        args.cycles = 1
    loop = VirtualClockLoop()
    asyncio.set_event_loop(loop)
    try:
        return loop.run_until_complete(_bench(args, loop))
    finally:
        loop.close()


if __name__ == "__main__":
    sys.exit(main())
