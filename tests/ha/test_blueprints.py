"""The automation blueprints, loaded by Home Assistant's blueprint integration and run.

set_mood and stop are recorded with ``async_mock_service``: the blueprints' output is the
action call, and what the integration does with it is tested elsewhere.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from pathlib import Path
import shutil
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from homeassistant.components.automation import DOMAIN as AUTOMATION_DOMAIN
from homeassistant.components.automation.helpers import async_get_blueprints
from homeassistant.components.blueprint.importer import _get_github_import_url
from homeassistant.core import HomeAssistant, ServiceCall
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import (
    async_fire_time_changed,
    async_mock_service,
)

from custom_components.synesthetic_dj.const import DOMAIN
from custom_components.synesthetic_dj.interpreters import load_builtin
from custom_components.synesthetic_dj.moodcore import MOODS

SOURCE = Path(__file__).parents[2] / "blueprints" / "automation" / "synesthetic_dj"
BLUEPRINTS = ("mood_by_time_of_day.yaml", "mood_from_sensors.yaml", "bedtime_wind_down.yaml")
ZONE = "zone-entry-id"
GITHUB = "https://github.com/synesthetic-dj/synesthetic-dj/blob/main/blueprints/automation/synesthetic_dj/"


@pytest.fixture
async def blueprint_home(hass: HomeAssistant, tmp_path: Path) -> HomeAssistant:
    """Home Assistant whose config folder holds our blueprints, as after an import."""
    hass.config.config_dir = str(tmp_path)
    shutil.copytree(SOURCE, hass.config.path("blueprints", "automation", "synesthetic_dj"))
    assert await async_setup_component(hass, "homeassistant", {})
    return hass


def _local(hour: int, minute: int = 0, day: int = 20) -> datetime:
    """A moment in Home Assistant's time zone (time triggers are local)."""
    return datetime(2026, 11, day, hour, minute, tzinfo=dt_util.get_default_time_zone())


async def _at(hass: HomeAssistant, freezer: FrozenDateTimeFactory, moment: datetime) -> None:
    freezer.move_to(moment)
    async_fire_time_changed(hass, moment)
    await hass.async_block_till_done()


async def _automation(hass: HomeAssistant, blueprint: str, inputs: dict[str, Any]) -> None:
    assert await async_setup_component(
        hass,
        AUTOMATION_DOMAIN,
        {
            AUTOMATION_DOMAIN: {
                "id": blueprint,
                "alias": blueprint,
                "use_blueprint": {"path": f"synesthetic_dj/{blueprint}", "input": inputs},
            }
        },
    )
    await hass.async_block_till_done()
    # A blueprint that fails validation leaves an unavailable automation behind.
    states = hass.states.async_all(AUTOMATION_DOMAIN)
    assert [state.state for state in states] == ["on"], states


async def _tick(hass: HomeAssistant, freezer: FrozenDateTimeFactory, moment: datetime) -> None:
    """Move time without waiting for every task: a running delay would never be "done"."""
    freezer.move_to(moment)
    async_fire_time_changed(hass, moment)
    for _ in range(20):
        await asyncio.sleep(0)


def _data(calls: list[ServiceCall]) -> list[dict[str, Any]]:
    return [dict(call.data) for call in calls]


@pytest.mark.parametrize("name", BLUEPRINTS)
async def test_blueprints_load(blueprint_home: HomeAssistant, name: str) -> None:
    """Each file is a valid automation blueprint, with a source URL and every mood offered."""
    # The automation integration's own blueprint store, with its schema validation.
    blueprints = async_get_blueprints(blueprint_home)
    blueprint = await blueprints.async_get_blueprint(f"synesthetic_dj/{name}")

    assert blueprint.domain == AUTOMATION_DOMAIN
    assert blueprint.metadata["source_url"] == GITHUB + name
    assert "/" in blueprint.name  # English / French
    zone = blueprint.inputs["zone"]
    assert zone["selector"] == {"config_entry": {"integration": DOMAIN}}
    for key, spec in blueprint.inputs.items():
        select = (spec or {}).get("selector", {}).get("select")
        if key.endswith("_mood"):
            assert [option["value"] for option in select["options"]] == list(MOODS)


