#!/bin/sh
# bench/compare.sh - two builds of newsgraph on the same corpus, alternately
#
# usage: bench/compare.sh [-c CORPUS] [-m MEGABYTES] [-r REPEATS] [-j JOBS]
#                         [-f FORMATS] [--instructions] BASE NEW
#
# Runs the newsgraph binaries BASE and NEW over the same corpus (CORPUS, or
# one of MEGABYTES generated once with bench/gen_corpus.py, as run.sh does)
# REPEATS times each, alternating BASE, NEW, BASE, NEW... so that a noisy
# machine slows both alike, each as `newsgraph -j JOBS -q --stats -f FORMATS`
# (default: -j 1, graphml). Prints every run's wall time, peak RSS and
# export times (--stats), the best and median of each build, and the ratios
# NEW / BASE (below 1: NEW is faster or smaller). Checks that both wrote the
# same bytes (cmp): when not, it says so and exits 1 after the figures
# (builds that extract differently are compared all the same). With
# --instructions it also counts each build's instructions once under
# valgrind's callgrind (minutes each): the figure load does not blur.
set -eu

MB=50
CORPUS=
REPEATS=3
JOBS=1
FORMATS=graphml
INSTR=0
while [ $# -gt 0 ]; do
    case "$1" in
        -c) CORPUS=$2; shift 2 ;;
        -m) MB=$2; shift 2 ;;
        -r) REPEATS=$2; shift 2 ;;
        -j) JOBS=$2; shift 2 ;;
        -f) FORMATS=$2; shift 2 ;;
        --instructions) INSTR=1; shift ;;
        -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "bench/compare.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
        *) break ;;
    esac
done
[ $# -eq 2 ] || { echo "usage: bench/compare.sh [OPTIONS] BASE NEW (see --help)" >&2; exit 2; }
BASE=$1
NEW=$2
for b in "$BASE" "$NEW"; do
    [ -x "$b" ] || { echo "bench/compare.sh: $b is not an executable" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "bench/compare.sh: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }

HERE=$(cd "$(dirname "$0")" && pwd)
if [ -z "$CORPUS" ]; then
    CORPUS=${TMPDIR:-/tmp}/newsgraph-bench-${MB}mb
    if [ ! -f "$CORPUS/.complete" ]; then
        echo "generating $MB MB corpus in $CORPUS ..."
        rm -rf "$CORPUS"
        python3 "$HERE/gen_corpus.py" "$CORPUS" --megabytes "$MB"
        touch "$CORPUS/.complete"
    fi
fi
[ -d "$CORPUS" ] || { echo "bench/compare.sh: no corpus at $CORPUS" >&2; exit 2; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT INT TERM
find "$CORPUS" -type f -exec cat {} + > /dev/null # warm the page cache

# run NAME BINARY: one timed run into $WORK/NAME.out/, its figures appended
# to $WORK/NAME.runs as "seconds KB"
run() {
    rm -rf "$WORK/$1.out"
    mkdir "$WORK/$1.out"
    /usr/bin/time -f '%e %M' -o "$WORK/$1.time" "$2" -j "$JOBS" -q --stats -f "$FORMATS" \
        -o "$WORK/$1.out" "$CORPUS" 2> "$WORK/$1.err" || {
        echo "bench/compare.sh: $2 failed:" >&2; cat "$WORK/$1.err" >&2; exit 1; }
    cat "$WORK/$1.time" >> "$WORK/$1.runs"
    read -r secs kb < "$WORK/$1.time"
    printf '%-4s run %d: %7.2f s %9.1f MB  %s\n' "$1" "$i" "$secs" "$(echo "$kb" | awk '{ print $1 / 1024 }')" \
        "$(grep -o 'export (ms):.*' "$WORK/$1.err" || true)"
}

echo "newsgraph: two builds, $(date -u '+%Y-%m-%d %H:%M UTC'), $(uname -srm), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "corpus: $CORPUS ($(find "$CORPUS" -type f -name '*.txt' | wc -l) .txt files); -j $JOBS -f $FORMATS; $REPEATS runs each, alternating"
echo "base: $BASE"
echo "new:  $NEW"
i=1
while [ "$i" -le "$REPEATS" ]; do
    run base "$BASE"
    run new "$NEW"
    i=$((i + 1))
done
differ=
for f in "$WORK/base.out"/*; do
    cmp -s "$f" "$WORK/new.out/$(basename "$f")" || differ="$differ $(basename "$f")"
done
if [ -z "$differ" ]; then
    echo "outputs: byte-identical ($(ls "$WORK/base.out" | tr '\n' ' '))"
else
    echo "outputs: DIFFER:$differ"
fi

# stat NAME COLUMN best|median
stat() {
    cut -d' ' -f"$2" "$WORK/$1.runs" | sort -n |
        awk -v m="$3" '{ a[NR] = $1 } END { print m == "best" ? a[1] : NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}
for m in best median; do
    awk -v m="$m" -v bs="$(stat base 1 "$m")" -v ns="$(stat new 1 "$m")" \
        -v bk="$(stat base 2 "$m")" -v nk="$(stat new 2 "$m")" \
        'BEGIN { printf "%-6s wall: base %.2f s, new %.2f s, ratio new/base %.3f; peak RSS: base %.1f MB, new %.1f MB, ratio %.3f\n", m, bs, ns, ns / bs, bk / 1024, nk / 1024, nk / bk }'
done

if [ "$INSTR" = 1 ]; then
    command -v valgrind > /dev/null || { echo "bench/compare.sh: valgrind missing" >&2; exit 2; }
    for b in base new; do
        eval "bin=\$$(echo "$b" | tr a-z A-Z)"
        rm -rf "$WORK/$b.out"
        mkdir "$WORK/$b.out"
        valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" -j "$JOBS" -q -f "$FORMATS" \
            -o "$WORK/$b.out" "$CORPUS" 2> "$WORK/$b.vg"
        sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' "$WORK/$b.vg" > "$WORK/$b.ir"
    done
    awk -v b="$(cat "$WORK/base.ir")" -v n="$(cat "$WORK/new.ir")" \
        'BEGIN { printf "instructions (callgrind): base %.0f M, new %.0f M, ratio new/base %.3f\n", b / 1e6, n / 1e6, n / b }'
fi
# the ratios are printed either way; different outputs fail the comparison
[ -z "$differ" ] || { echo "bench/compare.sh:$differ differ between the builds" >&2; exit 1; }
