#!/usr/bin/env bash
# The crash test of a local cluster (deploy/cluster-local.sh): a publication answered 200 is never
# lost, whatever instance dies.
#
# With 2 instances behind nginx (started here if they are not running): a publisher
# (deploy/bench/Publisher.java) publishes RATE items a second through nginx — created as
# demo-editor with a unique title, published as demo-reviewer with the ETag — and logs every
# publish answered 200 (id, 索引号, title); readers search through nginx meanwhile (wrk,
# deploy/bench/public-mix.lua with MIX=search). KILLS times, 15–40 s after the previous restart,
# a random instance gets `kill -9` and is started again with `deploy/cluster-local.sh start -n 2`;
# the time from that command until the instance's own /health/ready answers 200 is printed.
# Then the publisher and readers stop, and the script checks, for every publication logged as
# committed:
#   (a) the database (psql on the cluster's PostgreSQL): the item is PUBLISHED with that 索引号;
#   (b) each instance directly (not through nginx): its search index holds exactly the run's
#       published items (a search for the run's tag, paged with the cursor, compared with the
#       database), and a search for the item's own title word finds it (the last 20 and 30 random);
#   (c) each instance's public list of the organisation's channel holds it;
# and 0 duplicate 索引号, no gap in the organisation's 索引号 sequence of the year (every number
# from 1 to the highest, and the counter row at the highest), nothing visible on one instance and
# not the other. Failed requests (connection errors, 502) are expected for clients during a kill:
# they are counted and listed. Exits 1 if anything is lost, duplicated, missing or mismatched.
#
# Usage: deploy/bench/cluster-crash.sh      (as root: it may start the cluster)
# Environment: KILLS (20), RATE (10), KILL_GAP_MIN / KILL_GAP_MAX (15 / 40 s), READERS (4 wrk
# connections), READ_DELAY_MS (100: each reader's pause between searches), ORGANISATION
# (jrjgfwzx), CHANNEL (notices), OUT (target/cluster-crash/<time>: logs and lists), and
# GONGKAI_CLUSTER_DIR, GONGKAI_CLUSTER_PORT, GONGKAI_CLUSTER_BASE_PORT, GONGKAI_CLUSTER_PG_PORT,
# GONGKAI_DEMO_PASSWORD as for cluster-local.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD

