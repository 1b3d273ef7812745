"""Constants for the Synesthetic DJ integration."""

from typing import Final

DOMAIN: Final = "synesthetic_dj"

CONF_LIGHTS: Final = "lights"
CONF_SPEAKERS: Final = "speakers"
CONF_INTERPRETER: Final = "interpreter"
CONF_LANGUAGE: Final = "language"

INTERPRETER_BUILTIN: Final = "builtin"
INTERPRETER_OLLAMA: Final = "ollama"

LANGUAGE_AUTO: Final = "auto"
LANGUAGES: Final = (LANGUAGE_AUTO, "fr", "en")
