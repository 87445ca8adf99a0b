#!/usr/bin/env bash
# Readers during an ingest never see "database is locked"; two ingests into one database wait for
# each other and lose nothing.
source "$(dirname "$0")/common.sh"
corpus "$WORK/all"
mkdir -p "$WORK/one" "$WORK/two"
# two halves, each keeping the corpus's relative layout
(cd "$WORK/all" && find . -type f | sort | awk 'NR % 2 == 1' | xargs cp --parents -t "$WORK/one")
(cd "$WORK/all" && find . -type f | sort | awk 'NR % 2 == 0' | xargs cp --parents -t "$WORK/two")
"$KB" ingest "$WORK/one" "$WORK/two" --db "$WORK/reference.sqlite" --quiet 2>/dev/null
"$KB" ingest "$WORK/one" --db "$WORK/shared.sqlite" --quiet 2>"$WORK/w1.log" & w1=$!
"$KB" ingest "$WORK/two" --db "$WORK/shared.sqlite" --quiet 2>"$WORK/w2.log" & w2=$!
reads=0
while kill -0 "$w1" 2>/dev/null || kill -0 "$w2" 2>/dev/null; do
    if [ -f "$WORK/shared.sqlite" ]; then
        for q in "stats" "members CSTO" "timeline ARM --format csv"; do
            # shellcheck disable=SC2086
            "$KB" $q --db "$WORK/shared.sqlite" >/dev/null 2>"$WORK/r.log" || true
            if grep -qi "locked\|busy" "$WORK/r.log"; then fail "a reader saw: $(cat "$WORK/r.log")"; fi
            reads=$((reads + 1))
        done
    fi
    sleep 0.05
done
wait "$w1" || fail "the first writer failed: $(cat "$WORK/w1.log")"
wait "$w2" || fail "the second writer failed: $(cat "$WORK/w2.log")"
[ "$(integrity "$WORK/shared.sqlite")" = ok ] || fail "integrity_check"
[ "$(content "$WORK/shared.sqlite")" = "$(content "$WORK/reference.sqlite")" ] || fail "two writers lost or changed something"
echo "ok: $reads reads during two concurrent ingests, none locked; the two ingests lost nothing"
