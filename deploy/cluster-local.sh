#!/usr/bin/env bash
# A local production-like cluster on one machine: N Payara Micro instances of Gongkai on loopback,
# one PostgreSQL database shared by all (deploy/postgres-local.sh), nginx in front with
# deploy/nginx/gongkai.conf. Demo content and demo users, for trying things out — not production.
#
#   deploy/cluster-local.sh start [-n N]   # N instances (default 2); starts what is not running
#   deploy/cluster-local.sh status
#   deploy/cluster-local.sh stop           # stops everything it started, checks nothing is left
#
# Run as root (PostgreSQL runs as the `postgres` OS user, nginx's workers as www-data). Installs
# Debian's `postgresql` and `nginx` when missing, but never enables a systemd service or nginx's
# default site: it runs its own nginx (-p/-c/-e under the state dir) and its own PostgreSQL.
#
# Environment (defaults in brackets):
#   GONGKAI_CLUSTER_DIR        state: logs, pids, instance data, database, nginx [target/cluster]
#   GONGKAI_CLUSTER_PORT       nginx's port on 127.0.0.1 [8088]
#   GONGKAI_CLUSTER_BASE_PORT  first instance's port; the others follow [8181]
#   GONGKAI_CLUSTER_PG_PORT    PostgreSQL's port [55433] (CI's throwaway one takes the first free port from 55432)
#   GONGKAI_JAVA_OPTS          JVM options of each instance [-Xmx384m -XX:+UseSerialGC]
#   GONGKAI_DEMO_PASSWORD      the demo users' password [gongkai-demo]
# The instances also get every other GONGKAI_* setting from the environment.
#
# The demo password is fine here only because this is a throwaway demo on loopback: an
# installation sets GONGKAI_DEMO=false and its own GONGKAI_ADMIN_* (docs/production.md).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

