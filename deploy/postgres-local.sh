#!/usr/bin/env bash
# Throwaway PostgreSQL on 127.0.0.1 for tests (no Docker needed).
#
#   deploy/postgres-local.sh start DIR PORT   # prints the JDBC URL on stdout
#   deploy/postgres-local.sh stop  DIR
#
# Must be run as root (the server itself runs as the `postgres` OS user).
# Installs Debian's `postgresql` package if no /usr/lib/postgresql/*/bin/initdb
# exists. Creates role gongkai/gongkai (LOGIN) and database gongkai_test owned
# by it. Both commands are idempotent. Diagnostics go to stderr, so
#   URL=$(deploy/postgres-local.sh start DIR PORT)
# captures only the URL.
set -euo pipefail

PG_USER=postgres
APP_ROLE=gongkai
APP_PASSWORD=gongkai
APP_DB=gongkai_test
READY_TIMEOUT=60

log() { printf 'postgres-local: %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

usage() {
  cat >&2 <<EOF
usage: $0 start DIR PORT
       $0 stop DIR
EOF
  exit 2
}

# Run a command as the postgres OS user, from a directory it can read.
as_pg() { (cd / && runuser -u "$PG_USER" -- "$@"); }

abs_dir() {
  case "$1" in
    /*) printf '%s\n' "$1" ;;
    *) printf '%s/%s\n' "$PWD" "$1" ;;
  esac
}

find_bindir() {
  local d best=""
  # Pick the highest installed major version.
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do
    [[ -x "$d/initdb" && -x "$d/pg_ctl" ]] && best="$d"
  done
  printf '%s\n' "$best"
}

install_postgresql() {
  if compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
    return 0
  fi
  log "no /usr/lib/postgresql/*/bin/initdb found; installing Debian package 'postgresql'"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >&2
  apt-get install -y -q --no-install-recommends postgresql >&2
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null \
    || die "postgresql installed but no initdb under /usr/lib/postgresql/*/bin"
}

pg_running() { # DIR -> 0 if a postmaster is running on DIR/data
  as_pg "$BIN/pg_ctl" status -D "$1/data" >/dev/null 2>&1
}

cmd_start() {
  local dir port
  dir=$(abs_dir "$1"); port=$2
  [[ "$port" =~ ^[0-9]+$ ]] && (( port > 0 && port < 65536 )) || die "invalid PORT: $port"
  # The path ends up inside single quotes in pg_ctl's -o string.
  [[ "$dir" != *"'"* ]] || die "DIR must not contain a single quote: $dir"
  # Unix socket path limit (sun_path is 108 bytes incl. NUL).
  local sockpath="$dir/sock/.s.PGSQL.$port"
  (( ${#sockpath} <= 107 )) || die "socket path too long (${#sockpath} > 107): $sockpath"

  [[ $EUID -eq 0 ]] || die "must run as root"
  install_postgresql
  BIN=$(find_bindir)
  [[ -n "$BIN" ]] || die "no initdb/pg_ctl found under /usr/lib/postgresql/*/bin"
  id "$PG_USER" >/dev/null 2>&1 || die "OS user '$PG_USER' does not exist"
  log "using PostgreSQL binaries in $BIN ($("$BIN/postgres" --version))"

  mkdir -p "$dir" "$dir/sock"
  chown "$PG_USER:" "$dir" "$dir/sock"
  chmod 0700 "$dir/sock"
  as_pg test -w "$dir" \
    || die "user '$PG_USER' cannot access $dir (a parent directory is not traversable?)"

  if [[ ! -f "$dir/data/PG_VERSION" ]]; then
    rm -rf "$dir/data"
    local initdb_common=(-D "$dir/data" -U "$PG_USER" --encoding=UTF8
                         --auth-local=peer --auth-host=scram-sha-256)
    log "initdb in $dir/data"
    if ! as_pg "$BIN/initdb" "${initdb_common[@]}" --locale=C.UTF-8 >"$dir/initdb.log" 2>&1; then
      log "initdb with locale C.UTF-8 failed; retrying with locale C"
      rm -rf "$dir/data"
      as_pg "$BIN/initdb" "${initdb_common[@]}" --locale=C >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
    fi
  fi

  if pg_running "$dir"; then
    local running_port
    running_port=$(sed -n 4p "$dir/data/postmaster.pid" 2>/dev/null || true)
    [[ "$running_port" == "$port" ]] \
      || die "server in $dir already running on port ${running_port:-?}, not $port; stop it first"
    log "server in $dir already running on port $port"
  else
    log "starting server (log: $dir/postgres.log)"
    touch "$dir/postgres.log"; chown "$PG_USER:" "$dir/postgres.log"
    if ! as_pg "$BIN/pg_ctl" start -D "$dir/data" -l "$dir/postgres.log" -w -t "$READY_TIMEOUT" \
         -o "-c listen_addresses=127.0.0.1 -p $port -k '$dir/sock'" >&2; then
      tail -n 30 "$dir/postgres.log" >&2 || true
      die "pg_ctl start failed"
    fi
  fi

  local deadline=$((SECONDS + READY_TIMEOUT))
  until "$BIN/pg_isready" -q -h 127.0.0.1 -p "$port"; do
    if (( SECONDS >= deadline )); then
      tail -n 30 "$dir/postgres.log" >&2 || true
      die "server not ready on 127.0.0.1:$port after ${READY_TIMEOUT}s"
    fi
    sleep 0.5
  done

  # Role and database (idempotent), as postgres over the unix socket.
  as_pg "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir/sock" -p "$port" -U "$PG_USER" -d postgres \
    -v role="$APP_ROLE" -v pw="$APP_PASSWORD" -v db="$APP_DB" >&2 <<'SQL'
SELECT format('CREATE ROLE %I', :'role')
  WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
-- CREATEDB: the backup test restores into a database of its own
ALTER ROLE :"role" WITH LOGIN CREATEDB PASSWORD :'pw';
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', :'db', :'role', 'UTF8')
  WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
ALTER DATABASE :"db" OWNER TO :"role";
SQL

  log "ready: role $APP_ROLE, database $APP_DB on 127.0.0.1:$port"
  printf 'jdbc:postgresql://127.0.0.1:%s/%s\n' "$port" "$APP_DB"
}

cmd_stop() {
  local dir
  dir=$(abs_dir "$1")
  [[ $EUID -eq 0 ]] || die "must run as root"
  if [[ ! -f "$dir/data/PG_VERSION" ]]; then
    log "no cluster in $dir/data; nothing to stop"
    return 0
  fi
  BIN=$(find_bindir)
  [[ -n "$BIN" ]] || die "no pg_ctl found under /usr/lib/postgresql/*/bin"
  if pg_running "$dir"; then
    as_pg "$BIN/pg_ctl" stop -D "$dir/data" -m fast -w -t "$READY_TIMEOUT" >&2
  else
    log "server in $dir is not running"
  fi
}

case "${1:-}" in
  start) [[ $# -eq 3 ]] || usage; cmd_start "$2" "$3" ;;
  stop)  [[ $# -eq 2 ]] || usage; cmd_stop "$2" ;;
  *) usage ;;
esac
