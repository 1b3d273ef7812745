"""Parse the compact line format the hand-written seeds are typed in.

One sentence per line, metadata before a `|`:

    fr situation n | Mon chat est mort ce matin.
    en wish h c=red;gold b=bright | We won!!! Red and gold, full blast!

Fields: language, kind, intensity (`l`/`n`/`h` or the full word), then optional
`c=colour;colour` and `b=dim|bright`. Blank lines and lines starting with `#` are skipped.
A line format keeps hundreds of sentences readable and diff-friendly without CSV quoting.
"""

from __future__ import annotations

from dataclasses import dataclass

from training.data import BRIGHTNESS, COLOURS, INTENSITIES, KINDS, LANGS

_INTENSITY_CODES = {"l": "low", "n": "normal", "h": "high"}


@dataclass(frozen=True)
class Seed:
    text: str
    lang: str
    kind: str
    intensity: str
    colors: tuple[str, ...] = ()
    brightness: str = ""


class SeedFormatError(ValueError):
    pass


def parse_seeds(block: str, source: str) -> list[Seed]:
    seeds: list[Seed] = []
    for number, raw in enumerate(block.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        try:
            seeds.append(parse_line(line))
        except SeedFormatError as error:
            raise SeedFormatError(f"{source}:{number}: {error}: {line!r}") from None
    return seeds


def parse_line(line: str) -> Seed:
    meta, sep, text = line.partition("|")
    if not sep or not text.strip():
        raise SeedFormatError("expected 'lang kind intensity [c=..] [b=..] | text'")
    fields = meta.split()
    if len(fields) < 3:
        raise SeedFormatError("missing lang, kind or intensity")
    lang, kind, intensity = fields[0], fields[1], _INTENSITY_CODES.get(fields[2], fields[2])
    _check(lang, LANGS, "language")
    _check(kind, KINDS, "kind")
    _check(intensity, INTENSITIES, "intensity")
    colors: tuple[str, ...] = ()
    brightness = ""
    for extra in fields[3:]:
        key, _, value = extra.partition("=")
        if key == "c":
            colors = tuple(value.split(";"))
            for colour in colors:
                _check(colour, COLOURS, "colour")
        elif key == "b":
            _check(value, BRIGHTNESS, "brightness")
            brightness = value
        else:
            raise SeedFormatError(f"unknown field {extra!r}")
    return Seed(text.strip(), lang, kind, intensity, colors, brightness)


def _check(value: str, allowed: tuple[str, ...], what: str) -> None:
    if value not in allowed:
        raise SeedFormatError(f"unknown {what} {value!r}")
