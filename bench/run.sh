#!/usr/bin/env bash
# Builds the bench module, runs every JMH benchmark once (about 29 minutes on 2 cores), and
# regenerates bench/RESULTS.md from the JSON results. Extra arguments go to JMH, e.g. a benchmark
# filter: bench/run.sh 'PerCall'  (the report then says "no result" for the others).
set -euo pipefail
cd "$(dirname "$0")/.."

out=bench/target/jmh
mkdir -p "$out"
load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown; }

mvn -B -q -ntp -pl bench -am package -DskipTests

load_before=$(load)
started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
start=$(date +%s)
java -jar bench/target/benchmarks.jar -prof gc -rf json -rff "$out/results.json" "$@" 2>&1 | tee "$out/run.log"
end=$(date +%s)
load_after=$(load)

java -cp bench/target/benchmarks.jar dev.wanr2v.bench.report.Report --out bench/RESULTS.md --started "$started" \
    --load-before "$load_before" --load-after "$load_after" --seconds $((end - start)) "$out/results.json"
