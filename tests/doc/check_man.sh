#!/bin/sh
# check_man.sh - the man page renders without warnings and documents every
# long option `newsgraph --help` lists.
#
# usage: check_man.sh NEWSGRAPH MANPAGE
set -eu
NG=$1
PAGE=$2
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT INT TERM

if command -v man >/dev/null 2>&1; then
    MANWIDTH=200 man -l "$PAGE" > "$TMP/page.txt" 2> "$TMP/warnings"
else
    groff -man -Tutf8 -ww -rLL=200n "$PAGE" > "$TMP/page.txt" 2> "$TMP/warnings"
fi
if [ -s "$TMP/warnings" ]; then
    echo "check_man: $PAGE renders with warnings:" >&2
    cat "$TMP/warnings" >&2
    exit 1
fi
grep -q "^NAME" "$TMP/page.txt" || { echo "check_man: no NAME section" >&2; exit 1; }

"$NG" --help > "$TMP/help.txt"
grep -o -- '--[a-z][a-z-]*' "$TMP/help.txt" | sort -u > "$TMP/options"
[ -s "$TMP/options" ] || { echo "check_man: --help lists no long option" >&2; exit 1; }
missing=0
while read -r opt; do
    # the option as a word of its own: --top, not --top-level
    if ! grep -q -- "$opt\([^a-z-]\|$\)" "$TMP/page.txt"; then
        echo "check_man: $opt (in --help) is not in $PAGE" >&2
        missing=1
    fi
done < "$TMP/options"
[ "$missing" -eq 0 ]
echo "check_man: $(wc -l < "$TMP/options") long options, all documented"
