#!/usr/bin/env python3
"""check_calls.py LIBRARY.a [NM] - no source file calls into a file that calls it back.

Reads the symbol tables of the library's object files (nm): a file "uses"
another when one of its undefined symbols is defined (externally) by the
other. Fails, naming both files, on every pair that use each other; a file
using its own symbols is fine. ARCHITECTURE.md: calls go one way.
"""

import os
import re
import subprocess
import sys

LINE = re.compile(r'^(?:.*\[(?P<member>[^\]]+)\]|(?P<object>[^:\[]+)): '
                  r'(?P<name>\S+) (?P<type>\S)')


def symbols(nm, lib, flags):
    """{object file: set of symbol names} for nm -P -A FLAGS LIB."""
    out = subprocess.run([nm, '-P', '-A'] + flags + [lib], check=True,
                         stdout=subprocess.PIPE, universal_newlines=True).stdout
    table = {}
    for line in out.splitlines():
        m = LINE.match(line)
        if not m:
            continue
        obj = os.path.basename(m.group('member') or m.group('object'))
        table.setdefault(obj, set()).add(m.group('name'))
    return table


def source_name(obj):
    """src_core_buf.c.o -> src_core_buf.c (meson's object name for src/core/buf.c)"""
    return obj[:-2] if obj.endswith('.o') else obj


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit('usage: check_calls.py LIBRARY.a [NM]')
    lib = sys.argv[1]
    nm = sys.argv[2] if len(sys.argv) == 3 else 'nm'
    defined = symbols(nm, lib, ['--defined-only', '--extern-only'])
    undefined = symbols(nm, lib, ['-u'])
    owner = {}
    for obj, names in defined.items():
        for name in names:
            owner.setdefault(name, obj)
    uses = {}
    for obj, names in undefined.items():
        for name in names:
            to = owner.get(name)
            if to is not None and to != obj:
                uses.setdefault(obj, {}).setdefault(to, set()).add(name)
    if not defined or not uses:
        sys.exit('check_calls: no cross-file calls found in %s (nm output?)' % lib)
    bad = []
    for a in sorted(uses):
        for b in sorted(uses[a]):
            if a < b and a in uses.get(b, {}):
                bad.append('%s <-> %s: %s calls %s; %s calls %s' % (
                    source_name(a), source_name(b),
                    source_name(a), ', '.join(sorted(uses[a][b])),
                    source_name(b), ', '.join(sorted(uses[b][a]))))
    for line in bad:
        print(line)
    if bad:
        print('%d pair(s) of files call each other' % len(bad))
        return 1
    print('ok: %d files, no two call each other' % len(defined))
    return 0


if __name__ == '__main__':
    sys.exit(main())
