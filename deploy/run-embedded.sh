#!/usr/bin/env bash
# Builds Gongkai and starts it on Payara Micro with its embedded defaults: an H2 database and all
# state under ./data (kept across restarts), demo content loaded on first start.
# Environment: GONGKAI_PORT (8080), GONGKAI_BIND (127.0.0.1), GONGKAI_DATA_DIR (./data),
# GONGKAI_DEMO (true), and every setting listed in the README.
set -euo pipefail
cd "$(dirname "$0")/.."

port="${GONGKAI_PORT:-8080}"
bind="${GONGKAI_BIND:-127.0.0.1}"
export GONGKAI_DATA_DIR="${GONGKAI_DATA_DIR:-$PWD/data}"
export GONGKAI_DEMO="${GONGKAI_DEMO:-true}"
mkdir -p "$GONGKAI_DATA_DIR"

if [ "${GONGKAI_SKIP_BUILD:-}" != "true" ]; then
  mvn -B -q -DskipTests package
fi

preboot="target/preboot.asadmin"
cat > "$preboot" <<CMDS
set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=$bind
set configs.config.server-config.network-config.network-listeners.network-listener.https-listener.address=$bind
CMDS
# Gongkai sends its own framing headers (platform/Framing): Payara's blanket X-Frame-Options off
cat deploy/payara-preboot.asadmin >> "$preboot"

# Payara's root directory, made once per release by deploy/payara-root.sh (runtime unpacked, WAR
# deployed, class-data-sharing archive); the database, the index and the uploads are elsewhere in
# GONGKAI_DATA_DIR
export GONGKAI_JAVA_OPTS="${GONGKAI_JAVA_OPTS:--Xmx384m -XX:+UseSerialGC}"
mapfile -t launch < <(deploy/payara-root.sh "$GONGKAI_DATA_DIR/payara" target/payara-micro.jar \
  target/gongkai.war)
[ ${#launch[@]} -gt 0 ] || { echo "could not prepare $GONGKAI_DATA_DIR/payara" >&2; exit 1; }

# the heap: Gongkai's search index lives off-heap (memory-mapped files), so a modest heap is enough
# shellcheck disable=SC2086
java $GONGKAI_JAVA_OPTS -Dh2.bindAddress=127.0.0.1 "${launch[@]}" \
  --port "$port" --nohazelcast --disablephonehome \
  --prebootcommandfile "$preboot" \
  > >(tee "$GONGKAI_DATA_DIR/server.log") 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null' INT TERM EXIT

host="$bind"; [ "$host" = "0.0.0.0" ] && host=localhost
for _ in $(seq 1 180); do
  if curl -fs "http://$host:$port/api/v1/organisations" >/dev/null 2>&1; then
    cat <<MSG

  Gongkai is running on http://$host:$port  (API: http://$host:$port/api/v1, docs: /openapi, health: /health)
  Data: $GONGKAI_DATA_DIR
MSG
    if [ "$GONGKAI_DEMO" = "true" ]; then
      cat <<MSG
  Demo users: demo-admin, demo-editor, demo-reviewer (句容市机关服务中心), demo-editor2 (句容市教育局)
  Password: ${GONGKAI_DEMO_PASSWORD:-gongkai-demo}
  Log in:   curl -s -X POST http://$host:$port/api/v1/auth/token -H 'Content-Type: application/json' \\
              -d '{"username":"demo-editor","password":"${GONGKAI_DEMO_PASSWORD:-gongkai-demo}"}'
MSG
    fi
    echo "  Stop with Ctrl-C."
    wait $server
    exit $?
  fi
  if ! kill -0 $server 2>/dev/null; then
    echo "Payara Micro exited; see $GONGKAI_DATA_DIR/server.log" >&2
    exit 1
  fi
  sleep 1
done
echo "Gongkai did not answer within 180 s; see $GONGKAI_DATA_DIR/server.log" >&2
exit 1
