#!/usr/bin/env python3
"""List the typed edges a set's gold does not confirm, with their evidence sentences.

usage: relwrong.py NEWSGRAPH SOURCE_ROOT SET...   (SET: seeds, dev, dev2, ..., heldout..heldout9; not heldout10 on)

For each set: runs NEWSGRAPH on its texts, scores the GraphML with tests/articles/score.py and
prints every typed edge not in the gold ("wrong"), tagged REVERSED when the gold states the
same relation the other way, or OTHER-TYPE when the gold relates the pair by another type,
followed by the sentences the edge was read from (the evidence format).
"""
import csv, json, os, subprocess, sys, tempfile
csv.field_size_limit(1 << 30)
BLIND = {"heldout10", "heldout11", "heldout12", "heldout13"}  # heldout..heldout9 opened in the tenth session


def main(exe, root, sets):
    with tempfile.TemporaryDirectory() as tmp:
        for name in sets:
            if name in BLIND:
                sys.exit(f"{name} is blind")
            texts = "seeds" if name == "seeds" else f"tests/articles/{name}/text"
            gold = os.path.join(root, "tests/articles", name)
            out = os.path.join(tmp, name)
            subprocess.run([exe, "-q", "-f", "graphml,evidence", "--no-positions", "-o", out,
                            os.path.join(root, texts)], check=True)
            res = json.loads(subprocess.run(
                [sys.executable, os.path.join(root, "tests/articles/score.py"), "--gold", gold,
                 "--graphml", os.path.join(out, "graph.graphml"), "--json"],
                check=True, capture_output=True, text=True).stdout)
            ev = {}
            evf = [f for f in os.listdir(out) if f.endswith(".tsv") or "evidence" in f]
            for f in evf:
                with open(os.path.join(out, f), encoding="utf-8", newline="") as fh:
                    for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                        if "sentence" not in row:
                            continue
                        ev.setdefault((row["source"], row["relation"], row["target"]), []).append(
                            (row["document"], row["sentence"]))
            rels = list(csv.DictReader(open(os.path.join(gold, "relations.tsv"), encoding="utf-8"),
                                       delimiter="\t", quoting=csv.QUOTE_NONE))
            print(f"== {name}: typed P {res['relation_typed_precision']} "
                  f"R {res['relation_typed_recall']}")
            for w in res["detail"]["unconfirmed_relations"]:
                print("  WRONG " + w)
                # labels may contain ' -'; split on the relation marker
                i = w.index(" -")
                j = w.index("-> ", i)
                s, rel, t = w[:i], w[i + 2:j], w[j + 3:]
                for doc, sent in ev.get((s, rel, t), [])[:3]:
                    print(f"      [{doc}] {sent}")
            for m in res["detail"]["missed_relations"]:
                print("  NOTLINKED " + m)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3:]))
