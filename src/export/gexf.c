/* gexf.c - GEXF 1.2 (Gephi): typed attributes, viz colours/sizes/positions, dated events */
#include <libxml/xmlwriter.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/buf.h"
#include "escape.h"
#include "export_priv.h"

/* GEXF 1.2draft, not 1.3: Gephi and graphology-gexf read both, but
 * networkx (2.8 in Debian 12, and 3.x) finds no graph in a 1.3 file:
 * it knows the 1.1draft and 1.2draft namespaces only. Nothing written
 * here needs 1.3. */
#define GEXF_NS "http://www.gexf.net/1.2draft"
#define VIZ_NS "http://www.gexf.net/1.2draft/viz"

typedef struct gx {
    xmlTextWriterPtr w;
    ng_buf clean;
    int err;
} gx;

static void chk(gx *g, int rc)
{
    if (rc < 0)
        g->err = 1;
}

static void start(gx *g, const char *el)
{
    chk(g, xmlTextWriterStartElement(g->w, BAD_CAST el));
}

static void end(gx *g)
{
    chk(g, xmlTextWriterEndElement(g->w));
}

static void attr(gx *g, const char *name, const char *value)
{
    g->clean.len = 0;
    ng_escape_xml_clean(&g->clean, value, strlen(value));
    chk(g, xmlTextWriterWriteAttribute(g->w, BAD_CAST name, BAD_CAST ng_buf_cstr(&g->clean)));
}

static void attr_num(gx *g, const char *name, double v)
{
    char b[64];
    snprintf(b, sizeof b, "%.6g", v);
    attr(g, name, b);
}

static void attvalue(gx *g, const char *key, const char *value)
{
    if (!value || !*value)
        return;
    start(g, "attvalue");
    attr(g, "for", key);
    attr(g, "value", value);
    end(g);
}

/* Declare the attributes a (first_seen and last_seen only when seen). */
static void declare(gx *g, const char *cls, const char *const (*a)[2], int seen)
{
    start(g, "attributes");
    attr(g, "class", cls);
    for (; (*a)[0]; a++) {
        if (!seen && strstr((*a)[0], "_seen"))
            continue;
        start(g, "attribute");
        attr(g, "id", (*a)[0]);
        attr(g, "title", (*a)[0]);
        attr(g, "type", (*a)[1]);
        end(g);
    }
    end(g);
}

static int days_in_month(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return d[(m - 1) % 12];
}

/* The interval an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) covers. */
static int date_span(const char *date, char from[40], char to[40])
{
    int y = 0, m = 0, d = 0;
    int n = sscanf(date, "%4d-%2d-%2d", &y, &m, &d);
    if (n < 1 || y < 1 || y > 9999)
        return 0;
    if (n == 1) {
        snprintf(from, 40, "%04d-01-01", y);
        snprintf(to, 40, "%04d-12-31", y);
    } else if (n == 2 && m >= 1 && m <= 12) {
        snprintf(from, 40, "%04d-%02d-01", y, m);
        snprintf(to, 40, "%04d-%02d-%02d", y, m, days_in_month(y, m));
    } else if (n == 3 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m)) {
        snprintf(from, 40, "%04d-%02d-%02d", y, m, d);
        snprintf(to, 40, "%04d-%02d-%02d", y, m, d);
    } else {
        return 0;
    }
    return 1;
}

static void join_docs(ng_buf *b, const ng_graph *g, const uint32_t *docs, size_t n)
{
    b->len = 0;
    for (size_t i = 0; i < n; i++) {
        const char *name = ng_graph_doc_name(g, docs[i]);
        if (i)
            ng_buf_putc(b, '|');
        ng_buf_puts(b, name ? name : "?");
    }
    ng_buf_cstr(b);
}

static const char *kind_shape(ng_kind k)
{
    return k == NG_KIND_ACTOR ? "square" : k == NG_KIND_PLACE ? "disc" : "diamond";
}

