#!/bin/sh
# gazetteer.sh - time and peak memory of loading a large user gazetteer
#
#   sh bench/gazetteer.sh [-x BINARY]... [-s "LINES ..."] [-r REPEATS] [-d DIR]
#                         [-k aliases|names] [-i INPUT]
#
# Writes deterministic gazetteers of LINES lines each (bench/gen_gazetteer.py;
# -k aliases, the default: about 120 bytes and three names a line; -k names:
# one name a line and one line in eight with aliases, about 65 bytes; kept in
# DIR, default $TMPDIR/ng-gazetteer-bench) and times, for every size and
# binary in turn (binaries alternate, so that a shared machine's load falls
# on all alike):
#
#   BINARY -q -f json -o OUT -g FILE INPUT
#
# INPUT is by default one sentence (small.txt): what is measured is loading
# the gazetteer and compiling the matcher and model; -i seeds runs the seed
# articles with it. Prints, best of REPEATS (lowest CPU time):
# wall seconds, user+sys CPU seconds, peak RSS, and against the smallest size
# the ratio of lines, of CPU time and of peak RSS (time linear in the lines:
# the CPU ratio close to the lines ratio). Default binary: build-rel/newsgraph
# (meson setup build-rel --buildtype=release).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bins=
sizes="100000 300000 1000000"
repeats=1
dir=${TMPDIR:-/tmp}/ng-gazetteer-bench
shape=aliases
input=
while [ $# -gt 0 ]; do
    case $1 in
    -x) bins="$bins $2"; shift 2 ;;
    -s) sizes=$2; shift 2 ;;
    -r) repeats=$2; shift 2 ;;
    -d) dir=$2; shift 2 ;;
    -k) shape=$2; shift 2 ;;
    -i) input=$2; shift 2 ;;
    *) echo "usage: $0 [-x BINARY]... [-s \"LINES ...\"] [-r REPEATS] [-d DIR] [-k aliases|names] [-i INPUT]" >&2; exit 2 ;;
    esac
done
[ -n "$bins" ] || bins=$here/../build-rel/newsgraph
[ -x /usr/bin/time ] || { echo "$0: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
mkdir -p "$dir"
printf 'Fighting was reported in Aleppo on Monday, officials said.\n' >"$dir/small.txt"
[ -n "$input" ] || input=$dir/small.txt
case $shape in
aliases) tag= ;;
names) tag=-names ;;
*) echo "$0: -k aliases or names" >&2; exit 2 ;;
esac
for n in $sizes; do
    [ -s "$dir/gaz$tag$n.tsv" ] ||
        python3 "$here/gen_gazetteer.py" --lines "$n" --shape "$shape" --out "$dir/gaz$tag$n.tsv"
done

# one run: prints "wall cpu rss_kb"
run() {
    rm -rf "$dir/out"
    /usr/bin/time -f '%e %U %S %M' -o "$dir/time.txt" "$1" -q -f json -o "$dir/out" \
        -g "$2" "$input" >/dev/null 2>"$dir/err.txt" ||
        { echo "$0: $1 failed on $2:" >&2; cat "$dir/err.txt" >&2; exit 1; }
    awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' "$dir/time.txt"
}

for n in $sizes; do
    for b in $bins; do
        echo "" >"$dir/best.$n.$(echo "$b" | cksum | cut -d' ' -f1)"
    done
done
r=0
while [ $r -lt "$repeats" ]; do
    for n in $sizes; do
        for b in $bins; do
            f=$dir/best.$n.$(echo "$b" | cksum | cut -d' ' -f1)
            new=$(run "$b" "$dir/gaz$tag$n.tsv")
            old=$(cat "$f")
            if [ -z "$old" ] || awk -v a="$new" -v b="$old" 'BEGIN{split(a,x," ");split(b,y," ");exit !(x[2]<y[2])}'; then
                echo "$new" >"$f"
            fi
        done
    done
    r=$((r + 1))
done

for b in $bins; do
    echo "$b, -k $shape, $(basename "$input") (best of $repeats, load average $(cut -d' ' -f1-3 /proc/loadavg))"
    printf '%9s %8s %9s %9s %10s %7s %7s %7s\n' lines MB wall_s cpu_s peak_MB x_lines x_cpu x_rss
    first=
    for n in $sizes; do
        f=$dir/best.$n.$(echo "$b" | cksum | cut -d' ' -f1)
        mb=$(wc -c <"$dir/gaz$tag$n.tsv" | awk '{printf "%.1f", $1 / 1e6}')
        set -- $(cat "$f")
        [ -n "$first" ] || first="$n $2 $3"
        echo "$n $mb $1 $2 $3 $first" | awk '{
            printf "%9d %8s %9.2f %9.2f %10.1f %7.1f %7.1f %7.1f\n",
                $1, $2, $3, $4, $5 / 1024, $1 / $6, ($7 > 0 ? $4 / $7 : 0), $5 / $8 }'
    done
done
