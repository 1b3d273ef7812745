"""manifest.json and hacs.json carry what hassfest and HACS require."""

from __future__ import annotations

import json
from pathlib import Path
import re

from awesomeversion import AwesomeVersion, AwesomeVersionStrategy
from homeassistant.const import __version__ as HA_VERSION
from homeassistant.core import HomeAssistant
from homeassistant.loader import async_get_integration

ROOT = Path(__file__).parents[2]
MANIFEST = json.loads(
    (ROOT / "custom_components/synesthetic_dj/manifest.json").read_text(encoding="utf-8")
)
HACS = json.loads((ROOT / "hacs.json").read_text(encoding="utf-8"))

# hassfest: domain and name first, then the rest sorted.
REQUIRED_MANIFEST_KEYS = {
    "domain",
    "name",
    "codeowners",
    "config_flow",
    "documentation",
    "integration_type",
    "iot_class",
    "issue_tracker",
    "requirements",
    "version",
}
IOT_CLASSES = {
    "assumed_state",
    "calculated",
    "cloud_polling",
    "cloud_push",
    "local_polling",
    "local_push",
}
INTEGRATION_TYPES = {
    "device",
    "entity",
    "hardware",
    "helper",
    "hub",
    "service",
    "system",
    "virtual",
}
HACS_KEYS = {
    "name",
    "content_in_root",
    "zip_release",
    "filename",
    "hide_default_branch",
    "country",
    "homeassistant",
    "hacs",
    "persistent_directory",
    "render_readme",
}


def test_manifest_keys_and_order() -> None:
    """Required keys present, domain then name first, the rest alphabetical."""
    keys = list(MANIFEST)
    assert set(keys) >= REQUIRED_MANIFEST_KEYS
    assert keys[:2] == ["domain", "name"]
    assert keys[2:] == sorted(keys[2:])


def test_manifest_values() -> None:
    """Values have the types and vocabularies hassfest accepts."""
    assert MANIFEST["domain"] == "synesthetic_dj"
    assert MANIFEST["config_flow"] is True
    assert MANIFEST["iot_class"] in IOT_CLASSES
    assert MANIFEST["integration_type"] in INTEGRATION_TYPES
    assert all(re.fullmatch(r"@[\w-]+", owner) for owner in MANIFEST["codeowners"])
    assert MANIFEST["codeowners"]
    for key in ("documentation", "issue_tracker"):
        assert MANIFEST[key].startswith("https://")
    assert AwesomeVersion(MANIFEST["version"]).strategy is AwesomeVersionStrategy.SEMVER
    assert all(re.fullmatch(r"[A-Za-z0-9_.\-\[\]]+==[\w.]+", r) for r in MANIFEST["requirements"])


def test_hacs_json() -> None:
    """hacs.json uses only keys HACS knows and a minimum HA version we satisfy."""
    assert set(HACS) <= HACS_KEYS
    assert HACS["name"] == MANIFEST["name"]
    assert AwesomeVersion(HACS["homeassistant"]) <= AwesomeVersion(HA_VERSION)


async def test_home_assistant_reads_the_manifest(hass: HomeAssistant) -> None:
    """Home Assistant's own loader accepts the integration as a custom integration."""
    integration = await async_get_integration(hass, "synesthetic_dj")
    assert not integration.is_built_in
    assert integration.version == AwesomeVersion(MANIFEST["version"])
    assert integration.config_flow
    assert integration.requirements == MANIFEST["requirements"]
