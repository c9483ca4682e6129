#!/usr/bin/env bash
# The production shape on one machine, on loopback only (docs/operations/cluster.md, ADR 0023):
# a 3-node MariaDB Galera cluster (SST by mariabackup), two (or three) Payara Micro instances of the
# same WAR clustered through their data grid (Hazelcast, tcp-ip members on 127.0.0.1, never
# multicast), and HAProxy in front with health checks on /health/ready. Everything it starts is
# recorded by process id in $XIANGZHI_CLUSTER_DIR/pids/ and `stop` ends those processes only.
#
#   cluster/cluster.sh start            Galera, then the instances, then HAProxy; prints the URL
#   cluster/cluster.sh stop             stops what start started (HAProxy, instances, database nodes)
#   cluster/cluster.sh status           what runs, and each Galera node's state and the cluster's size
#   cluster/cluster.sh kill-app N       kill -9 of instance N        cluster/cluster.sh start-app N
#   cluster/cluster.sh kill-db N        kill -9 of database node N   cluster/cluster.sh start-db N
#   cluster/cluster.sh sql [N] "SQL"    runs SQL on node N (default: the first that answers) as root
#
# Settings: XIANGZHI_CLUSTER_DIR (target/cluster), XIANGZHI_CLUSTER_INSTANCES (2, at most 3),
# XIANGZHI_CLUSTER_HTTP (18090: HAProxy; instances on 18091..18093), XIANGZHI_OPERATOR_PASSWORD
# (cluster-operator-1), XIANGZHI_HEAP (512m per instance). Needs `mvn -DskipTests package` first
# and the Debian packages galera-4, mariadb-server, mariadb-backup, socat, haproxy.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${XIANGZHI_CLUSTER_DIR:-$root/target/cluster}
instances=${XIANGZHI_CLUSTER_INSTANCES:-2}
http=${XIANGZHI_CLUSTER_HTTP:-18090}
heap=${XIANGZHI_HEAP:-512m}
operator_password=${XIANGZHI_OPERATOR_PASSWORD:-cluster-operator-1}
nodes=(1 2 3)
sql_port() { echo $((3310 + $1)); }     # 3311..3313
group_port() { echo $((4560 + $1)); }   # 4561..4563 (Galera replication)
ist_port() { echo $((4570 + $1)); }     # 4571..4573 (incremental state transfer)
sst_port() { echo $((4580 + $1)); }     # 4581..4583 (full state transfer, mariabackup)
app_port() { echo $((http + $1)); }     # 18091..18093
grid_port() { echo $((6940 + $1)); }    # 6941..6943 (Payara's data grid)
war=$root/target/xiangzhi.war
micro=$root/target/payara-micro.jar
db_password_file=$dir/db-password

say() { echo "[cluster] $*"; }
# starts a long-lived process in its own session, its output in a log, its pid in pids/NAME; it
# inherits no open file other than those (a lock held by whoever called this script, such as
# `flock`, stays with the caller and ends with it)
daemon() { # name, log, command...
  local name=$1 log=$2; shift 2
  (
    for fd in /proc/$BASHPID/fd/*; do fd=${fd##*/}; [[ $fd =~ ^[0-9]+$ ]] && ((fd > 2)) && eval "exec $fd>&-" 2>/dev/null; done
    exec setsid "$@" >>"$log" 2>&1 </dev/null
  ) &
  echo $! >"$dir/pids/$name"
}
die() { echo "[cluster] $*" >&2; exit 1; }
pid_of() { [[ -f $dir/pids/$1 ]] && cat "$dir/pids/$1" || true; }
alive() { local p; p=$(pid_of "$1"); [[ -n $p ]] && kill -0 "$p" 2>/dev/null; }
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_for() { # seconds, description, command...
  local seconds=$1 what=$2; shift 2
  for ((i = 0; i < seconds * 2; i++)); do "$@" >/dev/null 2>&1 && return 0; sleep 0.5; done
  die "$what did not come within ${seconds}s (logs in $dir/logs)"
}

socket() { echo "$dir/db$1/mysqld.sock"; }
sql() { # node, SQL (as root over the node's socket)
  mariadb --socket="$(socket "$1")" -uroot -N -B -e "$2"
}
any_node() { for n in "${nodes[@]}"; do alive "db$n" && sql "$n" "select 1" >/dev/null 2>&1 && { echo "$n"; return 0; }; done; return 1; }

