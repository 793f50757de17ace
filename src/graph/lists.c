/* lists.c - the lists a node or an edge keeps: document sets and evidence */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/arena.h"
#include "../core/map.h"
#include "graph_impl.h"

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
void ng_graph_docset_add(docset *d, uint32_t doc, size_t limit, uint32_t cut, ng_arena *a)
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
void ng_graph_docset_union(docset *d, const docset *s, size_t limit)
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

int ng_graph_ev_has(const evvec *v, uint32_t doc, uint32_t offset)
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
void ng_graph_ev_insert(ng_graph *g, evvec *v, uint32_t doc, uint32_t offset, const char *text,
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
