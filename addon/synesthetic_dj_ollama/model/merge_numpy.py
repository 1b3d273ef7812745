"""Merge a LoRA adapter into a llama-architecture GGUF with numpy only (no torch, no peft).

    python merge_numpy.py --base SmolLM2-135M-Instruct.Q4_1.gguf --adapter training/adapter \\
        --out synesthetic-dj.q8_0.gguf --type q8_0

Self-contained on purpose: the Home Assistant add-on's Docker build stage copies this one file
and needs only ``numpy`` and ``gguf`` (the adapter's safetensors file is read by the small reader
below). ``training/gguf_export.py`` (the torch path) reuses its writer, so both paths produce the
same layout, metadata and tensor order; the output is byte-for-byte reproducible.

How: every base tensor is dequantised to float32 (it is already in llama.cpp's layout, i.e. Q/K
rows permuted), ``lora_alpha / r · B @ A`` is added to the seven projections (the Q/K deltas get
the same row permutation), then tensors are written as F16 or Q8_0 (norms stay F32). Never
re-quantise to Q4_1: it destroys the fine-tune. Metadata (tokenizer, chat template...) is copied
from the base file; only ``general.file_type`` changes.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Sequence
import json
from pathlib import Path
import re
import struct
from typing import Any

import gguf
import numpy as np
import numpy.typing as npt

F32 = npt.NDArray[np.float32]
Field = tuple[str, Any, gguf.GGUFValueType, gguf.GGUFValueType | None]

TYPES: dict[str, tuple[gguf.GGMLQuantizationType, gguf.LlamaFileType]] = {
    "f16": (gguf.GGMLQuantizationType.F16, gguf.LlamaFileType.MOSTLY_F16),
    "q8_0": (gguf.GGMLQuantizationType.Q8_0, gguf.LlamaFileType.MOSTLY_Q8_0),
    "f32": (gguf.GGMLQuantizationType.F32, gguf.LlamaFileType.ALL_F32),
}
_LAYER_NAMES = {
    "input_layernorm": "attn_norm",
    "post_attention_layernorm": "ffn_norm",
    "self_attn.q_proj": "attn_q",
    "self_attn.k_proj": "attn_k",
    "self_attn.v_proj": "attn_v",
    "self_attn.o_proj": "attn_output",
    "mlp.gate_proj": "ffn_gate",
    "mlp.up_proj": "ffn_up",
    "mlp.down_proj": "ffn_down",
}
_GLOBAL_NAMES = {
    "model.embed_tokens.weight": "token_embd.weight",
    "model.norm.weight": "output_norm.weight",
    "lm_head.weight": "output.weight",
}


def gguf_name(hf_name: str) -> str:
    """Hugging Face llama tensor name → llama.cpp GGUF name."""
    if hf_name in _GLOBAL_NAMES:
        return _GLOBAL_NAMES[hf_name]
    match = re.fullmatch(r"model\.layers\.(\d+)\.(.+)\.weight", hf_name)
    if not match or match.group(2) not in _LAYER_NAMES:
        raise ValueError(f"no GGUF name for tensor {hf_name!r}")
    return f"blk.{match.group(1)}.{_LAYER_NAMES[match.group(2)]}.weight"


def permute(weight: F32, n_head: int) -> F32:
    """llama.cpp's Q/K row order: per head, the two rotary halves interleaved (as its converter)."""
    rows = weight.shape[0]
    return np.ascontiguousarray(
        weight.reshape(n_head, 2, rows // n_head // 2, *weight.shape[1:])
        .swapaxes(1, 2)
        .reshape(weight.shape)
    )


# --------------------------------------------------------------------------- GGUF in / out


def read_fields(reader: gguf.GGUFReader) -> list[Field]:
    """Every metadata key except the file header ones and the architecture (the writer adds it)."""
    fields: list[Field] = []
    for key, field in reader.fields.items():
        if key.startswith("GGUF.") or key == "general.architecture":
            continue
        vtype = field.types[0]
        sub = field.types[-1] if vtype == gguf.GGUFValueType.ARRAY else None
        if vtype == gguf.GGUFValueType.ARRAY and len(field.types) != 2:
            raise ValueError(f"nested array metadata {key!r} is not supported")
        fields.append((key, field.contents(), vtype, sub))
    return fields


def architecture(reader: gguf.GGUFReader) -> str:
    return str(reader.fields["general.architecture"].contents())


def set_field(fields: list[Field], key: str, value: Any, vtype: gguf.GGUFValueType) -> None:
    """Replace a key in place (keeps the order, hence the bytes) or append it."""
    for i, (name, *_rest) in enumerate(fields):
        if name == key:
            fields[i] = (key, value, vtype, None)
            return
    fields.append((key, value, vtype, None))


def dequantize(tensor: Any) -> F32:
    """A GGUF tensor as float32, rows × columns (numpy order)."""
    data = gguf.quants.dequantize(tensor.data, tensor.tensor_type)
    return np.asarray(data, dtype=np.float32).reshape(tuple(int(d) for d in tensor.shape[::-1]))


def write_gguf(
    out: Path, arch: str, fields: Sequence[Field], tensors: Iterable[tuple[str, F32]], kind: str
) -> None:
    """Write metadata then tensors in the given order; 1-D tensors (norms) stay F32."""
    qtype, file_type = TYPES[kind]
    fields = list(fields)
    set_field(fields, "general.file_type", int(file_type), gguf.GGUFValueType.UINT32)
    out.parent.mkdir(parents=True, exist_ok=True)
    writer = gguf.GGUFWriter(str(out), arch)
    for key, value, vtype, sub in fields:
        writer.add_key_value(key, value, vtype, sub_type=sub)
    for name, weight in tensors:
        weight = np.asarray(weight, dtype=np.float32)
        if weight.ndim == 1 or qtype == gguf.GGMLQuantizationType.F32:
            writer.add_tensor(name, weight)
        elif qtype == gguf.GGMLQuantizationType.F16:
            writer.add_tensor(name, weight.astype(np.float16))
        else:
            writer.add_tensor(name, gguf.quants.quantize(weight, qtype), raw_dtype=qtype)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()


# --------------------------------------------------------------------------- adapter


def read_safetensors(path: Path) -> dict[str, F32]:
    """Minimal safetensors reader (F32/F16/BF16) so the add-on needs no extra package."""
    raw = path.read_bytes()
    (size,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8 : 8 + size])
    base = 8 + size
    tensors: dict[str, F32] = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        begin, end = info["data_offsets"]
        chunk = raw[base + begin : base + end]
        if info["dtype"] == "F32":
            array = np.frombuffer(chunk, dtype="<f4")
        elif info["dtype"] == "F16":
            array = np.frombuffer(chunk, dtype="<f2").astype(np.float32)
        elif info["dtype"] == "BF16":
            array = (np.frombuffer(chunk, dtype="<u2").astype(np.uint32) << 16).view(np.float32)
        else:
            raise ValueError(f"{path}: unsupported dtype {info['dtype']} for {name}")
        tensors[name] = array.reshape(info["shape"]).astype(np.float32)
    return tensors


