#!/usr/bin/env bash
# The example plugin (bundles/org.peyvand.module.visits) from a local catalog made for the run (a
# folder with index.json signed by a fresh Ed25519 key, the public half trusted in
# etc/peyvand/catalog-keys/), installed and uninstalled over REST cycle after cycle, on embedded Derby
# and/or the PostgreSQL at 127.0.0.1:5432 (database peyvand_bench_marketplace, recreated). Times, as
# a user sees it, the request to the entry appearing in (or leaving) the side menu of a signed-in
# workspace tab polled every few milliseconds; beside it the job seen DONE, the job's own duration and
# when each of its steps was first seen. Prints p50/p95/min/max against targets of 2 s and 1 s.
# Its own ports (HTTP 24181), so it can run beside the other benchmarks.
# Usage: bench/marketplace.sh [derby|postgres|both] [cycles] [poll ms]   (build first: mvn install -DskipTests)
source "$(dirname "$0")/lib.sh"
which=${1:-derby}
cycles=${2:-20}
poll=${3:-20}
port=24181
jar="$root/bench/target/peyvand-bench-$version.jar"
[ -f "$jar" ] || (cd "$root" && mvn -q -pl bench package)
kar="$root/bundles/org.peyvand.module.visits/target/org.peyvand.module.visits-$version.kar"
[ -f "$kar" ] || { echo "no $kar: build first" >&2; exit 1; }

# catalog <folder> <keys folder>: the KAR, its index entry, a key made for the run and the index signed with it
catalog() {
  local folder=$1 keys=$2
  rm -rf "$folder" && mkdir -p "$folder/modules" "$keys"
  cp "$kar" "$folder/modules/visits-1.0.0.kar"
  cat > "$folder/index.json" <<JSON
{"format": 1, "entries": [{"id": "visits", "version": "1.0.0", "name": {"fa": "بازدید از مشتری", "en": "Customer visits"},
 "kernel": "[0.1,1)", "requires": ["accounts"], "contentType": "module", "artifact": "modules/visits-1.0.0.kar",
 "sha256": "$(sha256sum "$folder/modules/visits-1.0.0.kar" | cut -d' ' -f1)"}]}
JSON
  openssl genpkey -algorithm ed25519 -out "$folder.key.pem"
  openssl pkey -in "$folder.key.pem" -pubout -out "$keys/bench.pem"
  openssl pkeyutl -sign -rawin -inkey "$folder.key.pem" -in "$folder/index.json" | base64 -w0 > "$folder/index.json.sig"
}

run() {
  local dir=$work/marketplace-$1
  unpack "$(distribution)" "$dir" $port 24101 24099 24445
  if [ "$1" = postgres ]; then
    psql -h 127.0.0.1 -U postgres -d test -qc "DROP DATABASE IF EXISTS peyvand_bench_marketplace" -c "CREATE DATABASE peyvand_bench_marketplace"
    postgres_datasource "$dir" peyvand_bench_marketplace
  fi
  catalog "$work/marketplace-catalog" "$dir/etc/peyvand/catalog-keys"
  "$dir/bin/start" >/dev/null 2>&1
  trap "stop '$dir'" EXIT
  create_admin "$dir" $port
  # the add-on requires the accounts module, which the distribution starts with
  wait_for http://localhost:$port/api/v1/contacts/count 300 -u "$bench_user:$bench_password"
  local added
  added=$(curl -sf -u "$bench_user:$bench_password" -H 'Content-Type: application/json' http://localhost:$port/api/v1/marketplace/catalogs \
    -d "{\"id\": \"bench\", \"kind\": \"FOLDER\", \"location\": \"$work/marketplace-catalog\"}")
  if [[ $added == *errorKey* ]]; then echo "the catalog was not read: $added" >&2; return 1; fi
  echo "$1 | load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  java -cp "$jar" org.peyvand.bench.MarketplaceBenchmark http://localhost:$port "$bench_user" "$bench_password" visits "$cycles" "$poll" "$1"
  echo "$1 | load after: $(cut -d' ' -f1-3 /proc/loadavg)"
  stop "$dir"
}

for_databases "$which" run
