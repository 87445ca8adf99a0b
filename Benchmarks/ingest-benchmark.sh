#!/usr/bin/env bash
# Ingest throughput and peak memory on a generated corpus (Arabic and English, 2-4 KB per article).
#
#   Benchmarks/ingest-benchmark.sh [ARTICLES] [JOBS]      (default 10000 articles, jobs = cores)
#
# Builds the release binary (in $SCRATCH, default .build) unless $ALLIANCE_KB is set, generates the corpus once under
# $BENCH_DIR (default /tmp/alliance-kb-bench), ingests it into a fresh database with
# /usr/bin/time -v, then ingests it again (everything already stored), and prints
# articles/s, MB/s and peak RSS for both runs.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-10000}"
JOBS="${2:-$(nproc)}"
BENCH_DIR="${BENCH_DIR:-/tmp/alliance-kb-bench}"
CORPUS="$BENCH_DIR/corpus-$N"
DB="$BENCH_DIR/bench.sqlite"

if [ -z "${ALLIANCE_KB:-}" ]; then
    SCRATCH="${SCRATCH:-.build}"
    swift build -c release --scratch-path "$SCRATCH" --product alliance-kb >&2
    ALLIANCE_KB="$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/alliance-kb"
fi
if [ ! -d "$CORPUS" ]; then
    echo "generating $N articles in $CORPUS" >&2
    python3 Benchmarks/generate-corpus.py "$CORPUS" "$N"
fi
MB=$(du -sm --apparent-size "$CORPUS" | cut -f1)
rm -f "$DB" "$DB-wal" "$DB-shm"

run() {
    local label="$1" log="$BENCH_DIR/time-$1.log"
    /usr/bin/time -v "$ALLIANCE_KB" ingest "$CORPUS" --db "$DB" --jobs "$JOBS" 2> "$log" || true
    local wall rss
    wall=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    rss=$(grep "Maximum resident set size" "$log" | awk '{print $NF}')
    python3 - "$label" "$N" "$MB" "$wall" "$rss" <<'PY'
import sys
label, n, mb, wall, rss = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
print(f"{label:>8}: {n} articles, {mb:.0f} MB in {wall:.2f} s = {n / wall:.0f} articles/s, {mb / wall:.1f} MB/s, peak RSS {rss / 1024:.0f} MB")
PY
    grep -E "^  (new|unchanged|replaced|skipped|failed) " "$log" | sed 's/^/          /'
}

echo "alliance-kb ingest, $N articles, --jobs $JOBS, $(nproc) cores"
run first
run again
