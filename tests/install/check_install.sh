#!/bin/sh
# check_install.sh - the installed library works like others: install into a
# temporary prefix (meson install --destdir), build examples/top_entities.c
# with `pkg-config --cflags --libs newsgraph` only, run it on seeds/ and
# check what it prints against the GraphML it writes.
#
# usage: check_install.sh BUILDDIR SOURCEDIR
set -eu
BUILD=$1
SRC=$2
MESON=${MESON:-meson}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT INT TERM
DEST=$TMP/dest

"$MESON" install -C "$BUILD" --no-rebuild --quiet --destdir "$DEST" >/dev/null
PC=$(find "$DEST" -name newsgraph.pc | head -n 1)
[ -n "$PC" ] || { echo "check_install: no newsgraph.pc installed" >&2; exit 1; }
LIBDIR=$(dirname "$(dirname "$PC")")
[ -f "$DEST/$(pkg-config --variable=includedir "$PC")/newsgraph/newsgraph.h" ] ||
    { echo "check_install: newsgraph.h not installed" >&2; exit 1; }
ls "$LIBDIR"/libnewsgraph.so.0 "$LIBDIR"/libnewsgraph.a >/dev/null

# only pkg-config's flags (the sysroot points them into the temporary prefix)
export PKG_CONFIG_PATH="$(dirname "$PC")" PKG_CONFIG_SYSROOT_DIR="$DEST"
FLAGS=$(pkg-config --cflags --libs newsgraph)
${CC:-cc} -std=c11 -Wall -Wextra -Werror "$SRC/examples/top_entities.c" $FLAGS \
    -o "$TMP/top_entities"
# it runs on the installed shared library, not the build's
LD_LIBRARY_PATH="$LIBDIR" "$TMP/top_entities" "$SRC/seeds" "$TMP/graph.graphml" > "$TMP/top.txt"
LD_LIBRARY_PATH="$LIBDIR" ldd "$TMP/top_entities" | grep -q "$LIBDIR/libnewsgraph.so.0" ||
    { echo "check_install: not linked to the installed libnewsgraph.so.0" >&2; exit 1; }

python3 - "$TMP/top.txt" "$TMP/graph.graphml" <<'PY'
import re, sys
import xml.etree.ElementTree as ET
top = open(sys.argv[1], encoding="utf-8").read().splitlines()
ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
root = ET.parse(sys.argv[2]).getroot()
keys = {k.get("id"): k.get("attr.name") for k in root.iter("{%s}key" % ns["g"])}
graph = root.find("g:graph", ns)
label, deg = {}, {}
for n in graph.findall("g:node", ns):
    for d in n.findall("g:data", ns):
        if keys.get(d.get("key")) == "label" and d.get("key", "").startswith("n"):
            label[n.get("id")] = d.text
    deg[n.get("id")] = 0
for e in graph.findall("g:edge", ns):
    deg[e.get("source")] += 1
    deg[e.get("target")] += 1
heads = [l for l in top if re.match(r"^\d+\. ", l)]
want = sorted(deg.values(), reverse=True)[:10]
assert len(heads) == min(10, len(deg)), ("entities printed", len(heads))
got = []
for i, h in enumerate(heads):
    m = re.match(r"^(\d+)\. (.*) \((actor|place|event)\) (\d+) relations$", h)
    assert m and int(m.group(1)) == i + 1, h
    d = int(m.group(4))
    assert any(label[n] == m.group(2) and deg[n] == d for n in deg), ("not in the GraphML", h)
    got.append(d)
assert got == want, ("degrees", got, want)
# each entity is followed by its relations, each with its evidence
block = 0
for l in top:
    if re.match(r"^\d+\. ", l):
        if block:
            assert rels == block, (rels, block)
        block, rels = int(l.rsplit(" ", 2)[1]), 0
    elif re.match(r"^   (->|<-) [a-z_]+ ", l):
        rels += 1
    else:
        assert re.match(r'^      ".*" \(.+\)$', l), l
assert rels == block
print("check_install: %d entities, %d nodes in the GraphML" % (len(heads), len(deg)))
PY
