/* graph.c - entity/relation graph: create, documents, build, bind, read
 * (tally.c: tallies; lists.c: document sets and evidence; merge.c: merge
 * and drain; finish.c: finish) */
#include "graph/graph_priv.h"

#include <math.h>
#include <stdio.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "newsgraph/article.h"
#include "text/text.h"

#include "../core/arena.h"
#include "../core/map.h"
#include "graph_impl.h"
#include "../read/read_priv.h"

static const char *const relation_names[NG_REL__COUNT] = {
    "co_occurs", "supports",  "opposes", "captured",    "controls",       "located_in",
    "member_of", "held_in",   "moved_to", "occurred_in", "participates_in"};

const char *ng_relation_name(ng_relation r)
{
    return (unsigned)r < NG_REL__COUNT ? relation_names[r] : NULL;
}

int ng_relation_symmetric(ng_relation r)
{
    return r == NG_REL_CO_OCCURS;
}

int ng_relation_parse(const char *s, size_t n, ng_relation *r)
{
    for (int i = 0; i < NG_REL__COUNT; i++)
        if (strlen(relation_names[i]) == n && memcmp(relation_names[i], s, n) == 0) {
            *r = (ng_relation)i;
            return 0;
        }
    return NG_EARG;
}

int ng_relation_is_typed(ng_relation r)
{
    return r != NG_REL_CO_OCCURS && r != NG_REL_OCCURRED_IN && r != NG_REL_PARTICIPATES_IN &&
           (unsigned)r < NG_REL__COUNT;
}

/* A new edge slot at the end of g->edges (uninitialised); the array is
 * aligned to a cache line. */
edge *ng_graph_edge_append(ng_graph *g)
{
    if (g->n_edges == g->cap_edges) {
        size_t cap = g->cap_edges ? 2 * g->cap_edges : 64;
        g->edges = ng_xaligned_grow(g->edges, g->cap_edges * sizeof(edge),
                                    g->n_edges * sizeof(edge), cap * sizeof(edge));
        g->cap_edges = cap;
    }
    return &g->edges[g->n_edges++];
}

ng_graph *ng_graph_new(void)
{
    ng_graph *g = ng_xcalloc(1, sizeof *g);
    ng_idmap_init(&g->keys);
    ng_strmap_init(&g->vocab);
    ng_arena_init(&g->arena, 64 * 1024);
    ng_arena_init(&g->texts, 256 * 1024);
    g->evidence_limit = NG_EVIDENCE_LIMIT_DEFAULT;
    g->doc_limit = NG_DOC_LIMIT_DEFAULT;
    g->extract = 7; /* NG_EXTRACT_DEFAULT */
    return g;
}

void ng_graph_node_release(node *n)
{
    ng_graph_tallies_free(&n->forms);
    ng_graph_tallies_free(&n->labels);
    ng_graph_tallies_free(&n->cats);
    ng_graph_tallies_free(&n->rules);
    u32vec_free(&n->docs.kept);
    free(n->alias_ptrs);
}

void ng_graph_edge_release(const ng_graph *g, edge *e)
{
    if (g->drained_lists)
        return; /* in g->texts */
    u32vec_free(&e->docs.kept);
    evvec_free(&e->ev);
}

/* (here, with ng_graph_free: state.c makes the state, the graph owns it) */
void ng_state_free(ng_state *st)
{
    if (!st)
        return;
    ng_graph_free(st->copies);
    free(st->keys);
    free(st->map);
    free(st->orig);
    free(st->copied);
    free(st->inv);
    free(st);
}

void ng_graph_free(ng_graph *g)
{
    if (!g)
        return;
    for (size_t i = 0; i < g->n_nodes; i++)
        ng_graph_node_release(&g->nodes[i]);
    for (size_t i = 0; i < g->n_edges; i++)
        ng_graph_edge_release(g, &g->edges[i]);
    free(g->nodes);
    ng_xaligned_free(g->edges, g->cap_edges * sizeof(edge));
    free(g->binds);
    free(g->docs);
    free(g->days);
    free(g->meta);
    free(g->ev_cuts);
    free(g->edge_into);
    free(g->edge_doc_cut);
    free(g->roles);
    ng_idmap_release(&g->keys);
    ng_strmap_release(&g->vocab);
    ng_graph_eindex_release(g);
    ng_arena_release(&g->arena);
    ng_arena_release(&g->texts);
    ng_state_free(g->state);
    if (g->order)
        free(g->order->v);
    free(g->order);
    free(g);
}

