#!/usr/bin/env bash
# The smart seal benchmark (issue 16): 500 seal terminals speaking protocol v1 (every request signed,
# HMAC-SHA256), each with its seal and an approved application. First the authorisation pull alone
# (PULL_RATE per second, heartbeats from every terminal every 10 s alongside), then THREADS threads
# sending stamp events (one in ten sent twice) while the pulls and heartbeats go on, then a raw JDBC
# INSERT IGNORE of the same rows, one commit per stamp, as baseline. Prints stamps stored per second,
# the ratio of the two, the pull's p50/p99, and checks that every stamp is stored once and every
# application's count of stamps used is right.
# Run after `mvn -DskipTests package`. Settings: PORT (18096), TERMINALS (500), THREADS (16),
# PULL_RATE (50 per second), SECONDS_RUN (20), WARMUP_SECONDS (10).
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-18096}
terminals=${TERMINALS:-500}
data_dir="$PWD/target/bench-seals"
cp=$(mvn -q -DincludeScope=compile dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
source bench/server.sh
json='Content-Type: application/json'
auth=(-u admin:bench-admin-1)
curl -fs -u operator:bench-operator-1 -H "$json" "$base/api/platform/tenants" -d '{"code":"yin","name":"用印县","kind":"COUNTY","divisionCode":"370124","adminUsername":"admin","adminName":"管理员","adminPassword":"bench-admin-1"}' >/dev/null
id() { grep -o '"id":[0-9]*' | head -1 | cut -d: -f2; }
root=$(curl -fs "${auth[@]}" "$base/api/t/yin/places" | id)
town=$(curl -fs "${auth[@]}" -H "$json" "$base/api/t/yin/places" -d "{\"parentId\":$root,\"level\":\"TOWNSHIP\",\"name\":\"孔村镇\",\"divisionCode\":\"370124102000\"}" | id)
village=$(curl -fs "${auth[@]}" -H "$json" "$base/api/t/yin/places" -d "{\"parentId\":$town,\"level\":\"VILLAGE\",\"name\":\"用印村\",\"divisionCode\":\"370124102201\"}" | id)
tenant=$(curl -fs -u operator:bench-operator-1 "$base/api/platform/tenants" | grep -o '"code":"yin"[^}]*"id":[0-9]*' | grep -o '"id":[0-9]*' | cut -d: -f2)
class=$(curl -fs "${auth[@]}" -X POST "$base/api/t/yin/seal-classes/defaults" | id)
# one terminal and its seal through REST (the path a tenant admin takes: the secret is answered once),
# the others registered in a few statements with known secrets
device=$(curl -fs "${auth[@]}" -H "$json" "$base/api/t/yin/devices" -d "{\"serialNumber\":\"SL00001\",\"villageId\":$village,\"kind\":\"SEAL\"}" | id)
secret=$(curl -fs "${auth[@]}" -H "$json" "$base/api/t/yin/seals" -d "{\"villageId\":$village,\"kind\":\"VILLAGE_COMMITTEE\",\"name\":\"公章1\",\"deviceId\":$device}" \
  | grep -o '"terminalSecret":"[^"]*"' | cut -d'"' -f4)
db_client -N -e "insert into device (version, serial_number, tenant_id, village_id, kind, time_zone, status, first_seen, claimed_at, claimed_by)
  select 0, concat('SL', lpad(seq, 5, '0')), $tenant, $village, 'SEAL', 'Asia/Shanghai', 'ACTIVE', now(6), now(6), 'bench'
  from seq_2_to_$terminals;
  insert into seal (tenant_id, version, village_id, kind, name, device_id, status, registered_by, registered_at)
  select $tenant, 0, $village, 'VILLAGE_COMMITTEE', concat('公章', serial_number), id, 'ACTIVE', 'bench', now(6)
  from device where tenant_id = $tenant and serial_number like 'SL%' and serial_number <> 'SL00001';
  insert into seal_terminal (tenant_id, version, device_id, secret, issued_by, issued_at, last_sequence)
  select $tenant, 0, id, concat('bench-secret-', serial_number), 'bench', now(6), 0
  from device where tenant_id = $tenant and serial_number like 'SL%' and serial_number <> 'SL00001';
  insert into seal_application (tenant_id, version, village_id, seal_id, class_id, purpose, stamps_approved, stamps_used, valid_from,
    valid_until, status, steps_done, applied_by, applicant_name, applied_at, decided_at)
  select $tenant, 0, $village, s.id, $class, '基准测试', 1000000, 0, utc_timestamp(6) - interval 1 day,
    utc_timestamp(6) + interval 1 day, 'APPROVED', 1, 'bench', 'bench', utc_timestamp(6), utc_timestamp(6)
  from seal s where s.tenant_id = $tenant;"
echo "setup: $terminals seal terminals with a seal and an approved application each, one village of tenant yin"
XIANGZHI_DB_USER="$db_user" XIANGZHI_DB_PASSWORD="$db_password" java -cp "$cp" bench/SealLoad.java "$base" "$terminals" \
  "${THREADS:-16}" "${PULL_RATE:-50}" "${SECONDS_RUN:-20}" "${WARMUP_SECONDS:-10}" \
  "jdbc:mysql://127.0.0.1:$db_port/xiangzhi?useSSL=false&allowPublicKeyRetrieval=true" "$tenant" "$secret"
