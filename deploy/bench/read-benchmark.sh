#!/usr/bin/env bash
# Public read throughput, measured with wrk at concurrency 8 (2 threads): starts the built WAR in
# demo mode on a fresh data directory, warms up, then three rounds of the floor (GET /health/live),
# the organisation list (GET /api/v1/organisations), a public page of 20 items
# (GET /api/v1/items?organisation=jrjgfwzx&size=20) and one item, DURATION seconds each (default 10).
# Prints each one's p50, p99 and requests/s, and the page's throughput as a share of the
# organisation list's in the same round (target: at least 50 %).
# Usage: deploy/bench/read-benchmark.sh   (after `mvn -B -q -DskipTests package`)
set -euo pipefail
cd "$(dirname "$0")/../.."
port="${GONGKAI_BENCH_PORT:-8196}"
duration="${DURATION:-10}"
source deploy/bench/demo-server.sh
item=$(curl -fs "$base/api/v1/items?organisation=jrjgfwzx&size=1" | sed 's/.*"id":\([0-9]*\).*/\1/')
declare -A paths=(
  [floor]="/health/live"
  [organisations]="/api/v1/organisations"
  [page]="/api/v1/items?organisation=jrjgfwzx&size=20"
  [item]="/api/v1/items/$item"
)
for name in floor organisations page item; do # warm-up
  wrk -t2 -c8 -d"${duration}s" "$base${paths[$name]}" > /dev/null
done
for round in 1 2 3; do
  declare -A rps=()
  for name in floor organisations page item; do
    out=$(wrk -t2 -c8 -d"${duration}s" --latency "$base${paths[$name]}")
    p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
    p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
    rps[$name]=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    errors=$(echo "$out" | awk '/Non-2xx|Socket errors/' | tr '\n' ' ')
    printf 'round %d %-14s p50 %-9s p99 %-9s %10s req/s %s\n' "$round" "$name" "$p50" "$p99" \
      "${rps[$name]}" "$errors"
  done
  awk -v p="${rps[page]}" -v o="${rps[organisations]}" -v r="$round" \
    'BEGIN {printf "round %d page of 20 / organisations: %.0f %%\n", r, 100 * p / o}'
done
