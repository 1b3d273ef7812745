"""End to end: a real Home Assistant, our model behind an Ollama-compatible API, real lights.

``training/serve_ollama.py`` runs in the training environment (llama-cpp-python) as a
subprocess and serves the merged GGUF exactly as Ollama would (chat template, schema as
grammar). The zone is configured for Ollama; words go in, the lights change, and the
diagnostics say the language model answered.

Model: the real merged GGUF if present, else a merge of the committed adapter, else the quick
smoke model (``serve_ollama --model auto``). Skipped only when none exists.

``test_benchmark`` runs only for ``scripts/bench_ollama.py`` (it sets ``SDJ_BENCH_OUT``).
"""

from __future__ import annotations

from collections.abc import Generator
import json
import logging
import os
from pathlib import Path
import select
import subprocess
import time
from typing import Any

from homeassistant.components.diagnostics import REDACTED
from homeassistant.const import EVENT_CALL_SERVICE
from homeassistant.core import Event, HomeAssistant, callback
import ollama
import pytest

from custom_components.synesthetic_dj.const import CONF_OLLAMA_TIMEOUT, DOMAIN
from custom_components.synesthetic_dj.diagnostics import async_get_config_entry_diagnostics
from custom_components.synesthetic_dj.moodcore import (
    LLM_OUTPUT_SCHEMA,
    MOODS,
    SYSTEM_PROMPT,
    parse_llm_output,
    validate_ambiance,
)
from custom_components.synesthetic_dj.ollama_client import (
    async_list_models,
    close_client,
    create_client,
)
from tests.ha.zone_helpers import RGB_LIGHTS, setup_entry, zone_entry

ROOT = Path(__file__).resolve().parents[2]
# This machine shares two cores with a training run: the answer can take seconds. The
# end-to-end test checks the path, not the speed (the benchmark reports that), so it waits.
E2E_BUDGET = 60.0
START_TIMEOUT = 900.0  # a first run may merge the committed adapter (minutes)

SENTENCES = [
    "je suis tellement triste ce soir, tout me semble gris",
    "we just won the championship, I can't stop screaming!",
    "Je me sens calme et détendu après ce long bain",
    "I'm really worried about my exam tomorrow",
    "ça m'énerve, il m'a encore menti",
    "I feel nostalgic looking at old photos of my grandmother",
    "j'ai hâte de découvrir ce nouveau musée, je suis curieuse",
    "a quiet dreamy evening, staring at the clouds",
    "Au secours, il y a quelqu'un dans la maison !",
    "What a lovely sunny morning, I'm in a great mood",
]


def _training_python() -> Path | None:
    try:
        env = subprocess.run(
            ["bash", str(ROOT / "scripts/env.sh"), "training"],
            check=True,
            capture_output=True,
            text=True,
            timeout=1800,
        ).stdout.strip()
    except (subprocess.SubprocessError, OSError):
        return None
    python = Path(env) / "bin/python"
    return python if python.is_file() else None


@pytest.fixture(scope="module")
def served_model() -> Generator[dict[str, str]]:
    """``training.serve_ollama`` on a free port; its first stdout line says where and what."""
    python = _training_python()
    if python is None:
        pytest.skip("the training environment (llama-cpp-python) is not available")
    # The server's default (half the cores) copes with a machine shared with other work.
    threads = (
        ("--threads", os.environ["SDJ_LLM_THREADS"]) if "SDJ_LLM_THREADS" in os.environ else ()
    )
    model = os.environ.get("SDJ_E2E_MODEL", "auto")
    process = subprocess.Popen(
        [
            *(str(python), "-m", "training.serve_ollama"),
            *("--model", model, "--port", "0", *threads),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], START_TIMEOUT)
    line = process.stdout.readline() if ready else ""
    info: dict[str, str] = json.loads(line) if line.strip() else {}
    try:
        if "error" in info:
            pytest.skip(f"no model to serve: {info['error']}")
        assert "url" in info, f"serve_ollama did not start (exit {process.poll()})"
        yield info
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        process.stdout.close()


async def _ollama_zone(hass: HomeAssistant, url: str, budget: float) -> Any:
    return await setup_entry(
        hass,
        zone_entry(
            lights=RGB_LIGHTS,
            data={"interpreter": "ollama", "ollama_url": url, "ollama_model": "synesthetic-dj"},
            **{CONF_OLLAMA_TIMEOUT: budget},
        ),
    )


async def test_server_speaks_ollama(socket_enabled: None, served_model: dict[str, str]) -> None:
    """The official client lists, shows and chats with it; streamed and whole answers agree."""
    client = create_client(served_model["url"])
    try:
        assert await async_list_models(client) == ["synesthetic-dj:latest"]
        assert (await client.show("synesthetic-dj")).modelfile
        with pytest.raises(ollama.ResponseError) as err:
            await client.show("other")
        assert err.value.status_code == 404
        messages = [
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": SENTENCES[1]},
        ]
        whole = await client.chat(
            model="synesthetic-dj", messages=messages, format=LLM_OUTPUT_SCHEMA, stream=False
        )
        parts = [
            part.message.content or ""
            async for part in await client.chat(
                model="synesthetic-dj", messages=messages, format=LLM_OUTPUT_SCHEMA, stream=True
            )
        ]
        assert len(parts) > 1
        assert "".join(parts) == whole.message.content
        parse_llm_output(whole.message.content or "")
    finally:
        await close_client(client)


