"""Build `data/mood_samples.csv` from the hand-written seeds and the template piles.

    python -m training.samples.build [--out PATH]

Deterministic: one fixed seed drives every random choice and the output is written with
`\\n` line endings, so two runs give byte-identical files (a test checks the committed file).
This module never reads `data/eval_fr.tsv` nor the external evaluation sets.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from collections.abc import Mapping, Sequence
import csv
from dataclasses import dataclass
import importlib
from pathlib import Path
import random
import sys

from training.data import (
    MOODS,
    SAMPLE_COLUMNS,
    SAMPLES_PATH,
    SPLIT_TARGETS,
    is_train_only_group,
    normalise,
    tokens,
)
from training.neardup import (
    NEAR_DUP_JACCARD,
    SimilarWordSets,
    is_near_duplicate,
    jaccard,
    word_counts,
)
from training.samples.piles import mood_pile
from training.samples.seedfmt import Seed, parse_seeds
from training.samples.typos import typo_variant

SEED = 20240607
# The test split is frozen at the 535 rows every earlier model was reported on; later waves
# feed train and validation only, so test numbers stay comparable across models.
WAVE3_SPLITS: Mapping[str, float] = {"train": 0.85, "validation": 0.15}
TEST_GUARD_JACCARD = 0.5
# Frozen split of every group that existed when a model was first trained on the data.
SPLIT_LOCK_PATH = Path(__file__).with_name("split_lock.tsv")
# Locked groups moved from validation/test into train because a translation of the same
# sentence (fr <-> en, another group) sits in train: the pair would leak across the split.
MOVED_TO_TRAIN: frozenset[str] = frozenset(
    {
        "bonnehumeur-h063",
        "bonnehumeur-h064",
        "colere-h019",
        "colere-h049",
        "curiosite-h026",
        "curiosite-h030",
        "curiosite-h033",
        "curiosite-h036",
        "curiosite-h038",
        "curiosite-h044",
        "curiosite-h053",
        "curiosite-h063",
        "curiosite-h064",
        "curiosite-h066",
        "curiosite-h071",
        "curiosite-h075",
        "curiosite-h076",
        "curiosite-h080",
        "curiosite-h082",
        "curiosite-h088",
        "curiosite-h089",
        "curiosite-h090",
        "curiosite-h091",
        "curiosite-h093",
        "curiosite-h096",
        "detente-h007",
        "detente-h024",
        "detente-h036",
        "detente-h043",
        "detente-h044",
        "detente-h046",
        "detente-h054",
        "detente-h063",
        "detente-h064",
        "detente-h082",
        "detente-h094",
        "euphorie-h006",
        "euphorie-h028",
        "euphorie-h039",
        "euphorie-h046",
        "euphorie-h047",
        "euphorie-h056",
        "euphorie-h063",
        "euphorie-h068",
        "euphorie-h079",
        "euphorie-h080",
        "euphorie-h081",
        "euphorie-h082",
        "euphorie-h088",
        "euphorie-h094",
        "euphorie-h096",
        "inquietude-h038",
        "inquietude-h067",
        "nostalgie-h024",
        "nostalgie-h025",
        "nostalgie-h028",
        "nostalgie-h048",
        "nostalgie-h078",
        "panique-h006",
        "panique-h024",
        "panique-h025",
        "panique-h049",
        "panique-h078",
        "panique-h079",
        "panique-h086",
        "reverie-h000",
        "reverie-h002",
        "reverie-h024",
        "reverie-h044",
        "reverie-h053",
        "reverie-h061",
        "reverie-h062",
        "reverie-h074",
        "reverie-h086",
        "reverie-h088",
        "reverie-h089",
        "suspense-h006",
        "suspense-h014",
        "suspense-h020",
        "suspense-h028",
        "suspense-h043",
        "suspense-h044",
        "suspense-h046",
        "suspense-h051",
        "suspense-h053",
        "suspense-h057",
        "suspense-h060",
        "suspense-h063",
        "suspense-h075",
        "suspense-h076",
        "suspense-h080",
        "suspense-h090",
        "suspense-h094",
        "victoire-h006",
        "victoire-h007",
        "victoire-h009",
        "victoire-h012",
        "victoire-h025",
        "victoire-h058",
        "victoire-h059",
        "victoire-h072",
        "victoire-h075",
        "victoire-h077",
        "victoire-h088",
        "victoire-h089",
        "victoire-h096",
    }
)
# How many hand-written sentences per mood and language get a phone-typed copy.
TYPO_COPIES = {"fr": 5, "en": 3}
TYPO_SOURCE_KINDS = ("situation", "explicit", "intensity")
# Rare languages are pooled for stratification, or a handful of Spanish rows could never
# reach the test split.
STRATUM_LANG = {
    "fr": "fr",
    "en": "en",
    "mixed": "mixed",
    "es": "other",
    "de": "other",
    "it": "other",
}


@dataclass(frozen=True)
class Draft:
    seed: Seed
    mood: str
    group: str


def seeds_module(mood: str):  # type: ignore[no-untyped-def]
    return importlib.import_module(f"training.samples.seeds.{mood}")


def hand_written(mood: str) -> list[Draft]:
    module = seeds_module(mood)
    seeds = parse_seeds(module.SEEDS, f"seeds/{mood}.py")
    return [Draft(seed, mood, f"{mood}-h{index:03d}") for index, seed in enumerate(seeds)]


def typo_copies(rng: random.Random, drafts: Sequence[Draft]) -> list[Draft]:
    copies: list[Draft] = []
    for lang, count in TYPO_COPIES.items():
        pool = [
            d
            for d in drafts
            if d.seed.lang == lang and d.seed.kind in TYPO_SOURCE_KINDS and len(d.seed.text) <= 110
        ]
        for draft in rng.sample(pool, min(count, len(pool))):
            text = typo_variant(draft.seed.text, lang, rng)
            seed = Seed(
                text, lang, "typo", draft.seed.intensity, draft.seed.colors, draft.seed.brightness
            )
            copies.append(Draft(seed, draft.mood, draft.group))
    return copies


def extra_written(mood: str) -> list[Draft]:
    """Second wave of hand-written seeds (`extra/<mood>.py`): groups `<mood>-xNNN`."""
    return _wave(["extra." + mood], mood, "x")


def wave3_written(mood: str) -> list[Draft]:
    """Third wave (`wave3/<mood>.py`, then each writer's `wave3/<mood>_<part>.py` in name order):
    groups `<mood>-wNNN`, dealt to train and validation only (see `WAVE3_SPLITS`)."""
    folder = Path(__file__).with_name("wave3")
    parts = sorted(f.stem for f in folder.glob(f"{mood}_*.py"))
    return _wave([f"wave3.{name}" for name in [mood, *parts]], mood, "w")


def _wave(modules: Sequence[str], mood: str, letter: str) -> list[Draft]:
    """Later waves are appended after every first-wave row and use no random draw, so the
    first-wave rows, their ids and their typo/pile draws stay exactly as they were.
    A line starting with `+` is the translation of the line above and joins its group, so a
    sentence and its translation always land in the same split.
    """
    drafts: list[Draft] = []
    index = -1
    for name in modules:
        module = importlib.import_module(f"training.samples.{name}")
        source = name.replace(".", "/") + ".py"
        joinable = False
        for number, raw in enumerate(module.SEEDS.splitlines(), start=1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            joins = line.startswith("+")
            if joins and not joinable:
                raise ValueError(f"{source}:{number}: '+' line with nothing above it")
            if not joins:
                index += 1
                joinable = True
            (seed,) = parse_seeds(line.lstrip("+ "), f"{source}:{number}")
            drafts.append(Draft(seed, mood, f"{mood}-{letter}{index:03d}"))
    return drafts


def all_drafts(rng: random.Random) -> list[Draft]:
    drafts: list[Draft] = []
    for mood in MOODS:
        written = hand_written(mood)
        drafts += written
        drafts += typo_copies(rng, written)
        drafts += [
            Draft(row.seed, mood, row.group) for row in mood_pile(rng, mood, seeds_module(mood))
        ]
    for mood in MOODS:
        drafts += extra_written(mood)
    for mood in MOODS:
        drafts += wave3_written(mood)
    return drafts


def deduplicate(drafts: Sequence[Draft]) -> list[Draft]:
    """Drop exact repeats, and near-repeats from another group (those would leak across splits).

    Hand-written rows come first within each mood, so they win over pile rows.
    """
    kept: list[Draft] = []
    seen_text: set[str] = set()
    keys = [normalise(draft.seed.text) for draft in drafts]
    words = [frozenset(key.split()) for key in keys]  # tokens(), without normalising twice
    index: SimilarWordSets[tuple[frozenset[str], str]] = SimilarWordSets(
        NEAR_DUP_JACCARD, word_counts(words)
    )
    for draft, key, toks in zip(drafts, keys, words, strict=True):
        if not key or key in seen_text:
            continue
        if any(
            group != draft.group and is_near_duplicate(toks, other)
            for other, group in index.candidates(toks)
        ):
            continue
        seen_text.add(key)
        index.add(toks, (toks, draft.group))
        kept.append(draft)
    return kept


def assign_splits(
    drafts: Sequence[Draft], seed: int = SEED, targets: Mapping[str, float] = SPLIT_TARGETS
) -> dict[str, str]:
    """Group-level, stratified by mood x language: each stratum's groups are shuffled with a
    seed derived from the stratum and dealt to whichever split is furthest below its target."""
    sizes: dict[str, int] = defaultdict(int)
    strata: dict[tuple[str, str], list[str]] = defaultdict(list)
    for draft in drafts:
        if draft.group not in sizes:
            strata[(draft.mood, STRATUM_LANG[draft.seed.lang])].append(draft.group)
        sizes[draft.group] += 1
    split_of: dict[str, str] = {}
    for (mood, lang), groups in sorted(strata.items()):
        rng = random.Random(f"{seed}:{mood}:{lang}")
        order = sorted(groups)
        rng.shuffle(order)
        counts = dict.fromkeys(targets, 0)
        for group in order:
            total = sum(counts.values()) + sizes[group]
            split = max(targets, key=lambda s: targets[s] * total - counts[s])
            counts[split] += sizes[group]
            split_of[group] = split
    return split_of


def load_split_lock(path: Path = SPLIT_LOCK_PATH) -> dict[str, str]:
    lock: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            group, split = line.split("\t")
            lock[group] = split
    return lock


def locked_splits(drafts: Sequence[Draft], seed: int = SEED) -> dict[str, str]:
    """Groups in the lock keep their split (a model may have trained on it); the only change
    allowed is a move *into* train (`MOVED_TO_TRAIN`). New groups are dealt among themselves
    with the same stratified procedure, so the new rows are ~70/15/15 per mood x language."""
    lock = load_split_lock()
    split_of: dict[str, str] = {}
    new = [d for d in drafts if d.group not in lock and not is_train_only_group(d.group)]
    split_of.update(assign_splits(new, seed))
    later = [d for d in drafts if is_train_only_group(d.group)]
    split_of.update(assign_splits(later, seed, WAVE3_SPLITS))
    for draft in drafts:
        if draft.group in lock:
            split_of[draft.group] = "train" if draft.group in MOVED_TO_TRAIN else lock[draft.group]
    return split_of


def keep_test_unseen(drafts: Sequence[Draft], split_of: Mapping[str, str]) -> list[Draft]:
    """Drop third-wave rows that share most of their words with a test row.

    The usual near-duplicate rule (Jaccard 0.85) only catches rewordings; a later writer who
    independently describes the same event ("my toddler drank bleach") would still teach the
    model a test answer, so train-only rows face a looser bar.
    """
    test = [tokens(d.seed.text) for d in drafts if split_of[d.group] == "test"]
    index: SimilarWordSets[frozenset[str]] = SimilarWordSets(TEST_GUARD_JACCARD, word_counts(test))
    for words in test:
        index.add(words, words)

    def near_test(words: frozenset[str]) -> bool:
        return any(jaccard(words, t) >= TEST_GUARD_JACCARD for t in index.candidates(words))

    return [
        d for d in drafts if not is_train_only_group(d.group) or not near_test(tokens(d.seed.text))
    ]


def build_rows(seed: int = SEED) -> list[dict[str, str]]:
    rng = random.Random(seed)
    drafts = deduplicate(all_drafts(rng))
    split_of = locked_splits(drafts, seed)
    drafts = keep_test_unseen(drafts, split_of)
    return [
        {
            "id": f"sdj-{number:05d}",
            "text": draft.seed.text,
            "lang": draft.seed.lang,
            "mood": draft.mood,
            "intensity": draft.seed.intensity,
            "colors": ";".join(draft.seed.colors),
            "brightness": draft.seed.brightness,
            "kind": draft.seed.kind,
            "group": draft.group,
            "split": split_of[draft.group],
        }
        for number, draft in enumerate(drafts, start=1)
    ]


def write_rows(rows: Sequence[dict[str, str]], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=SAMPLE_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training.samples.build", description=__doc__)
    parser.add_argument("--out", type=Path, default=SAMPLES_PATH)
    args = parser.parse_args(argv)
    rows = build_rows()
    write_rows(rows, args.out)
    print(f"wrote {len(rows)} rows to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
