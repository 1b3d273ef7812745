"""Step 3: merge the LoRA adapter into the base model (torch) and export GGUF files.

    python -m training.merge --adapter artifacts/llm/run/adapter --out artifacts/llm/model \\
        --type q8_0 --type f16

Writes ``OUT/synesthetic-dj.<type>.gguf``. ``training/merge_numpy.py`` does the same from the
base GGUF without torch (the add-on's path); the tests check both agree.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from training.finetune import default_base, load_model
from training.gguf_export import export_gguf

MODEL_STEM = "synesthetic-dj"


def merged_model(base: str | Path, adapter: Path) -> Any:
    from peft import PeftModel

    model = PeftModel.from_pretrained(load_model(base), str(adapter))
    return model.merge_and_unload().eval()


def merge_and_export(
    adapter: Path,
    out: Path,
    kinds: Sequence[str],
    base: str | Path | None = None,
    reference_gguf: Path | None = None,
) -> list[Path]:
    """``reference_gguf``: where the tokenizer/chat-template metadata comes from (default: the
    base GGUF itself; required when the base is a Hugging Face folder or id)."""
    base = base or default_base()
    reference = reference_gguf or Path(base)
    if reference.suffix != ".gguf":
        raise SystemExit("--reference-gguf is needed when the base is not a GGUF file")
    model = merged_model(base, adapter)
    return [export_gguf(model, reference, out / f"{MODEL_STEM}.{k}.gguf", k) for k in kinds]


def main(argv: Sequence[str] | None = None) -> list[Path]:
    parser = argparse.ArgumentParser(
        prog="python -m training.merge",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--adapter", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("artifacts/llm/model"))
    parser.add_argument("--base", default=None, help="default: SmolLM2-135M-Instruct GGUF")
    parser.add_argument("--reference-gguf", type=Path, default=None)
    parser.add_argument("--type", action="append", choices=["f16", "q8_0", "f32"], default=None)
    args = parser.parse_args(argv)
    paths = merge_and_export(
        args.adapter, args.out, args.type or ["q8_0", "f16"], args.base, args.reference_gguf
    )
    for path in paths:
        print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB)")
    return paths


if __name__ == "__main__":
    main()
