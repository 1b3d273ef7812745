"""Load, validate and describe the mood data (`data/mood_catalog.csv`, `data/mood_samples.csv`).

Run `python -m training.data check` before committing data: it exits non-zero and lists every
problem, then prints a report. `python -m training.data report --json` prints the report only.
Other code imports `load_catalog`, `load_samples`, `load_eval_fr`, `validate` and `normalise`.
Standard library plus moodcore's vocabularies (no third-party package).
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
import csv
import json
from pathlib import Path
import re
import sys
import unicodedata

from moodcore.catalog import CATALOG_FIELDS
from moodcore.contract import COLOR_NAMES, MAX_WISH_COLORS, MOODS as CONTRACT_MOODS
from training.neardup import NEAR_DUP_JACCARD, SimilarWordSets, is_near_duplicate, word_counts

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
CATALOG_PATH = DATA_DIR / "mood_catalog.csv"
SAMPLES_PATH = DATA_DIR / "mood_samples.csv"
EVAL_FR_PATH = DATA_DIR / "eval_fr.tsv"

# The vocabularies are the contract's own, so data and interpreters can never disagree.
MOODS: tuple[str, ...] = CONTRACT_MOODS
CATALOG_COLUMNS: tuple[str, ...] = CATALOG_FIELDS
SAMPLE_COLUMNS: tuple[str, ...] = (
    "id",
    "text",
    "lang",
    "mood",
    "intensity",
    "colors",
    "brightness",
    "kind",
    "group",
    "split",
)
LANGS: tuple[str, ...] = ("fr", "en", "mixed", "es", "de", "it")
INTENSITIES: tuple[str, ...] = ("low", "normal", "high")
BRIGHTNESS: tuple[str, ...] = ("", "dim", "bright")
COLOURS: tuple[str, ...] = COLOR_NAMES
KINDS: tuple[str, ...] = (
    "explicit",
    "situation",
    "negation",
    "intensity",
    "mixed",
    "typo",
    "slang_emoji",
    "one_word",
    "long",
    "wish",
)
SPLITS: tuple[str, ...] = ("train", "validation", "test")
SPLIT_TARGETS: Mapping[str, float] = {"train": 0.70, "validation": 0.15, "test": 0.15}

# Thresholds from issue 3; the generator aims above them so a small edit cannot break them.
MIN_ROWS = 1800
MIN_ROWS_PER_MOOD = 150
MIN_SHARE = {"fr": 0.45, "en": 0.35}
MIN_SITUATION_SHARE = 0.30
# A hard-case kind is only useful if every mood has a few examples of it.
MIN_KIND_ROWS = 50
MIN_KIND_ROWS_PER_MOOD = 3
SPLIT_TOLERANCE = 0.05

HEX_RE = re.compile(r"^#[0-9a-f]{6}$")
PLACEHOLDER_RE = re.compile(r"[{}<>]|TODO|XXX|lorem", re.IGNORECASE)

Row = dict[str, str]


# --------------------------------------------------------------------------- normalisation


def normalise(text: str) -> str:
    """Casefold, strip accents, drop punctuation and emoji, collapse whitespace.

    Two sentences that differ only in accents, case, punctuation or emoji normalise to the
    same string: that is what the duplicate and leakage checks compare.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept: list[str] = []
    for char in decomposed:
        category = unicodedata.category(char)
        if category == "Mn":  # combining accents
            continue
        kept.append(char if category[0] in "LN" else " ")
    return " ".join("".join(kept).split())


def tokens(text: str) -> frozenset[str]:
    return frozenset(normalise(text).split())


def is_train_only_group(group: str) -> bool:
    """Third-wave groups (`<mood>-wNNN`) never enter the frozen test split."""
    return group.rpartition("-")[2].startswith("w")


# --------------------------------------------------------------------------- loading


def _read_csv(path: Path, delimiter: str = ",") -> tuple[list[str], list[Row]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter=delimiter)
        rows = [dict(row) for row in reader]
        return list(reader.fieldnames or []), rows


def load_catalog(path: Path = CATALOG_PATH) -> list[Row]:
    return _read_csv(path)[1]


