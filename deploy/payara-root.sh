#!/usr/bin/env bash
# Prepares a Payara Micro root directory that starts Gongkai fast, and prints the java arguments
# that start it, one per line (the caller adds its own options, --port and so on):
#
#   mapfile -t launch < <(deploy/payara-root.sh ROOT PAYARA_JAR WAR)
#   java $GONGKAI_JAVA_OPTS "${launch[@]}" --port 8080 --nohazelcast …
#
# - The runtime is unpacked once into ROOT with Payara's own launcher (ROOT/launch-micro.jar), so a
#   start does not unpack payara-micro.jar again.
# - The WAR is deployed into ROOT by a warm-up start: Payara's --warmup deploys it, starts it on a
#   throwaway data folder (an empty H2 database with the demo content, on a free loopback port, none
#   of the caller's GONGKAI_ settings), and stops. Starts deploy the copy kept in ROOT, once; giving
#   them --deploy as well would make Payara deploy the kept copy, then undeploy it and deploy the
#   WAR again.
# - Class data sharing: the warm-up writes the classes it loaded to ROOT/gongkai.jsa as it exits,
#   and starts map that archive instead of loading and verifying those classes (about a quarter off
#   a restart on a 200,000-item index). The warm-up takes about a minute, once per release; a JVM
#   that cannot use the archive starts without it.
# - Each library of the deployed copy gets an empty "unpacked" twin, so that Payara does not read
#   its classes at every start (below; docs/production.md).
#
# ROOT is made anew whenever Payara Micro, the WAR, the JVM, GONGKAI_JAVA_OPTS or this script
# change (a stamp of all five is kept in ROOT/.gongkai-stamp). GONGKAI_CDS=false leaves class data
# sharing out; so does a Java agent or a flight recording started with the JVM in GONGKAI_JAVA_OPTS
# (OpenJDK 17 crashes when a class-load hook meets a dynamic archive).
set -euo pipefail

if [ $# -ne 3 ]; then
  echo "usage: $0 ROOT PAYARA_MICRO_JAR WAR" >&2
  exit 2
fi
root=$1 payara=$2 war=$3
java_opts="${GONGKAI_JAVA_OPTS:-}"

stamp=$(
  {
    # size and modification time: a new release is a new file (hashing 160 MB would cost ~0.5 s)
    stat -L -c '%s %Y' "$payara" "$war"
    cat "$0" # this script: how the root is made
    java -version 2>&1
    echo "$java_opts"
  } | sha256sum | cut -d' ' -f1
)
cds=${GONGKAI_CDS:-true}
case " $java_opts " in
  *" -javaagent"* | *" -agentpath"* | *" -agentlib"* | *StartFlightRecording*) cds=false ;;
esac

free_port() { # a loopback port nothing listens on
  local p
  for _ in $(seq 1 50); do
    p=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"
      return 0
    fi
  done
  return 1
}

if [ "$(cat "$root/.gongkai-stamp" 2>/dev/null)" != "$stamp" ] \
  || [ ! -d "$root/applications/gongkai" ]; then
  rm -rf "$root"
  mkdir -p "$root"
  log="$root/warm-up.log"
  java -jar "$payara" --rootdir "$root" --outputlauncher > "$log" 2>&1 \
    || { cat "$log" >&2; exit 1; }
  scratch=$(mktemp -d)
  l=configs.config.server-config.network-config.network-listeners.network-listener
  printf 'set %s.http-listener.address=127.0.0.1\nset %s.https-listener.address=127.0.0.1\n' \
    "$l" "$l" > "$scratch/preboot.asadmin"
  archive=()
  [ "$cds" = "true" ] && archive=("-XX:ArchiveClassesAtExit=$root/gongkai.jsa" "-Xlog:cds*=off")
  echo "preparing $root (once per release: about a minute; log: $log)" >&2
  # shellcheck disable=SC2086
  if ! env -i PATH="$PATH" HOME="${HOME:-/tmp}" LANG=C.UTF-8 \
    GONGKAI_DATA_DIR="$scratch/data" GONGKAI_DEMO=true \
    java $java_opts "${archive[@]}" -Djava.io.tmpdir="$scratch" -Dh2.bindAddress=127.0.0.1 \
    -jar "$root/launch-micro.jar" --deploy "$war" --contextroot / \
    --port "$(free_port)" --nohazelcast --disablephonehome \
    --prebootcommandfile "$scratch/preboot.asadmin" --warmup >> "$log" 2>&1; then
    rm -rf "$scratch"
    cat "$log" >&2
    exit 1
  fi
  rm -rf "$scratch"
  [ -d "$root/applications/gongkai" ] || { cat "$log" >&2; exit 1; }
  # Payara reads every class of a deployed application before starting it, libraries included
  # (25,000 of its 27,000 classes: about 3 s of a start on two cores), but passes over a library
  # jar for which the application holds an unpacked twin named as GlassFish names unpacked
  # modules (WEB-INF/lib/x.jar -> WEB-INF__lib__x_jar). An empty twin: none of the libraries holds
  # a bean, a servlet or a resource of Gongkai's (payara-web.xml already keeps CDI out of them),
  # and they are still loaded from their jars.
  for jar in "$root/applications/gongkai/WEB-INF/lib/"*.jar; do
    name=$(basename "$jar" .jar)
    mkdir -p "$root/applications/gongkai/WEB-INF__lib__${name// /__}_jar"
  done
  echo "$stamp" > "$root/.gongkai-stamp"
fi

if [ "$cds" = "true" ] && [ -s "$root/gongkai.jsa" ]; then
  echo "-XX:SharedArchiveFile=$root/gongkai.jsa"
  echo "-Xlog:cds*=off"
fi
echo "-jar"
echo "$root/launch-micro.jar"
