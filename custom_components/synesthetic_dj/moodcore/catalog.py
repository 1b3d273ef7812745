"""The mood catalog: names, palettes, rhythm and narration templates of the 12 moods.

``catalog.json`` is generated from ``data/mood_catalog.csv`` by ``python -m training.export_catalog``;
never edit it by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
import json
from pathlib import Path
import re
from typing import Any, Final

from .contract import MOODS, ContractError

CATALOG_PATH: Final = Path(__file__).with_name("catalog.json")
CATALOG_FIELDS: Final[tuple[str, ...]] = (
    "mood",
    "name_fr",
    "name_en",
    "description_fr",
    "description_en",
    "valence",
    "arousal",
    "palette",
    "step_duration_s",
    "intensity_min",
    "intensity_max",
    "narration_fr",
    "narration_en",
    "track_id",
)
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")

RGB = tuple[int, int, int]


@dataclass(frozen=True, slots=True)
class Mood:
    id: str
    name_fr: str
    name_en: str
    description_fr: str
    description_en: str
    valence: float
    arousal: float
    palette: tuple[RGB, ...]
    step_duration_s: float
    intensity_min: float
    intensity_max: float
    narration_fr: str
    narration_en: str
    track_id: str

    def name(self, lang: str) -> str:
        return self.name_fr if lang == "fr" else self.name_en

    def narration(self, lang: str) -> str:
        return self.narration_fr if lang == "fr" else self.narration_en


def _bad(mood: str, reason: str) -> ContractError:
    return ContractError(
        f"catalog entry {mood!r}: {reason}",
        translation_key="invalid_catalog",
        placeholders={"mood": mood, "reason": reason},
    )


def hex_to_rgb(value: str) -> RGB:
    if not _HEX.match(value):
        raise ValueError(f"not a #rrggbb colour: {value!r}")
    return (int(value[1:3], 16), int(value[3:5], 16), int(value[5:7], 16))


def rgb_to_hex(rgb: RGB) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def _float(record: Mapping[str, Any], key: str, mood: str, lo: float, hi: float) -> float:
    try:
        value = float(record[key])
    except (TypeError, ValueError):
        raise _bad(mood, f"{key} is not a number") from None
    if not lo <= value <= hi:
        raise _bad(mood, f"{key}={value} outside {lo}..{hi}")
    return value


def _text(record: Mapping[str, Any], key: str, mood: str) -> str:
    value = record[key]
    if not isinstance(value, str) or not value.strip():
        raise _bad(mood, f"{key} is empty")
    return value.strip()


def mood_from_record(record: Mapping[str, Any]) -> Mood:
    """Build a :class:`Mood` from a CSV row or a JSON object (palette: ``#rrggbb`` list or
    ``;``-separated string); raise :class:`ContractError` on any bad field."""
    mood = str(record.get("mood", ""))
    if mood not in MOODS:
        raise _bad(mood, "unknown mood id")
    missing = [key for key in CATALOG_FIELDS if key not in record]
    if missing:
        raise _bad(mood, f"missing field(s) {', '.join(missing)}")
    raw_palette = record["palette"]
    items = raw_palette.split(";") if isinstance(raw_palette, str) else list(raw_palette)
    try:
        palette = tuple(hex_to_rgb(str(item).strip()) for item in items if str(item).strip())
    except ValueError as err:
        raise _bad(mood, str(err)) from None
    if not 3 <= len(palette) <= 5:
        raise _bad(mood, f"palette needs 3 to 5 colours, got {len(palette)}")
    low = _float(record, "intensity_min", mood, 0.0, 1.0)
    high = _float(record, "intensity_max", mood, 0.0, 1.0)
    if low > high:
        raise _bad(mood, "intensity_min > intensity_max")
    return Mood(
        id=mood,
        name_fr=_text(record, "name_fr", mood),
        name_en=_text(record, "name_en", mood),
        description_fr=_text(record, "description_fr", mood),
        description_en=_text(record, "description_en", mood),
        valence=_float(record, "valence", mood, 0.0, 1.0),
        arousal=_float(record, "arousal", mood, 0.0, 1.0),
        palette=palette,
        step_duration_s=_float(record, "step_duration_s", mood, 0.1, 600.0),
        intensity_min=low,
        intensity_max=high,
        narration_fr=_text(record, "narration_fr", mood),
        narration_en=_text(record, "narration_en", mood),
        track_id=_text(record, "track_id", mood),
    )


def mood_to_record(mood: Mood) -> dict[str, Any]:
    """JSON form of a :class:`Mood` (the layout of ``catalog.json``)."""
    return {
        "mood": mood.id,
        "name_fr": mood.name_fr,
        "name_en": mood.name_en,
        "description_fr": mood.description_fr,
        "description_en": mood.description_en,
        "valence": mood.valence,
        "arousal": mood.arousal,
        "palette": [rgb_to_hex(rgb) for rgb in mood.palette],
        "step_duration_s": mood.step_duration_s,
        "intensity_min": mood.intensity_min,
        "intensity_max": mood.intensity_max,
        "narration_fr": mood.narration_fr,
        "narration_en": mood.narration_en,
        "track_id": mood.track_id,
    }


def catalog_from_records(records: list[Mapping[str, Any]]) -> dict[str, Mood]:
    """Validate a full catalog: every one of the 12 moods exactly once, in ``MOODS`` order."""
    moods: dict[str, Mood] = {}
    for record in records:
        mood = mood_from_record(record)
        if mood.id in moods:
            raise _bad(mood.id, "duplicated")
        moods[mood.id] = mood
    absent = [mood for mood in MOODS if mood not in moods]
    if absent:
        raise _bad(absent[0], "missing from the catalog")
    return {mood: moods[mood] for mood in MOODS}


def catalog_to_json(moods: Mapping[str, Mood]) -> str:
    payload = {"moods": [mood_to_record(moods[m]) for m in MOODS]}
    return json.dumps(payload, ensure_ascii=False, indent=1) + "\n"


@lru_cache(maxsize=4)
def load_catalog(path: Path = CATALOG_PATH) -> dict[str, Mood]:
    """Read and validate ``catalog.json`` (cached; the result must not be mutated)."""
    payload = json.loads(path.read_text(encoding="utf-8"))
    return catalog_from_records(list(payload["moods"]))