def load_samples(path: Path = SAMPLES_PATH) -> list[Row]:
    return _read_csv(path)[1]


def load_eval_fr(path: Path = EVAL_FR_PATH) -> list[Row]:
    return _read_csv(path, delimiter="\t")[1]


def read_header(path: Path, delimiter: str = ",") -> list[str]:
    return _read_csv(path, delimiter)[0]


# --------------------------------------------------------------------------- catalog checks


def _float(value: str, low: float, high: float) -> float | None:
    try:
        number = float(value)
    except ValueError:
        return None
    return number if low <= number <= high else None


def validate_catalog(catalog: Sequence[Row], header: Sequence[str] | None = None) -> list[str]:
    problems: list[str] = []
    if header is not None and tuple(header) != CATALOG_COLUMNS:
        problems.append(f"catalog: columns {list(header)} != {list(CATALOG_COLUMNS)}")
    moods = [row.get("mood", "") for row in catalog]
    if sorted(moods) != sorted(MOODS):
        problems.append(f"catalog: moods {moods} are not exactly the 12 moods {list(MOODS)}")
    for row in catalog:
        problems.extend(_catalog_row_problems(row))
    return problems


def _catalog_row_problems(row: Row) -> list[str]:
    mood = row.get("mood", "?")
    where = f"catalog[{mood}]"
    problems = [f"{where}: empty {col}" for col in CATALOG_COLUMNS if not row.get(col, "").strip()]
    if row.get("track_id") != mood:
        problems.append(f"{where}: track_id {row.get('track_id')!r} must equal the mood id")
    for col in ("valence", "arousal", "intensity_min", "intensity_max"):
        if _float(row.get(col, ""), 0.0, 1.0) is None:
            problems.append(f"{where}: {col}={row.get(col)!r} is not a number in 0..1")
    if _float(row.get("step_duration_s", ""), 0.5, 60.0) is None:
        problems.append(f"{where}: step_duration_s={row.get('step_duration_s')!r} not in 0.5..60")
    low = _float(row.get("intensity_min", ""), 0.0, 1.0)
    high = _float(row.get("intensity_max", ""), 0.0, 1.0)
    if low is not None and high is not None and low >= high:
        problems.append(f"{where}: intensity_min {low} must be below intensity_max {high}")
    colours = row.get("palette", "").split(";")
    if not 3 <= len(colours) <= 5:
        problems.append(f"{where}: palette needs 3-5 colours, has {len(colours)}")
    problems.extend(
        f"{where}: palette colour {c!r} is not #rrggbb" for c in colours if not HEX_RE.match(c)
    )
    for col in ("narration_fr", "narration_en", "description_fr", "description_en"):
        if PLACEHOLDER_RE.search(row.get(col, "")):
            problems.append(f"{where}: {col} contains a placeholder")
    return problems


# --------------------------------------------------------------------------- sample checks


def validate_samples(samples: Sequence[Row], header: Sequence[str] | None = None) -> list[str]:
    problems: list[str] = []
    if header is not None and tuple(header) != SAMPLE_COLUMNS:
        problems.append(f"samples: columns {list(header)} != {list(SAMPLE_COLUMNS)}")
    problems.extend(_row_value_problems(samples))
    problems.extend(_duplicate_problems(samples))
    problems.extend(_threshold_problems(samples))
    problems.extend(_split_problems(samples))
    problems.extend(leakage_problems(samples))
    return problems