int ng_export_gexf(ng_export *x, FILE *out, ng_diag *diag)
{
    const ng_graph *g = ng_export_data(x, diag);
    if (!g)
        return NG_EARG;
    size_t nn = ng_graph_node_count(g), ne = ng_graph_edge_count(g);
    ng_node_view v;
    ng_edge_view e;
    int dynamic = 0;
    char from[40], to[40];
    for (size_t i = 0; i < nn && !dynamic; i++) {
        ng_graph_node(g, (uint32_t)i, &v);
        dynamic = (v.date && date_span(v.date, from, to)) || v.first_seen[0];
    }
    ng_xml_quiet quiet;
    ng_xml_quiet_begin(&quiet);
    xmlOutputBufferPtr ob = xmlOutputBufferCreateFile(out, NULL);
    if (!ob) {
        ng_xml_quiet_end(&quiet);
        ng_diag_report(diag, NG_DIAG_ERROR, NULL, 0, "cannot create GEXF output buffer");
        return NG_EIO;
    }
    gx gw = {xmlNewTextWriter(ob), NG_BUF_INIT, 0};
    if (!gw.w) {
        xmlOutputBufferClose(ob);
        ng_xml_quiet_end(&quiet);
        ng_diag_report(diag, NG_DIAG_ERROR, NULL, 0, "cannot create GEXF writer");
        return NG_EIO;
    }
    gx *w = &gw;
    xmlTextWriterSetIndent(w->w, 1);
    xmlTextWriterSetIndentString(w->w, BAD_CAST "  ");
    chk(w, xmlTextWriterStartDocument(w->w, "1.0", "UTF-8", NULL));
    start(w, "gexf");
    attr(w, "xmlns", GEXF_NS);
    attr(w, "xmlns:viz", VIZ_NS);
    attr(w, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
    attr(w, "xsi:schemaLocation", GEXF_NS " " GEXF_NS "/gexf.xsd");
    attr(w, "version", "1.2");
    start(w, "meta");
    chk(w, xmlTextWriterWriteElement(w->w, BAD_CAST "creator", BAD_CAST "newsgraph " NG_VERSION));
    ng_buf b = NG_BUF_INIT;
    size_t nd = 0; /* the documents read (one skipped after it was numbered has no name) */
    for (size_t i = 0; i < ng_graph_doc_count(g); i++)
        nd += ng_graph_doc_name(g, (uint32_t)i) != NULL;
    ng_buf_printf(&b, "Actors, places and events of %zu document%s, linked by the relations "
                      "the text states",
                  nd, nd == 1 ? "" : "s");
    chk(w, xmlTextWriterWriteElement(w->w, BAD_CAST "description", BAD_CAST b.data));
    end(w);
    start(w, "graph");
    attr(w, "defaultedgetype", "directed");
    attr(w, "mode", dynamic ? "dynamic" : "static");
    if (dynamic)
        attr(w, "timeformat", "date");
    static const char *const node_attrs[][2] = {
        {"kind", "string"},   {"category", "string"}, {"aliases", "string"},
        {"docs", "string"},   {"documents", "integer"}, {"mentions", "integer"},
        {"rule", "string"},
        {"date", "string"},   {"latitude", "double"},  {"longitude", "double"},
        {"first_seen", "string"}, {"last_seen", "string"}, {NULL, NULL}};
    static const char *const edge_attrs[][2] = {
        {"relation", "string"}, {"role", "string"}, {"docs", "string"}, {"evidence", "string"},
        {"first_seen", "string"}, {"last_seen", "string"}, {NULL, NULL}};
    /* the article dates as attributes too: readers that ignore spells
     * (graphology, networkx) keep them */
    int seen = ng_graph_has_articles(g);
    declare(w, "node", node_attrs, seen);
    declare(w, "edge", edge_attrs, seen);
    char id[64];
    ng_buf ids = NG_BUF_INIT; /* stable node and edge ids */
    start(w, "nodes");
    for (size_t i = 0; i < nn && !w->err; i++) {
        ng_graph_node(g, (uint32_t)i, &v);
        start(w, "node");
        ids.len = 0;
        ng_escape_id(&ids, v.key);
        attr(w, "id", ng_buf_cstr(&ids));
        attr(w, "label", v.label);
        /* alive from the first article that names it to the last (Gephi's
         * timeline plays the story); without dated articles, an event on
         * its date */
        if (v.first_seen[0]) {
            attr(w, "start", v.first_seen);
            attr(w, "end", v.last_seen);
        } else if (v.date && date_span(v.date, from, to)) {
            attr(w, "start", from);
            attr(w, "end", to);
        }
        start(w, "attvalues");
        attvalue(w, "kind", ng_kind_name(v.kind));
        attvalue(w, "category", v.category);
        b.len = 0;
        for (size_t a = 0; a < v.n_aliases; a++) {
            if (a)
                ng_buf_putc(&b, '|');
            ng_buf_puts(&b, v.aliases[a]);
        }
        attvalue(w, "aliases", ng_buf_cstr(&b));
        join_docs(&b, g, v.docs, v.n_docs);
        attvalue(w, "docs", b.data);
        snprintf(id, sizeof id, "%llu", (unsigned long long)v.doc_count);
        attvalue(w, "documents", id);
        snprintf(id, sizeof id, "%llu", (unsigned long long)v.mentions);
        attvalue(w, "mentions", id);
        attvalue(w, "rule", v.rule);
        attvalue(w, "date", v.date);
        if (v.has_geo) {
            snprintf(id, sizeof id, "%.6g", v.lat);
            attvalue(w, "latitude", id);
            snprintf(id, sizeof id, "%.6g", v.lon);
            attvalue(w, "longitude", id);
        }
        attvalue(w, "first_seen", v.first_seen);
        attvalue(w, "last_seen", v.last_seen);
        end(w);
        int r, gg, bb;
        ng_kind_rgb(v.kind, &r, &gg, &bb);
        start(w, "viz:color");
        attr_num(w, "r", r);
        attr_num(w, "g", gg);
        attr_num(w, "b", bb);
        end(w);
        start(w, "viz:size");
        attr_num(w, "value", ng_node_size(v.mentions));
        end(w);
        double px, py;
        if (ng_export_node_pos(x, g, (uint32_t)i, &px, &py)) {
            start(w, "viz:position");
            attr_num(w, "x", px);
            attr_num(w, "y", py);
            attr(w, "z", "0.0");
            end(w);
        }
        start(w, "viz:shape");
        attr(w, "value", kind_shape(v.kind));
        end(w);
        end(w);
    }
    end(w);
    start(w, "edges");
    for (size_t i = 0; i < ne && !w->err; i++) {
        ng_graph_edge(g, (uint32_t)i, &e);
        start(w, "edge");
        {
            ng_node_view s, t;
            ng_graph_node(g, e.src, &s);
            ng_graph_node(g, e.dst, &t);
            ids.len = 0;
            ng_escape_edge_id(&ids, s.key, ng_relation_name(e.relation), t.key);
            attr(w, "id", ng_buf_cstr(&ids));
            ids.len = 0;
            ng_escape_id(&ids, s.key);
            attr(w, "source", ng_buf_cstr(&ids));
            ids.len = 0;
            ng_escape_id(&ids, t.key);
            attr(w, "target", ng_buf_cstr(&ids));
        }
        if (!x->o.directed_only && ng_relation_symmetric(e.relation))
            attr(w, "type", "undirected"); /* Gephi: no arrow, counted once */
        const char *rel = ng_relation_name(e.relation);
        attr(w, "label", rel);
        attr(w, "kind", rel); /* parallel edges of different relations stay apart */
        attr_num(w, "weight", (double)e.weight);
        /* an edge of a dated event lives when the event does */
        ng_node_view a, c;
        ng_graph_node(g, e.src, &a);
        ng_graph_node(g, e.dst, &c);
        const char *date = a.date ? a.date : c.date;
        if (e.first_seen[0]) {
            attr(w, "start", e.first_seen);
            attr(w, "end", e.last_seen);
        } else if (date && date_span(date, from, to)) {
            attr(w, "start", from);
            attr(w, "end", to);
        }
        start(w, "attvalues");
        attvalue(w, "relation", rel);
        attvalue(w, "role", e.role);
        join_docs(&b, g, e.docs, e.n_docs);
        attvalue(w, "docs", b.data);
        if (e.n_evidence)
            attvalue(w, "evidence", e.evidence[0].text);
        attvalue(w, "first_seen", e.first_seen);
        attvalue(w, "last_seen", e.last_seen);
        end(w);
        unsigned col = (unsigned)strtoul(ng_relation_color(e.relation) + 1, NULL, 16);
        start(w, "viz:color");
        attr_num(w, "r", col >> 16 & 0xFF);
        attr_num(w, "g", col >> 8 & 0xFF);
        attr_num(w, "b", col & 0xFF);
        end(w);
        start(w, "viz:thickness");
        attr_num(w, "value", 1.0 + log2((double)e.weight));
        end(w);
        end(w);
    }
    end(w);
    chk(w, xmlTextWriterEndDocument(w->w));
    xmlFreeTextWriter(w->w);
    ng_buf_release(&ids);
    ng_buf_release(&b);
    ng_buf_release(&w->clean);
    ng_xml_quiet_end(&quiet);
    return w->err ? NG_EIO : 0; /* a write error: the caller names file and cause */
}
