"""Constants for the Synesthetic DJ integration."""

from __future__ import annotations

import logging
from typing import Final

DOMAIN: Final = "synesthetic_dj"
LOGGER: Final = logging.getLogger(__package__)

# Entry data: what identifies the zone and how it understands text (reconfigure flow).
CONF_INTERPRETER: Final = "interpreter"
CONF_OLLAMA_URL: Final = "ollama_url"
CONF_OLLAMA_MODEL: Final = "ollama_model"

# Entry options: what the zone drives and how (options flow).
CONF_LIGHTS: Final = "lights"
CONF_SPEAKERS: Final = "speakers"
CONF_LANGUAGE: Final = "language"
CONF_LOOP: Final = "loop"
CONF_SPLIT_COLOR_BRIGHTNESS: Final = "split_color_brightness"
CONF_MEDIA: Final = "media"
# Whether the zone answers Assist sentences (on unless turned off).
CONF_ASSIST: Final = "assist"
# Seconds an Ollama zone waits for the model before the built-in interpreter answers.
CONF_OLLAMA_TIMEOUT: Final = "ollama_timeout"

INTERPRETER_BUILTIN: Final = "builtin"
INTERPRETER_OLLAMA: Final = "ollama"
INTERPRETERS: Final = (INTERPRETER_BUILTIN, INTERPRETER_OLLAMA)

DEFAULT_OLLAMA_URL: Final = "http://localhost:11434"
DEFAULT_OLLAMA_MODEL: Final = "synesthetic-dj"

LANGUAGE_AUTO: Final = "auto"
LANGUAGES: Final = (LANGUAGE_AUTO, "fr", "en")

DEFAULT_LOOP: Final = True
DEFAULT_SPLIT_COLOR_BRIGHTNESS: Final = False
DEFAULT_ASSIST: Final = True

# The text entity's state is capped at 255 characters by Home Assistant; actions accept a
# little more because automations may pass a whole message.
MAX_DESCRIPTION_LENGTH: Final = 1000
MAX_MEDIA_URI_LENGTH: Final = 2048
# A day at most: an ambiance meant to last longer should simply loop.
MAX_DURATION_S: Final = 86400.0

# Service (action) names and fields.
SERVICE_SET_MOOD: Final = "set_mood"
SERVICE_STOP: Final = "stop"
SERVICE_INTERPRET: Final = "interpret"
ATTR_CONFIG_ENTRY_ID: Final = "config_entry_id"
ATTR_DESCRIPTION: Final = "description"
ATTR_MOOD: Final = "mood"
ATTR_LIGHTS: Final = "lights"
ATTR_SPEAKERS: Final = "speakers"
ATTR_DURATION: Final = "duration"
ATTR_LOOP: Final = "loop"

# Our own tracks (media-source://synesthetic_dj/<mood>) are served by this view.
TRACKS_URL: Final = f"/api/{DOMAIN}/tracks/{{mood}}.wav"