kills="${KILLS:-20}"
rate="${RATE:-10}"
gap_min="${KILL_GAP_MIN:-15}"
gap_max="${KILL_GAP_MAX:-40}"
readers="${READERS:-4}"
read_delay="${READ_DELAY_MS:-100}"
org="${ORGANISATION:-jrjgfwzx}"
channel="${CHANNEL:-notices}"
state="${GONGKAI_CLUSTER_DIR:-$root/target/cluster}"
case "$state" in /*) ;; *) state="$root/$state" ;; esac
base="http://127.0.0.1:${GONGKAI_CLUSTER_PORT:-8088}"
first_port="${GONGKAI_CLUSTER_BASE_PORT:-8181}"
ports=("$first_port" "$((first_port + 1))")
pg_port="${GONGKAI_CLUSTER_PG_PORT:-55433}"
out="${OUT:-$root/target/cluster-crash/$(date -u +%Y%m%dT%H%M%SZ)}"
ready_timeout=180

for tool in curl jq psql wrk java; do
  command -v "$tool" >/dev/null || { echo "crash: $tool is needed" >&2; exit 2; }
done
mkdir -p "$out"
log() { printf '%s crash: %s\n' "$(date -u +%T)" "$*"; }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
sql() { PGPASSWORD=gongkai psql -h 127.0.0.1 -p "$pg_port" -U gongkai -d gongkai_test -X -q -A -t \
          -F $'\t' -v ON_ERROR_STOP=1 -c "$1"; }
ready() { curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$1/health/ready" 2>/dev/null; }

publisher=""
reader=""
cleanup() {
  if [ -n "$publisher" ]; then kill "$publisher" 2>/dev/null || true; fi
  if [ -n "$reader" ]; then kill -INT "$reader" 2>/dev/null || true; fi
}
trap cleanup EXIT

exec > >(tee "$out/output.txt") 2>&1
log "output in $out"
bash deploy/cluster-local.sh start -n 2 > "$out/cluster-local.log" 2>&1 \
  || { tail -n 20 "$out/cluster-local.log"; exit 2; }
for port in "${ports[@]}"; do ready "$port" || { log "instance $port not ready"; exit 2; }; done

# --- load: the publisher and the readers ----------------------------------------------------------
RATE="$rate" BASE="$base" ORGANISATION="$org" CHANNEL="$channel" \
  java deploy/bench/Publisher.java "$out/publisher" > "$out/publisher.log" 2>&1 &
publisher=$!
for _ in $(seq 1 120); do
  [ -s "$out/publisher/committed.tsv" ] && break
  kill -0 "$publisher" 2>/dev/null || { cat "$out/publisher.log"; exit 2; }
  sleep 0.5
done
[ -s "$out/publisher/committed.tsv" ] || { log "the publisher published nothing in 60 s"; exit 2; }
tag=$(cat "$out/publisher/tag")
log "publisher: $rate publications/s through nginx, titles tagged $tag"

MIX=search DELAY_MS="$read_delay" wrk -t1 -c"$readers" -d24h --timeout 30s \
  -s deploy/bench/public-mix.lua "$base/" > "$out/readers.txt" 2>&1 &
reader=$!
log "readers: $readers wrk connections searching through nginx, ${read_delay} ms between searches"

# --- kills ----------------------------------------------------------------------------------------
restart_times=()
for ((k = 1; k <= kills; k++)); do
  sleep $((gap_min + RANDOM % (gap_max - gap_min + 1)))
  port=${ports[RANDOM % 2]}
  pid=$(cat "$state/run/instance-$port.pid")
  killed_at=$(date -u +%T.%3N)
  kill -9 "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  # the killed run's log apart, one file per kill
  mv "$state/logs/instance-$port.log" "$state/logs/instance-$port.kill$k.log"
  t0=$(now)
  bash deploy/cluster-local.sh start -n 2 >> "$out/cluster-local.log" 2>&1 &
  starter=$!
  opened=""
  until ready "$port"; do
    # the port accepts connections once the WAR is deployed (deploy/payara-postdeploy.asadmin);
    # ready follows when the index has caught up
    if [ -z "$opened" ] && curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/health/live"; then
      opened=$(secs "$t0" "$(now)")
    fi
    if [ "$(secs "$t0" "$(now)" | cut -d. -f1)" -ge "$ready_timeout" ]; then
      log "kill $k: instance $port not ready ${ready_timeout}s after its restart"; exit 2
    fi
    sleep 0.2
  done
  took=$(secs "$t0" "$(now)")
  restart_times+=("$took")
  wait "$starter" || { log "cluster-local.sh start failed"; tail -n 20 "$out/cluster-local.log"; exit 2; }
  log "kill $k/$kills: instance $port (pid $pid) killed at $killed_at UTC; restart: port open" \
    "after ${opened:-$took} s, ready after ${took} s"
done

# --- stop the load --------------------------------------------------------------------------------
sleep 5
touch "$out/publisher/stop"
wait "$publisher" || true
publisher=""
kill -INT "$reader" 2>/dev/null || true
wait "$reader" || true
reader=""
sleep 5 # the indexes follow the change log within ~200 ms; give them a few seconds

# --- checks ---------------------------------------------------------------------------------------
cd "$out"
cut -f1 publisher/committed.tsv | sort -u > committed.ids
committed=$(wc -l < publisher/committed.tsv)
# the database: every item of this run
sql "SELECT id, state, coalesce(index_number, ''), title FROM item WHERE title LIKE '%$tag%'" > db.tsv
awk -F'\t' '$2 == "PUBLISHED" { print $1 }' db.tsv | sort -u > db-published.ids

# (a) committed publications in the database, PUBLISHED, with the 索引号 they were answered
awk -F'\t' 'NR == FNR { db[$1] = $2 "\t" $3; next }
            !(($1) in db) || db[$1] != "PUBLISHED\t" $2 { print $1 "\t" $2 "\t" (($1) in db ? db[$1] : "absent") }' \
  db.tsv publisher/committed.tsv > lost-db.tsv
lost_db=$(wc -l < lost-db.tsv)

# 索引号: duplicates among the answers and in the database, gaps in the organisation's sequences
dup_answers=$(cut -f2 publisher/committed.tsv | sort | uniq -d | wc -l)
dup_db=$(sql "SELECT count(*) FROM (SELECT index_number FROM item WHERE index_number IS NOT NULL
              GROUP BY index_number HAVING count(*) > 1) d")
org_row=$(sql "SELECT id, code FROM organisation WHERE slug = '$org'")
org_id=${org_row%%$'\t'*}
org_code=${org_row#*$'\t'}
gaps=0
gap_text=""
for year in $(cut -f2 publisher/committed.tsv | sed -n 's#.*/\([0-9]\{4\}\)-[0-9]*$#\1#p' | sort -u); do
  sql "SELECT index_number FROM item WHERE organisation_id = $org_id
       AND index_number LIKE '$org_code/$year-%'" | sed 's/.*-0*//' | sort -n > "seq-$year.txt"
  counter=$(sql "SELECT last_seq FROM index_counter WHERE organisation_id = $org_id AND counter_year = $year")
  highest=$(tail -n 1 "seq-$year.txt")
  awk -v max="$highest" '{ seen[$1] = 1 } END { for (i = 1; i <= max; i++) if (!(i in seen)) print i }' \
    "seq-$year.txt" > "seq-missing-$year.txt"
  n_missing=$(wc -l < "seq-missing-$year.txt")
  dups=$(uniq -d "seq-$year.txt" | wc -l)
  gaps=$((gaps + n_missing + (counter != highest ? 1 : 0)))
  dup_db=$((dup_db + dups))
  run_range=$(cut -f2 publisher/committed.tsv | sed -n "s#.*/$year-0*\([0-9]*\)\$#\1#p" | sort -n \
    | sed -n '1p;$p' | paste -sd-)
  gap_text+="$year: $(wc -l < "seq-$year.txt") numbers, highest $highest, counter row at $counter,"
  gap_text+=" this run's $run_range,"
  gap_text+=" missing $n_missing $(head -n 10 "seq-missing-$year.txt" | tr '\n' ' '); "