def lora_deltas(adapter: Path) -> dict[str, F32]:
    """GGUF tensor name → ``scale · B @ A`` in Hugging Face row order (not yet permuted)."""
    config = json.loads((adapter / "adapter_config.json").read_text())
    if config.get("rank_pattern") or config.get("alpha_pattern") or config.get("fan_in_fan_out"):
        raise ValueError("rank/alpha patterns and fan_in_fan_out adapters are not supported")
    rank = int(config["r"])
    scale = config["lora_alpha"] / (rank**0.5 if config.get("use_rslora") else rank)
    weights = read_safetensors(adapter / "adapter_model.safetensors")
    deltas: dict[str, F32] = {}
    for key in sorted(weights):
        if not key.endswith(".lora_A.weight"):
            if not key.endswith(".lora_B.weight"):
                raise ValueError(f"unexpected adapter tensor {key!r}")
            continue
        module = key.removesuffix(".lora_A.weight").removeprefix("base_model.model.")
        a, b = weights[key], weights[key.replace(".lora_A.", ".lora_B.")]
        deltas[gguf_name(module + ".weight")] = (scale * (b @ a)).astype(np.float32)
    return deltas


def merge(base: Path, adapter: Path, out: Path, kind: str) -> None:
    reader = gguf.GGUFReader(str(base))
    arch = architecture(reader)
    n_head = int(reader.fields[f"{arch}.attention.head_count"].contents())
    n_kv = int(reader.fields[f"{arch}.attention.head_count_kv"].contents())
    deltas = lora_deltas(adapter)
    unknown = set(deltas) - {t.name for t in reader.tensors}
    if unknown:
        raise ValueError(f"adapter targets tensors missing from the base: {sorted(unknown)[:3]}")

    def merged() -> Iterable[tuple[str, F32]]:
        for tensor in reader.tensors:
            weight = dequantize(tensor)
            delta = deltas.get(tensor.name)
            if delta is not None:
                if ".attn_q." in tensor.name:
                    delta = permute(delta, n_head)
                elif ".attn_k." in tensor.name:
                    delta = permute(delta, n_kv)
                weight = weight + delta
            yield tensor.name, weight

    write_gguf(out, arch, read_fields(reader), merged(), kind)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--base", type=Path, required=True, help="base model GGUF")
    parser.add_argument("--adapter", type=Path, required=True, help="peft LoRA folder")
    parser.add_argument("--out", type=Path, required=True, help="merged GGUF to write")
    parser.add_argument("--type", choices=sorted(TYPES), default="q8_0")
    args = parser.parse_args(argv)
    merge(args.base, args.adapter, args.out, args.type)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB, {args.type})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
