"""Assist sentences in a real Home Assistant: the default agent, real zones, template lights."""

from __future__ import annotations

from collections.abc import AsyncGenerator

from homeassistant.components import conversation
from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import CONF_NAME
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import area_registry as ar, device_registry as dr, entity_registry as er
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.synesthetic_dj.assist import async_assist_active, async_setup_assist
from custom_components.synesthetic_dj.const import (
    CONF_ASSIST,
    CONF_INTERPRETER,
    CONF_LANGUAGE,
    CONF_LIGHTS,
    CONF_SPEAKERS,
    DOMAIN,
    INTERPRETER_BUILTIN,
)
from custom_components.synesthetic_dj.moodcore import load_catalog, narrate
from custom_components.synesthetic_dj.speech import fold, match_mood
from custom_components.synesthetic_dj.zone import Zone
from tests.ha.perform_helpers import async_setup_lights, light_config

LIGHTS = ("Salon lamp", "Chambre lamp", "Bureau lamp")


@pytest.fixture
async def home(hass: HomeAssistant) -> AsyncGenerator[HomeAssistant]:
    """Home Assistant with the conversation agent and three optimistic template lights."""
    assert await async_setup_component(hass, "homeassistant", {})
    assert await async_setup_component(hass, "conversation", {})
    await async_setup_lights(hass, *(light_config(name, transition=False) for name in LIGHTS))
    yield hass
    # Unload every zone so no ambiance task outlives the test.
    for entry in hass.config_entries.async_entries(DOMAIN):
        if entry.state is ConfigEntryState.LOADED:
            assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()


async def _zone(
    hass: HomeAssistant, title: str, light: str | None, *, assist: bool | None = None
) -> MockConfigEntry:
    options = {
        CONF_LIGHTS: [light] if light else [],
        CONF_SPEAKERS: [],
        CONF_LANGUAGE: "auto",
        CONF_INTERPRETER: INTERPRETER_BUILTIN,
    }
    if assist is not None:
        options[CONF_ASSIST] = assist
    entry = MockConfigEntry(
        domain=DOMAIN,
        title=title,
        unique_id=fold(title),
        data={CONF_NAME: title},
        options=options,
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED
    # Idempotent: the integration's own setup calls it too once the hook is wired
    # (test_sentences_need_no_setup checks that on its own).
    await async_setup_assist(hass, entry)
    return entry


async def _say(hass: HomeAssistant, text: str, language: str, device_id: str | None = None) -> str:
    result = await conversation.async_converse(
        hass, text, None, Context(), language=language, device_id=device_id
    )
    await hass.async_block_till_done()
    speech: str = result.response.speech["plain"]["speech"]
    return speech


def _zone_of(entry: MockConfigEntry) -> Zone:
    zone: Zone = entry.runtime_data
    return zone


def _narration(zone: Zone, lang: str) -> str:
    assert zone.current is not None
    interpretation = zone.current.interpretation
    return narrate(interpretation.mood, lang, interpretation.wishes)


@pytest.mark.parametrize(
    ("sentence", "language", "description"),
    [
        ("Je me sens fatigué mais content", "fr", "fatigué mais content"),
        ("je me sens fatigue mais content", "fr", "fatigue mais content"),
        ("Mets une ambiance douce et chaleureuse.", "fr", "douce et chaleureuse"),
        ("mets l'ambiance calme, s'il te plaît", "fr", "calme"),
        ("Crée une ambiance festive", "fr", "festive"),
        ("cree une ambiance festive", "fr", "festive"),
        ("Set the mood to calm and cosy", "en", "calm and cosy"),
        ("I feel tired and a bit sad", "en", "tired and a bit sad"),
        ("I'm feeling nervous about tomorrow", "en", "nervous about tomorrow"),
        # French words on an English pipeline: answered in the pipeline's language.
        ("je me sens triste", "en", "triste"),
    ],
)
async def test_description_sentences(
    home: HomeAssistant, sentence: str, language: str, description: str
) -> None:
    """The wildcard reaches set_mood as typed; the reply is the narration, in the speaker's language."""
    entry = await _zone(home, "Salon", "light.salon_lamp")
    zone = _zone_of(entry)

    speech = await _say(home, sentence, language)

    assert zone.description == description
    assert zone.current is not None
    assert zone.running
    assert speech == _narration(zone, language)
    assert home.states.get("light.salon_lamp").state == "on"


@pytest.mark.parametrize(
    ("sentence", "language", "mood"),
    [
        ("ambiance rêverie", "fr", "reverie"),
        ("Ambiance reverie", "fr", "reverie"),
        ("ambiance bonne humeur", "fr", "bonnehumeur"),
        ("ambiance Détente", "en", "detente"),
        ("ambiance inquietude", "fr", "inquietude"),
        ("mood euphoria", "en", "euphorie"),
        ("ambiance good mood", "en", "bonnehumeur"),
    ],
)
async def test_mood_by_name(home: HomeAssistant, sentence: str, language: str, mood: str) -> None:
    """A mood named in French or English, accents or not, is chosen directly."""
    entry = await _zone(home, "Salon", "light.salon_lamp")
    zone = _zone_of(entry)

    speech = await _say(home, sentence, language)

    assert zone.current is not None
    assert zone.current.interpretation.mood == mood
    assert zone.current.interpretation.interpreter == "direct"
    # The zone narrates in Home Assistant's language (English here); the reply follows
    # the conversation instead.
    assert speech == load_catalog()[mood].narration(language)


async def test_unknown_mood_name_is_a_description(home: HomeAssistant) -> None:
    """ "ambiance tamisée" is no mood's name: the words are interpreted instead of refused."""
    entry = await _zone(home, "Salon", "light.salon_lamp")
    zone = _zone_of(entry)

    speech = await _say(home, "ambiance tamisée et calme", "fr")

    assert zone.description == "tamisée et calme"
    assert zone.current is not None
    assert zone.current.interpretation.interpreter != "direct"
    assert speech == _narration(zone, "fr")


def test_every_catalog_name_is_understood() -> None:
    """All twelve moods by id, French and English name, with and without accents."""
    for mood_id, mood in load_catalog().items():
        for name in (mood_id, mood.name_fr, mood.name_en, fold(mood.name_fr), mood.name_fr.upper()):
            assert match_mood(name) == mood_id, name
    assert match_mood("tamisée") is None


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("arrête l'ambiance", "fr", "Salon : ambiance arrêtée"),
        ("Arrete l’ambiance !", "fr", "Salon : ambiance arrêtée"),
        ("stop the ambiance", "en", "Salon: ambiance stopped"),
        ("Turn off the mood", "en", "Salon: ambiance stopped"),
    ],
)
async def test_stop(home: HomeAssistant, sentence: str, language: str, expected: str) -> None:
    """Stopping ends the run and says so."""
    entry = await _zone(home, "Salon", "light.salon_lamp")
    zone = _zone_of(entry)
    await _say(home, "je me sens joyeux", "fr")
    assert zone.running

    speech = await _say(home, sentence, language)

    assert speech.startswith(expected)
    assert not zone.running
    assert zone.current is None