done

# (b) each instance's index: the run's tag, paged with the cursor; (c) each instance's public list
search_ids() { # PORT → ids of every search hit for the tag; prints "total collected"
  local port=$1 url="/api/v1/search?q=$tag&exact=true&size=50" body total="" next
  : > "search-$port.ids"
  while [ -n "$url" ]; do
    body=$(curl -fsS --max-time 30 "http://127.0.0.1:$port$url")
    [ -n "$total" ] || total=$(jq -r .total <<< "$body")
    jq -r '.hits[].id' <<< "$body" >> "search-$port.ids"
    next=$(jq -r '.next // empty' <<< "$body")
    url=${next:+"/api/v1/search?q=$tag&exact=true&size=50&cursor=$next"}
  done
  sort -u -o "search-$port.ids" "search-$port.ids"
  echo "$total $(wc -l < "search-$port.ids")"
}
list_ids() { # PORT → ids of the organisation's channel list, every page
  local port=$1 url="/api/v1/items?organisation=$org&channel=$channel&size=100&page=1" body
  : > "list-$port.ids"
  while [ -n "$url" ]; do
    body=$(curl -fsS --max-time 30 "http://127.0.0.1:$port$url")
    jq -r '.items[].id' <<< "$body" >> "list-$port.ids"
    url=$(jq -r '.links.next // empty' <<< "$body")
  done
  sort -u -o "list-$port.ids" "list-$port.ids"
}
declare -A index_missing index_extra index_total list_missing title_missing
for port in "${ports[@]}"; do
  read -r total collected < <(search_ids "$port")
  index_total[$port]="$total hits, $collected ids"
  comm -23 db-published.ids "search-$port.ids" > "index-missing-$port.ids"
  comm -13 db-published.ids "search-$port.ids" > "index-extra-$port.ids"
  index_missing[$port]=$(wc -l < "index-missing-$port.ids")
  index_extra[$port]=$(wc -l < "index-extra-$port.ids")
  list_ids "$port"
  comm -23 committed.ids "list-$port.ids" > "list-missing-$port.ids"
  list_missing[$port]=$(wc -l < "list-missing-$port.ids")
  # the title word of the last 20 publications and of 30 others, one search each
  : > "title-missing-$port.tsv"
  { tail -n 20 publisher/committed.tsv; head -n -20 publisher/committed.tsv | shuf -n 30; } \
    | while IFS=$'\t' read -r id number title _; do
        word=${title##* }
        if ! curl -fsS --max-time 30 "http://127.0.0.1:$port/api/v1/search?q=$word&exact=true" \
            | jq -e --argjson id "$id" '[.hits[].id] | index($id) != null' > /dev/null; then
          printf '%s\t%s\t%s\n' "$id" "$number" "$title" >> "title-missing-$port.tsv"
        fi
      done
  title_missing[$port]=$(wc -l < "title-missing-$port.tsv")
done
comm -3 "search-${ports[0]}.ids" "search-${ports[1]}.ids" > index-mismatch.ids
comm -3 "list-${ports[0]}.ids" "list-${ports[1]}.ids" > list-mismatch.ids
mismatch=$(( $(wc -l < index-mismatch.ids) + $(wc -l < list-mismatch.ids) ))
lost=$lost_db
for port in "${ports[@]}"; do
  lost=$((lost + ${index_missing[$port]} + ${list_missing[$port]} + ${title_missing[$port]}))
done

# --- summary --------------------------------------------------------------------------------------
failed_create=$(awk -F'\t' '$2 == "create"' publisher/failed.tsv | wc -l)
failed_publish=$(awk -F'\t' '$2 == "publish" || $2 == "other"' publisher/failed.tsv | wc -l)
attempted=$(sed -n 's/.*attempted \([0-9]*\).*/\1/p' publisher/summary.txt)
# publications whose answer was lost but which the server did commit: allowed, shown
ambiguous_committed=$(awk -F'\t' 'NR == FNR { if ($2 == "PUBLISHED") pub[$1] = 1; next }
                                  $2 == "publish" && ($3 in pub)' db.tsv publisher/failed.tsv | wc -l)
sorted=$(printf '%s\n' "${restart_times[@]}" | sort -n)
median=$(awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.1f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }' <<< "$sorted")
max=$(tail -n 1 <<< "$sorted")

echo
echo "=== crash test summary ($(date -u +%F) UTC, 2 instances, $kills kills, $rate publications/s) ==="
echo "publications: attempted $attempted, committed (publish 200) $committed, failed $((failed_create + failed_publish))" \
  "(create $failed_create, publish $failed_publish; $ambiguous_committed of the failed publishes were committed all the same)"
if [ -s publisher/failed.tsv ]; then
  echo "failed client requests (expected around a kill), by kind:"
  cut -f2,4 publisher/failed.tsv | sed -E 's/(Exception|[0-9]{3} [a-z-]+): .*/\1/' | sort | uniq -c \
    | sed 's/^/  /'
  echo "each one (time UTC, step, id, answer):"
  cut -f1-4 publisher/failed.tsv | cut -c1-150 | sed 's/^/  /'
fi
echo "readers (search through nginx): $(grep '^RESULT' readers.txt | sed 's/^RESULT //')"
grep '^STATUSES' readers.txt | sed 's/^/  /' || true
echo "kills: $kills; restart to ready (s): ${restart_times[*]}"
echo "restart to ready: median ${median} s, max ${max} s"
echo "database: $(wc -l < db.tsv) items of this run, $(wc -l < db-published.ids) published"
echo "索引号 $org_code of $org: ${gap_text%; }"
for port in "${ports[@]}"; do
  echo "instance $port: index ${index_total[$port]}; committed missing from its index ${index_missing[$port]}," \
    "in its index but not published ${index_extra[$port]}, title searches failing ${title_missing[$port]}/50," \
    "missing from its list of $org/$channel ${list_missing[$port]}"
done
echo "LOST $lost (not PUBLISHED in the database $lost_db)  DUPLICATE 索引号 $((dup_answers + dup_db))" \
  " GAPS $gaps  MISMATCH between instances $mismatch"
if [ "$lost" -gt 0 ] || [ "$((dup_answers + dup_db))" -gt 0 ] || [ "$gaps" -gt 0 ] || [ "$mismatch" -gt 0 ]; then
  echo "crash: FAILED (details in $out: lost-db.tsv, index-missing-*.ids, list-missing-*.ids, title-missing-*.tsv, *-mismatch.ids)"
  exit 1
fi
echo "crash: passed: no committed publication lost, no duplicate or missing 索引号, both instances alike"
