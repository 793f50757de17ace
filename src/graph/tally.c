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
    free(t->index);
    t->index = NULL;
    t->index_cap = 0;
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

void ng_graph_tally_add(ng_graph *g, tallies *t, const char *s, size_t len, uint64_t count,
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
    if (t->n == t->cap) {
        /* from one entry up: most nodes have one spelling, one label, one
         * category and one rule (ng_xgrow's eight would be 1 KB a node) */
        t->cap = t->cap ? 2 * t->cap : 1;
        t->v = ng_xrealloc(t->v, t->cap * sizeof *t->v);
    }
    t->v[t->n++] = (tally){ng_arena_strndup(&g->texts, s, len), (uint32_t)len, head, count, first};
    if (slot)
        *slot = (uint32_t)t->n;
}
