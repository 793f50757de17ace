#!/usr/bin/python3
"""legibility.py - the default diagram reads on the page it is made for.

usage: legibility.py NEWSGRAPH SOURCE_ROOT

For the default SVG of seeds/ and of 2,000 generated articles
(bench/gen_corpus.py), and for a few --page sizes, computes from the SVG
alone (its width and height, its viewBox, the scale of its drawing and each
text's font-size) the size every label prints at when the SVG is placed on
its page (a report's text column, 6.5 x 8 in, when no --page is given; the
SVG is shrunk to the page if it is larger, never enlarged), and fails when
a node or legend label prints under 8 pt or an edge label under 6 pt. It also
fails when two nodes' boxes (their shapes in the layout, the legend's
included) overlap, or when a node is drawn without an edge.
"""
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"
MIN_NODE, MIN_EDGE = 8.0, 6.0
COLUMN = (468.0, 576.0)  # 6.5 x 8 in
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def pt(v):
    m = re.fullmatch(r"([0-9.]+)(pt|px)?", v.strip())
    return float(m.group(1)) * (0.75 if m.group(2) == "px" else 1.0)


def shape_box(g):
    """The box of a node's shape (polygon or ellipse), in drawing units."""
    xs, ys = [], []
    for el in g:
        if el.tag == SVG + "polygon":
            for p in el.get("points").split():
                x, y = p.split(",")
                xs.append(float(x))
                ys.append(float(y))
        elif el.tag == SVG + "ellipse":
            cx, cy = float(el.get("cx")), float(el.get("cy"))
            rx, ry = float(el.get("rx")), float(el.get("ry"))
            xs += [cx - rx, cx + rx]
            ys += [cy - ry, cy + ry]
        elif el.tag == SVG + "path" and el.get("d"):  # rounded boxes (actors)
            nums = [float(v) for v in re.findall(r"-?[0-9.]+", el.get("d"))]
            xs += nums[0::2]
            ys += nums[1::2]
    return (min(xs), min(ys), max(xs), max(ys)) if xs else None


def check_svg(what, path, page):
    root = ET.parse(path).getroot()
    w, h = pt(root.get("width")), pt(root.get("height"))
    vb = [float(v) for v in root.get("viewBox").split()]
    graph = next(g for g in root.iter(SVG + "g") if g.get("class") == "graph")
    m = re.search(r"scale\(([0-9.]+)(?:[ ,]([0-9.]+))?\)", graph.get("transform", ""))
    scale = float(m.group(1)) if m else 1.0
    # drawing units -> SVG points -> the page (shrunk to fit, never enlarged)
    fit = min(1.0, page[0] / w, page[1] / h)
    printed = scale * (w / vb[2]) * fit
    check(w <= page[0] + 0.5 and h <= page[1] + 0.5,
          f"{what}: the SVG ({w:.0f} x {h:.0f} pt) fits its page ({page[0]:.0f} x {page[1]:.0f})")
    nodes, edges, boxes = {}, [], []
    smallest = {"node": 99.0, "edge": 99.0, "legend": 99.0}
    for g in root.iter(SVG + "g"):
        cls = (g.get("class") or "").split()
        if not cls or cls[0] not in ("node", "edge"):
            continue
        title = g.find(SVG + "title")
        kind = "legend" if "legend" in cls else cls[0]
        for t in g.iter(SVG + "text"):
            size = float(t.get("font-size", "14")) * printed
            smallest[kind] = min(smallest[kind], size)
            minimum = MIN_EDGE if kind == "edge" else MIN_NODE
            check(size >= minimum - 1e-6,
                  f"{what}: {kind} label '{t.text}' prints at {size:.2f} pt (< {minimum})")
        if cls[0] == "node":
            box = shape_box(g)
            if box:
                boxes.append((title.text if title is not None else "?", box))
            if kind != "legend":
                nodes[title.text] = 0
        else:
            edges.append(title.text)
    for e in edges:
        for n in re.split(r"->|--", e):
            if n in nodes:
                nodes[n] += 1
    check(len(nodes) >= 5, f"{what}: {len(nodes)} entities drawn (at least 5)")
    for n, deg in nodes.items():
        check(deg > 0, f"{what}: node {n} is drawn without an edge")
    for i in range(len(boxes)):
        for j in range(i + 1, len(boxes)):
            (a, p), (b, q) = boxes[i], boxes[j]
            overlap = p[0] < q[2] - 0.5 and q[0] < p[2] - 0.5 and p[1] < q[3] - 0.5 and q[1] < p[3] - 0.5
            check(not overlap, f"{what}: nodes {a} and {b} overlap")
    print(f"{what}: {len(nodes)} entities, {len(edges)} edges, {w:.0f} x {h:.0f} pt, "
          f"smallest labels: nodes {smallest['node']:.1f} pt, edges {smallest['edge']:.1f} pt, "
          f"legend {smallest['legend']:.1f} pt")


def main():
    binary, root = sys.argv[1], sys.argv[2]
    tmp = tempfile.mkdtemp(prefix="ng-legibility-")
    corpus = os.path.join(tmp, "corpus")
    subprocess.run([sys.executable, os.path.join(root, "bench", "gen_corpus.py"), corpus,
                    "--articles", "2000"], check=True, stdout=subprocess.DEVNULL)
    runs = [("seeds, default", os.path.join(root, "seeds"), [], COLUMN),
            ("2,000 articles, default", corpus, [], COLUMN),
            ("seeds, --page a4", os.path.join(root, "seeds"), ["--page", "a4"], (595.3, 841.9)),
            ("2,000 articles, --page slide", corpus, ["--page", "slide"], (720.0, 405.0))]
    for what, src, opts, page in runs:
        out = os.path.join(tmp, str(len(failures)) + what.split(",")[0].replace(" ", "_"))
        svg = out + ".svg"
        subprocess.run([binary, "-q", "-f", "svg", "-o", svg] + opts + [src], check=True)
        check_svg(what, svg, page)
    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