node_config() {
  local n=$1 members
  members=$(printf '127.0.0.1:%s,' "$(group_port 1)" "$(group_port 2)" "$(group_port 3)")
  cat >"$dir/db$n.cnf" <<EOF
[mariadbd]
datadir=$dir/db$n/data
socket=$(socket "$n")
pid-file=$dir/db$n/mariadbd.pid
port=$(sql_port "$n")
bind-address=127.0.0.1
user=$(id -un)
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
log-error=$dir/logs/db$n.log
innodb_buffer_pool_size=128M
innodb_log_file_size=64M
max_connections=300
# Galera: row-based replication of InnoDB rows, interleaved auto-increment locks
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
# the migrations create a trigger (ADR 0012); with binary logging that needs this (or SUPER)
log_bin_trust_function_creators=1
wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=xiangzhi
wsrep_cluster_address=gcomm://${members%,}
wsrep_node_name=db$n
wsrep_node_address=127.0.0.1:$(group_port "$n")
# the SQL address other nodes and the operator's cluster page show for this node
wsrep_node_incoming_address=127.0.0.1:$(sql_port "$n")
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$(group_port "$n");ist.recv_addr=127.0.0.1:$(ist_port "$n");gcache.size=128M"
wsrep_sst_receive_address=127.0.0.1:$(sst_port "$n")
wsrep_sst_method=mariabackup
wsrep_sst_auth=root:
# reads wait until this node has applied every write certified before them (causality checks):
# after the writer died, a redemption sent again finds its first attempt, committed on the dead
# node, instead of missing it and tripping over its key (ADR 0024)
wsrep_sync_wait=1
EOF
}

start_db() { # node [bootstrap]
  local n=$1 bootstrap=${2:-}
  alive "db$n" && { say "database node $n runs already (pid $(pid_of "db$n"))"; return 0; }
  port_free "$(sql_port "$n")" || die "port $(sql_port "$n") is taken by a process this script did not start"
  mkdir -p "$dir/db$n/data" "$dir/logs" "$dir/pids"
  node_config "$n"
  local extra=()
  if [[ -n $bootstrap ]]; then
    if [[ ! -d $dir/db$n/data/mysql ]]; then
      mariadb-install-db --defaults-file="$dir/db$n.cnf" --auth-root-authentication-method=socket >"$dir/logs/db$n-install.log" 2>&1 \
        || die "mariadb-install-db failed: $dir/logs/db$n-install.log"
    fi
    extra=(--wsrep-new-cluster)
    # a node that last left the cluster cleanly may bootstrap it again
    [[ -f $dir/db$n/data/grastate.dat ]] && sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$dir/db$n/data/grastate.dat"
  fi
  daemon "db$n" "$dir/logs/db$n.out" /usr/sbin/mariadbd --defaults-file="$dir/db$n.cnf" "${extra[@]}"
  say "database node $n starting on 127.0.0.1:$(sql_port "$n") (pid $(pid_of "db$n"))${bootstrap:+, bootstrapping the cluster}"
}

synced() { [[ $(sql "$1" "select variable_value from information_schema.global_status where variable_name='wsrep_local_state_comment'" 2>/dev/null) == Synced ]]; }

wait_db() { wait_for 180 "database node $1 (Synced)" synced "$1"; say "database node $1 synced"; }

start_galera() {
  local fresh=
  [[ -d $dir/db1/data/mysql ]] || fresh=yes
  start_db 1 bootstrap
  wait_db 1
  if [[ -n $fresh ]]; then
    local password
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    echo "$password" >"$db_password_file"; chmod 600 "$db_password_file"
    sql 1 "CREATE DATABASE xiangzhi CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
           CREATE USER 'xiangzhi'@'127.0.0.1' IDENTIFIED BY '$password';
           GRANT ALL PRIVILEGES ON xiangzhi.* TO 'xiangzhi'@'127.0.0.1';"
  fi
  # the others join one at a time: each receives a full copy (SST by mariabackup) from a synced node
  for n in 2 3; do start_db "$n"; wait_db "$n"; done
  say "Galera cluster of $(sql 1 "show status like 'wsrep_cluster_size'" | cut -f2) nodes, primary: $(sql 1 "show status like 'wsrep_cluster_status'" | cut -f2)"
}

