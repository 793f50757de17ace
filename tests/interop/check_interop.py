#!/usr/bin/python3
"""check_interop.py - real consumers read newsgraph's GraphML and GEXF back.

usage: check_interop.py NEWSGRAPH SOURCE_ROOT

Runs newsgraph on seeds/ and checks that networkx and python-igraph (Debian's
python3-networkx, python3-igraph) read graph.graphml and graph.gexf with the
same node and edge counts, labels, kinds, colours, sizes, positions and
weights as the files hold, and that the GraphML is valid against the GraphML
XSD. networkx 2.8 knows GEXF only up to 1.2draft: its own GEXF reader is
given the 1.3 namespaces. igraph has no GEXF reader: the GEXF reaches it
through networkx (Graph.from_networkx). Exit 77 (skipped) when a library is
missing.
"""
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

try:
    import networkx as nx
    from networkx.readwrite import gexf as nxgexf
    import igraph as ig
except ImportError as e:  # pragma: no cover - reported as a skip by meson
    print(f"skipped: {e}")
    sys.exit(77)

GML = "{http://graphml.graphdrawing.org/xmlns}"
GEXF = "{http://gexf.net/1.3}"
VIZ = "{http://gexf.net/1.3/viz}"
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
        edges.append((e.get("source"), e.get("target"), a))
    return nodes, edges


def main():
    binary, root = sys.argv[1], sys.argv[2]
    out = tempfile.mkdtemp(prefix="ng-interop-")
    subprocess.run([binary, "-q", "-f", "graphml,gexf,svg", "-o", out,
                    os.path.join(root, "seeds")], check=True)
    gml, gexf = os.path.join(out, "graph.graphml"), os.path.join(out, "graph.gexf")

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

    # networkx: GEXF 1.3 through its own reader, told the 1.3 namespaces
    nxgexf.GEXF.versions["1.3"] = {
        "NS_GEXF": "http://gexf.net/1.3", "NS_VIZ": "http://gexf.net/1.3/viz",
        "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
        "VERSION": "1.3"}
    X = nx.read_gexf(gexf, version="1.3")
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
