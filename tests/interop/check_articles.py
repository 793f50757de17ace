#!/usr/bin/python3
"""check_articles.py - the same articles in every input format give the same graph, dated.

usage: check_articles.py NEWSGRAPH SOURCE_ROOT [GRAPHOLOGY_DIR]

Reads tests/articles/formats/ (two articles as .txt with front matter, the first also
as a realistic web page: menus, a cookie banner, scripts, a caption, related
links and a footer around it), writes them again as .jsonl, .jsonl.gz, .json,
.csv and .tsv under the field names news exports use, and runs newsgraph on
each: entities.tsv and evidence.tsv must be the same every time (evidence
without its byte offsets: a page's text is laid out anew), so the page's
furniture adds nothing. With dates and URLs given, every GraphML node and
edge has first_seen/last_seen, networkx reads them, GEXF is dynamic with the
dates as spells and attributes, evidence.tsv and JSON carry date and URL.
When GRAPHOLOGY_DIR holds node_modules with graphology and graphology-gexf
(tests/interop/install_graphology.sh), the GEXF is read with graphology's
parser too and the dates must be there; otherwise that part is skipped.
"""
import csv
import gzip
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import gexf_schema

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def read_txt(path):
    text = open(path, encoding="utf-8").read()
    _, head, body = text.split("---\n", 2)
    meta = dict(line.split(": ", 1) for line in head.strip().split("\n"))
    meta["text"] = body
    return meta


def run(binary, out, inputs, formats="tsv,evidence,graphml,gexf,json"):
    r = subprocess.run([binary, "-q", "-j", "2", "-f", formats, "-o", out] + inputs,
                       capture_output=True, text=True)
    check(r.returncode == 0, f"{inputs}: exit {r.returncode}: {r.stderr}")
    return r


