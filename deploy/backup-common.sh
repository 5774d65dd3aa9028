# shellcheck shell=bash
# Shared by deploy/backup.sh and deploy/restore.sh (sourced, not run).
# Reads the same settings as Gongkai: GONGKAI_DB_URL (empty: the embedded H2 database under
# GONGKAI_DATA_DIR/db), GONGKAI_DB_USER, GONGKAI_DB_PASSWORD, GONGKAI_DATA_DIR.

log() { printf '%s: %s\n' "$(basename "$0")" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

GONGKAI_DATA_DIR="${GONGKAI_DATA_DIR:-$PWD/data}"
GONGKAI_DB_URL="${GONGKAI_DB_URL:-}"
GONGKAI_DB_USER="${GONGKAI_DB_USER:-}"
GONGKAI_DB_PASSWORD="${GONGKAI_DB_PASSWORD:-}"

# the database kind: postgresql or h2
db_kind() {
  case "$GONGKAI_DB_URL" in
    "" | jdbc:h2:*) echo h2 ;;
    jdbc:postgresql:*) echo postgresql ;;
    *) die "unsupported GONGKAI_DB_URL (PostgreSQL or H2 expected): $GONGKAI_DB_URL" ;;
  esac
}

# the embedded database's URL, as Gongkai builds it (platform/ConfiguredDataSource)
h2_url() {
  if [ -n "$GONGKAI_DB_URL" ]; then
    echo "$GONGKAI_DB_URL"
  else
    local dir
    dir=$(cd "$GONGKAI_DATA_DIR" 2>/dev/null && pwd || echo "$GONGKAI_DATA_DIR")
    echo "jdbc:h2:file:$dir/db/gongkai;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
  fi
}

# H2's own tools, from the H2 jar inside Gongkai's WAR (GONGKAI_WAR, default target/gongkai.war)
h2_tool() {
  local tool=$1
  shift
  local war="${GONGKAI_WAR:-target/gongkai.war}" jar
  [ -f "$war" ] || die "no WAR at $war (set GONGKAI_WAR): H2's tools come from it"
  jar="$WORK/h2.jar"
  if [ ! -f "$jar" ]; then
    local entry
    entry=$(unzip -Z1 "$war" | grep -E '^WEB-INF/lib/h2-[0-9.]+\.jar$' | head -n 1)
    [ -n "$entry" ] || die "no H2 jar in $war"
    unzip -p "$war" "$entry" > "$jar"
  fi
  java -cp "$jar" "org.h2.tools.$tool" "$@"
}

# host, port and database of a jdbc:postgresql:// URL, into PGHOST, PGPORT, PGDATABASE
pg_env() {
  local rest=${GONGKAI_DB_URL#jdbc:postgresql://}
  rest=${rest%%\?*}
  local hostport=${rest%%/*}
  export PGDATABASE=${rest#*/}
  export PGHOST=${hostport%%:*}
  if [ "$hostport" != "$PGHOST" ]; then
    export PGPORT=${hostport##*:}
  else
    export PGPORT=5432
  fi
  export PGUSER="${GONGKAI_DB_USER:-gongkai}" PGPASSWORD="$GONGKAI_DB_PASSWORD"
}

# PostgreSQL's client tools of the newest installed version
pg_bin() {
  local bin
  bin=$(find /usr/lib/postgresql -maxdepth 3 -name "$1" -path '*/bin/*' 2>/dev/null | sort -V | tail -n 1)
  [ -n "$bin" ] || bin=$(command -v "$1" || true)
  [ -n "$bin" ] || die "$1 not found: install Debian's postgresql-client"
  echo "$bin"
}
