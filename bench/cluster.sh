#!/usr/bin/env bash
# The cluster benchmark (issue 21), in one run: the counter's redemptions (bench/ClusterLoad.java:
# CLERKS clerks over HOUSEHOLDS households, each redemption with its idempotency key and sent again
# after 503 / 409 error.retry / a lost answer) first on one instance with its embedded database,
# then through HAProxy on the cluster of cluster/cluster.sh (two instances, three Galera nodes),
# then the same load on the cluster while instance 1 is killed at second 10 and the database writer
# (node 1) at second 25. Prints per phase the acknowledged redemptions per second, the latency, the
# times without an acknowledgement over one second, and what the database holds afterwards:
# acknowledged redemptions missing or stored twice, stored but never acknowledged (must all be 0),
# and the ledger invariants. Run after `mvn -DskipTests package`; on a shared machine under
# `flock -o /tmp/heavy.lock`. Settings: CLERKS (16), HOUSEHOLDS (2000), SECONDS_RUN (30).
set -euo pipefail
cd "$(dirname "$0")/.."
clerks=${CLERKS:-16}
households=${HOUSEHOLDS:-2000}
seconds=${SECONDS_RUN:-30}
cp=$(mvn -q -o -DincludeScope=compile dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
load() { java -cp "$cp" bench/ClusterLoad.java "$@"; }

echo "== one instance, embedded database"
port=18085
data_dir="$PWD/target/bench-cluster-single"
source bench/server.sh
load "single" "$base" "jdbc:mysql://127.0.0.1:$db_port/xiangzhi?useSSL=false&allowPublicKeyRetrieval=true" "$db_user" "$db_password" \
  bench-operator-1 one "$households" "$clerks" "$seconds"
kill "$launcher"; wait "$launcher" 2>/dev/null || true
trap - EXIT

echo "== two instances behind HAProxy, Galera cluster of three nodes"
export XIANGZHI_CLUSTER_DIR="$PWD/target/bench-cluster"
export XIANGZHI_OPERATOR_PASSWORD=bench-operator-1
cluster/cluster.sh stop >/dev/null
rm -rf "$XIANGZHI_CLUSTER_DIR"
trap 'cluster/cluster.sh stop' EXIT
cluster/cluster.sh start
jdbc="$(cluster/cluster.sh jdbc-url)&useSSL=false&allowPublicKeyRetrieval=true"
password=$(cluster/cluster.sh db-password)
load "cluster" http://127.0.0.1:18090 "$jdbc" xiangzhi "$password" bench-operator-1 two "$households" "$clerks" "$seconds"

echo "== the same on the cluster, instance 1 killed at second 10, the writer (database node 1) at second 25"
load "failover" http://127.0.0.1:18090 "$jdbc" xiangzhi "$password" bench-operator-1 three "$households" "$clerks" 40 \
  "10:cluster/cluster.sh kill-app 1; 25:cluster/cluster.sh kill-db 1"
