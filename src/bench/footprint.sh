#!/usr/bin/env bash
# The library's runtime dependency closure as a user receives it (optional, test and benchmark
# dependencies excluded), plus the library jar: jar count and total MiB.
# Usage: bash src/bench/footprint.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q clean package -DskipTests
list=$(mktemp)
mvn -B -q dependency:list -DincludeScope=runtime -DoutputFile="$list" >/dev/null
# The library jar itself: not its -sandbox, -sources or -javadoc companions.
jar=$(ls target/batch-task-client-*.jar | grep -Ev -- '-(sandbox|sources|javadoc)\.jar$')
total=$(stat -c %s "$jar")
count=1
echo "$(basename "$jar")  $total"
while read -r coordinate; do
  IFS=: read -r group artifact type version scope <<<"$coordinate"
  jar="$HOME/.m2/repository/${group//.//}/$artifact/$version/$artifact-$version.jar"
  size=$(stat -c %s "$jar")
  echo "$artifact-$version.jar  $size"
  total=$((total + size))
  count=$((count + 1))
done < <(grep -E '^ +[a-z]' "$list" | grep -v '(optional)' | sed -E 's/^ +//; s/ .*//')
rm -f "$list"
awk -v c="$count" -v t="$total" 'BEGIN { printf "%d jars, %.2f MiB\n", c, t / 1048576 }'
