/* tally.c - tallies: strings with counts, scanned or hash-indexed */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/arena.h"
#include "../core/map.h"
#include "graph_impl.h"

/* Drop the index of t (its entries are emptied or reordered). */
void ng_graph_tallies_unindex(tallies *t)
{
    if (!t->cap)
        return; /* one entry inline: never indexed */
    free(t->u.many.index);
    t->u.many.index = NULL;
    t->u.many.index_cap = 0;
}

void ng_graph_tallies_free(tallies *t)
{
    if (t->cap) {
        free(t->u.many.v);
        free(t->u.many.index);
    }
    memset(t, 0, sizeof *t);
}

void ng_graph_tallies_dup(tallies *out, const tallies *in)
{
    *out = (tallies){0};
    if (in->n > 1) {
        out->u.many.v = ng_xmalloc(in->n * sizeof *out->u.many.v);
        out->cap = in->n;
    }
    if (in->n)
        memcpy(tallies_v(out), tallies_cv(in), in->n * sizeof(tally));
    out->n = in->n;
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

/* Do a and b, len bytes each whose tally_head (the first four bytes, or
 * all of fewer) is the same, hold the same bytes? Inline, eight bytes at
 * a time: the strings are short (spellings, labels, rules), a call to
 * memcmp cost more than the compare. */
static inline int tally_same(const char *a, const char *b, size_t len)
{
    if (len <= sizeof(uint32_t))
        return 1;
    if (len < sizeof(uint64_t)) { /* 5-7 bytes: the last four cover those after the head */
        uint32_t x, y;
        memcpy(&x, a + len - sizeof x, sizeof x);
        memcpy(&y, b + len - sizeof y, sizeof y);
        return x == y;
    }
    uint64_t x, y;
    for (size_t i = sizeof(uint32_t); i + sizeof x < len; i += sizeof x) {
        memcpy(&x, a + i, sizeof x);
        memcpy(&y, b + i, sizeof y);
        if (x != y)
            return 0;
    }
    memcpy(&x, a + len - sizeof x, sizeof x); /* the last eight */
    memcpy(&y, b + len - sizeof y, sizeof y);
    return x == y;
}

/* Lists of more entries than this get an index. */
#define TALLY_SCAN 16

/* The index slot of the entry s[0..len) of t, or of the empty slot where it
 * would go (*found 0). */
static uint32_t *tally_slot(const tallies *t, const char *s, size_t len, uint32_t head,
                            int *found)
{
    size_t mask = t->u.many.index_cap - 1;
    for (size_t i = ng_hash_bytes(s, len) & mask;; i = (i + 1) & mask) {
        uint32_t j = t->u.many.index[i];
        if (!j) {
            *found = 0;
            return &t->u.many.index[i];
        }
        const tally *x = &t->u.many.v[j - 1];
        if (x->len == len && x->head == head && tally_same(x->text, s, len)) {
            *found = 1;
            return &t->u.many.index[i];
        }
    }
}

/* (Re)build the index of t for room for one more entry. */
static void tallies_index(tallies *t)
{
    size_t cap = 64;
    while (cap <= 2 * (t->n + 1))
        cap *= 2;
    free(t->u.many.index);
    t->u.many.index = ng_xcalloc(cap, sizeof *t->u.many.index);
    t->u.many.index_cap = cap;
    const tally *v = t->u.many.v;
    for (size_t j = 0; j < t->n; j++) {
        int found;
        *tally_slot(t, v[j].text, v[j].len, v[j].head, &found) = (uint32_t)j + 1;
    }
}

/* Append s[0..len) to t, whose index (if any) has no entry for it: slot
 * is where it goes in the index, or NULL. Out of line: the calls that find
 * their entry, most of them, do not pay for it. */
static __attribute__((noinline)) void tally_append(ng_graph *g, tallies *t, const char *s,
                                                   size_t len, uint32_t head, uint64_t count,
                                                   uint64_t first, int vocab, uint32_t *slot)
{
    if (!t->cap && t->n) {
        /* a second entry: out of line (ng_xgrow's eight would be 1 KB a node) */
        tally one = t->u.one;
        t->u.many.v = ng_xmalloc(2 * sizeof one);
        t->u.many.v[0] = one;
        t->u.many.index = NULL;
        t->u.many.index_cap = 0;
        t->cap = 2;
    } else if (t->cap && t->n == t->cap) {
        t->cap *= 2;
        t->u.many.v = ng_xrealloc(t->u.many.v, t->cap * sizeof *t->u.many.v);
    }
    const char *text;
    if (vocab)
        ng_strmap_put(&g->vocab, s, len, 0, &text);
    else
        text = ng_arena_strndup(&g->texts, s, len);
    tally *v = tallies_v(t);
    v[t->n++] = (tally){text, (uint32_t)len, head, count, first};
    if (slot)
        *slot = (uint32_t)t->n;
}

static inline void tally_add(ng_graph *g, tallies *t, const char *s, size_t len,
                             uint64_t count, uint64_t first, int vocab)
{
    uint32_t head = tally_head(s, len);
    uint32_t *slot = NULL; /* where a new entry goes in the index */
    size_t i = 0;
    tally *v = tallies_v(t);
    if (t->n >= TALLY_SCAN) {
        if (2 * (t->n + 1) >= t->u.many.index_cap)
            tallies_index(t);
        int found;
        slot = tally_slot(t, s, len, head, &found);
        i = found ? *slot - 1 : t->n;
    } else {
        while (i < t->n && !(v[i].len == len && v[i].head == head &&
                             tally_same(v[i].text, s, len)))
            i++;
    }
    if (i < t->n) {
        v[i].count += count;
        if (first < v[i].first)
            v[i].first = first;
        return;
    }
    tally_append(g, t, s, len, head, count, first, vocab, slot);
}

void ng_graph_tally_add(ng_graph *g, tallies *t, const char *s, size_t len, uint64_t count,
                        uint64_t first)
{
    tally_add(g, t, s, len, count, first, 0);
}

void ng_graph_tally_add_vocab(ng_graph *g, tallies *t, const char *s, size_t len,
                              uint64_t count, uint64_t first)
{
    tally_add(g, t, s, len, count, first, 1);
}
