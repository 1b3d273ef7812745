"""A small deterministic synthesiser: one loopable ambient track per mood, offline.

Each mood's catalog valence and arousal set the music: arousal sets the tempo and how much
moves (a held pad alone when calm; an arpeggio, then soft drums as it rises), valence sets
the mode (major or minor family) and how bright the timbre is. A per-mood style picks the
key, the mode's flavour, the chord progression and the rhythm, so the twelve differ.

Every note is written modulo the track's length: a note that rings past the end continues
at the start, so the file loops without a click. Same mood, same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
import io
import math
from pathlib import Path
import wave
import zlib

import numpy as np
import numpy.typing as npt

from .moodcore import MOODS, load_catalog

SAMPLE_RATE = 22050
VERSION = 1  # bump when the sound changes, so cached files are rebuilt
MIN_SECONDS, TARGET_SECONDS, MAX_SECONDS = 30.0, 38.0, 45.0

Signal = npt.NDArray[np.float64]

SCALES: dict[str, tuple[int, ...]] = {
    "major": (0, 2, 4, 5, 7, 9, 11),
    "lydian": (0, 2, 4, 6, 7, 9, 11),
    "mixolydian": (0, 2, 4, 5, 7, 9, 10),
    "minor": (0, 2, 3, 5, 7, 8, 10),
    "dorian": (0, 2, 3, 5, 7, 9, 10),
    "phrygian": (0, 1, 3, 5, 7, 8, 10),
    "harmonic": (0, 2, 3, 5, 7, 8, 11),
}
MAJOR_FAMILY = ("major", "lydian", "mixolydian")
MINOR_FAMILY = ("minor", "dorian", "phrygian", "harmonic")


@dataclass(frozen=True, slots=True)
class Style:
    """What makes a mood's track its own, beyond tempo, mode family and brightness."""

    root: int  # MIDI note of the tonic
    flavour: str | None  # a scale of the mode family valence picks; None: plain major/minor
    progression: tuple[int, ...]  # scale degrees (0 = tonic) of the chords, one per segment
    arpeggio: str | None  # "up", "updown", "broken", "pulse" or None (pad only)
    drums: str | None  # "soft", "drive", "heartbeat", "march" or None
    sevenths: bool = False  # jazzier, hazier chords


STYLES: dict[str, Style] = {
    "bonnehumeur": Style(62, None, (0, 4, 5, 3), "updown", "soft"),
    "curiosite": Style(64, "lydian", (0, 1, 0, 4), "broken", "soft"),
    "detente": Style(57, None, (0, 3, 0, 3), None, None, sevenths=True),
    "euphorie": Style(66, None, (5, 3, 0, 4), "up", "drive"),
    "reverie": Style(65, "lydian", (0, 1, 5, 1), "updown", None, sevenths=True),
    "victoire": Style(60, "mixolydian", (0, 3, 6, 0), "up", "march"),
    "colere": Style(52, "phrygian", (0, 1, 0, 6), "pulse", "drive"),
    "inquietude": Style(59, "harmonic", (0, 5, 3, 4), "broken", "heartbeat"),
    "nostalgie": Style(63, "dorian", (0, 3, 6, 2), "updown", None, sevenths=True),
    "panique": Style(61, "phrygian", (0, 1, 0, 1), "pulse", "drive"),
    "suspense": Style(55, "harmonic", (0, 5, 0, 1), "broken", "heartbeat"),
    "tristesse": Style(58, None, (0, 5, 2, 6), None, None, sevenths=True),
}


@dataclass(frozen=True, slots=True)
class Plan:
    """The numbers a track is built from (also what the tests check)."""

    mood: str
    bpm: float
    scale: tuple[int, ...]
    bars_per_chord: int
    chords: int  # chord segments in the whole loop
    brightness: float  # 0 (soft, few harmonics) .. 1 (bright)
    samples: int

    @property
    def seconds(self) -> float:
        return self.samples / SAMPLE_RATE

    @property
    def beat(self) -> float:
        """Samples per beat (fractional: beats are placed by rounding)."""
        return SAMPLE_RATE * 60.0 / self.bpm


