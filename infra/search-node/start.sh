#!/usr/bin/env bash
# Starts the test search node in the background on a free 127.0.0.1 port and waits until it
# answers with cluster health yellow or green. Usage:
#   bash infra/search-node/start.sh [URL_FILE]
# Prints the URL (http://127.0.0.1:<port>) and writes it to URL_FILE (default
# infra/search-node/target/run/url). Beside it: URL_FILE.pid, URL_FILE.log, URL_FILE.port.
# Stop with: bash infra/search-node/stop.sh [URL_FILE]
# Environment: SEARCH_NODE_JAVA_OPTS (default "-Xms256m -Xmx512m -XX:+UseSerialGC
# -XX:TieredStopAtLevel=1": C1 only halves start-up CPU; for throughput benchmarks pass e.g.
# "-Xms1g -Xmx1g"), SEARCH_NODE_PORT (default 0 = free),
# SEARCH_NODE_HOME (data dir kept across restarts; default a temp dir removed when it stops),
# SEARCH_NODE_START_TIMEOUT (seconds, default 180).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
url_file="$(realpath -m "${1:-$here/target/run/url}")"
mkdir -p "$(dirname "$url_file")"

bash "$here/build.sh"

if [ -f "$url_file.pid" ] && kill -0 "$(cat "$url_file.pid")" 2>/dev/null; then
  echo "search-node: already running (pid $(cat "$url_file.pid")) at $(cat "$url_file")" >&2
  cat "$url_file"
  exit 0
fi
rm -f "$url_file" "$url_file.port" "$url_file.pid"

args=(--port "${SEARCH_NODE_PORT:-0}" --port-file "$url_file.port")
[ -n "${SEARCH_NODE_HOME:-}" ] && args+=(--home "$SEARCH_NODE_HOME")
java_opts="${SEARCH_NODE_JAVA_OPTS:--Xms256m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
# shellcheck disable=SC2086 # java_opts is a list of JVM flags
setsid "$(cat "$here/target/java-path.txt")" $java_opts -XX:+ExitOnOutOfMemoryError \
  -cp "$(cat "$here/target/launch-classpath.txt")" org.presswatch.searchnode.Launcher "${args[@]}" \
  </dev/null >"$url_file.log" 2>&1 &
pid=$!
echo "$pid" >"$url_file.pid"

deadline=$((SECONDS + ${SEARCH_NODE_START_TIMEOUT:-180}))
until [ -s "$url_file.port" ]; do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "search-node: exited during start; log $url_file.log:" >&2
    tail -n 40 "$url_file.log" >&2
    rm -f "$url_file.pid"
    exit 1
  fi
  if [ "$SECONDS" -ge "$deadline" ]; then
    echo "search-node: not up after ${SEARCH_NODE_START_TIMEOUT:-180}s; stopping it. Log $url_file.log" >&2
    bash "$here/stop.sh" "$url_file"
    exit 1
  fi
  sleep 0.2
done

url="http://127.0.0.1:$(tr -d '[:space:]' <"$url_file.port")"
# The launcher writes the port only after yellow health; this double-checks over HTTP. A node
# reopening a large SEARCH_NODE_HOME recovers its shards for a while after that, so this waits
# (within SEARCH_NODE_START_TIMEOUT) and stops the node when it never gets there.
if command -v curl >/dev/null 2>&1; then
  until curl -fsS "$url/_cluster/health?wait_for_status=yellow&timeout=10s" >/dev/null 2>&1; do
    if [ "$SECONDS" -ge "$deadline" ] || ! kill -0 "$pid" 2>/dev/null; then
      echo "search-node: not yellow after ${SEARCH_NODE_START_TIMEOUT:-180}s; stopping it. Log $url_file.log" >&2
      bash "$here/stop.sh" "$url_file"
      exit 1
    fi
  done
fi
echo "$url" >"$url_file"
echo "$url"
