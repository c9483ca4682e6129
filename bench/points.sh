#!/usr/bin/env bash
# The points benchmark (issue 4): a county of 100,000 households in 2,220 grids (20 villages, via the
# organisation import), 1,000,000 ledger lines in one month (SQL insert ... select), then through
# REST for every village: close the month, compute the month's scores and the quarter's ranking of
# household groups. Prints the time of that, and of one plain SQL aggregate over the same lines.
# Checks first that the household month totals the database kept while the lines were inserted
# (ADR 0012) equal the ledger's sums.
# Usage: bench/points.sh   (after `mvn -DskipTests package`)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-18083}
data_dir="$PWD/target/bench-points"
cp=$(mvn -q -DincludeScope=compile dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
files="$PWD/target/bench-import-files"; mkdir -p "$files"
[ -f "$files/households.csv" ] || java -cp "$cp" bench/ImportFile.java "$files/households.csv" "$files/households.xlsx"
source bench/server.sh
json='Content-Type: application/json'
auth=(-u admin:bench-admin-1)
curl -fs -u operator:bench-operator-1 -H "$json" "$base/api/platform/tenants" -d '{"code":"pts","name":"积分县","kind":"COUNTY","divisionCode":"370124","adminUsername":"admin","adminName":"管理员","adminPassword":"bench-admin-1"}' >/dev/null
id() { grep -o '"id":[0-9]*' | head -1 | cut -d: -f2; }
root=$(curl -fs "${auth[@]}" "$base/api/t/pts/places" | id)
town=$(curl -fs "${auth[@]}" -H "$json" "$base/api/t/pts/places" -d "{\"parentId\":$root,\"level\":\"TOWNSHIP\",\"name\":\"孔村镇\",\"divisionCode\":\"370124102000\"}" | id)
for v in $(seq 201 220); do
  curl -fs "${auth[@]}" -H "$json" "$base/api/t/pts/places" -d "{\"parentId\":$town,\"level\":\"VILLAGE\",\"name\":\"村$v\",\"divisionCode\":\"370124102$v\"}" >/dev/null
done
curl -fs "${auth[@]}" -H 'Content-Type: text/csv' --data-binary "@$files/households.csv" "$base/api/t/pts/imports/organisation?name=households.csv" >/dev/null
item=$(curl -fs "${auth[@]}" -H "$json" "$base/api/t/pts/points-items" -d '{"code":"B1","name":"基准指标","kind":"MORALITY","points":2,"proposers":["GRID_CHIEF"]}' | id)
tenant=$(curl -fs -u operator:bench-operator-1 "$base/api/platform/tenants" | grep -o '"code":"pts"[^}]*"id":[0-9]*' | grep -o '"id":[0-9]*' | cut -d: -f2)
month=$(date +%Y-%m); month_int=$(date +%Y%m)
sql() { db_client -N -e "$1"; }
start=$(date +%s.%N)
sql "insert into points_line (tenant_id, version, household_id, village_id, item_id, type, points, month, proposer, approver, created_at)
     select h.tenant_id, 0, h.id, h.village_id, $item, 'AWARD', cast(1 + (s.seq + h.id) % 5 as signed) - cast(2 * (s.seq % 7 = 0) as signed), $month_int, 'bench', 'bench', now(6)
     from household h join seq_1_to_10 s where h.tenant_id = $tenant; analyze table points_line;"
printf 'setup: %s ledger lines for %s households written by SQL in %.1f s\n' "$(sql "select count(*) from points_line where tenant_id=$tenant")" \
  "$(sql "select count(*) from household where tenant_id=$tenant")" "$(echo "$(date +%s.%N) - $start" | bc)"
# the household month totals (ADR 0012) the trigger kept while the lines were inserted must be the ledger's sums
mismatches=$(sql "select count(*) from (select household_id, month, sum(points) p, count(*) n from points_line
     where tenant_id=$tenant and type in ('AWARD','REVERSAL','BONUS') group by household_id, month) l
     left join points_household_month t on t.tenant_id=$tenant and t.household_id=l.household_id and t.month=l.month
     where t.points is null or t.points <> l.p or t.line_count <> l.n")
echo "household month totals differing from the ledger: $mismatches"
[ "$mismatches" = 0 ] || { echo "month totals do not match the ledger"; exit 1; }
villages=$(curl -fs "${auth[@]}" "$base/api/t/pts/places" | grep -o '"divisionCode":"3701241022[0-9][0-9]"[^}]*"id":[0-9]*' | grep -o '"id":[0-9]*' | cut -d: -f2)
quarter="$(date +%Y)-Q$(( ($(date +%-m) - 1) / 3 + 1 ))"
phase() { # name, then a command run once per village with $v set; prints and adds up its time
  local s=$(date +%s.%N); for v in $villages; do eval "$2"; done
  local t=$(echo "$(date +%s.%N) - $s" | bc); total=$(echo "$total + $t" | bc)
  printf '  %-14s %.2f s\n' "$1" "$t"
}
total=0
phase close 'curl -fs -o /dev/null "${auth[@]}" -H "$json" "$base/api/t/pts/points-months" -d "{\"villageId\":$v,\"month\":\"$month\"}"'
phase scores 'curl -fs -o /dev/null "${auth[@]}" "$base/api/t/pts/points-scores?village=$v&month=$month"'
phase ranking 'curl -fs -o /dev/null "${auth[@]}" "$base/api/t/pts/points-scores/ranking?village=$v&quarter=$quarter&level=HOUSEHOLD_GROUP"'
start=$(date +%s.%N)
sql "select count(*), sum(t) from (select household_id, sum(points) t from points_line where tenant_id=$tenant and month=$month_int group by household_id) x" >/dev/null
baseline=$(echo "$(date +%s.%N) - $start" | bc)
printf 'close the month, month scores and quarter ranking for all %s villages (REST): %.1f s\n' "$(echo $villages | wc -w)" "$total"
printf 'baseline: one SQL aggregate of the month per household over the same lines: %.2f s (ratio %.1f)\n' "$baseline" "$(echo "$total / $baseline" | bc -l)"
echo "(60 REST calls; the Basic-auth password is derived with PBKDF2 once, then remembered: ADR 0006)"
if [ -n "${DETAIL:-}" ]; then
  v=$(echo $villages | cut -d' ' -f1)
  for path in "points-scores?village=$v&month=$month" "points-scores/ranking?village=$v&quarter=$quarter&level=HOUSEHOLD_GROUP" "points-months"; do
    echo "$path: $(curl -fs -o /dev/null -w '%{time_total}' "${auth[@]}" "$base/api/t/pts/$path") s"
  done
fi
