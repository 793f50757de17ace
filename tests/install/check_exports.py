#!/usr/bin/env python3
"""check_exports.py - the shared library exports exactly the documented API.

usage: check_exports.py LIBNEWSGRAPH.so INCLUDEDIR

The functions the public headers declare (each marked NG_API) must be the
functions `nm -D --defined-only` lists for the shared object: none extra
(an internal symbol leaking), none missing. Each declaration must follow
a comment (its contract) or belong to a group of declarations that one
comment covers (no blank line between them).
"""
import glob
import os
import re
import subprocess
import sys

so, incdir = sys.argv[1], sys.argv[2]
declared, undocumented = set(), []
for h in sorted(glob.glob(os.path.join(incdir, "newsgraph", "*.h"))):
    lines = open(h, encoding="utf-8").read().split("\n")
    for i, line in enumerate(lines):
        if not line.startswith("NG_API "):
            continue
        m = re.search(r"\b(ng_[a-z0-9_]+)\(", line)
        if not m:
            sys.exit("%s:%d: NG_API without a function name" % (h, i + 1))
        declared.add(m.group(1))
        # walk up through the group's other declarations to its comment
        j = i - 1
        while j >= 0 and lines[j].strip() and not lines[j].rstrip().endswith("*/"):
            if lines[j].startswith("typedef") or lines[j].startswith("}"):
                break
            j -= 1
        if j < 0 or not lines[j].rstrip().endswith("*/"):
            undocumented.append("%s:%d: %s" % (os.path.basename(h), i + 1, m.group(1)))

out = subprocess.run(["nm", "-D", "--defined-only", so], check=True, capture_output=True,
                     text=True).stdout
exported = set()
for line in out.splitlines():
    parts = line.split()
    if len(parts) == 3 and parts[1] in "TtWiDdBbRrVv":
        exported.add(parts[2])
extra = sorted(exported - declared)
missing = sorted(declared - exported)
ok = True
if extra:
    print("exported but not declared in the public headers:", " ".join(extra))
    ok = False
if missing:
    print("declared but not exported:", " ".join(missing))
    ok = False
if undocumented:
    print("declared without a comment:\n  " + "\n  ".join(undocumented))
    ok = False
if not ok:
    sys.exit(1)
print("check_exports: %d functions, all declared, documented and exported" % len(exported))
