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
    uint32_t *w = u32vec_v(v);
    if (v->n && w[v->n - 1] == x)
        return;
    size_t lo = 0, hi = v->n;
    if (v->n && w[v->n - 1] < x) {
        lo = v->n;
    } else {
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (w[mid] < x)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo < v->n && w[lo] == x)
            return;
    }
    if (v->n == u32vec_room(v)) {
        u32vec_grow(v, v->cap ? 2 * (size_t)v->cap : 2, a);
        w = v->u.p;
    }
    memmove(w + lo + 1, w + lo, (v->n - lo) * sizeof *w);
    w[lo] = x;
    v->n++;
}

static void u32_union(u32vec *dst, const u32vec *src)
{
    if (!src->n)
        return;
    size_t total = dst->n + src->n;
    uint32_t *out = ng_xmalloc(total * sizeof *out);
    const uint32_t *dv = u32vec_cv(dst), *sv = u32vec_cv(src);
    size_t i = 0, j = 0, k = 0;
    while (i < dst->n || j < src->n) {
        uint32_t x;
        if (j >= src->n || (i < dst->n && dv[i] < sv[j]))
            x = dv[i++];
        else if (i >= dst->n || sv[j] < dv[i])
            x = sv[j++];
        else
            x = dv[i++], j++;
        out[k++] = x;
    }
    u32vec_free(dst);
    if (k > 1) {
        dst->u.p = out;
        dst->cap = (uint32_t)total;
    } else {
        dst->u.one = out[0];
        free(out);
    }
    dst->n = (uint32_t)k;
}

static int u32_has(const u32vec *v, uint32_t x)
{
    const uint32_t *w = u32vec_cv(v);
    size_t lo = 0, hi = v->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (w[mid] == x)
            return 1;
        if (w[mid] < x)
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
    /* after every document kept (none is past last): appended without
     * reading the list, whose block is seldom in the cache */
    int after = !before && (d->last != UINT32_MAX || !d->kept.n);
    if (!before)
        d->last = doc;
    if (!limit || d->kept.n < limit) {
        /* complete so far: the list decides */
        size_t n = d->kept.n;
        if (limit && n == u32vec_room(&d->kept)) {
            size_t cap = n ? 2 * n : 2; /* never past the limit */
            if (cap > limit)
                cap = limit;
            if (cap > n)
                u32vec_grow(&d->kept, cap, a);
        }
        if (after) {
            if (n == u32vec_room(&d->kept))
                u32vec_grow(&d->kept, d->kept.cap ? 2 * (size_t)d->kept.cap : 2, a);
            u32vec_v(&d->kept)[n] = doc;
            d->kept.n++;
            d->count++;
            return;
        }
        u32_insert(&d->kept, doc, a);
        d->count += d->kept.n - n;
        return;
    }
    uint32_t max = u32vec_cv(&d->kept)[d->kept.n - 1];
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
    const uint32_t *sv = u32vec_cv(&s->kept);
    if (!s->kept.n || !d->kept.n || sv[0] > u32vec_cv(&d->kept)[d->kept.n - 1]) {
        /* all s keeps after all d keeps (a later batch of documents): none
         * shared, appended as far as the limit allows (nothing when d is
         * full) */
        size_t n = d->kept.n + s->kept.n;
        if (limit && n > limit)
            n = limit;
        if (n > d->kept.n) {
            if (n > u32vec_room(&d->kept))
                u32vec_grow(&d->kept, n, NULL);
            memcpy(u32vec_v(&d->kept) + d->kept.n, sv, (n - d->kept.n) * sizeof *sv);
            d->kept.n = (uint32_t)n;
        }
    } else {
        for (size_t i = 0; i < s->kept.n; i++)
            shared += u32_has(&d->kept, sv[i]);
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
    const ng_evidence *w = evvec_cv(v);
    size_t lo = 0, hi = v->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = ng_graph_ev_cmp(&w[mid], &key);
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
 * already). `after`: the sentence is known to come after every one kept
 * (it goes at the end without reading the list, whose block is seldom in
 * the cache). */
void ng_graph_ev_insert(ng_graph *g, evvec *v, uint32_t doc, uint32_t offset, const char *text,
                        size_t len, size_t limit, int owned, int after)
{
    ng_evidence e = {doc, offset, NULL};
    ng_evidence *w = evvec_v(v);
    size_t pos = v->n;
    if (!after) {
        while (pos > 0 && ng_graph_ev_cmp(&e, &w[pos - 1]) < 0)
            pos--;
        if (pos > 0 && ng_graph_ev_cmp(&e, &w[pos - 1]) == 0)
            return;
    }
    if (limit && pos >= limit)
        return;
    e.text = owned ? text : evidence_text(g, doc, offset, text, len);
    if (limit && v->n >= limit)
        v->n--; /* drop the latest */
    if (v->n == (v->cap ? v->cap : 1)) {
        /* grow by doubling, but never past the limit: most edges have one
         * sentence (inline), a few more, the busiest exactly `limit` */
        size_t cap = v->cap ? 2 * (size_t)v->cap : 2;
        if (limit && cap > limit)
            cap = limit;
        evvec_grow(v, cap, edge_lists(g));
        w = v->u.p;
    }
    memmove(w + pos + 1, w + pos, (v->n - pos) * sizeof *w);
    w[pos] = e;
    v->n++;
}
