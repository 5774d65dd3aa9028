#!/usr/bin/env bash
# The load test of a local cluster (deploy/cluster-local.sh), with 1 and then 2 instances.
#
# For each size the cluster is restarted (`cluster-local.sh stop`, `start -n N`: fresh JVMs, the
# same database), the publisher (deploy/bench/Publisher.java) publishes RATE items a second through
# nginx, and wrk runs through nginx with CONNECTIONS connections and 2 threads:
#   warm-up  WARMUP s of the public mix (not counted)
#   floor    FLOOR_DURATION s of GET /health/live (nothing behind it: the HTTP stack, nginx and
#            Payara, on this machine under the same publisher)
#   mix      DURATION s of deploy/bench/public-mix.lua: catalogue, lists, items (ids read at
#            start), Atom feeds, annual reports (JSON and HTML) and search with ~30 everyday queries
# and prints p50 / p99 / requests per second and the errors: answers other than 2xx or 304
# (counted in the Lua `response` hook) and socket errors (counted by wrk). Target: 0 errors.
# Where nginx logged errors, they are listed by status, endpoint and instance.
#
# Usage: deploy/bench/cluster-load.sh      (as root; leaves the cluster running with 2 instances)
# Environment: DURATION (60), CONNECTIONS (64), FLOOR_DURATION (10), WARMUP (20), RATE (10),
# MAX_IN_FLIGHT (60: the publisher's publications under way at most), SIZES ("1 2": the numbers
# of instances), OUT (target/cluster-load/<time>), and the GONGKAI_CLUSTER_* settings of
# cluster-local.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD

duration="${DURATION:-60}"
connections="${CONNECTIONS:-64}"
floor_duration="${FLOOR_DURATION:-10}"
warmup="${WARMUP:-20}"
rate="${RATE:-10}"
max_in_flight="${MAX_IN_FLIGHT:-60}"
sizes="${SIZES:-1 2}"
state="${GONGKAI_CLUSTER_DIR:-$root/target/cluster}"
case "$state" in /*) ;; *) state="$root/$state" ;; esac
base="http://127.0.0.1:${GONGKAI_CLUSTER_PORT:-8088}"
out="${OUT:-$root/target/cluster-load/$(date -u +%Y%m%dT%H%M%SZ)}"
lua=deploy/bench/public-mix.lua

for tool in curl jq wrk java; do
  command -v "$tool" >/dev/null || { echo "load: $tool is needed" >&2; exit 2; }
done
mkdir -p "$out"
exec > >(tee "$out/output.txt") 2>&1
log() { printf '%s load: %s\n' "$(date -u +%T)" "$*"; }

publisher=""
trap 'if [ -n "$publisher" ]; then kill "$publisher" 2>/dev/null || true; fi' EXIT

field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" "$2"; } # NAME FILE: a value of wrk's RESULT line
errors_of() { # FILE: answers other than 2xx/304 plus socket errors
  local f=$1
  echo $(( $(field errors_status "$f") + $(field socket_connect "$f") + $(field socket_read "$f")
           + $(field socket_write "$f") + $(field socket_timeout "$f") ))
}
run_wrk() { # NAME SECONDS MIX
  local name=$1 seconds=$2 mix=$3
  MIX="$mix" ORGS="$orgs" ITEM_IDS="$item_ids" FEEDS="$feeds" REPORTS="$reports" \
    wrk -t2 -c"$connections" -d"${seconds}s" --timeout 30s -s "$lua" "$base/" > "$out/$name.txt" 2>&1
}

declare -A result
log "output in $out; $connections connections, 2 wrk threads, mix ${duration} s, floor ${floor_duration} s," \
  "publisher $rate/s (at most $max_in_flight under way)"
for n in $sizes; do
  log "--- $n instance(s): restarting the cluster"
  bash deploy/cluster-local.sh stop > "$out/cluster-$n.log" 2>&1 || true
  bash deploy/cluster-local.sh start -n "$n" >> "$out/cluster-$n.log" 2>&1 \
    || { tail -n 20 "$out/cluster-$n.log"; exit 2; }

  # what the mix asks for: organisations, published items, channels with items, reports
  orgs=$(curl -fsS "$base/api/v1/organisations" | jq -r '[.[].slug] | join(",")')
  item_ids=""
  feeds=""
  reports=""
  for org in ${orgs//,/ }; do
    item_ids+=$(curl -fsS "$base/api/v1/items?organisation=$org&size=100" | jq -r '[.items[].id] | join(",")'),
    feeds+=$(curl -fsS "$base/api/v1/organisations/$org/catalogue" \
      | jq -r --arg o "$org" '[.. | objects | select(.kind? == "ITEM_LIST" and .count > 0) | "\($o)/\(.code)"] | join(",")'),
    reports+=$(curl -fsS "$base/api/v1/reports?organisation=$org" \
      | jq -r --arg o "$org" '[.[] | "\($o)/\(.year)"] | join(",")'),
  done
  item_ids=$(tr -s ',' <<< "${item_ids%,}")
  feeds=$(tr -s ',' <<< "${feeds%,}")
  reports=$(tr -s ',' <<< "${reports%,}")
  reports=${reports#,}
  log "mix: $(tr ',' '\n' <<< "$item_ids" | grep -c .) items, $(tr ',' '\n' <<< "$feeds" | grep -c .) feeds," \
    "reports ${reports:-none}; $(curl -fsS "$base/api/v1/search?q=%E9%80%9A%E7%9F%A5" | jq .total) items found for 通知"

  RATE="$rate" MAX_IN_FLIGHT="$max_in_flight" BASE="$base" java deploy/bench/Publisher.java "$out/publisher-$n" > "$out/publisher-$n.log" 2>&1 &
  publisher=$!
  for _ in $(seq 1 120); do
    [ -s "$out/publisher-$n/committed.tsv" ] && break
    sleep 0.5
  done

  log "warm-up ${warmup} s"
  run_wrk "warmup-$n" "$warmup" all
  access_from=$(stat -c %s "$state/logs/nginx-access.log")
  log "floor: GET /health/live, ${floor_duration} s"
  run_wrk "floor-$n" "$floor_duration" floor
  log "mix ${duration} s"
  run_wrk "mix-$n" "$duration" all
  access_to=$(stat -c %s "$state/logs/nginx-access.log")

  touch "$out/publisher-$n/stop"
  wait "$publisher" || true
  publisher=""

  for kind in floor mix; do
    f="$out/$kind-$n.txt"
    grep -q '^RESULT' "$f" || { cat "$f"; exit 2; }
    result[$kind-$n]="$(field rps "$f") $(field p50_ms "$f") $(field p99_ms "$f") $(errors_of "$f")"
    echo "  $kind, $n instance(s): $(sed -n 's/^RESULT //p' "$f")"
    sed -n 's/^\(MIX\|STATUSES\) /    \1 /p' "$f"
  done
  echo "  publisher: $(head -n 1 "$out/publisher-$n/summary.txt" | sed 's/^publisher: //')"
  sed -n 's/^publisher:   /    /p' "$out/publisher-$n/summary.txt"
  result[pub-$n]=$(sed -n 's/.*: \([0-9]*\) s, .*attempted \([0-9]*\), committed (publish 200) \([0-9]*\), failed \([0-9]*\).*/\3 \1 \4/p' \
    "$out/publisher-$n/summary.txt")
  # errors nginx logged in the floor and mix (and the publisher's), by status, endpoint, instance;
  # not 499: wrk closing its connections at the end of a run, with requests still under way
  tail -c +"$((access_from + 1))" "$state/logs/nginx-access.log" | head -c "$((access_to - access_from))" \
    | awk '{ st = $7; if (st !~ /^(2..|304|499)$/) { split($5, u, "?"); p = u[1]; gsub(/\/[0-9]+/, "/N", p)
             up = ""; for (i = 1; i <= NF; i++) if ($i ~ /^up=/) up = $i
             print "    nginx: " st " " $4 " " p " " up } }' | sed 's/"//g' | sort | uniq -c | sort -rn | head -n 20
