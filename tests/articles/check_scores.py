#!/usr/bin/env python3
"""Score newsgraph on annotated articles and fail when a score falls below its floor.

usage: check_scores.py NEWSGRAPH SOURCE_ROOT

Sets (gold in tests/articles/SET/, scored by tests/articles/score.py, a copy of the
project's scorer):
  seeds    the five seed articles (seeds/), gold copied from the seed annotation
  dev      articles written and annotated for issue 21 (tests/articles/dev/text)
  heldout  articles written with them and never tuned on (tests/articles/heldout/text)
  dev2     six more articles for tuning, other outlets and episodes (tests/articles/dev2/text)
  heldout2 eight more, blind: extractor authors must not read them (tests/articles/heldout2/text)
  dev3     six more for tuning, third session: other outlets and episodes (dev3/text)
  heldout3 ten more, blind, third session: extractor authors must not read them (heldout3/text)
  dev4     six more for tuning, fourth session: other outlets and episodes (dev4/text)
  dev5     twelve more for tuning, sixth session: other outlets and episodes (dev5/text)
  heldout4 ten more, blind, fourth session: extractor authors must not read them (heldout4/text)
  heldout5 four more, blind, fourth session: written for dev4, moved out (heldout5/text)
  heldout6 four more, blind, fifth session: extractor authors must not read them (heldout6/text)
  heldout7 eight more, blind, sixth session: extractor authors must not read them (heldout7/text)
  heldout8 eight more, blind, seventh session: extractor authors must not read them (heldout8/text)
  heldout9 eight more, blind, eighth session: extractor authors must not read them (heldout9/text)
  heldout10 eight more, blind, ninth session: extractor authors must not read them (heldout10/text)
  heldout11 eight more, blind, tenth session: extractor authors must not read them (heldout11/text)
  heldout12 eight more, blind, tenth session: extractor authors must not read them (heldout12/text)
  heldout13 eight more, blind, tenth session: extractor authors must not read them (heldout13/text)
heldout..heldout9 were blind until the tenth session, which opened them to extractor authors
for analysis (939 gold relations to learn cue words from); heldout10 and the sets after it stay
blind. A floor is the score measured when the rule behind it landed: raise it with the
score, never lower it to let a change pass.
"""
import json, os, subprocess, sys, tempfile

