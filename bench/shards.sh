#!/bin/sh
# bench/shards.sh - a sharded run (GNU parallel) and its merge against one run
#
# usage: bench/shards.sh -c CORPUSDIR [-b BUILDDIR] [-k "2 8 64"] [-j JOBS] [-f FORMATS]
#
# Times one run over CORPUSDIR (newsgraph -j JOBS -f FORMATS), then for each
# shard count K: the *.txt files dealt round-robin into K lists, one
# `newsgraph -j 1 -f graphml` per list under `parallel -j JOBS`, and
# `newsgraph merge -f FORMATS` of the K knowledge bases. Prints wall seconds
# and peak RSS (/usr/bin/time) of the single run, of the shard runs (all of
# them, wall) and of the merge, the knowledge bases' total size, and whether
# the merged outputs are byte-identical to the single run's.
set -eu

BUILD=build
CORPUS=
KS="2 8 64"
JOBS=2
FORMATS=graphml
while [ $# -gt 0 ]; do
    case "$1" in
        -b) BUILD=$2; shift 2 ;;
        -c) CORPUS=$2; shift 2 ;;
        -k) KS=$2; shift 2 ;;
        -j) JOBS=$2; shift 2 ;;
        -f) FORMATS=$2; shift 2 ;;
        -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench/shards.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
done
NG=$(cd "$BUILD" && pwd)/newsgraph
[ -n "$CORPUS" ] || { echo "bench/shards.sh: -c CORPUSDIR needed" >&2; exit 2; }
[ -x "$NG" ] || { echo "bench/shards.sh: $NG not built" >&2; exit 2; }
command -v parallel >/dev/null || { echo "bench/shards.sh: GNU parallel missing (apt-get install parallel)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench/shards.sh: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }

W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT INT TERM
find "$CORPUS" -name '*.txt' | sort > "$W/files"
echo "corpus: $CORPUS, $(wc -l < "$W/files") files, $(du -sb "$CORPUS" | cut -f1) bytes on disk"

# timed NAME CMD...: wall seconds and peak RSS (MB) of CMD
timed() {
    name=$1; shift
    /usr/bin/time -f "%e %M" -o "$W/$name.time" "$@"
    awk -v n="$name" '{ printf "%-24s %8.2f s %8.1f MB\n", n, $1, $2 / 1024 }' "$W/$name.time"
}

timed single "$NG" -q -j "$JOBS" -f "$FORMATS" -o "$W/single" "$CORPUS"
for k in $KS; do
    mkdir -p "$W/k$k"
    split -n "r/$k" -d -a 3 "$W/files" "$W/k$k/list"
    timed "shards-k$k" parallel -j "$JOBS" --halt now,fail=1 \
        "'$NG' -q -j 1 -f graphml -T {} -o {}-kb" ::: "$W/k$k"/list[0-9]*
    kb_bytes=$(cat "$W/k$k"/list[0-9]*-kb/graph.graphml | wc -c)
    timed "merge-k$k" "$NG" merge -q --stats -f "$FORMATS" -o "$W/m$k" \
        "$W/k$k"/list[0-9]*-kb/graph.graphml 2> "$W/merge.stats"
    sed 's/^newsgraph: /  /' "$W/merge.stats"
    same=identical
    for f in "$W/single"/*; do
        cmp -s "$f" "$W/m$k/$(basename "$f")" || same="DIFFERENT ($(basename "$f"))"
    done
    echo "k=$k: knowledge bases $kb_bytes bytes in all; merged outputs $same to the single run's"
    rm -rf "$W/k$k" "$W/m$k"
done
