#!/usr/bin/env bash
# The test command: installs what the tests need on a fresh machine, then builds and runs every
# test of every module (unit, property and integration tests; none is skipped).
set -euo pipefail
cd "$(dirname "$0")/../.."
src/build/setup.sh
# One thread for native linear algebra (see shared/reference/libraries.md: OpenMP on 2 cores).
export OMP_NUM_THREADS=1
mvn -B verify "$@"