void ng_graph_set_evidence_limit(ng_graph *g, size_t limit)
{
    g->evidence_limit = limit;
}

void ng_graph_set_drained(ng_graph *g)
{
    if (g->n_edges) {
        fputs("newsgraph: ng_graph_set_drained on a graph with edges\n", stderr);
        abort();
    }
    g->drained_lists = 1;
}

void ng_graph_set_doc_order(ng_graph *g, uint32_t doc, const char *unit, unsigned long line)
{
    if (!g->order)
        g->order = ng_xcalloc(1, sizeof *g->order);
    struct doc_order *o = g->order;
    if (doc >= o->n) {
        ng_xgrow(&o->v, &o->cap, (size_t)doc + 1, sizeof *o->v);
        memset(o->v + o->n, 0, ((size_t)doc + 1 - o->n) * sizeof *o->v);
        o->n = (size_t)doc + 1;
    }
    o->v[doc].unit = unit ? ng_arena_strdup(&g->arena, unit) : NULL;
    o->v[doc].line = line;
}

void ng_graph_keep_state(ng_graph *g)
{
    g->keep_state = 1;
}

void ng_graph_set_doc_limit(ng_graph *g, size_t limit)
{
    g->doc_limit = limit;
}

static void doc_slot(ng_graph *g, uint32_t doc)
{
    if (doc >= g->n_docs) {
        ng_xgrow(&g->docs, &g->cap_docs, (size_t)doc + 1, sizeof *g->docs);
        memset(g->docs + g->n_docs, 0, ((size_t)doc + 1 - g->n_docs) * sizeof *g->docs);
        g->n_docs = (size_t)doc + 1;
    }
}

void ng_graph_set_doc_static(ng_graph *g, uint32_t doc, const char *name)
{
    doc_slot(g, doc);
    g->docs[doc] = name;
}

void ng_graph_set_doc(ng_graph *g, uint32_t doc, const char *name)
{
    if (doc >= g->n_docs) {
        ng_xgrow(&g->docs, &g->cap_docs, (size_t)doc + 1, sizeof *g->docs);
        memset(g->docs + g->n_docs, 0, ((size_t)doc + 1 - g->n_docs) * sizeof *g->docs);
        g->n_docs = (size_t)doc + 1;
    }
    if (!g->docs[doc] || strcmp(g->docs[doc], name) != 0)
        g->docs[doc] = ng_arena_strdup(&g->texts, name); /* a rename leaves a few bytes */
}

void ng_graph_set_doc_date(ng_graph *g, uint32_t doc, const char *date)
{
    char iso[11];
    uint32_t v = 0;
    if (date && ng_date_parse(date, strlen(date), iso) == 0)
        v = (uint32_t)(SEEN_BASE + ng_date_days(atoi(iso), atoi(iso + 5), atoi(iso + 8)));
    if (doc >= g->n_days) {
        if (!v)
            return;
        ng_xgrow(&g->days, &g->cap_days, (size_t)doc + 1, sizeof *g->days);
        memset(g->days + g->n_days, 0, ((size_t)doc + 1 - g->n_days) * sizeof *g->days);
        g->n_days = (size_t)doc + 1;
    }
    g->days[doc] = v;
}


void ng_graph_set_article(ng_graph *g, uint32_t doc, const ng_article *a)
{
    if (a->id)
        ng_graph_set_doc(g, doc, a->id);
    if (a->date)
        ng_graph_set_doc_date(g, doc, a->date);
    if (!a->url && !a->title && !a->source && doc >= g->n_meta)
        return;
    if (doc >= g->n_meta) {
        ng_xgrow(&g->meta, &g->cap_meta, (size_t)doc + 1, sizeof *g->meta);
        memset(g->meta + g->n_meta, 0, ((size_t)doc + 1 - g->n_meta) * sizeof *g->meta);
        g->n_meta = (size_t)doc + 1;
    }
    g->meta[doc].url = keep(g, a->url);
    g->meta[doc].title = keep(g, a->title);
    g->meta[doc].source = keep(g, a->source);
}

void ng_graph_format_seen(uint32_t v, char out[11])
{
    if (!v) {
        out[0] = '\0';
        return;
    }
    int y, m, d;
    ng_date_civil((int32_t)v - SEEN_BASE, &y, &m, &d);
    ng_date_format(y, m, d, out);
}

