#!/bin/sh
# bench/bigdoc.sh - one book-length document: time and peak memory by size
#
# usage: bench/bigdoc.sh [-b BUILDDIR] [-s "2 4.5 9 18"] [-f "graphml default"] [-n NEWSGRAPH]
#
# Generates (once, deterministically, in $TMPDIR) one document per size in
# megabytes with bench/gen_bigdoc.py (200,000 invented names per 18 MB,
# proportional below), then runs `newsgraph -q -j 1 --stats` on each, once
# with `-f graphml` and once with the default formats, and prints for each
# run: wall and CPU (user + system) seconds, peak RSS, the ratio of peak RSS
# to the document's size, the ratios of CPU time and of peak RSS to the
# previous size's (linear: the ratio of the sizes), and the graph's size.
# Needs GNU time (`apt-get install time`). Not a test: timings on a shared
# machine are noise; compare runs made one after the other.
set -eu

BUILD=build
SIZES="2 4.5 9 18"
FORMATS="graphml default"
NG=
while [ $# -gt 0 ]; do
    case "$1" in
        -b) BUILD=$2; shift 2 ;;
        -s) SIZES=$2; shift 2 ;;
        -f) FORMATS=$2; shift 2 ;;
        -n) NG=$2; shift 2 ;;
        -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench/bigdoc.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
done
HERE=$(cd "$(dirname "$0")" && pwd)
[ -n "$NG" ] || NG=$HERE/../$BUILD/newsgraph
[ -x "$NG" ] || { echo "bench/bigdoc.sh: no program $NG (build it, or -b / -n)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench/bigdoc.sh: needs GNU time (apt-get install time)" >&2; exit 2; }
DIR=${TMPDIR:-/tmp}/newsgraph-bigdoc
mkdir -p "$DIR"
OUT=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-bigdoc-out.XXXXXX")
trap 'rm -rf "$OUT"' EXIT

echo "newsgraph one-document benchmark, $(date -u +%Y-%m-%d), $(uname -srm), $NG"
for f in $FORMATS; do
    prev_cpu= prev_rss= prev_size=
    for s in $SIZES; do
        doc=$DIR/bigdoc-$s.txt
        [ -s "$doc" ] || python3 "$HERE/gen_bigdoc.py" "$doc" --megabytes "$s" 2>/dev/null
        size=$(wc -c <"$doc")
        if [ "$f" = default ]; then set -- ; else set -- -f "$f"; fi
        /usr/bin/time -f "%e %U %S %M" -o "$OUT/time" \
            "$NG" -q -j 1 --stats "$@" -o "$OUT/o" "$doc" 2>"$OUT/stats"
        read -r wall user sys rss <"$OUT/time"
        graph=$(sed -n 's/^newsgraph: graph: //p' "$OUT/stats")
        awk -v f="$f" -v s="$s" -v size="$size" -v wall="$wall" -v user="$user" -v sys="$sys" \
            -v rss="$rss" -v pc="$prev_cpu" -v pr="$prev_rss" -v ps="$prev_size" -v g="$graph" \
            'BEGIN {
                cpu = user + sys
                line = sprintf("%-8s %5s MB  wall %7.2f s  cpu %7.2f s  peak RSS %8.1f MB  %5.1fx the input",
                               f, s, wall, cpu, rss / 1024, rss * 1024 / size)
                if (ps != "")
                    line = line sprintf("  | size x%.2f: cpu x%.2f, RSS x%.2f", size / ps, cpu / pc,
                                        rss / pr)
                print line "  (" g ")"
            }'
        prev_cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')
        prev_rss=$rss
        prev_size=$size
    done
done
