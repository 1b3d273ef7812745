"""Mood tracks: synthesised offline, browsed and resolved as a media source, served signed."""

from __future__ import annotations

from datetime import timedelta
from http import HTTPStatus
import io
from pathlib import Path
import wave

from homeassistant.components import media_source
from homeassistant.components.http.auth import async_sign_path
from homeassistant.components.media_player.errors import BrowseError
from homeassistant.components.media_source import Unresolvable
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
import numpy as np
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry, async_mock_service
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.synesthetic_dj import tracks
from custom_components.synesthetic_dj.const import DOMAIN
from custom_components.synesthetic_dj.media_source import tracks_dir
from custom_components.synesthetic_dj.moodcore import MOODS, load_catalog
from tests.ha.zone_helpers import setup_entry, zone_entry


def test_plans_follow_valence_and_arousal() -> None:
    """Faster for aroused moods, major third for happy ones, minor for sad; 30-45 s each."""
    catalog = load_catalog()
    plans = {mood: tracks.plan(mood) for mood in MOODS}
    for mood, plan in plans.items():
        assert tracks.MIN_SECONDS <= plan.seconds <= tracks.MAX_SECONDS, mood
        third = plan.scale[2]
        assert third == (4 if catalog[mood].valence >= 0.55 else 3), mood
    assert plans["panique"].bpm > plans["suspense"].bpm > plans["detente"].bpm
    assert plans["euphorie"].brightness > plans["tristesse"].brightness
    # Calm moods hold each chord longer.
    assert plans["tristesse"].bars_per_chord == 2
    assert plans["euphorie"].bars_per_chord == 1


def test_tracks_are_deterministic_distinct_and_loop() -> None:
    """Same mood, same samples; no two moods sound alike; the seam has no jump."""
    signals = {mood: tracks.synthesize(mood) for mood in MOODS}
    assert np.array_equal(signals["nostalgie"], tracks.synthesize("nostalgie"))
    for mood, signal in signals.items():
        assert np.max(np.abs(signal)) == pytest.approx(0.89), mood
        typical = np.percentile(np.abs(np.diff(signal)), 99.9)
        assert abs(signal[0] - signal[-1]) <= typical, mood  # the loop point is an ordinary step
    for i, first in enumerate(MOODS):
        for second in MOODS[i + 1 :]:
            a, b = signals[first], signals[second]
            n = min(len(a), len(b))
            assert abs(np.corrcoef(a[:n], b[:n])[0, 1]) < 0.3, (first, second)


def test_wav_file_is_cached(tmp_path: Path) -> None:
    """ensure_track writes a 16-bit mono WAV once, then reuses it; unknown moods fail."""
    path = tracks.ensure_track(tmp_path, "detente")
    with wave.open(str(path)) as wav:
        assert wav.getnchannels() == 1
        assert wav.getsampwidth() == 2
        assert wav.getframerate() == tracks.SAMPLE_RATE
        assert 30 <= wav.getnframes() / tracks.SAMPLE_RATE <= 45
    stamp = path.stat().st_mtime_ns
    assert tracks.ensure_track(tmp_path, "detente").stat().st_mtime_ns == stamp
    with pytest.raises(ValueError, match="unknown mood"):
        tracks.ensure_track(tmp_path, "joie")


async def test_browse_the_twelve_tracks(hass: HomeAssistant, zone: MockConfigEntry) -> None:
    """The folder lists the twelve moods with names in the home's language."""
    folder = await media_source.async_browse_media(hass, f"media-source://{DOMAIN}")
    assert folder.children is not None
    assert [c.media_content_id for c in folder.children] == [
        f"media-source://{DOMAIN}/{mood}" for mood in MOODS
    ]
    assert folder.children[0].title == "Good mood"
    assert all(child.can_play for child in folder.children)

    hass.config.language = "fr"
    track = await media_source.async_browse_media(hass, f"media-source://{DOMAIN}/reverie")
    assert track.title == "Rêverie"
    with pytest.raises(BrowseError):
        await media_source.async_browse_media(hass, f"media-source://{DOMAIN}/joie")


