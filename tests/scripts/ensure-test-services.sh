#!/usr/bin/env bash
# Makes sure the programs the test suite starts are installed: redis-server (the BullMQ adapter's
# contract tests run against a real one) and Debian's chromium (browser rendering and UI tests
# drive it through playwright-core; nothing downloads a browser). Installs them with apt-get when running as root;
# otherwise says exactly what is missing.
set -euo pipefail

missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
[ -x /usr/bin/chromium ] || missing+=(chromium)

if [ ${#missing[@]} -eq 0 ]; then exit 0; fi

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "tests: installing ${missing[*]} with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi

echo "tests: missing ${missing[*]}. Install with: sudo apt-get install -y ${missing[*]}" >&2
exit 1
