"""Training-side checks of the core: catalog export, evaluation command, deterministic training."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from training import (
    builtin_inputs,
    builtin_linear,
    builtin_semantic,
    builtin_train,
    evaluate,
    export_catalog,
)
from training.data import CATALOG_PATH as CATALOG_CSV, SAMPLES_PATH

# isort: split
# (importing training first puts moodcore on sys.path)
from moodcore import MOODS, BuiltinInterpreter, BuiltinModel
from moodcore.catalog import CATALOG_PATH as CATALOG_JSON, load_catalog


def test_catalog_json_in_sync_with_csv() -> None:
    assert CATALOG_JSON.read_text(encoding="utf-8") == export_catalog.render(CATALOG_CSV), (
        "moodcore/catalog.json is stale: run python -m training.export_catalog"
    )
    assert export_catalog.main(["--check"]) == 0
    assert list(load_catalog()) == list(MOODS)


def test_export_rejects_a_broken_catalog(tmp_path: Path) -> None:
    rows = list(csv.DictReader(CATALOG_CSV.open(encoding="utf-8")))
    rows[0]["palette"] = "#ff0000"  # one colour only
    broken = tmp_path / "catalog.csv"
    with broken.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    assert export_catalog.main(["--csv", str(broken), "--out", str(tmp_path / "c.json")]) == 1


ROWS = [
    ("Je suis tellement triste ce soir", "tristesse", "fr", "test"),
    ("I am so sad tonight", "tristesse", "en", "test"),
    ("On a gagné la finale !", "victoire", "fr", "test"),
    ("We won the cup!", "victoire", "en", "test"),
    ("J'ai peur, il y a le feu", "panique", "fr", "test"),
    ("Je me sens nostalgique", "nostalgie", "fr", "train"),
    ("", "detente", "en", "test"),
    ("ignored: unknown label", "joie", "fr", "test"),
]


def _tsv(path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t")
        writer.writerow(["text", "mood", "lang", "split"])
        writer.writerows(ROWS)
    return path


@pytest.mark.parametrize("interpreter", ["builtin", "keyword"])
def test_evaluate_command(tmp_path: Path, interpreter: str) -> None:
    data = _tsv(tmp_path / "small.tsv")
    out = tmp_path / "out"
    code = evaluate.main(
        ["--data", str(data), "--interpreter", interpreter, "--out", str(out), "--split", "test"]
    )
    assert code == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    for key in (
        "n",
        "accuracy",
        "macro_f1",
        "per_mood",
        "confusion",
        "validity",
        "latency_ms",
        "per_lang",
        "interpreter",
        "data",
    ):
        assert key in report
    assert report["n"] == 6  # split filter + unknown label dropped
    assert report["data"]["skipped_unknown_mood"] == 1
    assert report["validity"] == 1.0
    assert set(report["latency_ms"]) == {"p50", "p95"}
    assert set(report["per_lang"]) == {"fr", "en"}
    assert report["confusion"]["labels"][:12] == list(MOODS)
    assert sum(map(sum, report["confusion"]["matrix"])) == 6
    assert set(report["per_mood"]["tristesse"]) == {"precision", "recall", "f1", "support"}
    assert report["interpreter"]["name"] == interpreter
    png = (out / "confusion.png").read_bytes()
    assert png.startswith(b"\x89PNG")


def test_metrics() -> None:
    gold = ["a", "a", "b", "b"]
    pred = ["a", "b", "b", "b"]
    classes = evaluate.per_class(gold, pred, ["a", "b", "c"])
    assert classes["a"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667, "support": 2}
    assert classes["b"]["precision"] == pytest.approx(0.6667)
    assert evaluate.macro_f1(classes) == pytest.approx((0.6667 + 0.8) / 2, abs=1e-4)
    assert evaluate.accuracy(gold, pred) == 0.75
    assert evaluate.percentile([1, 2, 3, 4], 50) == 2.5
    assert evaluate.percentile([], 95) == 0.0
    assert evaluate.confusion(gold, pred, ["a", "b"]) == [[1, 1], [0, 2]]


def test_registry_plugs_in_by_name() -> None:
    class Echo:
        name = "echo"

        def interpret(self, text: str, lang: str | None = None):  # type: ignore[no-untyped-def]
            return BuiltinInterpreter().interpret(text, lang)

    evaluate.register_interpreter("echo-test", lambda options: Echo())
    try:
        assert evaluate.make_interpreter("echo-test").name == "echo"
    finally:
        del evaluate.REGISTRY["echo-test"]
    with pytest.raises(SystemExit):
        evaluate.make_interpreter("nope")


@pytest.mark.parametrize("model", ["hidden", "linear"])
def test_builtin_train_is_deterministic(tmp_path: Path, model: str) -> None:
    if not SAMPLES_PATH.exists():
        pytest.skip("data/mood_samples.csv not there yet")
    args = ["--no-tune", "--semantic", "off", "--limit", "150", "--seed", "3", "--model", model]
    args += ["--final", "train"]
    first, second = tmp_path / "a.npz", tmp_path / "b.npz"
    assert builtin_train.main([*args, "--out", str(first)]) == 0
    assert builtin_train.main([*args, "--out", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    model = BuiltinModel.load(first)
    assert model.labels == MOODS
    assert json.loads(model.meta)["train_rows"] == 150
    assert BuiltinInterpreter(model).interpret("je suis triste").mood in MOODS


def _rows_with_random_word_vectors() -> tuple[list[dict[str, str]], builtin_inputs.Semantic]:
    """The sample rows, and 8-dimensional random vectors for their content words."""
    import numpy as np

    rows = [{"text": text, "mood": mood} for text, mood, _, _ in ROWS if mood in MOODS]
    words = sorted(
        {
            w
            for row in rows
            for w in builtin_semantic.semantic_tokens(builtin_semantic.analyze(row["text"]))
        }
    )
    vectors = np.random.default_rng(0).normal(size=(len(words), 8)).astype(np.float32)
    return rows, builtin_inputs.Semantic(tuple(words), vectors)


def test_semantic_table_reproduces_training_logits(tmp_path: Path) -> None:
    """The word table folded into the weights file gives what the dense inputs gave."""
    import numpy as np

    rows, semantic = _rows_with_random_word_vectors()
    words, vectors = semantic.words, semantic.vectors
    params = builtin_linear.TrainParams(iterations=60, semantic_alpha=2.0, prune=0.0)
    model, _ = builtin_linear.train(rows, params, semantic=semantic)
    assert model.sem_table is not None and model.sem_table.shape == (len(words), 12)
    dense = builtin_inputs.dense_inputs(rows, semantic, params.semantic_alpha)
    design = builtin_linear.build_design(rows, params.features, model.buckets, dense=dense)
    weights = np.concatenate(
        [model.weights, np.zeros((design.n_cols - len(model.buckets), 12), np.float32)]
    )
    # dense columns: recover the projection from the table (vectors are full column rank)
    projection = np.linalg.lstsq(vectors * 2.0, model.sem_table, rcond=None)[0]
    weights[len(model.buckets) : len(model.buckets) + 8] = projection
    expected = builtin_linear._logits(design, weights, model.bias)
    model.save(tmp_path / "m.npz")
    loaded = BuiltinModel.load(tmp_path / "m.npz")
    for row, logits in zip(rows, expected, strict=True):
        probs, _ = loaded.scores(builtin_semantic.analyze(row["text"]))
        want = np.exp(logits - logits.max())
        assert np.allclose(probs, want / want.sum(), atol=0.02)


@pytest.mark.parametrize(("own_rows", "shared_bits"), [(0, 0), (40, 3)])
def test_hidden_layer_file_reproduces_the_trained_network(
    tmp_path: Path, own_rows: int, shared_bits: int
) -> None:
    """What Home Assistant computes from the file (4-bit rows, rare buckets on shared rows, the
    dense term folded into the word table) is what the torch network computed while training."""
    import numpy as np
    import torch

    from training import builtin_mlp

    rows, semantic = _rows_with_random_word_vectors()
    params = builtin_mlp.MlpParams(
        hidden=6,
        epochs=60,
        learning_rate=0.05,
        semantic_alpha=2.0,
        own_rows=own_rows,
        shared_bits=shared_bits,
    )
    feats = [builtin_inputs.featurize_memo(row["text"], params.features) for row in rows]
    buckets = builtin_mlp.own_buckets(feats, params)
    seen = np.unique(np.concatenate([f[0] for f in feats]))
    assert len(buckets) == (own_rows or len(seen)) and set(buckets) <= set(seen)
    dense = builtin_inputs.dense_inputs(rows, semantic, params.semantic_alpha)
    assert dense is not None
    on_rows = builtin_mlp.row_features(feats, buckets, params)
    n_rows = builtin_mlp.row_count(buckets, params)
    net = builtin_mlp.fit(on_rows, builtin_inputs.row_labels(rows), dense, params, n_rows)
    model = builtin_mlp.to_model(net, buckets, params, {}, semantic.words, semantic.vectors)
    model.save(tmp_path / "m.npz")
    loaded = BuiltinModel.load(tmp_path / "m.npz")
    assert loaded.output is not None and loaded.sem_table is not None
    assert loaded.shared_bits == shared_bits and len(loaded.weights) == n_rows
    with torch.no_grad():
        logits = net(*builtin_mlp.batch(on_rows, dense, np.arange(len(rows)))).numpy()
    for row, want in zip(rows, logits, strict=True):
        probs, _ = loaded.scores(builtin_semantic.analyze(row["text"]))
        want = np.exp(want - want.max())
        assert np.allclose(probs, want / want.sum(), atol=0.02)
    # the network learnt the rows: the test is not comparing two near-uniform outputs
    assert builtin_mlp.accuracy(loaded, rows) == 1.0


def test_semantic_sentence_vectors() -> None:
    import numpy as np

    words = ("funeral", "happy")
    vectors = np.eye(2, dtype=np.float32)
    got = builtin_semantic.sentence_vectors(
        ["a funeral, not happy", "the", "happy funeral"], words, vectors
    )
    assert got.tolist() == [[1.0, 0.0], [0.0, 0.0], [0.5, 0.5]]


def test_semantic_vocabulary_skips_words_of_a_single_row(tmp_path: Path) -> None:
    # No vocab.txt in tmp_path: only the rows' and the lexicons' words count.
    texts = ["Zorglub's kayak in Quimper", "a kayak again", "Quimperlé, my kayak"]
    words = set(builtin_semantic.vocabulary(texts, tmp_path))
    assert "kayak" in words
    assert "quimper" not in words and "zorglub" not in words
    assert {"quimper", "zorglub"} <= set(builtin_semantic.vocabulary(texts, tmp_path, min_texts=1))
