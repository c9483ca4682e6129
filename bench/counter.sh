#!/usr/bin/env bash
# The counter benchmark: 32 clerks redeeming over 10,000 households (one in five redemptions for one
# of ten hot households) through REST on loopback for a bounded time, then raw-JDBC transactions
# doing the counter's database work as baseline (its reads, and the ledger line, redemption, item and
# three audit entries it writes; each phase prints its writes per redemption, counted in the
# database); checks afterwards that no balance is negative, every redemption has its ledger line and
# its item and every spending line its redemption. Between the two, the same clerks read one goods row through
# REST: the stack's ceiling on this machine. Under each phase it prints the CPU time the server, the
# database and the load generator spent per answered request. Run after `mvn -DskipTests package`.
# Settings: PORT (18084), CLERKS (32), SECONDS_RUN (20), HOUSEHOLDS (10000), WARMUP_SECONDS (20: the same load
# before the measured seconds, not counted, while the JIT compiles the hot paths).
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-18084}
clerks=${CLERKS:-32}
seconds=${SECONDS_RUN:-20}
households=${HOUSEHOLDS:-10000}
data_dir="$PWD/target/bench-counter"
cp=$(mvn -q -DincludeScope=compile dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
source bench/server.sh
json='Content-Type: application/json'
auth=(-u admin:bench-admin-1)
curl -fs -u operator:bench-operator-1 -H "$json" "$base/api/platform/tenants" -d '{"code":"ctr","name":"兑换县","kind":"COUNTY","divisionCode":"370124","adminUsername":"admin","adminName":"管理员","adminPassword":"bench-admin-1"}' >/dev/null
id() { grep -o '"id":[0-9]*' | head -1 | cut -d: -f2; }
root=$(curl -fs "${auth[@]}" "$base/api/t/ctr/places" | id)
town=$(curl -fs "${auth[@]}" -H "$json" "$base/api/t/ctr/places" -d "{\"parentId\":$root,\"level\":\"TOWNSHIP\",\"name\":\"孔村镇\",\"divisionCode\":\"370124102000\"}" | id)
village=$(curl -fs "${auth[@]}" -H "$json" "$base/api/t/ctr/places" -d "{\"parentId\":$town,\"level\":\"VILLAGE\",\"name\":\"兑换村\",\"divisionCode\":\"370124102201\"}" | id)
tenant=$(curl -fs -u operator:bench-operator-1 "$base/api/platform/tenants" | grep -o '"code":"ctr"[^}]*"id":[0-9]*' | grep -o '"id":[0-9]*' | cut -d: -f2)
sql() { db_client -N -e "$1"; }
last=$(date -d "$(date +%Y-%m-01) -1 month" +%Y%m)
# the ten hot households get 20 points of last month (they run dry: refusals under contention), every
# other household 20 plus one per second of the run, so that no phase runs out of redeemable points
# (each spends under a quarter of that at 3,000 redemptions/s); all published and past objections
total_seconds=$(( ${WARMUP_SECONDS:-20} + seconds ))
sql "insert into household (tenant_id, version, code, village_id, head_name) select $tenant, 0, concat('C', lpad(seq, 5, '0')), $village, concat('户', seq) from seq_1_to_$households;
     insert into points_month (tenant_id, version, village_id, month, closed_at, closed_by, objection_until) values ($tenant, 0, $village, $last, now(6), 'bench', current_date - interval 1 day);
     set session group_concat_max_len = 67108864;
     select concat('insert into points_line (tenant_id, version, household_id, village_id, type, points, month, proposer, approver, created_at) values ',
                   group_concat(concat('(', tenant_id, ', 0, ', id, ', ', village_id, ', ''BONUS'', ', if(code <= 'C00010', 20, 20 + $total_seconds),
                                       ', $last, ''bench'', ''bench'', now(6))'))) into @line_values
       from household where tenant_id = $tenant;
     prepare insert_lines from @line_values; execute insert_lines; deallocate prepare insert_lines;"
# (one multi-row VALUES, not INSERT … SELECT: MariaDB 11.4 refuses an INSERT … SELECT into points_line with
#  "Column 'tenant_id' cannot be null" from its month-total trigger, while the same rows as VALUES go in)
shop=$(curl -fs "${auth[@]}" -H "$json" "$base/api/t/ctr/shops" -d '{"code":"GF01","name":"共富超市","kind":"VILLAGE_SUPERMARKET"}' | id)
curl -fs -o /dev/null "${auth[@]}" -X PUT -H "$json" "$base/api/t/ctr/shops/$shop/villages" -d "[$village]"
goods=$(curl -fs "${auth[@]}" -H "$json" "$base/api/t/ctr/shop-goods" -d "{\"shopId\":$shop,\"code\":\"SOAP\",\"name\":\"肥皂\",\"pricePoints\":1}" | id)
for c in $(seq 1 "$clerks"); do
  user=$(curl -fs "${auth[@]}" -H "$json" "$base/api/t/ctr/users" -d "{\"username\":\"clerk$c\",\"displayName\":\"店员$c\",\"role\":\"SHOP_CLERK\",\"scopePlaceId\":$village,\"password\":\"bench-clerk-1\"}" | id)
  curl -fs -o /dev/null "${auth[@]}" -H "$json" "$base/api/t/ctr/shop-clerks" -d "{\"shopId\":$shop,\"userId\":$user}"
done
# a process id only when exactly one process matched (else the CPU lines say "not measured")
one_pid() { [[ "$1" =~ ^[0-9]+$ ]] && echo "$1" || echo "-"; }
echo "setup: $households households (10 hot ones with 20 redeemable points, the others $((20 + total_seconds))), $clerks clerks of one shop"
XIANGZHI_DB_USER="$db_user" XIANGZHI_DB_PASSWORD="$db_password" java -cp "$cp" bench/CounterLoad.java "$base" ctr "$goods" "$households" "$clerks" "$seconds" \
  "jdbc:mysql://127.0.0.1:$db_port/xiangzhi?useSSL=false&allowPublicKeyRetrieval=true" "$tenant" "${WARMUP_SECONDS:-20}" \
  $(one_pid "$(pgrep -P "$launcher" -f payara-micro.jar)") $(one_pid "$(pgrep -f "mariadbd.*--port=$db_port( |$)")")
