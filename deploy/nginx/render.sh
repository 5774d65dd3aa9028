#!/usr/bin/env bash
# Renders deploy/nginx/gongkai.conf for an nginx of its own under one directory (its prefix):
# PREFIX/nginx.conf (what /etc/nginx/nginx.conf would be, every path under PREFIX and LOGS) and
# PREFIX/conf.d/gongkai.conf (the operator's file with these instances, this port and a cache
# directory under PREFIX). Used by deploy/cluster-local.sh and by the build's NginxFrontIT, so both
# run exactly the file an operator installs.
#
#   deploy/nginx/render.sh PREFIX PORT LOGS USER HOST:PORT…
#
# USER: the user nginx's workers run as when nginx is started as root ("-": nginx's default, or
# the starting user when not root); it must be able to write PREFIX/cache and PREFIX/temp.
# Start the result with:  nginx -p PREFIX/ -c PREFIX/nginx.conf -e LOGS/nginx-error.log
set -euo pipefail

[ $# -ge 5 ] || { echo "usage: $0 PREFIX PORT LOGS USER HOST:PORT…" >&2; exit 2; }
prefix=$1 port=$2 logs=$3 user=$4
shift 4
conf="$(cd "$(dirname "$0")" && pwd)/gongkai.conf"

mkdir -p "$prefix/conf.d" "$prefix/cache" "$prefix/temp" "$logs"
if [ "$user" != - ] && [ "$EUID" -eq 0 ]; then
  chown "$user:" "$prefix/cache" "$prefix/temp"
fi

servers=""
for server in "$@"; do
  servers+="    server $server max_fails=3 fail_timeout=15s;"$'\n'
done
SERVERS="$servers" awk -v port="$port" -v cache="$prefix/cache" '
  /# cluster-local: servers/ { print; printf "%s", ENVIRON["SERVERS"]; skip = 1; next }
  /# cluster-local: end/     { skip = 0 }
  skip                       { next }
  { sub(/listen 127\.0\.0\.1:8088;/, "listen 127.0.0.1:" port ";")
    sub(/^proxy_cache_path \/var\/cache\/nginx\/gongkai /, "proxy_cache_path " cache " ")
    print }' "$conf" > "$prefix/conf.d/gongkai.conf.new"
if ! grep -q "^ *listen 127.0.0.1:$port;" "$prefix/conf.d/gongkai.conf.new"; then
  echo "$0: could not set the port in the rendered config" >&2
  exit 1
fi
mv "$prefix/conf.d/gongkai.conf.new" "$prefix/conf.d/gongkai.conf"

user_line="# user: nginx's default"
[ "$user" = - ] || user_line="user $user;"
cat > "$prefix/nginx.conf" <<CONF
# written by deploy/nginx/render.sh; the server itself is conf.d/gongkai.conf
$user_line
worker_processes 1;
pid $prefix/nginx.pid;
error_log $logs/nginx-error.log warn;

events { worker_connections 1024; }

http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    # which instance answered and how long it took: rt= whole request, urt= each instance tried
    log_format gongkai '\$remote_addr [\$time_local] "\$request" \$status \$body_bytes_sent '
                       'rt=\$request_time up=\$upstream_addr us=\$upstream_status '
                       'uct=\$upstream_connect_time urt=\$upstream_response_time';
    access_log $logs/nginx-access.log gongkai;
    client_body_temp_path $prefix/temp/body;
    proxy_temp_path $prefix/temp/proxy;
    fastcgi_temp_path $prefix/temp/fastcgi;
    uwsgi_temp_path $prefix/temp/uwsgi;
    scgi_temp_path $prefix/temp/scgi;

    include $prefix/conf.d/gongkai.conf;
}
CONF
