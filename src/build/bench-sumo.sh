#!/usr/bin/env bash
# Wall-time benchmark against SUMO on the same files: SUMO mesoscopic, SUMO microscopic and
# citysim, alternating, several rounds, end to end (process start, parsing and output
# included). SUMO writes its tripinfo; citysim is timed twice: with the output SUMO has
# (trips.csv, links.csv, summary.json, index.html: `--set outputs.charts=false`) and with its
# whole run folder including the six chart files.
# Usage: src/build/bench-sumo.sh [rounds]   (default 3; scenario: Bologna Pasubio)
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds="${1:-3}"
home="${SUMO_HOME:-/usr/share/sumo}"
dir="$home/tools/sumolib/scenario/scenarios/RealWorld/pasubio"
files=(-n "$dir/pasubio_buslanes.net.xml" -r "$dir/pasubio.rou.xml" -a "$dir/pasubio_vtypes.add.xml")
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
./citysim validate scenarios/pasubio.yaml >/dev/null 2>&1   # build once, outside the timings

seconds() {
  local t0 t1
  t0=$(date +%s.%N)
  "$@" >/dev/null 2>&1
  t1=$(date +%s.%N)
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }'
}
declare -a meso micro city full
for ((i = 1; i <= rounds; i++)); do
  meso+=("$(seconds sumo "${files[@]}" --mesosim --meso-junction-control true --no-step-log \
    --tripinfo-output "$out/meso.xml")")
  micro+=("$(seconds sumo "${files[@]}" --no-step-log --tripinfo-output "$out/micro.xml")")
  city+=("$(seconds ./citysim run -q scenarios/pasubio.yaml --set outputs.charts=false \
    --out "$out/citysim")")
  full+=("$(seconds ./citysim run -q scenarios/pasubio.yaml --out "$out/citysim-charts")")
  echo "round $i: sumo-meso ${meso[-1]} s, sumo-micro ${micro[-1]} s, citysim ${city[-1]} s," \
    "citysim with charts ${full[-1]} s" >&2
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
m=$(median "${meso[@]}"); u=$(median "${micro[@]}"); c=$(median "${city[@]}"); f=$(median "${full[@]}")
awk -v r="$rounds" -v m="$m" -v u="$u" -v c="$c" -v f="$f" 'BEGIN {
  printf "{\"scenario\":\"pasubio\",\"rounds\":%d,\"sumoMesoSeconds\":%s,\"sumoMicroSeconds\":%s,", r, m, u
  printf "\"citysimSeconds\":%s,\"speedupVsMeso\":%.2f,\"speedupVsMicro\":%.1f,", c, m / c, u / c
  printf "\"citysimWithChartsSeconds\":%s,\"withChartsSpeedupVsMeso\":%.2f,", f, m / f
  printf "\"withChartsSpeedupVsMicro\":%.1f}\n", u / f }'
