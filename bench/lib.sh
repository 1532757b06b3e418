# Shared by the benchmark scripts: unpack, configure, start and stop Karaf-based servers.
# shellcheck shell=bash
set -euo pipefail
bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$bench_dir")
work=${BENCH_WORK:-$root/bench/target/work}
# a property of the root pom, e.g. pom_property cxf.version; "version" is the project version
pom_property() {
  if [ "$1" = version ]; then
    sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' "$root/pom.xml"
  else
    sed -n "s:.*<$1>\\(.*\\)</$1>.*:\\1:p" "$root/pom.xml" | head -1
  fi
}
version=$(pom_property version)
# BENCH_PORT moves the server's HTTP port and, by as much, its SSH and RMI ports, so runs can share a machine;
# BENCH_DB names the PostgreSQL database the benchmarks recreate
bench_port=${BENCH_PORT:-38181}
bench_ports="$bench_port $((bench_port - 80)) $((bench_port - 7082)) $((bench_port - 3737))"
bench_url=http://localhost:$bench_port
bench_db=${BENCH_DB:-peyvand_bench}

# unpack <tar.gz> <dir> <http port> <ssh port> <rmi registry port> <rmi server port>
unpack() {
  local archive=$1 dir=$2
  rm -rf "$dir" && mkdir -p "$dir"
  tar xzf "$archive" -C "$dir" --strip-components=1
  if [ -f "$dir/etc/org.ops4j.pax.web.cfg" ]; then
    sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $3/" "$dir/etc/org.ops4j.pax.web.cfg"
  else
    echo "org.osgi.service.http.port = $3" > "$dir/etc/org.ops4j.pax.web.cfg"
  fi
  sed -i "s/^sshPort *=.*/sshPort = $4/" "$dir/etc/org.apache.karaf.shell.cfg"
  sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $5/; s/^rmiServerPort *=.*/rmiServerPort = $6/" "$dir/etc/org.apache.karaf.management.cfg"
}

bench_user=bench
bench_password=load-test-passphrase

# create_admin <dir> <http port>: creates the benchmark administrator with the printed setup token
create_admin() {
  local dir=$1 port=$2
  local deadline=$(( $(date +%s) + 300 ))
  until [ -f "$dir/data/setup-token" ]; do
    if [ "$(date +%s)" -gt "$deadline" ]; then echo "no setup token in $dir/data" >&2; return 1; fi
    sleep 0.05
  done
  local answer
  until answer=$(curl -sf -H 'Content-Type: application/json' "http://localhost:$port/api/v1/setup" \
      -d "{\"token\":\"$(tr -d '[:space:]' < "$dir/data/setup-token")\",\"username\":\"$bench_user\",\"displayName\":\"bench\",\"password\":\"$bench_password\"}"); do
    if [ "$(date +%s)" -gt "$deadline" ]; then echo "setup refused: $answer" >&2; return 1; fi
    sleep 0.1
  done
}

# postgres_datasource <dir> <database>: points the distribution at the local PostgreSQL
postgres_datasource() {
  cat > "$1/etc/org.ops4j.datasource-crm.cfg" <<CFG
osgi.jdbc.driver.name = PostgreSQL JDBC Driver
dataSourceName = crm
url = jdbc:postgresql://127.0.0.1:5432/$2
user = postgres
password =
pool = dbcp2
xa = true
jdbc.pool.maxTotal = 16
CFG
}

# start_loaded <derby|postgres> <dir>: a fresh server on $bench_port with the benchmark administrator,
# on embedded Derby or on the local PostgreSQL (database $bench_db, recreated), ready to serve contacts
start_loaded() {
  local name=$1 dir=$2
  # shellcheck disable=SC2086
  unpack "$(distribution)" "$dir" $bench_ports
  if [ "$name" = postgres ]; then
    psql -h 127.0.0.1 -U postgres -d test -qc "DROP DATABASE IF EXISTS $bench_db" -c "CREATE DATABASE $bench_db"
    postgres_datasource "$dir" "$bench_db"
  fi
  "$dir/bin/start" >/dev/null 2>&1
  create_admin "$dir" "$bench_port"
  wait_for "$bench_url/api/v1/contacts/count" 300 -u "$bench_user:$bench_password"
}

# for_databases <derby|postgres|both> <function>: runs the function for each chosen database
for_databases() {
  case $1 in
    derby) $2 derby ;;
    postgres) $2 postgres ;;
    both) $2 derby; $2 postgres ;;
    *) echo "usage: $0 [derby|postgres|both] [contacts] [requests]" >&2; exit 2 ;;
  esac
}

# milliseconds since the epoch
now_ms() { date +%s%3N; }

# wait_for <url> <timeout s> [curl options...]: waits for the first 200
wait_for() {
  local url=$1 timeout=$2; shift 2
  local deadline=$(( $(date +%s) + timeout ))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$@" "$url")" = 200 ]; do
    if [ "$(date +%s)" -gt "$deadline" ]; then echo "timed out waiting for $url" >&2; return 1; fi
    sleep 0.05
  done
}

stop() {
  local dir=$1
  if [ -f "$dir/karaf.pid" ]; then
    local pid; pid=$(cat "$dir/karaf.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  fi
}

# system_jar <dir> <path under system/>: a jar the distribution ships, e.g. its JDBC driver, for the loaders' class path
system_jar() {
  find "$1/system/$2" -name '*.jar' | head -1
}

# jdbc_driver <derby|postgres> <dir>: the JDBC driver the distribution ships for the database
jdbc_driver() {
  if [ "$1" = postgres ]; then system_jar "$2" org/postgresql/postgresql; else system_jar "$2" org/apache/derby/derby; fi
}

# jdbc_url <derby|postgres> <dir>: the database the server in dir uses, for loading while it is stopped
jdbc_url() {
  if [ "$1" = postgres ]; then
    echo "jdbc:postgresql://127.0.0.1:5432/$bench_db?user=postgres&reWriteBatchedInserts=true"
  else
    echo "jdbc:derby:$2/data/derby/crm"
  fi
}

distribution() {
  echo "$root/assembly/distribution/target/peyvand-distribution-$version.tar.gz"
}
