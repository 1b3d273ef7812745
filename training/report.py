"""Step 4: evaluate the merged GGUF and the built-in interpreter side by side; write the report.

    python -m training.report --model artifacts/llm/model/synesthetic-dj.q8_0.gguf \\
        --run artifacts/llm/run --out training/reports [--split test] [--limit N]

Mood metrics come from ``training.evaluate.evaluate`` (accuracy, macro-F1, per language and per
kind, validity, latency). On top, the prototype's metrics: corpus BLEU (sacrebleu, reported on
0..1 like the prototype's 0.258) and ROUGE-1/2/L F-measure (rouge-score; the prototype's 0.520
compares to ROUGE-L), both on the FULL composed payload ``json.dumps(compose(x).as_dict())``
with ``diagnostics.latency_ms`` removed. The reference payload composes the label's
interpretation (``prepare.target_json``) under the evaluated interpreter's name with
confidence 1.0; an invalid answer scores as an empty payload.
Writes report.json, report.md, confusion.png (llm) and loss.png (training loss per step).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping, Sequence
import json
from pathlib import Path
import platform
import time
from typing import Any

from moodcore import Interpretation, compose, interpretation_from_llm, parse_llm_output
from moodcore.interpreter import Interpreter
from training.evaluate import evaluate, make_interpreter, percentile, plot_confusion, read_rows
from training.prepare import target_json

BAR = {"accuracy": 0.95, "validity": 1.0, "prototype_bleu": 0.258, "prototype_rouge_l": 0.520}


class Recorder:
    """Wraps an interpreter and keeps every answer (None when it raised), in row order."""

    def __init__(self, inner: Interpreter) -> None:
        self.inner, self.name = inner, inner.name
        self.outputs: list[Interpretation | None] = []

    def interpret(self, text: str, lang: str | None = None) -> Interpretation:
        try:
            result = self.inner.interpret(text, lang)
        except Exception:
            self.outputs.append(None)
            raise
        self.outputs.append(result)
        return result


def payload(interpretation: Interpretation | None) -> str:
    if interpretation is None:
        return ""
    try:
        data = compose(interpretation).as_dict()
    except Exception:  # an answer compose rejects is as good as no answer
        return ""
    data["diagnostics"].pop("latency_ms", None)
    return json.dumps(data, ensure_ascii=False)


def reference(row: Mapping[str, str], interpreter: str) -> Interpretation:
    return interpretation_from_llm(
        parse_llm_output(target_json(dict(row))), interpreter=interpreter
    )


def text_metrics(hypotheses: Sequence[str], references: Sequence[str]) -> dict[str, float]:
    from rouge_score import rouge_scorer
    import sacrebleu

    bleu = sacrebleu.corpus_bleu(list(hypotheses), [list(references)]).score / 100.0
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=False)
    sums = {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0}
    for hyp, ref in zip(hypotheses, references, strict=True):
        for key, score in scorer.score(ref, hyp).items():
            sums[key] += score.fmeasure
    n = max(1, len(hypotheses))
    return {"bleu": round(bleu, 4), **{k: round(v / n, 4) for k, v in sums.items()}}


_WORKER: Any = None


def _init_worker(model: str, threads: int) -> None:
    global _WORKER
    from training.llm_interpreter import LlmInterpreter

    _WORKER = LlmInterpreter(Path(model), threads=threads)


def _answer(text: str) -> Any:
    _WORKER.generate(text)
    return _WORKER.calls[-1]


def llm_calls(model: Path, texts: Sequence[str], workers: int, threads: int) -> list[Any]:
    """Answers from ``workers`` processes of ``threads`` llama.cpp threads each, in order.

    On a shared 2-core machine, two 1-thread processes beat one 2-thread process: llama.cpp's
    threads spin at barriers and stall badly when another job holds a core (measured 3-40 s
    per answer with 2 threads under load, against 1-3 s)."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_init_worker, initargs=(str(model), threads)) as pool:
        return list(pool.imap(_answer, texts, chunksize=4))


class Replayed:
    """The ``llm`` interpreter, its answers computed beforehand by :func:`llm_calls`."""

    name = "llm"

    def __init__(self, calls: Sequence[Any]) -> None:
        self.calls, self._next = list(calls), 0

    def interpret(self, text: str, lang: str | None = None) -> Interpretation:
        call = self.calls[self._next]
        self._next += 1
        return interpretation_from_llm(parse_llm_output(call.raw), interpreter=self.name, lang=lang)

    def tokens_per_second(self) -> float:
        seconds = sum(c.seconds for c in self.calls)
        return sum(c.completion_tokens for c in self.calls) / seconds if seconds else 0.0


