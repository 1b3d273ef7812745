"""The committed mood data is valid, the validator catches real mistakes, the build reproduces."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from training import data, neardup
from training.samples import build
from training.samples.seedfmt import SeedFormatError, parse_line
from training.samples.typos import typo_variant

Row = dict[str, str]


@pytest.fixture(scope="module")
def catalog() -> list[Row]:
    return data.load_catalog()


@pytest.fixture(scope="module")
def samples() -> list[Row]:
    return data.load_samples()


@pytest.fixture(scope="module")
def eval_rows() -> list[Row]:
    return data.load_eval_fr()


@pytest.fixture
def mutable(samples: list[Row]) -> list[Row]:
    return copy.deepcopy(samples)


# ----------------------------------------------------------------------------- committed files


def test_committed_files_pass_validation(
    catalog: list[Row], samples: list[Row], eval_rows: list[Row]
) -> None:
    problems = data.validate(
        catalog,
        samples,
        eval_rows,
        catalog_header=data.read_header(data.CATALOG_PATH),
        samples_header=data.read_header(data.SAMPLES_PATH),
    )
    assert problems == []


def test_check_command_succeeds(capsys: pytest.CaptureFixture[str]) -> None:
    assert data.main(["check"]) == 0
    out = capsys.readouterr().out
    assert "OK: no problems found." in out
    assert "kind_share" in out


def test_report_json(capsys: pytest.CaptureFixture[str], samples: list[Row]) -> None:
    assert data.main(["report", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["rows"] == len(samples)
    assert set(report["per_mood_lang"]) == set(data.MOODS)
    assert sum(report["per_split"].values()) == len(samples)
    assert report["avg_words"] > 3


def test_catalog_follows_the_prototype_and_arousal(catalog: list[Row]) -> None:
    by_mood = {row["mood"]: row for row in catalog}
    prototype = {
        "bonnehumeur": (0.9, 0.4),
        "euphorie": (0.95, 0.85),
        "panique": (0.1, 0.95),
        "tristesse": (0.15, 0.3),
        "detente": (0.7, 0.3),
    }
    for mood, (valence, arousal) in prototype.items():
        assert float(by_mood[mood]["valence"]) == valence
        assert float(by_mood[mood]["arousal"]) == arousal
    ordered = sorted(catalog, key=lambda row: float(row["arousal"]))
    durations = [float(row["step_duration_s"]) for row in ordered]
    floors = [float(row["intensity_min"]) for row in ordered]
    assert durations == sorted(durations, reverse=True), "calmer moods must change more slowly"
    assert floors[0] < floors[-1], "aroused moods must start brighter"
    assert float(by_mood["panique"]["step_duration_s"]) <= 2.5
    assert float(by_mood["detente"]["step_duration_s"]) >= 10


def test_every_kind_is_spread_across_moods(samples: list[Row]) -> None:
    for kind in data.KINDS:
        moods = {row["mood"] for row in samples if row["kind"] == kind}
        assert moods == set(data.MOODS), kind


# ----------------------------------------------------------------------------- injected problems


def test_catches_bad_mood(mutable: list[Row]) -> None:
    mutable[0]["mood"] = "melancolie"
    assert any("mood='melancolie'" in p for p in data.validate_samples(mutable))


def test_catches_test_sentence_leaking_with_other_accents_and_case(mutable: list[Row]) -> None:
    leaked = next(
        row
        for row in mutable
        if row["split"] == "test" and row["lang"] == "fr" and "é" in row["text"]
    )
    copy_row = dict(leaked)
    copy_row.update(
        id="sdj-leak",
        group="leak-group",
        split="train",
        text=leaked["text"].replace("é", "e").upper().rstrip(".!") + " !!",
    )
    mutable.append(copy_row)
    problems = data.leakage_problems(mutable)
    assert any("sdj-leak" in p and "leaks into train" in p for p in problems)


def test_catches_reworded_test_sentence(mutable: list[Row]) -> None:
    leaked = next(
        row for row in mutable if row["split"] == "test" and len(row["text"].split()) >= 8
    )
    words = leaked["text"].split()
    copy_row = dict(leaked, id="sdj-shuffle", group="other", split="validation")
    copy_row["text"] = " ".join(words[1:] + words[:1])  # same words, other order
    mutable.append(copy_row)
    assert any("sdj-shuffle" in p for p in data.leakage_problems(mutable))


def test_catches_group_spanning_splits(mutable: list[Row]) -> None:
    counts: dict[str, int] = {}
    for row in mutable:
        counts[row["group"]] = counts.get(row["group"], 0) + 1
    row = next(r for r in mutable if counts[r["group"]] > 1)
    row["split"] = next(s for s in data.SPLITS if s != row["split"])
    problems = data.validate_samples(mutable)
    assert any(f"group {row['group']!r} spans splits" in p for p in problems)


def test_catches_two_colour_palette(catalog: list[Row]) -> None:
    broken = copy.deepcopy(catalog)
    broken[0]["palette"] = "#ff0000;#00ff00"
    assert any("palette needs 3-5 colours" in p for p in data.validate_catalog(broken))


def test_catches_bad_hex_and_track_id(catalog: list[Row]) -> None:
    broken = copy.deepcopy(catalog)
    broken[1]["palette"] = "#ff0000;#00ff00;red"
    broken[2]["track_id"] = "other"
    problems = data.validate_catalog(broken)
    assert any("'red' is not #rrggbb" in p for p in problems)
    assert any("track_id" in p for p in problems)


def test_catches_values_outside_vocabularies(mutable: list[Row]) -> None:
    mutable[0]["colors"] = "red;chartreuse"
    mutable[1]["brightness"] = "medium"
    mutable[2]["lang"] = "pt"
    mutable[3]["kind"] = "sarcasm"
    mutable[4]["text"] = " 🙂 "
    mutable[5]["id"] = mutable[6]["id"]
    mutable[7]["colors"] = "red;orange;yellow;green"
    problems = "\n".join(data.validate_samples(mutable))
    for needle in (
        "chartreuse",
        "has more than 3",
        "brightness='medium'",
        "lang='pt'",
        "kind='sarcasm'",
        "empty text",
        "duplicate id",
    ):
        assert needle in problems


def test_catches_duplicate_after_normalisation(mutable: list[Row]) -> None:
    mutable[1]["text"] = mutable[0]["text"].upper() + " 😀"
    assert any("duplicate of" in p for p in data.validate_samples(mutable))


def test_catches_thresholds(samples: list[Row]) -> None:
    few = [row for row in samples if row["mood"] != "panique"][:1000]
    problems = "\n".join(data.validate_samples(few))
    assert "need at least 1800" in problems
    assert "mood panique has 0 rows" in problems


def test_catches_eval_row_copied_into_samples(mutable: list[Row], eval_rows: list[Row]) -> None:
    mutable.append(dict(mutable[0], id="sdj-eval", text=eval_rows[0]["text"].casefold()))
    assert any("also in samples" in p for p in data.validate_eval_fr(eval_rows, mutable))


def test_catches_wrong_header() -> None:
    header = list(data.SAMPLE_COLUMNS)
    header[-1] = "fold"
    assert any("columns" in p for p in data.validate_samples([], header))


# ----------------------------------------------------------------------------- generator


def test_generator_reproduces_committed_csv(tmp_path: Path) -> None:
    out = tmp_path / "mood_samples.csv"
    assert build.main(["--out", str(out)]) == 0
    assert out.read_bytes() == data.SAMPLES_PATH.read_bytes()


def test_generator_never_reads_the_eval_files() -> None:
    source = "\n".join(
        path.read_text(encoding="utf-8") for path in Path(build.__file__).parent.rglob("*.py")
    )
    assert "eval_fr" not in source.replace("never reads `data/eval_fr.tsv`", "")
    assert "shared/eval" not in source


def test_normalise() -> None:
    assert data.normalise("  Je suis TRÈS énervé !!! 😡 ") == "je suis tres enerve"
    assert data.normalise("C'est l'été") == "c est l ete"
    assert data.normalise("🎉🎉") == ""


def test_seed_parser_rejects_unknown_colour() -> None:
    assert parse_line("fr wish n c=red;gold b=bright | Victoire !").colors == ("red", "gold")
    with pytest.raises(SeedFormatError):
        parse_line("fr wish n c=chartreuse | Mets du vert pomme")
    with pytest.raises(SeedFormatError):
        parse_line("fr sarcasm n | Super, encore une panne.")


def test_typo_variant_changes_the_normalised_text() -> None:
    import random

    rng = random.Random(0)
    for text in ("Je suis très content aujourd'hui.", "I'm really worried about tonight."):
        lang = "fr" if text.startswith("Je") else "en"
        variant = typo_variant(text, lang, rng)
        assert data.normalise(variant) != data.normalise(text)
        assert variant == variant.strip()


def test_locked_groups_keep_their_split(samples: list[Row]) -> None:
    """A model may have trained on the first split: a locked group may only move into train."""
    lock = build.load_split_lock()
    split_of = {row["group"]: row["split"] for row in samples}
    assert set(lock) <= set(split_of)
    for group, split in lock.items():
        expected = "train" if group in build.MOVED_TO_TRAIN else split
        assert split_of[group] == expected, group
    assert set(lock) >= build.MOVED_TO_TRAIN


def test_translation_lines_share_a_group() -> None:
    drafts = build.extra_written("detente")
    by_group: dict[str, set[str]] = {}
    for draft in drafts:
        by_group.setdefault(draft.group, set()).add(draft.seed.lang)
    assert any(langs == {"fr", "en"} for langs in by_group.values())


def test_third_wave_never_reaches_test_and_keeps_its_distance(samples: list[Row]) -> None:
    """The test split is frozen: train-only groups stay out of it, and none of their rows
    shares half its words with a test row."""
    wave3 = [row for row in samples if data.is_train_only_group(row["group"])]
    assert len(wave3) > 1000
    assert {row["split"] for row in wave3} == {"train", "validation"}
    test = [data.tokens(row["text"]) for row in samples if row["split"] == "test"]
    for row in wave3:
        words = data.tokens(row["text"])
        assert all(neardup.jaccard(words, t) < build.TEST_GUARD_JACCARD for t in test), row["text"]


def test_test_guard_drops_a_third_wave_rewording(samples: list[Row]) -> None:
    test_row = next(row for row in samples if row["split"] == "test" and len(row["text"]) > 40)
    seed = build.Seed(test_row["text"] + " Vraiment.", test_row["lang"], "situation", "normal")
    near = build.Draft(seed, test_row["mood"], f"{test_row['mood']}-w999")
    far = build.Draft(
        build.Seed("Zzz qwerty plonk.", "en", "situation", "normal"), "detente", "detente-w998"
    )
    split_of = {test_row["group"]: "test", near.group: "train", far.group: "train"}
    original = build.Draft(
        build.Seed(test_row["text"], test_row["lang"], "situation", "normal"),
        test_row["mood"],
        test_row["group"],
    )
    kept = build.keep_test_unseen([original, near, far], split_of)
    assert kept == [original, far]


def test_split_check_flags_a_train_only_row_in_test(mutable: list[Row]) -> None:
    row = next(r for r in mutable if data.is_train_only_group(r["group"]))
    for other in mutable:
        if other["group"] == row["group"]:
            other["split"] = "test"
    assert any("train-only" in p for p in data.validate_samples(mutable))
