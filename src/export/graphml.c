/* graphml.c - GraphML 1.0 through libxml2's xmlTextWriter (streaming) */
#include <libxml/xmlwriter.h>
#include <pthread.h>
#include <stdatomic.h>
#include <string.h>

#include "../core/buf.h"
#include "../graph/kb_priv.h"
#include "escape.h"
#include "export_priv.h"

#define GRAPHML_NS "http://graphml.graphdrawing.org/xmlns"
#define GRAPHML_XSD "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"

typedef struct key {
    const char *id, *domain, *name, *type, *desc;
} key;

/* Every key is declared before the graph, with an explicit domain and one
 * of the GraphML attribute types. score.py and Gephi read these names. */
static const key keys[] = {
    {"n_label", "node", "label", "string", "canonical name"},
    {"n_kind", "node", "kind", "string", "actor, place or event"},
    {"n_category", "node", "category", "string", "finer type (armed_group, city, ...)"},
    {"n_aliases", "node", "aliases", "string", "every distinct surface form seen, |-joined"},
    {"n_docs", "node", "docs", "string",
     "ids of the documents that mention it (the first, up to --max-docs), |-joined"},
    {"n_documents", "node", "documents", "int", "number of documents that mention it"},
    {"n_mentions", "node", "mentions", "int", "number of mentions"},
    {"n_rule", "node", "rule", "string", "gazetteer entry or rule that found it"},
    {"n_date", "node", "date", "string", "events: ISO-8601 date"},
    {"n_r", "node", "r", "int", "red component of the kind's colour (Gephi)"},
    {"n_g", "node", "g", "int", "green component of the kind's colour (Gephi)"},
    {"n_b", "node", "b", "int", "blue component of the kind's colour (Gephi)"},
    {"n_size", "node", "size", "double", "node size from the mentions (Gephi)"},
    {"n_x", "node", "x", "double", "x position in the diagram (Graphviz points)"},
    {"n_y", "node", "y", "double", "y position in the diagram (Graphviz points)"},
    {"n_latitude", "node", "latitude", "double", "places: latitude (WGS84)"},
    {"n_longitude", "node", "longitude", "double", "places: longitude (WGS84)"},
    {"e_label", "edge", "label", "string", "relation type, as Gephi's edge label"},
    {"e_relation", "edge", "relation", "string", "relation type"},
    {"e_weight", "edge", "weight", "double", "number of supporting sentences"},
    {"e_docs", "edge", "docs", "string",
     "ids of the supporting documents (the first, up to --max-docs), |-joined"},
    {"e_evidence", "edge", "evidence", "string", "first supporting sentence, verbatim"},
    {"e_role", "edge", "role", "string", "participates_in: role of the actor"},
};

/* Declared when the articles carry dates (or URLs, titles, outlets). */
static const key time_keys[] = {
    {"n_first_seen", "node", "first_seen", "string",
     "ISO date of the earliest article that names it"},
    {"n_last_seen", "node", "last_seen", "string",
     "ISO date of the latest article that names it"},
    {"e_first_seen", "edge", "first_seen", "string",
     "ISO date of the earliest article that states it"},
    {"e_last_seen", "edge", "last_seen", "string",
     "ISO date of the latest article that states it"},
};

/* Nodes and edges are written as ready-escaped blocks (ng_escape_xml_text
 * escapes & < > and drops what XML 1.0 forbids): the writer frames the
 * document, the blocks between go straight to the stream, OUT_CHUNK bytes
 * at a time (through libxml2's buffer they were copied twice more and
 * written 8 KB a system call). */
#define OUT_CHUNK ((size_t)256 << 10)

typedef struct gw {
    xmlTextWriterPtr w;
    FILE *out;
    ng_buf block; /* nodes and edges not yet written */
    int err;
} gw;

static void chk(gw *g, int rc)
{
    if (rc < 0)
        g->err = 1;
}

static void data_n(ng_buf *block, const char *k, const char *value, size_t n)
{
    if (!value || !n)
        return;
    ng_buf_puts(block, "\n      <data key=\"");
    ng_buf_puts(block, k);
    ng_buf_puts(block, "\">");
    ng_escape_xml_text(block, value, n);
    ng_buf_puts(block, "</data>");
}

static void data(ng_buf *block, const char *k, const char *value)
{
    if (value)
        data_n(block, k, value, strlen(value));
}

/* Write out what the blocks hold (all of it, or once OUT_CHUNK bytes wait). */
static void out_bytes(gw *g, const char *p, size_t n)
{
    if (n && !g->err && fwrite(p, 1, n, g->out) != n)
        g->err = 1;
}

