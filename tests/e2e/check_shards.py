#!/usr/bin/env python3
"""check_shards.py - knowledge bases: sharded runs, merges and updates equal one run

usage: check_shards.py NEWSGRAPH SOURCE_ROOT

- seeds/ split into 2, 3 and 5 shards (articles dealt round-robin, so every
  shard's articles interleave with the others'), one GraphML per shard,
  `newsgraph merge`: GraphML and GEXF byte-identical to one run over seeds/;
- 2,000 generated articles (bench/gen_corpus.py) in 8 shards run under GNU
  parallel -j 2, merged: byte-identical to one run;
- three --update steps give one run's GraphML; the same update again changes
  nothing (same bytes, same modification time);
- the ids of the entities of a run over half the seeds are the ids of the same
  entities in a run over all of them;
- a knowledge base given twice, or an article in two inputs, is an error that
  names it (exit 1, outputs untouched).
"""
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "interop"))
import gexf_schema  # noqa: E402

NS = "{http://graphml.graphdrawing.org/xmlns}"
failures = 0


def check(ok, msg):
    global failures
    if not ok:
        failures += 1
        print("FAIL: " + msg, file=sys.stderr)


def run(cmd, expect=0):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if r.returncode != expect:
        print("command: " + " ".join(cmd), file=sys.stderr)
        print(r.stderr, file=sys.stderr)
    check(r.returncode == expect, f"exit {r.returncode}, not {expect}: {' '.join(cmd[:3])} ...")
    return r


def same(a, b, what):
    with open(a, "rb") as f, open(b, "rb") as g:
        check(f.read() == g.read(), f"{what}: {a} and {b} differ")


def nodes(path):
    """node id -> label"""
    root = ET.parse(path).getroot()
    keys = {k.get("id"): k.get("attr.name") for k in root.iter(NS + "key")}
    out = {}
    for n in root.iter(NS + "node"):
        data = {keys[d.get("key")]: d.text for d in n.findall(NS + "data")}
        out[n.get("id")] = data.get("label")
    return out


