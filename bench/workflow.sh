#!/usr/bin/env bash
# The workflow kernel with 10,000 running instances, each waiting at a user task with a pending
# boundary timer, on embedded Derby and on the PostgreSQL at 127.0.0.1:5432 (database
# peyvand_bench, recreated): instances started over REST from parallel clients, one user's cartable
# (a tenth of the tasks) paged and counted, first tasks completed by several users at once at a set
# rate for a fixed time (rate 0: as fast as the server answers), incidents; then, with the server
# stopped, the pending timers counted in the database.
# Prints p50/p95/p99, the start rate, completions per minute and a summary line per database.
# Usage: bench/workflow.sh [derby|postgres|both] [instances] [requests] [completing users] [seconds] [completions/min]
#   (build first: mvn install -DskipTests)
source "$(dirname "$0")/lib.sh"
which=${1:-both}
instances=${2:-10000}
requests=${3:-500}
completers=${4:-8}
seconds=${5:-75}
rate=${6:-2000}
jar="$root/bench/target/peyvand-bench-$version.jar"
[ -f "$jar" ] || (cd "$root" && mvn -q -pl bench package)

run() {
  local dir=$work/workflow-$1
  start_loaded "$1" "$dir"
  trap "stop '$dir'" EXIT
  java -cp "$jar" org.peyvand.bench.WorkflowBenchmark "$bench_url" "$bench_user" "$bench_password" \
    "$instances" "$requests" "$1" "$completers" "$seconds" "$rate"
  stop "$dir"
  local drivers
  drivers=$(find "$dir/system/org/apache/derby" "$dir/system/org/postgresql" -name '*.jar' | tr '\n' ':')
  if [ "$1" = postgres ]; then
    java -cp "$jar:$drivers" org.peyvand.bench.PendingTimers jdbc:postgresql://127.0.0.1:5432/$bench_db postgres "$1"
  else
    java -cp "$jar:$drivers" org.peyvand.bench.PendingTimers "jdbc:derby:$dir/data/derby/crm" "" "$1"
  fi
}

for_databases "$which" run
