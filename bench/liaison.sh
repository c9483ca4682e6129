#!/usr/bin/env bash
# Liaison duties (issue 18): a county of HOUSEHOLDS (100,000) households in VILLAGES (100) villages,
# LIAISONS (5,000) lane chiefs with 20 households each, and VISITS (50,000) visits in this month
# (tenant time), all inserted with SQL (timed); then the month's coverage report for the whole county
# through REST (`GET …/liaison-reports/coverage`, per village and per liaison) five times after one
# unmeasured call, next to one SQL aggregate of the same rows over JDBC, five times; the two must
# agree on every liaison's figures. Run after `mvn -DskipTests package`. Settings: PORT (18098).
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-18098}
households=${HOUSEHOLDS:-100000}
villages=${VILLAGES:-100}
liaisons=${LIAISONS:-5000}
visits=${VISITS:-50000}
data_dir="$PWD/target/bench-liaison"
source bench/server.sh
json='Content-Type: application/json'
auth=(-u admin:bench-admin-1)
curl -fs -u operator:bench-operator-1 -H "$json" "$base/api/platform/tenants" -d '{"code":"lia","name":"联户县","kind":"COUNTY","divisionCode":"370827","adminUsername":"admin","adminName":"管理员","adminPassword":"bench-admin-1"}' >/dev/null
id() { grep -o '"id":[0-9]*' | head -1 | cut -d: -f2; }
root=$(curl -fs "${auth[@]}" "$base/api/t/lia/places" | id)
town=$(curl -fs "${auth[@]}" -H "$json" "$base/api/t/lia/places" -d "{\"parentId\":$root,\"level\":\"TOWNSHIP\",\"name\":\"谷亭街道\",\"divisionCode\":\"370827001000\"}" | id)
for v in $(seq 1 "$villages"); do
  curl -fs "${auth[@]}" -H "$json" "$base/api/t/lia/places" -d "{\"parentId\":$town,\"level\":\"VILLAGE\",\"name\":\"第${v}村\",\"divisionCode\":\"370827001$(printf %03d "$v")\"}" >/dev/null
done
tenant=$(curl -fs -u operator:bench-operator-1 "$base/api/platform/tenants" | grep -o '"code":"lia"[^}]*"id":[0-9]*' | grep -o '"id":[0-9]*' | cut -d: -f2)
month_start=$(TZ=Asia/Shanghai date +%Y-%m-01)
days=$(TZ=Asia/Shanghai date +%-d)
per_village=$((households / villages))
per_liaison=$((households / liaisons))
start=$(date +%s.%N)
db_client -N -e "
  insert into household (tenant_id, version, code, village_id, head_name)
    select $tenant, 0, concat('H', lpad(q.seq, 6, '0')), v.id, concat('户主', q.seq) from seq_1_to_$households q
    join (select id, row_number() over (order by id) - 1 k from place where tenant_id = $tenant and level = 'VILLAGE') v
      on v.k = (q.seq - 1) div $per_village;
  insert into liaison (tenant_id, version, village_id, kind, name, created_by, created_at)
    select $tenant, 0, v.id, 'LANE_CHIEF', concat('巷长', q.seq), 'bench', now(6) from seq_1_to_$liaisons q
    join (select id, row_number() over (order by id) - 1 k from place where tenant_id = $tenant and level = 'VILLAGE') v
      on v.k = (q.seq - 1) div ($liaisons div $villages);
  insert into liaison_assignment (tenant_id, version, liaison_id, household_id, assigned_by, assigned_at)
    select $tenant, 0, l.id, h.id, 'bench', now(6)
    from (select id, row_number() over (order by id) - 1 k from household where tenant_id = $tenant) h
    join (select id, row_number() over (order by id) - 1 k from liaison where tenant_id = $tenant) l on l.k = h.k div $per_liaison;
  insert into liaison_visit (tenant_id, version, household_id, liaison_id, visited_on, notes, confirmed, recorded_by, recorded_at)
    select $tenant, 0, a.household_id, a.liaison_id, date_add('$month_start', interval q.seq % $days day), '走访', q.seq % 3 = 0, 'bench', now(6)
    from seq_1_to_$visits q
    join (select household_id, liaison_id, row_number() over (order by household_id) - 1 k from liaison_assignment where tenant_id = $tenant) a
      on a.k = (q.seq * q.seq + 7 * q.seq) % $households;"
echo "setup: $households households in $villages villages, $liaisons liaisons, $visits visits this month inserted by SQL in $(echo "$(date +%s.%N) - $start" | bc) s"
XIANGZHI_DB_USER="$db_user" XIANGZHI_DB_PASSWORD="$db_password" java -cp "$cp" bench/LiaisonLoad.java "$base" lia \
  "$(TZ=Asia/Shanghai date +%Y-%m)" "jdbc:mysql://127.0.0.1:$db_port/xiangzhi?useSSL=false&allowPublicKeyRetrieval=true" "$tenant"