async def test_resolve_and_fetch_signed(
    hass: HomeAssistant, zone: MockConfigEntry, hass_client_no_auth: ClientSessionGenerator
) -> None:
    """A track resolves to a signed URL of our view, which serves the WAV without login."""
    resolved = await media_source.async_resolve_media(
        hass, f"media-source://{DOMAIN}/nostalgie", None
    )
    assert resolved.mime_type == "audio/wav"
    assert resolved.url.startswith(f"/api/{DOMAIN}/tracks/nostalgie.wav?authSig=")
    assert resolved.path == tracks.track_path(tracks_dir(hass), "nostalgie")
    assert resolved.path.is_file()

    client = await hass_client_no_auth()
    response = await client.get(resolved.url)
    assert response.status == HTTPStatus.OK
    body = await response.read()
    with wave.open(io.BytesIO(body)) as wav:
        assert wav.getframerate() == tracks.SAMPLE_RATE
    # Without a signature (or with a tampered path), nobody gets it.
    unsigned = await client.get(f"/api/{DOMAIN}/tracks/nostalgie.wav")
    assert unsigned.status == HTTPStatus.UNAUTHORIZED
    with pytest.raises(Unresolvable):
        await media_source.async_resolve_media(hass, f"media-source://{DOMAIN}/joie", None)


async def test_view_synthesises_on_demand(
    hass: HomeAssistant, zone: MockConfigEntry, hass_client: ClientSessionGenerator
) -> None:
    """A logged-in client gets a track never resolved before; an unknown one is 404."""
    client = await hass_client()
    response = await client.get(f"/api/{DOMAIN}/tracks/panique.wav")
    assert response.status == HTTPStatus.OK
    assert response.headers["Content-Type"] == "audio/wav"
    assert (tracks_dir(hass) / "panique-v1.wav").is_file()
    missing = await client.get(f"/api/{DOMAIN}/tracks/joie.wav")
    assert missing.status == HTTPStatus.NOT_FOUND
    signed = async_sign_path(hass, f"/api/{DOMAIN}/tracks/other.wav", timedelta(minutes=1))
    assert (await client.get(signed)).status == HTTPStatus.NOT_FOUND


async def test_speaker_gets_a_resolvable_track(hass: HomeAssistant, lights: list[str]) -> None:
    """set_mood plays our media-source URI on the demo speaker; that URI resolves."""
    # The demo integration pulls in conversation, which needs the core integration first.
    assert await async_setup_component(hass, "homeassistant", {})
    demo = MockConfigEntry(domain="demo")
    demo.add_to_hass(hass)
    assert await hass.config_entries.async_setup(demo.entry_id)
    await hass.async_block_till_done()
    entry = await setup_entry(hass, zone_entry(speakers=["media_player.living_room"]))

    await hass.services.async_call(
        DOMAIN, "set_mood", {"mood": "suspense"}, blocking=True, return_response=True
    )
    player = hass.states.get("media_player.living_room")
    assert player is not None
    uri = player.attributes["media_content_id"]
    assert uri == f"media-source://{DOMAIN}/suspense"
    resolved = await media_source.async_resolve_media(hass, uri, "media_player.living_room")
    assert resolved.url.startswith(f"/api/{DOMAIN}/tracks/suspense.wav")

    assert await hass.config_entries.async_unload(entry.entry_id)
    assert await hass.config_entries.async_unload(demo.entry_id)
    await hass.async_block_till_done()


async def test_mapped_media_is_played(hass: HomeAssistant, lights: list[str]) -> None:
    """A mood mapped to the person's own media plays that instead of our track."""
    hass.states.async_set(
        "media_player.kitchen",
        "idle",
        {"supported_features": 512 | 4},  # PLAY_MEDIA, VOLUME_SET
    )
    calls = async_mock_service(hass, "media_player", "play_media")
    async_mock_service(hass, "media_player", "volume_set")
    entry = await setup_entry(
        hass,
        zone_entry(speakers=["media_player.kitchen"], media={"nostalgie": "library://playlist/7"}),
    )
    await hass.services.async_call(DOMAIN, "set_mood", {"mood": "nostalgie"}, blocking=True)
    await hass.async_block_till_done()
    assert [c.data["media_content_id"] for c in calls] == ["library://playlist/7"]
    assert await hass.config_entries.async_unload(entry.entry_id)
