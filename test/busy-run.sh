#!/usr/bin/env bash
# Runs a command (default: the whole suite, `npm test`) with two CPU-bound processes beside it, as on a
# busy hall PC or CI machine: the suite must pass the same. `bash test/busy-run.sh [command …]`.
set -uo pipefail
cd "$(dirname "$0")/.."
burners=()
for _ in 1 2; do
  node -e 'for (;;) {}' &
  burners+=($!)
done
trap 'kill "${burners[@]}" 2>/dev/null' EXIT
if [ $# -eq 0 ]; then set -- npm test; fi
"$@"
