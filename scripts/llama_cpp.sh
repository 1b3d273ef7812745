#!/usr/bin/env bash
# Install llama-cpp-python into the given venv. No binary wheel is served here, so the
# first run compiles llama.cpp (about 5-12 minutes on 2 cores); the wheel is cached.
set -euo pipefail
venv="${1:?usage: llama_cpp.sh VENV}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${SDJ_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/synesthetic-dj}"
spec="$(grep -E '^llama-cpp-python==' "$root/requirements/llama-cpp.txt")"
version="${spec#*==}"
wheels="$CACHE/wheels"
pip() { "$venv/bin/python" -m pip "$@" 2> >(grep -v 'is ignored: it is neither a file nor a directory' >&2); }
mkdir -p "$wheels"
if ! ls "$wheels"/llama_cpp_python-"$version"-*.whl >/dev/null 2>&1; then
  echo "[llama-cpp] building llama-cpp-python $version from source (about 5-12 minutes, cached afterwards)"
  CMAKE_BUILD_PARALLEL_LEVEL="$(nproc)" pip wheel -q --no-deps \
    --no-binary llama-cpp-python -w "$wheels" "$spec"
fi
pip install -q "$wheels"/llama_cpp_python-"$version"-*.whl
pip install -q -r "$root/requirements/llama-cpp.txt"
