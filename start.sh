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

# Demo only: demo records, and a known administrator created below with the one-time setup
# token the server prints on its first start. The distribution itself ships with no user.
echo "enabled = true" > "$home/etc/org.peyvand.demo.cfg"
demo_user=admin
demo_password=peyvand-demo

"$home/bin/start" >/dev/null 2>&1
printf "Starting"
for _ in $(seq 1 180); do
  if [ -f "$home/data/setup-token" ]; then
    curl -sf -o /dev/null -H 'Content-Type: application/json' "http://localhost:$port/api/v1/setup" \
      -d "{\"token\":\"$(tr -d '[:space:]' < "$home/data/setup-token")\",\"username\":\"$demo_user\",\"displayName\":\"مدیر نمایشی\",\"password\":\"$demo_password\"}" || true
  fi
  if curl -sf -u "$demo_user:$demo_password" "http://localhost:$port/api/v1/status" 2>/dev/null | grep -q '"ready":true'; then
    echo
    cat <<INFO

  Peyvand is running (embedded Derby, demo data loaded).

  Web workspace   http://localhost:$port/crm/
  REST API        http://localhost:$port/api/v1/   (OpenAPI: /api/openapi.json, Swagger UI: /api/docs/)
  Demo login      $demo_user / $demo_password   (demo only: a real installation prints a one-time setup token instead)
  Shell           $home/bin/client -u $demo_user -p $demo_password
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