def main():
    ng, root = sys.argv[1], sys.argv[2]
    seeds = sorted(os.path.join(root, "seeds", f)
                   for f in os.listdir(os.path.join(root, "seeds")) if f.endswith(".txt"))
    tmp = tempfile.mkdtemp(prefix="ng-shards-")
    try:
        ref = os.path.join(tmp, "ref")
        run([ng, "-q", "-j", "2", "-f", "graphml,gexf", "-o", ref] + seeds)
        # the merged shards' GEXF must be these bytes: checked once, here
        why = gexf_schema.problem(os.path.join(ref, "graph.gexf"), root)
        check(why is None, f"seeds: GEXF schema-valid (GEXF 1.3): {why}")

        # seeds in 2, 3 and 5 shards
        for k in (2, 3, 5):
            kbs = []
            for j in range(k):
                part = seeds[j::k]
                out = os.path.join(tmp, f"s{k}-{j}")
                run([ng, "-q", "-j", "1", "-f", "graphml", "-o", out] + part)
                kbs.append(os.path.join(out, "graph.graphml"))
            merged = os.path.join(tmp, f"m{k}")
            run([ng, "merge", "-q", "-f", "graphml,gexf", "-o", merged] + kbs[::-1])
            for f in ("graph.graphml", "graph.gexf"):
                same(os.path.join(ref, f), os.path.join(merged, f), f"seeds in {k} shards: {f}")

        # 2,000 generated articles, 8 shards under GNU parallel -j 2
        corpus = os.path.join(tmp, "corpus")
        subprocess.run([sys.executable, os.path.join(root, "bench", "gen_corpus.py"), corpus,
                        "--articles", "2000", "--per-dir", "300"], check=True,
                       stdout=subprocess.DEVNULL)
        files = sorted(os.path.join(d, f) for d, _, fs in os.walk(corpus) for f in fs
                       if f.endswith(".txt"))
        check(len(files) == 2000, f"{len(files)} generated articles, not 2000")
        gref = os.path.join(tmp, "gref")
        run([ng, "-q", "-j", "2", "-f", "graphml,gexf", "-o", gref, corpus])
        why = gexf_schema.problem(os.path.join(gref, "graph.gexf"), root)
        check(why is None, f"2,000 articles: GEXF schema-valid (GEXF 1.3): {why}")
        lists = []
        for j in range(8):
            p = os.path.join(tmp, f"list{j}")
            with open(p, "w") as f:
                f.write("\n".join(files[j::8]) + "\n")
            lists.append(p)
        if not shutil.which("parallel"):
            check(False, "GNU parallel not installed (Debian package parallel)")
        else:
            run(["parallel", "-j", "2", "--halt", "now,fail=1",
                 f"{ng} -q -j 1 -f graphml -T {{}} -o {{}}-kb", ":::"] + lists)
            gm = os.path.join(tmp, "gm")
            run([ng, "merge", "-q", "-f", "graphml,gexf", "-o", gm] +
                [p + "-kb/graph.graphml" for p in lists])
            for f in ("graph.graphml", "graph.gexf"):
                same(os.path.join(gref, f), os.path.join(gm, f), f"2,000 articles in 8 shards: {f}")

        # three --update steps, then the last one again
        kbdir = os.path.join(tmp, "kb")
        run([ng, "-q", "-f", "graphml", "-o", kbdir] + seeds[0:2])
        kb = os.path.join(kbdir, "graph.graphml")
        run([ng, "-q", "--update", kb] + seeds[0:3])  # one known, one new
        run([ng, "-q", "--update", kb] + seeds[3:])
        one = os.path.join(tmp, "one")
        run([ng, "-q", "-f", "graphml", "-o", one] + seeds)
        same(os.path.join(one, "graph.graphml"), kb, "three --update steps")
        before = os.stat(kb).st_mtime_ns
        r = run([ng, "--update", kb] + seeds[3:])
        check(os.stat(kb).st_mtime_ns == before, "the same update twice rewrote the knowledge base")
        check("0 new" in r.stderr, f"the same update twice: {r.stderr.strip()}")
        same(os.path.join(one, "graph.graphml"), kb, "the same update twice")

        # stable ids: half the seeds against all of them
        half = os.path.join(tmp, "half")
        run([ng, "-q", "-f", "graphml", "-o", half] + seeds[: len(seeds) // 2 + 1])
        h, a = nodes(os.path.join(half, "graph.graphml")), nodes(os.path.join(one, "graph.graphml"))
        by_label = {}
        for i, lab in a.items():
            by_label.setdefault(lab, []).append(i)
        agree = [i for i, lab in h.items() if i in a and a[i] == lab]
        moved = [(i, lab, by_label.get(lab)) for i, lab in h.items()
                 if lab in by_label and i not in by_label[lab]]
        check(len(agree) >= 0.9 * len(h) and len(h) > 20,
              f"ids: only {len(agree)} of {len(h)} half-run entities keep their id")
        check(not moved, f"ids: entities with another id over all seeds: {moved[:5]}")

        # an article in two inputs; outputs untouched
        bad = os.path.join(tmp, "bad")
        os.makedirs(bad)
        with open(os.path.join(bad, "graph.graphml"), "w") as f:
            f.write("previous\n")
        r = run([ng, "merge", "-q", "-f", "graphml", "-o", bad,
                 os.path.join(tmp, "s2-0", "graph.graphml"),
                 os.path.join(tmp, "s3-0", "graph.graphml")], expect=1)
        check("is also in" in r.stderr and os.path.basename(seeds[0])[:-4] in r.stderr,
              f"an article in two inputs: {r.stderr.strip()}")
        with open(os.path.join(bad, "graph.graphml")) as f:
            check(f.read() == "previous\n", "a failed merge touched the outputs")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if failures:
        print(f"{failures} failure(s)", file=sys.stderr)
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
