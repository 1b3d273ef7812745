"""The Ollama interpreter against a real HTTP server on 127.0.0.1: answers, repairs, faults.

Every fault must end in a valid ambiance from the built-in interpreter, within the time
budget plus half a second, with the reason recorded and no error in the log.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
import logging
import time

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ConfigEntryNotReady
from homeassistant.helpers import issue_registry as ir
import pytest

from custom_components.synesthetic_dj.const import DOMAIN
from custom_components.synesthetic_dj.interpreters import async_get_builtin
from custom_components.synesthetic_dj.moodcore import (
    LLM_OUTPUT_SCHEMA,
    MOODS,
    SYSTEM_PROMPT,
    Interpretation,
    compose,
    validate_ambiance,
)
from custom_components.synesthetic_dj.ollama_client import (
    CHAT_OPTIONS,
    ISSUE_UNREACHABLE,
    KEEP_ALIVE,
    InvalidOutput,
    OllamaInterpreter,
    parse_answer,
)
from tests.ha.ollama_server import GOOD_ANSWER, FakeOllama, Reply, closed_port_url

BUDGET = 1.0  # seconds: short, so the slow-server tests stay quick
SAD_FR = "je suis triste ce soir"


@pytest.fixture
async def server(socket_enabled: None) -> AsyncGenerator[FakeOllama]:
    fake = FakeOllama()
    await fake.start()
    yield fake
    await fake.stop()


async def make(hass: HomeAssistant, url: str, timeout: float = BUDGET) -> OllamaInterpreter:
    builtin = await async_get_builtin(hass)
    return OllamaInterpreter(
        hass,
        url=url,
        model="synesthetic-dj",
        builtin=builtin,
        entry_id="entry1",
        zone_name="Salon",
        timeout=timeout,
    )


@pytest.fixture
async def interpreter(hass: HomeAssistant, server: FakeOllama) -> AsyncGenerator[OllamaInterpreter]:
    interp = await make(hass, server.url)
    yield interp
    await interp.async_close()


def assert_playable(result: Interpretation) -> None:
    """The interpretation composes into an ambiance that passes the contract's validation."""
    validate_ambiance(compose(result).as_dict())


