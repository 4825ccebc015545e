#!/usr/bin/env bash
# JMH benchmark of the pollution dispersion step (200 x 200 cells) and of one adjoint
# attribution sweep. Usage: src/build/bench-dispersion.sh [extra JMH args, e.g. -p n=400 -wi 2]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -pl sim -am -DskipTests test-compile
mvn -q -pl sim dependency:build-classpath -Dmdep.outputFile="$PWD/sim/target/bench.classpath" \
  -Dmdep.includeScope=test >/dev/null
cp="sim/target/test-classes:sim/target/classes:$(cat sim/target/bench.classpath)"
exec java -cp "$cp" org.openjdk.jmh.Main 'org.citysim.sim.pollution.bench.DispersionBenchmark' \
  -rf json -rff sim/target/jmh-dispersion.json "$@"
