"""Run the Synesthetic DJ demo: a real Home Assistant with virtual lights and speakers.

Generates a configuration directory, starts `hass` on 127.0.0.1, completes onboarding
through Home Assistant's own HTTP API, adds a Synesthetic DJ zone through the config flow
on the built-in interpreter, builds a dashboard, prints the URL and login, and keeps
running until Ctrl+C. `--check` stops once everything is verified (used by the tests).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
from pathlib import Path
import shutil
import sys
import time
from typing import Any

import aiohttp

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
USERNAME = "demo"
PASSWORD = "synesthetic"
ZONE = "Salon"
LIGHTS = ["light.salon_lamp", "light.salon_strip", "light.salon_ceiling", "light.salon_dimmer"]
SPEAKERS = ["media_player.living_room"]
# The zone as the config flow's steps receive it, step after step.
ZONE_FLOW_INPUTS: list[dict[str, Any]] = [
    {
        "name": ZONE,
        "interpreter": "builtin",
        "lights": LIGHTS,
        "speakers": SPEAKERS,
        "language": "auto",
    },
]
DASHBOARD = "synesthetic-dj"  # url path of the demo dashboard (a dash is required)
OUR_DOMAINS_ORDER = ("text", "select", "sensor", "button", "switch", "image")


def prepare_config(config_dir: Path) -> None:
    """Write the demo configuration and link the integration from this checkout."""
    config_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(HERE / "configuration.yaml", config_dir / "configuration.yaml")
    components = config_dir / "custom_components"
    components.mkdir(exist_ok=True)
    link = components / "synesthetic_dj"
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(ROOT / "custom_components" / "synesthetic_dj", target_is_directory=True)


async def wait_until_up(
    session: aiohttp.ClientSession, base: str, proc: asyncio.subprocess.Process, timeout: float
) -> None:
    """Wait for the HTTP server, which Home Assistant starts once its integrations are set up.

    `/api/onboarding` needs no login; it answers 404 once onboarding is done.
    """
    deadline = time.monotonic() + timeout
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        if proc.returncode is not None:
            raise SystemExit(f"Home Assistant exited with code {proc.returncode}")
        try:
            async with session.get(f"{base}/api/onboarding") as resp:
                if resp.status in (200, 404):
                    return
        except (aiohttp.ClientError, TimeoutError) as err:
            last_error = err
        await asyncio.sleep(1)
    raise SystemExit(
        f"Home Assistant did not answer on {base} within {timeout:.0f} s ({last_error!r})"
    )


async def exchange_code(session: aiohttp.ClientSession, base: str, code: str) -> str:
    data = {"grant_type": "authorization_code", "code": code, "client_id": f"{base}/"}
    async with session.post(f"{base}/auth/token", data=data) as resp:
        resp.raise_for_status()
        token: str = (await resp.json())["access_token"]
        return token


def preset_onboarding(config_dir: Path) -> None:
    """Mark every onboarding step but the user as done, before the first start.

    Finishing `core_config` through the API would also start google_translate, met and
    radio_browser, which need the internet; this demo home stays offline.
    """
    storage = config_dir / ".storage"
    storage.mkdir(exist_ok=True)
    path = storage / "onboarding"
    if not path.exists():
        done = ["core_config", "analytics", "integration"]
        path.write_text(
            json.dumps(
                {"version": 4, "minor_version": 1, "key": "onboarding", "data": {"done": done}}
            ),
            encoding="utf-8",
        )


async def onboard_or_login(session: aiohttp.ClientSession, base: str) -> str:
    """Create the owner on a new configuration, or log in to an existing one."""
    client_id = f"{base}/"
    async with session.get(f"{base}/api/onboarding") as resp:
        steps = {s["step"]: s["done"] for s in await resp.json()} if resp.status == 200 else {}
    if not steps.get("user", True):
        user = {
            "client_id": client_id,
            "name": "Demo",
            "username": USERNAME,
            "password": PASSWORD,
            "language": "en",
        }
        async with session.post(f"{base}/api/onboarding/users", json=user) as resp:
            resp.raise_for_status()
            return await exchange_code(session, base, (await resp.json())["auth_code"])
    flow_body = {
        "client_id": client_id,
        "handler": ["homeassistant", None],
        "redirect_uri": f"{base}/?auth_callback=1",
    }
    async with session.post(f"{base}/auth/login_flow", json=flow_body) as resp:
        flow_id = (await resp.json())["flow_id"]
    creds = {"client_id": client_id, "username": USERNAME, "password": PASSWORD}
    async with session.post(f"{base}/auth/login_flow/{flow_id}", json=creds) as resp:
        result = await resp.json()
    if result.get("type") != "create_entry":
        raise SystemExit(f"Could not log in as {USERNAME}: {result}")
    return await exchange_code(session, base, result["result"])


async def wait_until_running(
    session: aiohttp.ClientSession, base: str, headers: dict[str, str], timeout: float
) -> None:
    """Wait until Home Assistant reports it has started (its HTTP server answers earlier)."""
    deadline = time.monotonic() + timeout
    state = "unknown"
    while time.monotonic() < deadline:
        async with session.get(f"{base}/api/config", headers=headers) as resp:
            if resp.status == 200:
                state = (await resp.json()).get("state", state)
                if state == "RUNNING":
                    return
        await asyncio.sleep(1)
    raise SystemExit(f"Home Assistant did not finish starting within {timeout:.0f} s ({state})")


async def ensure_zone(session: aiohttp.ClientSession, base: str, headers: dict[str, str]) -> None:
    """Add the demo zone through the integration's config flow, once."""
    url = f"{base}/api/config/config_entries/entry?domain=synesthetic_dj"
    async with session.get(url, headers=headers) as resp:
        if await resp.json():
            return
    async with session.post(
        f"{base}/api/config/config_entries/flow",
        json={"handler": "synesthetic_dj"},
        headers=headers,
    ) as resp:
        resp.raise_for_status()
        result = await resp.json()
    for user_input in ZONE_FLOW_INPUTS:
        async with session.post(
            f"{base}/api/config/config_entries/flow/{result['flow_id']}",
            json=user_input,
            headers=headers,
        ) as resp:
            resp.raise_for_status()
            result = await resp.json()
    if result.get("type") != "create_entry":
        raise SystemExit(f"The Synesthetic DJ config flow did not finish: {result}")