def no_errors(caplog: pytest.LogCaptureFixture) -> None:
    bad = [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    assert not bad, [r.getMessage() for r in bad]


async def test_good_answer_and_request(
    hass: HomeAssistant, server: FakeOllama, interpreter: OllamaInterpreter
) -> None:
    """The model's answer becomes the interpretation; the request is the contract's."""
    result = await interpreter.async_interpret(SAD_FR)
    assert result.interpreter == "ollama"
    assert result.fallback_reason is None
    assert (result.mood, result.lang, result.valence, result.arousal) == (
        "tristesse",
        "fr",
        0.2,
        0.3,
    )
    assert result.wishes.brightness == "dim"
    # The narration comes from the catalog in the answer's language, not from the model.
    assert "tristesse" in result.narration.lower()
    assert_playable(result)

    (chat,) = server.chats
    assert chat["model"] == "synesthetic-dj"
    assert chat["messages"] == [
        {"role": "system", "content": SYSTEM_PROMPT},
        {"role": "user", "content": SAD_FR},
    ]
    assert chat["format"] == LLM_OUTPUT_SCHEMA
    assert chat["options"] == dict(CHAT_OPTIONS) == {"temperature": 0, "num_predict": 96}
    assert chat["keep_alive"] == KEEP_ALIVE == "300s"
    assert chat["stream"] is False


async def test_language_hint_overrides_the_model(
    hass: HomeAssistant, server: FakeOllama, interpreter: OllamaInterpreter
) -> None:
    """A zone set to English narrates in English whatever language the model detected."""
    result = await interpreter.async_interpret(SAD_FR, "en")
    assert (result.interpreter, result.lang) == ("ollama", "en")
    assert "sad" in result.narration.lower()


@pytest.mark.parametrize(
    ("raw", "mood", "lang"),
    [
        # Code fences and text after the object: one reading only.
        (f"```json\n{GOOD_ANSWER}\n```", "tristesse", "fr"),
        (f"{GOOD_ANSWER}\nI hope this helps!", "tristesse", "fr"),
        # Mood, language, colours and brightness spelled with another case or accents.
        (GOOD_ANSWER.replace('"tristesse"', '"Tristesse"'), "tristesse", "fr"),
        (GOOD_ANSWER.replace('"tristesse"', '"rêverie"'), "reverie", "fr"),
        (GOOD_ANSWER.replace('"tristesse"', '"Bonne Humeur"'), "bonnehumeur", "fr"),
        (GOOD_ANSWER.replace('"fr"', '"FR"').replace('"dim"', '"Dim"'), "tristesse", "fr"),
        # Numbers outside 0..1 are clamped: a number cannot carry anything but a feeling.
        (GOOD_ANSWER.replace("0.2", "1.02"), "tristesse", "fr"),
        (GOOD_ANSWER.replace("0.2", "-3"), "tristesse", "fr"),
    ],
)
def test_unambiguous_repairs(raw: str, mood: str, lang: str) -> None:
    output = parse_answer(raw)
    assert (output.mood, output.lang) == (mood, lang)
    assert 0.0 <= output.valence <= 1.0


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "je ne sais pas",
        "Sure! " + GOOD_ANSWER,  # prose first: not repaired
        '{"mood":"tristesse"',  # cut short
        GOOD_ANSWER.replace('"tristesse"', '"joie"'),  # not one of the twelve
        GOOD_ANSWER.replace('"tristesse"', '"t"'),
        GOOD_ANSWER.replace("0.2", '"0.2"'),  # a string for a number
        GOOD_ANSWER.replace("0.2", "NaN"),  # not a number a light can use
        GOOD_ANSWER.replace('"colors":[]', '"colors":["red","green","blue","pink"]'),
        GOOD_ANSWER.replace('"colors":[]', '"colors":["ultraviolet"]'),
        # Anything the schema lacks: the whole answer goes, not just the key.
        GOOD_ANSWER[:-1] + ',"entity_id":"lock.front_door"}',
        GOOD_ANSWER[:-1] + ',"service":"lock.unlock"}',
        "[" + GOOD_ANSWER + "]",
    ],
)
def test_rejected_answers(raw: str) -> None:
    with pytest.raises(InvalidOutput):
        parse_answer(raw)


FAULTS = [
    pytest.param(Reply(content="not json at all"), "invalid_output", id="invalid-json"),
    pytest.param(
        Reply(content=GOOD_ANSWER.replace('"tristesse"', '"joie"')),
        "invalid_output",
        id="wrong-mood",
    ),
    pytest.param(Reply(content='{"mood":"tristesse","lang":'), "invalid_output", id="partial"),
    pytest.param(Reply(content=""), "invalid_output", id="empty"),
    pytest.param(
        Reply(content=GOOD_ANSWER[:-1] + ',"entity_id":"lock.front_door"}'),
        "invalid_output",
        id="extra-key",
    ),
    pytest.param(Reply(status=500), "http_error", id="http-500"),
    pytest.param(
        Reply(status=404, body='{"error":"model \\"synesthetic-dj\\" not found"}'),
        "http_error",
        id="model-missing",
    ),
    pytest.param(Reply(body="<html>proxy</html>"), "http_error", id="not-ollama-json"),
    pytest.param(Reply(delay=BUDGET + 2.0), "timeout", id="slow"),
    pytest.param(Reply(drop=True), "unreachable", id="connection-dropped"),
]


@pytest.mark.parametrize(("reply", "reason"), FAULTS)
async def test_faults_fall_back_within_budget(
    hass: HomeAssistant,
    server: FakeOllama,
    interpreter: OllamaInterpreter,
    caplog: pytest.LogCaptureFixture,
    reply: Reply,
    reason: str,
) -> None:
    server.script(reply)
    started = time.monotonic()
    result = await interpreter.async_interpret(SAD_FR)
    elapsed = time.monotonic() - started
    assert elapsed < BUDGET + 0.5, elapsed
    assert result.interpreter == "builtin"
    assert result.fallback_reason == reason
    assert result.mood in MOODS
    assert_playable(result)
    no_errors(caplog)
    # The next request is answered by the model again.
    again = await interpreter.async_interpret(SAD_FR)
    assert (again.interpreter, again.fallback_reason) == ("ollama", None)
    no_errors(caplog)


