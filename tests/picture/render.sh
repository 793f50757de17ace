#!/bin/sh
# render.sh - render an SVG the way a report reader sees it: in headless
# Chromium (Debian's chromium package, installed when missing and run as
# root), to a PNG that a person then looks at.
#
#   sh tests/picture/render.sh [SVG] [PNG] [WIDTH]
#
# Defaults: out/graph.svg -> build/picture.png, 1600 CSS pixels wide (the
# SVG scales to the width, as an <img> in a report page does).
set -eu
cd "$(dirname "$0")/../.."
svg=${1:-out/graph.svg}
png=${2:-build/picture.png}
width=${3:-1600}
[ -f "$svg" ] || { echo "render.sh: $svg: no such file" >&2; exit 1; }
if ! command -v chromium >/dev/null 2>&1; then
    [ "$(id -u)" = 0 ] || { echo "render.sh: chromium is missing (apt-get install chromium)" >&2; exit 1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium
fi
mkdir -p "$(dirname "$png")"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
# the page a report would be: the SVG as an image, scaled to the column width
abs=$(cd "$(dirname "$svg")" && pwd)/$(basename "$svg")
# the SVG's aspect ratio gives the page height
vb=$(sed -n 's/.*viewBox="\([^"]*\)".*/\1/p' "$svg" | head -n 1)
height=$(echo "$vb" | awk -v w="$width" '{ if ($3 > 0) printf "%d", w * $4 / $3 + 40; else print 1200 }')
cat > "$dir/page.html" <<HTML
<!DOCTYPE html>
<html><head><meta charset="utf-8"><style>body{margin:20px;background:#fff}img{width:100%}</style></head>
<body><img src="file://$abs" alt="newsgraph diagram"></body></html>
HTML
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$dir/profile" --hide-scrollbars --allow-file-access-from-files \
    --window-size="$((width + 40)),$height" --screenshot="$png" "file://$dir/page.html" \
    >/dev/null 2>&1
[ -s "$png" ] || { echo "render.sh: chromium wrote no picture" >&2; exit 1; }
echo "render.sh: $svg -> $png (${width}px wide)"
