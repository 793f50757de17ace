#!/usr/bin/env python3
"""gen_corpus.py - a deterministic synthetic news corpus for benchmarks.

usage: gen_corpus.py OUTDIR (--articles N | --megabytes M) [--seed S] [--per-dir K]

Writes article-sized UTF-8 files (a headline, a dateline and 8-40 sentences,
about 3 KB on average, like the seed articles) built from varied sentence
templates about the war in Syria and Iraq. Slots are filled from pools of
actors, places and people, each with its usual spelling variants (ISIS / IS
/ Isil / Daesh, Deir Ezzor / Deir el-Zour / Deir al-Zor, Mustafa / Mostafa,
accents or not), plus invented people and villages so that discovery rules
(not only the gazetteer) are exercised, quotes, numbers, dates and page
furniture. The same arguments always give the same bytes. Files are spread
over sub-directories of K files (default 1000).
"""
import argparse
import os
import random
import sys

ACTORS = [
    ["Islamic State", "ISIS", "IS", "Isil", "Daesh", "the Islamic State group"],
    ["Syrian Democratic Forces", "SDF", "the US-backed Syrian Democratic Forces"],
    ["People's Protection Units", "YPG", "the Kurdish YPG"],
    ["US-led coalition", "the U.S.-led coalition", "the anti-IS coalition"],
    ["Syrian army", "Syrian Arab Army", "Syrian military", "government forces"],
    ["Hezbollah", "Hizbullah"],
    ["Hayat Tahrir al-Sham", "HTS"],
    ["Free Syrian Army", "FSA"],
    ["Turkish army", "Turkish forces"],
    ["Iraqi forces", "Iraqi army", "Iraqi Security Forces"],
    ["Peshmerga", "Kurdish Peshmerga"],
    ["Popular Mobilization Forces", "PMF", "Hashd al-Shaabi"],
    ["Syrian National Army", "SNA"],
    ["Syrian Observatory for Human Rights", "the Observatory", "SOHR"],
    ["UN", "United Nations"],
    ["Red Crescent", "Syrian Arab Red Crescent"],
    ["Deir ez-Zor Military Council", "Deir Ezzor Military Council"],
]
STATES = ["United States", "US", "Russia", "Turkey", "Iran", "Iraq", "France", "Britain",
          "Jordan", "Saudi Arabia", "Germany", "Israel"]
PLACES = [  # spellings, country
    (["Raqqa", "Rakka", "Raqqah"], "Syria"),
    (["Deir Ezzor", "Deir el-Zour", "Deir al-Zor", "Deir ez-Zor"], "Syria"),
    (["Baghuz", "Baghouz"], "Syria"), (["Mayadin", "Mayadeen"], "Syria"), (["Hajin"], "Syria"),
    (["Abu Kamal", "Albu Kamal", "Bukamal"], "Syria"), (["Manbij", "Menbij"], "Syria"),
    (["Kobani", "Kobane"], "Syria"), (["Tabqa"], "Syria"),
    (["Hasakah", "Hasakeh", "Hassakeh"], "Syria"), (["Qamishli", "Qamishlo"], "Syria"),
    (["al-Hawl", "al-Hol"], "Syria"), (["Roj camp"], "Syria"),
    (["Ain Issa", "A\u00efn Issa"], "Syria"), (["Tal Abyad"], "Syria"),
    (["Ras al-Ain", "Ras al-Ayn"], "Syria"), (["Afrin"], "Syria"), (["Idlib", "Idleb"], "Syria"),
    (["Aleppo"], "Syria"), (["Homs"], "Syria"), (["Palmyra", "Tadmur"], "Syria"),
    (["Damascus"], "Syria"), (["Shaddadi", "al-Shaddadi"], "Syria"), (["Markada"], "Syria"),
    (["Susah"], "Syria"), (["Mosul"], "Iraq"), (["Sinjar"], "Iraq"), (["Tal Afar"], "Iraq"),
    (["Fallujah", "Falluja"], "Iraq"), (["Ramadi"], "Iraq"), (["Anbar"], "Iraq"),
    (["Kirkuk"], "Iraq"), (["Erbil", "Irbil"], "Iraq"), (["Gaziantep"], "Turkey"),
    (["Akcakale"], "Turkey"),
]
COUNTRIES = ["Syria", "Iraq", "Turkey", "Lebanon", "Jordan"]
FIRST = ["Mustafa", "Mostafa", "Ahmed", "Ahmad", "Khaled", "Khalid", "Omar", "Hassan",
         "Hussein", "Ibrahim", "Karim", "Nour", "Leila", "Layla", "Salim", "Rami", "Adnan",
         "Bashir", "Walid", "Farhad", "Jamal", "Youssef", "Yusuf", "Samir", "Tariq"]
LAST = ["Bali", "Haddad", "Khalil", "al-Ahmad", "Darwish", "Derwish", "Hamdan", "Mansour",
        "al-Hussein", "Nasser", "Saleh", "Abdi", "Othman", "Karimi", "Suleiman", "Jaber",
        "al-Khatib", "Yassin", "Barakat", "Shami"]