int ng_graph_article(const ng_graph *g, uint32_t doc, ng_article *out, char date[11])
{
    memset(out, 0, sizeof *out);
    if (doc >= g->n_docs && doc >= g->n_days && doc >= g->n_meta)
        return NG_ENOENT;
    out->id = ng_graph_doc_name(g, doc);
    ng_graph_format_seen(doc_day(g, doc), date);
    out->date = *date ? date : NULL;
    if (doc < g->n_meta) {
        out->url = g->meta[doc].url;
        out->title = g->meta[doc].title;
        out->source = g->meta[doc].source;
    }
    return 0;
}

int ng_graph_has_articles(const ng_graph *g)
{
    return g->n_days > 0 || g->n_meta > 0;
}

size_t ng_graph_doc_count(const ng_graph *g)
{
    return g->n_docs;
}

const char *ng_graph_doc_name(const ng_graph *g, uint32_t doc)
{
    return doc < g->n_docs ? g->docs[doc] : NULL;
}

/* ---- building ---------------------------------------------------------- */

uint32_t ng_graph_find(const ng_graph *g, const char *key)
{
    return node_by_key(g, key, strlen(key));
}

uint32_t ng_graph_add_entity(ng_graph *g, const ng_entity *e)
{
    size_t klen = strlen(e->key);
    uint32_t id = node_by_key(g, e->key, klen);
    if (id != NG_NONE) {
        node *n = &g->nodes[id];
        n->live = 1;
        if (e->fixed_label && !n->fixed) {
            /* a canonical definition wins over proposals, whenever it comes */
            n->fixed = 1;
            n->label = keep(g, e->label);
            n->category = keep(g, e->category ? e->category : "");
        }
        if (e->has_geo && !n->has_geo) {
            n->has_geo = 1;
            n->lat = e->lat;
            n->lon = e->lon;
        }
        return id;
    }
    id = (uint32_t)g->n_nodes;
    ng_xgrow(&g->nodes, &g->cap_nodes, g->n_nodes + 1, sizeof *g->nodes);
    node *n = &g->nodes[g->n_nodes++];
    memset(n, 0, sizeof *n);
    n->key = ng_arena_strndup(&g->arena, e->key, klen);
    node_key_add(g, id); /* the key lives in g->arena */
    n->kind = (unsigned)e->kind < 255 ? (uint8_t)e->kind : 255; /* 255: not a kind */
    n->fixed = e->fixed_label != 0;
    if (e->fixed_label) {
        n->label = keep(g, e->label);
        n->category = keep(g, e->category ? e->category : "");
    }
    docset_init(&n->docs);
    n->date = NULL;
    n->date_first = UINT64_MAX;
    n->has_geo = e->has_geo != 0;
    n->lat = e->lat;
    n->lon = e->lon;
    n->first = UINT64_MAX;
    n->into = NG_NONE;
    n->live = 1;
    return id;
}

void ng_graph_add_mention(ng_graph *g, uint32_t id, const char *surface, size_t len,
                          uint32_t doc, uint32_t offset)
{
    node *n = &g->nodes[id];
    uint64_t pos = POS(doc, offset);
    n->live = 1;
    if (len)
        ng_graph_tally_add(g, &n->forms, surface, len, 1, pos);
    ng_graph_docset_add(&n->docs, doc, g->doc_limit, UINT32_MAX, NULL);
    n->mentions++;
    if (pos < n->first)
        n->first = pos;
    uint32_t day = doc_day(g, doc);
    seen_widen(&n->seen_first, &n->seen_last, day, day);
}

void ng_graph_vote(ng_graph *g, uint32_t id, const char *label, const char *category,
                   const char *rule, uint32_t doc, uint32_t offset)
{
    node *n = &g->nodes[id];
    uint64_t pos = POS(doc, offset);
    n->live = 1;
    if (rule && *rule)
        ng_graph_tally_add_vocab(g, &n->rules, rule, strlen(rule), 1, pos);
    if (n->fixed)
        return;
    if (label)
        ng_graph_tally_add(g, &n->labels, label, strlen(label), 1, pos);
    if (category && *category)
        ng_graph_tally_add_vocab(g, &n->cats, category, strlen(category), 1, pos);
}

/* Keep the date stated earliest (ties: the smaller string). */
void ng_graph_date_offer(ng_graph *g, node *n, const char *date, uint64_t pos)
{
    if (!date || !*date)
        return;
    if (pos < n->date_first || (pos == n->date_first && n->date && strcmp(date, n->date) < 0)) {
        n->date = intern(g, date);
        n->date_first = pos;
    }
}