jdbc_url() {
  # one writer at a time (ADR 0024): the first node that answers, the others standing by
  echo "jdbc:mysql://127.0.0.1:$(sql_port 1),127.0.0.1:$(sql_port 2),127.0.0.1:$(sql_port 3)/xiangzhi?failOverReadOnly=false&secondsBeforeRetrySource=0&queriesBeforeRetrySource=0&retriesAllDown=2"
}

start_app() {
  local i=$1
  alive "app$i" && { say "instance $i runs already (pid $(pid_of "app$i"))"; return 0; }
  [[ -f $dir/xiangzhi.war ]] || cp "$war" "$dir/xiangzhi.war"
  port_free "$(app_port "$i")" || die "port $(app_port "$i") is taken by a process this script did not start"
  # a fresh runtime folder: Payara Micro would otherwise deploy the application it remembers there a second time
  rm -rf "$dir/app$i/runtime"
  mkdir -p "$dir/app$i" "$dir/logs" "$dir/pids"
  # the log goes on across restarts; this start's part begins here
  if [[ -f $dir/logs/app$i.log ]]; then wc -c <"$dir/logs/app$i.log"; else echo 0; fi >"$dir/app$i/log-offset"
  local members="" m
  for ((m = 1; m <= instances; m++)); do members+="127.0.0.1:$(grid_port "$m"),"; done
  cat >"$dir/app$i/preboot.txt" <<EOF
set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1
set hazelcast-runtime-configuration.interface=127.0.0.1
set configs.config.server-config.microprofile-metrics-configuration.enabled=true
set configs.config.server-config.microprofile-metrics-configuration.virtual-servers=no-public-endpoint
EOF
  XIANGZHI_DB_URL=$(jdbc_url) XIANGZHI_DB_USER=xiangzhi XIANGZHI_DB_PASSWORD=$(cat "$db_password_file") \
  XIANGZHI_OPERATOR_PASSWORD=$operator_password XIANGZHI_INSTANCE=app$i \
    daemon "app$i" "$dir/logs/app$i.log" java -Dhazelcast.socket.bind.any=false -Xmx"$heap" -XX:+UseSerialGC -Djava.io.tmpdir="$dir/app$i" \
      -jar "$micro" --deploy "$dir/xiangzhi.war" --contextroot / --port "$(app_port "$i")" \
      --name "app$i" --clustername xiangzhi --clustermode "tcpip:${members%,}" --startport "$(grid_port "$i")" \
      --interfaces 127.0.0.1 --nohostaware --disablephonehome --prebootcommandfile "$dir/app$i/preboot.txt" \
      --unpackdir "$dir/app$i/runtime"
  say "instance $i starting on http://127.0.0.1:$(app_port "$i")/ (pid $(pid_of "app$i"), grid port $(grid_port "$i"))"
}

ready() { curl -fsS -o /dev/null --max-time 3 "http://127.0.0.1:$1/health/ready"; }
# waits until the instance answers /health/ready; a deployment that failed (Payara then says "ready"
# and serves 404) ends the wait at once
wait_app() {
  local log=$dir/logs/app$1.log offset
  offset=$(cat "$dir/app$1/log-offset" 2>/dev/null || echo 0)
  for ((w = 0; w < 480; w++)); do
    ready "$(app_port "$1")" 2>/dev/null && { say "instance $1 ready"; return 0; }
    tail -c +$((offset + 1)) "$log" 2>/dev/null | grep -aq "Exception while deploying the app" \
      && die "instance $1: the application failed to deploy (see $log)"
    alive "app$1" || die "instance $1 stopped (see $log)"
    sleep 0.5
  done
  die "instance $1 (/health/ready) did not come within 240s (see $log)"
}

