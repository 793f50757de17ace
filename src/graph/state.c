/* state.c - a graph before finishing: kept for a knowledge base, as records, read back */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/text.h"

#include "../core/plain.h"

#include "graph/graph_priv.h"
#include "graph_impl.h"
#include "kb_priv.h"

static const char *const rec_keys[NG_KB__COUNT] = {
    "kb_format", "kb_articles", "kb_binds", "kb_sentences", "kb_node", "kb_dropped", "kb_edge"};
static const char *const rec_domains[NG_KB__COUNT] = {"graph", "graph", "graph", "graph",
                                                      "node",  "node",  "edge"};

const char *ng_kb_rec_key(ng_kb_rec r)
{
    return (unsigned)r < NG_KB__COUNT ? rec_keys[r] : NULL;
}

const char *ng_kb_rec_domain(ng_kb_rec r)
{
    return (unsigned)r < NG_KB__COUNT ? rec_domains[r] : NULL;
}

int ng_graph_is_finished(const ng_graph *g)
{
    return g->finished;
}

int ng_graph_doc_at(const ng_graph *g, uint32_t doc, const char **unit, unsigned long *line)
{
    if (!g->order || doc >= g->order->n || !g->order->v[doc].unit)
        return 0;
    *unit = g->order->v[doc].unit;
    *line = g->order->v[doc].line;
    return 1;
}

unsigned ng_graph_extract(const ng_graph *g)
{
    return g->extract;
}

void ng_graph_set_extract(ng_graph *g, unsigned extract)
{
    g->extract = extract;
}

size_t ng_graph_doc_limit(const ng_graph *g)
{
    return g->doc_limit;
}

size_t ng_graph_evidence_limit(const ng_graph *g)
{
    return g->evidence_limit;
}

/* ---- what finish keeps ------------------------------------------------------ */


static void docset_dup(docset *out, const docset *in)
{
    *out = *in;
    u32vec_set(&out->kept, u32vec_cv(&in->kept), in->kept.n);
}

/* A copy of edge e in st's copies, its ends the original nodes src, dst
 * (a co-occurrence in key order, as ng_graph_edge_get stores it). */
static void edge_copy(ng_state *st, const ng_graph *g, const edge *e, uint32_t src,
                      uint32_t dst)
{
    if (e->rel == NG_REL_CO_OCCURS && strcmp(st->keys[src], st->keys[dst]) > 0) {
        uint32_t t = src;
        src = dst;
        dst = t;
    }
    edge *d = ng_graph_edge_append(st->copies);
    *d = *e;
    d->src = src;
    d->dst = dst;
    docset_dup(&d->docs, &e->docs);
    d->docs.tag = 0;
    if (e->docs.tag) /* the texts are shared */
        ng_graph_edge_set_role(st->copies, d, edge_role(g, e), edge_role_first(g, e));
    evvec_set(&d->ev, evvec_cv(&e->ev), e->ev.n);
}

ng_state *ng_graph_state_begin(const ng_graph *g, const uint32_t *parent)
{
    ng_state *st = ng_xcalloc(1, sizeof *st);
    ng_graph *c = st->copies = ng_graph_new();
    c->evidence_limit = g->evidence_limit;
    c->doc_limit = g->doc_limit;
    size_t n = st->n = g->n_nodes;
    st->keys = ng_xmalloc((n + 1) * sizeof *st->keys);
    st->map = ng_xmalloc((n + 1) * sizeof *st->map);
    /* merged: in a set of more than one node (parent: their representative) */
    uint8_t *merged = ng_xcalloc(n + 1, 1);
    if (parent)
        for (size_t i = 0; i < n; i++)
            if (parent[i] != i)
                merged[i] = merged[parent[i]] = 1;
    size_t nc = 0;
    for (size_t i = 0; i < n; i++) {
        st->keys[i] = g->nodes[i].key;
        st->map[i] = (uint32_t)i;
        nc += merged[i];
    }
    c->nodes = ng_xmalloc((nc + 1) * sizeof *c->nodes);
    c->cap_nodes = nc;
    st->orig = ng_xmalloc((nc + 1) * sizeof *st->orig);
    for (size_t i = 0; i < n; i++) {
        if (!merged[i])
            continue;
        const node *s = &g->nodes[i];
        node *d = &c->nodes[c->n_nodes];
        *d = *s;
        ng_graph_tallies_dup(&d->forms, &s->forms);
        ng_graph_tallies_dup(&d->labels, &s->labels);
        ng_graph_tallies_dup(&d->cats, &s->cats);
        ng_graph_tallies_dup(&d->rules, &s->rules);
        docset_dup(&d->docs, &s->docs);
        d->alias_ptrs = NULL;
        st->orig[c->n_nodes++] = (uint32_t)i;
    }
    for (size_t i = 0; i < g->n_edges; i++) {
        const edge *e = &g->edges[i];
        if (merged[e->src] || merged[e->dst])
            edge_copy(st, g, e, e->src, e->dst);
    }
    free(merged);
    if (g->n_binds) {
        c->binds = ng_xmalloc(g->n_binds * sizeof *c->binds);
        memcpy(c->binds, g->binds, g->n_binds * sizeof *c->binds);
        c->n_binds = c->cap_binds = g->n_binds;
    }
    return st;
}

void ng_graph_state_renumbered(const ng_graph *g, ng_state *st, const uint32_t *newid)
{
    for (size_t i = 0; i < st->n; i++)
        st->map[i] = newid[st->map[i]];
    st->copied = ng_xcalloc(g->n_nodes + 1, 1);
    for (size_t k = 0; k < st->copies->n_nodes; k++)
        st->copied[st->map[st->orig[k]]] = 1;
    st->inv = ng_xmalloc((g->n_nodes + 1) * sizeof *st->inv);
    for (size_t i = 0; i < st->n; i++)
        if (!st->copied[st->map[i]])
            st->inv[st->map[i]] = (uint32_t)i;
}

