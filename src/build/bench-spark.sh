#!/usr/bin/env bash
# The Spark sweep engine's overhead per run against a plain loop in one thread, embedded
# (docs/sweeps-spark.md). Prints one JSON line per case.
# Usage: src/build/bench-spark.sh [master, default local[2]] [trivial runs, default 2000]
#        [real runs, default 96] [scenario, default app/src/test/resources/sweep/tiny-town.yaml]
# Spark's start-up warnings go to stderr; the figures to stdout.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -pl app -am -DskipTests test-compile
mvn -q -pl app dependency:build-classpath -Dmdep.outputFile="$PWD/app/target/bench.classpath" \
  -Dmdep.includeScope=test >/dev/null
cp="app/target/test-classes:app/target/classes:$(cat app/target/bench.classpath)"
exec java -Xmx2g @src/build/spark-java.args -cp "$cp" \
  org.citysim.app.sweep.spark.bench.SparkOverheadBench "$@"
