#!/usr/bin/env bash
# Parse (page example and large task) and write, every contender, with allocation: prints one
# table per benchmark (ops/s, ratio to Jackson and to the best peer, B/op) and keeps the JMH
# result in target/perf-peers.json and its log in target/perf-peers.log. Arguments replace the
# default run options (-f 1 -wi 3 -i 5; e.g. -f 1 -wi 1 -i 1 for a smoke run).
# Needs: mvn -B -Pbench package -DskipTests (target/benchmarks.jar).
# Usage: bash src/bench/perf-peers.sh [JMH run options]
set -euo pipefail
cd "$(dirname "$0")/../.."
result=target/perf-peers.json
if [ $# -eq 0 ]; then
  set -- -f 1 -wi 3 -i 5
fi
java -jar target/benchmarks.jar '\.(ParseBenchmark|LargeParseBenchmark|WriteBenchmark)\.' \
  "$@" -prof gc -rf json -rff "$result" >target/perf-peers.log
java -cp target/benchmarks.jar io.github.batchtask.bench.PerfPeers "$result"
