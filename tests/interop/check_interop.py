#!/usr/bin/python3
"""check_interop.py - real consumers read newsgraph's GraphML and GEXF back.

usage: check_interop.py NEWSGRAPH SOURCE_ROOT

Runs newsgraph on seeds/ and checks that networkx and python-igraph (Debian's
python3-networkx, python3-igraph) read graph.graphml and graph.gexf with the
same node and edge counts, labels, kinds, colours, sizes, positions and
weights as the files hold, and that the GraphML is valid against the GraphML
XSD. networkx reads the GEXF with its own reader as it comes (GEXF 1.2draft,
unpatched). co_occurs edges are undirected in the default files (GraphML
directed="false", GEXF type="undirected", JSON "directed": false): read with
each edge's own direction, a node with only co-occurrences has as many
edges as the graph gives it, each counted once (Gephi's degree). networkx
reads no graph that mixes directed and undirected edges: it reads the files
of --directed-data. igraph ignores per-edge direction and reads both. igraph
has no GEXF reader: the GEXF reaches it through networkx
(Graph.from_networkx). A library missing is a failure, not a skip: the
interpreter meson found (Debian's /usr/bin/python3, which .ci/do gives
python3-networkx and python3-igraph) must have both, or the test would pass
without reading anything back.
"""
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import gexf_schema

try:
    import networkx as nx
    import igraph as ig
except ImportError as e:
    print(f"FAIL: {sys.executable} cannot import what this test reads back with: {e} "
          "(Debian: apt-get install python3-networkx python3-igraph; .ci/do installs them)")
    sys.exit(1)

GML = "{http://graphml.graphdrawing.org/xmlns}"
GEXF = "{http://www.gexf.net/1.2draft}"
VIZ = "{http://www.gexf.net/1.2draft/viz}"
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def graphml_truth(path):
    """Nodes and edges as the GraphML file states them (plain XML parse)."""
    root = ET.parse(path).getroot()
    keys = {k.get("id"): (k.get("for"), k.get("attr.name")) for k in root.iter(GML + "key")}
    nodes, edges = {}, []
    for n in root.iter(GML + "node"):
        nodes[n.get("id")] = {keys[d.get("key")][1]: d.text or "" for d in n.findall(GML + "data")}
    for e in root.iter(GML + "edge"):
        a = {keys[d.get("key")][1]: d.text or "" for d in e.findall(GML + "data")}
        a["directed"] = e.get("directed", "true")
        edges.append((e.get("source"), e.get("target"), a))
    return nodes, edges


def gephi_degrees(edges):
    """Degree as Gephi counts it in a mixed graph, each edge read with its own
    direction: networkx MultiDiGraph for the directed edges (in + out), a
    MultiGraph for the undirected ones (each once)."""
    d, u = nx.MultiDiGraph(), nx.MultiGraph()
    for s, t, directed in edges:
        (d if directed else u).add_edge(s, t)
    deg = {}
    for g in (d, u):
        for n, k in g.degree():
            deg[n] = deg.get(n, 0) + k
    return deg, u


def check_symmetric(what, edges, rel_of):
    """co_occurs edges, and only they, are undirected; a node with only
    co-occurrences has one degree per co_occurs edge (the truth: the JSON's)."""
    check(all((not directed) == (rel_of(a) == "co_occurs") for _, _, directed, a in edges),
          f"{what}: exactly the co_occurs edges are undirected")
    deg, und = gephi_degrees([(s, t, directed) for s, t, directed, _ in edges])
    touching = {}
    for s, t, _, a in edges:
        for n in (s, t):
            touching.setdefault(n, []).append(rel_of(a))
    only_co = [n for n, rels in touching.items() if set(rels) == {"co_occurs"}]
    check(len(only_co) > 0, f"{what}: some node has only co-occurrences")
    for n in only_co:
        check(deg[n] == len(touching[n]), f"{what}: Gephi degree of {n} counts each edge once")
        check(und.degree(n) == len(touching[n]), f"{what}: undirected degree of {n}")


