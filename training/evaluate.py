"""One evaluation command for every interpreter and every labelled file.

    python -m training.evaluate --data data/mood_samples.csv --split test \\
        --interpreter builtin --out artifacts/eval/builtin-test
    python -m training.evaluate --data ../shared/eval/en_empatheticdialogues_dev.tsv \\
        --interpreter keyword --out artifacts/eval/keyword-ed

The file is CSV or TSV (by extension, else sniffed) with at least ``text`` and ``mood``; a
``split`` column is filtered by ``--split``; a ``lang`` column gives per-language numbers.
Writes ``OUT/report.json`` and ``OUT/confusion.png``. Metrics are our own small functions.

Interpreters are looked up by name in :data:`REGISTRY`; a new one (``llm``, ``ollama``) plugs
in with one entry, either a factory or a lazy ``"module:function"`` string, taking the
``--opt key=value`` options (e.g. ``--opt model=path.gguf``, ``--opt url=http://...``).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping, Sequence
import csv
import importlib
import json
import math
from pathlib import Path
import sys
import time
from typing import Any

from moodcore.builtin import BuiltinInterpreter
from moodcore.compose import compose
from moodcore.contract import MOODS, Interpretation, validate_ambiance, validate_interpretation
from moodcore.interpreter import Interpreter
from moodcore.keyword import KeywordInterpreter

Row = dict[str, str]
Factory = Callable[[Mapping[str, str]], Interpreter]
INVALID = "(invalid)"


def _builtin(options: Mapping[str, str]) -> Interpreter:
    model = options.get("model")
    return BuiltinInterpreter(model_path=Path(model) if model else None)


def _keyword(options: Mapping[str, str]) -> Interpreter:
    return KeywordInterpreter()


#: name → factory, or "package.module:function" imported only when that name is asked for.
REGISTRY: dict[str, Factory | str] = {
    "builtin": _builtin,
    "keyword": _keyword,
    "llm": "training.llm_interpreter:make_llm",  # merged GGUF via llama-cpp-python (issue 7)
}


def register_interpreter(name: str, factory: Factory | str) -> None:
    REGISTRY[name] = factory


def make_interpreter(name: str, options: Mapping[str, str] | None = None) -> Interpreter:
    if name not in REGISTRY:
        raise SystemExit(f"unknown interpreter {name!r}; known: {', '.join(sorted(REGISTRY))}")
    factory = REGISTRY[name]
    if isinstance(factory, str):
        module, _, attr = factory.partition(":")
        factory = getattr(importlib.import_module(module), attr)
        assert callable(factory)
    return factory(dict(options or {}))


# --------------------------------------------------------------------------- data


def read_rows(path: Path, split: str | None = None) -> tuple[list[Row], dict[str, Any]]:
    """Rows with a known mood (and the asked split); plus facts about what was read."""
    text = path.read_text(encoding="utf-8")
    first_line = text.split("\n", 1)[0]
    delimiter = "\t" if path.suffix.lower() == ".tsv" or "\t" in first_line else ","
    reader = csv.DictReader(text.splitlines(), delimiter=delimiter)
    fields = list(reader.fieldnames or [])
    missing = {"text", "mood"} - set(fields)
    if missing:
        raise SystemExit(f"{path}: missing column(s) {sorted(missing)}")
    rows = [dict(row) for row in reader]
    read = len(rows)
    if split and "split" in fields:
        rows = [row for row in rows if row.get("split") == split]
    unknown = sum(1 for row in rows if row.get("mood") not in MOODS)
    rows = [row for row in rows if row.get("mood") in MOODS and row.get("text") is not None]
    facts = {
        "path": str(path),
        "rows_read": read,
        "split": split if "split" in fields else None,
        "rows_used": len(rows),
        "skipped_unknown_mood": unknown,
        "has_lang": "lang" in fields,
    }
    return rows, facts


# --------------------------------------------------------------------------- metrics


def percentile(values: Sequence[float], q: float) -> float:
    """Linear-interpolated percentile (as numpy's default), 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100.0
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def confusion(
    gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str]
) -> list[list[int]]:
    index = {label: i for i, label in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for g, p in zip(gold, predicted, strict=True):
        matrix[index[g]][index[p]] += 1
    return matrix


def per_class(
    gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str]
) -> dict[str, dict[str, float]]:
    result: dict[str, dict[str, float]] = {}
    for label in labels:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == label and p == label)
        support = sum(1 for g in gold if g == label)
        guessed = sum(1 for p in predicted if p == label)
        precision = tp / guessed if guessed else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[label] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "support": support,
        }
    return result


def macro_f1(classes: Mapping[str, Mapping[str, float]]) -> float:
    """Mean F1 over the moods present in the gold labels (support > 0)."""
    present = [c["f1"] for c in classes.values() if c["support"] > 0]
    return round(sum(present) / len(present), 4) if present else 0.0


def accuracy(gold: Sequence[str], predicted: Sequence[str]) -> float:
    if not gold:
        return 0.0
    return round(sum(1 for g, p in zip(gold, predicted, strict=True) if g == p) / len(gold), 4)


def summary(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, Any]:
    classes = per_class(gold, predicted, MOODS)
    return {"n": len(gold), "accuracy": accuracy(gold, predicted), "macro_f1": macro_f1(classes)}


# --------------------------------------------------------------------------- evaluation


def _is_valid(interpretation: Interpretation) -> bool:
    try:
        validate_interpretation(interpretation)
        validate_ambiance(compose(interpretation).as_dict())
    except Exception:  # any failure counts as an invalid output
        return False
    return True