def _row_value_problems(samples: Sequence[Row]) -> list[str]:
    problems: list[str] = []
    allowed = {
        "lang": LANGS,
        "mood": MOODS,
        "intensity": INTENSITIES,
        "brightness": BRIGHTNESS,
        "kind": KINDS,
        "split": SPLITS,
    }
    for row in samples:
        where = f"samples[{row.get('id', '?')}]"
        for col, values in allowed.items():
            if row.get(col) not in values:
                problems.append(f"{where}: {col}={row.get(col)!r} not in {list(values)}")
        if not row.get("id", "").strip():
            problems.append(f"{where}: empty id")
        if not row.get("group", "").strip():
            problems.append(f"{where}: empty group")
        if not normalise(row.get("text", "")):
            problems.append(f"{where}: empty text (after normalisation)")
        elif row["text"] != row["text"].strip() or "\n" in row["text"]:
            problems.append(f"{where}: text has surrounding whitespace or a newline")
        colours = [c for c in row.get("colors", "").split(";") if c]
        if row.get("colors") and len(colours) != len(row["colors"].split(";")):
            problems.append(f"{where}: colors {row['colors']!r} has an empty item")
        problems.extend(f"{where}: unknown colour {c!r}" for c in colours if c not in COLOURS)
        if len(set(colours)) != len(colours):
            problems.append(f"{where}: colors {row['colors']!r} repeats a colour")
        if len(colours) > MAX_WISH_COLORS:  # the LLM's answer carries at most that many
            problems.append(f"{where}: colors {row['colors']!r} has more than {MAX_WISH_COLORS}")
    return problems


def _duplicate_problems(samples: Sequence[Row]) -> list[str]:
    problems: list[str] = []
    ids = Counter(row.get("id", "") for row in samples)
    problems.extend(f"samples: duplicate id {i!r} ({n} rows)" for i, n in ids.items() if n > 1)
    seen: dict[str, str] = {}
    for row in samples:
        key = normalise(row.get("text", ""))
        if key and key in seen:
            problems.append(
                f"samples[{row.get('id')}]: duplicate of {seen[key]} after normalisation: "
                f"{row.get('text')!r}"
            )
        seen.setdefault(key, row.get("id", "?"))
    return problems


def _threshold_problems(samples: Sequence[Row]) -> list[str]:
    problems: list[str] = []
    total = len(samples)
    if total < MIN_ROWS:
        problems.append(f"samples: {total} rows, need at least {MIN_ROWS}")
    if not total:
        return problems
    per_mood = Counter(row.get("mood") for row in samples)
    for mood in MOODS:
        if per_mood[mood] < MIN_ROWS_PER_MOOD:
            problems.append(
                f"samples: mood {mood} has {per_mood[mood]} rows, need {MIN_ROWS_PER_MOOD}"
            )
    langs = Counter(row.get("lang") for row in samples)
    for lang, share in MIN_SHARE.items():
        if langs[lang] / total < share:
            problems.append(f"samples: {lang} share {langs[lang] / total:.1%} below {share:.0%}")
    kinds = Counter(row.get("kind") for row in samples)
    if kinds["situation"] / total < MIN_SITUATION_SHARE:
        problems.append(
            f"samples: situation share {kinds['situation'] / total:.1%} below "
            f"{MIN_SITUATION_SHARE:.0%}"
        )
    per_mood_kind = Counter((row.get("mood"), row.get("kind")) for row in samples)
    for kind in KINDS:
        if kinds[kind] < MIN_KIND_ROWS:
            problems.append(f"samples: kind {kind} has {kinds[kind]} rows, need {MIN_KIND_ROWS}")
        thin = [m for m in MOODS if per_mood_kind[(m, kind)] < MIN_KIND_ROWS_PER_MOOD]
        if thin:
            problems.append(
                f"samples: kind {kind} has fewer than {MIN_KIND_ROWS_PER_MOOD} rows for {thin}"
            )
    return problems


def _split_problems(samples: Sequence[Row]) -> list[str]:
    problems: list[str] = []
    group_splits: dict[str, set[str]] = defaultdict(set)
    group_moods: dict[str, set[str]] = defaultdict(set)
    for row in samples:
        group_splits[row.get("group", "")].add(row.get("split", ""))
        group_moods[row.get("group", "")].add(row.get("mood", ""))
    for group, splits in sorted(group_splits.items()):
        if len(splits) > 1:
            problems.append(f"samples: group {group!r} spans splits {sorted(splits)}")
        if len(group_moods[group]) > 1:
            problems.append(f"samples: group {group!r} mixes moods {sorted(group_moods[group])}")
    # The split targets hold for the rows dealt three ways; train-only rows never reach test.
    dealt = [row for row in samples if not is_train_only_group(row.get("group", ""))]
    for row in samples:
        if is_train_only_group(row.get("group", "")) and row.get("split") == "test":
            problems.append(f"samples: train-only row {row.get('id')} is in the test split")
    counts = Counter(row.get("split") for row in dealt)
    total = len(dealt)
    for split, target in SPLIT_TARGETS.items():
        share = counts[split] / total if total else 0.0
        if abs(share - target) > SPLIT_TOLERANCE:
            problems.append(f"samples: split {split} is {share:.1%}, target {target:.0%}")
    return problems


