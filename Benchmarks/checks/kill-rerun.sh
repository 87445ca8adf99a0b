#!/usr/bin/env bash
# 25 SIGKILLs at random moments of an ingest, then a rerun: integrity_check ok and the same content
# as an uninterrupted run.
source "$(dirname "$0")/common.sh"
KILLS="${CHECK_KILLS:-25}"
corpus "$WORK/corpus"
"$KB" ingest "$WORK/corpus" --db "$WORK/reference.sqlite" --quiet 2>/dev/null
expected="$(content "$WORK/reference.sqlite")"
RANDOM=42
for i in $(seq "$KILLS"); do
    "$KB" ingest "$WORK/corpus" --db "$WORK/killed.sqlite" --quiet 2>/dev/null &
    pid=$!
    sleep "0.$(printf '%02d' $((RANDOM % 90 + 5)))"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
done
[ "$(integrity "$WORK/killed.sqlite")" = ok ] || fail "integrity_check after $KILLS kills: $(integrity "$WORK/killed.sqlite")"
"$KB" ingest "$WORK/corpus" --db "$WORK/killed.sqlite" --quiet 2>/dev/null || fail "the rerun after the kills failed"
[ "$(integrity "$WORK/killed.sqlite")" = ok ] || fail "integrity_check after the rerun"
[ "$(content "$WORK/killed.sqlite")" = "$expected" ] || fail "content after $KILLS kills and a rerun differs from an uninterrupted run"
echo "ok: $KILLS kills then a rerun give integrity ok and the content of an uninterrupted run"
