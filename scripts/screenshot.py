"""Screenshot the demo dashboard after telling the home "Je me sens nostalgique ce soir".

Run with the Home Assistant environment:

    $(bash scripts/env.sh ha)/bin/python scripts/screenshot.py [--out docs/screenshot-demo.png]

Installs Debian's ``chromium`` with apt-get if it is missing, starts the demo home
(``scripts/demo/run.py``) on a free port in a fresh configuration folder, logs in through
Home Assistant's login flow, sets the zone's text entity through the REST API, waits until
the mood sensor, the lights, the speaker and the palette image have changed, then drives a
headless Chromium over its DevTools protocol: the page gets the login tokens the way the
frontend stores them itself (``localStorage.hassTokens``), opens the dashboard, waits for the
palette card to render and captures the page.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import json
import os
from pathlib import Path
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from typing import Any

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts" / "demo"))
import run as demo  # noqa: E402  (the demo script is the source of truth for the home)

FEELING = "Je me sens nostalgique ce soir"
WIDTH, HEIGHT = 1400, 1000
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    f"--window-size={WIDTH},{HEIGHT}",
]
# True once the dashboard's palette card (a picture-entity card) shows a loaded image.
_PALETTE_RENDERED_JS = """
(() => {
  const found = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName === 'hui-picture-entity-card') found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  const images = [];
  const collect = (root) => {
    for (const el of root.querySelectorAll('img')) images.push(el);
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) collect(el.shadowRoot);
  };
  found.forEach((card) => collect(card.shadowRoot || card));
  return images.some((img) => img.complete && img.naturalWidth > 0);
})()
"""


def log(message: str) -> None:
    print(f"[screenshot] {message}", flush=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def ensure_chromium() -> str:
    """The chromium binary, installed from Debian's archive when missing."""
    if found := shutil.which("chromium"):
        return found
    log("installing chromium with apt-get")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-q"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-q", "chromium"], check=True, env=env)
    if found := shutil.which("chromium"):
        return found
    raise SystemExit("chromium is still missing after apt-get install")


async def start_demo(config: Path, port: int, env: dict[str, str]) -> asyncio.subprocess.Process:
    """Start the demo in the background; return once it printed that it is ready."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        str(ROOT / "scripts/demo/run.py"),
        "--config",
        str(config),
        "--port",
        str(port),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
        start_new_session=True,  # so stopping it stops Home Assistant too
        env=env,
    )
    assert proc.stdout is not None
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        line = (await asyncio.wait_for(proc.stdout.readline(), 300)).decode().rstrip()
        if not line and proc.returncode is not None:
            break
        print(f"  {line}", flush=True)
        if line.startswith("Press Ctrl+C"):
            return proc
    raise SystemExit("the demo did not become ready")


async def login(session: aiohttp.ClientSession, base: str) -> dict[str, Any]:
    """Log in as the demo user; the token response includes a refresh token."""
    client_id = f"{base}/"
    body = {
        "client_id": client_id,
        "handler": ["homeassistant", None],
        "redirect_uri": f"{base}/?auth_callback=1",
    }
    async with session.post(f"{base}/auth/login_flow", json=body) as resp:
        flow_id = (await resp.json())["flow_id"]
    creds = {"client_id": client_id, "username": demo.USERNAME, "password": demo.PASSWORD}
    async with session.post(f"{base}/auth/login_flow/{flow_id}", json=creds) as resp:
        code = (await resp.json())["result"]
    data = {"grant_type": "authorization_code", "code": code, "client_id": client_id}
    async with session.post(f"{base}/auth/token", data=data) as resp:
        resp.raise_for_status()
        tokens: dict[str, Any] = await resp.json()
    return tokens


async def our_entities(base: str, token: str) -> dict[str, str]:
    """Our entity ids by domain (text, sensor, image...)."""
    async with (
        aiohttp.ClientSession() as session,
        session.ws_connect(f"{base}/api/websocket") as raw,
    ):
        await raw.receive_json()
        await raw.send_json({"type": "auth", "access_token": token})
        await raw.receive_json()
        registry = await demo.WebSocket(raw).call(type="config/entity_registry/list")
    return {
        e["entity_id"].split(".")[0]: e["entity_id"]
        for e in registry
        if e["platform"] == "synesthetic_dj"
    }


async def tell_and_wait(
    session: aiohttp.ClientSession, base: str, headers: dict[str, str], ours: dict[str, str]
) -> None:
    """Type the feeling into the text entity; wait for the home to answer."""

    async def state(entity_id: str) -> dict[str, Any]:
        async with session.get(f"{base}/api/states/{entity_id}", headers=headers) as resp:
            result: dict[str, Any] = await resp.json()
            return result

    image_before = (await state(ours["image"]))["state"]
    async with session.post(
        f"{base}/api/services/text/set_value",
        json={"entity_id": ours["text"], "value": FEELING},
        headers=headers,
    ) as resp:
        resp.raise_for_status()
    log(f"told the home: {FEELING!r}")
    for _ in range(60):
        sensor = await state(ours["sensor"])
        lamp = await state(demo.LIGHTS[0])
        player = await state(demo.SPEAKERS[0])
        image = await state(ours["image"])
        if (
            sensor["state"] == "nostalgie"
            and lamp["state"] == "on"
            and str(player["attributes"].get("media_content_id", "")).endswith("/nostalgie")
            and image["state"] != image_before
        ):
            log(f"mood {sensor['state']}: {sensor['attributes']['narration']}")
            log(f"lamp {lamp['attributes'].get('rgb_color')}, speaker {player['entity_id']}")
            return
        await asyncio.sleep(1)
    raise SystemExit("the home did not answer within a minute")


class DevTools:
    """Just enough of Chromium's DevTools protocol: send a command, await its answer."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self._ws = ws
        self._id = 0

    async def call(self, method: str, **params: Any) -> dict[str, Any]:
        self._id += 1
        await self._ws.send_json({"id": self._id, "method": method, "params": params})
        while True:
            message = await self._ws.receive_json()
            if message.get("id") == self._id:
                if "error" in message:
                    raise SystemExit(f"DevTools {method} failed: {message['error']}")
                result: dict[str, Any] = message.get("result", {})
                return result

    async def evaluate(self, expression: str) -> Any:
        result = await self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")