def leakage_problems(samples: Sequence[Row]) -> list[str]:
    """A test sentence, or a reworded copy of it, must not be seen in train or validation."""
    test = [(row, tokens(row["text"])) for row in samples if row.get("split") == "test"]
    seen = [(row, tokens(row["text"])) for row in samples if row.get("split") != "test"]
    return [
        f"samples: test row {t_row.get('id')} {t_row['text']!r} leaks into "
        f"{s_row.get('split')} as {s_row.get('id')} {s_row['text']!r}"
        for t_row, s_row in _near_duplicate_pairs(test, seen)
    ]


def _near_duplicate_pairs(
    left: Sequence[tuple[Row, frozenset[str]]], right: Sequence[tuple[Row, frozenset[str]]]
) -> Iterable[tuple[Row, Row]]:
    index: SimilarWordSets[tuple[Row, frozenset[str]]] = SimilarWordSets(
        NEAR_DUP_JACCARD, word_counts(toks for _, toks in [*left, *right])
    )
    for row, toks in right:
        index.add(toks, (row, toks))
    for l_row, l_toks in left:
        for r_row, r_toks in index.candidates(l_toks):
            if is_near_duplicate(l_toks, r_toks):
                yield l_row, r_row


def validate_eval_fr(eval_rows: Sequence[Row], samples: Sequence[Row]) -> list[str]:
    """The French evaluation file is held out: none of its rows may appear in the samples."""
    problems: list[str] = []
    per_mood = Counter(row.get("mood") for row in eval_rows)
    for row in eval_rows:
        if row.get("mood") not in MOODS:
            problems.append(f"eval_fr: mood {row.get('mood')!r} unknown for {row.get('text')!r}")
        if not normalise(row.get("text", "")):
            problems.append("eval_fr: empty text")
    problems.extend(
        f"eval_fr: mood {mood} has {per_mood[mood]} rows, need 8"
        for mood in MOODS
        if per_mood[mood] < 8
    )
    keys = Counter(normalise(row.get("text", "")) for row in eval_rows)
    problems.extend(f"eval_fr: duplicate text {k!r}" for k, n in keys.items() if n > 1)
    held = [(row, tokens(row.get("text", ""))) for row in eval_rows]
    pool = [(row, tokens(row["text"])) for row in samples]
    problems.extend(
        f"eval_fr: {e_row['text']!r} also in samples as {s_row.get('id')} {s_row['text']!r}"
        for e_row, s_row in _near_duplicate_pairs(held, pool)
    )
    return problems


def validate_external(samples: Sequence[Row], external_dir: Path) -> list[str]:
    """Guard against sentences of the external evaluation sets slipping into our data."""
    external: list[tuple[Row, frozenset[str]]] = []
    for path in sorted(external_dir.glob("*.tsv")):
        external.extend((row, tokens(row.get("text", ""))) for row in _read_csv(path, "\t")[1])
    pool = [(row, tokens(row["text"])) for row in samples]
    return [
        f"samples[{s_row.get('id')}]: matches an external evaluation sentence"
        for _, s_row in _near_duplicate_pairs(external, pool)
    ]


def validate(
    catalog: Sequence[Row],
    samples: Sequence[Row],
    eval_rows: Sequence[Row] | None = None,
    *,
    catalog_header: Sequence[str] | None = None,
    samples_header: Sequence[str] | None = None,
) -> list[str]:
    """Every problem found in the catalog, the samples and (optionally) the French eval rows."""
    problems = validate_catalog(catalog, catalog_header)
    problems.extend(validate_samples(samples, samples_header))
    if eval_rows is not None:
        problems.extend(validate_eval_fr(eval_rows, samples))
    return problems


# --------------------------------------------------------------------------- report


