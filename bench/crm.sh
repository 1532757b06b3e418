#!/usr/bin/env bash
# The core CRM modules over 1,000,000 contacts (a tenth as many organisations, most people employed by one,
# with relationship links between organisations) and 5,000,000 activities of the activities module, on
# embedded Derby and on the PostgreSQL at 127.0.0.1:5432 (database $BENCH_DB, by default peyvand_bench,
# recreated), measured over REST one request at a time: an organisation's timeline
# (GET /api/v1/timeline/accounts.account/{id}), the global search with Persian words that find records and
# words that find none (GET /api/v1/search), and the relationship graph to depth 2
# (GET /api/v1/relations/graph). Targets: timeline p95 under 50 ms, search under 100 ms, graph under 50 ms.
# The rows are bulk-loaded while the server is stopped (see BulkLoader). Prints p50/p95/p99 and the
# indexes of the tables loaded. BENCH_PORT moves the server's ports (default 38181).
# Usage: bench/crm.sh [derby|postgres|both] [contacts] [activities] [requests]   (build first: mvn install -DskipTests)
source "$(dirname "$0")/lib.sh"
which=${1:-both}
contacts=${2:-1000000}
activities=${3:-5000000}
requests=${4:-500}
accounts=$(( contacts / 10 ))
jar="$root/bench/target/peyvand-bench-$version.jar"
[ -f "$jar" ] || (cd "$root" && mvn -q -pl bench package)

run() {
  local name=$1 dir=$work/crm-$1
  start_loaded "$name" "$dir"
  wait_for "$bench_url/api/v1/relations/types" 300 -u "$bench_user:$bench_password"
  wait_for "$bench_url/api/v1/activities?limit=1" 300 -u "$bench_user:$bench_password"
  local units
  units=$(java -cp "$jar" org.peyvand.bench.CrmBenchmark setup "$bench_url" "$bench_user" "$bench_password")
  stop "$dir"
  java -Dderby.system.home="$work" -Dderby.storage.pageCacheSize=25000 -Dderby.system.durability=test \
    -cp "$jar:$(jdbc_driver "$name" "$dir"):$(system_jar "$dir" org/peyvand/org.peyvand.platform.core)" \
    org.peyvand.bench.CrmBenchmark load "$(jdbc_url "$name" "$dir")" "$accounts" "$contacts" "$activities" "$units"
  "$dir/bin/start" >/dev/null 2>&1
  wait_for "$bench_url/api/v1/relations/types" 600 -u "$bench_user:$bench_password"
  wait_for "$bench_url/api/v1/activities?limit=1" 600 -u "$bench_user:$bench_password"
  java -cp "$jar" org.peyvand.bench.CrmBenchmark measure "$bench_url" "$bench_user" "$bench_password" "$accounts" "$contacts" "$requests" "$name"
  stop "$dir"
}

for_databases "$which" run