ROLES = ["spokesman", "commander", "official", "activist", "researcher", "leader"]
INVENTED_VILLAGE_A = ["Tell", "Kafr", "Ain", "Deir", "Jurf", "Khirbet", "Umm", "Bir"]
INVENTED_VILLAGE_B = ["Hamis", "Zahra", "Shaer", "Qasr", "Ruman", "Saqr", "Nahla", "Diban",
                      "Harran", "Ghazal", "Sabkha", "Jadid"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FURNITURE = ["Post a Comment", "Share this article", "Read Full Article",
             "Please enter your name here", "Related Articles"]

TEMPLATES = [
    "{A} fighters seized {P} from {B} on {day}, {person}, a {role} with {A}, said.",
    "The {A}, backed by {S}, advanced into {P} after weeks of fighting.",
    "{S}-backed {A} captured the town of {P}, {n} km from {Q}.",
    "Air strikes by {A} against {B}-held areas near {P} killed {n} people, the Observatory said.",
    "{person}, {A} {role}, told reporters that {B} still controls parts of {P}.",
    "Thousands of civilians fled {P} as {A} besieged the city on {day}.",
    "A convoy of {B} fighters left {P} for {Q} under a deal brokered by tribal elders.",
    "{B} retains a foothold in {P}, a village near the {river} river.",
    "\"We will not leave {P},\" said {person}, an activist from the town.",
    "{A} said it had not captured {P}, denying reports by {B}.",
    "Families of {B} members are held in the {camp} camp in {country}.",
    "The siege of {P} ended in {month} {year}, when {A} took control of the town.",
    "{S} denied backing {A} in its offensive on {P}.",
    "{P}, {country}, has been under the control of {A} since {year}.",
    "{country}'s {P} province was the scene of heavy clashes between {A} and {B}.",
    "The {village} village, near {P}, was shelled on {day}.",
    "According to {person}, {A} moved its headquarters to {P} in {month}.",
    "{A} and {B} clashed in {P} on {day} ({d} {month}).",
    "In {year}, {B} seized {P}, turning it into the capital of its self-declared caliphate.",
    "Officials in {S_capital} said the operation against {B} would continue.",
    "The offensive to recapture {P} began in {month} {year}.",
    "Some {n} {B} militants surrendered in {P} after {A} encircled the town.",
    "{person} was detained in {P} prison, his family said.",
    "Kurdish-led forces pushed into the outskirts of {P} on {day}.",
    "Residents said the market in {P} reopened last week.",
    "{A} and {S} troops patrolled the road between {P} and {Q}.",
    "The United Nations said {n} families had returned to {P}.",
    "A car bomb exploded in {P}, killing {n} people, {A} said.",
]
HEADLINES = [
    "{A} takes {P} as {B} retreats", "Fighting rages near {P}", "Civilians flee {P}",
    "{B} holdouts surrender in {P}", "Convoy leaves {P} under truce",
    "Air strikes hit {P} as offensive grinds on",
]
DATELINES = ["{PU}, {country} (Reuters) -", "{PU}, {country} \u2014", "BEIRUT, Lebanon (AP) \u2014", ""]


def pick(rng, pool):
    v = rng.choice(pool)
    return rng.choice(v) if isinstance(v, list) else v


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def zipf_choice(rng, pool):
    """Popular items first: item i is chosen with weight 1/(i+1)."""
    weights = [1.0 / (i + 1) for i in range(len(pool))]
    return rng.choices(pool, weights)[0]


def cast(rng):
    """The actors, places and people one article is about."""
    actors = []
    while len(actors) < 3:
        a = zipf_choice(rng, ACTORS)
        if a not in actors:
            actors.append(a)
    places = []
    while len(places) < 3:
        p = zipf_choice(rng, PLACES)
        if p not in places:
            places.append(p)
    people = [person(rng) for _ in range(2)]
    return actors, places, people


def fill(rng, template, story):
    actors, places, people = story
    a, b = rng.sample(actors, 2)
    (p, pc), (q, _) = rng.sample(places, 2)
    s = zipf_choice(rng, STATES)
    caps = {"US": "Washington", "United States": "Washington", "Russia": "Moscow",
            "Turkey": "Ankara", "Iran": "Tehran"}
    village = f"{rng.choice(INVENTED_VILLAGE_A)} {rng.choice(INVENTED_VILLAGE_B)}"
    pl = rng.choice(p)
    return template.format(
        A=rng.choice(a), B=rng.choice(b), P=pl, PU=pl.upper(), Q=rng.choice(q), S=s,
        S_capital=caps.get(s, s), person=rng.choice(people), role=rng.choice(ROLES),
        day=rng.choice(DAYS), month=rng.choice(MONTHS), year=rng.randint(2014, 2020),
        n=rng.randint(2, 400), d=rng.randint(1, 28),
        river=rng.choice(["Euphrates", "Khabur", "Tigris"]),
        camp=rng.choice(["al-Hawl", "al-Hol", "Roj", "Ain Issa"]), country=pc,
        village=village)


def article(rng):
    story = cast(rng)
    lines = [fill(rng, rng.choice(HEADLINES), story), ""]
    dl = rng.choice(DATELINES)
    body = []
    for _ in range(rng.randint(3, 9)):
        para = " ".join(fill(rng, rng.choice(TEMPLATES), story)
                        for _ in range(rng.randint(1, 5)))
        body.append(para)
    if dl:
        body[0] = fill(rng, dl, story) + " " + body[0]
    lines += [p + "\n" for p in body]
    if rng.random() < 0.3:
        lines.append(rng.choice(FURNITURE))
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir")
    size = ap.add_mutually_exclusive_group(required=True)
    size.add_argument("--articles", type=int)
    size.add_argument("--megabytes", type=float)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-dir", type=int, default=1000)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    limit = int(a.megabytes * 1024 * 1024) if a.megabytes else None
    total = count = 0
    while (a.articles is None or count < a.articles) and (limit is None or total < limit):
        text = article(rng).encode("utf-8")
        d = os.path.join(a.outdir, f"{count // a.per_dir:05d}")
        if count % a.per_dir == 0:
            os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, f"{count:07d}.txt"), "wb") as f:
            f.write(text)
        total += len(text)
        count += 1
    print(f"{count} articles, {total} bytes in {a.outdir}", file=sys.stderr)


if __name__ == "__main__":
    main()