async def test_which_room(home: HomeAssistant) -> None:
    """Two zones and nothing telling them apart: a spoken question listing the rooms."""
    salon = await _zone(home, "Salon", "light.salon_lamp")
    chambre = await _zone(home, "Chambre", "light.chambre_lamp")

    fr = await _say(home, "je me sens bien", "fr")
    en = await _say(home, "I feel great", "en")

    assert fr == "Dans quelle pièce ? Je peux mettre l'ambiance dans : Chambre, Salon."
    assert en == "Which room do you mean? I can set the ambiance in: Chambre, Salon."
    assert _zone_of(salon).current is None
    assert _zone_of(chambre).current is None


async def test_room_named_in_the_sentence(home: HomeAssistant) -> None:
    """ "… dans la chambre" picks that zone and is not part of the feeling."""
    salon = await _zone(home, "Salon", "light.salon_lamp")
    chambre = await _zone(home, "Chambre", "light.chambre_lamp")

    speech = await _say(home, "mets une ambiance calme dans la chambre", "fr")

    assert _zone_of(chambre).description == "calme"
    assert _zone_of(salon).current is None
    assert speech == _narration(_zone_of(chambre), "fr")

    await _say(home, "set the mood cheerful in the Salon", "en")
    assert _zone_of(salon).description == "cheerful"

    # An unknown place stays part of the words: with two zones, the person is asked.
    speech = await _say(home, "I feel lost in the woods", "en")
    assert speech.startswith("Which room do you mean?")


async def _satellite(hass: HomeAssistant, area_name: str) -> str:
    """A voice satellite's device, placed in an area."""
    source = MockConfigEntry(domain="test")
    source.add_to_hass(hass)
    area = ar.async_get(hass).async_get_or_create(area_name)
    device = dr.async_get(hass).async_get_or_create(
        config_entry_id=source.entry_id,
        identifiers={("test", area_name)},
        name=f"Satellite {area_name}",
    )
    dr.async_get(hass).async_update_device(device.id, area_id=area.id)
    return device.id