static void flush_block(gw *g, int all)
{
    if (!all && g->block.len < OUT_CHUNK)
        return;
    out_bytes(g, g->block.data, g->block.len);
    g->block.len = 0;
}

/* The documents' ids, each escaped on first use: the docs lists of nodes
 * and edges repeat them many times. Escaping works character by character
 * and leaves '|' alone, so joining escaped ids is escaping the joined ids. */
typedef struct docnames {
    const ng_graph *g;
    ng_buf text;
    size_t *at;       /* id i is text[at[i] ..][..len[i]]; at SIZE_MAX: not yet */
    uint32_t *len;    /* (an id is a file name: short) */
    size_t n;         /* ids; the last stands for a document without a name */
} docnames;

static void docnames_init(docnames *d, const ng_graph *g)
{
    d->g = g;
    d->text = (ng_buf)NG_BUF_INIT;
    d->n = ng_graph_doc_count(g) + 1;
    d->at = ng_xmalloc(d->n * sizeof *d->at);
    d->len = ng_xmalloc(d->n * sizeof *d->len);
    memset(d->at, 0xff, d->n * sizeof *d->at);
}

static void docnames_release(docnames *d)
{
    ng_buf_release(&d->text);
    free(d->at);
    free(d->len);
}

/* The escaped id of document doc (its length in *len); valid until the
 * next id is escaped. */
static const char *docname(docnames *d, uint32_t doc, size_t *len)
{
    size_t x = doc < d->n - 1 ? doc : d->n - 1;
    if (d->at[x] == SIZE_MAX) {
        const char *name = x < d->n - 1 ? ng_graph_doc_name(d->g, doc) : NULL;
        if (!name)
            name = "?";
        d->at[x] = d->text.len;
        ng_escape_xml_text(&d->text, name, strlen(name));
        d->len[x] = (uint32_t)(d->text.len - d->at[x]);
    }
    *len = d->len[x];
    return d->text.data + d->at[x];
}

/* <data key="k"> with the ids of docs[0..n) |-joined (none when empty). */
static void data_docs(ng_buf *block, docnames *d, const char *k, const uint32_t *docs,
                      size_t n)
{
    size_t total = n ? n - 1 : 0, len;
    for (size_t i = 0; i < n; i++) {
        docname(d, docs[i], &len); /* every one escaped before any is copied */
        total += len;
    }
    if (!total)
        return;
    ng_buf_reserve(block, total + 64);
    ng_buf_puts(block, "\n      <data key=\"");
    ng_buf_puts(block, k);
    ng_buf_puts(block, "\">");
    for (size_t i = 0; i < n; i++) {
        if (i)
            ng_buf_putc(block, '|');
        const char *name = docname(d, docs[i], &len);
        ng_buf_put(block, name, len);
    }
    ng_buf_puts(block, "</data>");
}

/* A double written the same way everywhere ("%.6g" is locale-free here:
 * the program never calls setlocale). */
static void num(char *buf, size_t n, double v)
{
    snprintf(buf, n, "%.6g", v);
}

/* Knowledge-base records (see kb_priv.h): data of the graph, of each node
 * and of each edge, which Gephi, networkx and igraph read as attributes. */
static const char *const kb_desc[NG_KB__COUNT] = {
    "newsgraph knowledge base: version and the limits it was built with",
    "the articles it was built from, one id a line, in id order",
    "acronym bindings, one a line: from TAB to",
    "the evidence sentences of the edges, one a line: document:offset:text",
    "the node before finishing: key, kind, counts, spellings, votes, documents",
    "edges before finishing that show as no edge (dropped co-occurrence)",
    "the edge before finishing: ends, relation, weight, documents, evidence positions",
};

/* <data key="kb_..."> with the records of kind r of item id (none when
 * empty), written into block ready-escaped. */
static void data_kb(ng_buf *block, const ng_kb_writer *kw, ng_kb_rec r, uint32_t id)
{
    size_t at = block->len;
    ng_buf_puts(block, "\n      <data key=\"");
    ng_buf_puts(block, ng_kb_rec_key(r));
    ng_buf_puts(block, "\">");
    size_t body = block->len;
    ng_kb_write(kw, r, id, block);
    if (block->len == body) {
        block->len = at;
        block->data[at] = '\0';
        return;
    }
    ng_buf_puts(block, "</data>");
}

