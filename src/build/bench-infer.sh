#!/usr/bin/env bash
# Cost of one network call of the default models' shapes (forecaster, classifier), DL4J's
# net.output against the plain-Java pass SequenceNet uses, for several row counts (48 = one run
# call over forecast-town's 48 sensors). Prints one machine-readable line per case:
#   RESULT model=.. rows=.. steps=.. inputs=.. engine=dl4j|java ms_per_call=.. min=.. max=..
#          cpu_ms_per_call=.. cpu_min=.. (wall and thread CPU time per call, medians of 5 blocks)
# Usage: src/build/bench-infer.sh [rows,rows,...] [seconds per case]   (default 1,48,512,4096 1)
#   JAVA chooses the java command (default: java on the PATH) and JAVA_OPTS is passed to it,
#   e.g. JAVA_OPTS=-XX:TieredStopAtLevel=1 for the quick JIT of short runs (the launcher's
#   CITYSIM_JIT=quick). OMP_NUM_THREADS defaults to 1. On a shared machine compare the CPU
#   times: the wall times include waiting for a core.
set -euo pipefail
cd "$(dirname "$0")/../.."
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
mvn -q -pl models -am -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile="$PWD/models/target/bench.classpath" -DincludeScope=test >/dev/null
cp="models/target/test-classes:models/target/classes:$(cat models/target/bench.classpath)"
# shellcheck disable=SC2086
exec "${JAVA:-java}" -Xmx1g ${JAVA_OPTS:-} -cp "$cp" org.citysim.models.bench.InferenceBench "$@"
