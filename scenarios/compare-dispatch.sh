#!/usr/bin/env bash
# Runs scenarios/incidents.yaml with the nearest-unit and the jsprit dispatcher (same demand,
# same seed, so the same incidents while the traffic is the same) and compares response times,
# unserved incidents, clearance and delay.
#   scenarios/compare-dispatch.sh [OUT_DIR]     (default runs/dispatch)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-runs/dispatch}"
mkdir -p "$out"
runs=()
for d in nearest jsprit; do
  echo "== $d" >&2
  ./citysim run -q scenarios/incidents.yaml --set "incidents.response.dispatcher=$d" \
    --out "$out/$d" | grep -E 'incidents\.|delay.network.mean' >&2
  runs+=("$out/$d")
done
./citysim compare "${runs[@]}" --out "$out/comparison"