def plan(mood: str) -> Plan:
    """Tempo from arousal, mode family and brightness from valence, length 30-45 s."""
    entry, style = load_catalog()[mood], STYLES[mood]
    bpm = round(56.0 + 100.0 * entry.arousal)
    family = MAJOR_FAMILY if entry.valence >= 0.55 else MINOR_FAMILY
    flavour = style.flavour if style.flavour is not None and style.flavour in family else None
    scale = SCALES[flavour or family[0]]
    bar = 4 * 60.0 / bpm
    # Calm moods hold each chord two bars when that fits; the progression repeats a whole
    # number of times, and the loop lands nearest to TARGET_SECONDS within the window.
    options = [
        (-per, abs(cycles * len(style.progression) * per * bar - TARGET_SECONDS), cycles)
        for per in ((2, 1) if entry.arousal < 0.5 else (1,))
        for cycles in range(1, 16)
        if MIN_SECONDS <= cycles * len(style.progression) * per * bar <= MAX_SECONDS
    ]
    negative_per, _, cycles = min(options)
    per = -negative_per
    chords = cycles * len(style.progression)
    return Plan(
        mood=mood,
        bpm=bpm,
        scale=scale,
        bars_per_chord=per,
        chords=chords,
        brightness=round(0.15 + 0.55 * entry.valence + 0.3 * entry.arousal, 3),
        samples=round(chords * per * 4 * SAMPLE_RATE * 60.0 / bpm),
    )


def _hz(midi: float) -> float:
    return 440.0 * math.pow(2.0, (midi - 69) / 12.0)


