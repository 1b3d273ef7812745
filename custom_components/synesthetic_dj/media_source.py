"""Our mood tracks as a media source, served by an authenticated HTTP view.

``media-source://synesthetic_dj/<mood>`` resolves to a signed URL of :class:`TrackView`,
which synthesises the track the first time it is asked for (in the executor) and then
serves the cached file. Players fetch it with the signature; nobody else can.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from http import HTTPStatus
from pathlib import Path

from aiohttp import web
from homeassistant.components.http.auth import async_sign_path
from homeassistant.components.media_player.const import MediaClass, MediaType
from homeassistant.components.media_player.errors import BrowseError
from homeassistant.components.media_source import (
    BrowseMediaSource,
    MediaSource,
    MediaSourceItem,
    PlayMedia,
    Unresolvable,
)
from homeassistant.core import HomeAssistant
from homeassistant.helpers.http import KEY_HASS, HomeAssistantView
from homeassistant.util.hass_dict import HassKey

from .const import DOMAIN, TRACKS_URL
from .moodcore import MOODS, load_catalog
from .tracks import ensure_track

MIME_TYPE = "audio/wav"
# Long enough for a player that buffers late or loops by fetching again.
SIGNATURE_LIFETIME = timedelta(hours=24)

DATA_TRACK_LOCKS: HassKey[dict[str, asyncio.Lock]] = HassKey(f"{DOMAIN}_track_locks")


def tracks_dir(hass: HomeAssistant) -> Path:
    """Where synthesised tracks are cached (rebuilt if deleted)."""
    return Path(hass.config.path(".storage", DOMAIN, "tracks"))


async def async_ensure_track(hass: HomeAssistant, mood: str) -> Path:
    """The mood's WAV on disk; synthesised once even if several players ask at once."""
    locks = hass.data.setdefault(DATA_TRACK_LOCKS, {})
    async with locks.setdefault(mood, asyncio.Lock()):
        return await hass.async_add_executor_job(ensure_track, tracks_dir(hass), mood)


def _title(hass: HomeAssistant, mood: str) -> str:
    return load_catalog()[mood].name("fr" if hass.config.language.startswith("fr") else "en")


async def async_get_media_source(hass: HomeAssistant) -> MoodTrackSource:
    """Set up our media source."""
    return MoodTrackSource(hass)


class MoodTrackSource(MediaSource):
    """A folder of twelve tracks, one per mood."""

    name = "Synesthetic DJ"

    def __init__(self, hass: HomeAssistant) -> None:
        super().__init__(DOMAIN)
        self.hass = hass

    async def async_resolve_media(self, item: MediaSourceItem) -> PlayMedia:
        """A signed URL of the mood's track, synthesised now so the player need not wait."""
        mood = item.identifier
        if mood not in MOODS:
            raise Unresolvable(
                translation_domain=DOMAIN,
                translation_key="unknown_track",
                translation_placeholders={"track": mood[:40]},
            )
        path = await async_ensure_track(self.hass, mood)
        url = async_sign_path(self.hass, TRACKS_URL.format(mood=mood), SIGNATURE_LIFETIME)
        return PlayMedia(url, MIME_TYPE, path=path)

    async def async_browse_media(self, item: MediaSourceItem) -> BrowseMediaSource:
        """The folder, or one track."""
        if not item.identifier:
            return BrowseMediaSource(
                domain=DOMAIN,
                identifier=None,
                media_class=MediaClass.DIRECTORY,
                media_content_type=MediaType.MUSIC,
                title=self.name,
                can_play=False,
                can_expand=True,
                children_media_class=MediaClass.MUSIC,
                children=[self._track(mood) for mood in MOODS],
            )
        if item.identifier not in MOODS:
            raise BrowseError(
                translation_domain=DOMAIN,
                translation_key="unknown_track",
                translation_placeholders={"track": item.identifier[:40]},
            )
        return self._track(item.identifier)

    def _track(self, mood: str) -> BrowseMediaSource:
        return BrowseMediaSource(
            domain=DOMAIN,
            identifier=mood,
            media_class=MediaClass.MUSIC,
            media_content_type=MIME_TYPE,
            title=_title(self.hass, mood),
            can_play=True,
            can_expand=False,
        )


class TrackView(HomeAssistantView):
    """Serves a mood's WAV to logged-in users and to holders of a signed URL."""

    url = TRACKS_URL.replace("{mood}", "{mood:[a-z]+}")
    name = f"api:{DOMAIN}:track"
    requires_auth = True

    async def get(self, request: web.Request, mood: str) -> web.StreamResponse:
        """Send the track, synthesising it first if needed."""
        if mood not in MOODS:
            return web.Response(status=HTTPStatus.NOT_FOUND)
        path = await async_ensure_track(request.app[KEY_HASS], mood)
        return web.FileResponse(path, headers={"Content-Type": MIME_TYPE})