/* <data key="kb_sentences"> (none when empty), written out as it grows. */
static void data_sentences(gw *w, ng_kb_writer *kw)
{
    size_t at = w->block.len, next = 0;
    ng_buf_puts(&w->block, "\n      <data key=\"");
    ng_buf_puts(&w->block, ng_kb_rec_key(NG_KB_SENTENCES));
    ng_buf_puts(&w->block, "\">");
    size_t body = w->block.len;
    int more = ng_kb_write_sentences(kw, &next, OUT_CHUNK, &w->block);
    if (w->block.len == body) {
        w->block.len = at;
        w->block.data[at] = '\0';
        return;
    }
    while (more) {
        flush_block(w, 0);
        more = ng_kb_write_sentences(kw, &next, OUT_CHUNK, &w->block);
    }
    ng_buf_puts(&w->block, "</data>");
}

/* Edge i of g, appended to block. A symmetric relation (co_occurs) is
 * marked directed="false" unless every edge is to be directed (see
 * ng_export_options.directed_only). */
static void edge_block(ng_buf *block, docnames *dn, const ng_graph *g, size_t i,
                       int directed_only, const ng_kb_writer *kw)
{
    ng_edge_view ev;
    ng_node_view s, t;
    char id[32];
    ng_graph_edge(g, (uint32_t)i, &ev);
    ng_graph_node(g, ev.src, &s);
    ng_graph_node(g, ev.dst, &t);
    ng_buf_puts(block, "\n    <edge id=\"");
    ng_escape_edge_id(block, s.key, ng_relation_name(ev.relation), t.key);
    ng_buf_puts(block, "\" source=\"");
    ng_escape_id(block, s.key);
    ng_buf_puts(block, "\" target=\"");
    ng_escape_id(block, t.key);
    ng_buf_puts(block, !directed_only && ng_relation_symmetric(ev.relation)
                           ? "\" directed=\"false\">"
                           : "\">");
    data(block, "e_label", ng_relation_name(ev.relation));
    data(block, "e_relation", ng_relation_name(ev.relation));
    {
        char *p = id + sizeof id; /* as "%llu" */
        *--p = '\0';
        uint64_t w = ev.weight;
        do
            *--p = (char)('0' + w % 10);
        while (w /= 10);
        data(block, "e_weight", p);
    }
    data_docs(block, dn, "e_docs", ev.docs, ev.n_docs);
    if (ev.n_evidence)
        data(block, "e_evidence", ev.evidence[0].text);
    data(block, "e_role", ev.role);
    data(block, "e_first_seen", ev.first_seen);
    data(block, "e_last_seen", ev.last_seen);
    if (kw)
        data_kb(block, kw, NG_KB_EDGE, (uint32_t)i);
    ng_buf_puts(block, "\n    </edge>");
}

/* The first edges, rendered on a second thread while the calling thread lays
 * the graph out (edges carry no positions): until the layout is done, or
 * until AHEAD_MAX bytes wait (memory stays small on any graph). The calling
 * thread writes them after the nodes, then renders the rest itself. */
#define AHEAD_MAX ((size_t)8 << 20)

typedef struct ahead {
    const ng_graph *g;
    int directed_only;
    size_t max;       /* bytes */
    docnames dn;      /* the calling thread's after the join (one copy in memory) */
    const ng_kb_writer *kw;
    ng_buf out;
    size_t done;      /* edges in out */
    atomic_int stop;  /* the layout is done */
} ahead;

static void *render_ahead(void *arg)
{
    ahead *a = arg;
    size_t n = ng_graph_edge_count(a->g);
    while (a->done < n && a->out.len < a->max &&
           !atomic_load_explicit(&a->stop, memory_order_relaxed))
        edge_block(&a->out, &a->dn, a->g, a->done++, a->directed_only, a->kw);
    return NULL;
}