void ng_graph_state_dropped(const ng_graph *g, ng_state *st, const edge *e)
{
    (void)g;
    if (st->copied[e->src] || st->copied[e->dst])
        return; /* copied before finishing */
    edge_copy(st, g, e, st->inv[e->src], st->inv[e->dst]);
}

/* ---- records out ------------------------------------------------------------ */

/* A record field is %-escaped (%, tab, line feed, carriage return, '|',
 * ',', ';', DEL and C0 controls become %XX) and the result written as XML
 * text (& < > as entities; invalid UTF-8 as U+FFFD, U+FFFE and U+FFFF
 * dropped, as ng_escape_xml_text does), in one pass. The %-escape turns
 * ASCII bytes into ASCII bytes, so the XML pass sees the same UTF-8
 * sequences, cut at the same bytes, as in the field itself. Runs of the
 * bytes that need neither are copied as they are. */
static void put_field(ng_buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t i = 0;
    while (i < n) {
        /* a piece at a time, written in place: a byte becomes at most 5
         * ("&amp;"), a UTF-8 sequence begun in the piece at most 4 */
        size_t end = n - i > 4096 ? i + 4096 : n;
        ng_buf_reserve(b, 5 * (end - i) + 8);
        char *o = b->data + b->len;
        while (i < end) {
            size_t run = ng_plain_run(s + i, end - i, "%&,;<>|\x7f", 8);
            memcpy(o, s + i, run);
            o += run;
            i += run;
            if (i == end)
                break;
            unsigned char c = (unsigned char)s[i];
            if (c == '&') {
                memcpy(o, "&amp;", 5);
                o += 5;
            } else if (c == '<' || c == '>') {
                memcpy(o, c == '<' ? "&lt;" : "&gt;", 4);
                o += 4;
            } else if (c < 0x80) {
                *o++ = '%';
                *o++ = hex[c >> 4];
                *o++ = hex[c & 15];
            } else {
                uint32_t cp;
                size_t len = ng_utf8_decode(s + i, n - i, &cp);
                if (cp == 0xFFFD && len == 1) {
                    memcpy(o, "\xEF\xBF\xBD", 3); /* not UTF-8 */
                    o += 3;
                } else if (cp != 0xFFFE && cp != 0xFFFF) {
                    memcpy(o, s + i, len);
                    o += len;
                }
                i += len;
                continue;
            }
            i++;
        }
        b->len = (size_t)(o - b->data);
        b->data[b->len] = '\0';
    }
}

static void put_str(ng_buf *b, const char *s)
{
    if (s)
        put_field(b, s, strlen(s));
}

/* Numbers in decimal, as printf's %u / %llu: two digits at a time. */
static void put_u64(ng_buf *b, uint64_t v)
{
    static const char pairs[] = "00010203040506070809101112131415161718192021222324"
                                "25262728293031323334353637383940414243444546474849"
                                "50515253545556575859606162636465666768697071727374"
                                "75767778798081828384858687888990919293949596979899";
    char t[20], *p = t + sizeof t;
    while (v >= 100) {
        unsigned r = (unsigned)(v % 100);
        v /= 100;
        p -= 2;
        memcpy(p, pairs + 2 * r, 2);
    }
    if (v >= 10) {
        p -= 2;
        memcpy(p, pairs + 2 * v, 2);
    } else {
        *--p = (char)('0' + v);
    }
    ng_buf_put(b, p, (size_t)(t + sizeof t - p));
}

/* Documents are written as their line in the table of articles (rank). */
static void put_pos(ng_buf *b, uint64_t pos, const uint32_t *rank)
{
    if (pos == UINT64_MAX) {
        ng_buf_putc(b, '-');
        return;
    }
    put_u64(b, rank[pos >> 32]);
    ng_buf_putc(b, ':');
    put_u64(b, (uint32_t)pos);
}

static void put_docs(ng_buf *b, const docset *d, const uint32_t *rank)
{
    put_u64(b, d->count);
    ng_buf_putc(b, ';');
    for (size_t i = 0; i < d->kept.n; i++) {
        if (i)
            ng_buf_putc(b, ',');
        put_u64(b, rank[u32vec_cv(&d->kept)[i]]);
    }
}

static int tally_text_cmp(const void *a, const void *b)
{
    const tally *x = *(const tally *const *)a, *y = *(const tally *const *)b;
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->text, y->text, n);
    return c ? c : (x->len > y->len) - (x->len < y->len);
}

/* The entries of t sorted by text: "text,count,first|..." */
static void put_tallies(ng_buf *b, const tallies *t, const uint32_t *rank)
{
    if (!t->n)
        return;
    const tally **v = ng_xmalloc(t->n * sizeof *v);
    for (size_t i = 0; i < t->n; i++)
        v[i] = &tallies_cv(t)[i];
    qsort(v, t->n, sizeof *v, tally_text_cmp);
    for (size_t i = 0; i < t->n; i++) {
        if (i)
            ng_buf_putc(b, '|');
        put_field(b, v[i]->text, v[i]->len);
        ng_buf_putc(b, ',');
        put_u64(b, v[i]->count);
        ng_buf_putc(b, ',');
        put_pos(b, v[i]->first, rank);
    }
    free(v);
}

/* What records are sorted by: the node's key, or the edge's ends' keys and
 * relation; and which group (finished node or edge) they go into. */
typedef struct rec_order {
    uint32_t group;
    const char *a, *b;
    int rel;
    uint32_t id;
} rec_order;

static int rec_order_cmp(const void *pa, const void *pb)
{
    const rec_order *x = pa, *y = pb;
    if (x->group != y->group)
        return x->group < y->group ? -1 : 1;
    int c = strcmp(x->a, y->a);
    if (!c && x->b)
        c = strcmp(x->b, y->b);
    return c ? c : x->rel - y->rel;
}

