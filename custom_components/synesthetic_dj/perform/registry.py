"""Which run drives which device, across every zone of one Home Assistant instance.

Two zones may share a lamp or a speaker; a new mood there must first stop the run that holds
it, whichever zone started that run. One lock per ``hass`` serialises every start and stop, so
two moods can never both believe they own a light.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from homeassistant.core import HomeAssistant
from homeassistant.util.hass_dict import HassKey

if TYPE_CHECKING:
    from .run import Run


@dataclass(slots=True)
class Registry:
    """Active runs by zone, and the lock that orders their starts and stops."""

    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    runs: dict[str, Run] = field(default_factory=dict)

    def overlapping(self, entity_ids: set[str]) -> list[Run]:
        """Runs (of any zone) that drive at least one of these lights or speakers."""
        return [run for run in self.runs.values() if run.entity_ids & entity_ids]


# Spelled out rather than built from const.DOMAIN: perform imports nothing from its parent
# package but the moodcore data types.
_KEY: HassKey[Registry] = HassKey("synesthetic_dj_perform")


def get_registry(hass: HomeAssistant) -> Registry:
    """The registry of this ``hass`` (created on first use; holds no task, timer or listener)."""
    registry = hass.data.get(_KEY)
    if registry is None:
        registry = hass.data[_KEY] = Registry()
    return registry
