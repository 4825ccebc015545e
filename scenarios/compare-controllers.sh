#!/usr/bin/env bash
# Runs scenarios/signals-peak.yaml under each signal controller (same demand, same seed: common
# random numbers) and compares the runs with fixed-time as the reference.
#   scenarios/compare-controllers.sh [OUT_DIR]     (default runs/signals-peak)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-runs/signals-peak}"
mkdir -p "$out"
runs=()
for c in fixed-time webster actuated max-pressure pid; do
  echo "== $c" >&2
  ./citysim run -q scenarios/signals-peak.yaml --set "agents[0].agent=$c" --out "$out/$c" \
    | grep -E 'delay.network.mean|control.delay.mean|control.los' >&2
  runs+=("$out/$c")
done
./citysim compare "${runs[@]}" --out "$out/comparison"
