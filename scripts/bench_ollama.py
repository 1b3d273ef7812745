"""Latency of the Ollama path (text → first light command) next to the built-in's, here.

    "$(bash scripts/env.sh ha)/bin/python" scripts/bench_ollama.py [--runs 20] [--model PATH]

Runs ``tests/ha/test_ollama_e2e.py::test_benchmark`` in a real Home Assistant: the zone's
action is called with a sentence and the clock stops at the first ``light.turn_on``. The
Ollama zone talks to ``training/serve_ollama.py`` (our merged GGUF through llama.cpp, the
contract's schema as grammar, as the add-on's Ollama serves it) with a 60 s budget, so the
model's own latency is measured rather than the fallback; the built-in zone reads the same
sentences. Prints p50/p95 and writes the JSON report (``--out``).
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
import subprocess
import sys
import tempfile

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20, help="sentences per interpreter")
    parser.add_argument("--model", default="auto", help="a GGUF (default: serve_ollama's auto)")
    parser.add_argument("--threads", type=int, default=None, help="llama.cpp threads")
    parser.add_argument("--out", type=Path, default=None, help="where to keep the JSON report")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp) / "bench.json"
        env = {
            **os.environ,
            "SDJ_BENCH_OUT": str(out.resolve()),
            "SDJ_BENCH_RUNS": str(args.runs),
            "SDJ_E2E_MODEL": args.model,
        }
        if args.threads:
            env["SDJ_LLM_THREADS"] = str(args.threads)
        test = "tests/ha/test_ollama_e2e.py::test_benchmark"
        command = [sys.executable, "-m", "pytest", test, "-p", "no:cacheprovider", "-q", "-rs"]
        status = subprocess.run(command, cwd=ROOT, env=env, check=False).returncode
        if status != 0 or not out.is_file():
            print(f"benchmark failed (pytest exit {status})", file=sys.stderr)
            return status or 1
        report = json.loads(out.read_text(encoding="utf-8"))

    model = report["model"]
    print(f"\nmodel: {model['model_path']} ({model['source']})")
    print(f"machine: {report['cpu_count']} CPUs, load average {report['load_average'][0]:.1f}")
    print(f"{'interpreter':<12} {'n':>3} {'p50 (s)':>8} {'p95 (s)':>8} {'max (s)':>8} {'> 4 s':>6}")
    for name in ("ollama", "builtin"):
        row = report[name]
        print(
            f"{name:<12} {row['n']:>3} {row['p50_s']:>8.3f} {row['p95_s']:>8.3f} "
            f"{row['max_s']:>8.3f} {row['over_default_budget']:>6}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
