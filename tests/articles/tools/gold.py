#!/usr/bin/env python3
"""Write entities.tsv / relations.tsv of a gold directory from a compact spec and check them.

spec (UTF-8):   @ DOC                       starts a document (text in DIR/text/DOC.txt)
                E canonical | type | form|form...
                R subject | relation | object | evidence sentence (verbatim)
Every surface form must occur in the document, every evidence sentence in it, every
relation argument must be an entity of the document, and both arguments must occur in the
evidence by one of their surface forms (the seedgold README rules).
"""
import sys, os
TYPES = {"person", "organization", "location"}
RELS = {"supports", "opposes", "captured", "controls", "located_in", "member_of", "held_in", "moved_to"}

def main(d):
    ents, rels, doc, text, known = [], [], None, "", {}
    errs = 0
    for ln, line in enumerate(open(os.path.join(d, "gold.spec"), encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        def bad(msg):
            nonlocal errs
            errs += 1
            print(f"gold.spec:{ln}: {msg}", file=sys.stderr)
        if line.startswith("@ "):
            doc = line[2:].strip()
            text = open(os.path.join(d, "text", doc + ".txt"), encoding="utf-8").read()
            known = {}
            continue
        kind, rest = line[0], line[2:]
        f = [x.strip() for x in rest.split(" | ")]
        if kind == "E":
            canon, typ, forms = f[0], f[1], f[2] if len(f) > 2 and f[2] else f[0]
            if typ not in TYPES:
                bad(f"type {typ}")
            for x in forms.split("|"):
                if x not in text:
                    bad(f"form not in {doc}: {x}")
            known[canon] = forms.split("|")
            ents.append((doc, canon, typ, forms))
        elif kind == "R":
            s, r, o, ev = f[0], f[1], f[2], " | ".join(f[3:])
            if r not in RELS:
                bad(f"relation {r}")
            if ev not in text:
                bad(f"evidence not in {doc}: {ev}")
            for a in (s, o):
                if a not in known:
                    bad(f"not an entity of {doc}: {a}")
                elif not any(x in ev for x in known[a]):
                    bad(f"{a} not named in the evidence")
            rels.append((doc, s, r, o, ev))
        else:
            bad("unknown line")
    with open(os.path.join(d, "entities.tsv"), "w", encoding="utf-8") as out:
        out.write("doc\tcanonical\ttype\tsurface_forms\n")
        for e in ents:
            out.write("\t".join(e) + "\n")
    with open(os.path.join(d, "relations.tsv"), "w", encoding="utf-8") as out:
        out.write("doc\tsubject\trelation\tobject\tevidence\n")
        for r in rels:
            out.write("\t".join(r) + "\n")
    print(f"{d}: {len(set(e[0] for e in ents))} docs, {len(ents)} entities, {len(rels)} relations")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
