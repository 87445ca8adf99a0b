#!/usr/bin/env bash
# Ingest throughput and peak memory on a generated corpus (Arabic and English, 2-4 KB per article).
#
#   Benchmarks/ingest-benchmark.sh [ARTICLES] [JOBS]      (default 10000 articles, jobs = cores)
#
# With $BASELINE set to another alliance-kb binary, both are run in the same session, alternating
# (baseline, new, baseline, new: $ROUNDS rounds, default 2), so that a machine shared with other
# work loads both alike; user CPU seconds are printed beside wall time, and `uptime` before and after.
# A last line times `extract` of one 1 MB article without a publication date whose dateline has no
# year (fault 7: linear, not quadratic).
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
    local label="$1" bin="$2" jobs="$3" log="$BENCH_DIR/time-$1.log"
    /usr/bin/time -v "$bin" ingest "$CORPUS" --db "$DB" --jobs "$jobs" 2> "$log" || true
    local wall rss user
    wall=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    rss=$(grep "Maximum resident set size" "$log" | awk '{print $NF}')
    user=$(grep "User time" "$log" | awk '{print $NF}')
    python3 - "$label" "$N" "$MB" "$wall" "$rss" "$user" <<'PY'
import sys
label, n, mb, wall, rss, user = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]), float(sys.argv[6])
print(f"{label:>14}: {n} articles, {mb:.0f} MB in {wall:.2f} s = {n / wall:.0f} articles/s, {mb / wall:.1f} MB/s, "
      f"user {user:.1f} s, peak RSS {rss / 1024:.0f} MB")
PY
    grep -E "^  (new|unchanged|replaced|skipped|failed) " "$log" | sed 's/^/          /'
}

echo "alliance-kb ingest, $N articles, --jobs $JOBS, $(nproc) cores; load: $(uptime | sed 's/.*load average: //')"
if [ -n "${BASELINE:-}" ]; then
    for round in $(seq "${ROUNDS:-2}"); do
        for jobs in 1 "$JOBS"; do
            rm -f "$DB" "$DB-wal" "$DB-shm"; run "baseline-j$jobs" "$BASELINE" "$jobs"
            rm -f "$DB" "$DB-wal" "$DB-shm"; run "new-j$jobs" "$ALLIANCE_KB" "$jobs"
        done
    done
    run "new-again" "$ALLIANCE_KB" "$JOBS"
else
    run first "$ALLIANCE_KB" "$JOBS"
    run again "$ALLIANCE_KB" "$JOBS"
fi

LONG="$BENCH_DIR/long-1mb.txt"
if [ ! -f "$LONG" ]; then
    python3 - "$LONG" <<'PY'
import sys
text = "YEREVAN, Feb 23 - Armenia froze its participation in the bloc.\n"
day = 1
while len(text.encode()) < 1_000_000:
    text += f"The ministers of Armenia and Azerbaijan met again on {day} March in Minsk and spoke about the border. "
    day = day % 28 + 1
open(sys.argv[1], "w").write(text)
PY
fi
start=$(date +%s.%N)
"$ALLIANCE_KB" extract "$LONG" > /dev/null
echo "extract of a 1 MB article, yearless dateline, no publication date: $(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$start" "$(date +%s.%N)") s"
echo "load after: $(uptime | sed 's/.*load average: //')"
