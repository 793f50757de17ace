#!/bin/sh
# bench/run.sh - newsgraph's throughput against `wc -w`, measured in one run
#
# usage: bench/run.sh [-m MEGABYTES] [-b BUILDDIR] [-c CORPUSDIR] [-r REPEATS] [--igraph]
#
# Generates (once, deterministically) a corpus of MEGABYTES of article-sized
# files with bench/gen_corpus.py, warms the page cache, then times, REPEATS
# times each and interleaved, keeping the best run of each:
#   wc -w over the same files;
#   newsgraph -j 1 writing GraphML only, and writing every format;
#   newsgraph -j 2 and -j <cores> writing GraphML only;
#   two newsgraph -j 1 processes at once (the machine's ceiling for -j 2);
# and prints MB/s, documents/s, the ratio to wc -w, the -j speed-ups, the peak
# RSS of each run (all of the best runs; the times and ratios also of the
# medians), and newsgraph's own per-stage times (--stats) of the best
# single-threaded runs. With --igraph it also runs build/bench/ng-bench-graphml
# (newsgraph's GraphML writer against igraph_write_graph_graphml on a
# 1M-edge graph). Nothing is tuned to the machine; run it on a quiet one.
set -eu

MB=50
BUILD=build
CORPUS=
REPEATS=3
IGRAPH=0
while [ $# -gt 0 ]; do
    case "$1" in
        -m) MB=$2; shift 2 ;;
        -b) BUILD=$2; shift 2 ;;
        -c) CORPUS=$2; shift 2 ;;
        -r) REPEATS=$2; shift 2 ;;
        --igraph) IGRAPH=1; shift ;;
        -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench/run.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
done

