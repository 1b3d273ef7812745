"""A scripted Ollama API server on 127.0.0.1 for the tests: real HTTP, no mocked client.

It speaks the part of Ollama's API the integration uses (``/api/version``, ``/api/tags``,
``/api/show``, ``/api/chat`` streamed or not, ``/api/pull`` with streamed progress) and
answers ``/api/chat`` from a script: good answers, broken JSON, wrong moods, error statuses,
slow answers, dropped connections. Every request is recorded so tests can check what the
integration sent (system prompt, schema, options).
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator
import contextlib
from dataclasses import dataclass, field
import json
import socket
from typing import Any

from aiohttp import web
import pytest

# What a good answer looks like: the canonical training target.
GOOD_ANSWER = (
    '{"mood":"tristesse","lang":"fr","valence":0.2,"arousal":0.3,"colors":[],"brightness":"dim"}'
)


@dataclass
class Reply:
    """One scripted answer to ``/api/chat``.

    ``content`` is the assistant message; ``status``/``body`` replace the whole response;
    ``delay`` holds the answer back; ``drop`` closes the connection without a response.
    """

    content: str = GOOD_ANSWER
    status: int = 200
    body: str | None = None
    delay: float = 0.0
    drop: bool = False


@dataclass
class FakeOllama:
    """The server; ``replies`` are used in order, then ``default`` for every later request."""

    models: list[str] = field(default_factory=lambda: ["synesthetic-dj:latest"])
    default: Reply = field(default_factory=Reply)
    replies: deque[Reply] = field(default_factory=deque)
    requests: list[dict[str, Any]] = field(default_factory=list)
    pull_fails: bool = False
    # A body for /api/tags instead of the model list (a web server that is not Ollama).
    tags_body: str | None = None
    url: str = ""
    _runner: web.AppRunner | None = None
    _closing: asyncio.Event = field(default_factory=asyncio.Event)

    def script(self, *replies: Reply) -> None:
        self.replies.extend(replies)

    @property
    def chats(self) -> list[dict[str, Any]]:
        return [r["body"] for r in self.requests if r["path"] == "/api/chat"]

    async def start(self) -> str:
        app = web.Application()
        app.router.add_get("/api/version", self._version)
        app.router.add_get("/api/tags", self._tags)
        app.router.add_post("/api/show", self._show)
        app.router.add_post("/api/chat", self._chat)
        app.router.add_post("/api/pull", self._pull)
        # Cancel a handler when its client goes away: a slow answer must not outlive the test.
        self._runner = web.AppRunner(app, handler_cancellation=True, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert isinstance(server, asyncio.Server)
        port = server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self.url

    async def stop(self) -> None:
        self._closing.set()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _wait(self, seconds: float) -> None:
        """Sleep, but end at once when the server stops."""
        if seconds > 0:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._closing.wait(), seconds)

    async def _record(self, request: web.Request) -> dict[str, Any]:
        body: dict[str, Any] = {}
        if request.method == "POST":
            body = await request.json()
        self.requests.append({"path": request.path, "body": body})
        return body

    async def _version(self, request: web.Request) -> web.Response:
        await self._record(request)
        return web.json_response({"version": "0.12.0"})

    async def _tags(self, request: web.Request) -> web.Response:
        await self._record(request)
        if self.tags_body is not None:
            return web.Response(text=self.tags_body, content_type="text/html")
        return web.json_response(
            {
                "models": [
                    {
                        "name": name,
                        "model": name,
                        "modified_at": "2026-11-21T07:00:00Z",
                        "size": 144811072,
                        "digest": "0" * 64,
                        "details": {"format": "gguf", "family": "llama"},
                    }
                    for name in self.models
                ]
            }
        )

    async def _show(self, request: web.Request) -> web.Response:
        body = await self._record(request)
        name = str(body.get("model") or body.get("name") or "")
        if name not in self.models and f"{name}:latest" not in self.models:
            return web.json_response({"error": f"model '{name}' not found"}, status=404)
        return web.json_response({"modelfile": "FROM x", "details": {"format": "gguf"}})

    async def _pull(self, request: web.Request) -> web.StreamResponse:
        body = await self._record(request)
        name = str(body.get("model") or body.get("name") or "")
        response = web.StreamResponse(headers={"Content-Type": "application/x-ndjson"})
        await response.prepare(request)
        await response.write(b'{"status":"pulling manifest"}\n')
        await self._wait(0.05)
        if self.pull_fails:
            await response.write(b'{"error":"pull model manifest: file does not exist"}\n')
        else:
            for done in (0, 50, 100):
                line = {"status": "downloading", "total": 100, "completed": done}
                await response.write(json.dumps(line).encode() + b"\n")
            await response.write(b'{"status":"success"}\n')
            full = name if ":" in name else f"{name}:latest"
            if full not in self.models:
                self.models.append(full)
        await response.write_eof()
        return response

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        body = await self._record(request)
        reply = self.replies.popleft() if self.replies else self.default
        await self._wait(reply.delay)
        if reply.drop:
            # Close the socket under the client: it sees the connection end mid-request.
            transport = request.transport
            if transport is not None:
                sock = transport.get_extra_info("socket")
                if isinstance(sock, socket.socket):
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00" * 2)
                transport.close()
            raise asyncio.CancelledError
        if reply.body is not None or reply.status != 200:
            return web.Response(
                status=reply.status,
                text=reply.body if reply.body is not None else '{"error":"scripted failure"}',
                content_type="application/json",
            )
        model = str(body.get("model", ""))
        if body.get("stream", True):
            return await self._stream(request, model, reply.content)
        return web.json_response(_message(model, reply.content, done=True))

    async def _stream(self, request: web.Request, model: str, content: str) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "application/x-ndjson"})
        await response.prepare(request)
        async for piece in _pieces(content):
            await response.write(json.dumps(_message(model, piece, done=False)).encode() + b"\n")
        await response.write(json.dumps(_message(model, "", done=True)).encode() + b"\n")
        await response.write_eof()
        return response


def _message(model: str, content: str, *, done: bool) -> dict[str, Any]:
    message: dict[str, Any] = {
        "model": model,
        "created_at": "2026-11-21T07:00:00Z",
        "message": {"role": "assistant", "content": content},
        "done": done,
    }
    if done:
        message.update(done_reason="stop", eval_count=40, total_duration=1_000_000)
    return message


async def _pieces(content: str) -> AsyncIterator[str]:
    for start in range(0, len(content), 8):
        yield content[start : start + 8]


def closed_port_url() -> str:
    """An address nothing listens on: bind a port, then free it (connection refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
async def ollama_server(socket_enabled: None) -> AsyncGenerator[FakeOllama]:
    """A fake Ollama server on 127.0.0.1 with the Synesthetic DJ model, stopped at the end."""
    fake = FakeOllama()
    await fake.start()
    yield fake
    await fake.stop()
