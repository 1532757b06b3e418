#!/usr/bin/env bash
# Record scopes and field rules at 100,000 contacts, on embedded Derby and on the PostgreSQL at
# 127.0.0.1:5432 (database $BENCH_DB, by default peyvand_bench, recreated): list pages and counts as a unit-scoped user
# with a hidden field versus the administrator, and first-login latency. Prints p50/p95/p99.
# Usage: bench/security.sh [derby|postgres|both] [contacts] [requests]   (build first: mvn install -DskipTests)
source "$(dirname "$0")/lib.sh"
which=${1:-both}
contacts=${2:-100000}
requests=${3:-500}
jar="$root/bench/target/peyvand-bench-$version.jar"
[ -f "$jar" ] || (cd "$root" && mvn -q -pl bench package)
classpath="$jar:$(ls "$root"/platform/org.peyvand.platform.security/target/org.peyvand.platform.security-*.jar | grep -v sources | head -1)"

run() {
  local dir=$work/security-$1
  start_loaded "$1" "$dir"
  java -cp "$classpath" org.peyvand.bench.SecurityBenchmark "$bench_url" "$bench_user" "$bench_password" "$contacts" "$requests" "$1"
  stop "$dir"
}

for_databases "$which" run