HERE=$(cd "$(dirname "$0")" && pwd)
NG=$BUILD/newsgraph
[ -x "$NG" ] || { echo "bench/run.sh: $NG not built (meson setup $BUILD && ninja -C $BUILD)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench/run.sh: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }
[ -n "$CORPUS" ] || CORPUS=${TMPDIR:-/tmp}/newsgraph-bench-${MB}mb

if [ ! -f "$CORPUS/.complete" ]; then
    echo "generating $MB MB corpus in $CORPUS ..."
    rm -rf "$CORPUS"
    python3 "$HERE/gen_corpus.py" "$CORPUS" --megabytes "$MB"
    touch "$CORPUS/.complete"
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT INT TERM
find "$CORPUS" -name '*.txt' | sort > "$WORK/files"
DOCS=$(wc -l < "$WORK/files")
BYTES=$(tr '\n' '\0' < "$WORK/files" | xargs -0 cat | wc -c)   # also warms the cache
CORES=$(nproc)

# run NAME CMD...: time CMD into $WORK/NAME.<i>, keep wall seconds and peak RSS
run() {
    name=$1; shift
    /usr/bin/time -f '%e %M' -o "$WORK/$name.time" "$@" > "$WORK/$name.out" 2> "$WORK/$name.err" || {
        echo "bench/run.sh: '$*' failed:" >&2; cat "$WORK/$name.err" >&2; exit 1; }
    read -r secs kb < "$WORK/$name.time"
    echo "$secs" >> "$WORK/$name.all"
    best=$(cat "$WORK/$name.best" 2>/dev/null || echo "")
    if [ -z "$best" ] || awk -v a="$secs" -v b="${best%% *}" 'BEGIN { exit !(a < b) }'; then
        echo "$secs $kb" > "$WORK/$name.best"
        cp "$WORK/$name.err" "$WORK/$name.stats"
    fi
}

wc_words() { tr '\n' '\0' < "$WORK/files" | xargs -0 wc -w | tail -n 1; }

mkdir -p "$WORK/o1" "$WORK/oa" "$WORK/o2" "$WORK/on" "$WORK/p1" "$WORK/p2"
i=0
while [ $i -lt "$REPEATS" ]; do
    run wc sh -c "$(command -v tr) '\\n' '\\0' < '$WORK/files' | xargs -0 wc -w | tail -n 1"
    run j1 "$NG" -j 1 --stats -q -f graphml -o "$WORK/o1" "$CORPUS"
    run j1all "$NG" -j 1 --stats -q -f dot,svg,png,pdf,graphml,gexf,json,tsv,evidence -o "$WORK/oa" "$CORPUS"
    run j2 "$NG" -j 2 --stats -q -f graphml -o "$WORK/o2" "$CORPUS"
    # the machine's own ceiling for -j 2: two independent -j 1 runs at once
    # (shared caches, memory bandwidth and a virtual machine's neighbours
    # slow each of them down as they slow down -j 2's threads)
    run pair sh -c "'$NG' -j 1 -q -f graphml -o '$WORK/p1' '$CORPUS' & '$NG' -j 1 -q -f graphml -o '$WORK/p2' '$CORPUS'; wait"
    [ "$CORES" -gt 2 ] && run jn "$NG" -j "$CORES" --stats -q -f graphml -o "$WORK/on" "$CORPUS"
    i=$((i + 1))
done
cmp -s "$WORK/o1/graph.graphml" "$WORK/o2/graph.graphml" || { echo "bench/run.sh: -j 1 and -j 2 GraphML differ" >&2; exit 1; }

secs() { cut -d' ' -f1 < "$WORK/$1.best"; }
median() { sort -n "$WORK/$1.all" | awk '{ a[NR] = $1 } END { print NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
rss() { cut -d' ' -f2 < "$WORK/$1.best"; }
line() { # NAME LABEL
    awk -v s="$(secs "$1")" -v kb="$(rss "$1")" -v b="$BYTES" -v d="$DOCS" -v l="$2" \
        'BEGIN { printf "%-34s %8.2f s %8.1f MB/s %9.0f docs/s %8.1f MB RSS\n", l, s, b / 1e6 / s, d / s, kb / 1024 }'
}

echo "newsgraph benchmark, $(date -u +%Y-%m-%d), $(uname -srm), $CORES cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "corpus: $CORPUS, $DOCS files, $BYTES bytes; best of $REPEATS runs each"
line wc "wc -w (same files, same cache)"
line j1 "newsgraph -j 1, GraphML only"
line j1all "newsgraph -j 1, all 9 formats"
line j2 "newsgraph -j 2, GraphML only"
[ "$CORES" -gt 2 ] && line jn "newsgraph -j $CORES, GraphML only"
awk -v w="$(secs wc)" -v a="$(secs j1)" -v b="$(secs j2)" -v p="$(secs pair)" \
    'BEGIN { printf "ratio newsgraph -j 1 / wc -w (throughput): %.2f\nspeed-up -j 2 / -j 1: %.2f\nceiling on this machine, two -j 1 processes at once / one: %.2f\n", w / a, a / b, 2 * a / p }'
# on a shared machine the best run can be a lucky one: the medians too
awk -v n="$REPEATS" -v w="$(median wc)" -v a="$(median j1)" -v b="$(median j2)" -v p="$(median pair)" \
    'BEGIN { printf "medians of %d runs: wc -w %.2f s, -j 1 %.2f s, -j 2 %.2f s, two -j 1 at once %.2f s; ratio %.2f, speed-up %.2f, ceiling %.2f\n", n, w, a, b, p, w / a, a / b, 2 * a / p }'
echo "stages of the best -j 1 GraphML run:"
sed 's/^newsgraph: /  /' "$WORK/j1.stats"
echo "stages of the best -j 1 all-formats run:"
sed 's/^newsgraph: /  /' "$WORK/j1all.stats" | tail -n 2

if [ "$IGRAPH" = 1 ]; then
    if [ -x "$BUILD/bench/ng-bench-graphml" ]; then
        echo "GraphML writers on one 1M-edge graph (best of 3):"
        "$BUILD/bench/ng-bench-graphml" 1000000 100000 3 | sed 's/^/  /'
    else
        echo "ng-bench-graphml not built (libigraph-dev missing?)" >&2
        exit 1
    fi
fi
