#!/usr/bin/env bash
# Warm write cost, measured with wrk: starts the built WAR in demo mode on a fresh data directory,
# logs in as demo-editor, creates drafts for WARMUP seconds (default 45), then three rounds of
# 8 s each of the floor (GET /health/live), of a public page of 20 items (GET /api/v1/items, read
# path) and of creating drafts (POST /api/v1/manage/items, one container transaction each), one
# connection. Prints wrk's latency distribution and throughput.
# Usage: deploy/bench/write-benchmark.sh   (after `mvn -B -q -DskipTests package`)
set -euo pipefail
cd "$(dirname "$0")/../.."
port="${GONGKAI_BENCH_PORT:-8197}"
warmup="${WARMUP:-45}"
source deploy/bench/demo-server.sh
TOKEN=$(curl -fs -X POST "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"demo-editor","password":"gongkai-demo"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
export TOKEN
lua=deploy/bench/create-drafts.lua
wrk -t1 -c1 -d"${warmup}s" -s "$lua" "$base/" > /dev/null
for round in 1 2 3; do
  wrk -t1 -c1 -d8s --latency "$base/health/live" | grep -E "^ +(50|99)%|Requests/sec" \
    | sed "s/^/round $round floor  /"
  wrk -t1 -c1 -d8s --latency "$base/api/v1/items?organisation=jrjgfwzx&size=20" \
    | grep -E "^ +(50|99)%|Requests/sec" | sed "s/^/round $round page   /"
  wrk -t1 -c1 -d8s --latency -s "$lua" "$base/" | grep -E "^ +(50|99)%|Requests/sec|non2xx" \
    | sed "s/^/round $round create /"
done
