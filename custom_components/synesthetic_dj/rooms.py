"""Which zone a request means, from the room it names or where it was spoken.

Assist sentences and the LLM tool must pick a room, and refuse to guess, the same way:
lighting the wrong room is worse than asking, wherever the request came from.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Final

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import area_registry as ar, device_registry as dr, entity_registry as er

from .const import CONF_LIGHTS
from .speech import fold, reply

# Words that introduce a room at the end of a description: "… dans le salon", "… in the
# bedroom". Only stripped when what follows names a known zone or area (see split_room).
_ROOM_PREPOSITIONS: Final = frozenset(
    {"dans", "au", "aux", "a", "en", "chez", "pour", "in", "on", "for", "at"}
)
_ROOM_ARTICLES: Final = frozenset({"le", "la", "les", "l", "the", "my", "ma", "mon", "mes"})


class ZoneChoiceError(HomeAssistantError):
    """The target zone cannot be told: say why, in the person's language."""

    def __init__(self, key: str, **placeholders: str) -> None:
        super().__init__(reply("en", key, **placeholders))
        self.key = key
        self.placeholders = placeholders

    def speech(self, lang: str) -> str:
        """The error as a sentence in ``lang``."""
        return reply(lang, self.key, **self.placeholders)


@dataclass(frozen=True, slots=True)
class ZoneCandidate:
    """A loaded zone and the areas and names it answers to."""

    entry: ConfigEntry
    area_ids: frozenset[str]
    names: frozenset[str] = field(default_factory=frozenset)


def _entity_area(hass: HomeAssistant, entity_id: str) -> str | None:
    """An entity's area: its own, else its device's."""
    entity = er.async_get(hass).async_get(entity_id)
    if entity is None:
        return None
    if entity.area_id:
        return entity.area_id
    if entity.device_id and (device := dr.async_get(hass).async_get(entity.device_id)):
        return device.area_id
    return None


def _area_names(area: ar.AreaEntry) -> set[str]:
    return {fold(area.name), *(fold(alias) for alias in area.aliases)}


def zone_candidates(hass: HomeAssistant, entries: Iterable[ConfigEntry]) -> list[ZoneCandidate]:
    """Each zone with the areas it covers: its device's, its lights', the area named like it."""
    areas = ar.async_get(hass)
    devices = dr.async_get(hass)
    candidates: list[ZoneCandidate] = []
    for entry in entries:
        area_ids = {
            device.area_id
            for device in dr.async_entries_for_config_entry(devices, entry.entry_id)
            if device.area_id
        }
        area_ids.update(
            area_id
            for light in entry.options.get(CONF_LIGHTS, ())
            if (area_id := _entity_area(hass, light))
        )
        title = fold(entry.title)
        area_ids.update(area.id for area in areas.async_list_areas() if title in _area_names(area))
        names = {title}
        for area_id in area_ids:
            if area := areas.async_get_area(area_id):
                names |= _area_names(area)
        candidates.append(ZoneCandidate(entry, frozenset(area_ids), frozenset(names)))
    return candidates


def _titles(candidates: Iterable[ZoneCandidate]) -> str:
    return ", ".join(sorted(c.entry.title for c in candidates))


def split_room(text: str, candidates: Iterable[ZoneCandidate]) -> tuple[str, str | None]:
    """Split "calme et doux dans le salon" into ("calme et doux", "salon").

    Only when the words after the preposition name a known zone or area: "I feel lost in
    the woods" keeps its woods.
    """
    names = {name for candidate in candidates for name in candidate.names}
    words = text.split()
    for index in range(1, len(words) - 1):
        if fold(words[index]) not in _ROOM_PREPOSITIONS:
            continue
        rest = words[index + 1 :]
        room = " ".join(rest)
        if fold(rest[0]) in _ROOM_ARTICLES and len(rest) > 1:
            room = " ".join(rest[1:])
        elif fold(rest[0]).startswith("l "):
            # "l'entrée" folds to "l entree": the article is glued to the room.
            room = " ".join(rest)[2:]
        if fold(room) in names or fold(" ".join(rest)) in names:
            return " ".join(words[:index]), room
    return text, None


def _device_area(
    hass: HomeAssistant, device_id: str | None, satellite_id: str | None
) -> str | None:
    """The area the person spoke from: the satellite entity's, else its device's."""
    if satellite_id and (area_id := _entity_area(hass, satellite_id)):
        return area_id
    if device_id and (device := dr.async_get(hass).async_get(device_id)):
        return device.area_id
    return None


def resolve_zone(
    hass: HomeAssistant,
    entries: list[ConfigEntry],
    *,
    room: str | None = None,
    device_id: str | None = None,
    satellite_id: str | None = None,
) -> ConfigEntry:
    """The zone meant: the room named, else the speaker's area, else the only zone.

    Raise :class:`ZoneChoiceError` rather than guess between rooms: lighting the wrong
    room is worse than asking.
    """
    candidates = zone_candidates(hass, entries)
    if not candidates:
        raise ZoneChoiceError("no_zone")
    if room is not None and room.strip():
        wanted = fold(room)
        named = [c for c in candidates if wanted in c.names]
        if len(named) == 1:
            return named[0].entry
        if named:
            raise ZoneChoiceError("ambiguous_room", rooms=_titles(named))
        raise ZoneChoiceError("unknown_room", room=room.strip(), rooms=_titles(candidates))
    if area_id := _device_area(hass, device_id, satellite_id):
        here = [c for c in candidates if area_id in c.area_ids]
        if len(here) == 1:
            return here[0].entry
        if here:
            raise ZoneChoiceError("ambiguous_room", rooms=_titles(here))
    if len(candidates) == 1:
        return candidates[0].entry
    raise ZoneChoiceError("which_room", rooms=_titles(candidates))
