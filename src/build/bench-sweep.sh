#!/usr/bin/env bash
# Sweep benchmark (docs/sweeps.md): runs per minute of the local engine on the 1,000-run
# grid-town sweep (scenarios/sweep-bench-grid-town.yaml) through the launcher, and the per-run
# overhead of the engine beyond the simulation itself (SweepOverheadBench: the same runs made
# directly and through the engine with a results store, in one warm JVM on one thread).
# Prints one JSON line with both and the machine.
#
# Usage: src/build/bench-sweep.sh [--parallel N] [--overhead-runs N] [--no-sweep]
#   --parallel       runs at once in the sweep (default: the number of processors)
#   --overhead-runs  runs timed for the overhead (default 40, after 20 warm-up runs)
#   --no-sweep       measure the overhead only
set -euo pipefail
cd "$(dirname "$0")/../.."
parallel=$(nproc)
overhead_runs=40
sweep=1
while [ $# -gt 0 ]; do
  case "$1" in
    --parallel) parallel="$2"; shift 2 ;;
    --overhead-runs) overhead_runs="$2"; shift 2 ;;
    --no-sweep) sweep=0; shift ;;
    *) echo "bench-sweep: unknown option $1" >&2; exit 2 ;;
  esac
done
file=scenarios/sweep-bench-grid-town.yaml
# One JVM for both parts: the launcher's (CITYSIM_JAVA), by default the `java` on the PATH.
export CITYSIM_JAVA="${CITYSIM_JAVA:-$(command -v java)}"
work="${TMPDIR:-/tmp}/citysim-bench-sweep"
rm -rf "$work"
mkdir -p "$work"

wall=0 rss=0 runs=0 rate=0
if [ "$sweep" = 1 ]; then
  ./citysim --version >/dev/null # builds first, when sources changed, outside the timing
  /usr/bin/time -f "%e %M" -o "$work/time.txt" ./citysim sweep -q "$file" --out "$work/sweep" \
    --parallel "$parallel" >"$work/sweep.log"
  read -r wall rss <"$work/time.txt"
  line=$(grep -E '^sweep .*: [0-9]+ runs recorded' "$work/sweep.log")
  runs=$(sed -E 's/.*made ([0-9]+) now.*/\1/' <<<"$line")
  rate=$(sed -E 's/.*\(([0-9.]+) runs\/min\).*/\1/' <<<"$line")
fi

./citysim --version >/dev/null # the launcher's build: app/target/lib holds the run-time jars
mvn -q -pl app -am -DskipTests test-compile
cp="app/target/test-classes:app/target/classes:app/target/lib/*"
overhead=$("$CITYSIM_JAVA" -Djava.awt.headless=true -cp "$cp" \
  org.citysim.app.sweep.bench.SweepOverheadBench "$file" "$overhead_runs" 20)

cpu=$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')
printf '{"machine":"%s, %s cores","java":"%s","sweep":{"runs":%s,"parallel":%s,"wallSeconds":%s,"runsPerMinute":%s,"maxRssKb":%s},"overhead":%s}\n' \
  "$cpu" "$(nproc)" "$("$CITYSIM_JAVA" -version 2>&1 | head -1 | sed 's/"//g')" "$runs" "$parallel" \
  "$wall" "$rate" "$rss" "$overhead"
