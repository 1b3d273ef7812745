"""Everything a person reads exists in English and French, and matches the code."""

from __future__ import annotations

from collections.abc import Iterator
import json
from pathlib import Path
import re
from typing import Any

import hass_frontend
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
import pytest
import yaml

from custom_components.synesthetic_dj.const import DOMAIN
from custom_components.synesthetic_dj.moodcore import MOODS, load_catalog

PACKAGE = Path(__file__).parents[2] / "custom_components/synesthetic_dj"
STRINGS = json.loads((PACKAGE / "strings.json").read_text(encoding="utf-8"))
EN = json.loads((PACKAGE / "translations/en.json").read_text(encoding="utf-8"))
FR = json.loads((PACKAGE / "translations/fr.json").read_text(encoding="utf-8"))
SERVICES = yaml.safe_load((PACKAGE / "services.yaml").read_text(encoding="utf-8"))
ICONS = json.loads((PACKAGE / "icons.json").read_text(encoding="utf-8"))
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _leaves(tree: dict[str, Any], prefix: str = "") -> Iterator[tuple[str, str]]:
    for key, value in tree.items():
        if isinstance(value, dict):
            yield from _leaves(value, f"{prefix}{key}.")
        else:
            yield f"{prefix}{key}", value


def test_same_keys_in_every_language() -> None:
    """strings.json, en.json and fr.json have exactly the same keys; en.json is strings.json."""
    assert EN == STRINGS
    assert dict(_leaves(FR)).keys() == dict(_leaves(STRINGS)).keys()


def test_french_is_french_and_keeps_placeholders() -> None:
    """Every French string is filled, uses the same placeholders, and most are translated."""
    english, french = dict(_leaves(STRINGS)), dict(_leaves(FR))
    for key, text in english.items():
        assert french[key].strip(), key
        assert set(PLACEHOLDER.findall(french[key])) == set(PLACEHOLDER.findall(text)), key
    same = [k for k, v in english.items() if french[k] == v]
    assert len(same) < len(english) / 10, same


def test_every_form_field_is_described() -> None:
    """Each config/options field has a label and a data_description, in both languages."""
    for strings in (STRINGS, FR):
        for flow in ("config", "options"):
            for step, texts in strings[flow]["step"].items():
                assert texts["data"].keys() == texts["data_description"].keys(), (flow, step)


def test_exception_keys_used_in_code_exist() -> None:
    """Every translation key the code raises is in strings.json, and none is unused."""
    code = "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.glob("*.py"))
    used = set(re.findall(r'(?:validation_error|failure)\(\s*"(\w+)"', code))
    used |= set(re.findall(r'translation_key="(\w+)"', code))
    assert used == set(STRINGS["exceptions"])


def test_services_yaml_matches_strings_and_icons() -> None:
    """Actions and their fields are named and described, and each has an icon."""
    assert SERVICES.keys() == STRINGS["services"].keys() == ICONS["services"].keys()
    for service, spec in SERVICES.items():
        assert spec["fields"].keys() == STRINGS["services"][service]["fields"].keys(), service
    options = SERVICES["set_mood"]["fields"]["mood"]["selector"]["select"]["options"]
    assert options == list(MOODS)
    assert list(STRINGS["selector"]["mood"]["options"]) == list(MOODS)


async def test_actions_registered_are_the_documented_ones(hass: HomeAssistant) -> None:
    """What async_setup registers is exactly what services.yaml documents."""
    assert await async_setup_component(hass, DOMAIN, {})
    assert set(hass.services.async_services_for_domain(DOMAIN)) == set(SERVICES)


def test_entity_translations_and_icons() -> None:
    """Every entity translation key has an icon, and the mood names are the catalog's."""
    assert {(platform, key) for platform, keys in STRINGS["entity"].items() for key in keys} == {
        (platform, key) for platform, keys in ICONS["entity"].items() for key in keys
    }
    assert set(ICONS["entity"]["sensor"]["mood"]["state"]) == set(MOODS)
    catalog = load_catalog()
    for strings, lang in ((STRINGS, "en"), (FR, "fr")):
        names = {mood: catalog[mood].name(lang) for mood in MOODS}
        assert strings["entity"]["sensor"]["mood"]["state"] == names
        assert strings["entity"]["select"]["mood_choice"]["state"] == names
        assert strings["options"]["step"]["media"]["data"] == names


@pytest.mark.parametrize("selector", ["language", "interpreter"])
def test_flow_selectors_are_translated(selector: str) -> None:
    """The select options of the flows have labels in both languages."""
    assert (
        STRINGS["selector"][selector]["options"].keys()
        == FR["selector"][selector]["options"].keys()
    )


def test_icons_exist_in_the_frontend() -> None:
    """Every mdi icon we name is one the bundled frontend can draw."""
    known: set[str] = set()
    for path in (Path(hass_frontend.__file__).parent / "static/mdi").glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict):
            known |= set(data)
    used = {value for _, value in _leaves(ICONS)}
    assert used
    assert {icon.removeprefix("mdi:") for icon in used} <= known
