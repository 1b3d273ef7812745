"""Write a Hugging Face llama model (e.g. the merged fine-tune) as a GGUF llama.cpp/Ollama load.

Used by ``training.merge``; the writer, names and Q/K permutation are ``training.merge_numpy``'s,
so the torch path and the numpy-only path give the same file layout. Metadata (tokenizer,
chat template, special tokens...) comes from a reference GGUF (the base model's file); the
architecture numbers are checked against the model's config and replaced only where they
differ (the test's tiny model), so exporting SmolLM2 keeps the base file's keys as they are.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import gguf
import numpy as np

from training.merge_numpy import (
    F32,
    Field,
    architecture,
    gguf_name,
    permute,
    read_fields,
    set_field,
    write_gguf,
)

_U32, _F32 = gguf.GGUFValueType.UINT32, gguf.GGUFValueType.FLOAT32


def config_fields(config: Any) -> dict[str, tuple[Any, gguf.GGUFValueType]]:
    """llama.* hyper-parameters of a transformers ``LlamaConfig``."""
    rope = getattr(config, "rope_parameters", None) or {}
    theta = rope.get("rope_theta", getattr(config, "rope_theta", 10000.0))
    head_dim = getattr(config, "head_dim", None) or config.hidden_size // config.num_attention_heads
    return {
        "llama.block_count": (config.num_hidden_layers, _U32),
        "llama.context_length": (config.max_position_embeddings, _U32),
        "llama.embedding_length": (config.hidden_size, _U32),
        "llama.feed_forward_length": (config.intermediate_size, _U32),
        "llama.attention.head_count": (config.num_attention_heads, _U32),
        "llama.attention.head_count_kv": (config.num_key_value_heads, _U32),
        "llama.rope.freq_base": (float(theta), _F32),
        "llama.attention.layer_norm_rms_epsilon": (float(config.rms_norm_eps), _F32),
        "llama.vocab_size": (config.vocab_size, _U32),
        "llama.rope.dimension_count": (head_dim, _U32),
    }


def merged_fields(reader: gguf.GGUFReader, config: Any) -> list[Field]:
    fields = read_fields(reader)
    current = {key: value for key, value, *_ in fields}
    for key, (value, vtype) in config_fields(config).items():
        same = key in current and np.float32(current[key]) == np.float32(value)
        if not same:
            set_field(fields, key, value, vtype)
    return fields


def gguf_tensors(state_dict: dict[str, Any], config: Any) -> dict[str, F32]:
    """HF tensors → GGUF names, float32, Q/K rows permuted as llama.cpp expects."""
    tensors: dict[str, F32] = {}
    for hf_name, value in state_dict.items():
        if hf_name == "lm_head.weight" and config.tie_word_embeddings:
            continue  # tied: llama.cpp reuses token_embd
        if "rotary_emb" in hf_name:
            continue
        weight = value.detach().to("cpu").float().numpy()
        name = gguf_name(hf_name)
        if ".attn_q." in name:
            weight = permute(weight, config.num_attention_heads)
        elif ".attn_k." in name:
            weight = permute(weight, config.num_key_value_heads)
        tensors[name] = np.ascontiguousarray(weight, dtype=np.float32)
    return tensors


def export_gguf(model: Any, reference_gguf: Path, out: Path, kind: str) -> Path:
    """``kind``: f16, q8_0 or f32. Tensor order follows the reference file when names match."""
    if model.config.model_type != "llama":
        raise ValueError(f"only llama-architecture models export, not {model.config.model_type}")
    reader = gguf.GGUFReader(str(reference_gguf))
    tensors = gguf_tensors(model.state_dict(), model.config)
    reference = [t.name for t in reader.tensors]
    order = reference if set(reference) == set(tensors) else list(tensors)
    fields = merged_fields(reader, model.config)
    write_gguf(out, architecture(reader), fields, ((n, tensors[n]) for n in order), kind)
    return out
