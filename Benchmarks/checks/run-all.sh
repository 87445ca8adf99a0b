#!/usr/bin/env bash
# The scripted fault checks (issue 10), each timed; CI runs them after the tests (.ci/run).
# Uses .build/debug/alliance-kb (built by `swift test`), or $ALLIANCE_KB.
set -euo pipefail
cd "$(dirname "$0")"
for check in kill-rerun.sh readers-and-writers.sh full-disk.sh fuzz-extract.sh; do
    start=$(date +%s)
    echo "+ Benchmarks/checks/$check"
    ./"$check"
    echo "  ($(( $(date +%s) - start )) s)"
done
