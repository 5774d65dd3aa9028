#!/usr/bin/env bash
# Imports an agency's old disclosure site into Gongkai: logs in, uploads the file (NDJSON, one item
# a line, or a zip of items.ndjson and attachments), follows the import job with a progress bar and
# prints its row errors. Exits 0 when every line was imported, 1 when some failed, 2 on other errors.
#
#   deploy/import.sh FILE --organisation SLUG [--dry-run] [--default-channel CODE] [--url URL]
#
# Environment: GONGKAI_URL (http://localhost:8080), GONGKAI_USER and GONGKAI_PASSWORD (asked for
# when not set and a terminal is attached). Needs curl and python3.
set -euo pipefail

usage() {
  sed -n '5p' "$0" | sed 's/^#   /usage: /' >&2
  exit 2
}

file=""
org=""
query=""
url="${GONGKAI_URL:-http://localhost:8080}"
while [ $# -gt 0 ]; do
  case "$1" in
    --organisation) org="${2:-}"; shift 2 ;;
    --dry-run) query="${query}&dryRun=true"; shift ;;
    --default-channel) query="${query}&defaultChannel=${2:-}"; shift 2 ;;
    --url) url="${2:-}"; shift 2 ;;
    -h|--help) usage ;;
    -*) echo "unknown option $1" >&2; usage ;;
    *) file="$1"; shift ;;
  esac
done
[ -n "$file" ] && [ -n "$org" ] || usage
[ -r "$file" ] || { echo "cannot read $file" >&2; exit 2; }

user="${GONGKAI_USER:-}"
password="${GONGKAI_PASSWORD:-}"
if [ -z "$user" ] && [ -t 0 ]; then read -r -p "用户名: " user; fi
if [ -z "$password" ] && [ -t 0 ]; then read -r -s -p "密码: " password; echo; fi
[ -n "$user" ] && [ -n "$password" ] || { echo "set GONGKAI_USER and GONGKAI_PASSWORD" >&2; exit 2; }

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

login=$(python3 -c 'import json,sys; print(json.dumps({"username": sys.argv[1], "password": sys.argv[2]}))' \
  "$user" "$password")
token=$(curl -sS -f -X POST "$url/api/v1/auth/token" -H 'Content-Type: application/json' \
  --data-binary "$login" | json 'd["token"]') || { echo "登录失败" >&2; exit 2; }

case "$file" in
  *.zip) type="application/zip" ;;
  *) type="application/x-ndjson" ;;
esac
headers=$(mktemp)
response=$(mktemp)
trap 'rm -f "$headers" "$response"' EXIT
status=$(curl -sS -o "$response" -D "$headers" -w '%{http_code}' -X POST \
  "$url/api/v1/manage/organisations/$org/imports?${query#&}" \
  -H "Authorization: Bearer $token" -H "Content-Type: $type" --data-binary "@$file") || true
if [ "$status" != "202" ]; then
  echo "上传被拒绝 (HTTP $status)" >&2
  cat "$response" >&2
  echo >&2
  exit 2
fi
location=$(grep -i '^location:' "$headers" | tr -d '\r' | sed 's/^[Ll]ocation: *//')
job="${location#*/api/v1/}"

while true; do
  body=$(curl -sS -f "$url/api/v1/$job" -H "Authorization: Bearer $token")
  state=$(printf '%s' "$body" | json 'd["state"]')
  printf '%s' "$body" | python3 -c '
import json, sys
d = json.load(sys.stdin)
total, done = d["total"] or 0, d["done"]
width = 40
filled = width * done // total if total else 0
sys.stderr.write("\r[%s%s] %d/%d  新建 %d 更新 %d 未变 %d 失败 %d" % ("#" * filled, "." * (width - filled),
    done, total, d["created"], d["updated"], d["unchanged"], d["failed"]))
sys.stderr.flush()'
  if [ "$state" = "DONE" ] || [ "$state" = "FAILED" ]; then break; fi
  sleep 0.5
done
echo >&2

printf '%s' "$body" | python3 -c '
import json, sys
d = json.load(sys.stdin)
print("导入%s：共 %d 行，新建 %d，更新 %d，未变 %d，失败 %d" % ("检查" if d["dryRun"] else "", d["total"],
    d["created"], d["updated"], d["unchanged"], d["failed"]))
for e in d["errors"]:
    print("第 %s 行 %s %s：%s" % (e["line"], e.get("externalId") or "", e.get("field") or "", e["message"]))
sys.exit(0 if d["state"] == "DONE" and d["failed"] == 0 else 1)'
