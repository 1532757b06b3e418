#!/usr/bin/env bash
# Custom fields with 100,000 generated contacts holding ten custom values each, on embedded Derby
# and on the PostgreSQL at 127.0.0.1:5432 (database $BENCH_DB, by default peyvand_bench, recreated): a list filtered on a
# custom select field and ordered by a custom date field. Prints p50/p95/p99.
# Usage: bench/custom-fields.sh [derby|postgres|both] [contacts] [requests]   (build first: mvn install -DskipTests)
source "$(dirname "$0")/lib.sh"
which=${1:-both}
contacts=${2:-100000}
requests=${3:-500}
jar="$root/bench/target/peyvand-bench-$version.jar"
[ -f "$jar" ] || (cd "$root" && mvn -q -pl bench package)

run() {
  local dir=$work/custom-fields-$1
  start_loaded "$1" "$dir"
  java -cp "$jar" org.peyvand.bench.CustomFieldBenchmark "$bench_url" "$bench_user" "$bench_password" "$contacts" "$requests" "$1"
  stop "$dir"
}

for_databases "$which" run
