# Shared by the fault checks: the binary, a work folder, a small generated corpus, comparison of two databases.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
KB="${ALLIANCE_KB:-$ROOT/.build/debug/alliance-kb}"
[ -x "$KB" ] || { echo "no alliance-kb binary at $KB: run swift build first, or set ALLIANCE_KB" >&2; exit 1; }
WORK="$(mktemp -d /tmp/akb-check.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
ARTICLES="${CHECK_ARTICLES:-150}"

corpus() {  # corpus DIR [N]: generated articles of three languages' kind (Benchmarks/generate-corpus.py)
    python3 "$ROOT/Benchmarks/generate-corpus.py" "$1" "${2:-$ARTICLES}" >/dev/null
}

# The content of a knowledge base without its ids and times: every exported table, sorted.
content() {
    local out="$WORK/export-$RANDOM"
    "$KB" export --out "$out" --db "$1" 2>/dev/null
    python3 - "$out" <<'PY'
import csv, hashlib, os, sys
d = sys.argv[1]
for name in sorted(os.listdir(d)):
    with open(os.path.join(d, name), newline='', encoding='utf-8') as f:
        rows = list(csv.reader(f))
    keep = [i for i, c in enumerate(rows[0]) if not (c.endswith('_id') or c in ('ingested_at',))]
    body = sorted('\x1f'.join(r[i] for i in keep) for r in rows[1:])
    print(name, len(body), hashlib.sha256('\n'.join(body).encode()).hexdigest()[:16])
PY
    rm -rf "$out"
}

integrity() { python3 -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute('PRAGMA integrity_check').fetchone()[0])" "$1"; }

fail() { echo "FAIL: $*" >&2; exit 1; }
