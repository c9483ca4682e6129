#!/usr/bin/env bash
# Measures cold start (launch → first 200 from /health/ready) and Payara's resident memory, idle
# and after 200 page loads, with the embedded database in a fresh data folder.
# Usage: bench/startup.sh   (after `mvn -DskipTests package`)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-18080}
# A fresh data folder under target/ (server.sh empties it before the start).
data_dir="$PWD/target/bench-data"
cp=$(mvn -q -DincludeScope=compile dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
start=$(date +%s.%N)
source bench/server.sh
end=$(date +%s.%N)
payara=$(pgrep -f -n "payara-micro.jar --deploy")
rss_idle=$(awk '/VmRSS/ {print $2}' /proc/$payara/status)
for i in $(seq 1 200); do curl -fs -o /dev/null "http://127.0.0.1:$port/login.xhtml"; done
rss_load=$(awk '/VmRSS/ {print $2}' /proc/$payara/status)
printf 'cold start to first ready 200: %.1f s (embedded MariaDB, fresh data)\n' "$(echo "$end - $start" | bc)"
printf 'Payara RSS idle: %d MB; after 200 page loads: %d MB\n' $((rss_idle / 1024)) $((rss_load / 1024))
