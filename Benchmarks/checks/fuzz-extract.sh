#!/usr/bin/env bash
# Fuzzed inputs to `extract` (a fixed seed and budget): no crash and no hang. Inputs are mutations of
# SampleData/articles (bytes flipped, cut, repeated, spliced with other scripts, NULs, markup).
# A crashing or hanging input is kept under $FUZZ_KEEP (default /tmp/akb-fuzz-crashers) to be
# turned into a regression test.
source "$(dirname "$0")/common.sh"
INPUTS="${FUZZ_INPUTS:-3000}"
PER_RUN=30
SECONDS_PER_RUN="${FUZZ_TIMEOUT:-120}"
KEEP="${FUZZ_KEEP:-/tmp/akb-fuzz-crashers}"
python3 - "$ROOT/SampleData/articles" "$WORK/fuzz" "$INPUTS" <<'PY'
import os, random, sys
src, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
random.seed(20261201)
seeds = []
for d, _, fs in os.walk(src):
    for f in sorted(fs):
        if f.rsplit('.', 1)[-1] in ('txt', 'md', 'html', 'jsonl'):
            seeds.append(os.path.join(d, f))
seeds.sort()
pieces = ['ОДКБ', 'منظمة معاهدة الأمن الجماعي', 'NATO', ' 2022 ', '٢٠٢٢', '\u200f', '\u0640' * 50, '<div>' * 300,
          '\n---\n', '{"text": ', '\x00', '\ufeff', 'январь 31 февраля', ' on 31 February ', '\r', 'é' * 40, '🙂']
os.makedirs(out, exist_ok=True)
for i in range(n):
    path = random.choice(seeds)
    data = bytearray(open(path, 'rb').read())
    for _ in range(random.randint(1, 8)):
        op = random.randrange(6)
        if not data: data = bytearray(b'x')
        at = random.randrange(len(data))
        if op == 0: data[at] = random.randrange(256)
        elif op == 1: del data[at:at + random.randint(1, 200)]
        elif op == 2: data[at:at] = random.choice(pieces).encode('utf-8')
        elif op == 3: data[at:at] = data[at:at + random.randint(1, 400)] * random.randint(2, 20)
        elif op == 4: data = data[:at]
        else: data[at:at] = bytes(random.randrange(256) for _ in range(random.randint(1, 30)))
    ext = path.rsplit('.', 1)[-1]
    open(os.path.join(out, f'{i:05d}.{ext}'), 'wb').write(bytes(data))
PY
files=( "$WORK"/fuzz/* )
runs=0
for ((i = 0; i < ${#files[@]}; i += PER_RUN)); do
    batch=( "${files[@]:i:PER_RUN}" )
    status=0
    timeout "$SECONDS_PER_RUN" "$KB" extract "${batch[@]}" --published 2022-11-27 >/dev/null 2>"$WORK/err.log" || status=$?
    runs=$((runs + 1))
    if [ "$status" -ge 124 ]; then
        mkdir -p "$KEEP"; cp "${batch[@]}" "$KEEP/"
        fail "extract $( [ "$status" = 124 ] && echo hung || echo "crashed (status $status)" ) on one of ${batch[*]##*/}; inputs kept in $KEEP"
    fi
done
echo "ok: ${#files[@]} fuzzed inputs in $runs runs of extract, no crash and no hang"
