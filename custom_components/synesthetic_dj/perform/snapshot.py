"""Snapshots of lights and speakers taken before we touch them, and the calls that restore them.

A snapshot is plain data captured from a ``State``; restoring is a list of service calls the
caller runs with its own context. Keeping both sides here means the restore of a light can never
send two colour attributes at once (HA rejects ``rgb_color`` + ``color_temp_kelvin``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from homeassistant.components.light import (
    ATTR_BRIGHTNESS,
    ATTR_COLOR_MODE,
    ATTR_COLOR_TEMP_KELVIN,
    ATTR_HS_COLOR,
    ATTR_RGB_COLOR,
    ATTR_RGBW_COLOR,
    ATTR_RGBWW_COLOR,
    ATTR_TRANSITION,
    ATTR_XY_COLOR,
)
from homeassistant.components.light.const import ColorMode
from homeassistant.components.media_player.const import (
    ATTR_MEDIA_CONTENT_ID,
    ATTR_MEDIA_CONTENT_TYPE,
    ATTR_MEDIA_VOLUME_LEVEL,
    MediaPlayerEntityFeature,
    MediaPlayerState,
)
from homeassistant.const import (
    ATTR_ENTITY_ID,
    ATTR_SUPPORTED_FEATURES,
    SERVICE_MEDIA_PAUSE,
    SERVICE_MEDIA_PLAY,
    SERVICE_MEDIA_STOP,
    SERVICE_TURN_OFF,
    SERVICE_TURN_ON,
    SERVICE_VOLUME_SET,
    STATE_ON,
)
from homeassistant.core import State

#: Which attribute carries the colour for each colour mode a light can report.
_COLOR_ATTRIBUTE: Final[dict[str, str]] = {
    ColorMode.COLOR_TEMP: ATTR_COLOR_TEMP_KELVIN,
    ColorMode.HS: ATTR_HS_COLOR,
    ColorMode.XY: ATTR_XY_COLOR,
    ColorMode.RGB: ATTR_RGB_COLOR,
    ColorMode.RGBW: ATTR_RGBW_COLOR,
    ColorMode.RGBWW: ATTR_RGBWW_COLOR,
}
#: A short fade back to the user's light reads as "the mood ends", not as a glitch.
RESTORE_TRANSITION_S: Final = 1.0


@dataclass(frozen=True, slots=True)
class Call:
    """One service call of a restore: domain, service and data."""

    domain: str
    service: str
    data: dict[str, Any]


@dataclass(frozen=True, slots=True)
class LightSnapshot:
    """A light as the user left it."""

    entity_id: str
    on: bool
    brightness: int | None
    color_attribute: str | None
    color: Any

    @classmethod
    def capture(cls, state: State) -> LightSnapshot:
        attrs = state.attributes
        mode = attrs.get(ATTR_COLOR_MODE)
        color_attribute = _COLOR_ATTRIBUTE.get(str(mode)) if mode is not None else None
        color = attrs.get(color_attribute) if color_attribute else None
        brightness = attrs.get(ATTR_BRIGHTNESS)
        return cls(
            entity_id=state.entity_id,
            on=state.state == STATE_ON,
            brightness=int(brightness) if isinstance(brightness, int | float) else None,
            color_attribute=color_attribute if color is not None else None,
            color=tuple(color) if isinstance(color, list | tuple) else color,
        )

    def restore_calls(self, *, transition: bool) -> list[Call]:
        data: dict[str, Any] = {ATTR_ENTITY_ID: self.entity_id}
        if transition:
            data[ATTR_TRANSITION] = RESTORE_TRANSITION_S
        if not self.on:
            return [Call("light", SERVICE_TURN_OFF, data)]
        if self.brightness is not None:
            data[ATTR_BRIGHTNESS] = self.brightness
        if self.color_attribute is not None:
            data[self.color_attribute] = self.color
        return [Call("light", SERVICE_TURN_ON, data)]


@dataclass(frozen=True, slots=True)
class PlayerSnapshot:
    """A speaker as the user left it: what it was doing and how loud."""

    entity_id: str
    state: str
    volume: float | None
    features: int
    #: What it was playing: kept for diagnostics, never replayed (see restore_calls).
    content_id: str | None = None
    content_type: str | None = None

    @classmethod
    def capture(cls, state: State) -> PlayerSnapshot:
        volume = state.attributes.get(ATTR_MEDIA_VOLUME_LEVEL)
        content_id = state.attributes.get(ATTR_MEDIA_CONTENT_ID)
        content_type = state.attributes.get(ATTR_MEDIA_CONTENT_TYPE)
        return cls(
            entity_id=state.entity_id,
            state=state.state,
            volume=float(volume) if isinstance(volume, int | float) else None,
            features=int(state.attributes.get(ATTR_SUPPORTED_FEATURES) or 0),
            content_id=str(content_id) if content_id is not None else None,
            content_type=str(content_type) if content_type is not None else None,
        )

    def supports(self, feature: MediaPlayerEntityFeature) -> bool:
        return bool(self.features & feature)

    def restore_calls(self, *, volume_changed: bool) -> list[Call]:
        """Volume back first (so a resumed track is not loud), then the old playback state.

        A player that was playing resumes with ``media_play``: replaying its old content id
        would restart the track from the beginning, or fail for queues and streams.
        """
        target = {ATTR_ENTITY_ID: self.entity_id}
        calls: list[Call] = []
        if (
            volume_changed
            and self.volume is not None
            and self.supports(MediaPlayerEntityFeature.VOLUME_SET)
        ):
            calls.append(
                Call("media_player", SERVICE_VOLUME_SET, target | {"volume_level": self.volume})
            )
        if self.state == MediaPlayerState.PLAYING:
            if self.supports(MediaPlayerEntityFeature.PLAY):
                calls.append(Call("media_player", SERVICE_MEDIA_PLAY, dict(target)))
        elif self.state == MediaPlayerState.PAUSED and self.supports(
            MediaPlayerEntityFeature.PAUSE
        ):
            calls.append(Call("media_player", SERVICE_MEDIA_PAUSE, dict(target)))
        elif self.state == MediaPlayerState.OFF and self.supports(
            MediaPlayerEntityFeature.TURN_OFF
        ):
            calls.append(Call("media_player", SERVICE_TURN_OFF, dict(target)))
        elif self.supports(MediaPlayerEntityFeature.STOP):
            calls.append(Call("media_player", SERVICE_MEDIA_STOP, dict(target)))
        elif self.supports(MediaPlayerEntityFeature.PAUSE):
            calls.append(Call("media_player", SERVICE_MEDIA_PAUSE, dict(target)))
        return calls