def run_one(
    name: str,
    options: Mapping[str, str],
    rows: Sequence[dict[str, str]],
    inner: Any = None,
) -> tuple[dict[str, Any], Any]:
    inner = inner or make_interpreter(name, options)
    recorder = Recorder(inner)
    started = time.time()
    report = evaluate(rows, recorder, by=("kind",) if rows and "kind" in rows[0] else ())
    report["wall_s"] = round(time.time() - started, 1)
    hyps = [payload(o) for o in recorder.outputs]
    refs = [payload(reference(r, inner.name)) for r in rows]
    report["text_metrics"] = text_metrics(hyps, refs)
    if hasattr(inner, "tokens_per_second"):
        calls = inner.calls
        # latency of an answer = its llama.cpp generation, timed where it ran
        ms = [c.seconds * 1000.0 for c in calls]
        report["latency_ms"] = {
            "p50": round(percentile(ms, 50), 1),
            "p95": round(percentile(ms, 95), 1),
        }
        report["tokens_per_s"] = round(inner.tokens_per_second(), 1)
        report["mean_completion_tokens"] = round(
            sum(c.completion_tokens for c in calls) / max(1, len(calls)), 1
        )
        report["mean_prompt_tokens"] = round(
            sum(c.prompt_tokens for c in calls) / max(1, len(calls)), 1
        )
        report["examples"] = [
            {"id": r.get("id", ""), "text": r["text"], "gold": target_json(r), "raw": c.raw}
            for r, c in list(zip(rows, calls, strict=False))[:5]
        ]
    report["interpreter"] = {"name": name, "options": dict(options)}
    return report, inner


