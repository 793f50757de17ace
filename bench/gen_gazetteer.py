#!/usr/bin/env python3
"""Write a deterministic synthetic gazetteer of N lines (and an article naming some of it).

    python3 bench/gen_gazetteer.py --lines N --out FILE [--article FILE] [--shape SHAPE]

Every line is a distinct entry in the format of data/gazetteer.tsv: a canonical name of two
or three invented words, a kind and category, two aliases (a longer form and a variant
with "al-"), and for places coordinates and, one time in ten, a parent. About 80 bytes a
line, three names each; the vocabulary grows with the lines (about 2 sqrt(N) words, some
with diacritics), as in a real list of names. The same N always gives the same bytes.
--shape names writes the other common shape instead: one name a line (two
words, one in four three), places with coordinates, and one line in eight with
two to six aliases (the name with "al-", a spelling with other vowels, a longer
form), about 50 bytes a line.
--article writes a short news text that mentions one entry in a thousand by its name or
an alias, so that runs with and without a change can be compared on what they extract.
"""
import argparse
import math

ONSETS = ["b", "d", "f", "g", "h", "k", "l", "m", "n", "q", "r", "s", "t", "v", "z",
          "sh", "kh", "th", "dr", "br"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ou", "é", "ü", "ā"]
CODAS = ["", "n", "r", "s", "l", "m", "d", "sk", "nt", "z"]

ACTOR_CATS = ["armed_group", "government", "ngo", "person", "political_party", "tribe",
              "company", "media"]
PLACE_CATS = ["city", "town", "village", "district", "camp", "river", "mountain", "region"]
EVENT_CATS = ["battle", "siege", "offensive", "attack"]
SUFFIXES = ["District", "Brigade", "Camp", "Front", "Subdistrict", "Council"]


def word(i):
    """The i-th invented word: two or three syllables, capitalised."""
    syl = []
    n = 2 + (i % 3 == 0)
    x = i * 2654435761 % 4294967296 ^ i
    for _ in range(n):
        syl.append(ONSETS[x % len(ONSETS)] + VOWELS[(x // 20) % len(VOWELS)] +
                   CODAS[(x // 200) % len(CODAS)])
        x //= 2000
    # the index, spelled in letters no syllable has, keeps every word distinct
    tail = ""
    j = i
    while True:
        tail += "cjpwxy"[j % 6]
        j //= 6
        if not j:
            break
    w = "".join(syl) + tail
    return w[0].upper() + w[1:]


def entry(i, v):
    """Words (a, b[, c]) of entry i: a bijection onto pairs of a v-word vocabulary."""
    a, b = i % v, (i // v) % v
    c = (i * 7 + 3) % v
    return a, b, c


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lines", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--article")
    ap.add_argument("--shape", choices=("aliases", "names"), default="aliases")
    args = ap.parse_args()
    n = args.lines
    v = max(16, int(math.isqrt(n)) + 1)
    words = [word(k) for k in range(2 * v)]
    mentions = []
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        if args.shape == "names":
            f.write("# synthetic gazetteer: bench/gen_gazetteer.py --lines %d --shape names\n" % n)
            for i in range(n):
                a, b, c = entry(i, v)
                name = words[a] + " " + words[v + b]
                if i % 4 == 3:
                    name += " " + words[c]
                kind = "place" if i % 20 < 12 else "actor" if i % 20 < 19 else "event"
                cat = {"place": PLACE_CATS, "actor": ACTOR_CATS, "event": EVENT_CATS}[kind]
                fields = [name, kind, cat[i % len(cat)]]
                if i % 8 == 5:
                    # other vowels: the word's tail keeps it apart from every other word
                    other = words[a].replace("ou", "u").replace("a", "e", 1)
                    al = [words[a] + " al-" + words[v + b], other + " " + words[v + b],
                          name + " " + SUFFIXES[i % len(SUFFIXES)],
                          "al-" + name, words[v + b] + " " + words[a]][:2 + i % 5]
                    fields.append("|".join(al))
                if kind == "place":
                    if len(fields) == 3:
                        fields.append("")
                    fields += ["%.2f" % ((i * 37 % 18000) / 100.0 - 90.0),
                               "%.2f" % ((i * 91 % 36000) / 100.0 - 180.0)]
                f.write("\t".join(fields) + "\n")
                if i % 1000 == 7:
                    mentions.append((0, name, name, name, kind))
            n = 0  # written
        else:
            f.write("# synthetic gazetteer: bench/gen_gazetteer.py --lines %d\n" % n)
        for i in range(n):
            a, b, c = entry(i, v)
            name = words[a] + " " + words[v + b]
            longer = name + " " + words[c]
            variant = words[a] + " al-" + words[v + b]
            kind = ("actor", "place", "event")[i % 5 % 3]
            fields = [name, kind]
            if kind == "actor":
                fields += [ACTOR_CATS[i % len(ACTOR_CATS)], longer + "|" + variant]
            elif kind == "event":
                fields += [EVENT_CATS[i % len(EVENT_CATS)], "Battle of " + name + "|" + variant]
            else:
                lat = (i * 37 % 18000) / 100.0 - 90.0
                lon = (i * 91 % 36000) / 100.0 - 180.0
                fields += [PLACE_CATS[i % len(PLACE_CATS)], longer + "|" + variant,
                           "%.2f" % lat, "%.2f" % lon]
                if i % 10 == 1 and i > 10:
                    p = i - 10
                    pa, pb, _ = entry(p, v)
                    fields.append(words[pa] + " " + words[v + pb])
            f.write("\t".join(fields) + "\n")
            if i % 1000 == 7:
                mentions.append((i % 3, name, longer, variant, kind))
    if args.article:
        with open(args.article, "w", encoding="utf-8") as f:
            f.write("Synthetic report on the gazetteer\n\n")
            for k, (form, name, longer, variant, kind) in enumerate(mentions):
                said = (name, longer, variant)[form]
                if kind == "place":
                    f.write("Fighting was reported in %s on Monday, officials said.\n" % said)
                elif kind == "event":
                    f.write("The %s began last year, witnesses said.\n" % said)
                else:
                    f.write("%s said it would hold talks with the government.\n" % said)
                if k % 8 == 7:
                    f.write("\n")


if __name__ == "__main__":
    main()