async def test_satellite_area_picks_the_zone(home: HomeAssistant) -> None:
    """The room the person speaks in: a zone's light in that area, or a zone named like it."""
    salon = await _zone(home, "Salon", "light.salon_lamp")
    chambre = await _zone(home, "Chambre", "light.chambre_lamp")
    bedroom = await _satellite(home, "Chambre à coucher")
    area_id = ar.async_get(home).async_get_area_by_name("Chambre à coucher")
    assert area_id is not None
    er.async_get(home).async_update_entity("light.chambre_lamp", area_id=area_id.id)
    living = await _satellite(home, "Salon")

    await _say(home, "je me sens nostalgique", "fr", device_id=bedroom)
    assert _zone_of(chambre).description == "nostalgique"
    assert _zone_of(salon).current is None

    await _say(home, "I feel happy", "en", device_id=living)
    assert _zone_of(salon).description == "happy"

    # A satellite in a room with no zone still has to say which one.
    kitchen = await _satellite(home, "Cuisine")
    speech = await _say(home, "I feel happy", "en", device_id=kitchen)
    assert speech == "Which room do you mean? I can set the ambiance in: Chambre, Salon."


async def test_ambiguous_and_unknown_rooms(home: HomeAssistant) -> None:
    """Two zones in the speaker's area: asked, not guessed."""
    await _zone(home, "Salon", "light.salon_lamp")
    await _zone(home, "Salon TV", "light.bureau_lamp")
    living = await _satellite(home, "Salon")
    area = ar.async_get(home).async_get_area_by_name("Salon")
    assert area is not None
    er.async_get(home).async_update_entity("light.bureau_lamp", area_id=area.id)

    speech = await _say(home, "je me sens bien", "fr", device_id=living)
    assert speech == "Plusieurs pièces correspondent : Salon, Salon TV. Laquelle voulez-vous ?"


async def test_integration_error_is_spoken(home: HomeAssistant) -> None:
    """A zone that refuses (it has no light) answers in the speaker's language, not a crash."""
    await _zone(home, "Salon", None)

    en = await _say(home, "I feel great", "en")
    fr = await _say(home, "je me sens bien", "fr")

    # The integration's own translated exception, in the conversation's language.
    assert en == (
        "Sorry, I could not change the ambiance: Zone Salon has no light to play the ambiance on."
    )
    assert fr == (
        "Désolé, je n'ai pas pu changer l'ambiance : "
        "La zone Salon n'a aucune lumière pour jouer l'ambiance."
    )


async def test_option_off_removes_the_sentences(home: HomeAssistant) -> None:
    """A zone with the option off does not answer; with no zone left, nothing is attached."""
    entry = await _zone(home, "Salon", "light.salon_lamp", assist=False)

    speech = await _say(home, "je me sens fatigué", "fr")

    assert not async_assist_active(home)
    assert _zone_of(entry).current is None
    assert "ambiance" not in speech.lower()


async def test_turning_the_option_off(home: HomeAssistant) -> None:
    """The options flow saves the option and reloads the zone: the sentences go away."""
    entry = await _zone(home, "Salon", "light.salon_lamp")
    assert async_assist_active(home)

    home.config_entries.async_update_entry(entry, options={**entry.options, CONF_ASSIST: False})
    assert await home.config_entries.async_reload(entry.entry_id)
    await home.async_block_till_done()
    await async_setup_assist(home, entry)  # what the integration's setup does: nothing now

    assert not async_assist_active(home)
    speech = await _say(home, "je me sens fatigué", "fr")
    assert _zone_of(entry).current is None
    assert "ambiance" not in speech.lower()


async def test_unload_of_last_zone_removes_the_sentences(home: HomeAssistant) -> None:
    """The sentences live as long as one zone that wants them."""
    salon = await _zone(home, "Salon", "light.salon_lamp")
    chambre = await _zone(home, "Chambre", "light.chambre_lamp", assist=False)
    assert async_assist_active(home)

    assert await home.config_entries.async_unload(salon.entry_id)
    await home.async_block_till_done()
    assert not async_assist_active(home)
    speech = await _say(home, "je me sens fatigué", "fr")
    assert _zone_of(chambre).current is None
    assert "ambiance" not in speech.lower()

    assert await home.config_entries.async_setup(salon.entry_id)
    await home.async_block_till_done()
    await async_setup_assist(home, salon)
    assert async_assist_active(home)
    await _say(home, "je me sens fatigué", "fr")
    assert _zone_of(salon).description == "fatigué"


async def test_sentences_need_no_setup(home: HomeAssistant) -> None:
    """Loading a zone is enough: the integration attaches the sentences itself."""
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Salon",
        data={CONF_NAME: "Salon"},
        options={CONF_LIGHTS: ["light.salon_lamp"], CONF_INTERPRETER: INTERPRETER_BUILTIN},
    )
    entry.add_to_hass(home)
    assert await home.config_entries.async_setup(entry.entry_id)
    await home.async_block_till_done()

    assert async_assist_active(home)
    await _say(home, "je me sens serein", "fr")
    assert _zone_of(entry).description == "serein"
