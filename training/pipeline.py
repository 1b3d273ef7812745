"""One command for issue 7: prepare → finetune → merge + GGUF export → evaluate → (ship).

    python -m training.pipeline --quick          # minutes: 3 steps on 16 rows, 8 test rows
    python -m training.pipeline --ship           # the real run; copies the adapter and report
                                                 # to training/adapter and training/reports

Everything lands in ``--out`` (default ``artifacts/llm``): data/ (inspectable jsonl), run/
(adapter, checkpoints, loss.jsonl), model/ (synesthetic-dj.{q8_0,f16}.gguf and the numpy-only
merge), report/. Re-running with ``--resume`` continues an interrupted fine-tune.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
import json
from pathlib import Path
import shutil
import time

import numpy as np

from training import finetune, merge, merge_numpy, prepare, report

SHIP_ADAPTER = Path("training/adapter")
SHIP_REPORT = Path("training/reports")


def compare_ggufs(a: Path, b: Path) -> float:
    """Largest absolute difference between the tensors of two GGUF files (same names)."""
    import gguf

    left = {t.name: t for t in gguf.GGUFReader(str(a)).tensors}
    worst = 0.0
    for tensor in gguf.GGUFReader(str(b)).tensors:
        x, y = merge_numpy.dequantize(left[tensor.name]), merge_numpy.dequantize(tensor)
        worst = max(worst, float(np.max(np.abs(x - y))))
    return worst


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m training.pipeline",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--quick", action="store_true", help="smoke test: tiny data, few steps")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--data", type=Path, default=None, help="default data/mood_samples.csv")
    parser.add_argument("--steps", type=int, default=None)
    parser.add_argument("--resume", action="store_true")
    parser.add_argument("--skip-train", action="store_true", help="reuse OUT/run/adapter")
    parser.add_argument("--ship", action="store_true", help="copy adapter + report into training/")
    parser.add_argument(
        "--extra", action="append", default=[], help="more labelled files to report"
    )
    parser.add_argument("--note", action="append", default=[], help="line for the report's notes")
    args = parser.parse_args(argv)
    out = args.out or Path("artifacts/llm/quick" if args.quick else "artifacts/llm")
    data = args.data or prepare.training_data_path()
    started = time.time()

    # 1. prepare: the inspectable jsonl (finetune re-tokenises from the same rows)
    limit = 16 if args.quick else None
    for split in ("train", "validation", "test"):
        prepare.write_jsonl(split, out / "data", limit, data)

    # 2. finetune
    run = out / "run"
    steps = args.steps or (3 if args.quick else 290)
    train_args = ["--out", str(run), "--steps", str(steps), "--data", str(data)]
    if args.quick:
        train_args += ["--limit", "16", "--batch-size", "4", "--save-every", "2"]
    if args.resume:
        train_args.append("--resume")
    adapter = run / "adapter" if args.skip_train else finetune.main(train_args)

    # 3. merge (torch) + GGUF export, and the add-on's numpy-only merge as a cross-check
    model_dir = out / "model"
    q8, _f16 = merge.merge_and_export(adapter, model_dir, ["q8_0", "f16"])
    numpy_q8 = model_dir / "synesthetic-dj.numpy.q8_0.gguf"
    merge_numpy.merge(finetune.default_base(), adapter, numpy_q8, "q8_0")
    diff = compare_ggufs(q8, numpy_q8)
    print(f"numpy-only merge vs torch merge (Q8_0): max |diff| {diff:.2e}")

    # 4. evaluate
    report_dir = out / "report"
    report_args = [
        "--model",
        str(q8),
        "--run",
        str(run),
        "--data",
        str(data),
        "--split",
        "test",
        "--out",
        str(report_dir),
        "--note",
        f"numpy-only merge vs torch merge, Q8_0 tensors: max abs diff {diff:.2e}",
    ]
    if args.quick:
        report_args += ["--limit", "8"]
    for extra in args.extra:
        report_args += ["--extra", extra]
    for note in args.note:
        report_args += ["--note", note]
    report.main(report_args)

    # 5. ship: the small adapter and the report go into git; the GGUFs are rebuilt from them
    if args.ship:
        SHIP_ADAPTER.mkdir(parents=True, exist_ok=True)
        for name in ("adapter_model.safetensors", "adapter_config.json"):
            shutil.copy2(adapter / name, SHIP_ADAPTER / name)
        SHIP_REPORT.mkdir(parents=True, exist_ok=True)
        for name in ("report.json", "report.md", "confusion.png", "loss.png"):
            shutil.copy2(report_dir / name, SHIP_REPORT / name)
    wall = round(time.time() - started, 1)
    (out / "pipeline.json").write_text(
        json.dumps({"wall_s": wall, "argv": list(argv or [])}) + "\n"
    )
    print(f"pipeline done in {wall} s → {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
