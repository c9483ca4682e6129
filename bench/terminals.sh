#!/usr/bin/env bash
# The attendance terminals benchmark (issue 15): 2,000 terminals polling getrequest at 200/s (each
# every 10 s, the protocol's Delay), first alone, then while 64 other terminals post ATTLOG batches of
# 100-500 lines over HTTP, one batch in ten sent again; then a raw JDBC multi-row INSERT IGNORE of the same kind of
# rows in the same batches as baseline. Prints records stored per second, the ratio of the two, the
# pollers' p50/p99, and checks afterwards that no punch is stored twice and every row sent is stored.
# Run after `mvn -DskipTests package`. Settings: PORT (18093), UPLOADERS (64 terminals), THREADS (8),
# POLLERS (2000), POLL_RATE (200 per second), SECONDS_RUN (20), WARMUP_SECONDS (10).
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-18093}
uploaders=${UPLOADERS:-64}
pollers=${POLLERS:-2000}
data_dir="$PWD/target/bench-terminals"
cp=$(mvn -q -DincludeScope=compile dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
source bench/server.sh
json='Content-Type: application/json'
auth=(-u admin:bench-admin-1)
curl -fs -u operator:bench-operator-1 -H "$json" "$base/api/platform/tenants" -d '{"code":"trm","name":"考勤县","kind":"COUNTY","divisionCode":"370124","adminUsername":"admin","adminName":"管理员","adminPassword":"bench-admin-1"}' >/dev/null
id() { grep -o '"id":[0-9]*' | head -1 | cut -d: -f2; }
root=$(curl -fs "${auth[@]}" "$base/api/t/trm/places" | id)
town=$(curl -fs "${auth[@]}" -H "$json" "$base/api/t/trm/places" -d "{\"parentId\":$root,\"level\":\"TOWNSHIP\",\"name\":\"孔村镇\",\"divisionCode\":\"370124102000\"}" | id)
village=$(curl -fs "${auth[@]}" -H "$json" "$base/api/t/trm/places" -d "{\"parentId\":$town,\"level\":\"VILLAGE\",\"name\":\"考勤村\",\"divisionCode\":\"370124102201\"}" | id)
tenant=$(curl -fs -u operator:bench-operator-1 "$base/api/platform/tenants" | grep -o '"code":"trm"[^}]*"id":[0-9]*' | grep -o '"id":[0-9]*' | cut -d: -f2)
# one terminal claimed through REST (the path a tenant admin takes), the others registered in one statement
curl -fs -o /dev/null "${auth[@]}" -H "$json" "$base/api/t/trm/devices" -d "{\"serialNumber\":\"UP00001\",\"villageId\":$village}"
db_client -N -e "insert into device (version, serial_number, tenant_id, village_id, kind, time_zone, status, first_seen, claimed_at, claimed_by)
  select 0, concat('UP', lpad(seq, 5, '0')), $tenant, $village, 'ATTENDANCE', 'Asia/Shanghai', 'ACTIVE', now(6), now(6), 'bench'
  from seq_2_to_$uploaders;
  insert into device (version, serial_number, tenant_id, village_id, kind, time_zone, status, first_seen, claimed_at, claimed_by)
  select 0, concat('PL', lpad(seq, 5, '0')), $tenant, $village, 'ATTENDANCE', 'Asia/Shanghai', 'ACTIVE', now(6), now(6), 'bench'
  from seq_1_to_$pollers;"
echo "setup: $uploaders uploading terminals, $pollers polling terminals, one village of tenant trm"
XIANGZHI_DB_USER="$db_user" XIANGZHI_DB_PASSWORD="$db_password" java -cp "$cp" bench/TerminalLoad.java "$base" "$uploaders" "$pollers" \
  "${THREADS:-8}" "${POLL_RATE:-200}" "${SECONDS_RUN:-20}" "${WARMUP_SECONDS:-10}" \
  "jdbc:mysql://127.0.0.1:$db_port/xiangzhi?useSSL=false&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true" "$tenant" "$village"
