"""README command 1 works: the demo home starts with our zone loaded."""

from __future__ import annotations

from pathlib import Path
import socket
import subprocess
import sys

import pytest

ROOT = Path(__file__).parents[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.mark.usefixtures("socket_enabled")
def test_demo_starts_and_configures_the_zone(tmp_path: Path) -> None:
    """The demo script onboards, adds the zone through the config flow and verifies it.

    Run twice on the same configuration, the second start logs in instead of onboarding.
    """
    command = [
        sys.executable,
        str(ROOT / "scripts/demo/run.py"),
        "--config",
        str(tmp_path),
        "--check",
        "--timeout",
        "240",
    ]
    for _ in range(2):
        result = subprocess.run(
            [*command, "--port", str(_free_port())],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert "Home Assistant is ready" in result.stdout
        assert "Login:    demo / synesthetic" in result.stdout
    log = (tmp_path / "home-assistant.log").read_text(encoding="utf-8")
    assert "Error setting up entry" not in log
    assert "synesthetic_dj" in log
