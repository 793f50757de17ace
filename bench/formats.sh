#!/bin/sh
# bench/formats.sh - the same articles as .txt files, one .jsonl and one .jsonl.gz
#
# usage: bench/formats.sh [-m MEGABYTES] [-b BUILDDIR] [-r REPEATS]
#
# Takes bench/run.sh's corpus of MEGABYTES (generated once by gen_corpus.py:
# article-sized .txt files) and writes the same articles, in the same order,
# as one JSON Lines file ({"id": the file's id, "text": its bytes}) and the
# same gzip'ed. Then times, interleaved, best of REPEATS, GraphML only:
# newsgraph -j 1 and -j 2 over the directory of .txt files, the .jsonl and
# the .jsonl.gz, and prints MB/s of article text, the ratio of each to the
# .txt run and the peak RSS. The three GraphML files must be identical but
# for the table of where each article was read (the ids are the same, the
# documents in the same order).
set -eu

MB=50
BUILD=build
REPEATS=3
while [ $# -gt 0 ]; do
    case "$1" in
        -m) MB=$2; shift 2 ;;
        -b) BUILD=$2; shift 2 ;;
        -r) REPEATS=$2; shift 2 ;;
        -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench/formats.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
done

HERE=$(cd "$(dirname "$0")" && pwd)
NG=$BUILD/newsgraph
[ -x "$NG" ] || { echo "bench/formats.sh: $NG not built" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench/formats.sh: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }
CORPUS=${TMPDIR:-/tmp}/newsgraph-bench-${MB}mb
if [ ! -f "$CORPUS/.complete" ]; then
    echo "generating $MB MB corpus in $CORPUS ..."
    rm -rf "$CORPUS"
    python3 "$HERE/gen_corpus.py" "$CORPUS" --megabytes "$MB"
    touch "$CORPUS/.complete"
fi
JSONL=$CORPUS.jsonl
if [ ! -f "$JSONL.gz" ]; then
    python3 - "$CORPUS" "$JSONL" <<'PY'
import gzip, json, os, sys
corpus, out = sys.argv[1], sys.argv[2]
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(corpus) for f in fs if f.endswith(".txt"))
with open(out, "w", encoding="utf-8") as j:
    for p in files:
        text = open(p, encoding="utf-8").read()
        j.write(json.dumps({"id": os.path.basename(p)[:-4], "text": text}, ensure_ascii=False) + "\n")
with open(out, "rb") as f, gzip.open(out + ".gz", "wb", compresslevel=6) as g:
    g.write(f.read())
PY
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT INT TERM
BYTES=$(find "$CORPUS" -name '*.txt' -print0 | xargs -0 cat | wc -c)   # also warms the cache
cat "$JSONL" "$JSONL.gz" > /dev/null

run() { # NAME CMD...
    name=$1; shift
    /usr/bin/time -f '%e %M' -o "$WORK/$name.time" "$@" > /dev/null 2> "$WORK/$name.err" || {
        echo "bench/formats.sh: '$*' failed:" >&2; cat "$WORK/$name.err" >&2; exit 1; }
    read -r secs kb < "$WORK/$name.time"
    best=$(cat "$WORK/$name.best" 2>/dev/null || echo "")
    if [ -z "$best" ] || awk -v a="$secs" -v b="${best%% *}" 'BEGIN { exit !(a < b) }'; then
        echo "$secs $kb" > "$WORK/$name.best"
    fi
}

i=0
while [ $i -lt "$REPEATS" ]; do
    for j in 1 2; do
        run txt$j "$NG" -j $j -q -f graphml -o "$WORK/txt$j" "$CORPUS"
        run jsonl$j "$NG" -j $j -q -f graphml -o "$WORK/jsonl$j" "$JSONL"
        run gz$j "$NG" -j $j -q -f graphml -o "$WORK/gz$j" "$JSONL.gz"
    done
    i=$((i + 1))
done
# the same graph: every byte but where each article was read (the knowledge
# base's table of articles names the file and line)
strip() {
    awk '/<data key="kb_articles">/ { skip = 1 } !skip { print } skip && /<\/data>/ { skip = 0 }' "$1"
}
strip "$WORK/txt1/graph.graphml" > "$WORK/txt1.g"
for x in txt2 jsonl1 jsonl2 gz1 gz2; do
    strip "$WORK/$x/graph.graphml" | cmp -s "$WORK/txt1.g" - ||
        { echo "bench/formats.sh: $x GraphML differs from the .txt files'" >&2; exit 1; }
done

line() { # NAME LABEL BASE
    awk -v s="$(cut -d' ' -f1 < "$WORK/$1.best")" -v kb="$(cut -d' ' -f2 < "$WORK/$1.best")" \
        -v t="$(cut -d' ' -f1 < "$WORK/$3.best")" -v b="$BYTES" -v l="$2" \
        'BEGIN { printf "%-32s %7.2f s %7.1f MB/s  %5.2fx the .txt files  %7.1f MB RSS\n", l, s, b / 1e6 / s, t / s, kb / 1024 }'
}
echo "newsgraph input formats, $(date -u +%Y-%m-%d), $(uname -srm), $(nproc) cores"
echo "corpus: $CORPUS, $BYTES bytes of text; $(wc -c < "$JSONL") bytes .jsonl, $(wc -c < "$JSONL.gz") bytes .jsonl.gz; best of $REPEATS"
for j in 1 2; do
    line txt$j "-j $j, directory of .txt" txt$j
    line jsonl$j "-j $j, one .jsonl" txt$j
    line gz$j "-j $j, one .jsonl.gz" txt$j
done
echo "GraphML identical across the three inputs and -j 1/-j 2"
