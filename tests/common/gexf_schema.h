/* gexf_schema.h - a GEXF file checked against the GEXF 1.3 RELAX NG grammar
 * in tests/schemas/gexf (header-only; see its README for why the grammar,
 * not the XSD, and why the 1.2draft namespaces are renamed first). */
#ifndef NG_TEST_GEXF_SCHEMA_H
#define NG_TEST_GEXF_SCHEMA_H

#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GEXF_12_NS "http://www.gexf.net/1.2draft"
#define GEXF_12_VIZ "http://www.gexf.net/1.2draft/viz"
#define GEXF_13_NS "http://gexf.net/1.3"
#define GEXF_13_VIZ "http://gexf.net/1.3/viz"

typedef struct gexf_errors {
    char *buf;
    size_t cap, len;
    int n;
} gexf_errors;

static void gexf_error_cb(void *ctx, xmlErrorPtr e)
{
    gexf_errors *g = ctx;
    g->n++;
    if (g->n > 5 || g->len + 1 >= g->cap)
        return;
    int w = snprintf(g->buf + g->len, g->cap - g->len, "line %d: %s", e->line,
                     e->message ? e->message : "?");
    if (w > 0)
        g->len += (size_t)w < g->cap - g->len ? (size_t)w : g->cap - g->len - 1;
}

/* Rename the 1.2draft namespaces of n and below to their 1.3 names. */
static void gexf_rename_ns(xmlNodePtr n)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        for (xmlNsPtr ns = n->nsDef; ns; ns = ns->next) {
            const char *h = (const char *)ns->href;
            const char *to = !h                         ? NULL
                             : !strcmp(h, GEXF_12_NS)   ? GEXF_13_NS
                             : !strcmp(h, GEXF_12_VIZ) ? GEXF_13_VIZ
                                                        : NULL;
            if (to) {
                xmlFree((xmlChar *)ns->href);
                ns->href = xmlStrdup((const xmlChar *)to);
            }
        }
        gexf_rename_ns(n->children);
    }
}

/* 0 when doc is GEXF 1.3 once renamed (see the README), else 1 with the
 * first errors in why. root: the source tree. doc is changed and freed. */
static int gexf_check_doc(const char *root, xmlDocPtr doc, char *why, size_t cap)
{
    static xmlRelaxNGPtr grammar;
    why[0] = '\0';
    if (!doc) {
        snprintf(why, cap, "not well-formed XML");
        return 1;
    }
    if (!grammar) {
        size_t n = strlen(root) + 64;
        char *rng = malloc(n);
        snprintf(rng, n, "%s/tests/schemas/gexf/gexf.rng", root);
        xmlRelaxNGParserCtxtPtr pc = xmlRelaxNGNewParserCtxt(rng);
        grammar = xmlRelaxNGParse(pc);
        xmlRelaxNGFreeParserCtxt(pc);
        free(rng);
        if (!grammar) {
            snprintf(why, cap, "cannot read the grammar tests/schemas/gexf/gexf.rng");
            xmlFreeDoc(doc);
            return 1;
        }
    }
    xmlNodePtr top = xmlDocGetRootElement(doc);
    gexf_rename_ns(top);
    if (top) {
        xmlChar *v = xmlGetProp(top, (const xmlChar *)"version");
        if (v && !xmlStrcmp(v, (const xmlChar *)"1.2"))
            xmlSetProp(top, (const xmlChar *)"version", (const xmlChar *)"1.3");
        xmlFree(v);
        xmlAttrPtr loc = xmlHasNsProp(top, (const xmlChar *)"schemaLocation",
                                      (const xmlChar *)"http://www.w3.org/2001/XMLSchema-instance");
        if (loc)
            xmlRemoveProp(loc);
    }
    gexf_errors g = {why, cap, 0, 0};
    xmlRelaxNGValidCtxtPtr vc = xmlRelaxNGNewValidCtxt(grammar);
    xmlRelaxNGSetValidStructuredErrors(vc, gexf_error_cb, &g);
    int rc = xmlRelaxNGValidateDoc(vc, doc);
    xmlRelaxNGFreeValidCtxt(vc);
    xmlFreeDoc(doc);
    if (rc != 0 && !why[0])
        snprintf(why, cap, "invalid (%d)", rc);
    return rc != 0;
}

static int gexf_check(const char *root, const char *file, char *why, size_t cap)
{
    return gexf_check_doc(root, xmlReadFile(file, NULL, XML_PARSE_NONET), why, cap);
}

static int gexf_check_memory(const char *root, const char *s, size_t n, char *why, size_t cap)
{
    return gexf_check_doc(root, xmlReadMemory(s, (int)n, "stdout.gexf", NULL, XML_PARSE_NONET),
                          why, cap);
}

#endif
