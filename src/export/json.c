/* json.c - the whole graph as JSON: documents, nodes and edges with every attribute */
#include <stdio.h>
#include <string.h>

#include "../core/buf.h"
#include "escape.h"
#include "export_priv.h"

static void str(ng_buf *b, const char *s)
{
    ng_buf_putc(b, '"');
    ng_escape_json(b, s ? s : "", s ? strlen(s) : 0);
    ng_buf_putc(b, '"');
}

static void key(ng_buf *b, const char *k, int first)
{
    ng_buf_puts(b, first ? "\n    " : ",\n    ");
    str(b, k);
    ng_buf_puts(b, ": ");
}

static void docs_array(ng_buf *b, const ng_graph *g, const uint32_t *docs, size_t n)
{
    ng_buf_putc(b, '[');
    for (size_t i = 0; i < n; i++) {
        if (i)
            ng_buf_puts(b, ", ");
        str(b, ng_graph_doc_name(g, docs[i]));
    }
    ng_buf_putc(b, ']');
}

/* ", \"date\": ..." for each field of a known. */
static void article_fields(ng_buf *b, const ng_article *a)
{
    const char *names[4] = {"date", "url", "title", "source"};
    const char *f[4] = {a->date, a->url, a->title, a->source};
    for (int i = 0; i < 4; i++)
        if (f[i]) {
            ng_buf_puts(b, ", ");
            str(b, names[i]);
            ng_buf_puts(b, ": ");
            str(b, f[i]);
        }
}

static void seen(ng_buf *b, const char *first, const char *last)
{
    if (*first) {
        key(b, "first_seen", 0);
        str(b, first);
    }
    if (*last) {
        key(b, "last_seen", 0);
        str(b, last);
    }
}

static int flush(ng_buf *b, FILE *out, int force)
{
    if (b->len < (1u << 16) && !force)
        return 0;
    int rc = fwrite(b->data, 1, b->len, out) == b->len ? 0 : NG_EIO;
    b->len = 0;
    return rc;
}