int ng_export_graphml(ng_export *x, FILE *out, ng_diag *diag)
{
    /* the data graph is x->g itself unless filtered */
    /* the knowledge base: the state of the whole graph, not of a view */
    ng_kb_writer *kw = x->o.filter_data ? NULL : ng_kb_writer_new(x->g);
    ahead a = {.g = x->g,
               .directed_only = x->o.directed_only,
               .max = x->graphml_ahead_max ? x->graphml_ahead_max : AHEAD_MAX,
               .out = NG_BUF_INIT,
               .kw = kw};
    atomic_init(&a.stop, 0);
    pthread_t tid;
    int started = 0;
    if (x->o.threads > 1 && !x->o.filter_data && ng_export_layout_pending(x)) {
        docnames_init(&a.dn, a.g);
        started = pthread_create(&tid, NULL, render_ahead, &a) == 0;
        if (!started)
            docnames_release(&a.dn);
    }
    const ng_graph *g = ng_export_data(x, diag);
    if (started) {
        atomic_store(&a.stop, 1);
        pthread_join(tid, NULL);
    }
    x->graphml_ahead = a.done;
    if (!g) {
        ng_kb_writer_free(kw);
        if (started)
            docnames_release(&a.dn);
        ng_buf_release(&a.out);
        return NG_EARG;
    }
    /* the ids the second thread escaped are kept (g is a.g when it ran) */
    docnames dn;
    if (started)
        dn = a.dn;
    else
        docnames_init(&dn, g);
    ng_xml_quiet quiet;
    ng_xml_quiet_begin(&quiet);
    xmlOutputBufferPtr ob = xmlOutputBufferCreateFile(out, NULL);
    if (!ob) {
        ng_buf_release(&a.out);
        docnames_release(&dn);
        ng_xml_quiet_end(&quiet);
        ng_diag_report(diag, NG_DIAG_ERROR, NULL, 0, "cannot create GraphML output buffer");
        ng_kb_writer_free(kw);
        return NG_EIO;
    }
    gw gwr = {xmlNewTextWriter(ob), out, NG_BUF_INIT, 0};
    if (!gwr.w) {
        ng_buf_release(&a.out);
        docnames_release(&dn);
        xmlOutputBufferClose(ob);
        ng_xml_quiet_end(&quiet);
        ng_diag_report(diag, NG_DIAG_ERROR, NULL, 0, "cannot create GraphML writer");
        ng_kb_writer_free(kw);
        return NG_EIO;
    }
    gw *w = &gwr;
    xmlTextWriterSetIndent(w->w, 1);
    xmlTextWriterSetIndentString(w->w, BAD_CAST "  ");
    chk(w, xmlTextWriterStartDocument(w->w, "1.0", "UTF-8", NULL));
    chk(w, xmlTextWriterStartElement(w->w, BAD_CAST "graphml"));
    chk(w, xmlTextWriterWriteAttribute(w->w, BAD_CAST "xmlns", BAD_CAST GRAPHML_NS));
    chk(w, xmlTextWriterWriteAttribute(w->w, BAD_CAST "xmlns:xsi",
                                       BAD_CAST "http://www.w3.org/2001/XMLSchema-instance"));
    chk(w, xmlTextWriterWriteAttribute(w->w, BAD_CAST "xsi:schemaLocation",
                                       BAD_CAST GRAPHML_NS " " GRAPHML_XSD));
    size_t nk = sizeof keys / sizeof keys[0];
    size_t nt = ng_graph_has_articles(g) ? sizeof time_keys / sizeof time_keys[0] : 0;
    for (size_t i = 0; i < nk + nt; i++) {
        const key *k = i < nk ? &keys[i] : &time_keys[i - nk];
        chk(w, xmlTextWriterStartElement(w->w, BAD_CAST "key"));
        chk(w, xmlTextWriterWriteAttribute(w->w, BAD_CAST "id", BAD_CAST k->id));
        chk(w, xmlTextWriterWriteAttribute(w->w, BAD_CAST "for", BAD_CAST k->domain));
        chk(w, xmlTextWriterWriteAttribute(w->w, BAD_CAST "attr.name", BAD_CAST k->name));
        chk(w, xmlTextWriterWriteAttribute(w->w, BAD_CAST "attr.type", BAD_CAST k->type));
        chk(w, xmlTextWriterWriteElement(w->w, BAD_CAST "desc", BAD_CAST k->desc));
        chk(w, xmlTextWriterEndElement(w->w));
    }
    for (int r = 0; kw && r < NG_KB__COUNT; r++) {
        chk(w, xmlTextWriterStartElement(w->w, BAD_CAST "key"));
        chk(w, xmlTextWriterWriteAttribute(w->w, BAD_CAST "id", BAD_CAST ng_kb_rec_key(r)));
        chk(w, xmlTextWriterWriteAttribute(w->w, BAD_CAST "for",
                                           BAD_CAST ng_kb_rec_domain(r)));
        chk(w, xmlTextWriterWriteAttribute(w->w, BAD_CAST "attr.name",
                                           BAD_CAST ng_kb_rec_key(r)));
        chk(w, xmlTextWriterWriteAttribute(w->w, BAD_CAST "attr.type", BAD_CAST "string"));
        chk(w, xmlTextWriterWriteElement(w->w, BAD_CAST "desc", BAD_CAST kb_desc[r]));
        chk(w, xmlTextWriterEndElement(w->w));
    }
    chk(w, xmlTextWriterStartElement(w->w, BAD_CAST "graph"));
    chk(w, xmlTextWriterWriteAttribute(w->w, BAD_CAST "id", BAD_CAST "G"));
    chk(w, xmlTextWriterWriteAttribute(w->w, BAD_CAST "edgedefault", BAD_CAST "directed"));
    /* the <graph> tag closed, what the writer holds goes out first: the
     * blocks follow on the stream itself */
    chk(w, xmlTextWriterWriteRaw(w->w, BAD_CAST ""));
    chk(w, xmlTextWriterFlush(w->w));
    if (kw) {
        for (int r = NG_KB_FORMAT; r <= NG_KB_BINDS; r++)
            data_kb(&w->block, kw, (ng_kb_rec)r, 0);
        data_sentences(w, kw);
    }
    ng_buf b = NG_BUF_INIT;
    char id[32];
    ng_node_view nv;
    for (size_t i = 0; i < ng_graph_node_count(g) && !w->err; i++) {
        ng_graph_node(g, (uint32_t)i, &nv);
        ng_buf_puts(&w->block, "\n    <node id=\"");
        ng_escape_id(&w->block, nv.key);
        ng_buf_puts(&w->block, "\">");
        data(&w->block, "n_label", nv.label);
        data(&w->block, "n_kind", ng_kind_name(nv.kind));
        data(&w->block, "n_category", nv.category);
        b.len = 0;
        for (size_t a = 0; a < nv.n_aliases; a++) {
            if (a)
                ng_buf_putc(&b, '|');
            ng_buf_puts(&b, nv.aliases[a]);
        }
        data_n(&w->block, "n_aliases", b.data, b.len);
        data_docs(&w->block, &dn, "n_docs", nv.docs, nv.n_docs);
        snprintf(id, sizeof id, "%llu", (unsigned long long)nv.doc_count);
        data(&w->block, "n_documents", id);
        snprintf(id, sizeof id, "%llu", (unsigned long long)nv.mentions);
        data(&w->block, "n_mentions", id);
        data(&w->block, "n_rule", nv.rule);
        data(&w->block, "n_date", nv.date);
        data(&w->block, "n_first_seen", nv.first_seen);
        data(&w->block, "n_last_seen", nv.last_seen);
        int r, gg, bb;
        ng_kind_rgb(nv.kind, &r, &gg, &bb);
        snprintf(id, sizeof id, "%d", r);
        data(&w->block, "n_r", id);
        snprintf(id, sizeof id, "%d", gg);
        data(&w->block, "n_g", id);
        snprintf(id, sizeof id, "%d", bb);
        data(&w->block, "n_b", id);
        num(id, sizeof id, ng_node_size(nv.mentions));
        data(&w->block, "n_size", id);
        double px, py;
        if (ng_export_node_pos(x, g, (uint32_t)i, &px, &py)) {
            num(id, sizeof id, px);
            data(&w->block, "n_x", id);
            num(id, sizeof id, py);
            data(&w->block, "n_y", id);
        }
        if (nv.has_geo) {
            num(id, sizeof id, nv.lat);
            data(&w->block, "n_latitude", id);
            num(id, sizeof id, nv.lon);
            data(&w->block, "n_longitude", id);
        }
        if (kw) {
            data_kb(&w->block, kw, NG_KB_NODE, (uint32_t)i);
            data_kb(&w->block, kw, NG_KB_DROPPED, (uint32_t)i);
        }
        ng_buf_puts(&w->block, "\n    </node>");
        flush_block(w, 0);
    }
    flush_block(w, 1);
    out_bytes(w, a.out.data, a.out.len);
    ng_buf_release(&a.out);
    for (size_t i = a.done; i < ng_graph_edge_count(g) && !w->err; i++) {
        edge_block(&w->block, &dn, g, i, x->o.directed_only, kw);
        flush_block(w, 0);
    }
    flush_block(w, 1);
    /* the writer closes <graph> on a new line */
    chk(w, xmlTextWriterWriteRaw(w->w, BAD_CAST "\n  "));
    chk(w, xmlTextWriterEndDocument(w->w));
    xmlFreeTextWriter(w->w);
    docnames_release(&dn);
    ng_buf_release(&b);
    ng_kb_writer_free(kw);
    ng_buf_release(&w->block);
    ng_xml_quiet_end(&quiet);
    return w->err ? NG_EIO : 0; /* a write error: the caller names file and cause */
}
