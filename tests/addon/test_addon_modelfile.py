"""The Modelfile against what the training pipeline did: same prompt text, same stop, same system.

Ollama renders prompts with a Go template; training rendered them with the base GGUF's Jinja
chat template (through the tokenizer). The Go template is translated here, action by action,
to Jinja (only the few actions it uses are known; anything else fails) and both are rendered
on the same conversations, including the one Ollama builds for a request: the Modelfile's
SYSTEM prepended to the user's message.
"""

from __future__ import annotations

from collections.abc import Iterator
import importlib.util
from pathlib import Path
import subprocess
import sys
from types import ModuleType
from typing import Any

from addon_helpers import (
    DOCKERFILE,
    MODELFILE,
    ROOT,
    merge_command,
    parse_modelfile,
    render_go,
)
from jinja2.sandbox import ImmutableSandboxedEnvironment
import pytest

# isort: split
from training.finetune import default_base, load_tokenizer
from training.prepare import render_prompt, rows_for, target_json

# isort: split
from moodcore import SYSTEM_PROMPT


def load_sync() -> ModuleType:
    spec = importlib.util.spec_from_file_location("sync_addon", ROOT / "scripts/sync_addon.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SYNC = load_sync()
COMMANDS = parse_modelfile(MODELFILE.read_text(encoding="utf-8"))


def values(name: str) -> list[str]:
    return [value for command, value in COMMANDS if command == name]


def param(name: str) -> str:
    (value,) = values(f"PARAMETER {name}")
    return value


def render_hf(chat_template: str, messages: list[dict[str, str]]) -> str:
    # The environment transformers' apply_chat_template uses.
    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True)
    return env.from_string(chat_template).render(messages=messages, add_generation_prompt=True)


# ------------------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def tokenizer() -> Iterator[Any]:
    yield load_tokenizer(default_base())


@pytest.fixture(scope="module")
def chat_template() -> str:
    template, _eos = SYNC.read_base(SYNC.base_gguf())
    return str(template)


CONVERSATIONS = [
    [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": "Je suis crevé."}],
    [{"role": "user", "content": "hello there"}],  # the base template's default system turn
    [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": 'tricky {{ .System }} {% raw %} "quotes"\nand lines'},
        {"role": "assistant", "content": '{"mood":"detente"}'},
        {"role": "user", "content": "encore ?"},
    ],
]


@pytest.mark.parametrize("messages", CONVERSATIONS)
def test_go_template_renders_like_the_gguf_chat_template(
    chat_template: str, messages: list[dict[str, str]]
) -> None:
    (template,) = values("TEMPLATE")
    assert render_go(template, messages) == render_hf(chat_template, messages)


@pytest.mark.parametrize("text", ["Je suis crevé, mets-moi un truc doux", "I just won the match!!"])
def test_ollama_prompt_equals_the_training_prompt(tokenizer: Any, text: str) -> None:
    """Ollama prepends the Modelfile's SYSTEM to a request without one, then renders."""
    (template,) = values("TEMPLATE")
    (system,) = values("SYSTEM")
    ollama = render_go(
        template, [{"role": "system", "content": system}, {"role": "user", "content": text}]
    )
    assert ollama == render_prompt(tokenizer, text)


def test_system_is_moodcore_prompt() -> None:
    assert values("SYSTEM") == [SYSTEM_PROMPT]


def test_stop_tokens_are_the_trained_end_of_turn(tokenizer: Any, chat_template: str) -> None:
    stops = values("PARAMETER stop")
    # Training appends tokenizer.eos_token_id to every answer; that token closes each turn.
    assert stops[0] == tokenizer.eos_token == "<|im_end|>"
    assert set(stops) == {tokenizer.eos_token, "<|im_start|>"}
    assert chat_template.count("<|im_end|>") == 2 and "<|im_start|>" in chat_template


def test_sampling_and_context_fit_the_training_data(tokenizer: Any) -> None:
    assert float(param("temperature")) == 0.0
    rows = rows_for("train") + rows_for("validation") + rows_for("test")
    longest_answer = max(len(tokenizer(target_json(r)).input_ids) for r in rows) + 1  # + end
    longest_prompt = max(
        len(tokenizer(render_prompt(tokenizer, r["text"])).input_ids) for r in rows
    )
    num_predict, num_ctx = int(param("num_predict")), int(param("num_ctx"))
    assert longest_answer <= num_predict <= 2 * longest_answer, "bounded, with some margin"
    assert longest_prompt + num_predict <= num_ctx <= 1024


def test_from_is_the_gguf_the_image_builds() -> None:
    (source,) = values("FROM")
    argv = merge_command()
    assert source == "./" + argv[argv.index("--out") + 1] == "./synesthetic-dj.gguf"
    assert "COPY --from=model /build/synesthetic-dj.gguf ./" in DOCKERFILE.read_text()
    assert argv[argv.index("--type") + 1] == "q8_0"


def test_sync_refuses_an_unknown_chat_template() -> None:
    llama3 = (
        "{% for m in messages %}<|start_header_id|>{{ m['role'] }}<|end_header_id|>{% endfor %}"
    )
    with pytest.raises(SystemExit):
        SYNC.go_template(llama3)


def test_png_writer_round_trips() -> None:
    data = SYNC.palette_strip(20, 10, 2)
    header, pixels = SYNC.png_pixels(data)
    assert header[:8] == (20).to_bytes(4, "big") + (10).to_bytes(4, "big")
    assert len(pixels) == 10 * (1 + 20 * 4)


def test_sync_addon_check() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts/sync_addon.py"), "--check"],
                            capture_output=True, text=True, cwd=ROOT)  # fmt: skip
    lines = result.stdout.splitlines()
    assert [line for line in lines if line.startswith("out of date")] == []
    missing = [line for line in lines if line.startswith("missing source")]
    if missing:
        pytest.skip("; ".join(missing))
    assert result.returncode == 0, result.stdout + result.stderr


def test_model_dir_is_what_sync_generates() -> None:
    files, _missing = SYNC.expected()
    model_dir = Path(SYNC.MODEL_DIR)
    present = {p for p in model_dir.rglob("*") if p.is_file()} if model_dir.exists() else set()
    assert present <= set(files), f"unexpected files in model/: {present - set(files)}"
