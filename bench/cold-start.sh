#!/usr/bin/env bash
# Cold start of the Peyvand distribution to its first 200 from /crm/ and /api/v1/, against bare
# Karaf 4.4.10 with the same web stack (HTTP whiteboard + CXF JAX-RS) started in the same run.
# Usage: bench/cold-start.sh [runs]   (build first: mvn install -DskipTests)
source "$(dirname "$0")/lib.sh"
runs=${1:-3}
karaf_version=4.4.10
cxf_version=$(pom_property cxf.version)
(cd "$root" && mvn -q dependency:get -Dartifact=org.apache.karaf:apache-karaf:$karaf_version:tar.gz -Dtransitive=false)
bare_archive=~/.m2/repository/org/apache/karaf/apache-karaf/$karaf_version/apache-karaf-$karaf_version.tar.gz

peyvand_times=() bare_times=()
for run in $(seq 1 "$runs"); do
  dir=$work/cold-peyvand
  unpack "$(distribution)" "$dir" 28181 28101 21099 24444
  start=$(now_ms)
  "$dir/bin/start" >/dev/null 2>&1
  wait_for http://localhost:28181/crm/ 300
  crm=$(( $(now_ms) - start ))
  create_admin "$dir" 28181
  wait_for http://localhost:28181/api/v1/status 300 -u "$bench_user:$bench_password"
  api=$(( $(now_ms) - start ))
  stop "$dir"
  peyvand_times+=("$(( crm > api ? crm : api ))")
  echo "run $run: Peyvand /crm/ 200 after ${crm} ms, /api/v1/ 200 after ${api} ms"

  dir=$work/cold-bare
  unpack "$bare_archive" "$dir" 28181 28101 21099 24444
  sed -i "s#^featuresRepositories *= *#featuresRepositories = mvn:org.apache.cxf.karaf/apache-cxf/$cxf_version/xml/features, #" "$dir/etc/org.apache.karaf.features.cfg"
  sed -i 's#^featuresBoot *= *\\#featuresBoot = http-whiteboard, cxf-jaxrs, \\#' "$dir/etc/org.apache.karaf.features.cfg"
  # the same three CXF bundles the distribution leaves out: they are not published for 3.6.10
  for b in cxf-rt-rs-extension-providers cxf-rt-rs-extension-search cxf-rt-rs-service-description; do
    echo "mvn:org.apache.cxf/$b/$cxf_version;type=bundle" >> "$dir/etc/blacklisted.properties"
  done
  start=$(now_ms)
  "$dir/bin/start" >/dev/null 2>&1
  wait_for http://localhost:28181/cxf/ 600
  bare=$(( $(now_ms) - start ))
  stop "$dir"
  bare_times+=("$bare")
  echo "run $run: bare Karaf $karaf_version + http-whiteboard + cxf-jaxrs /cxf/ 200 after ${bare} ms"
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
p=$(median "${peyvand_times[@]}"); b=$(median "${bare_times[@]}")
awk -v p="$p" -v b="$b" 'BEGIN { printf "cold start (median of runs): Peyvand %d ms, bare Karaf %d ms, ratio %.2fx (target < 2x)\n", p, b, p / b }'
