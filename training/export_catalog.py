"""Export ``data/mood_catalog.csv`` to ``moodcore/catalog.json`` (shipped with the integration).

python -m training.export_catalog            # write the JSON
python -m training.export_catalog --check    # exit 1 if the JSON is out of date
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
import csv
from pathlib import Path
import sys

from moodcore.catalog import CATALOG_PATH, catalog_from_records, catalog_to_json
from moodcore.contract import ContractError
from training.data import CATALOG_PATH as CSV_PATH


def render(csv_path: Path = CSV_PATH) -> str:
    """The exact text ``catalog.json`` must contain for this CSV (validated on the way)."""
    with csv_path.open(encoding="utf-8", newline="") as handle:
        records = list(csv.DictReader(handle))
    return catalog_to_json(catalog_from_records(records))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m training.export_catalog",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--csv", type=Path, default=CSV_PATH)
    parser.add_argument("--out", type=Path, default=CATALOG_PATH)
    parser.add_argument("--check", action="store_true", help="only compare, do not write")
    args = parser.parse_args(argv)
    try:
        text = render(args.csv)
    except ContractError as err:
        print(f"{args.csv}: {err}", file=sys.stderr)
        return 1
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(
                f"{args.out} is out of date: run python -m training.export_catalog", file=sys.stderr
            )
            return 1
        print(f"{args.out} is in sync with {args.csv}")
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(text)} bytes, 12 moods)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
