#!/usr/bin/env bash
# Checks a running local cluster (deploy/cluster-local.sh start) through nginx: login, a write,
# compression, the theme cache, nginx's own problem+json errors, and that GETs still succeed after
# one instance is killed with SIGKILL (it stays down: `deploy/cluster-local.sh start` restarts it).
# Exits non-zero when any check fails.
#
# Environment: GONGKAI_CLUSTER_URL (http://127.0.0.1:8088), GONGKAI_CLUSTER_DIR (target/cluster),
# GONGKAI_DEMO_PASSWORD (gongkai-demo).
set -euo pipefail
cd "$(dirname "$0")/.."

base="${GONGKAI_CLUSTER_URL:-http://127.0.0.1:8088}"
state="${GONGKAI_CLUSTER_DIR:-$PWD/target/cluster}"
password="${GONGKAI_DEMO_PASSWORD:-gongkai-demo}"
command -v jq >/dev/null || { echo "smoke: jq is needed (apt-get install jq)" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
pass() { printf 'ok    %s\n' "$1"; }
fail() { printf 'FAIL  %s\n' "$1"; failures=$((failures + 1)); }
check() { # NAME COMMAND…
  local name=$1
  shift
  if "$@" >/dev/null 2>&1; then pass "$name"; else fail "$name"; fi
}

# fetch NAME CURL-ARGS…: $tmp/NAME.h (headers), $tmp/NAME.b (body); prints the status
fetch() {
  local name=$1
  shift
  curl -s --max-time 60 -D "$tmp/$name.h" -o "$tmp/$name.b" -w '%{http_code}' "$@" || true
}
header() { # NAME HEADER: its value (last one)
  tr -d '\r' < "$tmp/$1.h" | awk -v h="$(printf '%s' "$2" | tr '[:upper:]' '[:lower:]')" -F': ' \
    'tolower($1) == h { v = substr($0, length($1) + 3) } END { print v }'
}
# an nginx problem: status, application/problem+json, Gongkai's type URIs, a Chinese title
problem() { # NAME STATUS
  [ "$(header "$1" Content-Type)" = "application/problem+json; charset=utf-8" ] \
    && jq -e --argjson s "$2" '.status == $s and (.type | startswith("https://gongkai.io/problems/"))
                               and (.title | test("[\u4e00-\u9fff]")) and (.detail | length > 0)' \
         "$tmp/$1.b"
}
is() { [ "$1" = "$2" ]; }

echo "smoke: $base"

# --- the way in -------------------------------------------------------------------------------
check "GET /health/ready through nginx: 200" is "$(fetch ready "$base/health/ready")" 200

status=$(fetch login -X POST "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d "{\"username\":\"demo-editor\",\"password\":\"$password\"}")
token=$(jq -r '.token // empty' "$tmp/login.b" 2>/dev/null || true)
check "log in as demo-editor: 200 and a token" test "$status" = 200 -a -n "$token"

status=$(fetch create -X POST "$base/api/v1/manage/items" -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' -d '{
    "organisation": "jrjgfwzx", "channel": "notices", "title": "集群冒烟测试通知",
    "body": "<p>经 nginx 写入。</p>", "writtenOn": "2025-09-20", "genre": "通知",
    "theme": "综合政务", "disclosureMethod": "主动公开", "scope": "面向社会",
    "timeLimit": "及时", "validity": "有效"}')
location=$(header create Location)
check "create an item: 201 with Location and ETag \"1\"" \
  test "$status" = 201 -a -n "$location" -a "$(header create ETag)" = '"1"'
check "  editorial answer passes Cache-Control: no-store" is "$(header create Cache-Control)" no-store
status=$(fetch item "$base$location" -H "Authorization: Bearer $token")
check "  read it back (GET $location): 200, same title" \
  test "$status" = 200 -a "$(jq -r '.item.title' "$tmp/item.b" 2>/dev/null)" = 集群冒烟测试通知

# --- compression ------------------------------------------------------------------------------
status=$(fetch orgs -H 'Accept-Encoding: gzip' "$base/api/v1/organisations")
check "GET /api/v1/organisations with Accept-Encoding: gzip: 200, Content-Encoding gzip" \
  test "$status" = 200 -a "$(header orgs Content-Encoding)" = gzip
check "  body gunzips to a JSON list of organisations" \
  sh -c "gunzip -c '$tmp/orgs.b' | jq -e 'length > 0'"

# --- theme files ------------------------------------------------------------------------------
fetch theme "$base/themes/default/gongkai.js" >/dev/null
version=$(header theme X-Theme-Version)
check "theme version (X-Theme-Version of /themes/default/gongkai.js)" test -n "$version"
versioned="$base/themes/v/$version/default/gongkai.js"
fetch v1 -H 'Accept-Encoding: gzip' "$versioned" >/dev/null
status=$(fetch v2 -H 'Accept-Encoding: gzip' "$versioned")
check "GET /themes/v/$version/default/gongkai.js: 200, immutable for a year" \
  test "$status" = 200 -a "$(header v2 Cache-Control)" = "public, max-age=31536000, immutable"
check "  second time from nginx's cache (X-Cache-Status: HIT)" is "$(header v2 X-Cache-Status)" HIT
check "  gzipped by nginx, the script intact" \
  sh -c "[ \"\$(grep -i '^content-encoding: gzip' '$tmp/v2.h')\" ] && gunzip -c '$tmp/v2.b' | grep -q customElements"

# --- errors nginx produces itself: problem+json in Chinese ------------------------------------
status=$(fetch badurl --path-as-is "$base/api/v1/items/%zz")
check "bad URL encoding (/api/v1/items/%zz): 400 problem+json" problem badurl 400
big=$(head -c 70000 /dev/zero | tr '\0' a)
status=$(fetch bighdr -H "X-Big: $big" "$base/api/v1/organisations")
check "a 70 KB header: 431 problem+json" problem bighdr 431
status=$(fetch longurl "$base/api/v1/items?q=${big:0:20000}")
check "a 20 KB URL: 414 problem+json" problem longurl 414
head -c $((50 * 1024 * 1024 + 1)) /dev/zero > "$tmp/upload"
status=$(fetch upload -X POST "$base/api/v1/manage/items/1/attachments?name=a.pdf" \
  -H "Authorization: Bearer $token" -H 'If-Match: "1"' \
  -H 'Content-Type: application/octet-stream' --data-binary @"$tmp/upload")
rm -f "$tmp/upload"
check "an upload of 50 MB + 1 byte: 413 problem+json" problem upload 413
seven=${big:0:7000}
status=$(fetch headers21k -H "X-A: $seven" -H "X-B: $seven" -H "X-C: $seven" "$base/api/v1/organisations")
check "headers of 21 KB in all (each < 8 KB) reach Gongkai: 200" is "$status" 200
status=$(fetch gk404 "$base/api/v1/items/999999999")
check "Gongkai's own 404 passes untouched (its type, its instance)" \
  jq -e '.status == 404 and .type == "https://gongkai.io/problems/not-found"
         and .instance == "/api/v1/items/999999999"' \
  "$tmp/gk404.b"

# --- an instance dies -------------------------------------------------------------------------
victim=""
for pidfile in "$state"/run/instance-*.pid; do
  [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null && victim=$pidfile
done
if [ -n "$victim" ] && [ "$(find "$state"/run -name 'instance-*.pid' | wc -l)" -ge 2 ]; then
  port=${victim##*/instance-}; port=${port%.pid}
  kill -KILL "$(cat "$victim")"
  echo "      killed instance $port (kill -9 $(cat "$victim"))"
  sleep 1
  ok=0
  for _ in $(seq 1 20); do
    [ "$(fetch after "$base/api/v1/organisations")" = 200 ] && ok=$((ok + 1))
  done
  check "after kill -9: 20 of 20 GET /api/v1/organisations answered 200 (got $ok)" is "$ok" 20
  check "after kill -9: /health/ready through nginx: 200" is "$(fetch ready2 "$base/health/ready")" 200
  status=$(fetch login2 -X POST "$base/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"demo-editor\",\"password\":\"$password\"}")
  check "after kill -9: log in (POST) still works: 200" is "$status" 200
  echo "      instance $port stays down; 'deploy/cluster-local.sh start' starts it again"
else
  fail "kill -9 one instance: needs a cluster of 2 or more running instances under $state"
fi

if [ "$failures" -gt 0 ]; then
  echo "smoke: $failures check(s) FAILED"
  exit 1
fi
echo "smoke: all checks passed"