int ng_export_json(ng_export *x, FILE *out, ng_diag *diag)
{
    const ng_graph *g = ng_export_data(x, diag);
    if (!g)
        return NG_EARG;
    ng_buf b = NG_BUF_INIT;
    int rc = 0;
    ng_buf_puts(&b, "{\n  \"generator\": \"newsgraph " NG_VERSION "\",\n  \"directed\": true,\n"
                    "  \"documents\": [");
    /* a document skipped after it was numbered (no text: an empty file, a
     * record without one) has no name: not listed (it was "") */
    for (size_t i = 0, k = 0; i < ng_graph_doc_count(g); i++) {
        const char *name = ng_graph_doc_name(g, (uint32_t)i);
        if (!name)
            continue;
        if (k++)
            ng_buf_puts(&b, ", ");
        str(&b, name);
    }
    ng_buf_puts(&b, "],\n");
    if (ng_graph_has_articles(g)) {
        /* the table of the articles: what each document says of itself */
        ng_buf_puts(&b, "  \"articles\": [");
        for (size_t i = 0, k = 0; i < ng_graph_doc_count(g) && !rc; i++) {
            ng_article a;
            char date[11];
            if (!ng_graph_doc_name(g, (uint32_t)i))
                continue;
            ng_graph_article(g, (uint32_t)i, &a, date);
            ng_buf_puts(&b, k++ ? ",\n   {\"id\": " : "\n   {\"id\": ");
            str(&b, a.id);
            article_fields(&b, &a);
            ng_buf_putc(&b, '}');
            rc = flush(&b, out, 0);
        }
        ng_buf_puts(&b, "\n  ],\n");
    }
    ng_buf_puts(&b, "  \"nodes\": [");
    ng_node_view v;
    for (size_t i = 0; i < ng_graph_node_count(g) && !rc; i++) {
        ng_graph_node(g, (uint32_t)i, &v);
        ng_buf_puts(&b, i ? ",\n   {" : "\n   {");
        key(&b, "id", 1);
        ng_buf_putc(&b, '"');
        ng_escape_id(&b, v.key);
        ng_buf_putc(&b, '"');
        key(&b, "label", 0);
        str(&b, v.label);
        key(&b, "kind", 0);
        str(&b, ng_kind_name(v.kind));
        key(&b, "category", 0);
        str(&b, v.category);
        key(&b, "aliases", 0);
        ng_buf_putc(&b, '[');
        for (size_t a = 0; a < v.n_aliases; a++) {
            if (a)
                ng_buf_puts(&b, ", ");
            str(&b, v.aliases[a]);
        }
        ng_buf_putc(&b, ']');
        key(&b, "docs", 0);
        docs_array(&b, g, v.docs, v.n_docs);
        key(&b, "documents", 0);
        ng_buf_printf(&b, "%llu", (unsigned long long)v.doc_count);
        key(&b, "mentions", 0);
        ng_buf_printf(&b, "%llu", (unsigned long long)v.mentions);
        key(&b, "rule", 0);
        str(&b, v.rule);
        if (v.date) {
            key(&b, "date", 0);
            str(&b, v.date);
        }
        seen(&b, v.first_seen, v.last_seen);
        key(&b, "color", 0);
        str(&b, ng_kind_color(v.kind));
        key(&b, "size", 0);
        ng_buf_printf(&b, "%.6g", ng_node_size(v.mentions));
        if (v.has_geo) {
            key(&b, "latitude", 0);
            ng_buf_printf(&b, "%.6g", v.lat);
            key(&b, "longitude", 0);
            ng_buf_printf(&b, "%.6g", v.lon);
        }
        double px, py;
        if (ng_export_node_pos(x, g, (uint32_t)i, &px, &py)) {
            key(&b, "x", 0);
            ng_buf_printf(&b, "%.6g", px);
            key(&b, "y", 0);
            ng_buf_printf(&b, "%.6g", py);
        }
        ng_buf_puts(&b, "\n   }");
        rc = flush(&b, out, 0);
    }
    ng_buf_puts(&b, "\n  ],\n  \"edges\": [");
    ng_edge_view e;
    for (size_t i = 0; i < ng_graph_edge_count(g) && !rc; i++) {
        ng_graph_edge(g, (uint32_t)i, &e);
        ng_buf_puts(&b, i ? ",\n   {" : "\n   {");
        ng_node_view s, t;
        ng_graph_node(g, e.src, &s);
        ng_graph_node(g, e.dst, &t);
        key(&b, "id", 1);
        ng_buf_putc(&b, '"');
        ng_escape_edge_id(&b, s.key, ng_relation_name(e.relation), t.key);
        ng_buf_putc(&b, '"');
        key(&b, "source", 0);
        ng_buf_putc(&b, '"');
        ng_escape_id(&b, s.key);
        ng_buf_putc(&b, '"');
        key(&b, "target", 0);
        ng_buf_putc(&b, '"');
        ng_escape_id(&b, t.key);
        ng_buf_putc(&b, '"');
        if (!x->o.directed_only && ng_relation_symmetric(e.relation)) {
            key(&b, "directed", 0);
            ng_buf_puts(&b, "false");
        }
        key(&b, "relation", 0);
        str(&b, ng_relation_name(e.relation));
        if (e.role) {
            key(&b, "role", 0);
            str(&b, e.role);
        }
        key(&b, "weight", 0);
        ng_buf_printf(&b, "%llu", (unsigned long long)e.weight);
        key(&b, "color", 0);
        str(&b, ng_relation_color(e.relation));
        key(&b, "docs", 0);
        docs_array(&b, g, e.docs, e.n_docs);
        seen(&b, e.first_seen, e.last_seen);
        key(&b, "evidence", 0);
        ng_buf_putc(&b, '[');
        for (size_t k = 0; k < e.n_evidence; k++) {
            ng_buf_puts(&b, k ? ", {\"doc\": " : "{\"doc\": ");
            str(&b, ng_graph_doc_name(g, e.evidence[k].doc));
            ng_buf_printf(&b, ", \"offset\": %u, \"text\": ", e.evidence[k].offset);
            str(&b, e.evidence[k].text);
            ng_article a;
            char date[11];
            ng_graph_article(g, e.evidence[k].doc, &a, date);
            article_fields(&b, &a);
            ng_buf_putc(&b, '}');
        }
        ng_buf_puts(&b, "]\n   }");
        rc = flush(&b, out, 0);
    }
    ng_buf_puts(&b, "\n  ]\n}\n");
    if (!rc)
        rc = flush(&b, out, 1);
    ng_buf_release(&b);
    return rc; /* a write error: the caller names file and cause */
}