static int bind_cmp(const void *a, const void *b)
{
    const binding *x = a, *y = b;
    int c = strcmp(x->from, y->from);
    return c ? c : strcmp(x->to, y->to);
}

/* Records grouped: group k's are ids[at[k] .. at[k + 1]). */
typedef struct groups {
    uint32_t *ids;
    size_t *at;
} groups;

/* An evidence sentence of the records: its position as written (the
 * document's line in the table of articles, the offset) and its text. */
typedef struct sentence {
    uint64_t pos;
    const char *text;
} sentence;

struct ng_kb_writer {
    const ng_graph *g;
    const ng_state *st;
    uint32_t *rank; /* document -> its line in the table of articles */
    groups nodes;   /* copied nodes by finished node */
    groups dropped; /* copied edges shown as no edge, by finished node */
    groups edges;   /* copied edges by finished edge */
    sentence *sents; /* every edge record's, each once, by position */
    size_t n_sents;
};

/* Sort o[0..n) and cut it into n_groups groups. */
static void group(groups *out, rec_order *o, size_t n, size_t n_groups)
{
    qsort(o, n, sizeof *o, rec_order_cmp);
    out->ids = ng_xmalloc((n + 1) * sizeof *out->ids);
    out->at = ng_xcalloc(n_groups + 1, sizeof *out->at);
    for (size_t i = 0; i < n; i++) {
        out->ids[i] = o[i].id;
        out->at[o[i].group + 1]++;
    }
    for (size_t k = 0; k < n_groups; k++)
        out->at[k + 1] += out->at[k];
}

/* The edge a -rel-> b of finished graph g (edges sorted by ends and
 * relation), or NG_NONE. */
static uint32_t finished_edge(const ng_graph *g, uint32_t a, uint32_t b, ng_relation rel)
{
    if (rel == NG_REL_CO_OCCURS && a > b) {
        uint32_t t = a;
        a = b;
        b = t;
    }
    size_t lo = 0, hi = g->n_edges;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const edge *e = &g->edges[mid];
        int c = e->src != a ? (e->src < a ? -1 : 1)
                : e->dst != b ? (e->dst < b ? -1 : 1)
                : e->rel != rel ? (e->rel < rel ? -1 : 1) : 0;
        if (!c)
            return (uint32_t)mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NG_NONE;
}

static int sentence_cmp(const void *a, const void *b)
{
    uint64_t x = ((const sentence *)a)->pos, y = ((const sentence *)b)->pos;
    return (x > y) - (x < y);
}

/* Where the sentences of the records go: counted by document (at[1 + d]),
 * then each put at the next place of its document's (at[d]). */
typedef struct sent_places {
    ng_kb_writer *w;
    size_t *at;
    size_t n_docs; /* documents in the table; one more for those not in it */
    int place;
} sent_places;

static void sentences_add(sent_places *p, const edge *e)
{
    const ng_evidence *ev = evvec_cv(&e->ev);
    for (size_t i = 0; i < e->ev.n; i++) {
        uint32_t r = p->w->rank[ev[i].doc];
        size_t d = r < p->n_docs ? r : p->n_docs;
        if (p->place)
            p->w->sents[p->at[d]++] = (sentence){POS(r, ev[i].offset), ev[i].text};
        else
            p->at[1 + d]++;
    }
}

/* The table of sentences of the edge records ng_kb_write writes: the
 * finished graph's edges not copied, the copies grouped as edges or as
 * dropped. A sentence is at one position: the first of each is kept.
 * Counted by document, placed by document, each document's sorted by
 * offset (a few each; no second copy of them all: a corpus of 50 MB has
 * 260,000). */
static void sentences_collect(ng_kb_writer *w)
{
    size_t n_docs = 0; /* the documents in the table */
    for (size_t i = 0; i < w->g->n_docs; i++)
        n_docs += w->rank[i] != NG_NONE;
    const ng_graph *g = w->g, *c = w->st->copies;
    const uint8_t *copied = w->st->copied;
    const groups *gr[2] = {&w->edges, &w->dropped};
    size_t n_groups[2] = {g->n_edges, g->n_nodes};
    sent_places p = {w, ng_xcalloc(n_docs + 2, sizeof *p.at), n_docs, 0};
    for (; p.place < 2; p.place++) {
        if (p.place) {
            for (size_t d = 0; d <= n_docs; d++)
                p.at[d + 1] += p.at[d];
            w->n_sents = p.at[n_docs + 1];
            w->sents = ng_xmalloc((w->n_sents + 1) * sizeof *w->sents);
        }
        for (size_t i = 0; i < g->n_edges; i++) {
            const edge *e = &g->edges[i];
            if (!copied[e->src] && !copied[e->dst] && e->top != UINT64_MAX)
                sentences_add(&p, e);
        }
        for (int k = 0; k < 2; k++)
            for (size_t i = 0; i < gr[k]->at[n_groups[k]]; i++)
                sentences_add(&p, &c->edges[gr[k]->ids[i]]);
    }
    /* document d's are now [at[d - 1], at[d]) */
    size_t n = 0, from = 0;
    for (size_t d = 0; d <= n_docs; d++) {
        sentence *v = w->sents + from;
        size_t k = p.at[d] - from;
        qsort(v, k, sizeof *v, sentence_cmp);
        for (size_t i = 0; i < k; i++)
            if (!n || v[i].pos != w->sents[n - 1].pos)
                w->sents[n++] = v[i];
        from = p.at[d];
    }
    w->n_sents = n;
    free(p.at);
}

