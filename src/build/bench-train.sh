#!/usr/bin/env bash
# Trains an LSTM forecaster on synthetic sensor data (default 50 sensors x 28 days of 288
# five-minute slots: 20 train, 4 validation, 4 test days) and prints each epoch, the evaluation
# table against the baselines, and a machine-readable line
#   RESULT sensors=.. days=.. omp=.. layout=.. hidden=.. batch=.. epoch_rows=.. rows=.. epochs=..
#          best=.. generate_s=.. train_s=.. gain_flow_15=.. gain_flow_30=.. ...
# train_s is the wall time of ForecasterTraining.train (fitting, validation and test evaluation).
# Usage: src/build/bench-train.sh [sensors] [days] [key=value ...]
#   keys: layout=PER_SENSOR|JOINT hidden=N batch=N epochs=N patience=N rows=N (per epoch, 0 = all)
#         lr=X loss=MAE|MSE seed=N (defaults: ForecasterConfig.defaults())
#   OMP_NUM_THREADS defaults to 1 (faster on 2 cores, see docs/models.md); set it to compare.
#   With --classifier as the first argument it trains the incident classifier instead
#   (arguments: [sensors] [days] [epochs]). With --scenario it simulates a scenario's days
#   into a data set (as `citysim train` does) and trains both models on it with the defaults
#   (arguments: [scenario file] [days] [seed] [hidden=N rows=N batch=N lr=X only=forecaster],
#   e.g. scenarios/forecast-town.yaml 28 1 only=forecaster).
set -euo pipefail
cd "$(dirname "$0")/../.."
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
main=org.citysim.models.bench.TrainForecasterBench
if [ "${1:-}" = "--classifier" ]; then
  main=org.citysim.models.bench.TrainClassifierBench
  shift
elif [ "${1:-}" = "--scenario" ]; then
  main=org.citysim.models.bench.ScenarioTrainBench
  shift
fi
mvn -q -pl models -am -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile="$PWD/models/target/bench.classpath" -DincludeScope=test >/dev/null
cp="models/target/test-classes:models/target/classes:$(cat models/target/bench.classpath)"
exec java -Xmx2g -Dorg.bytedeco.javacpp.maxbytes=3G -Dorg.bytedeco.javacpp.maxphysicalbytes=8G \
  -cp "$cp" "$main" "$@"
