# Sourced by the benchmarks: starts the launcher (embedded MariaDB in a fresh data folder under
# target/, Payara on 127.0.0.1:$port) and waits until it is ready; stops it on exit.
# Needs: port, data_dir. Sets: base, log, launcher, db_port, db_user, db_password, cp (the compile
# classpath), and db_client: the mariadb client on the embedded database as the application's account.
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "port $port is taken: another server answers there (PORT=... picks another)"; exit 1
fi
rm -rf "$data_dir"; mkdir -p "$data_dir"
log="$data_dir/launcher.log"
cp=${cp:-$(mvn -q -DincludeScope=compile dependency:build-classpath -Dmdep.outputFile=/dev/stdout)}
XIANGZHI_HTTP_PORT=$port XIANGZHI_DATA_DIR=$data_dir XIANGZHI_OPERATOR_PASSWORD=bench-operator-1 \
  java -cp "target/classes:$cp" cn.xiangzhi.launcher.Launcher > "$log" 2>&1 &
launcher=$!
trap 'kill $launcher 2>/dev/null; wait $launcher 2>/dev/null || true' EXIT
base="http://127.0.0.1:$port"
until curl -fs -o /dev/null "$base/health/ready"; do
  sleep 0.2
  kill -0 $launcher 2>/dev/null || { echo "launcher died:"; tail -20 "$log"; exit 1; }
done
db_port=$(grep -o "embedded MariaDB on 127.0.0.1:[0-9]*" "$log" | head -1 | sed 's/.*://')
# The embedded database admits only the application's account over TCP; the launcher keeps its
# generated password in the data folder (mode 0600). The server runs without TLS (loopback only).
db_user=xiangzhi
db_password=$(cat "$data_dir/db-password")
db_client() { MYSQL_PWD="$db_password" "$data_dir/mariadb-base/bin/mariadb" --skip-ssl -h127.0.0.1 -P"$db_port" -u"$db_user" xiangzhi "$@"; }