void ng_graph_set_date(ng_graph *g, uint32_t id, const char *date, uint32_t doc,
                       uint32_t offset)
{
    g->nodes[id].live = 1;
    ng_graph_date_offer(g, &g->nodes[id], date, POS(doc, offset));
}

static uint64_t edge_key(uint32_t src, uint32_t dst, ng_relation rel)
{
    return ((uint64_t)src << 36) ^ ((uint64_t)dst << 8) ^ (uint64_t)rel ^
           ((uint64_t)dst >> 28 << 60);
}

/* The hash of the edge a -rel-> b (co-occurrence: a, b in id order). */
static inline uint64_t edge_hash(uint32_t a, uint32_t b, ng_relation rel)
{
    return ng_hash_u64(edge_key(a, b, rel));
}

/* The hash of edge e as it was indexed. */
static inline uint64_t edge_hash_of(const edge *e)
{
    uint32_t a = e->src, b = e->dst;
    if (e->rel == NG_REL_CO_OCCURS && a > b) {
        a = e->dst;
        b = e->src;
    }
    return edge_hash(a, b, (ng_relation)e->rel);
}

/* Whether edge id of g is a -rel-> b (co-occurrence: either way). */
static inline int edge_is(const ng_graph *g, uint32_t id, uint32_t a, uint32_t b, ng_relation rel)
{
    const edge *e = &g->edges[id];
    return e->rel == rel && ((e->src == a && e->dst == b) ||
                             (rel == NG_REL_CO_OCCURS && e->src == b && e->dst == a));
}

void ng_graph_eindex_clear(ng_graph *g)
{
    if (g->emap.cap)
        memset(g->emap.slots, 0xff, g->emap.cap * sizeof *g->emap.slots);
    g->emap.count = 0;
}

void ng_graph_eindex_release(ng_graph *g)
{
    free(g->emap.slots);
    memset(&g->emap, 0, sizeof g->emap);
}

static void eindex_insert(edge_index *x, uint64_t h, uint32_t id)
{
    size_t mask = x->cap - 1;
    size_t i = h & mask;
    while (x->slots[i].id != NG_NONE)
        i = (i + 1) & mask;
    x->slots[i] = (eslot){id, (uint32_t)(h >> 32)};
    x->count++;
}

/* Room for one more edge in g's index (rehashed, the edges' hashes
 * recomputed from the edges, fetched a few slots ahead). */
static void eindex_reserve(ng_graph *g)
{
    edge_index *x = &g->emap;
    if ((x->count + 1) * 4 <= x->cap * 3)
        return;
    edge_index y = {NULL, x->cap ? 2 * x->cap : 64, 0};
    y.slots = ng_xmalloc(y.cap * sizeof *y.slots);
    memset(y.slots, 0xff, y.cap * sizeof *y.slots);
    for (size_t i = 0; i < x->cap; i++) {
        if (i + 8 < x->cap && x->slots[i + 8].id != NG_NONE)
            __builtin_prefetch(&g->edges[x->slots[i + 8].id].src);
        if (x->slots[i].id != NG_NONE)
            eindex_insert(&y, edge_hash_of(&g->edges[x->slots[i].id]), x->slots[i].id);
    }
    free(x->slots);
    *x = y;
}

/* The edge a -rel-> b of g with hash h, or NG_NONE. */
static uint32_t eindex_find(const ng_graph *g, uint32_t a, uint32_t b, ng_relation rel,
                            uint64_t h)
{
    const edge_index *x = &g->emap;
    if (!x->cap)
        return NG_NONE;
    size_t mask = x->cap - 1;
    uint32_t check = (uint32_t)(h >> 32);
    for (size_t i = h & mask; x->slots[i].id != NG_NONE; i = (i + 1) & mask)
        if (x->slots[i].check == check && edge_is(g, x->slots[i].id, a, b, rel))
            return x->slots[i].id;
    return NG_NONE;
}

