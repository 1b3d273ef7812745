"""perform: the mood's track on real media_player entities, faded in, then put back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.components.demo.media_player import (
    MUSIC_PLAYER_SUPPORT,
    YOUTUBE_PLAYER_SUPPORT,
    DemoYoutubePlayer,
)
from homeassistant.components.media_player.const import MediaPlayerEntityFeature, MediaPlayerState
from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.setup import async_setup_component
from pytest_homeassistant_custom_component.common import setup_test_component_platform

from custom_components.synesthetic_dj.perform import Performer
from tests.ha.perform_helpers import (
    MEDIA_URI,
    PROGRAM,
    CallRecorder,
    advance,
    async_setup_lights,
    light_config,
)


class UrlOnlySpeaker(DemoYoutubePlayer):
    """A player whose integration does not resolve media-source ids (it wants an URL)."""

    def __init__(self, name: str) -> None:
        super().__init__(name, "previous-video", "What was playing before", 300)
        self.played: list[str] = []

    async def async_play_media(self, media_type: str, media_id: str, **kwargs: Any) -> None:
        if not media_id.startswith("http"):
            raise HomeAssistantError(f"cannot play {media_id}")
        self.played.append(media_id)


class Speaker(DemoYoutubePlayer):
    """The demo player with in-loop commands (the demo's are sync and run in the executor,
    which a frozen test clock cannot wait for) and a configurable feature set."""

    def __init__(self, name: str, features: MediaPlayerEntityFeature, volume: float) -> None:
        super().__init__(name, "previous-video", "What was playing before", 300)
        self._attr_supported_features = features
        self._attr_volume_level = volume
        self.played: list[tuple[str, dict[str, Any]]] = []

    async def async_set_volume_level(self, volume: float) -> None:
        self._attr_volume_level = volume
        self.async_write_ha_state()

    async def async_play_media(self, media_type: str, media_id: str, **kwargs: Any) -> None:
        self.played.append((media_id, kwargs))
        self._attr_media_content_id = media_id
        self._attr_state = MediaPlayerState.PLAYING
        self.async_write_ha_state()

    async def async_media_play(self) -> None:
        self._attr_state = MediaPlayerState.PLAYING
        self.async_write_ha_state()

    async def async_media_pause(self) -> None:
        self._attr_state = MediaPlayerState.PAUSED
        self.async_write_ha_state()

    async def async_media_stop(self) -> None:
        self._attr_state = MediaPlayerState.IDLE
        self.async_write_ha_state()


ENQUEUE = YOUTUBE_PLAYER_SUPPORT | MediaPlayerEntityFeature.MEDIA_ENQUEUE


async def _setup(hass: HomeAssistant, *speakers: Speaker) -> list[str]:
    setup_test_component_platform(hass, "media_player", list(speakers))
    assert await async_setup_component(hass, "media_player", {"media_player": {"platform": "test"}})
    await hass.async_block_till_done()
    return [speaker.entity_id for speaker in speakers]


async def test_track_fades_in_and_the_player_is_restored(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    living = Speaker("Living", YOUTUBE_PLAYER_SUPPORT, volume=0.5)
    (player,) = await _setup(hass, living)
    (lamp,) = await async_setup_lights(hass, light_config("lamp"))
    recorder = CallRecorder(hass)
    performer = Performer(hass, zone_id="zone")

    await performer.async_play(PROGRAM, lights=[lamp], speakers=[player], media_uri=MEDIA_URI)
    calls = recorder.to(player)
    # Quiet first, then the track: the player never blasts at the user's full volume.
    assert [c.service for c in calls] == ["volume_set", "play_media"]
    assert calls[0].data["volume_level"] == 0.05
    assert calls[1].data == {
        "entity_id": player,
        "media_content_id": MEDIA_URI,
        "media_content_type": "music",
    }  # no enqueue/announce: this player supports neither
    assert living.played == [(MEDIA_URI, {"extra": {}})]

    await advance(hass, freezer, 4.2)
    volumes = [c.data["volume_level"] for c in recorder.to(player, "volume_set")]
    assert volumes == sorted(volumes)  # a ramp, only upwards
    assert volumes[-1] == 0.5  # up to the volume the user had
    assert len(volumes) == 9

    recorder.clear()
    await performer.async_stop()
    # Volume back, then resume what played before (media_play, not its content id again).
    assert [c.service for c in recorder.to(player)] == ["volume_set", "media_play"]
    assert recorder.to(player)[0].data["volume_level"] == 0.5
    assert not performer.running


async def test_enqueue_only_where_supported_and_paused_player_stays_paused(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    queue = Speaker("Queue", ENQUEUE, volume=0.3)
    queue._attr_state = MediaPlayerState.PAUSED
    (player,) = await _setup(hass, queue)
    recorder = CallRecorder(hass)
    performer = Performer(hass, zone_id="zone")

    await performer.async_play(PROGRAM, speakers=[player], media_uri=MEDIA_URI)
    play = recorder.to(player, "play_media")[0]
    assert play.data["enqueue"] == "play"  # play now, keep the user's queue
    assert "announce" not in play.data
    await advance(hass, freezer, 5.0)
    await performer.async_stop()

    state = hass.states.get(player)
    assert state is not None and state.state == "paused"
    assert state.attributes["volume_level"] == 0.3


async def test_player_without_volume_or_media_support(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """No VOLUME_SET: play without a fade. No PLAY_MEDIA: left alone entirely."""
    no_volume = Speaker("Plain", YOUTUBE_PLAYER_SUPPORT & ~MediaPlayerEntityFeature.VOLUME_SET, 0.7)
    no_media = Speaker("Radio", MUSIC_PLAYER_SUPPORT, volume=0.7)
    plain, radio = await _setup(hass, no_volume, no_media)
    recorder = CallRecorder(hass)
    performer = Performer(hass, zone_id="zone")

    await performer.async_play(PROGRAM, speakers=[plain, radio], media_uri=MEDIA_URI)
    await advance(hass, freezer, 5.0)
    await performer.async_stop()

    assert [c.service for c in recorder.to(plain)] == ["play_media", "media_play"]
    assert recorder.to(radio) == []


async def test_user_volume_change_releases_the_speaker(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    living = Speaker("Living", YOUTUBE_PLAYER_SUPPORT, volume=0.5)
    (player,) = await _setup(hass, living)
    (lamp,) = await async_setup_lights(hass, light_config("lamp"))
    recorder = CallRecorder(hass)
    performer = Performer(hass, zone_id="zone")
    await performer.async_play(PROGRAM, lights=[lamp], speakers=[player], media_uri=MEDIA_URI)
    await advance(hass, freezer, 1.0)

    await hass.services.async_call(
        "media_player",
        "volume_set",
        {"entity_id": player, "volume_level": 0.9},
        blocking=True,
        context=Context(),
    )
    recorder.clear()
    await advance(hass, freezer, 4.0)
    assert recorder.to(player) == []  # the fade stopped: the user's volume wins
    await performer.async_stop()
    assert recorder.to(player) == []  # and it is not "restored" over the user's choice
    state = hass.states.get(player)
    assert state is not None and state.attributes["volume_level"] == 0.9


async def test_volume_reported_by_the_device_releases_the_speaker(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """A volume knob on the speaker: only the state report tells us."""
    living = Speaker("Living", YOUTUBE_PLAYER_SUPPORT, volume=0.5)
    (player,) = await _setup(hass, living)
    performer = Performer(hass, zone_id="zone")
    await performer.async_play(PROGRAM, speakers=[player], media_uri=MEDIA_URI)
    await advance(hass, freezer, 4.5)  # fade finished at 0.5

    living._attr_volume_level = 0.49  # rounding of the device's own scale: still ours
    living.async_write_ha_state()
    await advance(hass, freezer, 0.1)
    assert performer.running
    living._attr_volume_level = 0.2  # someone turned the knob
    living.async_write_ha_state()
    await advance(hass, freezer, 0.1)
    # The speaker was the only device: nothing left to drive, the run ends by itself.
    assert not performer.running
    state = hass.states.get(player)
    assert state is not None and state.attributes["volume_level"] == 0.2


async def test_media_source_id_is_resolved_only_for_a_player_that_refuses_it(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, tmp_path: Path
) -> None:
    """Players get the media-source id as is; only when one refuses it do we send an URL."""
    (tmp_path / "calm.mp3").write_bytes(b"ID3")
    hass.config.media_dirs = {"local": str(tmp_path)}
    hass.config.internal_url = "http://127.0.0.1:8123"
    assert await async_setup_component(hass, "media_source", {})
    picky = UrlOnlySpeaker("Picky")
    living = Speaker("Living", YOUTUBE_PLAYER_SUPPORT, volume=0.5)
    picky_id, living_id = await _setup(hass, picky, living)
    uri = "media-source://media_source/local/calm.mp3"
    performer = Performer(hass, zone_id="zone")

    await performer.async_play(PROGRAM, speakers=[picky_id, living_id], media_uri=uri)

    assert living.played == [(uri, {"extra": {}})]
    assert len(picky.played) == 1
    assert picky.played[0].startswith("http://127.0.0.1:8123/media/local/calm.mp3?authSig=")
    await performer.async_stop()
