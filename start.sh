#!/usr/bin/env bash
# Builds Peyvand, then starts it on embedded Derby with demo data and prints where to sign in.
# The demo keeps its database between runs; delete assembly/distribution/target/demo-data to start afresh.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
port=8181
target="$root/assembly/distribution/target"
home="$target/demo"
kept="$target/demo-data"

if [ -f "$home/karaf.pid" ] && kill -0 "$(cat "$home/karaf.pid")" 2>/dev/null; then
  echo "Stopping the running demo..."
  "$home/bin/stop" >/dev/null 2>&1 || true
  for _ in $(seq 1 60); do kill -0 "$(cat "$home/karaf.pid")" 2>/dev/null || break; sleep 1; done
fi
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "Port $port is in use by another program; stop it first." >&2
  exit 1
fi

echo "Building (mvn install, tests skipped; ./test.sh runs them)..."
mvn -B -q install -DskipTests

# A fresh server every time, keeping only the demo database.
if [ -d "$home/data/derby" ]; then rm -rf "$kept"; mv "$home/data/derby" "$kept"; fi
rm -rf "$home" && mkdir -p "$home/data"
tar xzf "$target"/peyvand-distribution-*.tar.gz -C "$home" --strip-components=1
if [ -d "$kept" ]; then mv "$kept" "$home/data/derby"; fi

# Demo only: a known administrator (hashed on first use) and demo records. The shipped
# distribution has no user at all.
cat >> "$home/etc/users.properties" <<'USERS'
admin = admin,_g_:admingroup
_g_\:admingroup = group,admin,manager,viewer,systembolt,ssh
USERS
echo "enabled = true" > "$home/etc/org.peyvand.demo.cfg"

"$home/bin/start" >/dev/null 2>&1
printf "Starting"
for _ in $(seq 1 180); do
  if curl -sf -u admin:admin "http://localhost:$port/api/v1/status" 2>/dev/null | grep -q '"ready":true'; then
    echo
    cat <<INFO

  Peyvand is running (embedded Derby, demo data loaded).

  Web workspace   http://localhost:$port/crm/
  REST API        http://localhost:$port/api/v1/   (OpenAPI: /api/openapi.json, Swagger UI: /api/docs/)
  Demo login      admin / admin   (demo only: the distribution itself ships with no user)
  Shell           $home/bin/client -u admin -p admin
  Logs            $home/data/log/karaf.log
  Stop            $home/bin/stop

INFO
    exit 0
  fi
  printf "."
  sleep 1
done
echo
echo "Peyvand did not report ready within 3 minutes; see $home/data/log/karaf.log" >&2
exit 1