start_haproxy() {
  alive haproxy && return 0
  port_free "$http" || die "port $http is taken by a process this script did not start"
  {
    cat <<EOF
global
    maxconn 2000
    pidfile $dir/haproxy.pid
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    option redispatch
    retries 2
frontend xiangzhi
    bind 127.0.0.1:$http
    default_backend instances
backend instances
    balance roundrobin
    # a session's requests stay on its instance while it lives; when it is gone the next one
    # (holding the replicated session) takes over
    cookie XIANGZHI_INSTANCE insert indirect nocache httponly
    option httpchk GET /health/ready
    http-check expect status 200
    default-server inter 1s fall 2 rise 2 on-marked-down shutdown-sessions
EOF
    for ((i = 1; i <= instances; i++)); do echo "    server app$i 127.0.0.1:$(app_port "$i") check cookie app$i"; done
  } >"$dir/haproxy.cfg"
  haproxy -c -f "$dir/haproxy.cfg" >/dev/null || die "haproxy refuses $dir/haproxy.cfg"
  daemon haproxy "$dir/logs/haproxy.log" haproxy -db -f "$dir/haproxy.cfg"
  say "HAProxy on http://127.0.0.1:$http/ (pid $(pid_of haproxy))"
}

stop_pid() { # name
  local p; p=$(pid_of "$1")
  [[ -z $p ]] && return 0
  if kill -0 "$p" 2>/dev/null; then
    kill "$p" 2>/dev/null || true
    for ((w = 0; w < 120; w++)); do kill -0 "$p" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$p" 2>/dev/null && kill -9 "$p" 2>/dev/null || true
  fi
  rm -f "$dir/pids/$1"
}

kill9() { local p; p=$(pid_of "$1"); [[ -n $p ]] || die "$1 was not started here"; kill -9 "$p" 2>/dev/null || true; rm -f "$dir/pids/$1"; say "killed $1 (pid $p) with SIGKILL"; }

status() {
  for ((i = 1; i <= 3; i++)); do alive "app$i" && say "instance $i: pid $(pid_of "app$i"), $(ready "$(app_port "$i")" && echo ready || echo 'not ready')"; done
  for n in "${nodes[@]}"; do
    if alive "db$n"; then
      say "database node $n: pid $(pid_of "db$n"), $(sql "$n" "show status where variable_name in ('wsrep_local_state_comment','wsrep_cluster_size','wsrep_cluster_status')" 2>/dev/null | tr '\t\n' '= ')"
    fi
  done
  alive haproxy && say "HAProxy: pid $(pid_of haproxy) on http://127.0.0.1:$http/" || true
}

case ${1:-} in
  start)
    ((instances >= 1 && instances <= 3)) || die "XIANGZHI_CLUSTER_INSTANCES is 1, 2 or 3"
    command -v haproxy >/dev/null && [[ -f /usr/lib/galera/libgalera_smm.so ]] && command -v mariabackup >/dev/null && command -v socat >/dev/null \
      || die "needs the Debian packages galera-4 mariadb-server mariadb-backup socat haproxy"
    [[ -f $war && -f $micro ]] || die "build first: mvn -DskipTests package ($war, $micro)"
    mkdir -p "$dir/pids" "$dir/logs"
    # the instances run this copy: a build while the cluster runs does not change what they run
    cp "$war" "$dir/xiangzhi.war"
    start_galera
    # the first instance migrates the schema alone; the others start once it is ready (ADR 0024)
    start_app 1; wait_app 1
    for ((i = 2; i <= instances; i++)); do start_app "$i"; done
    for ((i = 2; i <= instances; i++)); do wait_app "$i"; done
    start_haproxy
    wait_for 30 "HAProxy" ready "$http"
    say "ready: http://127.0.0.1:$http/ (operator: operator / \$XIANGZHI_OPERATOR_PASSWORD); stop with: cluster/cluster.sh stop"
    ;;
  stop)
    stop_pid haproxy
    for i in 1 2 3; do stop_pid "app$i"; done
    for n in 3 2 1; do stop_pid "db$n"; done
    say "stopped; data in $dir"
    ;;
  status) status ;;
  kill-app) kill9 "app${2:?instance}" ;;
  start-app) start_app "${2:?instance}"; wait_app "$2" ;;
  kill-db) kill9 "db${2:?node}" ;;
  start-db) start_db "${2:?node}"; wait_db "$2" ;;
  sql) if [[ $# -ge 3 ]]; then sql "$2" "$3"; else sql "$(any_node)" "${2:?SQL}"; fi ;;
  db-password) cat "$db_password_file" ;;
  jdbc-url) jdbc_url ;;
  *) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
