#!/bin/sh
# install_graphology.sh DIR - graphology and its GEXF parser (what Gephi Lite reads
# GEXF with) into DIR/node_modules, for check_articles.py. Needs node and npm.
set -eu
dir=${1:?usage: install_graphology.sh DIR}
mkdir -p "$dir"
cd "$dir"
[ -f package.json ] || echo '{"private": true}' > package.json
npm install --no-audit --no-fund --silent graphology@0.25 graphology-gexf@0.13
