#!/usr/bin/env bash
# Installs what citysim needs on a fresh Debian machine, if it is missing:
#   Java 17+ and Maven (to build), fontconfig and DejaVu fonts (headless charts need a font),
#   and for the tests SUMO (sumo, sumo-tools: the SUMO import is tested on SUMO's own files).
# With --runtime it only checks and installs what running needs. Uses apt-get as root (or sudo).
set -euo pipefail
need=()
command -v java >/dev/null 2>&1 || need+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || need+=(maven)
command -v fc-list >/dev/null 2>&1 || need+=(fontconfig)
if ! ls /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf >/dev/null 2>&1; then
  need+=(fonts-dejavu-core)
fi
if [ "${1:-}" != "--runtime" ]; then
  command -v sumo >/dev/null 2>&1 || need+=(sumo)
  [ -d "${SUMO_HOME:-/usr/share/sumo}/tools/game" ] || need+=(sumo-tools)
fi
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
echo "citysim setup: installing ${need[*]}" >&2
if [ "$(id -u)" = 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1; then
  sudo="sudo"
else
  echo "citysim setup: please install: ${need[*]} (apt-get install -y ${need[*]})" >&2
  exit 2
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >&2
$sudo apt-get install -y -qq "${need[@]}" >&2