state="${GONGKAI_CLUSTER_DIR:-$root/target/cluster}"
case "$state" in /*) ;; *) state="$root/$state" ;; esac
nginx_port="${GONGKAI_CLUSTER_PORT:-8088}"
base_port="${GONGKAI_CLUSTER_BASE_PORT:-8181}"
pg_port="${GONGKAI_CLUSTER_PG_PORT:-55433}"
ready_timeout=180
stop_timeout=20
started=0               # pieces this run had to start (0: the cluster was already running)

run="$state/run"        # pid files, the list of started instances
logs="$state/logs"
ngx="$state/nginx"      # nginx's prefix: its config, cache, temp files
pgdir="$state/postgres"

log() { printf 'cluster-local: %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

usage() {
  cat >&2 <<EOF
usage: $0 start [-n N]
       $0 status
       $0 stop
EOF
  exit 2
}

alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }
pid_of() { cat "$1" 2>/dev/null || true; }
ready() { curl -fsS -o /dev/null --max-time 5 "http://127.0.0.1:$1/health/ready" 2>/dev/null; }

nginx_bin() { command -v nginx 2>/dev/null || { [ -x /usr/sbin/nginx ] && echo /usr/sbin/nginx; } || true; }

# apt-get without starting any service: Debian's maintainer scripts ask /usr/sbin/policy-rc.d
# (exit 101 = "do not start") before starting a daemon. A policy file already there is kept.
apt_install() {
  local policy=/usr/sbin/policy-rc.d own_policy=false
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' > "$policy"; chmod 755 "$policy"; own_policy=true
  fi
  log "installing Debian packages: $*"
  local rc=0
  { DEBIAN_FRONTEND=noninteractive apt-get update -q \
      && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"; } >&2 \
    || rc=$?
  if $own_policy; then rm -f "$policy"; fi
  return $rc
}

install_missing() {
  local missing=()
  [ -n "$(nginx_bin)" ] || missing+=(nginx)
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
  command -v curl >/dev/null || missing+=(curl)
  if [ ${#missing[@]} -gt 0 ]; then
    apt_install "${missing[@]}" || die "apt-get install ${missing[*]} failed"
    # the packages enable their systemd units (nginx on port 80 with its default site, the
    # distribution's PostgreSQL cluster) for the next boot: this cluster runs its own, so undo that
    local pkg
    for pkg in "${missing[@]}"; do
      case "$pkg" in nginx | postgresql)
        if command -v systemctl >/dev/null && systemctl disable "$pkg.service" >&2; then
          log "disabled $pkg.service (enabled by the package; not used here)"
        fi ;;
      esac
    done
  fi
  command -v java >/dev/null || die "java (17 or later) is needed"
}

build() {
  if [ ! -f target/gongkai.war ] || [ ! -f target/payara-micro.jar ]; then
    command -v mvn >/dev/null || die "target/gongkai.war is missing and mvn is not installed"
    log "building target/gongkai.war (mvn -B -q -DskipTests package)"
    mvn -B -q -DskipTests package >&2
  fi
}

ports_started() { if [ -f "$run/instances" ]; then cat "$run/instances"; fi; }

# --- PostgreSQL ---------------------------------------------------------------------------------

start_postgres() {
  mkdir -p "$state"
  deploy/postgres-local.sh start "$pgdir" "$pg_port"
}

# --- instances ----------------------------------------------------------------------------------

write_preboot() {
  local l=configs.config.server-config.network-config.network-listeners.network-listener
  {
    echo "set $l.http-listener.address=127.0.0.1"
    echo "set $l.https-listener.address=127.0.0.1"
    # closed until the WAR is deployed: deploy/payara-postdeploy.asadmin opens it
    echo "set $l.http-listener.enabled=false"
    cat deploy/payara-preboot.asadmin
  } > "$state/preboot.asadmin"
  cp deploy/payara-postdeploy.asadmin "$state/postdeploy.asadmin"
}

start_instance() { # PORT DB_URL
  local port=$1 db_url=$2 data="$state/instances/$1" pidfile="$run/instance-$1.pid"
  if alive "$(pid_of "$pidfile")"; then
    log "instance $port already running (pid $(pid_of "$pidfile"))"
    return 0
  fi
  if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/" 2>/dev/null; then
    die "port $port is taken by another process; set GONGKAI_CLUSTER_BASE_PORT"
  fi
  mkdir -p "$data"
  local java_opts="${GONGKAI_JAVA_OPTS:--Xmx384m -XX:+UseSerialGC}" launch
  # Payara's root directory, made once per release (runtime unpacked, WAR deployed by a warm-up
  # start, class-data-sharing archive): starts deploy the kept copy once
  mapfile -t launch < <(GONGKAI_JAVA_OPTS="$java_opts" "$root/deploy/payara-root.sh" \
    "$data/payara" "$root/target/payara-micro.jar" "$root/target/gongkai.war")
  [ ${#launch[@]} -gt 0 ] || die "could not prepare $data/payara"
  log "starting instance $port (log: $logs/instance-$port.log)"
  # appended, not truncated: what happened before a restart stays readable
  printf '\n=== cluster-local.sh: instance %s started %s ===\n' "$port" "$(date -u +%FT%TZ)" \
    >> "$logs/instance-$port.log"
  # setsid: its own session, so a Ctrl-C in this terminal does not reach it; nohup: no SIGHUP
  # shellcheck disable=SC2086
  (
    export GONGKAI_DATA_DIR="$data"
    export GONGKAI_DB_URL="$db_url" GONGKAI_DB_USER=gongkai GONGKAI_DB_PASSWORD=gongkai
    export GONGKAI_DEMO=true
    export GONGKAI_PROXIES_TRUSTED=127.0.0.1
    export GONGKAI_PUBLIC_BASE_URL="http://127.0.0.1:$nginx_port"
    export GONGKAI_MONITORING_NETWORKS="${GONGKAI_MONITORING_NETWORKS:-127.0.0.1}"
    exec setsid nohup java $java_opts "${launch[@]}" \
      --port "$port" --nohazelcast --disablephonehome \
      --prebootcommandfile "$state/preboot.asadmin" \
      --postdeploycommandfile "$state/postdeploy.asadmin"
  ) >> "$logs/instance-$port.log" 2>&1 < /dev/null &
  echo $! > "$pidfile"
  started=$((started + 1))
}

wait_ready() { # PORT… : every instance answers /health/ready, or fail after ready_timeout
  local deadline=$((SECONDS + ready_timeout)) pending=("$@") still port pid
  while [ ${#pending[@]} -gt 0 ]; do
    still=()
    for port in "${pending[@]}"; do
      pid=$(pid_of "$run/instance-$port.pid")
      if ready "$port"; then
        log "instance $port ready"
      elif ! alive "$pid"; then
        tail -n 40 "$logs/instance-$port.log" >&2 || true
        die "instance $port exited; see $logs/instance-$port.log"
      else
        still+=("$port")
      fi
    done
    pending=("${still[@]+"${still[@]}"}")
    [ ${#pending[@]} -eq 0 ] && break
    if [ $SECONDS -ge $deadline ]; then
      die "not ready after ${ready_timeout}s: ${pending[*]}; see $logs/"
    fi
    sleep 2
  done
}

# --- nginx --------------------------------------------------------------------------------------

render_nginx() { # PORT…: $ngx/nginx.conf and $ngx/conf.d/gongkai.conf
  local servers=() port
  for port in "$@"; do servers+=("127.0.0.1:$port"); done
  bash deploy/nginx/render.sh "$ngx" "$nginx_port" "$logs" www-data "${servers[@]}" \
    || die "could not render the nginx config"
}

nginx_cmd() { "$(nginx_bin)" -p "$ngx/" -c "$ngx/nginx.conf" -e "$logs/nginx-error.log" "$@"; }

conf_sum() { { cat "$ngx/nginx.conf" "$ngx/conf.d/gongkai.conf" 2>/dev/null || true; } | cksum; }

start_nginx() {
  local before pid
  before=$(conf_sum)
  render_nginx "$@"
  nginx_cmd -t -q || die "nginx rejects its config ($ngx/nginx.conf)"
  pid=$(pid_of "$ngx/nginx.pid")
  if alive "$pid" && [ "$before" = "$(conf_sum)" ]; then
    # a reload would close idle client connections, racing requests sent on them just then
    log "nginx already running (pid $pid) with this config; not reloaded"
  elif alive "$pid"; then
    log "nginx already running (pid $pid); reloading its config"
    nginx_cmd -s reload
  else
    log "starting nginx on 127.0.0.1:$nginx_port"
    nginx_cmd
    started=$((started + 1))
  fi
  local deadline=$((SECONDS + 30))
  until ready "$nginx_port"; do
    [ $SECONDS -lt $deadline ] || die "http://127.0.0.1:$nginx_port/health/ready does not answer"
    sleep 1
  done
  log "nginx ready: http://127.0.0.1:$nginx_port/health/ready"
}

# --- commands -----------------------------------------------------------------------------------

cmd_start() {
  local n=$1 ports=() port i
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "-n takes a number of instances (1 or more)"
  [ "$EUID" -eq 0 ] || die "must run as root (PostgreSQL and nginx)"
  for ((i = 0; i < n; i++)); do ports+=($((base_port + i))); done

  install_missing
  build
  mkdir -p "$run" "$logs" "$state/instances"
  local db_url
  db_url=$(start_postgres)
  write_preboot
  # every instance ever started here, so stop and status find them all
  printf '%s\n' "$(ports_started)" "${ports[@]}" | grep . | sort -un > "$run/instances.new"
  mv "$run/instances.new" "$run/instances"

  # The first instance alone: it migrates the schema and loads the demo content into the empty
  # database; the others then start side by side against a database that is ready.
  start_instance "${ports[0]}" "$db_url"
  wait_ready "${ports[0]}"
  if [ "$n" -gt 1 ]; then
    for port in "${ports[@]:1}"; do start_instance "$port" "$db_url"; done
    wait_ready "${ports[@]:1}"
  fi

  start_nginx "${ports[@]}"

  if [ "$started" -eq 0 ]; then log "the cluster was already running; nothing started"; fi
  local url="http://127.0.0.1:$nginx_port" password="${GONGKAI_DEMO_PASSWORD:-gongkai-demo}"
  cat <<MSG

  Gongkai is running on $url  (API: $url/api/v1, docs: /openapi, health: /health)
  Behind nginx: ${#ports[@]} instances on 127.0.0.1:${ports[*]}, PostgreSQL on 127.0.0.1:$pg_port
  State and logs: $state
  Demo users: demo-admin, demo-editor, demo-reviewer (句容市机关服务中心), demo-editor2 (句容市教育局)
  Password: $password   (demo mode only: never use this password, or GONGKAI_DEMO, in production)
  Log in:   curl -s -X POST $url/api/v1/auth/token -H 'Content-Type: application/json' \\
              -d '{"username":"demo-editor","password":"$password"}'
  Status:   deploy/cluster-local.sh status      Stop: deploy/cluster-local.sh stop
MSG
}

cmd_status() {
  local port pid all=0 state_text
  printf '%-10s %-8s %-7s %s\n' piece pid port state
  for port in $(ports_started); do
    pid=$(pid_of "$run/instance-$port.pid")
    if ! alive "$pid"; then state_text=stopped; all=1
    elif ready "$port"; then state_text=ready
    else state_text="running, not ready"; all=1
    fi
    printf '%-10s %-8s %-7s %s\n' instance "${pid:--}" "$port" "$state_text"
  done
  pid=$(pid_of "$ngx/nginx.pid")
  if ! alive "$pid"; then state_text=stopped; all=1
  elif ready "$nginx_port"; then state_text="ready (/health/ready through nginx)"
  else state_text="running, /health/ready not answering"; all=1
  fi
  printf '%-10s %-8s %-7s %s\n' nginx "${pid:--}" "$nginx_port" "$state_text"
  pid=$(head -n 1 "$pgdir/data/postmaster.pid" 2>/dev/null || true)
  if alive "$pid"; then state_text=running
    local bin
    bin=$(find /usr/lib/postgresql/*/bin/pg_isready 2>/dev/null | sort -V | tail -n 1)
    if [ -n "$bin" ] && "$bin" -q -h 127.0.0.1 -p "$pg_port"; then
      state_text="accepting connections"
    fi
  else state_text=stopped; all=1
  fi
  printf '%-10s %-8s %-7s %s\n' postgresql "${pid:--}" "$pg_port" "$state_text"
  return $all
}

