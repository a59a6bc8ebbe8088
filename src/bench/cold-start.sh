#!/usr/bin/env bash
# Cold start, side by side: a new JVM builds a client, reads one task from a local sandbox over
# loopback (Shared Key checked) and exits. Prints the median wall time of N runs per contender.
# Needs: mvn -Pbench clean package -DskipTests (target/benchmarks.jar, target/batch-task.jar).
# Usage: bash src/bench/cold-start.sh [N]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-15}
port=18765
account=coldstart
key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=
java -jar target/batch-task.jar sandbox --port "$port" --account-name "$account" --account-key "$key" >/dev/null &
sandbox=$!
trap 'kill $sandbox' EXIT
sleep 2
url=http://127.0.0.1:$port
for main in ColdStart ColdStartJackson ColdStartLegacy; do
  flags=()
  if [ "$main" = ColdStartLegacy ]; then
    # The retired SDK reflects into java.util and java.lang, which Java 17 forbids by default.
    flags=(--add-opens java.base/java.util=ALL-UNNAMED --add-opens java.base/java.lang=ALL-UNNAMED)
  fi
  times=()
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    out=$(java "${flags[@]}" -cp target/benchmarks.jar "io.github.batchtask.bench.$main" "$url" "$account" "$key" 2>&1 | tail -1 || true)
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$main: median ${median} ms over $runs runs (last output: $out)"
done
