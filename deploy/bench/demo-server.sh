# Sourced by the benchmarks: installs wrk when missing, starts the built WAR in demo mode on a
# fresh data directory on 127.0.0.1:$port, stops it and removes the directory on exit, and waits
# (up to 3 minutes) for /health/ready. Sets $base (the server's URL) and $data.
command -v wrk >/dev/null || { sudo -n apt-get install -y -q wrk || apt-get install -y -q wrk; }
data=$(mktemp -d)
GONGKAI_SKIP_BUILD=true GONGKAI_DATA_DIR="$data" GONGKAI_PORT="$port" bash deploy/run-embedded.sh \
  > "$data/run.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 180); do curl -fs -o /dev/null "$base/health/ready" && break; sleep 1; done