def _chord(p: Plan, style: Style, degree: int) -> list[int]:
    """MIDI notes of the chord on ``degree``, stacked in thirds within the scale."""
    count = 4 if style.sevenths else 3
    notes = []
    for k in range(count):
        step = degree + 2 * k
        notes.append(style.root + p.scale[step % 7] + 12 * (step // 7))
    return notes


def _wavetable(brightness: float, size: int = 2048) -> Signal:
    """One period of a soft saw: more harmonics the brighter the mood."""
    phase = np.arange(size) / size * 2.0 * math.pi
    harmonics = 2 + round(7 * brightness)
    table = sum(np.sin(k * phase) / k**1.3 for k in range(1, harmonics + 1))
    return np.asarray(table / np.max(np.abs(table)), np.float64)


def _tone(table: Signal, hz: float, length: int) -> Signal:
    index = (np.arange(length) * hz * len(table) / SAMPLE_RATE) % len(table)
    return table[index.astype(np.int64)]


def _add(buffer: Signal, start: int, sound: Signal) -> None:
    """Mix ``sound`` into ``buffer`` at ``start``, wrapping past the end (the loop)."""
    n = len(buffer)
    positions = (start + np.arange(len(sound))) % n
    np.add.at(buffer, positions, sound)


def _pad(p: Plan, style: Style, table: Signal, out: Signal) -> None:
    segment = p.samples // p.chords
    fade = min(segment // 2, int(1.2 * SAMPLE_RATE))
    for i in range(p.chords):
        degree = style.progression[i % len(style.progression)]
        length = segment + fade  # rings into the next chord while it fades in
        env = np.ones(length)
        env[:fade] = np.linspace(0.0, 1.0, fade)
        env[-fade:] = np.linspace(1.0, 0.0, fade)
        for note in _chord(p, style, degree):
            for cents in (-7.0, 7.0):  # two detuned voices: a slow chorus
                hz = _hz(note) * math.pow(2.0, cents / 1200.0)
                _add(out, i * segment - fade // 2, 0.12 * env * _tone(table, hz, length))
        bass = _hz(style.root + p.scale[degree % 7] - 24)
        _add(out, i * segment - fade // 2, 0.3 * env * _tone(table, bass, length))


def _pluck(hz: float, length: int, brightness: float) -> Signal:
    t = np.arange(length) / SAMPLE_RATE
    wave_ = np.sin(2 * math.pi * hz * t) + 0.4 * brightness * np.sin(4 * math.pi * hz * t)
    attack = np.minimum(1.0, t / 0.004)  # 4 ms: no click
    return np.asarray(wave_ * attack * np.exp(-t * (6.0 - 3.0 * brightness)), np.float64)


def _arpeggio(p: Plan, style: Style, rng: np.random.Generator, out: Signal) -> None:
    per_beat = 4 if p.bpm >= 135 else 2  # sixteenths when the mood races, else eighths
    step = p.beat / per_beat
    beats_per_chord = 4 * p.bars_per_chord
    length = int(0.9 * SAMPLE_RATE)
    for i in range(p.chords):
        degree = style.progression[i % len(style.progression)]
        tones = _chord(p, style, degree)
        tones = tones + [n + 12 for n in tones]
        for j in range(beats_per_chord * per_beat):
            if style.arpeggio == "up":
                note = tones[j % len(tones)]
            elif style.arpeggio == "updown":
                cycle = tones + tones[-2:0:-1]
                note = cycle[j % len(cycle)]
            elif style.arpeggio == "pulse":
                note = tones[0] + (12 if j % 4 == 3 else 0)
            else:  # broken: a seeded walk, sometimes resting
                if rng.random() < 0.3:
                    continue
                note = tones[int(rng.integers(len(tones)))]
            start = round((i * beats_per_chord * per_beat + j) * step)
            accent = 1.0 if j % per_beat == 0 else 0.7
            _add(out, start, 0.16 * accent * _pluck(_hz(note + 12), length, p.brightness))


def _kick(length: int) -> Signal:
    t = np.arange(length) / SAMPLE_RATE
    sweep = 45.0 + 75.0 * np.exp(-t * 30.0)
    return np.asarray(np.sin(2 * math.pi * np.cumsum(sweep) / SAMPLE_RATE) * np.exp(-t * 9.0))


def _noise(rng: np.random.Generator, length: int, decay: float) -> Signal:
    t = np.arange(length) / SAMPLE_RATE
    hiss = np.diff(rng.standard_normal(length + 1))  # crude high-pass: a hat, not a roar
    return np.asarray(0.3 * hiss * np.exp(-t * decay))


def _drums(p: Plan, style: Style, rng: np.random.Generator, out: Signal) -> None:
    beats = p.chords * p.bars_per_chord * 4
    kick, hat = _kick(int(0.35 * SAMPLE_RATE)), _noise(rng, int(0.08 * SAMPLE_RATE), 60.0)
    snare = _noise(rng, int(0.2 * SAMPLE_RATE), 18.0)
    level = 0.2 if style.drums == "soft" else 0.32
    for b in range(beats):
        at = round(b * p.beat)
        if style.drums == "heartbeat":
            if b % 2 == 0:
                _add(out, at, 0.35 * kick)
                _add(out, at + round(p.beat * 0.3), 0.22 * kick)
            continue
        if style.drums == "drive" or b % 2 == 0:
            _add(out, at, level * kick)
        if style.drums == "march" and b % 4 in (1, 3):
            _add(out, at, 0.5 * snare)
        _add(out, round(at + p.beat / 2), level * hat)


def _smooth(signal: Signal, brightness: float) -> Signal:
    """A gentle low-pass (two one-pole stages), applied in the frequency domain.

    Filtering the spectrum of the whole loop is circular filtering: the result is the
    steady state of the loop played forever, so the seam stays seamless.
    """
    cutoff = 1800.0 + 5200.0 * brightness
    alpha = 1.0 - math.exp(-2.0 * math.pi * cutoff / SAMPLE_RATE)
    omega = 2.0 * math.pi * np.fft.rfftfreq(len(signal))  # radians per sample
    response = alpha / (1.0 - (1.0 - alpha) * np.exp(-1j * omega))
    return np.fft.irfft(np.fft.rfft(signal) * response**2, n=len(signal))


def synthesize(mood: str) -> Signal:
    """The mood's loop as floats in -1..1 (deterministic)."""
    p, style = plan(mood), STYLES[mood]
    rng = np.random.default_rng(zlib.crc32(mood.encode()))
    out = np.zeros(p.samples)
    _pad(p, style, _wavetable(p.brightness), out)
    if style.arpeggio is not None:
        _arpeggio(p, style, rng, out)
    if style.drums is not None:
        _drums(p, style, rng, out)
    out = _smooth(out, p.brightness)
    return out * (0.89 / max(1e-9, float(np.max(np.abs(out)))))


def wav_bytes(signal: Signal) -> bytes:
    """16-bit mono WAV."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(SAMPLE_RATE)
        wav.writeframes(np.round(signal * 32767).astype("<i2").tobytes())
    return buffer.getvalue()


def track_path(directory: Path, mood: str) -> Path:
    return directory / f"{mood}-v{VERSION}.wav"


def ensure_track(directory: Path, mood: str) -> Path:
    """The mood's cached WAV, synthesised first if missing (blocking: use the executor)."""
    if mood not in MOODS:
        raise ValueError(f"unknown mood {mood!r}")
    path = track_path(directory, mood)
    if not path.exists():
        directory.mkdir(parents=True, exist_ok=True)
        # Write beside, then rename: a player never reads a half-written file.
        partial = path.with_suffix(".part")
        partial.write_bytes(wav_bytes(synthesize(mood)))
        partial.replace(path)
    return path