stop_pids() { # NAME PIDFILE…: TERM, KILL after stop_timeout
  local name=$1 pidfile pid pids=() deadline
  shift
  for pidfile in "$@"; do
    pid=$(pid_of "$pidfile")
    if alive "$pid"; then kill -TERM "$pid"; pids+=("$pid"); fi
  done
  [ ${#pids[@]} -gt 0 ] || return 0
  log "stopping $name (pid ${pids[*]})"
  deadline=$((SECONDS + stop_timeout))
  for pid in "${pids[@]}"; do
    while alive "$pid" && [ $SECONDS -lt $deadline ]; do sleep 0.5; done
    if alive "$pid"; then
      log "pid $pid still running after ${stop_timeout}s: KILL"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done
}

cmd_stop() {
  [ "$EUID" -eq 0 ] || die "must run as root"
  if [ -f "$ngx/nginx.pid" ]; then
    stop_pids nginx "$ngx/nginx.pid"
    rm -f "$ngx/nginx.pid"
  fi
  local pidfiles=()
  shopt -s nullglob
  pidfiles=("$run"/instance-*.pid)
  shopt -u nullglob
  if [ ${#pidfiles[@]} -gt 0 ]; then
    stop_pids instances "${pidfiles[@]}"
    rm -f "${pidfiles[@]}"
  fi
  if [ -d "$pgdir" ]; then deploy/postgres-local.sh stop "$pgdir"; fi
  rm -f "$run/instances"

  # nothing of this cluster may be left: matched by its state dir, so a Payara, nginx or
  # PostgreSQL of something else on this machine does not count
  sleep 1
  local left
  left=$(pgrep -af -- "$state/" || true)
  if [ -n "$left" ]; then
    printf '%s\n' "$left" >&2
    die "processes of $state still running"
  fi
  log "stopped; nothing of $state is running"
}

cmd=${1:-}
[ $# -gt 0 ] && shift
n=2
while [ $# -gt 0 ]; do
  case "$1" in
    -n) [ $# -ge 2 ] || usage; n=$2; shift 2 ;;
    -n*) n=${1#-n}; shift ;;
    *) usage ;;
  esac
done

case "$cmd" in
  start) cmd_start "$n" ;;
  status) cmd_status ;;
  stop) cmd_stop ;;
  *) usage ;;
esac
