"""run.sh, the add-on's entry point, against a stand-in `ollama` and a loopback Supervisor.

The stand-in is a small Python script put first on PATH: it records every call (arguments and
the Ollama variables it was given), answers `list` from a fixture file once `serve` is "up",
adds the model to that file on `create`, and for `serve` keeps running until SIGTERM.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
import json
import os
from pathlib import Path
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from typing import Any

from addon_helpers import MODELFILE, RUN_SH
import pytest

pytestmark = pytest.mark.skipif(
    not (shutil.which("jq") and shutil.which("curl")),
    reason="run.sh needs jq and curl (the add-on image installs both)",
)

STAND_IN = """#!{python}
import json, os, shutil, signal, sys, time
from pathlib import Path

state = Path(os.environ["FAKE_OLLAMA_DIR"])
args = sys.argv[1:]
env = {{k: v for k, v in os.environ.items() if k.startswith("OLLAMA_")}}
with (state / "calls.jsonl").open("a") as log:
    log.write(json.dumps({{"argv": args, "env": env}}) + "\\n")
models = state / "models.txt"

if args[:1] == ["serve"]:
    if os.environ.get("FAKE_SERVE_FAILS"):
        sys.exit(1)
    def stop(signum, frame):
        (state / "serve-stopped").write_text("SIGTERM")
        sys.exit(0)
    signal.signal(signal.SIGTERM, stop)
    time.sleep(0.3)  # run.sh must wait for the server
    (state / "ready").touch()
    while True:
        time.sleep(0.05)
elif args[:1] == ["list"]:
    if not (state / "ready").exists():
        print("Error: could not connect to ollama server", file=sys.stderr)
        sys.exit(1)
    print("NAME                     ID              SIZE      MODIFIED")
    for name in (models.read_text().split() if models.exists() else []):
        print(f"{{name:<24}} 0123456789ab    145 MB    2 minutes ago")
elif args[:1] == ["create"]:
    if os.environ.get("FAKE_CREATE_FAILS"):
        print("Error: no space left on device", file=sys.stderr)
        sys.exit(1)
    name = args[1] if ":" in args[1] else args[1] + ":latest"
    shutil.copy(args[args.index("-f") + 1], state / "created.Modelfile")
    with models.open("a") as out:
        out.write(name + "\\n")
    print("success")
else:
    sys.exit(f"unexpected ollama call {{args}}")
"""


@dataclass
class Supervisor:
    """A loopback stand-in for http://supervisor that records what it receives."""

    status: int = 200
    requests: list[dict[str, Any]] = field(default_factory=list)
    url: str = ""


