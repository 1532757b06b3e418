#!/usr/bin/env bash
# An Excel export of 100,000 generated contacts through REST, on embedded Derby and on the
# PostgreSQL at 127.0.0.1:5432 (database $BENCH_DB, by default peyvand_bench, recreated). Prints the export's time and the
# server's used heap before, at its highest while exporting, and after.
# Usage: bench/report-export.sh [derby|postgres|both] [contacts]   (build first: mvn install -DskipTests)
source "$(dirname "$0")/lib.sh"
which=${1:-both}
contacts=${2:-100000}
jar="$root/bench/target/peyvand-bench-$version.jar"
[ -f "$jar" ] || (cd "$root" && mvn -q -pl bench package)

run() {
  local dir=$work/report-export-$1
  start_loaded "$1" "$dir"
  java -cp "$jar" org.peyvand.bench.ReportExportBenchmark "$bench_url" "$bench_user" "$bench_password" "$contacts" \
    "$(cat "$dir/karaf.pid")" "$1"
  stop "$dir"
}

for_databases "$which" run
