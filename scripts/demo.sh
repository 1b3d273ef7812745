#!/usr/bin/env bash
# README command 1: a real Home Assistant with demo lights and speakers and our integration.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ha="$(bash "$root/scripts/env.sh" ha)"
exec "$ha/bin/python" "$root/scripts/demo/run.py" "$@"