class WebSocket:
    """The smallest client of Home Assistant's WebSocket API that this script needs."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self._ws = ws
        self._id = 0

    async def call(self, **message: Any) -> Any:
        self._id += 1
        await self._ws.send_json({"id": self._id, **message})
        while True:
            reply = await self._ws.receive_json()
            if reply.get("id") == self._id:
                if not reply.get("success"):
                    raise SystemExit(f"WebSocket {message['type']} failed: {reply}")
                return reply.get("result")


def dashboard(ours: list[str]) -> dict[str, Any]:
    """A dashboard with the mood controls, the palette image and the zone's devices."""
    image = [e for e in ours if e.startswith("image.")]
    controls = [e for e in ours if not e.startswith("image.")]
    cards: list[dict[str, Any]] = [
        {"type": "entities", "title": f"{ZONE} — Synesthetic DJ", "entities": controls},
    ]
    cards += [
        {"type": "picture-entity", "entity": e, "show_name": False, "show_state": False}
        for e in image
    ]
    cards.append(
        {
            "type": "grid",
            "columns": 2,
            "square": False,
            "cards": [{"type": "tile", "entity": light} for light in LIGHTS],
        }
    )
    cards += [{"type": "media-control", "entity": player} for player in SPEAKERS]
    return {"title": "Synesthetic DJ", "views": [{"title": ZONE, "path": "salon", "cards": cards}]}


