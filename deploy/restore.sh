#!/usr/bin/env bash
# Restores a backup of deploy/backup.sh into an empty installation:
#
#   deploy/restore.sh ARCHIVE
#
# PostgreSQL: GONGKAI_DB_URL names an existing, empty database (create it first, owned by
# GONGKAI_DB_USER); it is filled with pg_restore. The embedded H2 database: GONGKAI_DATA_DIR must
# hold no database yet; the backup's script is run into a new one. Gongkai must not be running on
# the target. Configuration files of the backup are put in GONGKAI_RESTORE_CONFIG_DIR (default
# ./restored-config), never over live files: put them in place yourself.
# Then start Gongkai: it migrates an older schema forward, and every instance rebuilds its search
# index from the restored database (delete each instance's index folder, GONGKAI_DATA_DIR/index, if
# it served another database before).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=deploy/backup-common.sh
. deploy/backup-common.sh

[ $# -eq 1 ] || { echo "usage: $0 ARCHIVE" >&2; exit 2; }
archive=$1
[ -f "$archive" ] || die "no backup at $archive"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
tar -C "$WORK" -xzf "$archive"
[ -f "$WORK/manifest.txt" ] || die "$archive is not a Gongkai backup (no manifest.txt)"
backup_kind=$(sed -n 's/^kind=//p' "$WORK/manifest.txt")
kind=$(db_kind)
[ "$backup_kind" = "$kind" ] \
  || die "the backup holds a $backup_kind database; the target is $kind (move data between kinds with the migration import)"

case "$kind" in
  postgresql)
    pg_env
    tables=$("$(pg_bin psql)" -X -A -t -c \
      "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")
    [ "$tables" = "0" ] || die "database $PGDATABASE is not empty ($tables tables): restore into an empty one"
    "$(pg_bin pg_restore)" --no-owner --no-privileges --exit-on-error --single-transaction \
      --dbname="$PGDATABASE" "$WORK/database.dump"
    ;;
  h2)
    [ -z "$GONGKAI_DB_URL" ] || [ ! -e "${GONGKAI_DB_URL#jdbc:h2:file:}.mv.db" ] || die "an H2 database exists already"
    if [ -z "$GONGKAI_DB_URL" ] && [ -e "$GONGKAI_DATA_DIR/db/gongkai.mv.db" ]; then
      die "$GONGKAI_DATA_DIR/db holds a database already: restore into an empty data folder"
    fi
    mkdir -p "$GONGKAI_DATA_DIR/db"
    gunzip "$WORK/database.sql.gz"
    h2_tool RunScript -url "$(h2_url)" -user "${GONGKAI_DB_USER:-sa}" \
      -password "$GONGKAI_DB_PASSWORD" -script "$WORK/database.sql"
    ;;
esac

if [ -n "$(ls -A "$WORK/config" 2>/dev/null)" ]; then
  target="${GONGKAI_RESTORE_CONFIG_DIR:-$PWD/restored-config}"
  mkdir -p "$target"
  cp -p "$WORK/config/"* "$target/"
  log "configuration files of the backup are in $target"
fi
log "restored $archive ($kind, schema $(sed -n 's/^schema=//p' "$WORK/manifest.txt"), taken $(sed -n 's/^taken=//p' "$WORK/manifest.txt"))"
