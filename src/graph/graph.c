/* graph.c - entity/relation graph: build, tally, merge, bind, read (finish.c: finish) */
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

/* Drop the index of t (its entries are emptied or reordered). */
void ng_graph_tallies_unindex(tallies *t)
{
    free(t->index);
    t->index = NULL;
    t->index_cap = 0;
}

/* A new edge slot at the end of g->edges (uninitialised); the array is
 * aligned to a cache line. */
static edge *edge_append(ng_graph *g)
{
    if (g->n_edges == g->cap_edges) {
        size_t cap = g->cap_edges ? 2 * g->cap_edges : 64;
        edge *p = ng_xaligned(64, cap * sizeof(edge));
        if (g->n_edges)
            memcpy(p, g->edges, g->n_edges * sizeof(edge));
        free(g->edges);
        g->edges = p;
        g->cap_edges = cap;
    }
    return &g->edges[g->n_edges++];
}

ng_graph *ng_graph_new(void)
{
    ng_graph *g = ng_xcalloc(1, sizeof *g);
    ng_strmap_init(&g->keys);
    ng_u64map_init(&g->emap);
    ng_arena_init(&g->arena, 64 * 1024);
    ng_arena_init(&g->texts, 256 * 1024);
    g->evidence_limit = 10;
    g->doc_limit = 50;
    g->extract = 7; /* NG_EXTRACT_DEFAULT */
    return g;
}

static void node_release(node *n)
{
    free(n->forms.v);
    free(n->labels.v);
    free(n->cats.v);
    free(n->rules.v);
    ng_graph_tallies_unindex(&n->forms);
    ng_graph_tallies_unindex(&n->labels);
    ng_graph_tallies_unindex(&n->cats);
    ng_graph_tallies_unindex(&n->rules);
    free(n->docs.kept.v);
    free(n->alias_ptrs);
}

void ng_graph_edge_release(const ng_graph *g, edge *e)
{
    if (g->drained_lists)
        return; /* in g->texts */
    free(e->docs.kept.v);
    free(e->ev.v);
}

/* The lists of g's edges: in g->texts when they go at each drain
 * (NULL: each in a block of its own). */
static ng_arena *edge_lists(ng_graph *g)
{
    return g->drained_lists ? &g->texts : NULL;
}

/* p (old bytes in use) moved to a block of size bytes: realloc'ed, or
 * copied into arena a (the old copy stays there until a is emptied). */
static void *list_grow(ng_arena *a, void *p, size_t old, size_t size)
{
    if (!a)
        return ng_xrealloc(p, size);
    void *q = ng_arena_alloc(a, size);
    if (old)
        memcpy(q, p, old);
    return q;
}