def evaluate(
    rows: Sequence[Row], interpreter: Interpreter, *, use_lang: bool = False, by: Sequence[str] = ()
) -> dict[str, Any]:
    gold: list[str] = []
    predicted: list[str] = []
    langs: list[str] = []
    latencies: list[float] = []
    valid = errors = 0
    for row in rows:
        hint = row.get("lang") if use_lang and row.get("lang") in ("fr", "en") else None
        started = time.perf_counter()
        try:
            result: Interpretation | None = interpreter.interpret(row["text"], hint)
        except Exception:  # an interpreter that raises is scored as wrong and invalid
            result = None
            errors += 1
        latencies.append((time.perf_counter() - started) * 1000.0)
        ok = result is not None and _is_valid(result)
        valid += ok
        gold.append(row["mood"])
        predicted.append(result.mood if ok and result is not None else INVALID)
        langs.append(row.get("lang") or "?")
    labels = list(MOODS) + ([INVALID] if INVALID in predicted else [])
    classes = per_class(gold, predicted, MOODS)
    per_lang = {
        lang: summary(
            [g for g, x in zip(gold, langs, strict=True) if x == lang],
            [p for p, x in zip(predicted, langs, strict=True) if x == lang],
        )
        for lang in sorted(set(langs))
    }
    breakdowns = {
        column: {
            value: summary(
                [g for g, r in zip(gold, rows, strict=True) if r.get(column) == value],
                [p for p, r in zip(predicted, rows, strict=True) if r.get(column) == value],
            )
            for value in sorted({row.get(column) or "" for row in rows})
        }
        for column in by
    }
    return {
        "n": len(rows),
        "accuracy": accuracy(gold, predicted),
        "macro_f1": macro_f1(classes),
        "per_mood": classes,
        "confusion": {"labels": labels, "matrix": confusion(gold, predicted, labels)},
        "validity": round(valid / len(rows), 4) if rows else 0.0,
        "errors": errors,
        "latency_ms": {
            "p50": round(percentile(latencies, 50), 3),
            "p95": round(percentile(latencies, 95), 3),
        },
        "per_lang": per_lang,
        **({"per_column": breakdowns} if breakdowns else {}),
    }


def plot_confusion(report: Mapping[str, Any], path: Path, title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    labels: list[str] = report["confusion"]["labels"]
    matrix: list[list[int]] = report["confusion"]["matrix"]
    shares = [[v / max(sum(row), 1) for v in row] for row in matrix]
    fig, ax = plt.subplots(figsize=(9, 8))
    ax.imshow(shares, cmap="Blues", vmin=0.0, vmax=1.0)
    ax.set_xticks(range(len(labels)), labels, rotation=60, ha="right")
    ax.set_yticks(range(len(labels)), labels)
    for i, row in enumerate(matrix):
        for j, value in enumerate(row):
            if value:
                ax.text(
                    j,
                    i,
                    str(value),
                    ha="center",
                    va="center",
                    fontsize=8,
                    color="white" if shares[i][j] > 0.5 else "black",
                )
    ax.set_xlabel("predicted")
    ax.set_ylabel("gold")
    ax.set_title(title, fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _options(items: Sequence[str]) -> dict[str, str]:
    options: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep:
            raise SystemExit(f"--opt expects key=value, got {item!r}")
        options[key] = value
    return options


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m training.evaluate",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--data", type=Path, required=True, help="labelled CSV/TSV file")
    parser.add_argument("--interpreter", required=True, help=f"one of {sorted(REGISTRY)}")
    parser.add_argument("--out", type=Path, required=True, help="output directory")
    parser.add_argument("--split", default=None, help="keep rows of this split (if a column)")
    parser.add_argument(
        "--opt",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="option for the interpreter factory (repeatable)",
    )
    parser.add_argument(
        "--by",
        action="append",
        default=[],
        metavar="COLUMN",
        help="also report numbers per value of this column (e.g. kind)",
    )
    parser.add_argument(
        "--use-lang",
        action="store_true",
        help="pass the lang column to the interpreter instead of detecting it",
    )
    args = parser.parse_args(argv)

    rows, facts = read_rows(args.data, args.split)
    options = _options(args.opt)
    interpreter = make_interpreter(args.interpreter, options)
    report = evaluate(rows, interpreter, use_lang=args.use_lang, by=args.by)
    report["interpreter"] = {"name": args.interpreter, "options": options}
    report["data"] = facts
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "report.json").write_text(
        json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    title = (
        f"{args.interpreter} on {args.data.name}"
        f"{f' [{args.split}]' if facts['split'] else ''}: accuracy {report['accuracy']:.3f},"
        f" macro-F1 {report['macro_f1']:.3f} (n={report['n']})"
    )
    plot_confusion(report, args.out / "confusion.png", title)
    print(title)
    for lang, numbers in report["per_lang"].items():
        print(
            f"  {lang}: n={numbers['n']} accuracy {numbers['accuracy']:.3f} "
            f"macro-F1 {numbers['macro_f1']:.3f}"
        )
    for column, values in report.get("per_column", {}).items():
        for value, numbers in values.items():
            print(f"  {column}={value}: n={numbers['n']} accuracy {numbers['accuracy']:.3f}")
    print(
        f"  validity {report['validity']:.3f}  latency p50 {report['latency_ms']['p50']:.3f} ms"
        f"  p95 {report['latency_ms']['p95']:.3f} ms"
    )
    print(f"wrote {args.out / 'report.json'} and {args.out / 'confusion.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
