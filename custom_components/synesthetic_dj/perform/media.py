"""One speaker's part of a run: play the mood's track with a fade-in, and know when to let go.

The content id is passed to ``media_player.play_media`` as given, media-source URIs included:
the integrations that accept media-source ids (Cast, Sonos, DLNA, Music Assistant, ...) resolve
them themselves, for their own network path and with an URL that stays valid as long as they
need it. Resolving here would hand every player a short-lived signed URL built for the default
network, and would take ``library://`` ids away from Music Assistant. Only when a player refuses
a media-source id do we resolve it to an URL and try once more (see :func:`_async_resolve`).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Final, Protocol

from homeassistant.components import media_source
from homeassistant.components.media_player import MediaPlayerEnqueue
from homeassistant.components.media_player.browse_media import async_process_play_media_url
from homeassistant.components.media_player.const import (
    ATTR_MEDIA_CONTENT_ID,
    ATTR_MEDIA_CONTENT_TYPE,
    ATTR_MEDIA_ENQUEUE,
    ATTR_MEDIA_VOLUME_LEVEL,
    MediaPlayerEntityFeature,
    MediaType,
)
from homeassistant.const import ATTR_ENTITY_ID, SERVICE_VOLUME_SET, STATE_OFF
from homeassistant.core import HomeAssistant, State
from homeassistant.exceptions import HomeAssistantError

from .ghosts import is_unavailable
from .snapshot import PlayerSnapshot

_LOGGER = logging.getLogger(__name__)

SERVICE_PLAY_MEDIA: Final = "play_media"
#: Start quiet, reach the target volume over this many seconds in this many steps.
FADE_IN_S: Final = 4.0
FADE_STEPS: Final = 8
FADE_START_FRACTION: Final = 0.1
#: When a player reports no volume at all, fade to this.
DEFAULT_VOLUME: Final = 0.4
#: Volume drift a player may report on its own (rounding to its own 0..100 or 0..30 scale).
VOLUME_TOLERANCE: Final = 0.04


class SpeakerHost(Protocol):
    """What a speaker needs from its run."""

    hass: HomeAssistant

    async def async_call(self, domain: str, service: str, data: dict[str, Any]) -> None: ...

    def speaker_released(self, speaker: SpeakerLane) -> None: ...

    def speaker_started(self, speaker: SpeakerLane) -> None: ...


class SpeakerLane:
    """Plays the track on one media player and watches for the user taking it back."""

    def __init__(
        self, host: SpeakerHost, entity_id: str, snapshot: PlayerSnapshot | None = None
    ) -> None:
        self.host = host
        self.entity_id = entity_id
        self.snapshot = snapshot
        self.released = False
        self.release_reason: str | None = None
        self.played = False
        self.volume_changed = False
        self._last_volume: float | None = None
        self._previous_volume: float | None = None

    @property
    def restorable(self) -> bool:
        return self.snapshot is not None and self.played and not self.released

    def release(self, reason: str) -> None:
        if self.released:
            return
        self.released = True
        self.release_reason = reason
        _LOGGER.debug("%s released: %s", self.entity_id, reason)
        self.host.speaker_released(self)

    def on_state(self, state: State | None, ours: bool) -> None:
        """Off (by anyone else) or a volume we did not set = the user took the speaker back.

        The volume is checked on our own reports too: a player keeps our context for 5 s, so
        a knob turned meanwhile reports with it.
        """
        if self.released or not self.played or state is None:
            return
        if state.state == STATE_OFF and not ours:
            self.release("turned off")
            return
        volume = state.attributes.get(ATTR_MEDIA_VOLUME_LEVEL)
        if self._last_volume is None or not isinstance(volume, int | float):
            return
        # During the fade a late report may still show the previous step's volume.
        low = min(self._last_volume, self._previous_volume or self._last_volume)
        high = max(self._last_volume, self._previous_volume or self._last_volume)
        if not low - VOLUME_TOLERANCE <= float(volume) <= high + VOLUME_TOLERANCE:
            self.release("volume changed by someone else")

    async def async_run(self, media_uri: str) -> None:
        """Start the track (fade-in when the player can set its volume)."""
        try:
            state = self.host.hass.states.get(self.entity_id)
            if is_unavailable(state):
                self.release("unavailable")
                return
            assert state is not None
            if self.snapshot is None:
                self.snapshot = PlayerSnapshot.capture(state)
            live = PlayerSnapshot.capture(state)
            if not live.supports(MediaPlayerEntityFeature.PLAY_MEDIA):
                self.release("cannot play media")
                return
            fade = live.supports(MediaPlayerEntityFeature.VOLUME_SET)
            target = self.snapshot.volume if self.snapshot.volume is not None else DEFAULT_VOLUME
            if fade:
                await self._async_volume(target * FADE_START_FRACTION)
            await self._async_play(media_uri, live)
        finally:
            self.host.speaker_started(self)
        if fade and self.played:
            await self._async_fade(target * FADE_START_FRACTION, target)

    async def _async_play(self, media_uri: str, live: PlayerSnapshot) -> None:
        data: dict[str, Any] = {
            ATTR_ENTITY_ID: self.entity_id,
            ATTR_MEDIA_CONTENT_ID: media_uri,
            ATTR_MEDIA_CONTENT_TYPE: MediaType.MUSIC,
        }
        if live.supports(MediaPlayerEntityFeature.MEDIA_ENQUEUE):
            # "play": play now and keep the user's queue, so their music is still there after.
            data[ATTR_MEDIA_ENQUEUE] = MediaPlayerEnqueue.PLAY
        try:
            self.played = True  # from here on the player may be changed: restore it
            await self.host.async_call("media_player", SERVICE_PLAY_MEDIA, data)
        except HomeAssistantError as err:
            url = await _async_resolve(self.host.hass, media_uri, self.entity_id)
            if url is None:
                _LOGGER.warning("%s could not play %s: %s", self.entity_id, media_uri, err)
                return
            try:
                await self.host.async_call(
                    "media_player", SERVICE_PLAY_MEDIA, data | {ATTR_MEDIA_CONTENT_ID: url}
                )
            except HomeAssistantError as retry_err:
                _LOGGER.warning("%s could not play %s: %s", self.entity_id, url, retry_err)

    async def _async_volume(self, volume: float) -> None:
        volume = round(min(1.0, max(0.0, volume)), 3)
        self._previous_volume, self._last_volume = self._last_volume, volume
        self.volume_changed = True
        try:
            await self.host.async_call(
                "media_player",
                SERVICE_VOLUME_SET,
                {ATTR_ENTITY_ID: self.entity_id, ATTR_MEDIA_VOLUME_LEVEL: volume},
            )
        except HomeAssistantError as err:
            _LOGGER.debug("%s refused volume %s: %s", self.entity_id, volume, err)

    async def _async_fade(self, start: float, target: float) -> None:
        for step in range(1, FADE_STEPS + 1):
            await asyncio.sleep(FADE_IN_S / FADE_STEPS)
            if self.released:
                return  # the user set a volume: theirs wins
            await self._async_volume(start + (target - start) * step / FADE_STEPS)


async def _async_resolve(hass: HomeAssistant, media_uri: str, entity_id: str) -> str | None:
    """Resolve a media-source id to an URL the player can fetch, or None if not possible."""
    if "media_source" not in hass.config.components or not media_uri.startswith("media-source://"):
        return None
    try:
        resolved = await media_source.async_resolve_media(hass, media_uri, entity_id)
    except HomeAssistantError as err:
        _LOGGER.debug("cannot resolve %s: %s", media_uri, err)
        return None
    return async_process_play_media_url(hass, resolved.url)