async def test_words_to_lights_through_the_model(
    hass: HomeAssistant,
    lights: list[str],
    socket_enabled: None,
    served_model: dict[str, str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    entry = await _ollama_zone(hass, served_model["url"], E2E_BUDGET)
    response = await hass.services.async_call(
        DOMAIN,
        "set_mood",
        {"description": SENTENCES[0]},
        blocking=True,
        return_response=True,
    )
    assert response is not None
    await hass.async_block_till_done()
    diagnostics = response["ambiance"]["diagnostics"]  # type: ignore[index]
    assert diagnostics["interpreter"] == "ollama", diagnostics
    assert diagnostics["fallback_reason"] is None
    validate_ambiance(response["ambiance"])  # type: ignore[arg-type]
    mood = response["ambiance"]["track"]["mood_id"]  # type: ignore[index]
    assert mood in MOODS
    if served_model["source"] != "quick":
        # Plain sadness in French: the fine-tuned model must get this one.
        assert mood == "tristesse"
    for light in RGB_LIGHTS:
        assert hass.states.get(light).state == "on", light  # type: ignore[union-attr]

    report = await async_get_config_entry_diagnostics(hass, entry)
    assert report["ollama"]["available"] is True
    assert report["ollama"]["last_fallback"] is None
    assert report["zone"]["description"] == REDACTED
    assert report["zone"]["current"]["interpretation"]["interpreter"] == "ollama"
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert await hass.config_entries.async_unload(entry.entry_id)


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))
    return ordered[rank]


async def _first_light_latencies(
    hass: HomeAssistant, entry: Any, sentences: list[str]
) -> list[dict[str, Any]]:
    """Per sentence: seconds from the action call to the first ``light.turn_on``."""
    first: list[float] = []

    @callback
    def record(event: Event) -> None:
        if event.data["domain"] == "light" and event.data["service"] == "turn_on" and not first:
            first.append(time.perf_counter())

    unsub = hass.bus.async_listen(EVENT_CALL_SERVICE, record)
    rows: list[dict[str, Any]] = []
    try:
        for text in sentences:
            await entry.runtime_data.async_stop()
            await hass.async_block_till_done()
            first.clear()
            started = time.perf_counter()
            result = await entry.runtime_data.async_set_mood(description=text)
            assert first, "no light command"
            rows.append(
                {
                    "text": text,
                    "seconds": first[0] - started,
                    "interpreter": result.interpretation.interpreter,
                    "fallback_reason": result.interpretation.fallback_reason,
                    "mood": result.interpretation.mood,
                }
            )
    finally:
        unsub()
    return rows


def _summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    seconds = [r["seconds"] for r in rows]
    return {
        "n": len(rows),
        "p50_s": round(_percentile(seconds, 0.5), 3),
        "p95_s": round(_percentile(seconds, 0.95), 3),
        "max_s": round(max(seconds), 3),
        "over_default_budget": sum(s > 4.0 for s in seconds),
        "answered_by": sorted({r["interpreter"] for r in rows}),
    }


@pytest.mark.skipif(not os.environ.get("SDJ_BENCH_OUT"), reason="run by scripts/bench_ollama.py")
async def test_benchmark(
    hass: HomeAssistant, lights: list[str], socket_enabled: None, served_model: dict[str, str]
) -> None:
    """Text → first light command, Ollama path and built-in, on this machine."""
    runs = int(os.environ.get("SDJ_BENCH_RUNS", "20"))
    sentences = [SENTENCES[i % len(SENTENCES)] for i in range(runs)]
    ollama_entry = await _ollama_zone(hass, served_model["url"], E2E_BUDGET)
    # One untimed request: the server compiles the schema's grammar on first use.
    await ollama_entry.runtime_data.async_interpret("warm up")
    ollama_rows = await _first_light_latencies(hass, ollama_entry, sentences)
    assert await hass.config_entries.async_unload(ollama_entry.entry_id)
    builtin_entry = await setup_entry(hass, zone_entry("Cuisine", lights=RGB_LIGHTS))
    builtin_rows = await _first_light_latencies(hass, builtin_entry, sentences)
    assert await hass.config_entries.async_unload(builtin_entry.entry_id)
    await hass.async_block_till_done()

    report = {
        "model": served_model,
        "cpu_count": os.cpu_count(),
        "load_average": os.getloadavg(),
        "ollama": _summary(ollama_rows),
        "builtin": _summary(builtin_rows),
        "rows": {"ollama": ollama_rows, "builtin": builtin_rows},
    }
    text = json.dumps(report, indent=2, ensure_ascii=False)
    await hass.async_add_executor_job(Path(os.environ["SDJ_BENCH_OUT"]).write_text, text)
    assert all(r["interpreter"] == "ollama" for r in ollama_rows), ollama_rows
