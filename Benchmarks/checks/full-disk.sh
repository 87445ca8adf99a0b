#!/usr/bin/env bash
# A full disk stops the ingest with a clear message and a rerun (with space again) completes.
# Needs to mount a small tmpfs (root); skipped with a message otherwise.
source "$(dirname "$0")/common.sh"
MNT="$WORK/disk"
mkdir -p "$MNT"
if ! mount -t tmpfs -o size=1m tmpfs "$MNT" 2>/dev/null; then
    echo "skipped: cannot mount a tmpfs here (needs root and mount rights)"
    exit 0
fi
trap 'umount "$MNT" 2>/dev/null; rm -rf "$WORK"' EXIT
corpus "$WORK/corpus"
"$KB" ingest "$WORK/corpus" --db "$WORK/reference.sqlite" --quiet 2>/dev/null
if "$KB" ingest "$WORK/corpus" --db "$MNT/kb.sqlite" --quiet 2>"$WORK/full.log"; then
    fail "the ingest into a 1 MB disk did not fail"
fi
grep -q "disk is full\|free space" "$WORK/full.log" || fail "no clear message on a full disk: $(cat "$WORK/full.log")"
grep -q "while executing" "$WORK/full.log" && fail "the full-disk message shows SQL: $(cat "$WORK/full.log")"
mount -o remount,size=64m "$MNT"
"$KB" ingest "$WORK/corpus" --db "$MNT/kb.sqlite" --quiet 2>"$WORK/rerun.log" || fail "the rerun failed: $(cat "$WORK/rerun.log")"
[ "$(integrity "$MNT/kb.sqlite")" = ok ] || fail "integrity_check after the rerun"
[ "$(content "$MNT/kb.sqlite")" = "$(content "$WORK/reference.sqlite")" ] || fail "content after a full disk and a rerun differs"
echo "ok: a full disk stops with: $(grep -m1 -o 'The disk is full[^.]*\|free space[^.]*' "$WORK/full.log" | head -1); the rerun completes"