void ng_graph_free(ng_graph *g)
{
    if (!g)
        return;
    for (size_t i = 0; i < g->n_nodes; i++)
        node_release(&g->nodes[i]);
    for (size_t i = 0; i < g->n_edges; i++)
        ng_graph_edge_release(g, &g->edges[i]);
    free(g->nodes);
    free(g->edges);
    free(g->binds);
    free(g->docs);
    free(g->days);
    free(g->meta);
    ng_strmap_release(&g->keys);
    ng_u64map_release(&g->emap);
    ng_arena_release(&g->arena);
    ng_arena_release(&g->texts);
    ng_graph_free(g->state);
    free(g->state_map);
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

static uint32_t doc_day(const ng_graph *g, uint32_t doc)
{
    return doc < g->n_days ? g->days[doc] : 0;
}

static const char *keep(ng_graph *g, const char *s);

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

static void format_seen(uint32_t v, char out[11])
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
    format_seen(doc_day(g, doc), date);
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

/* ---- small helpers ----------------------------------------------------- */

/* A copy of s among what g counts (dropped when a drain empties g). */
static const char *intern(ng_graph *g, const char *s)
{
    return s ? ng_arena_strdup(&g->texts, s) : NULL;
}

/* A copy of s for as long as g lives. */
static const char *keep(ng_graph *g, const char *s)
{
    return s ? ng_arena_strdup(&g->arena, s) : NULL;
}

static uint32_t tally_head(const char *s, size_t len)
{
    uint32_t h = 0;
    if (len >= sizeof h)
        memcpy(&h, s, sizeof h);
    else
        for (size_t i = 0; i < len; i++)
            h |= (uint32_t)(unsigned char)s[i] << (8 * i);
    return h;
}

/* Lists of more entries than this get an index. */
#define TALLY_SCAN 16

/* The index slot of the entry s[0..len) of t, or of the empty slot where it
 * would go (*found 0). */
static uint32_t *tally_slot(const tallies *t, const char *s, size_t len, uint32_t head,
                            int *found)
{
    size_t mask = t->index_cap - 1;
    for (size_t i = ng_hash_bytes(s, len) & mask;; i = (i + 1) & mask) {
        uint32_t j = t->index[i];
        if (!j) {
            *found = 0;
            return &t->index[i];
        }
        const tally *x = &t->v[j - 1];
        if (x->len == len && x->head == head && memcmp(x->text, s, len) == 0) {
            *found = 1;
            return &t->index[i];
        }
    }
}

/* (Re)build the index of t for room for one more entry. */
static void tallies_index(tallies *t)
{
    size_t cap = 64;
    while (cap <= 2 * (t->n + 1))
        cap *= 2;
    free(t->index);
    t->index = ng_xcalloc(cap, sizeof *t->index);
    t->index_cap = cap;
    for (size_t j = 0; j < t->n; j++) {
        int found;
        *tally_slot(t, t->v[j].text, t->v[j].len, t->v[j].head, &found) = (uint32_t)j + 1;
    }
}

static void tally_add(ng_graph *g, tallies *t, const char *s, size_t len, uint64_t count,
                      uint64_t first)
{
    uint32_t head = tally_head(s, len);
    uint32_t *slot = NULL; /* where a new entry goes in the index */
    size_t i = 0;
    if (t->n >= TALLY_SCAN) {
        if (2 * (t->n + 1) >= t->index_cap)
            tallies_index(t);
        int found;
        slot = tally_slot(t, s, len, head, &found);
        i = found ? *slot - 1 : t->n;
    } else {
        while (i < t->n && !(t->v[i].len == len && t->v[i].head == head &&
                             memcmp(t->v[i].text, s, len) == 0))
            i++;
    }
    if (i < t->n) {
        t->v[i].count += count;
        if (first < t->v[i].first)
            t->v[i].first = first;
        return;
    }
    ng_xgrow(&t->v, &t->cap, t->n + 1, sizeof *t->v);
    t->v[t->n++] = (tally){ng_arena_strndup(&g->texts, s, len), (uint32_t)len, head, count, first};
    if (slot)
        *slot = (uint32_t)t->n;
}

void ng_graph_tally_add(ng_graph *g, tallies *t, const char *s, size_t len, uint64_t count,
                        uint64_t first)
{
    tally_add(g, t, s, len, count, first);
}

static void u32_insert(u32vec *v, uint32_t x, ng_arena *a)
{
    if (v->n && v->v[v->n - 1] == x)
        return;
    size_t lo = 0, hi = v->n;
    if (v->n && v->v[v->n - 1] < x) {
        lo = v->n;
    } else {
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (v->v[mid] < x)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo < v->n && v->v[lo] == x)
            return;
    }
    if (v->n == v->cap) {
        v->cap = v->cap ? 2 * v->cap : 2;
        v->v = list_grow(a, v->v, v->n * sizeof *v->v, (size_t)v->cap * sizeof *v->v);
    }
    memmove(v->v + lo + 1, v->v + lo, (v->n - lo) * sizeof *v->v);
    v->v[lo] = x;
    v->n++;
}

static void u32_union(u32vec *dst, const u32vec *src)
{
    if (!src->n)
        return;
    size_t total = dst->n + src->n;
    uint32_t *out = ng_xmalloc(total * sizeof *out);
    size_t i = 0, j = 0, k = 0;
    while (i < dst->n || j < src->n) {
        uint32_t x;
        if (j >= src->n || (i < dst->n && dst->v[i] < src->v[j]))
            x = dst->v[i++];
        else if (i >= dst->n || src->v[j] < dst->v[i])
            x = src->v[j++];
        else
            x = dst->v[i++], j++;
        out[k++] = x;
    }
    free(dst->v);
    dst->v = out;
    dst->n = (uint32_t)k;
    dst->cap = (uint32_t)total;
}

static void docset_init(docset *d)
{
    memset(d, 0, sizeof *d);
    d->last = UINT32_MAX;
}

