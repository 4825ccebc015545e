#!/usr/bin/env bash
# Whole-data-set benchmark: builds DAYS days of a scenario with each thread count, writes and
# reads the folder, prints one JSON line per thread count (docs/datasets.md).
# Usage: src/build/bench-dataset.sh [scenario [days [seed [threads]]]]
#   e.g. src/build/bench-dataset.sh scenarios/forecast-town.yaml 42 1 1,2
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -pl sim -am -DskipTests test-compile
mvn -q -pl sim dependency:build-classpath -Dmdep.outputFile="$PWD/sim/target/bench.classpath" \
  -Dmdep.includeScope=test >/dev/null
cp="sim/target/test-classes:sim/target/classes:$(cat sim/target/bench.classpath)"
exec java -cp "$cp" org.citysim.sim.dataset.bench.DatasetBench "$@"