static uint32_t edge_get(ng_graph *g, uint32_t src, uint32_t dst, ng_relation rel)
{
    /* co-occurrence is undirected: looked up by the pair in id order (no
     * string compare on the hot path), stored in key order */
    int undirected = rel == NG_REL_CO_OCCURS;
    uint32_t a = src, b = dst;
    if (undirected && a > b) {
        a = dst;
        b = src;
    }
    uint64_t h = edge_hash(a, b, rel);
    uint32_t id = eindex_find(g, a, b, rel, h);
    if (id != NG_NONE)
        return id;
    if (undirected && strcmp(g->nodes[src].key, g->nodes[dst].key) > 0) {
        uint32_t t = src;
        src = dst;
        dst = t;
    }
    id = (uint32_t)g->n_edges;
    edge *e = ng_graph_edge_append(g);
    memset(e, 0, sizeof *e);
    e->src = src;
    e->dst = dst;
    e->rel = rel;
    e->last = UINT64_MAX;
    e->top = UINT64_MAX;
    e->first = UINT64_MAX;
    docset_init(&e->docs);
    eindex_reserve(g);
    eindex_insert(&g->emap, h, id);
    return id;
}

uint32_t ng_graph_edge_get(ng_graph *g, uint32_t src, uint32_t dst, ng_relation rel)
{
    return edge_get(g, src, dst, rel);
}

void ng_graph_edge_set_role(ng_graph *g, edge *e, const char *text, uint64_t first)
{
    if (!e->docs.tag) {
        ng_xgrow(&g->roles, &g->cap_roles, g->n_roles + 1, sizeof *g->roles);
        e->docs.tag = (uint32_t)++g->n_roles;
    }
    g->roles[e->docs.tag - 1] = (erole){text, first};
}

/* One more sentence for edge id. */
static void edge_count(ng_graph *g, uint32_t id, const char *role, const ng_evidence *ev,
                       size_t text_len)
{
    edge *e = &g->edges[id];
    uint64_t pos = POS(ev->doc, ev->offset);
    if (role) {
        uint64_t rf = edge_role_first(g, e);
        if (pos < rf || (pos == rf && e->docs.tag && strcmp(role, edge_role(g, e)) < 0))
            ng_graph_edge_set_role(g, e, intern(g, role), pos);
    }
    /* after every sentence counted (documents in order): new, and not
     * before the first (which is read only otherwise) */
    int later = e->top == UINT64_MAX || pos > e->top;
    if (later) {
        if (e->top == UINT64_MAX)
            e->first = pos;
        e->top = pos;
    } else {
        if (e->last == pos)
            return;
        if (pos < e->last && e->last != UINT64_MAX &&
            ng_graph_ev_has(&e->ev, ev->doc, ev->offset))
            return; /* an earlier sentence again, out of document order */
        if (pos < e->first)
            e->first = pos;
    }
    e->last = pos;
    e->weight++;
    uint32_t day = doc_day(g, ev->doc);
    if (day)
        edge_seen(e, day, day);
    ng_graph_docset_add(&e->docs, ev->doc, g->doc_limit, edge_doc_cut(g, id), edge_lists(g));
    /* later and the evidence full: every kept sentence is earlier, and the
     * earliest are kept (or past what the graph drained into keeps) */
    if (later && ((g->evidence_limit && e->ev.n >= g->evidence_limit) || pos > edge_ev_cut(g, id)))
        return;
    /* later: past every sentence counted, so past every one kept */
    ng_graph_ev_insert(g, &e->ev, ev->doc, ev->offset, ev->text, text_len, g->evidence_limit, 0,
                       later);
}

void ng_graph_add_relation(ng_graph *g, uint32_t src, uint32_t dst, ng_relation rel,
                           const char *role, const ng_evidence *ev, size_t text_len)
{
    if (src == dst)
        return;
    edge_count(g, edge_get(g, src, dst, rel), role, ev, text_len);
}

/* (graph_impl.h: GRAPH_BATCH.) Three passes: the slots are fetched, then
 * the edges their bits point to, then those edges are checked (an edge
 * that is not the one, rare, is left to edge_get). */