def plot_loss(loss_path: Path, out: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    records = [json.loads(line) for line in loss_path.read_text().splitlines() if line]
    steps = [r["step"] for r in records]
    losses = [r["loss"] for r in records]
    window = 10  # the per-step loss of small batches is noisy: draw a running mean over it
    smooth = [
        sum(losses[max(0, i - window + 1) : i + 1]) / len(losses[max(0, i - window + 1) : i + 1])
        for i in range(len(losses))
    ]
    fig, ax = plt.subplots(figsize=(8, 4.5))
    ax.plot(steps, losses, color="#9ecae1", linewidth=1, label="loss per step")
    ax.plot(steps, smooth, color="#08519c", linewidth=2, label=f"running mean ({window})")
    ax.set_yscale("log")
    ax.set_xlabel("step")
    ax.set_ylabel("cross-entropy on answer tokens")
    ax.set_title("LoRA fine-tune of SmolLM2-135M-Instruct: training loss")
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(out, dpi=110)
    plt.close(fig)


def _row(
    label: str, llm: Any, builtin: Any, fmt: Callable[[Any], str] = lambda v: f"{v:.3f}"
) -> str:
    show = lambda v: "–" if v is None else fmt(v)  # noqa: E731
    return f"| {label} | {show(llm)} | {show(builtin)} |"


def markdown(report: Mapping[str, Any]) -> str:
    llm, builtin = report["llm"], report["builtin"]
    train = report.get("training", {})
    lines = [
        "# Synesthetic DJ — fine-tuned LLM interpreter: evaluation report",
        "",
        f"Model: `{report['model']['file']}` ({report['model']['size_mb']} MB), SmolLM2-135M-Instruct"
        f" + LoRA (`training/adapter/`), merged and exported by `training.merge`.",
        f"Data: `{report['data']['path']}` split `{report['data']['split']}`, n={llm['n']}"
        f" (sha256 `{report['data']['sha256'][:16]}…`). Generated {report['generated_at']}.",
        "",
        "## Results (llm vs built-in, same rows)",
        "",
        "| metric | llm (fine-tuned GGUF) | builtin |",
        "|---|---|---|",
        _row("accuracy (bar ≥ 0.95)", llm["accuracy"], builtin["accuracy"]),
        _row("macro-F1", llm["macro_f1"], builtin["macro_f1"]),
    ]
    for lang in sorted(set(llm["per_lang"]) | set(builtin["per_lang"])):
        l_, b_ = llm["per_lang"].get(lang, {}), builtin["per_lang"].get(lang, {})
        lines.append(
            _row(
                f"accuracy {lang} (n={l_.get('n', b_.get('n', 0))})",
                l_.get("accuracy"),
                b_.get("accuracy"),
            )
        )
    tm_l, tm_b = llm["text_metrics"], builtin["text_metrics"]
    lines += [
        _row("JSON validity (bar 1.00)", llm["validity"], builtin["validity"]),
        _row("BLEU, composed payload (prototype 0.258)", tm_l["bleu"], tm_b["bleu"]),
        _row("ROUGE-1 F", tm_l["rouge1"], tm_b["rouge1"]),
        _row("ROUGE-2 F", tm_l["rouge2"], tm_b["rouge2"]),
        _row("ROUGE-L F (prototype 0.520)", tm_l["rougeL"], tm_b["rougeL"]),
        _row(
            "latency p50 (ms)",
            llm["latency_ms"]["p50"],
            builtin["latency_ms"]["p50"],
            lambda v: f"{v:.1f}",
        ),
        _row(
            "latency p95 (ms)",
            llm["latency_ms"]["p95"],
            builtin["latency_ms"]["p95"],
            lambda v: f"{v:.1f}",
        ),
        _row("generated tokens/s", llm.get("tokens_per_s"), None, lambda v: f"{v:.1f}"),
        "",
        f"Bar: accuracy ≥ {BAR['accuracy']}, validity {BAR['validity']:.2f}, BLEU/ROUGE-L far"
        f" above the prototype's {BAR['prototype_bleu']}/{BAR['prototype_rouge_l']}."
        f" **Accuracy bar {'met' if llm['accuracy'] >= BAR['accuracy'] else 'NOT met'}**"
        f" ({llm['accuracy']:.3f}); validity {llm['validity']:.3f}.",
        "",
        f"llm: mean {llm.get('mean_prompt_tokens')} prompt tokens, "
        f"{llm.get('mean_completion_tokens')} generated tokens per answer; grammar-constrained"
        " greedy decoding with llama-cpp-python"
        f" ({report['llm']['interpreter']['options'].get('workers')} processes ×"
        f" {report['llm']['interpreter']['options'].get('threads')} thread).",
        "",
        "### Accuracy per kind of sentence",
        "",
        "| kind | n | llm | builtin |",
        "|---|---|---|---|",
    ]
    for kind, numbers in llm.get("per_column", {}).get("kind", {}).items():
        other = builtin.get("per_column", {}).get("kind", {}).get(kind, {})
        lines.append(
            f"| {kind} | {numbers['n']} | {numbers['accuracy']:.3f} |"
            f" {other.get('accuracy', 0):.3f} |"
        )
    lines += [
        "",
        "### Per mood (llm)",
        "",
        "| mood | precision | recall | F1 | support |",
        "|---|---|---|---|---|",
    ]
    for mood, c in llm["per_mood"].items():
        lines.append(
            f"| {mood} | {c['precision']:.3f} | {c['recall']:.3f} | {c['f1']:.3f} |"
            f" {c['support']} |"
        )
    for name, extra in report.get("extra", {}).items():
        lines += [
            "",
            f"### {name}",
            "",
            "| metric | llm | builtin |",
            "|---|---|---|",
            _row("accuracy", extra["llm"]["accuracy"], extra["builtin"]["accuracy"]),
            _row("macro-F1", extra["llm"]["macro_f1"], extra["builtin"]["macro_f1"]),
            _row("validity", extra["llm"]["validity"], extra["builtin"]["validity"]),
            f"| n | {extra['llm']['n']} | {extra['builtin']['n']} |",
        ]
    lines += [
        "",
        "![confusion matrix](confusion.png)",
        "",
        "![training loss](loss.png)",
        "",
        "## How it was produced",
        "",
    ]
    if train:
        lines += [
            f"- Command: `{train.get('command', '')}`",
            f"- Machine: {report['machine']}",
            f"- Training wall time: {train.get('wall_s', '?')} s for {train.get('steps')}"
            f" steps ({train.get('epochs', '?')} epochs of {train.get('train_rows')} rows)",
            f"- Hyper-parameters: {json.dumps(train.get('hyper', {}))}",
            f"- Final training loss (mean of last 10 steps): {train.get('final_loss')}",
        ]
    lines += [
        f"- Evaluation wall time: llm {llm['wall_s']} s, builtin {builtin['wall_s']} s",
        "",
        "## Sample answers",
        "",
    ]
    for ex in llm.get("examples", []):
        lines += [f"- `{ex['text']}`", f"  - gold `{ex['gold']}`", f"  - llm  `{ex['raw']}`"]
    lines += ["", "## Notes", ""] + [f"- {n}" for n in report.get("notes", [])]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    import hashlib

    parser = argparse.ArgumentParser(
        prog="python -m training.report",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--model", type=Path, required=True, help="merged GGUF")
    parser.add_argument("--run", type=Path, default=None, help="finetune output (loss.jsonl...)")
    parser.add_argument("--data", type=Path, default=Path("data/mood_samples.csv"))
    parser.add_argument("--split", default="test")
    parser.add_argument("--limit", type=int, default=None, help="first N rows (smoke tests)")
    parser.add_argument(
        "--extra",
        action="append",
        default=[],
        type=Path,
        help="also evaluate this labelled file (e.g. external eval), no split",
    )
    parser.add_argument("--out", type=Path, default=Path("training/reports"))
    parser.add_argument("--note", action="append", default=[])
    parser.add_argument("--workers", type=int, default=2, help="llama.cpp processes")
    parser.add_argument("--threads", type=int, default=1, help="llama.cpp threads per process")
    args = parser.parse_args(argv)

    rows, facts = read_rows(args.data, args.split)
    rows = rows[: args.limit] if args.limit else rows
    facts["rows_used"] = len(rows)
    facts["sha256"] = hashlib.sha256(args.data.read_bytes()).hexdigest()
    args.out.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {
        "generated_at": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": f"{platform.machine()} CPU, {__import__('os').cpu_count()} cores, no GPU"
        f" ({platform.platform()})",
        "model": {"file": args.model.name, "size_mb": round(args.model.stat().st_size / 1e6, 1)},
        "data": facts,
        "bar": BAR,
    }
    started = time.time()
    calls = llm_calls(args.model, [r["text"] for r in rows], args.workers, args.threads)
    options = {"model": str(args.model), "workers": str(args.workers), "threads": str(args.threads)}
    report["llm"], _ = run_one("llm", options, rows, Replayed(calls))
    report["llm"]["wall_s"] = round(time.time() - started, 1)
    report["builtin"], _ = run_one("builtin", {}, rows)
    for extra in args.extra:
        extra_rows, _facts = read_rows(extra, None)
        extra_rows = extra_rows[: args.limit] if args.limit else extra_rows
        report.setdefault("extra", {})[extra.name] = {
            "llm": evaluate(
                extra_rows,
                Replayed(llm_calls(args.model, [r["text"] for r in extra_rows], args.workers, 1)),
            ),
            "builtin": evaluate(extra_rows, make_interpreter("builtin")),
        }
    if args.run and (args.run / "loss.jsonl").exists():
        records = [json.loads(x) for x in (args.run / "loss.jsonl").read_text().splitlines() if x]
        config = json.loads((args.run / "train_config.json").read_text())
        summary_path = args.run / "train_summary.json"
        summary = json.loads(summary_path.read_text()) if summary_path.exists() else {}
        keys = (
            "steps",
            "batch_size",
            "lr",
            "warmup",
            "rank",
            "alpha",
            "dropout",
            "seed",
            "weight_decay",
            "prefix_tokens",
            "threads",
        )
        report["training"] = {
            "steps": config["steps"],
            "train_rows": config["train_rows"],
            "epochs": round(config["steps"] * config["batch_size"] / config["train_rows"], 2),
            "wall_s": round(sum(r["seconds"] for r in records), 1),
            "final_loss": round(
                sum(r["loss"] for r in records[-10:]) / max(1, len(records[-10:])), 4
            ),
            "hyper": {k: config[k] for k in keys if k in config},
            "command": summary.get("command", ""),
            "loss": [[r["step"], r["loss"]] for r in records],
        }
        plot_loss(args.run / "loss.jsonl", args.out / "loss.png")
    report["notes"] = list(args.note)
    title = (
        f"llm on {args.data.name} [{args.split}]: accuracy {report['llm']['accuracy']:.3f},"
        f" macro-F1 {report['llm']['macro_f1']:.3f} (n={report['llm']['n']})"
    )
    plot_confusion(report["llm"], args.out / "confusion.png", title)
    (args.out / "report.json").write_text(
        json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    (args.out / "report.md").write_text(markdown(report), encoding="utf-8")
    print(title)
    print(
        f"builtin: accuracy {report['builtin']['accuracy']:.3f}; llm BLEU"
        f" {report['llm']['text_metrics']['bleu']:.3f} ROUGE-L"
        f" {report['llm']['text_metrics']['rougeL']:.3f}; wrote {args.out}"
    )
    return report


if __name__ == "__main__":
    main()
