#!/usr/bin/env bash
# Stops a search node started by start.sh (SIGTERM: the node closes cleanly; SIGKILL after 20 s).
# Usage: bash infra/search-node/stop.sh [URL_FILE]   (the same URL_FILE given to start.sh)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
url_file="$(realpath -m "${1:-$here/target/run/url}")"
pid_file="$url_file.pid"
if [ ! -f "$pid_file" ]; then
  echo "search-node: no pid file $pid_file; nothing to stop" >&2
  exit 0
fi
pid="$(cat "$pid_file")"
if kill -TERM "$pid" 2>/dev/null; then
  for _ in $(seq 1 200); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "search-node: pid $pid still running after 20 s; killing it" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
fi
rm -f "$pid_file" "$url_file" "$url_file.port"