async def test_mood_by_time_of_day(
    blueprint_home: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """Morning, evening and night each set their mood at their time, in that zone."""
    hass = blueprint_home
    calls = async_mock_service(hass, DOMAIN, "set_mood")
    await _at(hass, freezer, _local(5))
    await _automation(
        hass,
        "mood_by_time_of_day.yaml",
        {
            "zone": ZONE,
            "morning_time": "06:45:00",
            "morning_mood": "curiosite",
            "evening_mood": "nostalgie",
            "night_time": "23:15:00",
        },
    )

    await _at(hass, freezer, _local(6, 44))
    assert calls == []
    await _at(hass, freezer, _local(6, 45))
    assert _data(calls) == [{"config_entry_id": ZONE, "mood": "curiosite"}]

    await _at(hass, freezer, _local(19))  # the default evening time
    await _at(hass, freezer, _local(23, 15))
    assert _data(calls)[1:] == [
        {"config_entry_id": ZONE, "mood": "nostalgie"},
        {"config_entry_id": ZONE, "mood": "reverie"},  # the default night mood
    ]


async def test_mood_from_rain_calendar_and_door(
    blueprint_home: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """Rain → reverie once; a party event → euphorie; a door at night → detente, by day nothing."""
    hass = blueprint_home
    calls = async_mock_service(hass, DOMAIN, "set_mood")
    await _at(hass, freezer, _local(14))
    hass.states.async_set("weather.home", "sunny")
    hass.states.async_set("calendar.family", "off", {"message": None})
    hass.states.async_set("binary_sensor.front_door", "off", {"device_class": "door"})
    await _automation(
        hass,
        "mood_from_sensors.yaml",
        {
            "zone": ZONE,
            "rain_entities": ["weather.home"],
            "calendars": ["calendar.family"],
            "door_sensors": ["binary_sensor.front_door"],
        },
    )
    expect: list[dict[str, Any]] = []

    hass.states.async_set("weather.home", "rainy")
    await hass.async_block_till_done()
    expect.append({"config_entry_id": ZONE, "mood": "reverie"})
    assert _data(calls) == expect
    hass.states.async_set("weather.home", "pouring")  # still the same rain
    await hass.async_block_till_done()
    assert _data(calls) == expect

    # A calendar entity turns on when an event starts; its message is the event's title.
    hass.states.async_set("calendar.family", "on", {"message": "Réunion de parents"})
    await hass.async_block_till_done()
    assert _data(calls) == expect
    hass.states.async_set("calendar.family", "on", {"message": "Grande FÊTE chez Léa"})
    await hass.async_block_till_done()
    expect.append({"config_entry_id": ZONE, "mood": "euphorie"})
    assert _data(calls) == expect
    hass.states.async_set("calendar.family", "off", {"message": "Birthday party"})
    await hass.async_block_till_done()
    assert _data(calls) == expect  # a party that is over starts nothing

    hass.states.async_set("binary_sensor.front_door", "on", {"device_class": "door"})
    await hass.async_block_till_done()
    assert _data(calls) == expect  # by day, a door is just a door
    hass.states.async_set("binary_sensor.front_door", "off", {"device_class": "door"})
    await _at(hass, freezer, _local(23, 30))
    hass.states.async_set("binary_sensor.front_door", "on", {"device_class": "door"})
    await hass.async_block_till_done()
    expect.append({"config_entry_id": ZONE, "mood": "detente"})
    assert _data(calls) == expect


async def test_sources_left_empty_are_ignored(blueprint_home: HomeAssistant) -> None:
    """Only the zone is required: unused sources validate and never fire."""
    hass = blueprint_home
    calls = async_mock_service(hass, DOMAIN, "set_mood")
    await _automation(hass, "mood_from_sensors.yaml", {"zone": ZONE})
    hass.states.async_set("weather.home", "rainy")
    await hass.async_block_till_done()
    assert calls == []


async def test_bedtime_wind_down(
    blueprint_home: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """At bedtime: "dim, calm" for the chosen length, then stop and lights off."""
    hass = blueprint_home
    set_calls = async_mock_service(hass, DOMAIN, "set_mood")
    stop_calls = async_mock_service(hass, DOMAIN, "stop")
    off_calls = async_mock_service(hass, "light", "turn_off")
    await _at(hass, freezer, _local(21))
    await _automation(
        hass,
        "bedtime_wind_down.yaml",
        {
            "zone": ZONE,
            "bedtime": "22:00:00",
            "wind_down": {"hours": 0, "minutes": 20, "seconds": 0},
            "lights_off": ["light.bedside"],
        },
    )

    start = _local(22)
    await _tick(hass, freezer, start)
    assert _data(set_calls) == [
        {"config_entry_id": ZONE, "description": "dim, calm", "duration": 1200}
    ]
    assert stop_calls == []

    await _tick(hass, freezer, start + timedelta(minutes=19))
    assert stop_calls == []
    await _tick(hass, freezer, start + timedelta(minutes=20, seconds=1))
    assert _data(stop_calls) == [{"config_entry_id": ZONE}]
    assert [call.data["entity_id"] for call in off_calls] == [["light.bedside"]]


async def test_bedtime_respects_days(
    blueprint_home: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """A weekday-only wind-down stays quiet on Saturday night."""
    hass = blueprint_home
    calls = async_mock_service(hass, DOMAIN, "set_mood")
    saturday = _local(22, 30, day=21)
    assert saturday.strftime("%a") == "Sat"
    await _at(hass, freezer, saturday - timedelta(hours=1))
    await _automation(
        hass,
        "bedtime_wind_down.yaml",
        {"zone": ZONE, "weekdays": ["mon", "tue", "wed", "thu", "fri"]},
    )
    await _at(hass, freezer, saturday)
    assert calls == []


@pytest.mark.parametrize("name", BLUEPRINTS)
def test_source_url_is_importable(name: str) -> None:
    """Home Assistant's importer turns each source URL into the raw file of this repository."""
    text = (SOURCE / name).read_text(encoding="utf-8")
    url = GITHUB + name
    assert f"source_url: {url}\n" in text
    assert _get_github_import_url(url) == (
        "https://raw.githubusercontent.com/synesthetic-dj/synesthetic-dj/main/"
        f"blueprints/automation/synesthetic_dj/{name}"
    )


async def test_bedtime_default_words_mean_a_dim_relaxation(blueprint_home: HomeAssistant) -> None:
    """The wind-down's default description is read by the built-in interpreter as dim détente."""
    blueprint = await async_get_blueprints(blueprint_home).async_get_blueprint(
        "synesthetic_dj/bedtime_wind_down.yaml"
    )
    words = blueprint.inputs["description"]["default"]
    for lang in ("en", None):
        interpretation = load_builtin().interpret(words, lang)
        assert interpretation.mood == "detente"
        assert interpretation.wishes.brightness == "dim"