ng_kb_writer *ng_kb_writer_new(const ng_graph *g)
{
    const ng_state *st = g->state;
    if (!st || !st->copied || !g->finished)
        return NULL;
    const ng_graph *c = st->copies;
    ng_kb_writer *w = ng_xcalloc(1, sizeof *w);
    w->g = g;
    w->st = st;
    /* the table lists the named documents (the others, unread or skipped,
     * have nothing in the graph) */
    w->rank = ng_xmalloc((g->n_docs + 1) * sizeof *w->rank);
    uint32_t r = 0;
    for (size_t i = 0; i < g->n_docs; i++)
        w->rank[i] = g->docs[i] ? r++ : NG_NONE;
    /* the copies only: the others' records are the finished graph's */
    rec_order *o = ng_xmalloc((c->n_nodes + c->n_edges + 1) * sizeof *o);
    for (size_t i = 0; i < c->n_nodes; i++)
        o[i] = (rec_order){st->map[st->orig[i]], c->nodes[i].key, NULL, 0, (uint32_t)i};
    group(&w->nodes, o, c->n_nodes, g->n_nodes);
    size_t nd = 0, ne = 0;
    rec_order *d = o + c->n_edges; /* dropped ones from the end */
    for (size_t i = 0; i < c->n_edges; i++) {
        const edge *e = &c->edges[i];
        if (e->top == UINT64_MAX)
            continue; /* nothing counted */
        uint32_t a = st->map[e->src], b = st->map[e->dst];
        uint32_t f = a == b ? NG_NONE : finished_edge(g, a, b, e->rel);
        rec_order r = {f, st->keys[e->src], st->keys[e->dst], (int)e->rel, (uint32_t)i};
        if (f == NG_NONE) {
            r.group = a > b ? a : b;
            *--d = r;
            nd++;
        } else {
            o[ne++] = r;
        }
    }
    group(&w->edges, o, ne, g->n_edges);
    group(&w->dropped, d, nd, g->n_nodes);
    free(o);
    return w;
}

void ng_kb_writer_free(ng_kb_writer *w)
{
    if (!w)
        return;
    free(w->nodes.ids);
    free(w->nodes.at);
    free(w->dropped.ids);
    free(w->dropped.at);
    free(w->edges.ids);
    free(w->edges.at);
    free(w->rank);
    free(w->sents);
    free(w);
}

static void node_record(ng_buf *b, const node *n, const uint32_t *rank)
{
    put_str(b, n->key);
    ng_buf_putc(b, '\t');
    ng_buf_puts(b, ng_kind_name(n->kind));
    ng_buf_puts(b, n->fixed ? "\tg\t" : "\t-\t");
    if (n->fixed) {
        put_str(b, n->label);
        ng_buf_putc(b, '\t');
        put_str(b, n->category);
    } else {
        ng_buf_putc(b, '\t');
    }
    ng_buf_putc(b, '\t');
    if (n->has_geo)
        ng_buf_printf(b, "%.17g,%.17g", n->lat, n->lon);
    ng_buf_putc(b, '\t');
    put_u64(b, n->mentions);
    ng_buf_putc(b, '\t');
    put_pos(b, n->first, rank);
    ng_buf_putc(b, '\t');
    put_str(b, n->date);
    ng_buf_putc(b, '\t');
    put_pos(b, n->date ? n->date_first : UINT64_MAX, rank);
    ng_buf_putc(b, '\t');
    put_docs(b, &n->docs, rank);
    const tallies *t[4] = {&n->forms, &n->labels, &n->cats, &n->rules};
    for (int i = 0; i < 4; i++) {
        ng_buf_putc(b, '\t');
        put_tallies(b, t[i], rank);
    }
    ng_buf_putc(b, '\t');
    put_u64(b, n->seen_first);
    ng_buf_putc(b, ',');
    put_u64(b, n->seen_last);
}

/* The record of edge e from the node keyed src to the one keyed dst. */
static void edge_record(ng_buf *b, const char *src, const char *dst, const ng_graph *g,
                        const edge *e, const uint32_t *rank)
{
    put_str(b, src);
    ng_buf_putc(b, '\t');
    ng_buf_puts(b, ng_relation_name(e->rel));
    ng_buf_putc(b, '\t');
    put_str(b, dst);
    ng_buf_putc(b, '\t');
    put_u64(b, e->weight);
    ng_buf_putc(b, '\t');
    put_pos(b, e->first, rank);
    ng_buf_putc(b, '\t');
    put_pos(b, e->top, rank);
    ng_buf_putc(b, '\t');
    put_str(b, edge_role(g, e));
    ng_buf_putc(b, '\t');
    put_pos(b, edge_role_first(g, e), rank);
    ng_buf_putc(b, '\t');
    put_docs(b, &e->docs, rank);
    ng_buf_putc(b, '\t');
    for (size_t i = 0; i < e->ev.n; i++) {
        if (i)
            ng_buf_putc(b, '|');
        const ng_evidence *ev = &evvec_cv(&e->ev)[i];
        put_pos(b, POS(ev->doc, ev->offset), rank); /* its text in NG_KB_SENTENCES */
    }
    ng_buf_putc(b, '\t');
    put_u64(b, get24(e->seen));
    ng_buf_putc(b, ',');
    put_u64(b, get24(e->seen + 3));
}

int ng_kb_write_sentences(ng_kb_writer *w, size_t *next, size_t bytes, ng_buf *out)
{
    if (!*next) {
        /* made here, after the layout, and freed at the end: not held while
         * the rest of the export takes its memory */
        free(w->sents);
        sentences_collect(w);
    }
    size_t k = *next, end = bytes < SIZE_MAX - out->len ? out->len + bytes : SIZE_MAX;
    for (; k < w->n_sents && out->len < end; k++) {
        if (k)
            ng_buf_putc(out, '\n');
        put_u64(out, w->sents[k].pos >> 32);
        ng_buf_putc(out, ':');
        put_u64(out, (uint32_t)w->sents[k].pos);
        ng_buf_putc(out, ':');
        put_str(out, w->sents[k].text);
    }
    *next = k;
    if (k < w->n_sents)
        return 1;
    free(w->sents);
    w->sents = NULL;
    w->n_sents = 0;
    return 0;
}

