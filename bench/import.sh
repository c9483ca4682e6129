#!/usr/bin/env bash
# The organisation import benchmark: 100,000 households in 2,220 grids across 20 villages, imported
# through the REST endpoint into a running server with the embedded database — as .csv, again (the
# same file: nothing changes), and as .xlsx into a second tenant — against a baseline in the same
# run: inserting the same 100,000 household rows with one plain SQL statement.
# Usage: bench/import.sh   (after `mvn -DskipTests package`; SKIP_XLSX=1 leaves out the .xlsx run)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-18082}
data_dir="$PWD/target/bench-import"
cp=$(mvn -q -DincludeScope=compile dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
files="$PWD/target/bench-import-files"; mkdir -p "$files"
java -cp "$cp" bench/ImportFile.java "$files/households.csv" "$files/households.xlsx"
ls -l "$files"/households.* | awk '{printf "  %s %.1f MB\n", $9, $5/1048576}'
source bench/server.sh
json='Content-Type: application/json'
id() { grep -o '"id":[0-9]*' | head -1 | cut -d: -f2; }
county() { # code → a county with township 370124102000 and villages 370124102201..220
  curl -fs -u operator:bench-operator-1 -H "$json" "$base/api/platform/tenants" -d "{\"code\":\"$1\",\"name\":\"基准县$1\",\"kind\":\"COUNTY\",\"divisionCode\":\"370124\",\"adminUsername\":\"admin\",\"adminName\":\"管理员\",\"adminPassword\":\"bench-admin-1\"}" >/dev/null
  local root town
  root=$(curl -fs -u admin:bench-admin-1 "$base/api/t/$1/places" | id)
  town=$(curl -fs -u admin:bench-admin-1 -H "$json" "$base/api/t/$1/places" -d "{\"parentId\":$root,\"level\":\"TOWNSHIP\",\"name\":\"孔村镇\",\"divisionCode\":\"370124102000\"}" | id)
  for v in $(seq 201 220); do
    curl -fs -u admin:bench-admin-1 -H "$json" "$base/api/t/$1/places" -d "{\"parentId\":$town,\"level\":\"VILLAGE\",\"name\":\"村$v\",\"divisionCode\":\"370124102$v\"}" >/dev/null
  done
}
import() { # tenant file type → prints seconds and the answer's counts
  curl -s -o "$data_dir/answer.json" -w '%{http_code} %{time_total}' -u admin:bench-admin-1 -H "Content-Type: $3" \
    --data-binary "@$2" "$base/api/t/$1/imports/organisation?name=$(basename "$2")"
}
county bench-csv; county bench-xlsx; county bench-sql
read -r status seconds <<< "$(import bench-csv "$files/households.csv" text/csv)"
echo "import .csv  (100,000 new households, 2,220 grids): HTTP $status in $seconds s  $(cut -c1-200 "$data_dir/answer.json")"
read -r status seconds <<< "$(import bench-csv "$files/households.csv" text/csv)"
echo "re-import .csv (nothing changes):                    HTTP $status in $seconds s  $(cut -c1-200 "$data_dir/answer.json")"
if [ -z "${SKIP_XLSX:-}" ]; then
  read -r status seconds <<< "$(import bench-xlsx "$files/households.xlsx" application/vnd.openxmlformats-officedocument.spreadsheetml.sheet)"
  echo "import .xlsx (100,000 new households, 2,220 grids): HTTP $status in $seconds s  $(cut -c1-200 "$data_dir/answer.json")"
fi
tenant=$(curl -fs -u operator:bench-operator-1 "$base/api/platform/tenants" | grep -o '"code":"bench-sql"[^}]*"id":[0-9]*' | grep -o '"id":[0-9]*' | cut -d: -f2)
village=$(curl -fs -u admin:bench-admin-1 "$base/api/t/bench-sql/places" | grep -o '370124102201"[^}]*"id":[0-9]*' | id)
start=$(date +%s.%N)
db_client -e "
  insert into household (tenant_id, version, code, village_id, head_name, address)
  select $tenant, 0, concat('H', lpad(seq, 6, '0')), $village, concat('户主', seq), concat('孔村', seq, '号')
  from seq_1_to_100000;" >/dev/null
printf 'baseline: the same 100,000 rows with one SQL insert ... select: %.1f s\n' "$(echo "$(date +%s.%N) - $start" | bc)"
