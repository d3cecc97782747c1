#!/usr/bin/env bash
# Builds the test search node (OpenSearch from Maven Central jars) into infra/search-node/target:
#   target/search-node-<v>.jar   the launcher
#   target/launch-classpath.txt  the full java -cp value (launcher jar + dependency jars in ~/.m2)
#   target/java-path.txt         the java to run it with: OpenSearch 2.19 supports Java 11-21, so
#                                SEARCH_NODE_JAVA, else Debian's OpenJDK 17 when present, else `java`
# Idempotent: does nothing when those are newer than pom.xml and every source file. Tries Maven
# offline first (everything already in ~/.m2), then online (a fresh machine downloads ~120 MB).
set -euo pipefail
cd "$(dirname "$0")"

stamp=target/launch-classpath.txt
if [ -f "$stamp" ] && [ -f target/java-path.txt ] && [ -z "$(find pom.xml src -newer "$stamp" -print -quit)" ] \
  && tr ':' '\n' <"$stamp" | while read -r entry; do [ -e "$entry" ] || exit 1; done; then
  exit 0
fi

for tool in java mvn; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "search-node: $tool is not installed (apt-get install -y openjdk-17-jdk-headless maven)" >&2
    exit 3
  fi
done

build() {
  mvn -B -q "$@" package dependency:build-classpath -Dmdep.outputFile=target/dependency-classpath.txt
}
build -o >/dev/null 2>&1 || build

java_bin="${SEARCH_NODE_JAVA:-}"
if [ -z "$java_bin" ] && [ -x /usr/lib/jvm/java-17-openjdk-amd64/bin/java ]; then
  java_bin=/usr/lib/jvm/java-17-openjdk-amd64/bin/java
fi
echo "${java_bin:-java}" >target/java-path.txt

# Run a copy named by its content, so rebuilding never rewrites a jar a running node has open.
built_jar=$(ls target/search-node-*.jar)
mkdir -p target/launch
jar="target/launch/search-node-$(sha1sum "$built_jar" | cut -c1-12).jar"
cp "$built_jar" "$jar"
printf '%s:%s' "$PWD/$jar" "$(cat target/dependency-classpath.txt)" >"$stamp.tmp"
mv "$stamp.tmp" "$stamp"
