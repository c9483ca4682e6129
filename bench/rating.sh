#!/usr/bin/env bash
# Star rating (issue 17): RATERS (2000) households vote on one campaign from the phone page, BURST
# (50) at the same moment, burst after burst: p50/p95/p99 of the phone page and of the vote; then the
# results of a county's campaign (SUBJECTS 300 branches, VOTES 100,000 stored votes, inserted with
# SQL) through REST next to one SQL aggregate of the same votes. All votes come from 127.0.0.1 as
# through a carrier's NAT: the per-address vote limit is raised for the run
# (XIANGZHI_RATING_VOTES_PER_ADDRESS). Run after `mvn -DskipTests package`. Settings: PORT (18097).
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-18097}
raters=${RATERS:-2000}
burst=${BURST:-50}
subjects=${SUBJECTS:-300}
votes=${VOTES:-100000}
data_dir="$PWD/target/bench-rating"
cp=$(mvn -q -DincludeScope=compile dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
export XIANGZHI_RATING_VOTES_PER_ADDRESS=1000000
source bench/server.sh
json='Content-Type: application/json'
auth=(-u admin:bench-admin-1)
curl -fs -u operator:bench-operator-1 -H "$json" "$base/api/platform/tenants" -d '{"code":"rate","name":"评星县","kind":"COUNTY","divisionCode":"370124","adminUsername":"admin","adminName":"管理员","adminPassword":"bench-admin-1"}' >/dev/null
id() { grep -o '"id":[0-9]*' | head -1 | cut -d: -f2; }
root=$(curl -fs "${auth[@]}" "$base/api/t/rate/places" | id)
town=$(curl -fs "${auth[@]}" -H "$json" "$base/api/t/rate/places" -d "{\"parentId\":$root,\"level\":\"TOWNSHIP\",\"name\":\"潘店镇\",\"divisionCode\":\"370124102000\"}" | id)
village=$(curl -fs "${auth[@]}" -H "$json" "$base/api/t/rate/places" -d "{\"parentId\":$town,\"level\":\"VILLAGE\",\"name\":\"靖庄村\",\"divisionCode\":\"370124102201\"}" | id)
county=$(curl -fs "${auth[@]}" -H "$json" "$base/api/t/rate/places" -d "{\"parentId\":$town,\"level\":\"VILLAGE\",\"name\":\"全县支部\",\"divisionCode\":\"370124102202\"}" | id)
tenant=$(curl -fs -u operator:bench-operator-1 "$base/api/platform/tenants" | grep -o '"code":"rate"[^}]*"id":[0-9]*' | grep -o '"id":[0-9]*' | cut -d: -f2)
sql() { db_client -N -e "$1"; }
sql "insert into household (tenant_id, version, code, village_id, head_name) select $tenant, 0, concat('R', lpad(seq, 5, '0')), $village, concat('户', seq) from seq_1_to_$raters;
     insert into party_branch (tenant_id, version, village_id, code, name) values ($tenant, 0, $village, 'JZ', '靖庄村党支部');
     insert into party_branch (tenant_id, version, village_id, code, name) select $tenant, 0, $county, concat('B', lpad(seq, 4, '0')), concat('第', seq, '党支部') from seq_1_to_$subjects;"
opens=$(TZ=Asia/Shanghai date -d '-1 hour' +%Y-%m-%dT%H:%M)
closes=$(TZ=Asia/Shanghai date -d '+1 day' +%Y-%m-%dT%H:%M)
book() { curl -fs "${auth[@]}" -H "$json" "$base/api/t/rate/rating-campaigns" -d "{\"title\":\"$1\",\"kind\":\"BRANCH\",\"villageIds\":[$2],\"questions\":[\"班子团结\",\"为民办事\",\"公开透明\"],\"opensAt\":\"$opens\",\"closesAt\":\"$closes\"}" | id; }
campaign=$(book 靖庄村评星 "$village")
subject=$(curl -fs "${auth[@]}" "$base/api/t/rate/rating-subjects?campaign=$campaign" | id)
big=$(book 全县评星 "$county")
start=$(date +%s.%N)
sql "insert into rating_vote (tenant_id, version, campaign_id, subject_id, rater_key, rater_group, seq, answers, score, cast_at)
     select $tenant, 0, $big, s.id, sha2(concat('rater', q.seq), 256),
       elt(1 + q.seq % 10, 'SELF', 'SELF', 'PEER', 'PEER', 'PUBLIC', 'PUBLIC', 'PUBLIC', 'PUBLIC', 'SUPERIOR', 'SUPERIOR'),
       1, '4,4,4', 40 + (q.seq * 37) % 61, now(6)
     from seq_1_to_$votes q join (select id, row_number() over (order by id) - 1 k from rating_subject where tenant_id = $tenant and campaign_id = $big) s
       on s.k = q.seq % $subjects;"
echo "setup: $raters households in one village, $subjects branches with $votes votes inserted by SQL in $(echo "$(date +%s.%N) - $start" | bc) s"
XIANGZHI_DB_USER="$db_user" XIANGZHI_DB_PASSWORD="$db_password" java -cp "$cp" bench/RatingLoad.java "$base" rate "$campaign" "$subject" \
  "$raters" "$burst" "$big" "jdbc:mysql://127.0.0.1:$db_port/xiangzhi?useSSL=false&allowPublicKeyRetrieval=true" "$tenant"
