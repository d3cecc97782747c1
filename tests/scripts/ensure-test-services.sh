#!/usr/bin/env bash
# Makes sure the programs the test suite starts are installed: redis-server (the BullMQ adapter's
# contract tests run against a real one), Debian's chromium (browser rendering and UI tests
# drive it through playwright-core; nothing downloads a browser), and the test search node
# (OpenSearch 2.19 from Maven Central jars, infra/search-node: needs a JDK 17 and Maven; its
# build downloads ~110 MB into ~/.m2 once and is a no-op afterwards). Installs missing Debian
# packages with apt-get when running as root; otherwise says exactly what is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || missing+=(maven)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "tests: installing ${missing[*]} with apt-get" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "tests: missing ${missing[*]}. Install with: sudo apt-get install -y ${missing[*]}" >&2
    # Without Java/Maven only the search-engine tests skip (outside CI); the rest are required.
    only_search=true
    for package in "${missing[@]}"; do
      case "$package" in openjdk-17-jdk-headless | maven) ;; *) only_search=false ;; esac
    done
    if [ "$only_search" != true ] || [ "${CI:-}" = true ]; then exit 1; fi
  fi
fi

# A node that cannot be built is a CI failure; elsewhere the search-engine tests skip and say why.
if ! bash infra/search-node/build.sh; then
  if [ "${CI:-}" = true ]; then exit 1; fi
  echo "tests: infra/search-node did not build; search-engine tests will skip" >&2
fi
