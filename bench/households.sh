#!/usr/bin/env bash
# Times the households page and REST search with 100,000 households in one county, against the
# embedded database: first page, a deep page, and a prefix search, each the median of 5 requests,
# beside the smallest signed-in REST read (the cost of any call: HTTP, sign-in, tenant, JSON).
# Every request must answer 2xx (the page 200 after a checked sign-in): a failed request stops the
# program with its status and answer instead of printing how fast it failed.
# Usage: bench/households.sh   (after `mvn -DskipTests package`)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-18081}
data_dir="$PWD/target/bench-households"
source bench/server.sh
json='Content-Type: application/json'
answer=$(mktemp)
jar=$(mktemp)
trap 'rm -f "$answer" "$jar"; kill $launcher 2>/dev/null; wait $launcher 2>/dev/null || true' EXIT

# call curl-args...: one request that must answer 2xx; prints its body; otherwise stops the program loudly
call() {
  local status
  status=$(curl -sS -o "$answer" -w '%{http_code}' "$@") || { echo "FAILED: curl $* (no answer)" >&2; exit 1; }
  if [[ ! "$status" =~ ^2 ]]; then
    echo "FAILED: curl $* -> HTTP $status: $(head -c 500 "$answer")" >&2
    exit 1
  fi
  cat "$answer"
}
id() { grep -o '"id":[0-9]*' | head -1 | cut -d: -f2; }

call -u operator:bench-operator-1 -H "$json" "$base/api/platform/tenants" -d '{"code":"bench","name":"基准县","kind":"COUNTY","divisionCode":"370124","adminUsername":"admin","adminName":"管理员","adminPassword":"bench-admin-1"}' >/dev/null
root=$(call -u admin:bench-admin-1 "$base/api/t/bench/places" | id)
town=$(call -u admin:bench-admin-1 -H "$json" "$base/api/t/bench/places" -d "{\"parentId\":$root,\"level\":\"TOWNSHIP\",\"name\":\"孔村镇\",\"divisionCode\":\"370124102000\"}" | id)
village=$(call -u admin:bench-admin-1 -H "$json" "$base/api/t/bench/places" -d "{\"parentId\":$town,\"level\":\"VILLAGE\",\"name\":\"孔村\",\"divisionCode\":\"370124102201\"}" | id)
tenant=$(call -u operator:bench-operator-1 "$base/api/platform/tenants" | grep -o '"code":"bench"[^}]*"id":[0-9]*' | grep -o '"id":[0-9]*' | cut -d: -f2)
start=$(date +%s.%N)
db_client -e "
  insert into household (tenant_id, version, code, village_id, head_name, address)
  select $tenant, 0, concat('H', lpad(seq, 6, '0')), $village, concat('户主', seq), concat('孔村', seq, '号')
  from seq_1_to_100000; analyze table household;" >/dev/null
printf 'inserted %s households with one SQL statement in %.1f s (baseline for the import benchmark)\n' \
  "$(db_client -N -e "select count(*) from household where tenant_id = $tenant")" "$(echo "$(date +%s.%N) - $start" | bc)"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# time_url curl-args...: the median time_total of 5 requests, each of which must answer 200 (assign it
# to a variable: set -e stops the program on a failed assignment, not on a failure inside echo's arguments)
time_url() {
  local i out
  for i in 1 2 3 4 5; do
    out=$(curl -sS -o "$answer" -w '%{http_code} %{time_total}' "$@") || { echo "FAILED: curl $* (no answer)" >&2; exit 1; }
    if [ "${out%% *}" != 200 ]; then
      echo "FAILED: curl $* -> HTTP ${out%% *}: $(head -c 500 "$answer")" >&2
      exit 1
    fi
    echo "${out#* }"
  done | median
}
# the answers must be the households asked for, not merely fast
expect() { grep -q "$1" "$answer" || { echo "FAILED: the last answer lacks $1: $(head -c 500 "$answer")" >&2; exit 1; }; }
rest=(-u admin:bench-admin-1)
t=$(time_url "${rest[@]}" "$base/api/t/bench/households?max=25"); echo "REST first page (25):       $t s"; expect '"code":"H0'
t=$(time_url "${rest[@]}" "$base/api/t/bench/households?first=99975&max=25"); echo "REST page at 99,975 (25):   $t s"; expect '"code":"H'
t=$(time_url "${rest[@]}" "$base/api/t/bench/households?q=H0999&max=25"); echo "REST prefix search H0999:   $t s"; expect '"code":"H0999'
t=$(time_url "${rest[@]}" "$base/api/t/bench/households?q=%E6%88%B7%E4%B8%BB777&max=25"); echo "REST prefix search 户主777: $t s"; expect '户主777'
t=$(time_url "${rest[@]}" "$base/api/t/bench/places"); echo "REST smallest signed-in read (the tenant's places): $t s (what every call above pays)"

# sign in through the form: a 302 to the tenant's pages (a refused sign-in answers the form again)
csrf=$(call -c "$jar" -b "$jar" "$base/t/bench/login.xhtml" | grep -o 'name="csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
[ -n "$csrf" ] || { echo "FAILED: no CSRF token on the sign-in page" >&2; exit 1; }
signed_in=$(curl -sS -o "$answer" -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
  --data-urlencode username=admin --data-urlencode password=bench-admin-1 --data-urlencode "csrf=$csrf" "$base/t/bench/login.xhtml")
if [[ "$signed_in" != "302 "*"/t/bench/"* || "$signed_in" == *login.xhtml* ]]; then
  echo "FAILED: sign-in as admin -> $signed_in: $(head -c 500 "$answer")" >&2
  exit 1
fi
t=$(time_url -c "$jar" -b "$jar" "$base/t/bench/households.xhtml"); echo "page households.xhtml (count + first 25, signed in): $t s"
expect 'xz-household-code'