static int u32_has(const u32vec *v, uint32_t x)
{
    size_t lo = 0, hi = v->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (v->v[mid] == x)
            return 1;
        if (v->v[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

/* Add doc to d; documents after cut are only counted (the graph drained
 * into keeps none of them: UINT32_MAX when there is no such graph). The
 * list grows in arena a (NULL: in a block of its own). */
static void docset_add(docset *d, uint32_t doc, size_t limit, uint32_t cut, ng_arena *a)
{
    if (doc == d->last)
        return; /* the common case: the document being read */
    if ((d->last == UINT32_MAX || doc > d->last) && (doc > cut || (limit && d->kept.n >= limit))) {
        /* the next one in order, past the kept ones or past the cut:
         * counted (and the list, somewhere else in memory, is not touched) */
        d->last = doc;
        d->count++;
        return;
    }
    int before = d->last != UINT32_MAX && doc < d->last;
    if (!before)
        d->last = doc;
    if (!limit || d->kept.n < limit) {
        /* complete so far: the list decides */
        size_t n = d->kept.n;
        if (limit && n == d->kept.cap) {
            size_t cap = n ? 2 * n : 2; /* never past the limit */
            if (cap > limit)
                cap = limit;
            d->kept.v = list_grow(a, d->kept.v, n * sizeof *d->kept.v, cap * sizeof *d->kept.v);
            d->kept.cap = (uint32_t)cap;
        }
        u32_insert(&d->kept, doc, a);
        d->count += d->kept.n - n;
        return;
    }
    uint32_t max = d->kept.v[d->kept.n - 1];
    if (doc > max) {
        /* beyond the kept documents: new when later than all seen (out
         * of order and not kept, it cannot be told apart: not counted) */
        if (!before)
            d->count++;
        return;
    }
    if (u32_has(&d->kept, doc))
        return;
    /* every document seen below the largest kept one is kept: a new one */
    d->kept.n--;
    u32_insert(&d->kept, doc, a);
    d->count++;
}

/* d := d u s. The count is exact when the two sets are disjoint (partial
 * graphs of different documents) or both complete; otherwise (an acronym
 * merged with its expansion, both in more documents than are kept) the
 * documents both have beyond the kept ones are counted twice. */
static void docset_union(docset *d, const docset *s, size_t limit)
{
    if (!s->count && !s->kept.n)
        return;
    size_t shared = 0;
    if (!s->kept.n || !d->kept.n || s->kept.v[0] > d->kept.v[d->kept.n - 1]) {
        /* all s keeps after all d keeps (a later batch of documents): none
         * shared, appended as far as the limit allows (nothing when d is
         * full) */
        size_t n = d->kept.n + s->kept.n;
        if (limit && n > limit)
            n = limit;
        if (n > d->kept.n) {
            if (n > d->kept.cap) {
                d->kept.v = ng_xrealloc(d->kept.v, n * sizeof *d->kept.v);
                d->kept.cap = (uint32_t)n;
            }
            memcpy(d->kept.v + d->kept.n, s->kept.v, (n - d->kept.n) * sizeof *d->kept.v);
            d->kept.n = (uint32_t)n;
        }
    } else {
        for (size_t i = 0; i < s->kept.n; i++)
            shared += u32_has(&d->kept, s->kept.v[i]);
        u32_union(&d->kept, &s->kept);
        if (limit && d->kept.n > limit)
            d->kept.n = limit;
    }
    uint64_t count = d->count + s->count - shared;
    d->count = count > d->kept.n ? count : d->kept.n;
    if (d->last == UINT32_MAX || (s->last != UINT32_MAX && s->last > d->last))
        d->last = s->last;
}

int ng_graph_ev_cmp(const ng_evidence *a, const ng_evidence *b)
{
    if (a->doc != b->doc)
        return a->doc < b->doc ? -1 : 1;
    if (a->offset != b->offset)
        return a->offset < b->offset ? -1 : 1;
    return 0;
}

static int ev_has(const evvec *v, uint32_t doc, uint32_t offset)
{
    ng_evidence key = {doc, offset, NULL};
    size_t lo = 0, hi = v->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = ng_graph_ev_cmp(&v->v[mid], &key);
        if (c == 0)
            return 1;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

/* The one copy in g of the sentence at doc/offset (len SIZE_MAX: text is
 * NUL-terminated, measured only when copied). */
static const char *evidence_text(ng_graph *g, uint32_t doc, uint32_t offset, const char *text,
                                 size_t len)
{
    if (g->ev_text && g->ev_doc == doc && g->ev_offset == offset)
        return g->ev_text; /* the sentence of the previous relation */
    uint64_t key = (uint64_t)doc << 32 | offset;
    uint32_t k = g->ev_map ? ng_u64map_get(g->ev_map, key) : NG_NONE;
    const char *t;
    if (k != NG_NONE) {
        t = g->ev_texts[k];
    } else {
        t = ng_arena_strndup(&g->texts, text, len == SIZE_MAX ? strlen(text) : len);
        if (g->ev_map) {
            ng_xgrow(&g->ev_texts, &g->cap_ev_texts, g->n_ev_texts + 1, sizeof *g->ev_texts);
            g->ev_texts[g->n_ev_texts] = t;
            ng_u64map_put(g->ev_map, key, (uint32_t)g->n_ev_texts++);
        }
    }
    g->ev_text = t;
    g->ev_doc = doc;
    g->ev_offset = offset;
    return t;
}

/* Insert keeping order and the limit (the earliest sentences win). text is
 * copied into g's arena (see evidence_text), unless `owned` (it lives there
 * already). */
static void ev_insert(ng_graph *g, evvec *v, uint32_t doc, uint32_t offset, const char *text,
                      size_t len, size_t limit, int owned)
{
    ng_evidence e = {doc, offset, NULL};
    size_t pos = v->n;
    while (pos > 0 && ng_graph_ev_cmp(&e, &v->v[pos - 1]) < 0)
        pos--;
    if (pos > 0 && ng_graph_ev_cmp(&e, &v->v[pos - 1]) == 0)
        return;
    if (limit && pos >= limit)
        return;
    e.text = owned ? text : evidence_text(g, doc, offset, text, len);
    if (limit && v->n >= limit)
        v->n--; /* drop the latest */
    if (v->n == v->cap) {
        /* grow by doubling, but never past the limit: most edges have a few
         * sentences, the busiest exactly `limit` */
        size_t cap = v->cap ? 2 * v->cap : 2;
        if (limit && cap > limit)
            cap = limit;
        v->v = list_grow(edge_lists(g), v->v, v->n * sizeof *v->v, cap * sizeof *v->v);
        v->cap = (uint32_t)cap;
    }
    memmove(v->v + pos + 1, v->v + pos, (v->n - pos) * sizeof *v->v);
    v->v[pos] = e;
    v->n++;
}

/* ---- building ---------------------------------------------------------- */

uint32_t ng_graph_find(const ng_graph *g, const char *key)
{
    return ng_strmap_get(&g->keys, key, strlen(key));
}

uint32_t ng_graph_add_entity(ng_graph *g, const ng_entity *e)
{
    size_t klen = strlen(e->key);
    uint32_t id = ng_strmap_get(&g->keys, e->key, klen);
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
    ng_strmap_put(&g->keys, n->key, klen, id, NULL);
    n->kind = e->kind;
    n->fixed = e->fixed_label;
    if (e->fixed_label) {
        n->label = keep(g, e->label);
        n->category = keep(g, e->category ? e->category : "");
    }
    docset_init(&n->docs);
    n->date = NULL;
    n->date_first = UINT64_MAX;
    n->has_geo = e->has_geo;
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
    tally_add(g, &n->forms, surface, len, 1, pos);
    docset_add(&n->docs, doc, g->doc_limit, UINT32_MAX, NULL);
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
        tally_add(g, &n->rules, rule, strlen(rule), 1, pos);
    if (n->fixed)
        return;
    if (label)
        tally_add(g, &n->labels, label, strlen(label), 1, pos);
    if (category && *category)
        tally_add(g, &n->cats, category, strlen(category), 1, pos);
}

/* Keep the date stated earliest (ties: the smaller string). */
static void date_offer(ng_graph *g, node *n, const char *date, uint64_t pos)
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
    date_offer(g, &g->nodes[id], date, POS(doc, offset));
}

static uint64_t edge_key(uint32_t src, uint32_t dst, ng_relation rel)
{
    return ((uint64_t)src << 36) ^ ((uint64_t)dst << 8) ^ (uint64_t)rel ^
           ((uint64_t)dst >> 28 << 60);
}

#define EXACT_IDS (1u << 28)

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
    uint64_t k = edge_key(a, b, rel);
    uint32_t id = ng_u64map_get(&g->emap, k);
    /* the packed key is exact for ids below 2^28 (the edge is not read);
     * beyond, verify */
    if (id != NG_NONE && (a | b) < EXACT_IDS)
        return id;
    while (id != NG_NONE) {
        const edge *e = &g->edges[id];
        if (e->rel == rel && ((e->src == a && e->dst == b) || (undirected && e->src == b && e->dst == a)))
            return id;
        k = ng_hash_u64(k + 1);
        id = ng_u64map_get(&g->emap, k);
    }
    if (undirected && strcmp(g->nodes[src].key, g->nodes[dst].key) > 0) {
        uint32_t t = src;
        src = dst;
        dst = t;
    }
    id = (uint32_t)g->n_edges;
    ng_u64map_put(&g->emap, k, id);
    edge *e = edge_append(g);
    memset(e, 0, sizeof *e);
    e->src = src;
    e->dst = dst;
    e->rel = rel;
    e->last = UINT64_MAX;
    e->top = UINT64_MAX;
    e->first = UINT64_MAX;
    e->role_first = UINT64_MAX;
    e->ev_cut = UINT64_MAX;
    e->into = NG_NONE;
    e->doc_cut = UINT32_MAX;
    docset_init(&e->docs);
    return id;
}

uint32_t ng_graph_edge_get(ng_graph *g, uint32_t src, uint32_t dst, ng_relation rel)
{
    return edge_get(g, src, dst, rel);
}

/* One more sentence for edge id. */
static void edge_count(ng_graph *g, uint32_t id, const char *role, const ng_evidence *ev,
                       size_t text_len)
{
    edge *e = &g->edges[id];
    uint64_t pos = POS(ev->doc, ev->offset);
    if (role && (pos < e->role_first ||
                 (pos == e->role_first && e->role && strcmp(role, e->role) < 0))) {
        e->role = intern(g, role);
        e->role_first = pos;
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
        if (pos < e->last && e->last != UINT64_MAX && ev_has(&e->ev, ev->doc, ev->offset))
            return; /* an earlier sentence again, out of document order */
        if (pos < e->first)
            e->first = pos;
    }
    e->last = pos;
    e->weight++;
    uint32_t day = doc_day(g, ev->doc);
    if (day)
        edge_seen(e, day, day);
    docset_add(&e->docs, ev->doc, g->doc_limit, e->doc_cut, edge_lists(g));
    /* later and the evidence full: every kept sentence is earlier, and the
     * earliest are kept (or past what the graph drained into keeps) */
    if (later && ((g->evidence_limit && e->ev.n >= g->evidence_limit) || pos > e->ev_cut))
        return;
    ev_insert(g, &e->ev, ev->doc, ev->offset, ev->text, text_len, g->evidence_limit, 0);
}

void ng_graph_add_relation(ng_graph *g, uint32_t src, uint32_t dst, ng_relation rel,
                           const char *role, const ng_evidence *ev, size_t text_len)
{
    if (src == dst)
        return;
    edge_count(g, edge_get(g, src, dst, rel), role, ev, text_len);
}

/* Relations are looked up BATCH at a time: first the hash slots of all are
 * fetched ahead, then the edges, so that the cache misses of a batch
 * overlap instead of coming one after another. */
#define BATCH 64

/* The ids of edges a[i] -rel[i]-> b[i] (i < m <= BATCH) already in g, found
 * with their memory fetched ahead; NG_NONE where there is none yet, or
 * where only edge_get can tell (ids past EXACT_IDS). Where known[i] is not
 * NG_NONE (known may be NULL), that is the id. */
static void edges_ahead(ng_graph *g, const uint32_t *a, const uint32_t *b,
                        const ng_relation *rel, size_t m, const uint32_t *known,
                        uint32_t *ids)
{
    uint64_t keys[BATCH];
    for (size_t i = 0; i < m; i++) {
        if (known && known[i] != NG_NONE) {
            keys[i] = 0;
            continue;
        }
        uint32_t x = a[i], y = b[i];
        if (rel[i] == NG_REL_CO_OCCURS && x > y) {
            x = b[i];
            y = a[i];
        }
        keys[i] = (x | y) < EXACT_IDS ? edge_key(x, y, rel[i]) : 0;
        if (keys[i])
            ng_u64map_prefetch(&g->emap, keys[i]);
    }
    for (size_t i = 0; i < m; i++) {
        if (known && known[i] != NG_NONE)
            ids[i] = known[i];
        else
            ids[i] = keys[i] ? ng_u64map_get(&g->emap, keys[i]) : NG_NONE;
        if (ids[i] != NG_NONE) {
            const char *e = (const char *)&g->edges[ids[i]];
            __builtin_prefetch(e, 1);
            __builtin_prefetch(e + sizeof(edge) - 1, 1);
        }
    }
}

void ng_graph_add_relations(ng_graph *g, const ng_relation_add *v, size_t n)
{
    uint32_t a[BATCH], b[BATCH], ids[BATCH];
    ng_relation rel[BATCH];
    for (size_t k = 0; k < n; k += BATCH) {
        size_t m = n - k < BATCH ? n - k : BATCH;
        const ng_relation_add *r = v + k;
        for (size_t i = 0; i < m; i++) {
            a[i] = r[i].src;
            b[i] = r[i].dst;
            rel[i] = r[i].rel;
        }
        edges_ahead(g, a, b, rel, m, NULL, ids);
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

/* Fold node s of graph `from` into node d of graph `into`. */
void ng_graph_node_absorb(ng_graph *into, node *d, const node *s)
{
    for (size_t i = 0; i < s->forms.n; i++)
        tally_add(into, &d->forms, s->forms.v[i].text, s->forms.v[i].len,
                  s->forms.v[i].count, s->forms.v[i].first);
    for (size_t i = 0; i < s->labels.n; i++)
        tally_add(into, &d->labels, s->labels.v[i].text, s->labels.v[i].len,
                  s->labels.v[i].count, s->labels.v[i].first);
    for (size_t i = 0; i < s->cats.n; i++)
        tally_add(into, &d->cats, s->cats.v[i].text, s->cats.v[i].len,
                  s->cats.v[i].count, s->cats.v[i].first);
    for (size_t i = 0; i < s->rules.n; i++)
        tally_add(into, &d->rules, s->rules.v[i].text, s->rules.v[i].len,
                  s->rules.v[i].count, s->rules.v[i].first);
    docset_union(&d->docs, &s->docs, into->doc_limit);
    d->mentions += s->mentions;
    if (s->first < d->first)
        d->first = s->first;
    seen_widen(&d->seen_first, &d->seen_last, s->seen_first, s->seen_last);
    if (!d->fixed && s->fixed) {
        d->fixed = 1;
        d->label = keep(into, s->label);
        d->category = keep(into, s->category);
    }
    if (!d->has_geo && s->has_geo) {
        d->has_geo = 1;
        d->lat = s->lat;
        d->lon = s->lon;
    }
    date_offer(into, d, s->date, s->date_first);
}

/* Fold edge s into edge d of graph `into`; s's evidence texts are copied
 * unless `owned` (they live in an arena `into` has adopted). */
void ng_graph_edge_absorb(ng_graph *into, edge *d, const edge *s, int owned)
{
    /* sentences both edges count (after a binding) are counted once; the
     * kept evidence is where they can be seen */
    uint64_t shared = 0;
    /* all of s after all d counted (a later batch of documents): none */
    int later = d->top != UINT64_MAX && s->first != UINT64_MAX && s->first > d->top;
    if (!later)
        for (size_t i = 0; i < s->ev.n; i++)
            shared += ev_has(&d->ev, s->ev.v[i].doc, s->ev.v[i].offset);
    /* d keeps as many sentences as it may, all before any of s: it keeps them */
    size_t lim = into->evidence_limit;
    int ev_full = lim && d->ev.n >= lim && s->first != UINT64_MAX &&
                  s->first > POS(d->ev.v[d->ev.n - 1].doc, d->ev.v[d->ev.n - 1].offset);
    d->weight += s->weight - shared; /* shared <= s->ev.n <= s->weight */
    edge_seen(d, get24(s->seen), get24(s->seen + 3));
    if (s->first < d->first)
        d->first = s->first;
    if (s->top != UINT64_MAX && (d->top == UINT64_MAX || s->top > d->top))
        d->top = s->top;
    if (s->role && (s->role_first < d->role_first ||
                    (s->role_first == d->role_first && d->role && strcmp(s->role, d->role) < 0))) {
        d->role = intern(into, s->role);
        d->role_first = s->role_first;
    }
    docset_union(&d->docs, &s->docs, into->doc_limit);
    if (ev_full)
        return;
    for (size_t i = 0; i < s->ev.n; i++)
        ev_insert(into, &d->ev, s->ev.v[i].doc, s->ev.v[i].offset, s->ev.v[i].text,
                  owned ? 0 : SIZE_MAX, into->evidence_limit, owned);
}

static void graph_clear(ng_graph *g)
{
    for (size_t i = 0; i < g->n_nodes; i++)
        node_release(&g->nodes[i]);
    for (size_t i = 0; i < g->n_edges; i++)
        ng_graph_edge_release(g, &g->edges[i]);
    g->n_nodes = g->n_edges = g->n_binds = 0;
    g->n_docs = 0;
    g->ev_text = NULL;
    /* the tables and the first arena block are kept: a worker's partial
     * graph is refilled after every flush, to about the same size */
    ng_strmap_clear(&g->keys);
    ng_u64map_clear(&g->emap);
    ng_arena_reset(&g->arena);
    ng_arena_reset(&g->texts);
    g->into = NULL;
}

/* Empty g of what it counted, keeping its nodes and edges (and links). */
static void empty_counts(ng_graph *g)
{
    for (size_t i = 0; i < g->n_nodes; i++) {
        node *n = &g->nodes[i];
        n->forms.n = n->labels.n = n->cats.n = n->rules.n = 0;
        ng_graph_tallies_unindex(&n->forms);
        ng_graph_tallies_unindex(&n->labels);
        ng_graph_tallies_unindex(&n->cats);
        ng_graph_tallies_unindex(&n->rules);
        n->docs.count = 0;
        n->docs.last = UINT32_MAX;
        n->docs.kept.n = 0;
        n->mentions = 0;
        n->first = UINT64_MAX;
        n->date = NULL;
        n->date_first = UINT64_MAX;
        n->seen_first = n->seen_last = 0;
        n->live = 0;
    }
    for (size_t i = 0; i < g->n_edges; i++) {
        edge *e = &g->edges[i];
        if (e->top == UINT64_MAX)
            continue; /* nothing counted since the last drain */
        ng_graph_edge_release(g, e);
        e->top = e->last = e->first = e->role_first = UINT64_MAX;
        e->weight = 0;
        e->role = NULL;
        memset(e->seen, 0, sizeof e->seen);
        docset_init(&e->docs);
        memset(&e->ev, 0, sizeof e->ev);
    }
    g->n_binds = 0;
    g->n_docs = 0;
    g->ev_text = NULL;
    ng_arena_reset(&g->texts);
}

/* The dates and metadata of src's articles into dst (where dst has none). */
static void copy_articles(ng_graph *dst, const ng_graph *src)
{
    for (size_t i = 0; i < src->n_days; i++)
        if (src->days[i] && !doc_day(dst, (uint32_t)i)) {
            char iso[11];
            format_seen(src->days[i], iso);
            ng_graph_set_doc_date(dst, (uint32_t)i, iso);
        }
    for (size_t i = 0; i < src->n_meta; i++)
        if (i >= dst->n_meta || (!dst->meta[i].url && !dst->meta[i].title &&
                                 !dst->meta[i].source)) {
            ng_article a = {NULL, src->meta[i].url, src->meta[i].title, NULL,
                            src->meta[i].source, NULL, 0};
            if (a.url || a.title || a.source) {
                ng_graph_set_article(dst, (uint32_t)i, &a);
            }
        }
}

/* The node of dst that src's node i goes into, added when needed. */
static uint32_t node_into(ng_graph *dst, ng_graph *src, uint32_t i)
{
    node *s = &src->nodes[i];
    if (s->into == NG_NONE) {
        ng_entity e = {.key = s->key, .label = s->label, .kind = s->kind,
                       .category = s->category, .fixed_label = s->fixed,
                       .has_geo = s->has_geo, .lat = s->lat, .lon = s->lon};
        s->into = ng_graph_add_entity(dst, &e);
    }
    return s->into;
}

/* Add everything src counted to dst, and link src's nodes and edges to
 * theirs (see ng_graph_drain). Nodes not added and edges not counted since
 * the last drain add nothing (a node only when an edge needs it). */
static void absorb_all(ng_graph *dst, ng_graph *src)
{
    if (src->into && src->into != dst) {
        /* it has not kept what `into` could not keep: dst would miss it */
        fputs("newsgraph: a graph drained into one graph merged into another\n", stderr);
        abort();
    }
    if (dst->drained_lists) {
        /* its edges' lists are emptied at its next drain: they cannot take
         * lists that last */
        fputs("newsgraph: a graph merged into one that is drained\n", stderr);
        abort();
    }
    /* strings are copied, evidence only where kept: merged again and again
     * (a worker's partial graph, drained), dst keeps what it uses only */
    ng_u64map ev_map;
    ng_u64map_init(&ev_map);
    dst->ev_map = &ev_map;
    uint32_t *map = ng_xmalloc((src->n_nodes + 1) * sizeof *map);
    for (uint32_t i = 0; i < src->n_nodes; i++) {
        node *s = &src->nodes[i];
        if (s->live) {
            uint32_t id = node_into(dst, src, i); /* may move dst->nodes */
            ng_graph_node_absorb(dst, &dst->nodes[id], s);
        }
        map[i] = s->into;
    }
    size_t lim = dst->evidence_limit, dlim = dst->doc_limit;
    for (size_t k = 0; k < src->n_edges; k += BATCH) {
        size_t m = src->n_edges - k < BATCH ? src->n_edges - k : BATCH;
        uint32_t a[BATCH], b[BATCH], known[BATCH], ids[BATCH];
        ng_relation rel[BATCH];
        edge *todo[BATCH];
        size_t t = 0;
        for (size_t i = 0; i < m; i++) {
            edge *s = &src->edges[k + i];
            if (s->top == UINT64_MAX)
                continue; /* nothing counted since the last drain */
            if (map[s->src] == NG_NONE)
                map[s->src] = node_into(dst, src, s->src);
            if (map[s->dst] == NG_NONE)
                map[s->dst] = node_into(dst, src, s->dst);
            todo[t] = s;
            a[t] = map[s->src];
            b[t] = map[s->dst];
            rel[t] = s->rel;
            known[t++] = s->into;
        }
        edges_ahead(dst, a, b, rel, t, known, ids);
        for (size_t i = 0; i < t; i++) {
            edge *s = todo[i];
            uint32_t id = ids[i] != NG_NONE ? ids[i] : edge_get(dst, a[i], b[i], s->rel);
            edge *d = &dst->edges[id];
            ng_graph_edge_absorb(dst, d, s, 0);
            /* what dst keeps is full: src need not keep what comes after */
            s->into = id;
            s->doc_cut = dlim && d->docs.kept.n >= dlim ? d->docs.kept.v[d->docs.kept.n - 1]
                                                        : UINT32_MAX;
            s->ev_cut = lim && d->ev.n >= lim
                            ? POS(d->ev.v[d->ev.n - 1].doc, d->ev.v[d->ev.n - 1].offset)
                            : UINT64_MAX;
        }
    }
    for (size_t i = 0; i < src->n_binds; i++)
        ng_graph_bind(dst, src->binds[i].from, src->binds[i].to);
    for (size_t i = 0; i < src->n_docs; i++)
        if (src->docs[i] && !ng_graph_doc_name(dst, (uint32_t)i))
            ng_graph_set_doc(dst, (uint32_t)i, src->docs[i]);
    free(map);
    dst->ev_map = NULL;
    ng_u64map_release(&ev_map);
    free(dst->ev_texts);
    dst->ev_texts = NULL;
    dst->n_ev_texts = dst->cap_ev_texts = 0;
    src->into = dst;
}

int ng_graph_merge(ng_graph *dst, ng_graph *src)
{
    /* a finished graph has applied its bindings and numbered its documents
     * from 0: neither can be undone here (ng_kb merges finished runs) */
    if (dst->finished || src->finished || dst == src)
        return NG_EARG;
    /* (a drain leaves them: the caller dates the result itself, and a
     * worker's graph drained again and again would copy them every time) */
    copy_articles(dst, src);
    absorb_all(dst, src);
    graph_clear(src);
    return 0;
}

void ng_graph_drain(ng_graph *dst, ng_graph *src)
{
    absorb_all(dst, src);
    empty_counts(src);
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
    v->aliases = n->alias_ptrs;
    v->n_aliases = n->alias_ptrs ? n->forms.n : 0;
    v->docs = n->docs.kept.v;
    v->n_docs = n->docs.kept.n;
    v->doc_count = n->docs.count;
    v->mentions = n->mentions;
    v->has_geo = n->has_geo;
    v->lat = n->lat;
    v->lon = n->lon;
    v->date = n->date;
    format_seen(n->seen_first, v->first_seen);
    format_seen(n->seen_last, v->last_seen);
}

void ng_graph_edge(const ng_graph *g, uint32_t id, ng_edge_view *v)
{
    const edge *e = &g->edges[id];
    v->id = id;
    v->src = e->src;
    v->dst = e->dst;
    v->relation = e->rel;
    v->role = e->role;
    v->weight = e->weight;
    v->docs = e->docs.kept.v;
    v->n_docs = e->docs.kept.n;
    v->doc_count = e->docs.count;
    v->evidence = e->ev.v;
    v->n_evidence = e->ev.n;
    format_seen(get24(e->seen), v->first_seen);
    format_seen(get24(e->seen + 3), v->last_seen);
}

/* ---- subgraphs ------------------------------------------------------------ */

static void tallies_copy(ng_graph *dst, tallies *out, const tallies *in)
{
    *out = (tallies){0};
    for (size_t i = 0; i < in->n; i++)
        tally_add(dst, out, in->v[i].text, in->v[i].len, in->v[i].count,
                  in->v[i].first);
}

static void docset_copy(docset *out, const docset *in)
{
    *out = *in;
    out->kept.n = out->kept.cap = in->kept.n;
    out->kept.v = in->kept.n ? ng_xmalloc(in->kept.n * sizeof *out->kept.v) : NULL;
    if (in->kept.n)
        memcpy(out->kept.v, in->kept.v, in->kept.n * sizeof *out->kept.v);
}

ng_graph *ng_graph_subgraph(const ng_graph *g, const uint8_t *keep_node,
                            const uint8_t *keep_edge)
{
    ng_graph *s = ng_graph_new();
    s->evidence_limit = g->evidence_limit;
    s->doc_limit = g->doc_limit;
    for (size_t i = 0; i < g->n_docs; i++)
        if (g->docs[i])
            ng_graph_set_doc(s, (uint32_t)i, g->docs[i]);
    copy_articles(s, g);
    uint32_t *map = ng_xmalloc((g->n_nodes + 1) * sizeof *map);
    for (uint32_t i = 0; i < g->n_nodes; i++) {
        map[i] = NG_NONE;
        if (!keep_node[i])
            continue;
        const node *n = &g->nodes[i];
        ng_xgrow(&s->nodes, &s->cap_nodes, s->n_nodes + 1, sizeof *s->nodes);
        node *d = &s->nodes[s->n_nodes];
        *d = *n;
        d->key = intern(s, n->key);
        d->label = intern(s, n->label);
        d->category = intern(s, n->category ? n->category : "");
        d->rule = intern(s, n->rule ? n->rule : "");
        d->date = intern(s, n->date);
        tallies_copy(s, &d->forms, &n->forms);
        tallies_copy(s, &d->labels, &n->labels);
        tallies_copy(s, &d->cats, &n->cats);
        tallies_copy(s, &d->rules, &n->rules);
        docset_copy(&d->docs, &n->docs);
        d->alias_ptrs = ng_xmalloc((d->forms.n + 1) * sizeof *d->alias_ptrs);
        for (size_t k = 0; k < d->forms.n; k++)
            d->alias_ptrs[k] = d->forms.v[k].text;
        map[i] = (uint32_t)s->n_nodes;
        ng_strmap_put(&s->keys, d->key, strlen(d->key), map[i], NULL);
        s->n_nodes++;
    }
    for (size_t i = 0; i < g->n_edges; i++) {
        const edge *e = &g->edges[i];
        if (!keep_edge[i] || map[e->src] == NG_NONE || map[e->dst] == NG_NONE)
            continue;
        edge *d = edge_append(s);
        *d = *e;
        d->src = map[e->src];
        d->dst = map[e->dst];
        d->role = intern(s, e->role);
        docset_copy(&d->docs, &e->docs);
        d->ev.n = d->ev.cap = e->ev.n;
        d->ev.v = e->ev.n ? ng_xmalloc(e->ev.n * sizeof *d->ev.v) : NULL;
        for (size_t k = 0; k < e->ev.n; k++) {
            d->ev.v[k] = e->ev.v[k];
            d->ev.v[k].text = intern(s, e->ev.v[k].text);
        }
    }
    free(map);
    s->finished = 1;
    return s;
}
