"""Build `data/mood_samples.csv` from the hand-written seeds and the template piles.

    python -m training.samples.build [--out PATH]

Deterministic: one fixed seed drives every random choice and the output is written with
`\\n` line endings, so two runs give byte-identical files (a test checks the committed file).
This module never reads `data/eval_fr.tsv` nor the external evaluation sets.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from collections.abc import Sequence
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
    SPLITS,
    is_near_duplicate,
    normalise,
    tokens,
)
from training.samples.piles import mood_pile
from training.samples.seedfmt import Seed, parse_seeds
from training.samples.typos import typo_variant

SEED = 20240607
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


def all_drafts(rng: random.Random) -> list[Draft]:
    drafts: list[Draft] = []
    for mood in MOODS:
        written = hand_written(mood)
        drafts += written
        drafts += typo_copies(rng, written)
        drafts += [
            Draft(row.seed, mood, row.group) for row in mood_pile(rng, mood, seeds_module(mood))
        ]
    return drafts


def deduplicate(drafts: Sequence[Draft]) -> list[Draft]:
    """Drop exact repeats, and near-repeats from another group (those would leak across splits).

    Hand-written rows come first within each mood, so they win over pile rows.
    """
    kept: list[Draft] = []
    seen_text: set[str] = set()
    by_size: dict[int, list[tuple[frozenset[str], str]]] = defaultdict(list)
    for draft in drafts:
        key = normalise(draft.seed.text)
        toks = tokens(draft.seed.text)
        if not key or key in seen_text:
            continue
        size = len(toks)
        neighbours = (
            item
            for other in range(int(size * 0.85), int(size / 0.85) + 2)
            for item in by_size.get(other, ())
        )
        if any(group != draft.group and is_near_duplicate(toks, t) for t, group in neighbours):
            continue
        seen_text.add(key)
        by_size[size].append((toks, draft.group))
        kept.append(draft)
    return kept


def assign_splits(drafts: Sequence[Draft], seed: int = SEED) -> dict[str, str]:
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
        counts = dict.fromkeys(SPLITS, 0)
        for group in order:
            total = sum(counts.values()) + sizes[group]
            split = max(SPLITS, key=lambda s: SPLIT_TARGETS[s] * total - counts[s])
            counts[split] += sizes[group]
            split_of[group] = split
    return split_of


def build_rows(seed: int = SEED) -> list[dict[str, str]]:
    rng = random.Random(seed)
    drafts = deduplicate(all_drafts(rng))
    split_of = assign_splits(drafts, seed)
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
