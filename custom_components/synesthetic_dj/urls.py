"""Checks and redaction of the URLs a person types (Ollama server, their own media)."""

from __future__ import annotations

import re

from yarl import URL

from .const import MAX_MEDIA_URI_LENGTH

# media-source://, http(s)://, and the URI schemes of players such as Music Assistant
# (library://, spotify://...): a scheme, "://", then something without blanks.
_MEDIA_URI = re.compile(r"^[a-z][a-z0-9+.\-]*://\S+$", re.IGNORECASE)


def valid_http_url(value: str) -> bool:
    """An absolute http(s) URL with a host, as an Ollama server needs."""
    try:
        url = URL(value)
    except ValueError:
        return False
    return url.scheme in ("http", "https") and bool(url.host) and " " not in value


def valid_media_uri(value: str) -> bool:
    """Something a media player can be asked to play by content id."""
    return len(value) <= MAX_MEDIA_URI_LENGTH and _MEDIA_URI.match(value) is not None


def redact_url(value: str) -> str:
    """The URL without user, password and query, which may carry credentials or tokens."""
    try:
        url = URL(value)
    except ValueError:
        return "**REDACTED**"
    if not url.absolute:
        return value
    if url.user is not None or url.password is not None:
        url = url.with_user("**REDACTED**").with_password(None)
    if url.query_string:
        url = url.with_query({"**REDACTED**": ""})
    return str(url)