async def ensure_dashboard(session: aiohttp.ClientSession, base: str, token: str) -> list[str]:
    """Save the default dashboard; return our entity ids."""
    async with session.ws_connect(f"{base}/api/websocket") as raw:
        await raw.receive_json()
        await raw.send_json({"type": "auth", "access_token": token})
        if (await raw.receive_json()).get("type") != "auth_ok":
            raise SystemExit("WebSocket authentication failed")
        ws = WebSocket(raw)
        registry = await ws.call(type="config/entity_registry/list")
        ours = sorted(
            (e["entity_id"] for e in registry if e["platform"] == "synesthetic_dj"),
            key=lambda eid: (
                OUR_DOMAINS_ORDER.index(eid.split(".")[0])
                if eid.split(".")[0] in OUR_DOMAINS_ORDER
                else 99,
                eid,
            ),
        )
        # Since 2026.2 a new install opens on a generated "home" overview and the legacy
        # default dashboard is not shown: ours is a dashboard of its own, made the default.
        existing = await ws.call(type="lovelace/dashboards/list")
        if not any(d["url_path"] == DASHBOARD for d in existing):
            await ws.call(
                type="lovelace/dashboards/create",
                url_path=DASHBOARD,
                title="Synesthetic DJ",
                icon="mdi:palette",
                show_in_sidebar=True,
                require_admin=False,
                mode="storage",
            )
        await ws.call(type="lovelace/config/save", url_path=DASHBOARD, config=dashboard(ours))
        await ws.call(
            type="frontend/set_system_data", key="core", value={"default_panel": DASHBOARD}
        )
        return ours


async def verify(session: aiohttp.ClientSession, base: str, headers: dict[str, str]) -> None:
    """The zone is loaded and the virtual devices exist.

    Config entries and the demo speakers are set up in background tasks that may finish
    after the HTTP server answers, so give them a little time.
    """
    problem = ""
    for _ in range(60):
        async with session.get(
            f"{base}/api/config/config_entries/entry?domain=synesthetic_dj", headers=headers
        ) as resp:
            states = [e["state"] for e in await resp.json()]
        async with session.get(f"{base}/api/states", headers=headers) as resp:
            present = {s["entity_id"] for s in await resp.json()}
        missing = [e for e in LIGHTS + SPEAKERS if e not in present]
        if states == ["loaded"] and not missing:
            return
        problem = f"Synesthetic DJ entries {states}, missing virtual devices {missing}"
        await asyncio.sleep(1)
    raise SystemExit(problem)


async def run(config_dir: Path, port: int, check: bool, timeout: float) -> int:
    prepare_config(config_dir)
    preset_onboarding(config_dir)
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "SDJ_DEMO_PORT": str(port)}
    log_path = config_dir / "hass.out"
    started = time.monotonic()
    with log_path.open("wb") as log:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "homeassistant",
            "--config",
            str(config_dir),
            "--skip-pip",
            stdout=log,
            stderr=asyncio.subprocess.STDOUT,
            env=env,
        )
    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as session:
            await wait_until_up(session, base, proc, timeout)
            token = await onboard_or_login(session, base)
            headers = {"Authorization": f"Bearer {token}"}
            await wait_until_running(session, base, headers, timeout)
            await ensure_zone(session, base, headers)
            ours = await ensure_dashboard(session, base, token)
            await verify(session, base, headers)
        print(f"Home Assistant is ready in {time.monotonic() - started:.0f} s")
        print(f"  URL:      {base}")
        print(f"  Login:    {USERNAME} / {PASSWORD}")
        print(f"  Zone:     {ZONE} — lights {', '.join(LIGHTS)}; speaker {', '.join(SPEAKERS)}")
        print(f"  Entities: {', '.join(ours) or '(none yet)'}")
        print(f"  Logs:     {config_dir / 'home-assistant.log'}")
        if check:
            return 0
        print("Press Ctrl+C to stop.")
        return await proc.wait()
    finally:
        if proc.returncode is None:
            proc.terminate()
            try:
                await asyncio.wait_for(proc.wait(), 60)
            except TimeoutError:
                proc.kill()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--config",
        type=Path,
        default=ROOT / "demo-config",
        help="configuration directory to create or reuse (default: demo-config/)",
    )
    parser.add_argument("--port", type=int, default=8123)
    parser.add_argument("--check", action="store_true", help="stop once the demo is verified")
    parser.add_argument("--timeout", type=float, default=300, help="seconds to wait for startup")
    args = parser.parse_args()
    with contextlib.suppress(KeyboardInterrupt):
        sys.exit(asyncio.run(run(args.config.resolve(), args.port, args.check, args.timeout)))


if __name__ == "__main__":
    main()