done

echo
echo "=== load test ($(date -u +%F) UTC, $(nproc) cores, $connections connections, wrk 2 threads," \
  "publisher $rate/s, at most $max_in_flight under way) ==="
printf '%-9s | %-38s | %-38s | %s\n' instances "mix: req/s, p50, p99, errors" \
  "floor /health/live: req/s, p50, p99, errors" "publisher: published/s, failed"
for n in $sizes; do
  read -r mr mp50 mp99 merr <<< "${result[mix-$n]}"
  read -r fr fp50 fp99 ferr <<< "${result[floor-$n]}"
  read -r pc ps pf <<< "${result[pub-$n]}"
  printf '%-9s | %-38s | %-38s | %s\n' "$n" "$mr/s, ${mp50} ms, ${mp99} ms, $merr" \
    "$fr/s, ${fp50} ms, ${fp99} ms, $ferr" "$(awk -v c="$pc" -v s="$ps" 'BEGIN { printf "%.1f", c / s }')/s, $pf"
done
echo "On $(nproc) cores the instances share the same CPUs with nginx, PostgreSQL, the publisher and wrk:"
echo "a second instance adds overhead (another JVM, its index follower, its share of the CPU), not speed-up."
echo "It is there for availability (see deploy/bench/cluster-crash.sh), not for throughput on one machine."
total_errors=0
for n in $sizes; do
  read -r _ _ _ merr <<< "${result[mix-$n]}"
  read -r _ _ _ ferr <<< "${result[floor-$n]}"
  read -r _ _ pf <<< "${result[pub-$n]}"
  total_errors=$((total_errors + merr + ferr + pf))
done
if [ "$total_errors" -gt 0 ]; then
  echo "load: $total_errors error(s) (target 0; the publisher's failed publications included)"
  exit 1
fi
echo "load: 0 errors"
