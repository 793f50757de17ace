"""gexf_schema.py - check a GEXF file newsgraph wrote against the GEXF 1.3 grammar.

The same check as tests/common/gexf_schema.h (the C tests): newsgraph writes the
1.2draft namespaces (what networkx reads) plus 1.3's edge "kind"; the file is
checked against tests/schemas/gexf/gexf.rng (RELAX NG: the XSD rejects viz in its
own namespace) after its namespaces and version are renamed to 1.3 and
xsi:schemaLocation is dropped, with xmllint (Debian's libxml2-utils, in .ci/do's
PKGS). Without xmllint the check fails: it is never skipped.
"""
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET

RENAME = {"http://www.gexf.net/1.2draft": "http://gexf.net/1.3",
          "http://www.gexf.net/1.2draft/viz": "http://gexf.net/1.3/viz"}
XSI_LOC = "{http://www.w3.org/2001/XMLSchema-instance}schemaLocation"


def _renamed(name):
    if name.startswith("{"):
        ns, local = name[1:].split("}", 1)
        return "{%s}%s" % (RENAME.get(ns, ns), local)
    return name


def as_13(text):
    """The GEXF text with the 1.2draft namespaces renamed to 1.3 (bytes)."""
    root = ET.fromstring(text)
    for el in root.iter():
        el.tag = _renamed(el.tag)
        for k in list(el.attrib):
            if k == XSI_LOC and el is root:
                del el.attrib[k]
            elif _renamed(k) != k:
                el.attrib[_renamed(k)] = el.attrib.pop(k)
    if root.get("version") == "1.2":
        root.set("version", "1.3")
    return ET.tostring(root, encoding="utf-8")


def problem(path, source_root):
    """None when the file is valid GEXF 1.3 (as renamed), else what is wrong."""
    xmllint = shutil.which("xmllint")
    if not xmllint:
        return "xmllint not found (Debian package libxml2-utils): the GEXF cannot be checked"
    rng = os.path.join(source_root, "tests", "schemas", "gexf", "gexf.rng")
    try:
        data = as_13(open(path, "rb").read())
    except ET.ParseError as e:
        return "not well-formed XML: %s" % e
    r = subprocess.run([xmllint, "--noout", "--relaxng", rng, "-"], input=data,
                       capture_output=True)
    if r.returncode != 0:
        return r.stderr.decode("utf-8", "replace").strip()[:2000]
    return None


def broken_copy_refused(path, source_root):
    """The check fails on a copy of the file whose first edge lost its target
    (a negative control: the check can fail)."""
    text = open(path, encoding="utf-8").read()
    i = text.find("<edge ")
    if i < 0:
        return True
    j = text.find(' target="', i)
    k = text.find('"', j + 9)
    bad = text[:j] + text[k + 1:]
    tmp = path + ".broken.gexf"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(bad)
    try:
        return problem(tmp, source_root) is not None
    finally:
        os.remove(tmp)
