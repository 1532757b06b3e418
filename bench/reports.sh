#!/usr/bin/env bash
# Reports over 1,000,000 contacts and 10,000,000 activities (a designed record type with a date, until
# an activities module ships), on embedded Derby and on the PostgreSQL at 127.0.0.1:5432 (database
# $BENCH_DB, by default peyvand_bench, recreated): activities and contacts counted per owner per Jalali month over the last
# 365 days, through POST /api/v1/reports/run, read from the daily counts and (counting ids) from the records
# themselves. Prints p50/p95/p99, the time the daily counts of the loaded records took at start, and the
# indexes of the tables read.
# The rows are written by JDBC batches while the server is stopped; BENCH_KEEP=1 measures the data a
# previous run left (after a rebuild, say) without loading it again.
# Usage: bench/reports.sh [derby|postgres|both] [contacts] [activities] [requests]   (build first: mvn install -DskipTests)
source "$(dirname "$0")/lib.sh"
which=${1:-both}
contacts=${2:-1000000}
activities=${3:-10000000}
requests=${4:-20}
jar="$root/bench/target/peyvand-bench-$version.jar"
[ -f "$jar" ] || (cd "$root" && mvn -q -pl bench package)

# a fresh distribution over the data of the previous run: Derby's files are carried over, PostgreSQL's database kept
restart_kept() {
  local name=$1 dir=$2
  stop "$dir"
  if [ "$name" = derby ]; then
    rm -rf "$work/derby-kept" && mv "$dir/data/derby" "$work/derby-kept"
  fi
  # shellcheck disable=SC2086
  unpack "$(distribution)" "$dir" $bench_ports
  if [ "$name" = derby ]; then
    mkdir -p "$dir/data" && mv "$work/derby-kept" "$dir/data/derby"
  else
    postgres_datasource "$dir" "$bench_db"
  fi
  "$dir/bin/start" >/dev/null 2>&1
}

run() {
  local name=$1 dir=$work/reports-$1
  if [ "${BENCH_KEEP:-0}" = 1 ] && [ -d "$dir/data/derby" -o "$name" = postgres ] && [ -d "$dir/system" ]; then
    restart_kept "$name" "$dir"
  else
    start_loaded "$name" "$dir"
    local units
    units=$(java -cp "$jar" org.peyvand.bench.ReportBenchmark setup "$bench_url" "$bench_user" "$bench_password")
    stop "$dir"
    java -Dderby.system.home="$work" -Dderby.storage.pageCacheSize=25000 -Dderby.system.durability=test -cp "$jar:$(jdbc_driver "$name" "$dir"):$(system_jar "$dir" org/peyvand/org.peyvand.platform.core)" \
      org.peyvand.bench.ReportBenchmark load "$(jdbc_url "$name" "$dir")" "$contacts" "$activities" "$units"
    "$dir/bin/start" >/dev/null 2>&1
  fi
  wait_for "$bench_url"/api/v1/reports/types 600 -u "$bench_user:$bench_password"
  # records loaded around the services are counted per day at start; reports count them themselves until then
  local waited=0
  until grep -q "Counted the records of designed types per day" "$dir/data/log/karaf.log" 2>/dev/null || [ $waited -ge 900 ]; do
    sleep 5; waited=$((waited + 5))
  done
  echo "$1 | $(grep -o "Counted the records of designed types per day in [0-9]* ms" "$dir/data/log/karaf.log" | tail -1)"
  java -cp "$jar" org.peyvand.bench.ReportBenchmark measure "$bench_url" "$bench_user" "$bench_password" "$requests" "$1"
  stop "$dir"
}

for_databases "$which" run