def evidence_rows(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            v = dict(zip(header, line.rstrip("\n").split("\t")))
            v.pop("offset", None)
            rows.append(tuple(sorted(v.items())))
    return header, sorted(rows)


def main():
    binary, root = sys.argv[1], sys.argv[2]
    gdir = sys.argv[3] if len(sys.argv) > 3 else ""
    src = os.path.join(root, "tests", "articles", "formats")
    # in the order newsgraph reads them: inputs by id (kobane < manbij), then
    # the articles of a file in line order, so the files of many list them so
    arts = [read_txt(os.path.join(src, n)) for n in ("kobane.txt", "manbij.txt")]
    tmp = tempfile.mkdtemp(prefix="ng-articles-")
    try:
        d = os.path.join(tmp, "in")
        os.mkdir(d)
        # the names news APIs and scrapers give their fields
        newsapi = [{"source": {"id": None, "name": a["source"]}, "title": a["title"],
                    "url": a["url"], "publishedAt": a["date"], "content": a["text"]}
                   for a in arts]
        with open(os.path.join(d, "a.jsonl"), "w", encoding="utf-8") as f:
            for a in arts:
                f.write(json.dumps({"link": a["url"], "headline": a["title"],
                                    "date_publish": a["date"], "outlet": a["source"],
                                    "maintext": a["text"]}) + "\n")
        with gzip.open(os.path.join(d, "b.jsonl.gz"), "wt", encoding="utf-8") as f:
            for a in newsapi:
                f.write(json.dumps(a) + "\n")
        with open(os.path.join(d, "c.json"), "w", encoding="utf-8") as f:
            json.dump({"status": "ok", "totalResults": 2, "articles": newsapi}, f)
        with open(os.path.join(d, "d.csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(["URL", "Title", "pubDate", "Publisher", "Body"])
            for a in arts:
                w.writerow([a["url"], a["title"], a["date"], a["source"], a["text"]])
        with open(os.path.join(d, "e.csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(["story_body", "link", "seendate", "domain", "headline"])
            for a in arts:
                gdelt = a["date"][:10].replace("-", "") + "000000"
                w.writerow([a["text"], a["url"], gdelt, a["source"], a["title"]])
        runs = {
            "txt": [os.path.join(src, "manbij.txt"), os.path.join(src, "kobane.txt")],
            "html": [os.path.join(src, "manbij.html"), os.path.join(src, "kobane.txt")],
            "jsonl": [os.path.join(d, "a.jsonl")],
            "jsonl.gz": [os.path.join(d, "b.jsonl.gz")],
            "json": [os.path.join(d, "c.json")],
            "csv": [os.path.join(d, "d.csv")],
        }
        results = {}
        for name, inputs in runs.items():
            out = os.path.join(tmp, "out-" + name)
            run(binary, out, inputs)
            ents = open(os.path.join(out, "entities.tsv"), encoding="utf-8").read()
            results[name] = (ents, evidence_rows(os.path.join(out, "evidence.tsv")))
        # a column named on the command line (--field), GDELT dates
        out = os.path.join(tmp, "out-field")
        r = subprocess.run([binary, "-q", "-f", "tsv,evidence", "--field", "text=story_body",
                            "-o", out, os.path.join(d, "e.csv")], capture_output=True, text=True)
        check(r.returncode == 0, f"--field text=story_body: {r.stderr}")
        if r.returncode == 0:
            results["csv --field"] = (open(os.path.join(out, "entities.tsv")).read(),
                                      evidence_rows(os.path.join(out, "evidence.tsv")))
        base = results["txt"]
        check(base[0].count("\n") > 8, f"too few entities from the .txt articles:\n{base[0]}")
        for name, res in results.items():
            check(res[0] == base[0], f"{name}: entities differ from .txt:\n{res[0]}\n---\n{base[0]}")
            check(res[1] == base[1], f"{name}: evidence differs from .txt")
        # the page's furniture names none of its own
        for word in ("Damascus", "Aleppo", "Iraq", "Beirut", "Idlib", "Hezbollah", "Israel",
                     "Azaz", "Free Syrian Army", "Baghdad", "Example Wire"):
            check(word not in results["html"][0], f"html: '{word}' from the page's furniture")

        # dates and URLs everywhere
        out = os.path.join(tmp, "out-jsonl")
        header, rows = base[1]
        for col in ("date", "url", "title", "outlet"):
            check(col in header, f"evidence.tsv: no {col} column: {header}")
        ev = open(os.path.join(out, "evidence.tsv"), encoding="utf-8").read()
        check("\t2019-10-14\thttps://news.example.org/2019/10/14/manbij-front\t" in ev,
              "evidence.tsv: the first article's date and URL")
        gml = ET.parse(os.path.join(out, "graph.graphml")).getroot()
        ns = "{http://graphml.graphdrawing.org/xmlns}"
        keys = {k.get("id"): k.get("attr.name") for k in gml.iter(ns + "key")}
        for tag in ("node", "edge"):
            items = list(gml.iter(ns + tag))
            check(len(items) > 5, f"graphml: few {tag}s")
            for it in items:
                data = {keys[x.get("key")]: x.text for x in it.findall(ns + "data")}
                ok = all(data.get(k, "") in ("2019-10-14", "2019-10-16")
                         for k in ("first_seen", "last_seen"))
                check(ok and data["first_seen"] <= data["last_seen"],
                      f"graphml {tag} {it.get('id')}: first_seen/last_seen {data}")
        try:
            import networkx as nx
            # networkx reads no graph mixing directed and undirected edges
            outd = os.path.join(tmp, "out-directed")
            subprocess.run([binary, "-q", "--directed-data", "-f", "graphml", "-o", outd]
                           + runs["jsonl"], check=True)
            g = nx.read_graphml(os.path.join(outd, "graph.graphml"))
            sdf = [a for _, a in g.nodes(data=True) if a.get("label") == "Syrian Democratic Forces"]
            check(sdf and sdf[0].get("first_seen") == "2019-10-14"
                  and sdf[0].get("last_seen") == "2019-10-16", f"networkx: SDF dates {sdf}")
        except ImportError:
            print("networkx missing: its part skipped")
        why = gexf_schema.problem(os.path.join(out, "graph.gexf"), root)
        check(why is None, f"gexf: schema-valid (GEXF 1.3): {why}")
        gexf = open(os.path.join(out, "graph.gexf"), encoding="utf-8").read()
        check('mode="dynamic"' in gexf and 'timeformat="date"' in gexf, "gexf: not dynamic")
        check('start="2019-10-14" end="2019-10-16"' in gexf, "gexf: no spell over both articles")
        js = json.load(open(os.path.join(out, "graph.json"), encoding="utf-8"))
        check([a.get("date") for a in js.get("articles", [])] == ["2019-10-16", "2019-10-14"],
              f"json: articles {js.get('articles')}")
        check(all(x.get("url") and x.get("date") for e in js["edges"] for x in e["evidence"]),
              "json: evidence without url or date")
        # graphology (Gephi Lite's reader)
        node = shutil.which("node")
        if node and gdir and os.path.isdir(os.path.join(gdir, "node_modules", "graphology-gexf")):
            script = (
                "const fs=require('fs');const Graph=require('graphology');"
                "const gexf=require('graphology-gexf');"
                "const g=gexf.parse(Graph, fs.readFileSync(process.argv[1],'utf8'));"
                "const out={order:g.order,size:g.size,nodes:[],edges:[]};"
                "g.forEachNode((n,a)=>out.nodes.push(a));g.forEachEdge((e,a)=>out.edges.push(a));"
                "console.log(JSON.stringify(out));")
            r = subprocess.run([node, "-e", script, os.path.join(out, "graph.gexf")],
                               capture_output=True, text=True,
                               env=dict(os.environ, NODE_PATH=os.path.join(gdir, "node_modules")))
            check(r.returncode == 0, f"graphology: {r.stderr}")
            if r.returncode == 0:
                res = json.loads(r.stdout)
                check(res["order"] == len(js["nodes"]) and res["size"] == len(js["edges"]),
                      f"graphology: {res['order']} nodes, {res['size']} edges")
                check(all(a.get("first_seen") and a.get("last_seen")
                          for a in res["nodes"] + res["edges"]),
                      "graphology: a node or edge without its dates")
                print(f"graphology read {res['order']} nodes, {res['size']} edges, dated")
        else:
            print("graphology not installed (tests/interop/install_graphology.sh): its part skipped")
    finally:
        shutil.rmtree(tmp)
    if failures:
        print(f"{len(failures)} failure(s)")
        sys.exit(1)
    print("ok: the same graph from .txt, .html, .jsonl, .jsonl.gz, .json, .csv; dated")


main()
