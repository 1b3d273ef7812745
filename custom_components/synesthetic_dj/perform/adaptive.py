"""Keep adaptive-lighting off our lights while a mood plays, and hand them back afterwards.

adaptive-lighting (a custom integration) adjusts lights every 90 s by default; left alone it
would pull a mood back to daylight white, and our run would take that for a user takeover.
Marking the lights as manually controlled pauses it for exactly those lights.
"""

from __future__ import annotations

from collections.abc import Iterable
import logging
from typing import Final

from homeassistant.core import Context, HomeAssistant

_LOGGER = logging.getLogger(__name__)

DOMAIN: Final = "adaptive_lighting"
SERVICE: Final = "set_manual_control"


def available(hass: HomeAssistant) -> bool:
    return hass.services.has_service(DOMAIN, SERVICE)


async def async_set_manual_control(
    hass: HomeAssistant, lights: Iterable[str], manual: bool, context: Context
) -> None:
    """Mark (or unmark) each light as manually controlled; silent when the integration is absent.

    One call per light: adaptive-lighting rejects a call whose lights belong to several of its
    switches, and a light that none of its switches manages must not spoil the others.
    """
    if not available(hass):
        return
    for light in lights:
        try:
            await hass.services.async_call(
                DOMAIN,
                SERVICE,
                {"lights": [light], "manual_control": manual},
                blocking=True,
                context=context,
            )
        except Exception as err:
            # A third-party integration's own errors (ValueError for a light it does not
            # manage, schema errors across its versions) must never break a mood.
            _LOGGER.debug("adaptive_lighting.%s for %s failed: %s", SERVICE, light, err)
