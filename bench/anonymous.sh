#!/usr/bin/env bash
# Anonymous visitors and the heap (issue 24, ADR 0013): LOADS (30000) anonymous page loads — the
# public points board of a village (a crawler's favourite), sign-in, sign-up and the kiosk without
# its cookie, in turn — from THREADS (8) clients on loopback. Prints the rate, the HTTP sessions the
# server created (operator status) and Payara's heap after a full GC before and after the loads,
# with their ratio. Before ADR 0013 each load kept ~7 KB in a session for 30 minutes (100,000 loads
# filled a 768 MB heap); now the ratio stays near 1 and no session is created.
# Run after `mvn -DskipTests package`. Settings: PORT (18086), LOADS, THREADS.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-18086}
loads=${LOADS:-30000}
threads=${THREADS:-8}
data_dir="$PWD/target/bench-anonymous"
source bench/server.sh
json='Content-Type: application/json'
curl -fs -u operator:bench-operator-1 -H "$json" "$base/api/platform/tenants" -d '{"code":"anon","name":"公示县","kind":"COUNTY","divisionCode":"370124","adminUsername":"admin","adminName":"管理员","adminPassword":"bench-admin-1"}' >/dev/null
id() { grep -o '"id":[0-9]*' | head -1 | cut -d: -f2; }
root=$(curl -fs -u admin:bench-admin-1 "$base/api/t/anon/places" | id)
town=$(curl -fs -u admin:bench-admin-1 -H "$json" "$base/api/t/anon/places" -d "{\"parentId\":$root,\"level\":\"TOWNSHIP\",\"name\":\"孔村镇\",\"divisionCode\":\"370124102000\"}" | id)
village=$(curl -fs -u admin:bench-admin-1 -H "$json" "$base/api/t/anon/places" -d "{\"parentId\":$town,\"level\":\"VILLAGE\",\"name\":\"公示村\",\"divisionCode\":\"370124102201\"}" | id)
payara=$(pgrep -P "$launcher" -f payara-micro.jar)
heap() { jcmd "$payara" GC.run >/dev/null; jcmd "$payara" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*'; }
sessions() { curl -fs -u operator:bench-operator-1 "$base/api/platform/status" | grep -o '"sessionsCreated":[0-9]*' | cut -d: -f2; }
java bench/AnonymousLoad.java "$base" "$((loads / 10))" "$threads" "/t/anon/public/points.xhtml?village=$village" >/dev/null
before_heap=$(heap); before_sessions=$(sessions)
java bench/AnonymousLoad.java "$base" "$loads" "$threads" "/t/anon/public/points.xhtml?village=$village" \
  "/t/anon/login.xhtml" "/signup.xhtml" "/t/anon/kiosk/$village"
after_heap=$(heap); after_sessions=$(sessions)
echo "sessions created by the loads: $((after_sessions - before_sessions))"
echo "heap after full GC: before ${before_heap} KiB, after ${after_heap} KiB, ratio $(awk "BEGIN {printf \"%.2f\", $after_heap / $before_heap}")"
