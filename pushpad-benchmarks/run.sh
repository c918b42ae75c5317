#!/usr/bin/env bash
# Builds and runs every benchmark of this module against an nginx stub of the Pushpad API on 127.0.0.1, then
# writes the figures to target/benchmarks/report.md (raw JMH results beside it). About 15 minutes on 2 cores.
#
#   pushpad-benchmarks/run.sh                 full run
#   pushpad-benchmarks/run.sh -f 1 -wi 1 -i 1 -w 200ms -r 200ms    smoke test: extra arguments go to JMH
#
# Needs root to install nginx from Debian's packages when it is missing. Environment: PUSHPAD_BENCHMARKS_PORT
# (default 18080) is the stub's loopback port.
set -euo pipefail

module_dir="$(cd "$(dirname "$0")" && pwd)"
root_dir="$(dirname "$module_dir")"
out_dir="$module_dir/target/benchmarks"
run_dir="$module_dir/target/stub"
port="${PUSHPAD_BENCHMARKS_PORT:-18080}"

if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
	if [ "$(id -u)" -ne 0 ]; then
		echo "nginx is missing: install it with 'sudo apt-get install nginx' and run again" >&2
		exit 1
	fi
	echo "Installing nginx from Debian's packages"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
fi
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"

echo "Building pushpad-benchmarks"
(cd "$root_dir" && ./mvnw -B -q -Pbenchmarks -pl pushpad-benchmarks -am -DskipTests package)
class_path="$module_dir/target/classes:$(cat "$module_dir/target/benchmark-classpath.txt")"

rm -rf "$run_dir" "$out_dir"
mkdir -p "$run_dir" "$out_dir"
sed -e "s#@STUB_DIR@#$module_dir/stub#g" -e "s#@RUN_DIR@#$run_dir#g" -e "s#@PORT@#$port#g" \
	"$module_dir/stub/nginx.conf.template" >"$run_dir/nginx.conf"

stop_stub() {
	if [ -s "$run_dir/nginx.pid" ]; then
		kill "$(cat "$run_dir/nginx.pid")" 2>/dev/null || true
	fi
}
trap stop_stub EXIT

"$nginx_bin" -p "$run_dir" -c "$run_dir/nginx.conf"
for _ in $(seq 50); do
	[ -s "$run_dir/nginx.pid" ] && break
	sleep 0.1
done
master_pid="$(cat "$run_dir/nginx.pid")"
stub_pids="$master_pid$(pgrep -P "$master_pid" | sed 's/^/,/' | tr -d '\n')"
export PUSHPAD_BENCHMARKS_BASE_URL="http://127.0.0.1:$port/api/v1"
export PUSHPAD_BENCHMARKS_STUB_PIDS="$stub_pids"
echo "Stub: nginx $("$nginx_bin" -v 2>&1 | sed 's/.*nginx\///'), processes $stub_pids, $PUSHPAD_BENCHMARKS_BASE_URL"

{
	echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "cpu: $(nproc) x $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')"
	echo "jdk: $(java -version 2>&1 | head -2 | tail -1)"
	echo "nginx: $("$nginx_bin" -v 2>&1 | sed 's/.*nginx\///'), worker_processes 1"
	echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$out_dir/machine.txt"

# Single-thread calls one at a time, so that the floor, request factory, RestClient and template of a call run within
# a few minutes of each other and their time ratios compare like with like.
: >"$out_dir/calls.log"
for call in createNotification getNotification listSubscriptions; do
	timeout 30m java -cp "$class_path" org.openjdk.jmh.Main \
		"(FloorBenchmark|RequestFactoryBenchmark|RestClientBenchmark|TemplateBenchmark)\.$call\$" \
		-prof gc -prof xyz.pushpad.benchmarks.CpuShareProfiler \
		-rf json -rff "$out_dir/calls-$call.json" "$@" | tee -a "$out_dir/calls.log"
done

# Every other benchmark but the iteration over 1,000,000 subscriptions, which runs alone with its heap sampler.
timeout 30m java -cp "$class_path" org.openjdk.jmh.Main \
	-e 'SubscriptionIterationBenchmark,FloorBenchmark,RequestFactoryBenchmark,RestClientBenchmark,TemplateBenchmark' \
	-prof gc -prof xyz.pushpad.benchmarks.CpuShareProfiler \
	-rf json -rff "$out_dir/calls.json" "$@" | tee -a "$out_dir/calls.log"

if java -cp "$class_path" org.openjdk.jmh.Main -l | grep -q SubscriptionIterationBenchmark; then
	timeout 15m java -cp "$class_path" org.openjdk.jmh.Main 'SubscriptionIterationBenchmark' \
		-prof gc -prof xyz.pushpad.benchmarks.CpuShareProfiler -prof xyz.pushpad.benchmarks.HeapPeakProfiler \
		-rf json -rff "$out_dir/iteration.json" "$@" | tee "$out_dir/iteration.log"
fi

echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$out_dir/machine.txt"
java -cp "$class_path" xyz.pushpad.benchmarks.ReportWriter "$out_dir" >"$out_dir/report.md"
echo "Report: $out_dir/report.md"