async def capture(chromium: str, base: str, tokens: dict[str, Any], out: Path) -> None:
    """Open the dashboard logged in and save a PNG of it."""
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="sdj-chromium-") as profile:
        browser = await asyncio.create_subprocess_exec(
            chromium,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            f"--remote-debugging-port={port}",
            "about:blank",
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
        )
        try:
            async with aiohttp.ClientSession() as session:
                page = await _page_socket(session, port)
                async with session.ws_connect(page, max_msg_size=0) as ws:
                    tools = DevTools(ws)
                    await tools.call(
                        "Emulation.setDeviceMetricsOverride",
                        width=WIDTH,
                        height=HEIGHT,
                        deviceScaleFactor=1,
                        mobile=False,
                    )
                    # The frontend keeps its login in localStorage.hassTokens: write it on
                    # the origin first, then open the dashboard.
                    await tools.call("Page.navigate", url=f"{base}/auth/authorize")
                    await asyncio.sleep(2)
                    stored = {
                        **tokens,
                        "hassUrl": base,
                        "clientId": f"{base}/",
                        "expires": int(time.time() * 1000) + tokens["expires_in"] * 1000,
                    }
                    await tools.evaluate(
                        f"localStorage.setItem('hassTokens', {json.dumps(json.dumps(stored))})"
                    )
                    await tools.call("Page.navigate", url=f"{base}/{demo.DASHBOARD}/salon")
                    rendered = False
                    for _ in range(60):
                        await asyncio.sleep(1)
                        if rendered := await tools.evaluate(_PALETTE_RENDERED_JS):
                            break
                    await asyncio.sleep(2)  # let the tiles and icons settle
                    shot = await tools.call("Page.captureScreenshot", format="png")
                    where = await tools.evaluate("location.href")
        finally:
            browser.terminate()
            await browser.wait()
    png = base64.b64decode(shot["data"])
    if not rendered:
        failed = out.with_suffix(".failed.png")
        await asyncio.to_thread(_save, failed, png)
        raise SystemExit(f"the dashboard did not render the palette ({where}); see {failed}")
    await asyncio.to_thread(_save, out, png)
    log(f"saved {out}")


def _save(out: Path, png: bytes) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(png)


async def _page_socket(session: aiohttp.ClientSession, port: int) -> str:
    """The DevTools WebSocket of the browser's first page."""
    for _ in range(60):
        with contextlib.suppress(aiohttp.ClientError):
            async with session.get(f"http://127.0.0.1:{port}/json/list") as resp:
                pages = [p for p in await resp.json() if p.get("type") == "page"]
                if pages:
                    url: str = pages[0]["webSocketDebuggerUrl"]
                    return url
        await asyncio.sleep(0.5)
    raise SystemExit("Chromium's DevTools did not answer")


async def main(out: Path) -> None:
    chromium = ensure_chromium()
    env = dict(os.environ)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="sdj-demo-") as config:
        proc = await start_demo(Path(config), port, env)
        try:
            async with aiohttp.ClientSession() as session:
                tokens = await login(session, base)
                headers = {"Authorization": f"Bearer {tokens['access_token']}"}
                ours = await our_entities(base, tokens["access_token"])
                await tell_and_wait(session, base, headers, ours)
            await capture(chromium, base, tokens, out)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGINT)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(proc.wait(), 60)
            if proc.returncode is None:
                os.killpg(proc.pid, signal.SIGKILL)
                await proc.wait()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot-demo.png")
    asyncio.run(main(parser.parse_args().out.resolve()))