void ng_kb_write(const ng_kb_writer *w, ng_kb_rec r, uint32_t id, ng_buf *out)
{
    const ng_graph *g = w->g, *st = w->st->copies;
    const uint8_t *copied = w->st->copied;
    if (r == NG_KB_NODE && !copied[id]) {
        node_record(out, &g->nodes[id], w->rank); /* unchanged by finishing */
        return;
    }
    if (r == NG_KB_EDGE && !copied[g->edges[id].src] && !copied[g->edges[id].dst]) {
        const edge *e = &g->edges[id]; /* unchanged by finishing but for its ends' numbers */
        const char *a = g->nodes[e->src].key, *b = g->nodes[e->dst].key;
        if (e->top == UINT64_MAX)
            return; /* nothing counted */
        if (e->rel == NG_REL_CO_OCCURS && strcmp(a, b) > 0) {
            const char *t = a; /* in key order, as ng_graph_edge_get stores it */
            a = b;
            b = t;
        }
        edge_record(out, a, b, g, e, w->rank);
        return;
    }
    const groups *gr = r == NG_KB_NODE ? &w->nodes : r == NG_KB_DROPPED ? &w->dropped
                       : r == NG_KB_EDGE ? &w->edges : NULL;
    if (gr) {
        for (size_t k = gr->at[id]; k < gr->at[id + 1]; k++) {
            if (k > gr->at[id])
                ng_buf_putc(out, '\n');
            if (r == NG_KB_NODE) {
                node_record(out, &st->nodes[gr->ids[k]], w->rank);
            } else {
                const edge *e = &st->edges[gr->ids[k]];
                edge_record(out, w->st->keys[e->src], w->st->keys[e->dst], st, e, w->rank);
            }
        }
        return;
    }
    if (r == NG_KB_FORMAT) {
        ng_buf_printf(out, "newsgraph-kb %d max-docs=%zu max-evidence=%zu extract=%u",
                      NG_KB_VERSION, g->doc_limit, g->evidence_limit, g->extract);
    } else if (r == NG_KB_ARTICLES) {
        /* id, unit, line, url, title, date, source */
        int any = 0;
        for (size_t i = 0; i < g->n_docs; i++) {
            if (!g->docs[i])
                continue;
            if (any++)
                ng_buf_putc(out, '\n');
            const struct doc_at *at = g->order && i < g->order->n ? &g->order->v[i] : NULL;
            put_str(out, g->docs[i]);
            ng_buf_putc(out, '\t');
            put_str(out, at && at->unit ? at->unit : g->docs[i]);
            ng_buf_putc(out, '\t');
            put_u64(out, at && at->unit ? at->line : 0ul);
            ng_article a;
            char date[11];
            ng_graph_article(g, (uint32_t)i, &a, date);
            const char *f[4] = {a.url, a.title, a.date, a.source};
            for (int k = 0; k < 4; k++) {
                ng_buf_putc(out, '\t');
                put_str(out, f[k]);
            }
        }
    } else if (r == NG_KB_BINDS && st->n_binds) {
        binding *bv = ng_xmalloc(st->n_binds * sizeof *bv);
        memcpy(bv, st->binds, st->n_binds * sizeof *bv);
        qsort(bv, st->n_binds, sizeof *bv, bind_cmp);
        for (size_t k = 0; k < st->n_binds; k++) {
            if (k)
                ng_buf_putc(out, '\n');
            put_str(out, bv[k].from);
            ng_buf_putc(out, '\t');
            put_str(out, bv[k].to);
        }
        free(bv);
    }
}

/* ---- records in ------------------------------------------------------------ */

typedef struct cursor {
    const char *p, *end;
} cursor;

typedef struct parser {
    ng_graph *g;
    const uint32_t *docmap;
    size_t n_docs;
    int version;
    ng_kb_sentences *sents;
    const char *why;
    ng_buf tmp[3]; /* unescaped strings */
} parser;

static int bad(parser *ps, const char *reason)
{
    ps->why = reason;
    return -1;
}

/* The next field of c up to (not including) the byte stop (0: none: the
 * rest), the cursor moved past it. Returns -1 when c is exhausted. */
static int next(cursor *c, char stop, cursor *f)
{
    if (!c->p)
        return -1;
    const char *q = stop ? memchr(c->p, stop, (size_t)(c->end - c->p)) : NULL;
    f->p = c->p;
    f->end = q ? q : c->end;
    c->p = q ? q + 1 : NULL;
    return 0;
}

