#!/usr/bin/env bash
# What pages weigh on a slow village link (issue 23): the public points board (phones), the sign-in
# page and the counter's sign-in (staff), each with every file it links and its stylesheets
# reference — compressed as a browser asks for them and uncompressed (the baseline, ratio printed) —
# and the time a first and a repeat visit take at BANDWIDTH_KBIT (250) with RTT_MS (300).
# Counts every font format and image a stylesheet names, so it is an upper bound; PublicPagesBrowserIT
# reads what Chromium really transferred. Run after `mvn -DskipTests package`. Settings: PORT (18087).
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-18087}
data_dir="$PWD/target/bench-pageweight"
source bench/server.sh
json='Content-Type: application/json'
curl -fs -u operator:bench-operator-1 -H "$json" "$base/api/platform/tenants" -d '{"code":"weigh","name":"称重县","kind":"COUNTY","divisionCode":"370124","adminUsername":"admin","adminName":"管理员","adminPassword":"bench-admin-1"}' >/dev/null
id() { grep -o '"id":[0-9]*' | head -1 | cut -d: -f2; }
root=$(curl -fs -u admin:bench-admin-1 "$base/api/t/weigh/places" | id)
town=$(curl -fs -u admin:bench-admin-1 -H "$json" "$base/api/t/weigh/places" -d "{\"parentId\":$root,\"level\":\"TOWNSHIP\",\"name\":\"孔村镇\",\"divisionCode\":\"370124102000\"}" | id)
village=$(curl -fs -u admin:bench-admin-1 -H "$json" "$base/api/t/weigh/places" -d "{\"parentId\":$town,\"level\":\"VILLAGE\",\"name\":\"公示村\",\"divisionCode\":\"370124102201\"}" | id)
java bench/PageWeight.java "$base" "/t/weigh/public/points.xhtml?village=$village" "/t/weigh/login.xhtml" "/"