def build_report(samples: Sequence[Row]) -> dict[str, object]:
    total = len(samples)
    per_mood_lang: dict[str, dict[str, int]] = {mood: dict.fromkeys(LANGS, 0) for mood in MOODS}
    for row in samples:
        per_mood_lang.setdefault(row["mood"], {}).setdefault(row["lang"], 0)
        per_mood_lang[row["mood"]][row["lang"]] += 1
    langs = Counter(row["lang"] for row in samples)
    kinds = Counter(row["kind"] for row in samples)
    splits = Counter(row["split"] for row in samples)
    chars = sum(len(row["text"]) for row in samples)
    words = sum(len(row["text"].split()) for row in samples)
    return {
        "rows": total,
        "groups": len({row["group"] for row in samples}),
        "per_mood_lang": per_mood_lang,
        "per_lang": {lang: langs[lang] for lang in LANGS},
        "lang_share": {lang: round(langs[lang] / total, 4) if total else 0.0 for lang in LANGS},
        "per_split": {split: splits[split] for split in SPLITS},
        "kind_share": {kind: round(kinds[kind] / total, 4) if total else 0.0 for kind in KINDS},
        "kind_count": {kind: kinds[kind] for kind in KINDS},
        "with_colors": sum(1 for row in samples if row["colors"]),
        "with_brightness": sum(1 for row in samples if row["brightness"]),
        "avg_chars": round(chars / total, 1) if total else 0.0,
        "avg_words": round(words / total, 1) if total else 0.0,
    }


def format_report(report: Mapping[str, object]) -> str:
    per_mood_lang = report["per_mood_lang"]
    assert isinstance(per_mood_lang, dict)
    lines = [f"rows: {report['rows']}  groups: {report['groups']}", ""]
    lines.append("mood         " + "".join(f"{lang:>7}" for lang in LANGS) + "  total")
    for mood, counts in per_mood_lang.items():
        cells = "".join(f"{counts.get(lang, 0):>7}" for lang in LANGS)
        lines.append(f"{mood:<13}{cells}  {sum(counts.values()):>5}")
    lines.append("")
    for key in ("lang_share", "per_split", "kind_share"):
        values = report[key]
        assert isinstance(values, dict)
        shown = ", ".join(
            f"{k}={v:.1%}" if isinstance(v, float) else f"{k}={v}" for k, v in values.items()
        )
        lines.append(f"{key}: {shown}")
    lines.append(
        f"with colors: {report['with_colors']}  with brightness: {report['with_brightness']}"
    )
    lines.append(f"average length: {report['avg_chars']} characters, {report['avg_words']} words")
    return "\n".join(lines)


# --------------------------------------------------------------------------- command line


def run_check(data_dir: Path, external: Path | None) -> int:
    catalog_path = data_dir / CATALOG_PATH.name
    samples_path = data_dir / SAMPLES_PATH.name
    eval_path = data_dir / EVAL_FR_PATH.name
    missing = [p for p in (catalog_path, samples_path) if not p.exists()]
    if missing:
        for path in missing:
            print(f"  - {path}: missing", file=sys.stderr)
        return 1
    samples = load_samples(samples_path)
    problems = validate(
        load_catalog(catalog_path),
        samples,
        load_eval_fr(eval_path) if eval_path.exists() else None,
        catalog_header=read_header(catalog_path),
        samples_header=read_header(samples_path),
    )
    if not eval_path.exists():
        problems.append(f"{eval_path}: missing")
    if external is not None:
        problems.extend(validate_external(samples, external))
    print(format_report(build_report(samples)))
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    print("\nOK: no problems found.")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training.data", description=__doc__)
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="validate both CSVs and print a report")
    check.add_argument(
        "--external-eval",
        type=Path,
        default=None,
        help="also check that no sample matches a sentence of these external eval TSVs",
    )
    report = commands.add_parser("report", help="print the report")
    report.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "check":
        return run_check(args.data_dir, args.external_eval)
    result = build_report(load_samples(args.data_dir / SAMPLES_PATH.name))
    print(json.dumps(result, ensure_ascii=False, indent=2) if args.json else format_report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