@pytest.fixture
def supervisor() -> Iterator[Supervisor]:
    sup = Supervisor()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            sup.requests.append({"path": self.path, "headers": dict(self.headers),
                                 "body": json.loads(body)})  # fmt: skip
            answer = json.dumps({"result": "ok", "data": {"uuid": "0" * 32}}).encode()
            self.send_response(sup.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    sup.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield sup
    server.shutdown()
    server.server_close()


@dataclass
class Addon:
    """One add-on "container": its image files, its /data, and a stand-in ollama."""

    root: Path
    supervisor: Supervisor
    options: dict[str, Any] = field(default_factory=dict)
    extra_env: dict[str, str] = field(default_factory=dict)

    @property
    def state(self) -> Path:
        return self.root / "ollama-state"

    @property
    def models(self) -> Path:
        return self.root / "data" / "models"

    def setup(self) -> None:
        app = self.root / "opt"
        app.mkdir(parents=True, exist_ok=True)
        shutil.copy(MODELFILE, app / "Modelfile")
        gguf = app / "synesthetic-dj.gguf"
        if not gguf.exists():  # a test may have put a "newer" model there
            gguf.write_bytes(b"GGUF stand-in")
        self.state.mkdir(exist_ok=True)
        bin_dir = self.root / "bin"
        bin_dir.mkdir(exist_ok=True)
        (bin_dir / "ollama").write_text(STAND_IN.format(python=sys.executable))
        (bin_dir / "ollama").chmod(0o755)

    def env(self) -> dict[str, str]:
        (self.root / "options.json").write_text(json.dumps(self.options))
        env = {k: v for k, v in os.environ.items() if not k.startswith(("OLLAMA_", "SDJ_"))}
        env.pop("SUPERVISOR_TOKEN", None)
        env.update(
            PATH=f"{self.root / 'bin'}{os.pathsep}{env['PATH']}",
            FAKE_OLLAMA_DIR=str(self.state),
            OLLAMA_MODELS=str(self.models),
            SDJ_APP_DIR=str(self.root / "opt"),
            SDJ_OPTIONS_FILE=str(self.root / "options.json"),
            SDJ_SUPERVISOR_URL=self.supervisor.url,
            SDJ_POLL_INTERVAL="0.1",
            SDJ_RETRY_DELAY="0.1",
            SDJ_START_TIMEOUT="20",
            SUPERVISOR_TOKEN="test-token",
        )
        env.update(self.extra_env)
        return {k: v for k, v in env.items() if v != "<unset>"}

    def calls(self) -> list[dict[str, Any]]:
        path = self.state / "calls.jsonl"
        return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []

    def commands(self) -> list[list[str]]:
        return [call["argv"] for call in self.calls()]

    def serve_env(self) -> dict[str, str]:
        (serve,) = [call for call in self.calls() if call["argv"] == ["serve"]]
        return dict(serve["env"])

    def start(self) -> tuple[subprocess.Popen[str], Path]:
        self.setup()
        for leftover in ("ready", "serve-stopped", "calls.jsonl", "created.Modelfile"):
            (self.state / leftover).unlink(missing_ok=True)
        log = self.root / "run.log"
        proc = subprocess.Popen(["bash", str(RUN_SH)], env=self.env(), stdout=log.open("w"),
                                stderr=subprocess.STDOUT, text=True)  # fmt: skip
        return proc, log

    def run_until(self, marker: str, timeout: float = 20) -> str:
        """Start, wait until the log shows ``marker``, stop it like Docker does, return the log."""
        proc, log = self.start()
        deadline = time.monotonic() + timeout
        try:
            while marker not in log.read_text():
                assert proc.poll() is None, f"run.sh exited early:\n{log.read_text()}"
                assert time.monotonic() < deadline, f"no {marker!r} in:\n{log.read_text()}"
                time.sleep(0.05)
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(timeout=10) == 0, log.read_text()
        finally:
            if proc.poll() is None:
                proc.kill()
        assert (self.state / "serve-stopped").read_text() == "SIGTERM", "SIGTERM not forwarded"
        return log.read_text()

    def run_to_exit(self, timeout: float = 20) -> tuple[int, str]:
        proc, log = self.start()
        try:
            code = proc.wait(timeout=timeout)
        finally:
            if proc.poll() is None:
                proc.kill()
        return code, log.read_text()


@pytest.fixture
def addon(tmp_path: Path, supervisor: Supervisor) -> Addon:
    return Addon(tmp_path, supervisor)


def runtime_modelfile(app_dir: Path, threads: int = 0) -> str:
    text = MODELFILE.read_text().replace("FROM ./", f"FROM {app_dir}/", 1)
    return text + (f"PARAMETER num_thread {threads}\n" if threads else "")


def test_first_start_creates_the_model_and_announces_it(
    addon: Addon, supervisor: Supervisor
) -> None:
    addon.options = {"model_name": "synesthetic-dj", "keep_alive": "-1", "threads": 0}
    log = addon.run_until("announced")

    commands = addon.commands()
    assert commands.count(["serve"]) == 1
    creates = [c for c in commands if c[0] == "create"]
    assert len(creates) == 1
    assert creates[0][:2] == ["create", "synesthetic-dj"] and creates[0][2] == "-f"
    # Our Modelfile, pointing at the GGUF in the image, no thread override.
    created = (addon.state / "created.Modelfile").read_text()
    assert created == runtime_modelfile(addon.root / "opt")
    (source,) = [line[5:] for line in created.splitlines() if line.startswith("FROM ")]
    assert Path(source).is_absolute() and Path(source).is_file()

    serve = addon.serve_env()
    assert serve["OLLAMA_HOST"] == "0.0.0.0:11434"
    assert serve["OLLAMA_MODELS"] == str(addon.models)
    assert serve["OLLAMA_KEEP_ALIVE"] == "-1"
    assert serve["OLLAMA_NUM_PARALLEL"] == "1"
    clients = [call for call in addon.calls() if call["argv"] != ["serve"]]
    assert all(c["env"]["OLLAMA_HOST"] == "127.0.0.1:11434" for c in clients)
    assert any(c["argv"] == ["list"] for c in clients)

    assert len(supervisor.requests) == 1
    request = supervisor.requests[0]
    assert request["path"] == "/discovery"
    assert request["headers"]["Authorization"] == "Bearer test-token"
    assert request["headers"]["Content-Type"] == "application/json"
    assert request["body"] == {
        "service": "synesthetic_dj",
        "config": {"host": socket.gethostname(), "port": 11434, "model": "synesthetic-dj"},
    }
    assert "creating model synesthetic-dj" in log


def test_restart_reuses_the_model(addon: Addon, supervisor: Supervisor) -> None:
    addon.run_until("announced")
    log = addon.run_until("announced")  # same /data: a plain restart
    assert [c for c in addon.commands() if c[0] == "create"] == []
    assert "model synesthetic-dj is ready" in log
    assert len(supervisor.requests) == 2, "announced at every start"


def test_listed_model_of_unknown_origin_is_recreated(addon: Addon) -> None:
    """Listed but without our stamp (pulled by hand, or made by an older add-on version)."""
    addon.setup()
    (addon.state / "models.txt").write_text("synesthetic-dj:latest\nllama3:latest\n")
    addon.run_until("announced")
    assert [c[:2] for c in addon.commands() if c[0] == "create"] == [["create", "synesthetic-dj"]]


def test_new_thread_count_or_new_model_recreates(addon: Addon) -> None:
    addon.run_until("announced")
    addon.options = {"threads": 4}
    addon.run_until("announced")
    assert [c[0] for c in addon.commands()].count("create") == 1
    created = (addon.state / "created.Modelfile").read_text()
    assert created == runtime_modelfile(addon.root / "opt", threads=4)

    (addon.root / "opt" / "synesthetic-dj.gguf").write_bytes(b"a newer model")  # an update
    addon.run_until("announced")
    assert [c[0] for c in addon.commands()].count("create") == 1


def test_custom_model_name_travels_in_discovery(addon: Addon, supervisor: Supervisor) -> None:
    addon.options = {"model_name": "mood:v2", "keep_alive": "30m", "threads": 2}
    addon.extra_env = {"SDJ_HOSTNAME": "be3a06e1-synesthetic-dj-ollama"}
    addon.run_until("announced")
    assert [c[:2] for c in addon.commands() if c[0] == "create"] == [["create", "mood:v2"]]
    assert supervisor.requests[0]["body"]["config"] == {
        "host": "be3a06e1-synesthetic-dj-ollama", "port": 11434, "model": "mood:v2"}  # fmt: skip
    assert addon.serve_env()["OLLAMA_KEEP_ALIVE"] == "30m"


def test_defaults_without_options_file(addon: Addon, supervisor: Supervisor) -> None:
    addon.extra_env = {"SDJ_OPTIONS_FILE": str(addon.root / "missing.json")}
    addon.run_until("announced")
    assert supervisor.requests[0]["body"]["config"]["model"] == "synesthetic-dj"
    assert addon.serve_env()["OLLAMA_KEEP_ALIVE"] == "1h"


def test_supervisor_refusal_keeps_the_model_served(addon: Addon, supervisor: Supervisor) -> None:
    supervisor.status = 500
    log = addon.run_until("discovery failed")
    assert len(supervisor.requests) == 5, "a bounded number of attempts"
    assert "add the integration by hand with http://" in log


def test_outside_the_supervisor_discovery_is_skipped(addon: Addon, supervisor: Supervisor) -> None:
    addon.extra_env = {"SUPERVISOR_TOKEN": "<unset>"}
    addon.run_until("discovery skipped")
    assert supervisor.requests == []


def test_server_that_dies_at_start_stops_the_addon(addon: Addon) -> None:
    addon.extra_env = {"FAKE_SERVE_FAILS": "1"}
    code, log = addon.run_to_exit()
    assert code == 1
    assert "ollama serve exited while starting" in log
    assert [c[0] for c in addon.commands()].count("create") == 0


def test_failed_create_stops_the_addon_and_leaves_no_stamp(
    addon: Addon, supervisor: Supervisor
) -> None:
    addon.extra_env = {"FAKE_CREATE_FAILS": "1"}
    code, log = addon.run_to_exit()
    assert code == 1
    assert "ollama create failed" in log
    assert (addon.state / "serve-stopped").read_text() == "SIGTERM"
    assert list(addon.models.glob(".*.stamp")) == []
    assert supervisor.requests == []