async def test_connection_refused(
    hass: HomeAssistant, socket_enabled: None, caplog: pytest.LogCaptureFixture
) -> None:
    interp = await make(hass, closed_port_url())
    started = time.monotonic()
    result = await interp.async_interpret("we just won the final!")
    assert time.monotonic() - started < BUDGET + 0.5
    assert (result.interpreter, result.fallback_reason) == ("builtin", "unreachable")
    assert_playable(result)
    await interp.async_close()
    no_errors(caplog)


async def test_streaming_is_not_needed_but_supported(server: FakeOllama) -> None:
    """The fake server streams like Ollama when asked (used by the end-to-end client)."""
    import ollama

    client = ollama.AsyncClient(host=server.url)
    parts = [
        p.message.content or ""
        async for p in await client.chat(model="synesthetic-dj", messages=[], stream=True)
    ]
    assert "".join(parts) == GOOD_ANSWER
    await client._client.aclose()


async def test_unavailable_logs_once_raises_issue_and_recovers(
    hass: HomeAssistant, server: FakeOllama, caplog: pytest.LogCaptureFixture
) -> None:
    """One warning when the server goes, a repair issue if it stays gone, one info back."""
    interp = await make(hass, server.url)
    registry = ir.async_get(hass)
    issue_id = f"{ISSUE_UNREACHABLE}_entry1"
    server.script(Reply(status=500), Reply(status=503), Reply(delay=BUDGET + 2))
    caplog.set_level(logging.INFO, logger="custom_components.synesthetic_dj")

    first = await interp.async_interpret(SAD_FR)
    assert first.fallback_reason == "http_error"
    assert registry.async_get_issue(DOMAIN, issue_id) is None
    second = await interp.async_interpret(SAD_FR)
    assert second.fallback_reason == "http_error"
    assert registry.async_get_issue(DOMAIN, issue_id) is None
    third = await interp.async_interpret(SAD_FR)
    assert third.fallback_reason == "timeout"
    issue = registry.async_get_issue(DOMAIN, issue_id)
    assert issue is not None
    assert issue.translation_key == ISSUE_UNREACHABLE
    assert issue.translation_placeholders == {
        "zone": "Salon",
        "url": server.url,
        "model": "synesthetic-dj",
    }
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1, [r.getMessage() for r in warnings]
    assert "unavailable" in warnings[0].getMessage()

    back = await interp.async_interpret(SAD_FR)
    assert (back.interpreter, back.fallback_reason) == ("ollama", None)
    assert registry.async_get_issue(DOMAIN, issue_id) is None
    infos = [r for r in caplog.records if r.levelno == logging.INFO and "again" in r.getMessage()]
    assert len(infos) == 1
    # A bad answer is not an outage: no new warning, no issue.
    server.script(Reply(content="nope"))
    assert (await interp.async_interpret(SAD_FR)).fallback_reason == "invalid_output"
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 1
    assert registry.async_get_issue(DOMAIN, issue_id) is None
    await interp.async_close()
    no_errors(caplog)


async def test_issue_removed_on_close(hass: HomeAssistant, socket_enabled: None) -> None:
    interp = await make(hass, closed_port_url())
    for _ in range(3):
        await interp.async_interpret(SAD_FR)
    registry = ir.async_get(hass)
    assert registry.async_get_issue(DOMAIN, interp.issue_id) is not None
    await interp.async_close()
    assert registry.async_get_issue(DOMAIN, interp.issue_id) is None


async def test_check_at_setup(
    hass: HomeAssistant, server: FakeOllama, socket_enabled: None
) -> None:
    """Setup asks for the models; a server that is down makes the entry retry later."""
    interp = await make(hass, server.url)
    assert await interp.async_check() == ["synesthetic-dj:latest"]
    # Something answers, but it is not Ollama (a router's page): not ready either.
    server.tags_body = "<html>router</html>"
    with pytest.raises(ConfigEntryNotReady):
        await interp.async_check()
    await interp.async_close()
    down = await make(hass, closed_port_url())
    with pytest.raises(ConfigEntryNotReady) as err:
        await down.async_check()
    assert err.value.translation_key == "ollama_not_ready"
    await down.async_close()
