#!/usr/bin/env bash
# Inference cost in a whole-day run: forecast-town (05:00-23:00) with the PID feed-forward on its
# 12 inner junctions and the congestion warning (forecaster), and incident detection by the
# classifier, as docs/models.md ("In runs") measures it. Trains the two models first when
# models/forecast-town.zip or models/forecast-town-classifier.zip is missing (14 days each, a
# few minutes). Prints one machine-readable line per run:
#   RESULT run=.. model_s=.. simulate_s=.. build_s=.. write_s=.. events=.. java=.. load=..
# model_s is run.json's modelSeconds (inference, with encoding the windows), simulate_s the
# simulation phase it is part of; load is the 1-minute load average before the run.
# Usage: src/build/bench-models-run.sh [runs] [extra citysim run arguments]   (default 3 runs)
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
runs="${1:-3}"
shift || true
forecaster="$root/models/forecast-town.zip"
classifier="$root/models/forecast-town-classifier.zip"
if [ ! -f "$forecaster" ]; then
  ./citysim train forecaster --scenario scenarios/forecast-town.yaml --days 14 \
    --out "$forecaster" -q
fi
if [ ! -f "$classifier" ]; then
  ./citysim train classifier --scenario scenarios/forecast-town.yaml --days 14 \
    --out "$classifier" -q
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$forecaster" "$work/forecaster.zip"
cp "$classifier" "$work/classifier.zip"
{
  cat scenarios/forecast-town.yaml
  cat <<'EOF'
agents:
  - agent: pid
    name: pid
    config: {junctions: [r1c1, r1c2, r1c3, r1c4, r2c1, r2c2, r2c3, r2c4, r3c1, r3c2, r3c3, r3c4],
             sensor: camera, forecast: forecaster.zip, feedForward: 0.3}
  - agent: congestion-warning
    name: warn
    config: {model: forecaster.zip}
EOF
} >"$work/day.yaml"
for i in $(seq 1 "$runs"); do
  load="$(cut -d' ' -f1 /proc/loadavg)"
  line="$(./citysim run "$work/day.yaml" --set incidents.detection.classifier=classifier.zip \
    --out "$work/run-$i" "$@" | grep 'events,')"
  python3 - "$work/run-$i/run.json" "$i" "$load" "$line" <<'EOF'
import json, re, sys
info = json.load(open(sys.argv[1]))
line = sys.argv[4]
def seconds(name):
    return re.search(name + r" ([0-9.]+) s", line).group(1)
print("RESULT run=%s model_s=%.2f simulate_s=%s build_s=%s write_s=%s events=%d java=%s load=%s"
      % (sys.argv[2], info["modelSeconds"], seconds("simulate"), seconds("build"),
         seconds("write"), info["eventsProcessed"], info["javaVersion"], sys.argv[3]))
EOF
done