static int hexval(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                          : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* f unescaped into b (NUL-terminated). */
static int unescape(parser *ps, const cursor *f, ng_buf *b)
{
    b->len = 0;
    const char *run = f->p;
    for (const char *s = f->p; s < f->end; s++) {
        if ((unsigned char)*s >= 0x20 && *s != '%')
            continue;
        if (*s != '%')
            return bad(ps, "control character in a record");
        ng_buf_put(b, run, (size_t)(s - run));
        if (f->end - s < 3 || hexval(s[1]) < 0 || hexval(s[2]) < 0)
            return bad(ps, "bad %-escape in a record");
        char c = (char)(hexval(s[1]) * 16 + hexval(s[2]));
        if ((unsigned char)c < 0x20 && c != '\t' && c != '\n')
            return bad(ps, "control character in a record");
        ng_buf_putc(b, c);
        s += 2;
        run = s + 1;
    }
    ng_buf_put(b, run, (size_t)(f->end - run));
    ng_buf_cstr(b);
    if (ng_utf8_invalid_count(b->data, b->len))
        return bad(ps, "invalid UTF-8 in a record");
    return 0;
}

static int parse_u64(parser *ps, const cursor *f, uint64_t *out)
{
    uint64_t v = 0;
    if (f->p == f->end || f->end - f->p > 20)
        return bad(ps, "bad number in a record");
    for (const char *s = f->p; s < f->end; s++) {
        if (*s < '0' || *s > '9')
            return bad(ps, "bad number in a record");
        uint64_t d = (uint64_t)(*s - '0');
        if (v > (UINT64_MAX - d) / 10)
            return bad(ps, "number too large in a record");
        v = v * 10 + d;
    }
    *out = v;
    return 0;
}

static int parse_u32(parser *ps, const cursor *f, uint32_t *out)
{
    uint64_t v;
    if (parse_u64(ps, f, &v))
        return -1;
    if (v >= UINT32_MAX)
        return bad(ps, "number too large in a record");
    *out = (uint32_t)v;
    return 0;
}

/* A document number of the record, mapped. */
static int parse_doc(parser *ps, const cursor *f, uint32_t *doc)
{
    uint32_t d;
    if (parse_u32(ps, f, &d))
        return -1;
    if (d >= ps->n_docs)
        return bad(ps, "document number out of range");
    *doc = ps->docmap ? ps->docmap[d] : d;
    return 0;
}

/* "-" or "doc:offset" (stops at end of f) */
static int parse_pos(parser *ps, const cursor *f, uint64_t *pos)
{
    if (f->end - f->p == 1 && *f->p == '-') {
        *pos = UINT64_MAX;
        return 0;
    }
    cursor c = *f, a, b;
    uint32_t doc, off;
    if (next(&c, ':', &a) || next(&c, 0, &b) || parse_doc(ps, &a, &doc) ||
        parse_u32(ps, &b, &off))
        return ps->why ? -1 : bad(ps, "bad position in a record");
    *pos = POS(doc, off);
    return 0;
}

/* "count;d1,d2,..." into d (empty), at most `limit` kept (0: all). */
static int parse_docs(parser *ps, const cursor *f, docset *d, size_t limit)
{
    cursor c = *f, cnt, list, item;
    if (next(&c, ';', &cnt) || next(&c, 0, &list) || parse_u64(ps, &cnt, &d->count))
        return ps->why ? -1 : bad(ps, "bad document list in a record");
    uint32_t prev = 0;
    size_t n = 0;
    if (list.p == list.end)
        list.p = NULL;
    while (next(&list, ',', &item) == 0) {
        uint32_t local, doc;
        if (parse_u32(ps, &item, &local))
            return -1;
        if (n && local <= prev)
            return bad(ps, "document list not in increasing order");
        prev = local;
        if (parse_doc(ps, &item, &doc))
            return -1;
        n++;
        if (limit && d->kept.n >= limit)
            continue; /* the first `limit` of them are the first of all */
        if (d->kept.n == u32vec_room(&d->kept))
            u32vec_grow(&d->kept, d->kept.cap ? 2 * (size_t)d->kept.cap : 4, NULL);
        u32vec_v(&d->kept)[d->kept.n++] = doc;
        d->last = doc;
    }
    if (d->count < n)
        return bad(ps, "document count below its list");
    return 0;
}

/* "first,last": article dates as stored (0: none; below 2^24) */
static int parse_seen(parser *ps, const cursor *f, uint32_t *first, uint32_t *last)
{
    cursor c = *f, a, b;
    if (next(&c, ',', &a) || next(&c, 0, &b) || parse_u32(ps, &a, first) ||
        parse_u32(ps, &b, last))
        return ps->why ? -1 : bad(ps, "bad dates in a record");
    if (*first >= (1u << 24) || *last >= (1u << 24) || (!*first) != (!*last) || *first > *last)
        return bad(ps, "bad dates in a record");
    return 0;
}

static int parse_tallies(parser *ps, const cursor *f, tallies *t, int vocab)
{
    cursor c = *f, item;
    if (c.p == c.end)
        return 0;
    while (next(&c, '|', &item) == 0) {
        cursor text, cnt, pos;
        uint64_t count, first;
        if (next(&item, ',', &text) || next(&item, ',', &cnt) || next(&item, 0, &pos))
            return bad(ps, "bad tally in a record");
        if (unescape(ps, &text, &ps->tmp[0]) || parse_u64(ps, &cnt, &count) ||
            parse_pos(ps, &pos, &first))
            return -1;
        if (!count || !ps->tmp[0].len)
            return bad(ps, "empty tally in a record");
        (vocab ? ng_graph_tally_add_vocab : ng_graph_tally_add)(ps->g, t, ps->tmp[0].data,
                                                                ps->tmp[0].len, count, first);
    }
    return 0;
}

/* The fields of a record: exactly n of them. */
static int fields(parser *ps, const char *text, size_t len, cursor *f, size_t n)
{
    cursor c = {text, text + len};
    size_t i = 0;
    while (i < n && next(&c, '\t', &f[i]) == 0)
        i++;
    if (i != n || c.p)
        return bad(ps, "wrong number of fields in a record");
    return 0;
}

static int parse_node(parser *ps, const char *text, size_t len)
{
    cursor f[16];
    if (fields(ps, text, len, f, 16))
        return -1;
    ng_graph *g = ps->g;
    ng_buf *key = &ps->tmp[1], *label = &ps->tmp[2], cat = NG_BUF_INIT;
    ng_entity e = {0};
    int rc = -1;
    if (unescape(ps, &f[0], key) || unescape(ps, &f[3], label) || unescape(ps, &f[4], &cat))
        goto out;
    if (!key->len) {
        bad(ps, "node without key");
        goto out;
    }
    if (ng_graph_find(g, key->data) != NG_NONE) {
        bad(ps, "node key twice");
        goto out;
    }
    if (ng_kind_parse(f[1].p, (size_t)(f[1].end - f[1].p), &e.kind)) {
        bad(ps, "unknown node kind");
        goto out;
    }
    size_t fl = (size_t)(f[2].end - f[2].p);
    if (fl != 1 || (*f[2].p != 'g' && *f[2].p != '-')) {
        bad(ps, "bad node flags");
        goto out;
    }
    e.key = key->data;
    e.fixed_label = *f[2].p == 'g';
    if (e.fixed_label) {
        if (!label->len) {
            bad(ps, "gazetteer node without label");
            goto out;
        }
        e.label = label->data;
        e.category = ng_buf_cstr(&cat);
    } else if (label->len || cat.len) {
        bad(ps, "label of a node not from the gazetteer");
        goto out;
    }
    if (f[5].p != f[5].end) {
        char geo[80];
        size_t gl = (size_t)(f[5].end - f[5].p);
        char *end;
        if (gl >= sizeof geo) {
            bad(ps, "bad coordinates");
            goto out;
        }
        memcpy(geo, f[5].p, gl);
        geo[gl] = '\0';
        e.lat = strtod(geo, &end);
        if (*end != ',') {
            bad(ps, "bad coordinates");
            goto out;
        }
        e.lon = strtod(end + 1, &end);
        if (*end || !(fabs(e.lat) <= 90) || !(fabs(e.lon) <= 180)) {
            bad(ps, "bad coordinates");
            goto out;
        }
        e.has_geo = 1;
    }
    uint32_t id = ng_graph_add_entity(g, &e);
    node *n = &g->nodes[id];
    uint64_t date_first;
    if (parse_u64(ps, &f[6], &n->mentions) || parse_pos(ps, &f[7], &n->first) ||
        unescape(ps, &f[8], &ps->tmp[0]) || parse_pos(ps, &f[9], &date_first) ||
        parse_docs(ps, &f[10], &n->docs, g->doc_limit))
        goto out;
    if (ps->tmp[0].len) {
        if (date_first == UINT64_MAX) {
            bad(ps, "date without position");
            goto out;
        }
        n->date = ng_arena_strdup(&g->texts, ps->tmp[0].data);
        n->date_first = date_first;
    }
    if (parse_tallies(ps, &f[11], &n->forms, 0) || parse_tallies(ps, &f[12], &n->labels, 0) ||
        parse_tallies(ps, &f[13], &n->cats, 1) || parse_tallies(ps, &f[14], &n->rules, 1) ||
        parse_seen(ps, &f[15], &n->seen_first, &n->seen_last))
        goto out;
    rc = 0;
out:
    ng_buf_release(&cat);
    return rc;
}

static int parse_bind(parser *ps, const char *text, size_t len)
{
    cursor f[2];
    if (fields(ps, text, len, f, 2) || unescape(ps, &f[0], &ps->tmp[1]) ||
        unescape(ps, &f[1], &ps->tmp[2]))
        return -1;
    if (!ps->tmp[1].len || !ps->tmp[2].len)
        return bad(ps, "empty binding");
    ng_graph_bind(ps->g, ps->tmp[1].data, ps->tmp[2].data);
    return 0;
}

static int parse_edge(parser *ps, const char *text, size_t len)
{
    cursor f[11];
    if (fields(ps, text, len, f, 11))
        return -1;
    ng_graph *g = ps->g;
    uint32_t src, dst;
    ng_relation rel;
    if (unescape(ps, &f[0], &ps->tmp[1]) || unescape(ps, &f[2], &ps->tmp[2]))
        return -1;
    if (ng_relation_parse(f[1].p, (size_t)(f[1].end - f[1].p), &rel))
        return bad(ps, "unknown relation");
    src = ng_graph_find(g, ps->tmp[1].data);
    dst = ng_graph_find(g, ps->tmp[2].data);
    if (src == NG_NONE || dst == NG_NONE)
        return bad(ps, "edge to a node not defined before it");
    if (src == dst)
        return bad(ps, "edge from a node to itself");
    uint32_t id = ng_graph_edge_get(g, src, dst, rel);
    edge *e = &g->edges[id];
    if (e->top != UINT64_MAX)
        return bad(ps, "edge twice");
    uint64_t weight, first, top, role_first;
    if (parse_u64(ps, &f[3], &weight) || parse_pos(ps, &f[4], &first) ||
        parse_pos(ps, &f[5], &top) || unescape(ps, &f[6], &ps->tmp[0]) ||
        parse_pos(ps, &f[7], &role_first))
        return -1;
    if (!weight || first == UINT64_MAX || top == UINT64_MAX || first > top)
        return bad(ps, "bad edge weight or positions");
    e->weight = weight;
    e->first = first;
    e->top = top;
    if (ps->tmp[0].len) {
        if (role_first == UINT64_MAX)
            return bad(ps, "role without position");
        ng_graph_edge_set_role(g, e, ng_arena_strdup(&g->texts, ps->tmp[0].data), role_first);
    }
    if (parse_docs(ps, &f[8], &e->docs, g->doc_limit))
        return -1;
    if (e->docs.count > weight)
        return bad(ps, "more documents than sentences");
    cursor c = f[9], item;
    if (c.p == c.end)
        c.p = NULL;
    uint64_t prev = 0;
    size_t n = 0;
    while (next(&c, '|', &item) == 0) {
        /* "doc:offset", its text in the table of sentences; version 1:
         * "doc:offset:text" */
        cursor d, o, t;
        uint32_t doc, off;
        if (next(&item, ':', &d) || next(&item, ps->version > 1 ? 0 : ':', &o) ||
            (ps->version == 1 && next(&item, 0, &t)))
            return bad(ps, "bad evidence in a record");
        if (parse_u32(ps, &d, &doc) || parse_u32(ps, &o, &off))
            return -1;
        uint64_t pos = POS(doc, off);
        if (n && pos <= prev)
            return bad(ps, "evidence not in increasing order");
        prev = pos;
        if (parse_doc(ps, &d, &doc))
            return -1;
        const char *text = NULL;
        if (ps->version > 1) {
            uint32_t k = ng_u64map_get(&ps->sents->at, POS(doc, off));
            if (k == NG_NONE)
                return bad(ps, "evidence sentence not in the table of sentences "
                               "('kb_sentences')");
            text = ps->sents->text[k];
        } else if (unescape(ps, &t, &ps->tmp[0])) {
            return -1;
        }
        if (POS(doc, off) > top) /* (ng_graph_ev_insert appends past top) */
            return bad(ps, "evidence after the edge's last sentence");
        n++;
        if (g->evidence_limit && e->ev.n >= g->evidence_limit)
            continue;
        if (!text)
            text = ng_arena_strndup(&g->texts, ps->tmp[0].data, ps->tmp[0].len);
        if (e->ev.n == (e->ev.cap ? e->ev.cap : 1))
            evvec_grow(&e->ev, e->ev.cap ? 2 * (size_t)e->ev.cap : 2, NULL);
        evvec_v(&e->ev)[e->ev.n++] = (ng_evidence){doc, off, text};
    }
    if (n > weight)
        return bad(ps, "more evidence than sentences");
    uint32_t sf, sl;
    if (parse_seen(ps, &f[10], &sf, &sl))
        return -1;
    put24(e->seen, sf);
    put24(e->seen + 3, sl);
    return 0;
}

/* "doc:offset:text", after the previous one (version 2). */
static int parse_sentence(parser *ps, const char *text, size_t len)
{
    ng_kb_sentences *s = ps->sents;
    if (ps->version < 2)
        return bad(ps, "a table of sentences in a knowledge base of version 1");
    cursor c = {text, text + len}, d, o, t;
    uint32_t doc, off;
    if (next(&c, ':', &d) || next(&c, ':', &o) || next(&c, 0, &t))
        return bad(ps, "bad sentence in the table of sentences");
    if (parse_u32(ps, &d, &doc) || parse_u32(ps, &o, &off))
        return -1;
    if (s->n && POS(doc, off) <= s->last)
        return bad(ps, "sentences not in increasing order");
    s->last = POS(doc, off);
    if (parse_doc(ps, &d, &doc) || unescape(ps, &t, &ps->tmp[0]))
        return -1;
    ng_xgrow(&s->text, &s->cap, s->n + 1, sizeof *s->text);
    s->text[s->n] = ng_arena_strndup(&ps->g->texts, ps->tmp[0].data, ps->tmp[0].len);
    ng_u64map_put(&s->at, POS(doc, off), (uint32_t)s->n++);
    return 0;
}

void ng_kb_sentences_release(ng_kb_sentences *s)
{
    ng_u64map_release(&s->at);
    free(s->text);
    memset(s, 0, sizeof *s);
}

int ng_graph_state_parse(ng_graph *g, ng_kb_rec kind, const char *text, size_t len,
                         const uint32_t *docmap, size_t n_docs, int version,
                         ng_kb_sentences *sents, const char **why)
{
    parser ps = {g,    docmap, n_docs, version,
                 sents, NULL,  {NG_BUF_INIT, NG_BUF_INIT, NG_BUF_INIT}};
    int rc = kind == NG_KB_NODE                            ? parse_node(&ps, text, len)
             : kind == NG_KB_BINDS                         ? parse_bind(&ps, text, len)
             : kind == NG_KB_SENTENCES                     ? parse_sentence(&ps, text, len)
             : kind == NG_KB_EDGE || kind == NG_KB_DROPPED ? parse_edge(&ps, text, len)
                                                           : bad(&ps, "not a record of the graph");
    for (int i = 0; i < 3; i++)
        ng_buf_release(&ps.tmp[i]);
    *why = ps.why;
    return rc ? NG_EPARSE : 0;
}

/* ---- renumbering documents ----------------------------------------------- */

static uint64_t pos_map(uint64_t pos, const uint32_t *map)
{
    return pos == UINT64_MAX ? pos : POS(map[pos >> 32], (uint32_t)pos);
}

static void tallies_map(tallies *t, const uint32_t *map)
{
    tally *v = tallies_v(t);
    for (size_t i = 0; i < t->n; i++)
        v[i].first = pos_map(v[i].first, map);
}

static void docset_map(docset *d, const uint32_t *map)
{
    for (size_t i = 0; i < d->kept.n; i++)
        u32vec_v(&d->kept)[i] = map[u32vec_v(&d->kept)[i]];
    if (d->last != UINT32_MAX)
        d->last = map[d->last];
}

void ng_graph_state_renumber(ng_graph *g, const uint32_t *map)
{
    for (size_t i = 0; i < g->n_nodes; i++) {
        node *n = &g->nodes[i];
        tallies_map(&n->forms, map);
        tallies_map(&n->labels, map);
        tallies_map(&n->cats, map);
        tallies_map(&n->rules, map);
        docset_map(&n->docs, map);
        n->first = pos_map(n->first, map);
        n->date_first = pos_map(n->date_first, map);
    }
    for (size_t i = 0; i < g->n_edges; i++) {
        edge *e = &g->edges[i];
        e->top = pos_map(e->top, map);
        e->last = pos_map(e->last, map);
        e->first = pos_map(e->first, map);
        docset_map(&e->docs, map);
        ng_evidence *ev = evvec_v(&e->ev);
        for (size_t k = 0; k < e->ev.n; k++)
            ev[k].doc = map[ev[k].doc];
    }
    for (size_t k = 0; k < g->n_roles; k++)
        g->roles[k].first = pos_map(g->roles[k].first, map);
    g->ev_text = NULL;
    g->n_docs = 0; /* the names are the old numbers' */
}