void ng_graph_edges_ahead(ng_graph *g, const uint32_t *a, const uint32_t *b,
                          const ng_relation *rel, size_t m, const uint32_t *known,
                          uint32_t *ids)
{
    uint64_t hs[GRAPH_BATCH];
    uint32_t xs[GRAPH_BATCH], ys[GRAPH_BATCH];
    const edge_index *x = &g->emap;
    size_t mask = x->cap - 1;
    for (size_t i = 0; i < m; i++) {
        if (known && known[i] != NG_NONE)
            continue;
        uint32_t p = a[i], q = b[i];
        if (rel[i] == NG_REL_CO_OCCURS && p > q) {
            p = b[i];
            q = a[i];
        }
        xs[i] = p;
        ys[i] = q;
        hs[i] = edge_hash(p, q, rel[i]);
        if (x->cap)
            __builtin_prefetch(&x->slots[hs[i] & mask]);
    }
    for (size_t i = 0; i < m; i++) {
        if (known && known[i] != NG_NONE) {
            ids[i] = known[i];
            continue;
        }
        ids[i] = NG_NONE;
        if (!x->cap)
            continue;
        uint32_t check = (uint32_t)(hs[i] >> 32);
        for (size_t j = hs[i] & mask; x->slots[j].id != NG_NONE; j = (j + 1) & mask)
            if (x->slots[j].check == check) {
                ids[i] = x->slots[j].id;
                break;
            }
        if (ids[i] != NG_NONE) {
            const char *e = (const char *)&g->edges[ids[i]];
            __builtin_prefetch(e, 1);
            __builtin_prefetch(e + sizeof(edge) - 1, 1);
        }
    }
    for (size_t i = 0; i < m; i++)
        if ((!known || known[i] == NG_NONE) && ids[i] != NG_NONE &&
            !edge_is(g, ids[i], xs[i], ys[i], rel[i]))
            ids[i] = NG_NONE;
}

void ng_graph_add_relations(ng_graph *g, const ng_relation_add *v, size_t n)
{
    uint32_t a[GRAPH_BATCH], b[GRAPH_BATCH], ids[GRAPH_BATCH];
    ng_relation rel[GRAPH_BATCH];
    for (size_t k = 0; k < n; k += GRAPH_BATCH) {
        size_t m = n - k < GRAPH_BATCH ? n - k : GRAPH_BATCH;
        const ng_relation_add *r = v + k;
        for (size_t i = 0; i < m; i++) {
            a[i] = r[i].src;
            b[i] = r[i].dst;
            rel[i] = r[i].rel;
        }
        ng_graph_edges_ahead(g, a, b, rel, m, NULL, ids);
        for (size_t i = 0; i < m; i++) {
            if (r[i].src == r[i].dst)
                continue;
            uint32_t id = ids[i] != NG_NONE ? ids[i] : edge_get(g, r[i].src, r[i].dst, r[i].rel);
            edge_count(g, id, r[i].role, &r[i].ev, r[i].text_len);
        }
    }
}

void ng_graph_bind(ng_graph *g, const char *from, const char *to)
{
    for (size_t i = 0; i < g->n_binds; i++)
        if (strcmp(g->binds[i].from, from) == 0 && strcmp(g->binds[i].to, to) == 0)
            return;
    ng_xgrow(&g->binds, &g->cap_binds, g->n_binds + 1, sizeof *g->binds);
    g->binds[g->n_binds++] = (binding){intern(g, from), intern(g, to)};
}

/* ---- reading ----------------------------------------------------------- */

size_t ng_graph_node_count(const ng_graph *g)
{
    return g->n_nodes;
}

size_t ng_graph_edge_count(const ng_graph *g)
{
    return g->n_edges;
}

void ng_graph_node(const ng_graph *g, uint32_t id, ng_node_view *v)
{
    const node *n = &g->nodes[id];
    v->id = id;
    v->key = n->key;
    v->label = n->label ? n->label : n->key;
    v->kind = n->kind;
    v->category = n->category ? n->category : "";
    v->rule = n->rule ? n->rule : "";
    v->aliases = node_aliases(g, n);
    v->n_aliases = v->aliases ? n->forms.n : 0;
    v->docs = u32vec_cv(&n->docs.kept);
    v->n_docs = n->docs.kept.n;
    v->doc_count = n->docs.count;
    v->mentions = n->mentions;
    v->has_geo = n->has_geo;
    v->lat = n->lat;
    v->lon = n->lon;
    v->date = n->date;
    ng_graph_format_seen(n->seen_first, v->first_seen);
    ng_graph_format_seen(n->seen_last, v->last_seen);
}

void ng_graph_edge(const ng_graph *g, uint32_t id, ng_edge_view *v)
{
    const edge *e = &g->edges[id];
    v->id = id;
    v->src = e->src;
    v->dst = e->dst;
    v->relation = e->rel;
    v->role = edge_role(g, e);
    v->weight = e->weight;
    v->docs = u32vec_cv(&e->docs.kept);
    v->n_docs = e->docs.kept.n;
    v->doc_count = e->docs.count;
    v->evidence = evvec_cv(&e->ev);
    v->n_evidence = e->ev.n;
    ng_graph_format_seen(get24(e->seen), v->first_seen);
    ng_graph_format_seen(get24(e->seen + 3), v->last_seen);
}
