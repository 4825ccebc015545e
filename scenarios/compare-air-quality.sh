#!/usr/bin/env bash
# Runs scenarios/air-quality.yaml under fixed-time and actuated signal control (same demand,
# same seed, same weather) and compares delay, emissions and air quality at the stations.
#   scenarios/compare-air-quality.sh [OUT_DIR]     (default runs/air-quality)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-runs/air-quality}"
mkdir -p "$out"
runs=()
for c in fixed-time actuated; do
  echo "== $c" >&2
  ./citysim run -q scenarios/air-quality.yaml --set "agents[0].agent=$c" --out "$out/$c" \
    | grep -E 'delay.network.mean|emissions.(co2|nox)|aqi|stationMean|alerts' >&2
  runs+=("$out/$c")
done
./citysim compare "${runs[@]}" --out "$out/comparison"
