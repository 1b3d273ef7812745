#!/usr/bin/env bash
# Print the path of a CPython >= 3.13.2, provisioning one into the cache if the
# machine has none. Home Assistant 2026.2 needs it; the machines here ship 3.11.
#
# Order: $SDJ_PYTHON, interpreters on PATH / pyenv, a previously built cache,
# `uv python find`, and finally a build of Debian trixie's python3.13 source
# package. The apt source URI is derived from the machine's own apt sources so
# no registry host is written here. Progress goes to stderr, the path to stdout.
set -euo pipefail

MIN="3.13.2"
CACHE="${SDJ_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/synesthetic-dj}"
PREFIX="$CACHE/cpython-3.13"

log() { echo "[python313] $*" >&2; }

suitable() {  # suitable PATH -> exit 0 if PATH runs a CPython >= $MIN
  "$1" - "$MIN" >/dev/null 2>&1 <<'PY'
import sys, platform
need = tuple(int(p) for p in sys.argv[1].split("."))
ok = platform.python_implementation() == "CPython" and sys.version_info[:3] >= need
sys.exit(0 if ok and sys.version_info[:2] == (3, 13) else 1)
PY
}

candidates() {
  [ -n "${SDJ_PYTHON:-}" ] && echo "$SDJ_PYTHON"
  echo "$PREFIX/bin/python3.13"
  command -v python3.13 2>/dev/null || true
  ls -d "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.13.*/bin/python3.13 2>/dev/null || true
  ls /usr/bin/python3.13 /usr/local/bin/python3.13 2>/dev/null || true
}

for c in $(candidates); do
  if [ -x "$c" ] && suitable "$c"; then echo "$c"; exit 0; fi
done

if command -v uv >/dev/null 2>&1; then
  if c=$(timeout 60 uv python find ">=$MIN,<3.14" 2>/dev/null) && suitable "$c"; then
    echo "$c"; exit 0
  fi
fi

# Build from Debian's source package. A private apt configuration keeps the
# machine's own sources and package lists untouched.
log "no CPython >= $MIN found; building Debian trixie's python3.13 into $PREFIX (about 7 minutes)"
uri=""
for f in /etc/apt/sources.list.d/*.sources; do
  [ -f "$f" ] || continue
  uri=$(awk '/^URIs:/ {print $2}' "$f" | grep -v -- '-security' | grep '/debian$' | head -n1 || true)
  [ -n "$uri" ] && break
done
if [ -z "$uri" ]; then
  uri=$(grep -hE '^deb ' /etc/apt/sources.list 2>/dev/null | awk '{print $2}' | grep '/debian$' | head -n1 || true)
fi
[ -n "$uri" ] || { log "cannot derive a Debian mirror from /etc/apt/sources*"; exit 1; }

work="$CACHE/build"
rm -rf "$work"
mkdir -p "$work/lists/partial" "$work/src"
echo "deb-src $uri trixie main" > "$work/sources.list"
apt_opts=(-o "Dir::Etc::sourcelist=$work/sources.list" -o "Dir::Etc::sourceparts=-"
          -o "Dir::State::Lists=$work/lists" -o "APT::Get::List-Cleanup=0")

missing=()
for pkg in gcc make xz-utils libssl-dev libffi-dev zlib1g-dev libbz2-dev libsqlite3-dev \
           liblzma-dev libreadline-dev uuid-dev libgdbm-dev libncurses-dev; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing build dependencies: ${missing[*]}"
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
fi

apt-get "${apt_opts[@]}" update -qq >&2
(cd "$work/src" && apt-get "${apt_opts[@]}" source --download-only python3.13 >&2)
orig=$(ls "$work"/src/python3.13_*.orig.tar.xz | head -n1)
log "unpacking $(basename "$orig")"
tar -xJf "$orig" -C "$work/src"
srcdir=$(find "$work/src" -maxdepth 1 -type d -name 'Python-3.13*' | head -n1)

cd "$srcdir"
./configure --prefix="$PREFIX" --with-ensurepip=install >"$work/configure.log" 2>&1
make -j"$(nproc)" >"$work/make.log" 2>&1
make altinstall >"$work/install.log" 2>&1
rm -rf "$work"

suitable "$PREFIX/bin/python3.13" || { log "built interpreter is not usable"; exit 1; }
log "built $("$PREFIX/bin/python3.13" --version)"
echo "$PREFIX/bin/python3.13"
