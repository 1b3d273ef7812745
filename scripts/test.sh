#!/usr/bin/env bash
# Run every check and test suite; exit non-zero if any fails or collects nothing.
#   - ruff and mypy (strict on the integration)
#   - Home Assistant tests (tests/ha, tests/core) in the Python 3.13 environment
#   - training tests (tests/training) in the Python 3.11 / torch environment
# Extra arguments are passed to both pytest runs (e.g. -x, -k name).
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
started=$SECONDS
ha="$(bash scripts/env.sh ha)" || exit 1
training="$(bash scripts/env.sh training)" || exit 1
echo "[test] environments ready in $((SECONDS - started)) s"

reports="$(mktemp -d)"
trap 'rm -rf "$reports"' EXIT
failed=()

step() {  # step NAME COMMAND...
  local name="$1"; shift
  echo "[test] $name"
  "$@"
  local rc=$?
  if [ "$rc" -eq 5 ]; then
    echo "[test] $name collected no tests: that is a failure"
    failed+=("$name")
  elif [ "$rc" -ne 0 ]; then
    failed+=("$name")
  fi
}

step ruff "$ha/bin/ruff" check .
step mypy "$ha/bin/mypy"
step "pytest (Home Assistant)" "$ha/bin/python" -m pytest tests/ha tests/core \
  -p no:cacheprovider -n auto --junitxml="$reports/ha.xml" \
  --cov=custom_components/synesthetic_dj --cov-report=term:skip-covered --cov-fail-under=95 "$@"
step "pytest (training, add-on)" "$training/bin/python" -m pytest tests/training tests/addon \
  -p no:cacheprovider --junitxml="$reports/training.xml" "$@"

# One closing line for both suites.
"$training/bin/python" - "$reports"/*.xml <<'PY'
import sys
import xml.etree.ElementTree as ET

totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
for path in sys.argv[1:]:
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        continue
    for suite in root.iter("testsuite"):
        for key in totals:
            totals[key] += int(suite.get(key, 0))
bad = totals["failures"] + totals["errors"]
passed = totals["tests"] - bad - totals["skipped"]
print(f"all suites: {passed} passed, {bad} failed, {totals['skipped']} skipped")
PY

if [ ${#failed[@]} -gt 0 ]; then
  echo "[test] FAILED: ${failed[*]}"
  exit 1
fi
echo "[test] everything passed in $((SECONDS - started)) s"