def main():
    binary, root = sys.argv[1], sys.argv[2]
    out = tempfile.mkdtemp(prefix="ng-interop-")
    subprocess.run([binary, "-q", "-f", "graphml,gexf,json,svg", "-o", out,
                    os.path.join(root, "seeds")], check=True)
    mixed_gml = os.path.join(out, "graph.graphml")
    mixed_gexf = os.path.join(out, "graph.gexf")
    # networkx reads no mixed graph: --directed-data writes every edge directed
    out_d = tempfile.mkdtemp(prefix="ng-interop-d-")
    subprocess.run([binary, "-q", "--directed-data", "-f", "graphml,gexf,json", "-o", out_d,
                    os.path.join(root, "seeds")], check=True)
    gml, gexf = os.path.join(out_d, "graph.graphml"), os.path.join(out_d, "graph.gexf")

    # co_occurs is undirected in the default files, counted once per edge
    mnodes, medges = graphml_truth(mixed_gml)
    check_symmetric("GraphML", [(s, t, a["directed"] != "false", a) for s, t, a in medges],
                    lambda a: a["relation"])
    groot = ET.parse(mixed_gexf).getroot()
    gedges = []
    for e in groot.iter(GEXF + "edge"):
        rel = e.get("label")
        gedges.append((e.get("source"), e.get("target"), e.get("type") != "undirected", rel))
    check(next(groot.iter(GEXF + "graph")).get("defaultedgetype") == "directed",
          "GEXF defaultedgetype directed")
    check_symmetric("GEXF", gedges, lambda rel: rel)
    with open(os.path.join(out, "graph.json"), encoding="utf-8") as f:
        js = json.load(f)
    check_symmetric("JSON", [(e["source"], e["target"], e.get("directed", True), e)
                             for e in js["edges"]], lambda e: e["relation"])
    check(len(medges) == len(js["edges"]) == len(gedges), "one edge count in every format")
    # igraph reads the default GraphML (it ignores per-edge direction)
    M = ig.Graph.Read_GraphML(mixed_gml)
    check(M.vcount() == len(mnodes) and M.ecount() == len(medges), "igraph reads mixed GraphML")
    # networkx refuses the mixed files with a clear error (documented)
    for reader, path in ((nx.read_graphml, mixed_gml), (nx.read_gexf, mixed_gexf)):
        try:
            reader(path)
            print(f"note: networkx {nx.__version__} read the mixed {path}")
        except nx.NetworkXError as e:
            check("directed" in str(e).lower(), f"networkx refuses {path} for its mixed edges: {e}")
    # with --directed-data, nothing is undirected
    check('directed="false"' not in open(gml, encoding="utf-8").read(), "--directed-data GraphML")
    check('type="undirected"' not in open(gexf, encoding="utf-8").read(), "--directed-data GEXF")

    # the GEXF against GEXF 1.3's grammar (as the C tests do), and a broken
    # copy refused (the check can fail)
    for path in (mixed_gexf, gexf):
        why = gexf_schema.problem(path, root)
        check(why is None, f"{path}: GEXF schema-valid: {why}")
        check(gexf_schema.broken_copy_refused(path, root), "a GEXF edge without target passed")

    # the GraphML XSD, with libxml2's command-line validator when present
    xsd = os.path.join(root, "tests", "schemas", "graphml.xsd")
    if os.path.exists("/usr/bin/xmllint"):
        r = subprocess.run(["/usr/bin/xmllint", "--noout", "--schema", xsd, gml],
                           capture_output=True, text=True)
        check(r.returncode == 0, f"GraphML schema-valid: {r.stderr.strip()}")

    nodes, edges = graphml_truth(gml)
    check(len(nodes) >= 40 and len(edges) >= 40, f"seed graph size {len(nodes)}/{len(edges)}")
    positioned = [n for n in nodes.values() if "x" in n]
    check(len(positioned) > 0, "some nodes carry the diagram's x/y")

    # networkx: GraphML
    G = nx.read_graphml(gml)
    check(G.number_of_nodes() == len(nodes), "networkx GraphML node count")
    check(G.number_of_edges() == len(edges), "networkx GraphML edge count")
    for nid, a in nodes.items():
        d = G.nodes[nid]
        check(d.get("label") == a["label"], f"networkx label of {nid}")
        check(d.get("kind") == a["kind"], f"networkx kind of {nid}")
        check(isinstance(d.get("r"), int) and d.get("r") == int(a["r"]), f"networkx r of {nid}")
        check(abs(d.get("size") - float(a["size"])) < 1e-9, f"networkx size of {nid}")
        if "x" in a:
            check(abs(d.get("x") - float(a["x"])) < 1e-6, f"networkx x of {nid}")
    weights = sorted(float(a["weight"]) for _, _, a in edges)
    check(sorted(d["weight"] for _, _, d in G.edges(data=True)) == weights, "networkx weights")
    rels = sorted(a["relation"] for _, _, a in edges)
    check(sorted(d["relation"] for _, _, d in G.edges(data=True)) == rels, "networkx relations")

    # igraph: GraphML
    H = ig.Graph.Read_GraphML(gml)
    check(H.vcount() == len(nodes) and H.ecount() == len(edges), "igraph GraphML counts")
    check(sorted(H.vs["label"]) == sorted(a["label"] for a in nodes.values()), "igraph labels")
    check(sorted(H.vs["kind"]) == sorted(a["kind"] for a in nodes.values()), "igraph kinds")
    check(sorted(int(v) for v in H.vs["g"]) == sorted(int(a["g"]) for a in nodes.values()),
          "igraph colours")
    check(sorted(H.es["weight"]) == weights, "igraph weights")
    check(H.is_directed(), "igraph: directed")

    # networkx: the GEXF through its own reader, with its defaults
    X = nx.read_gexf(gexf)
    check(X.number_of_nodes() == len(nodes), "networkx GEXF node count")
    check(X.number_of_edges() == len(edges), "networkx GEXF edge count")
    for nid, a in nodes.items():
        d = X.nodes[nid]
        check(d.get("label") == a["label"], f"GEXF label of {nid}")
        check(d.get("kind") == a["kind"], f"GEXF kind of {nid}")
        col = d.get("viz", {}).get("color", {})
        check((col.get("r"), col.get("g"), col.get("b")) == (int(a["r"]), int(a["g"]), int(a["b"])),
              f"GEXF colour of {nid}")
        check(abs(d["viz"]["size"] - float(a["size"])) < 1e-3, f"GEXF size of {nid}")
        if "date" in a:
            check("start" in d and "end" in d, f"GEXF dated event {nid} has start/end")
    check(sorted(d["weight"] for _, _, d in X.edges(data=True)) == weights, "GEXF weights")
    # the GEXF edge kinds keep parallel edges of different relations apart
    root = ET.parse(gexf).getroot()
    kinds = sorted(e.get("kind") for e in root.iter(GEXF + "edge"))
    check(kinds == rels, "GEXF edge kinds are the relations")
    check(all(c.get("a") is None for c in root.iter(VIZ + "color")), "viz:color without alpha")

    # igraph gets the GEXF graph through networkx
    J = ig.Graph.from_networkx(X)
    check(J.vcount() == len(nodes) and J.ecount() == len(edges), "igraph (via networkx) GEXF")

    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    print(f"ok: {len(nodes)} nodes, {len(edges)} edges read back by networkx "
          f"{nx.__version__} and igraph {ig.__version__}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