# set: (text dir, {score: floor}, {count: ceiling})
FLOORS = {
    "seeds": ("seeds", {"entity_precision": 1.0, "entity_recall": 1.0,
                        "relation_typed_recall": 0.977, "relation_typed_precision": 1.0},
              {"splits": 0, "merges": 0}),
    "dev": ("tests/articles/dev/text", {"entity_f1": 0.996, "relation_typed_recall": 0.95,
                                       "relation_typed_precision": 0.98},
            {"splits": 0, "merges": 0}),
    "heldout": ("tests/articles/heldout/text", {"entity_f1": 0.982,
                                               "relation_typed_recall": 0.857,
                                               "relation_typed_precision": 0.964},
                {"splits": 0, "merges": 0}),
    "dev2": ("tests/articles/dev2/text", {"entity_f1": 0.996, "relation_typed_recall": 0.966,
                                         "relation_typed_precision": 0.982},
             {"splits": 0, "merges": 0}),
    "heldout2": ("tests/articles/heldout2/text", {"entity_f1": 0.97,
                                                 "relation_typed_recall": 0.795,
                                                 "relation_typed_precision": 0.981},
                 {"splits": 0, "merges": 0}),
    "dev3": ("tests/articles/dev3/text", {"entity_f1": 0.997, "relation_typed_recall": 0.855,
                                         "relation_typed_precision": 0.978},
             {"splits": 0, "merges": 0}),
    # entity F1 0.947 -> 0.945 with 6 -> 0 splits: the scorer counts a true
    # positive per predicted node, so joining a split node removes one
    "heldout3": ("tests/articles/heldout3/text", {"entity_f1": 0.967,
                                                 "relation_typed_recall": 0.759,
                                                 "relation_typed_precision": 0.946},
                 {"splits": 0, "merges": 0}),
    # main 77bf493's score for n01-n06 (n07-n10 moved to heldout5): 3 splits
    "dev4": ("tests/articles/dev4/text", {"entity_f1": 1.0, "relation_typed_recall": 0.866,
                                         "relation_typed_precision": 1.0},
             {"splits": 0, "merges": 0}),
    # main cf9cb61's score with p09-p12 (p01-p08 alone: 0.897 / 0.453 / 0.8, 4 splits)
    # typed floors: main with i21o's and i21r's relation rules of this session
    # entity_f1: i21b publisher lines, wires, captions (0.919 -> 0.934)
    # typed: i21a backers as nouns (0.694 / 0.898 -> 0.706 / 0.9)
    # splits 3 -> 1: i21e's second names ("better known as", "Name (ACRONYM)")
    # entity_f1 0.934 -> 0.938 -> 0.939 -> 0.941: i21e's General Staff, no "Syrian
    # warplanes", no "Syrian state TV"; typed 0.706/0.9 -> 0.718/0.917: government forces
    # typed -> 0.741/0.934: the subject before an apposition (rp)
    "dev5": ("tests/articles/dev5/text", {"entity_f1": 0.944, "relation_typed_recall": 0.741,
                                         "relation_typed_precision": 0.934},
             {"splits": 1, "merges": 0}),
    # main bc57bf5's score (landed at ee8237e's 0.935 / 0.404 / 0.773);
    # blind: look at its summary line only
    "heldout4": ("tests/articles/heldout4/text", {"entity_f1": 0.959,
                                                 "relation_typed_recall": 0.532,
                                                 "relation_typed_precision": 0.868},
                 {"splits": 1, "merges": 1}),
    # main 77bf493's score when heldout5 was made (blind: look at its summary line only)
    "heldout5": ("tests/articles/heldout5/text", {"entity_f1": 0.988,
                                                 "relation_typed_recall": 0.719,
                                                 "relation_typed_precision": 0.92},
                 {"splits": 1, "merges": 0}),
    # main 39ae140's score when heldout6 landed (blind: look at its summary line only);
    # its one merge is a gold artefact (one person, two canonical names), kept as scored
    "heldout6": ("tests/articles/heldout6/text", {"entity_f1": 0.989,
                                                 "relation_typed_recall": 0.655,
                                                 "relation_typed_precision": 0.95},
                 {"splits": 0, "merges": 0}),
    # main d439786's score when heldout7 was made (blind: look at its summary line only);
    # F1 0.939 -> 0.938 when its two splits were joined (one tp per node), splits 2 -> 0
    "heldout7": ("tests/articles/heldout7/text", {"entity_f1": 0.966,
                                                 "relation_typed_recall": 0.793,
                                                 "relation_typed_precision": 0.905},
                 {"splits": 0, "merges": 0}),
    # main 89bd69d's score when heldout8 was made (blind: look at its summary line only);
    # every blind floor raised to main ef24ac3's score at the end of the seventh session
    # typed precision 0.917 -> 0.932: a possessive place is no captured object (rp)
    "heldout8": ("tests/articles/heldout8/text", {"entity_f1": 0.987,
                                                 "relation_typed_recall": 0.847,
                                                 "relation_typed_precision": 0.932},
                 {"splits": 0, "merges": 0}),
    # typed floors of heldout3, heldout5, heldout7, heldout9 raised by ra's cue pass (s11)
    # main b08ef57's score when heldout9 was made (blind: look at its summary line only);
    # every blind floor raised to main 82b4a4c's score at the end of the eighth session
    # typed -> 0.548/0.912: the subject before an apposition (rp)
    "heldout9": ("tests/articles/heldout9/text", {"entity_f1": 0.963,
                                                 "relation_typed_recall": 0.548,
                                                 "relation_typed_precision": 0.912},
                 {"splits": 3, "merges": 2}),
    # main 9122358's (= d1f9167's) score when heldout10 was made (blind: look at its summary line only);
    # every floor of heldout10-13 raised to main b52c8a1's score at the end of the tenth session
    "heldout10": ("tests/articles/heldout10/text", {"entity_f1": 0.937,
                                                   "relation_typed_recall": 0.514,
                                                   "relation_typed_precision": 0.727},
                  {"splits": 1, "merges": 2}),
    # main 0fed363's score when heldout11 landed (7bfbf2f's: F1 0.934, the rest the same; blind:
    # look at its summary line only); its splits and merges are capitals standing for their state
    # in some documents and for the city in others (the seed rule), one ministry named two ways
    "heldout11": ("tests/articles/heldout11/text", {"entity_f1": 0.94,
                                                   "relation_typed_recall": 0.767,
                                                   "relation_typed_precision": 0.857},
                  {"splits": 6, "merges": 4}),
    # main 0b6fb7f's (= 7bfbf2f's) score when heldout12 landed (blind: look at its summary line only)
    "heldout12": ("tests/articles/heldout12/text", {"entity_f1": 0.947,
                                                   "relation_typed_recall": 0.597,
                                                   "relation_typed_precision": 0.886},
                  {"splits": 4, "merges": 2}),
    # main 76c2036's score when heldout13 landed (0373bc3's: F1 0.936, the rest the same; blind:
    # look at its summary line only); its splits and merges are capitals standing for their
    # state in some documents and for the city in others (the seed rule)
    "heldout13": ("tests/articles/heldout13/text", {"entity_f1": 0.938,
                                                   "relation_typed_recall": 0.729,
                                                   "relation_typed_precision": 0.825},
                  {"splits": 2, "merges": 2}),
}


def main(exe, root):
    scorer = os.path.join(root, "tests/articles/score.py")
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, (texts, floors, ceilings) in FLOORS.items():
            out = os.path.join(tmp, name)
            subprocess.run([exe, "-q", "-f", "graphml", "--no-positions", "-o", out,
                            os.path.join(root, texts)], check=True)
            res = json.loads(subprocess.run(
                [sys.executable, scorer, "--gold", os.path.join(root, "tests/articles", name),
                 "--graphml", os.path.join(out, "graph.graphml"), "--json"],
                check=True, capture_output=True, text=True).stdout)
            res.pop("detail")
            print(name + ": " + " ".join(f"{k}={v}" for k, v in res.items()))
            for k, floor in floors.items():
                if res[k] < floor:
                    print(f"  {name}: {k} = {res[k]}, below its floor {floor}")
                    bad = 1
            for k, most in ceilings.items():
                if res[k] > most:
                    print(f"  {name}: {k} = {res[k]}, more than {most}")
                    bad = 1
    return bad


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
