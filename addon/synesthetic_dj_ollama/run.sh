#!/usr/bin/env bash
# Entry point of the add-on: serve Ollama, create the Synesthetic DJ model when it is missing or
# out of date, announce it to Home Assistant through Supervisor discovery, then wait.
#
# Every path and URL below defaults to the add-on's value and can be overridden by an SDJ_*
# variable, so tests run this same script against a stand-in `ollama` and a loopback Supervisor.
set -euo pipefail

APP_DIR="${SDJ_APP_DIR:-/opt/synesthetic-dj}"
OPTIONS_FILE="${SDJ_OPTIONS_FILE:-/data/options.json}"
SUPERVISOR_URL="${SDJ_SUPERVISOR_URL:-http://supervisor}"
START_TIMEOUT="${SDJ_START_TIMEOUT:-120}"  # seconds for `ollama serve` to answer
POLL="${SDJ_POLL_INTERVAL:-1}"               # seconds between readiness checks
RETRY_DELAY="${SDJ_RETRY_DELAY:-5}"          # seconds between discovery attempts
PORT=11434
SERVICE=synesthetic_dj                       # = the integration's domain, listed in config.yaml
# /data survives restarts and updates: the model is created once, not at every start.
export OLLAMA_MODELS="${OLLAMA_MODELS:-/data/models}"

log() { printf '[synesthetic-dj] %s\n' "$*" >&2; }

option() {  # option KEY DEFAULT: a value of the add-on's options, DEFAULT if absent or null
  jq -r --arg key "$1" --arg default "$2" '.[$key] // $default' "$OPTIONS_FILE" 2>/dev/null \
    || printf '%s\n' "$2"
}

MODEL_NAME="$(option model_name synesthetic-dj)"
KEEP_ALIVE="$(option keep_alive 1h)"
THREADS="$(option threads 0)"
SERVER_PID=""

client() {  # the ollama CLI, talking to our server over loopback
  OLLAMA_HOST="127.0.0.1:${PORT}" ollama "$@"
}

start_server() {
  # One model, one request at a time: the smallest memory footprint on a Raspberry Pi.
  OLLAMA_HOST="0.0.0.0:${PORT}" OLLAMA_KEEP_ALIVE="$KEEP_ALIVE" \
    OLLAMA_NUM_PARALLEL=1 OLLAMA_MAX_LOADED_MODELS=1 ollama serve &
  SERVER_PID=$!
}

# shellcheck disable=SC2317  # only reached through the trap in main
stop_server() {  # forward the stop to `ollama serve` and exit with its status
  local status=0
  if kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
  fi
  wait "$SERVER_PID" || status=$?
  exit "$status"
}

wait_until_ready() {
  local deadline=$((SECONDS + START_TIMEOUT))
  until client list >/dev/null 2>&1; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      log "ollama serve exited while starting"
      return 1
    fi
    if ((SECONDS >= deadline)); then
      log "ollama serve did not answer within ${START_TIMEOUT} s"
      return 1
    fi
    sleep "$POLL"
  done
}

model_listed() {
  local listing
  listing="$(client list)"
  # First column of every row but the header; "name" and "name:latest" are the same model.
  awk 'NR > 1 { print $1 }' <<<"$listing" | grep -Fx -e "$MODEL_NAME" -e "${MODEL_NAME}:latest" >/dev/null
}

runtime_modelfile() {  # our Modelfile with an absolute FROM and the user's thread count
  sed "s|^FROM \./|FROM ${APP_DIR}/|" "$APP_DIR/Modelfile"
  if ((THREADS > 0)); then
    printf 'PARAMETER num_thread %d\n' "$THREADS"
  fi
}

ensure_model() {
  # Called as a condition, where `set -e` does not apply: every step checks its own status.
  local work modelfile stamp wanted
  if [[ ! -f "$APP_DIR/synesthetic-dj.gguf" ]]; then
    log "missing ${APP_DIR}/synesthetic-dj.gguf: the image was not built completely"
    return 1
  fi
  work="$(mktemp -d)" || return 1
  modelfile="$work/Modelfile"
  runtime_modelfile >"$modelfile" || return 1
  # The stamp tells which GGUF and Modelfile made the model in /data: an add-on update that
  # ships a new model, or a new thread count, recreates it; a plain restart does not.
  stamp="$OLLAMA_MODELS/.${MODEL_NAME//[^A-Za-z0-9._-]/_}.stamp"
  wanted="$(sha256sum "$APP_DIR/synesthetic-dj.gguf" "$modelfile" | awk '{ print $1 }' | tr '\n' ' ')"
  if model_listed && [[ "$(cat "$stamp" 2>/dev/null)" == "$wanted" ]]; then
    log "model ${MODEL_NAME} is ready"
  else
    log "creating model ${MODEL_NAME} (first start or new version; takes a few seconds)"
    if ! client create "$MODEL_NAME" -f "$modelfile"; then
      log "ollama create failed"
      rm -rf "$work"
      return 1
    fi
    printf '%s' "$wanted" >"$stamp"
  fi
  rm -rf "$work"
}

announce() {
  if [[ -z "${SUPERVISOR_TOKEN:-}" ]]; then
    log "no SUPERVISOR_TOKEN (not under the Supervisor): discovery skipped"
    return 0
  fi
  local host payload attempt
  # The Supervisor names the container after the add-on (<repository hash>-<slug>, dashes for
  # underscores); Home Assistant resolves that name on the add-on network.
  host="${SDJ_HOSTNAME:-$(hostname 2>/dev/null || cat /proc/sys/kernel/hostname)}"
  payload="$(jq -cn --arg service "$SERVICE" --arg host "$host" --argjson port "$PORT" \
    --arg model "$MODEL_NAME" '{service: $service, config: {host: $host, port: $port, model: $model}}')"
  for attempt in 1 2 3 4 5; do
    if curl -fsS --max-time 10 -X POST \
      -H "Authorization: Bearer ${SUPERVISOR_TOKEN}" -H "Content-Type: application/json" \
      --data "$payload" "${SUPERVISOR_URL}/discovery" >/dev/null; then
      log "announced ${MODEL_NAME} at http://${host}:${PORT} to Home Assistant"
      return 0
    fi
    log "discovery attempt ${attempt} failed"
    sleep "$RETRY_DELAY"
  done
  # Serving matters more than discovery: the integration can still be set up by hand.
  log "discovery failed: add the integration by hand with http://${host}:${PORT}"
}

main() {
  mkdir -p "$OLLAMA_MODELS"
  log "starting Ollama (models in ${OLLAMA_MODELS}, keep-alive ${KEEP_ALIVE}, threads ${THREADS})"
  start_server
  trap stop_server TERM INT
  if ! wait_until_ready || ! ensure_model; then
    log "giving up"
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" || true
    exit 1
  fi
  announce
  local status=0
  wait "$SERVER_PID" || status=$?
  log "ollama serve exited with status ${status}"
  exit "$status"
}

main "$@"
