#!/usr/bin/env bash
# Village kiosks refreshing their board (issue 23): KIOSKS (500) villages, each with a grid, ten
# households with points, its month published and a kiosk; then the kiosks ask for their page at
# RATE (200) pages/s for SECONDS_RUN (30) seconds, on schedule (open loop), and then as fast as the server
# answers (every kiosk refreshing as soon as its page arrived). Prints pages/s and p50/p95/p99 of
# each phase. Goal on the 2-core machine: >= 200 pages/s with p95 <= 100 ms.
# Run after `mvn -DskipTests package`. Settings: PORT (18088), KIOSKS, RATE, SECONDS_RUN.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-18088}
kiosks=${KIOSKS:-500}
rate=${RATE:-200}
seconds=${SECONDS_RUN:-30}
data_dir="$PWD/target/bench-kiosk"
source bench/server.sh
curl -fs -u operator:bench-operator-1 -H 'Content-Type: application/json' "$base/api/platform/tenants" \
  -d '{"code":"kiosks","name":"公示县","kind":"COUNTY","divisionCode":"370124","adminUsername":"admin","adminName":"管理员","adminPassword":"bench-admin-1"}' >/dev/null
java -Xmx1g bench/KioskLoad.java "$base" kiosks "$kiosks" "$rate" "$seconds"
