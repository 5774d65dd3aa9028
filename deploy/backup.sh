#!/usr/bin/env bash
# Backs up a Gongkai installation into one archive:
#
#   deploy/backup.sh [ARCHIVE]      # default: gongkai-backup-<UTC time>.tar.gz here
#
# The database holds everything that matters — organisations, items, attachments and report files
# (as bytes), annual reports, accounts, the token signing key, 索引号 counters, audit and change log —
# so the archive holds:
#   database.dump     PostgreSQL: pg_dump's custom format, taken while Gongkai runs (a consistent
#                     snapshot); or
#   database.sql.gz   the embedded H2 database: H2's own SCRIPT, taken while Gongkai is stopped
#                     (the embedded database is open by one process at a time)
#   config/           the files named in GONGKAI_BACKUP_FILES (space-separated: the environment file,
#                     synonym and question-word files, a private key file …)
#   manifest.txt      what it is: database kind, schema version, time, Gongkai version
# The search index is not in it: every instance rebuilds its index from the database by itself.
# Settings as Gongkai reads them: GONGKAI_DB_URL, GONGKAI_DB_USER, GONGKAI_DB_PASSWORD,
# GONGKAI_DATA_DIR; GONGKAI_WAR (target/gongkai.war) for the H2 tools.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=deploy/backup-common.sh
. deploy/backup-common.sh

archive="${1:-gongkai-backup-$(date -u +%Y%m%dT%H%M%SZ).tar.gz}"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/backup/config"
kind=$(db_kind)

case "$kind" in
  postgresql)
    pg_env
    "$(pg_bin pg_dump)" --format=custom --no-owner --no-privileges \
      --file="$WORK/backup/database.dump"
    schema=$("$(pg_bin psql)" -X -A -t -c \
      "SELECT max(version::int) FROM flyway_schema_history WHERE success")
    ;;
  h2)
    url=$(h2_url)
    [ -f "$GONGKAI_DATA_DIR/db/gongkai.mv.db" ] || [ -n "$GONGKAI_DB_URL" ] \
      || die "no embedded database under $GONGKAI_DATA_DIR/db"
    if ! h2_tool Script -url "$url;IFEXISTS=TRUE" -user "${GONGKAI_DB_USER:-sa}" \
      -password "$GONGKAI_DB_PASSWORD" -script "$WORK/backup/database.sql" 2> "$WORK/h2.err"; then
      cat "$WORK/h2.err" >&2
      die "H2 backup failed: the embedded database can be backed up only while Gongkai is stopped"
    fi
    gzip "$WORK/backup/database.sql"
    schema=$(h2_tool Shell -url "$url;IFEXISTS=TRUE" -user "${GONGKAI_DB_USER:-sa}" \
      -password "$GONGKAI_DB_PASSWORD" \
      -sql "SELECT max(CAST(version AS INT)) FROM flyway_schema_history WHERE success" \
      | grep -E '^[0-9]+$' | head -n 1 || true)
    ;;
esac

for f in ${GONGKAI_BACKUP_FILES:-}; do
  [ -f "$f" ] || die "GONGKAI_BACKUP_FILES names $f, which is not a file"
  cp -p "$f" "$WORK/backup/config/"
done

version=$(unzip -p "${GONGKAI_WAR:-target/gongkai.war}" \
  META-INF/maven/io.gongkai/gongkai/pom.properties 2>/dev/null | sed -n 's/^version=//p' || true)
cat > "$WORK/backup/manifest.txt" <<MANIFEST
kind=$kind
schema=${schema:-unknown}
taken=$(date -u +%Y-%m-%dT%H:%M:%SZ)
gongkai=${version:-unknown}
config=$(find "$WORK/backup/config" -type f -printf '%f ')
MANIFEST

tar -C "$WORK/backup" -czf "$archive" .
log "backup written: $archive ($(du -h "$archive" | cut -f1), $kind)"
echo "$archive"
