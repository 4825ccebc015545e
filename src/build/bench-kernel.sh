#!/usr/bin/env bash
# JMH hold-model benchmark of the event kernel (events/s at 10^3 .. 10^6 pending events).
# Usage: src/build/bench-kernel.sh [extra JMH args, e.g. -p n=10000 -wi 2 -i 3]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -pl sim -am -DskipTests test-compile
mvn -q -pl sim dependency:build-classpath -Dmdep.outputFile="$PWD/sim/target/bench.classpath" \
  -Dmdep.includeScope=test >/dev/null
cp="sim/target/test-classes:sim/target/classes:$(cat sim/target/bench.classpath)"
exec java -cp "$cp" org.openjdk.jmh.Main 'org.citysim.sim.kernel.bench.HoldBenchmark' \
  -rf json -rff sim/target/jmh-hold.json "$@"
