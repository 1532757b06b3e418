#!/usr/bin/env bash
# Record scopes and field rules at 100,000 contacts, on embedded Derby and on the PostgreSQL at
# 127.0.0.1:5432 (database peyvand_bench, recreated): list pages and counts as a unit-scoped user
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
  local name=$1 dir=$work/security-$1
  unpack "$(distribution)" "$dir" 38181 38101 31099 34444
  if [ "$name" = postgres ]; then
    psql -h 127.0.0.1 -U postgres -d test -qc "DROP DATABASE IF EXISTS peyvand_bench" -c "CREATE DATABASE peyvand_bench"
    postgres_datasource "$dir" peyvand_bench
  fi
  "$dir/bin/start" >/dev/null 2>&1
  create_admin "$dir" 38181
  wait_for http://localhost:38181/api/v1/contacts/count 300 -u "$bench_user:$bench_password"
  java -cp "$classpath" org.peyvand.bench.SecurityBenchmark http://localhost:38181 "$bench_user" "$bench_password" "$contacts" "$requests" "$name"
  stop "$dir"
}

case $which in
  derby) run derby ;;
  postgres) run postgres ;;
  both) run derby; run postgres ;;
  *) echo "usage: $0 [derby|postgres|both] [contacts] [requests]" >&2; exit 2 ;;
esac
