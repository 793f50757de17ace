#!/bin/sh
# tests/memcheck.sh - valgrind memcheck on a seeds run: no memory error and no
# definitely lost block, writing every format with two threads.
#
# usage: tests/memcheck.sh NEWSGRAPH SOURCE_ROOT
# Exit 0 when clean, 1 when valgrind reports an error or a definite leak
# (its log is printed), 77 (skipped) when valgrind is not installed.
set -eu
NG=$1
ROOT=$2
command -v valgrind >/dev/null 2>&1 || { echo "valgrind not installed: skipped"; exit 77; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT INT TERM

# Leaks inside Graphviz and its text stack (pango, fontconfig, cairo, glib)
# are suppressed (tests/valgrind.supp); any other definite leak, and any
# memory error, fails the run.
status=0
valgrind --tool=memcheck --leak-check=full --errors-for-leak-kinds=definite \
    --suppressions="$ROOT/tests/valgrind.supp" \
    --show-leak-kinds=definite --error-exitcode=3 --log-file="$WORK/vg.log" \
    "$NG" -j 2 -q -f dot,svg,png,pdf,graphml,gexf,json,tsv,evidence -o "$WORK/out" \
    "$ROOT/seeds" || status=$?
if [ "$status" != 0 ]; then
    cat "$WORK/vg.log"
    echo "memcheck: newsgraph exited with $status under valgrind" >&2
    exit 1
fi
grep -q "definitely lost: 0 bytes" "$WORK/vg.log" || grep -q "All heap blocks were freed" "$WORK/vg.log" || {
    cat "$WORK/vg.log"
    echo "memcheck: definite leaks" >&2
    exit 1
}
for f in graph.dot graph.svg graph.png graph.pdf graph.graphml graph.gexf graph.json \
         entities.tsv evidence.tsv; do
    [ -s "$WORK/out/$f" ] || { echo "memcheck: $f not written" >&2; exit 1; }
done
grep -E "ERROR SUMMARY|definitely lost|indirectly lost|possibly lost|still reachable|suppressed:" "$WORK/vg.log" |
    sed 's/^==[0-9]*== */memcheck: /'
