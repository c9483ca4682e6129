#!/usr/bin/env bash
# Times the households page and REST search with 100,000 households in one county, against the
# embedded database: first page, a deep page, and a prefix search, each the median of 5 requests.
# Usage: bench/households.sh   (after `mvn -DskipTests package`)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-18081}
data_dir="$PWD/target/bench-households"
source bench/server.sh
json='Content-Type: application/json'
curl -fs -u operator:bench-operator-1 -H "$json" "$base/api/platform/tenants" -d '{"code":"bench","name":"基准县","kind":"COUNTY","divisionCode":"370124","adminUsername":"admin","adminName":"管理员","adminPassword":"bench-admin-1"}' >/dev/null
root=$(curl -fs -u admin:bench-admin-1 "$base/api/t/bench/places" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
town=$(curl -fs -u admin:bench-admin-1 -H "$json" "$base/api/t/bench/places" -d "{\"parentId\":$root,\"level\":\"TOWNSHIP\",\"name\":\"孔村镇\",\"divisionCode\":\"370124102000\"}" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
village=$(curl -fs -u admin:bench-admin-1 -H "$json" "$base/api/t/bench/places" -d "{\"parentId\":$town,\"level\":\"VILLAGE\",\"name\":\"孔村\",\"divisionCode\":\"370124102201\"}" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
tenant=$(curl -fs -u operator:bench-operator-1 "$base/api/platform/tenants" | grep -o '"code":"bench"[^}]*"id":[0-9]*' | grep -o '"id":[0-9]*' | cut -d: -f2)
start=$(date +%s.%N)
db_client -e "
  insert into household (tenant_id, version, code, village_id, head_name, address)
  select $tenant, 0, concat('H', lpad(seq, 6, '0')), $village, concat('户主', seq), concat('孔村', seq, '号')
  from seq_1_to_100000; analyze table household;" >/dev/null
printf 'inserted 100,000 households with one SQL statement in %.1f s (baseline for the import benchmark)\n' "$(echo "$(date +%s.%N) - $start" | bc)"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_url() { for i in 1 2 3 4 5; do curl -fs -o /dev/null -w '%{time_total}\n' "$@"; done | median; }
echo "REST first page (25):       $(time_url -u admin:bench-admin-1 "$base/api/t/bench/households?max=25") s"
echo "REST page at 99,975 (25):   $(time_url -u admin:bench-admin-1 "$base/api/t/bench/households?first=99975&max=25") s"
echo "REST prefix search H0999:   $(time_url -u admin:bench-admin-1 "$base/api/t/bench/households?q=H0999&max=25") s"
echo "REST prefix search 户主777: $(time_url -u admin:bench-admin-1 "$base/api/t/bench/households?q=%E6%88%B7%E4%B8%BB777&max=25") s"
echo "(each REST call includes one PBKDF2 check of the Basic credentials, ~0.1 s)"
jar=$(mktemp)
csrf=$(curl -fs -c "$jar" -b "$jar" "$base/t/bench/login.xhtml" | grep -o 'name="csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -fs -o /dev/null -c "$jar" -b "$jar" -d "username=admin&password=bench-admin-1&csrf=$csrf" "$base/t/bench/login.xhtml"
echo "page households.xhtml (count + first 25, logged in): $(time_url -c "$jar" -b "$jar" "$base/t/bench/households.xhtml") s"
rm -f "$jar"
