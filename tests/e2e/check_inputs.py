#!/usr/bin/python3
"""check_inputs.py - bad input of news exports: clear errors, previous outputs kept.

usage: check_inputs.py NEWSGRAPH SOURCE_ROOT

- an unsupported file named on the command line (.pdf, .docx) is an error naming it;
- in a directory, files of other kinds are skipped with one warning counting them;
- a malformed JSON line or CSV row is FILE:LINE: reason and the run fails with the
  previous outputs byte-identical; --skip-bad skips and counts it;
- two articles with one id: an error naming both places, outputs kept;
- nothing readable (a folder of PDFs, an empty folder, a JSON Lines file of blank
  lines): exit 1 saying so, previous outputs byte-identical.
"""
import os
import shutil
import subprocess
import sys
import tempfile

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def snapshot(d):
    return {n: open(os.path.join(d, n), "rb").read() for n in sorted(os.listdir(d))}


def main():
    binary, root = sys.argv[1], sys.argv[2]
    tmp = tempfile.mkdtemp(prefix="ng-inputs-")
    try:
        out = os.path.join(tmp, "out")
        fmts = "dot,graphml,gexf,json,evidence"

        def run(*args):
            return subprocess.run([binary, "-j", "2", "-f", fmts, "-o", out] + list(args),
                                  capture_output=True, text=True)

        r = run(os.path.join(root, "seeds"))
        check(r.returncode == 0, f"seeds: {r.stderr}")
        before = snapshot(out)

        def write(name, data):
            p = os.path.join(tmp, name)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, "wb") as f:
                f.write(data if isinstance(data, bytes) else data.encode())
            return p

        def kept(what):
            check(snapshot(out) == before, f"{what}: previous outputs changed")

        pdf = write("report.pdf", b"%PDF-1.4\n")
        r = run(pdf)
        check(r.returncode == 1 and pdf in r.stderr and "unsupported" in r.stderr,
              f"named .pdf: exit {r.returncode}, {r.stderr!r}")
        kept("named .pdf")
        docx = write("memo.docx", b"PK\x03\x04")
        r = run(os.path.join(root, "seeds", "000_1809b1b6f24c1a65.txt"), docx)
        check(r.returncode == 1 and docx in r.stderr, f"named .docx: {r.stderr!r}")
        kept("named .docx")

        # a directory: other kinds skipped with one warning that counts them
        d = os.path.join(tmp, "mixed")
        write("mixed/a.txt", "Turkish forces shelled Ras al-Ain on Monday.\n")
        write("mixed/b.pdf", b"%PDF")
        write("mixed/c.docx", b"PK")
        write("mixed/sub/d.png", b"\x89PNG")
        write("mixed/.hidden", b"x")
        r = subprocess.run([binary, "-q", "-f", "json", "-o", os.path.join(tmp, "o2"), d],
                           capture_output=True, text=True)
        check(r.returncode == 0, f"mixed dir: exit {r.returncode}: {r.stderr}")
        r = subprocess.run([binary, "-f", "json", "-o", os.path.join(tmp, "o2"), d],
                           capture_output=True, text=True)
        lines = [l for l in r.stderr.splitlines() if "skipped" in l]
        check(len(lines) == 1 and "3 files of other kinds skipped" in lines[0],
              f"mixed dir: one counting warning expected: {r.stderr!r}")

        # malformed records: FILE:LINE: reason, the run fails, outputs kept
        good = '{"url": "u%d", "text": "Turkish forces shelled Ras al-Ain."}\n'
        bad = write("bad.jsonl", good % 1 + '{"url": "u2", "text": "cut\n' + good % 3)
        r = run(bad)
        check(r.returncode == 1 and f"{bad}:2: error: malformed JSON" in r.stderr,
              f"malformed JSON line: exit {r.returncode}, {r.stderr!r}")
        kept("malformed JSON line")
        r = run("--skip-bad", bad)
        check(r.returncode == 0 and f"{bad}:2: warning: malformed JSON" in r.stderr
              and "1 malformed record skipped" in r.stderr,
              f"--skip-bad: exit {r.returncode}, {r.stderr!r}")
        before = snapshot(out)
        badcsv = write("bad.csv", 'url,text\nu1,"Turkish forces shelled Ras al-Ain."\n'
                                  'u2,"a "stray" quote"\nu3,fine\n')
        r = run(badcsv)
        check(r.returncode == 1 and f"{badcsv}:3: error: malformed CSV row" in r.stderr,
              f"malformed CSV row: exit {r.returncode}, {r.stderr!r}")
        kept("malformed CSV row")
        short = write("short.csv", "url,title,text\nu1,T,Turkish forces shelled Kobane.\nu2,T\n")
        r = run(short)
        check(r.returncode == 1 and f"{short}:3: error: malformed CSV row: 2 fields, the "
              "header has 3" in r.stderr, f"short CSV row: {r.stderr!r}")
        kept("short CSV row")

        # one id twice
        dup = write("dup.jsonl", good % 1 + good % 2 + good % 1)
        r = run(dup)
        check(r.returncode == 1 and f"{dup}:3: error: article id 'u1' is also the id of "
              f"{dup}:1" in r.stderr, f"duplicate id: {r.stderr!r}")
        kept("duplicate id")

        # nothing readable
        for what, path in (("a folder of PDFs", os.path.dirname(write("pdfs/x.pdf", b"%PDF"))),
                           ("an empty folder", os.path.dirname(write("empty/.keep", b""))),
                           ("blank JSON lines", write("blank.jsonl", "\n\n  \n"))):
            r = run(path)
            check(r.returncode == 1 and "no article found" in r.stderr,
                  f"{what}: exit {r.returncode}, {r.stderr!r}")
            kept(what)
    finally:
        shutil.rmtree(tmp)
    if failures:
        print(f"{len(failures)} failure(s)")
        sys.exit(1)
    print("ok")


main()
