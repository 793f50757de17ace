#!/usr/bin/env python3
"""gen_bigdoc.py - one deterministic book-length document with many distinct names.

usage: gen_bigdoc.py OUTFILE --megabytes M [--names N] [--seed S]

Writes ONE UTF-8 text file of M megabytes (2**20 bytes): paragraphs of 1-5
sentences built from gen_corpus.py's templates (seizures, clashes, backing,
convoys, quotes), so relations, events and dates fire as they do on news.
The slots are filled with the known actors and places of gen_corpus.py (a
few hubs, as in a long report on one war) and with invented ones: people
("Khaled Dazukira", "Colonel Mirabu Tanisa"), organisations ("Dazukira
Brigade", "Liwa Hanuri"), places ("Tell Mizara", "Kafrabu" after "in").
Invented names are new at a steady rate, N per M megabytes (default 200,000
per 18 MB, proportional below), and recur: a name met recently is likely to
come back, an early one now and then. Invented words are four syllables of
a consonant and a, i or u, so no two share a spelling key. The same
arguments always give the same bytes.
"""
import argparse
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_corpus as gc  # noqa: E402

CONS = "bdfgjklmnrstz"
SYLL = [c + v for c in CONS for v in "aiu"]  # 39 syllables
SPACE = len(SYLL) ** 4                       # 2,313,441 words
MULT = 1_000_003                             # coprime with SPACE: i -> word is one-to-one


def word(i):
    """The i-th invented word, distinct for every i < SPACE."""
    k = (i * MULT + 12345) % SPACE
    s = []
    for _ in range(4):
        s.append(SYLL[k % len(SYLL)])
        k //= len(SYLL)
    return "".join(s).capitalize()


ORG_HEADS = ["Brigade", "Front", "Forces", "Battalion", "Movement", "Council", "Division"]
ORG_PREFIX = ["Liwa", "Jaysh", "Katibat", "Harakat"]
TITLES = ["Colonel", "General", "Sheikh", "Major", "Captain"]
VILLAGE_PREFIX = ["Tell", "Kafr", "Khirbet", "Umm", "Bir"]


class Names:
    """Invented names of the three kinds, introduced at a steady rate by bytes."""

    def __init__(self, rng, per_byte):
        self.rng = rng
        self.per_byte = per_byte
        self.count = 0          # invented words used so far (each name has one)
        self.pools = {"org": [], "place": [], "person": []}

    def make(self, kind):
        w = word(self.count)
        self.count += 1
        r = self.rng.random()
        if kind == "org":
            if r < 0.7:
                return f"{w} {self.rng.choice(ORG_HEADS)}"
            return f"{self.rng.choice(ORG_PREFIX)} {w}"
        if kind == "place":
            if r < 0.35:
                return f"{self.rng.choice(VILLAGE_PREFIX)} {w}"
            return w
        if r < 0.25:
            return f"{self.rng.choice(TITLES)} {word(self.count + SPACE // 2)} {w}"
        return f"{self.rng.choice(gc.FIRST)} {w}"

    def get(self, kind, written):
        pool = self.pools[kind]
        if not pool or self.count < written * self.per_byte:
            pool.append(self.make(kind))
            return pool[-1]
        if self.rng.random() < 0.7:  # a name from the last few pages
            return pool[max(0, len(pool) - 1 - int(self.rng.random() * 48))]
        return pool[int(len(pool) * self.rng.random() ** 3)]  # an early one: popular


def sentence(rng, names, written):
    """One sentence of a gen_corpus template, slots from the known and invented names."""
    t = rng.choice(gc.TEMPLATES)

    def actor():
        if rng.random() < 0.3:
            return rng.choice(gc.zipf_choice(rng, gc.ACTORS))
        return names.get("org", written)

    def place():
        if rng.random() < 0.15:
            return rng.choice(gc.zipf_choice(rng, gc.PLACES)[0])
        return names.get("place", written)

    a, b = actor(), actor()
    while b == a:
        b = actor()
    p, q = place(), place()
    while q == p:
        q = place()
    s = gc.zipf_choice(rng, gc.STATES)
    text = t.format(
        A=a, B=b, P=p, Q=q, S=s, S_capital=s, person=names.get("person", written),
        role=rng.choice(gc.ROLES), day=rng.choice(gc.DAYS), month=rng.choice(gc.MONTHS),
        year=rng.randint(2014, 2020), n=rng.randint(2, 400), d=rng.randint(1, 28),
        river=rng.choice(["Euphrates", "Khabur", "Tigris"]),
        camp=rng.choice(["al-Hawl", "al-Hol", "Roj", "Ain Issa"]),
        country=rng.choice(gc.COUNTRIES), village=names.get("place", written))
    return text[0].upper() + text[1:]


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outfile")
    ap.add_argument("--megabytes", type=float, required=True)
    ap.add_argument("--names", type=int, help="invented names in all (default 200,000 per 18 MB)")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    limit = int(a.megabytes * 1024 * 1024)
    n = a.names if a.names is not None else round(200_000 * a.megabytes / 18)
    rng = random.Random(a.seed)
    names = Names(rng, n / limit)
    total = 0
    with open(a.outfile, "wb") as f:
        head = f"The long war: a report on {gc.COUNTRIES[0]} and {gc.COUNTRIES[1]}\n\n"
        f.write(head.encode())
        total += len(head.encode())
        while total < limit:
            para = " ".join(sentence(rng, names, total) for _ in range(rng.randint(1, 5)))
            data = (para + "\n\n").encode("utf-8")
            if total + len(data) > limit:
                break
            f.write(data)
            total += len(data)
    print(f"{total} bytes, {names.count} invented names in {a.outfile}", file=sys.stderr)


if __name__ == "__main__":
    main()
