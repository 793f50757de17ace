/* graph_impl.h - the graph's internal types and the helpers its files share
 * (graph.c, tally.c, lists.c, merge.c, finish.c, state.c) */
#ifndef NG_GRAPH_IMPL_H
#define NG_GRAPH_IMPL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "newsgraph/graph.h"

#include "../core/alloc.h"
#include "../core/arena.h"
#include "../core/map.h"

#define POS(doc, off) (((uint64_t)(doc) << 32) | (uint32_t)(off))

/* A string with a count and the position of its first use. */
typedef struct tally {
    const char *text;
    uint32_t len;
    uint32_t head; /* the first bytes of text (up to 4), to compare without reading it */
    uint64_t count;
    uint64_t first;
} tally;

/* Strings with counts. A long list (a node's spellings in a large corpus)
 * is looked up through a hash index of its entries; a short one is
 * scanned. Most nodes have one spelling, one label, one category and one
 * rule: the first entry is stored inline (cap 0: at most one entry, in
 * `one`), a block of its own would cost 48 bytes more. Read the entries
 * through tallies_v. */
typedef struct tallies {
    union {
        tally one;
        struct {
            tally *v;
            uint32_t *index;  /* open addressing: 1 + position in v, 0 empty; NULL when none */
            size_t index_cap; /* a power of two, more than twice n */
        } many;
    } u;
    uint32_t n, cap;
} tallies;

static inline tally *tallies_v(tallies *t)
{
    return t->cap ? t->u.many.v : &t->u.one;
}

static inline const tally *tallies_cv(const tallies *t)
{
    return t->cap ? t->u.many.v : &t->u.one;
}

/* A sorted list of ids whose first entry is stored inline: most nodes and
 * edges of a large document are in one document, and a block of their own
 * for one id costs 32 bytes more. cap 0: at most one entry, in `one`;
 * otherwise cap entries at `p` (read them through u32vec_v). */
typedef struct u32vec {
    union {
        uint32_t *p;
        uint32_t one;
    } u;
    uint32_t n, cap;
} u32vec;

static inline uint32_t *u32vec_v(u32vec *x)
{
    return x->cap ? x->u.p : &x->u.one;
}

static inline const uint32_t *u32vec_cv(const u32vec *x)
{
    return x->cap ? x->u.p : &x->u.one;
}

/* How many entries x holds without growing. */
static inline size_t u32vec_room(const u32vec *x)
{
    return x->cap ? x->cap : 1;
}

/* The documents of a node or an edge: the `limit` smallest document ids
 * seen (kept sorted), and how many distinct documents there are. With
 * documents coming in increasing order, as each extractor thread gives
 * them, the count is exact; merging partial graphs built from disjoint
 * documents adds up exactly too. Memory stays bounded by the graph, not by
 * the corpus. */
typedef struct docset {
    uint32_t last; /* largest document seen; UINT32_MAX: none yet */
    /* not the set's: 4 bytes its record uses (an edge's role, see edge)
     * where padding would be; docset_init zeroes it */
    uint32_t tag;
    uint64_t count;
    u32vec kept;
} docset;

/* 296 bytes (the flags in one word, no padding). */
typedef struct node {
    const char *key;
    const char *label;         /* final label (after finish), or the fixed one */
    const char *category;      /* fixed or final category */
    const char *rule; /* final: the rule of the earliest vote */
    const char *date;
    uint64_t date_first;
    tallies forms, labels, cats, rules;
    docset docs;
    uint64_t mentions;
    uint64_t first;
    double lat, lon;
    uint32_t seen_first, seen_last; /* article dates (SEEN_BASE + days), 0: none */
    const char **alias_ptrs; /* built by finish, for spellings out of line (see node_aliases) */
    uint32_t into; /* drained (ng_graph_drain): the node in the other graph, or NG_NONE */
    uint8_t kind;    /* ng_kind */
    uint8_t fixed;   /* label and category come from the gazetteer */
    uint8_t has_geo;
    uint8_t live;    /* added, mentioned, voted for or dated since the last drain */
} node;

_Static_assert(sizeof(node) == 296, "node: no padding");

/* An edge's evidence, sorted, the first sentence stored inline (most edges
 * of a large document have one: a block of its own would cost 48 bytes
 * more). cap 0: at most one entry, in `one`; otherwise cap entries at `p`
 * (read them through evvec_v). */
typedef struct evvec {
    uint32_t n, cap;
    union {
        ng_evidence *p;
        ng_evidence one;
    } u;
} evvec;

static inline ng_evidence *evvec_v(evvec *x)
{
    return x->cap ? x->u.p : &x->u.one;
}

static inline const ng_evidence *evvec_cv(const evvec *x)
{
    return x->cap ? x->u.p : &x->u.one;
}

/* 104 bytes (no padding). What counting one more sentence in document
 * order reads and writes (top, last, weight, the document count and the
 * list lengths) comes first. What few edges have is kept by the graph: the
 * role and its first position (g->roles, through docs.tag), and, for a
 * graph drained into another, the edge there and its cuts (edge_into,
 * edge_doc_cut, edge_ev_cut). */
typedef struct edge {
    uint64_t top;  /* the largest position counted (UINT64_MAX: none) */
    uint64_t last; /* position of the last sentence counted */
    uint64_t weight;
    docset docs;   /* docs.tag: 1 + the role's index in g->roles, 0: none */
    evvec ev;
    uint64_t first;
    uint32_t src, dst;
    uint8_t rel;     /* ng_relation */
    uint8_t seen[6]; /* first and last article dates: 24 bits each, as node's */
} edge;

_Static_assert(sizeof(edge) == 104, "edge: no padding");

/* An edge's role: the role of its earliest sentence that had one. */
typedef struct erole {
    const char *text;
    uint64_t first;
} erole;

/* An article date as stored: days since 1970-01-01 plus SEEN_BASE (years
 * 1000 to 9999 fit in 24 bits, above 0, which means none). */
#define SEEN_BASE 1000000

static inline void seen_widen(uint32_t *first, uint32_t *last, uint32_t f, uint32_t l)
{
    if (!f)
        return;
    if (!*first || f < *first)
        *first = f;
    if (l > *last)
        *last = l;
}

static inline uint32_t get24(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16;
}

static inline void put24(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
}

static inline void edge_seen(edge *e, uint32_t f, uint32_t l)
{
    uint32_t a = get24(e->seen), b = get24(e->seen + 3);
    seen_widen(&a, &b, f, l);
    put24(e->seen, a);
    put24(e->seen + 3, b);
}

/* The edges' hash index, (src, dst, rel) -> edge id, in 8-byte slots: the
 * id (NG_NONE: empty) and 32 more bits of the hash; a slot whose bits
 * match is checked against the edge itself (which counting reads anyway).
 * Half the 16-byte slots of a map of packed keys. */
typedef struct eslot {
    uint32_t id;
    uint32_t check;
} eslot;

typedef struct edge_index {
    eslot *slots;
    size_t cap; /* a power of two, or 0 */
    size_t count;
} edge_index;

typedef struct binding {
    const char *from, *to;
} binding;

struct article_meta {
    const char *url, *title, *source; /* in the arena */
};

/* Where each document was read (ng_graph_set_doc_order): the id of its
 * input (file) and its line there (0 for a one-article file). The global
 * order of articles, the one a knowledge base merges in. */
struct doc_at {
    const char *unit; /* in the graph's arena; NULL: not known */
    unsigned long line;
};

struct doc_order {
    struct doc_at *v;
    size_t n, cap;
};

struct ng_graph {
    node *nodes;
    size_t n_nodes, cap_nodes;
    edge *edges;
    size_t n_edges, cap_edges;
    ng_idmap keys;    /* key -> node id (node_by_key, node_key_add) */
    edge_index emap;  /* (src, dst, rel) -> edge id (not kept once finished) */
    binding *binds;
    size_t n_binds, cap_binds;
    const char **docs; /* document names, in the arena */
    size_t n_docs, cap_docs;
    uint32_t *days;    /* document dates (SEEN_BASE + days, 0: none) */
    size_t n_days, cap_days;
    struct article_meta *meta; /* what is known of each article, NULL: nothing */
    size_t n_meta, cap_meta;
    size_t evidence_limit;
    size_t doc_limit;
    /* evidence texts, one copy per sentence: the relations of a sentence
     * come together, so the last copied is reused; while merging another
     * graph in, a map of the sentences copied so far (its documents are
     * not in this graph: the map is not needed afterwards) */
    uint32_t ev_doc, ev_offset;
    const char *ev_text;
    ng_u64map *ev_map;
    const char **ev_texts;
    size_t n_ev_texts, cap_ev_texts;
    int finished;
    /* drained again and again (ng_graph_set_drained): the edges' lists of
     * documents and sentences live in `texts`, emptied at each drain,
     * instead of in blocks of their own freed at each drain */
    int drained_lists;
    ng_graph *into;  /* the graph this one is drained into, if any */
    /* drained: edge i need not keep sentences after ev_cuts[i] (what the
     * edge it is drained into can no longer keep; i >= n_ev_cuts: no cut) */
    uint64_t *ev_cuts;
    size_t n_ev_cuts;
    /* drained: edge i is edge_into[i] of `into` (NG_NONE: not linked) and
     * need not keep documents after edge_doc_cut[i] (UINT32_MAX: no cut);
     * i >= n_edge_into: neither */
    uint32_t *edge_into, *edge_doc_cut;
    size_t n_edge_into;
    /* the edges' roles (see edge; their texts in `texts`) */
    erole *roles;
    size_t n_roles, cap_roles;
    /* ng_graph_keep_state: finish keeps what it started from, which a
     * knowledge base records (see ng_state) */
    int keep_state;
    struct ng_state *state;
    unsigned extract;    /* NG_EXTRACT_* bits it was built with (recorded only) */
    struct doc_order *order; /* where each document was read, or NULL */
    ng_arena arena;  /* what a node or edge keeps for life: keys, fixed labels */
    ng_arena texts;  /* what they count: forms, votes, dates, roles, evidence */
    /* the categories and rules voted for: a few dozen strings, each kept
     * once for g's life instead of once per node */
    ng_strmap vocab;
};

/* ---- small helpers (static inline: on the paths of every mention and
 * relation, they stay inlined without link-time optimisation) -------------- */

/* A copy of s among what g counts (dropped when a drain empties g). */
static inline const char *intern(ng_graph *g, const char *s)
{
    return s ? ng_arena_strdup(&g->texts, s) : NULL;
}

/* A copy of s for as long as g lives. */
static inline const char *keep(ng_graph *g, const char *s)
{
    return s ? ng_arena_strdup(&g->arena, s) : NULL;
}

/* Is node id of g (a graph, as ctx) the one of key? */
static inline int node_key_is(const void *ctx, uint32_t id, const void *key)
{
    return strcmp(((const ng_graph *)ctx)->nodes[id].key, key) == 0;
}

/* The node of key (len bytes, NUL-terminated) in g->keys, or NG_NONE. An
 * 8-byte slot a node (32 bits of the key's hash, the node), the key read
 * from the node: a string map's slot is 24 bytes (6 MB at 166,000 nodes,
 * the 18 MB document). */
static inline uint32_t node_by_key(const ng_graph *g, const char *key, size_t len)
{
    return ng_idmap_get(&g->keys, ng_idmap_hash(key, len), node_key_is, g, key);
}

/* Put node id, whose key is set, into g->keys. */
static inline void node_key_add(ng_graph *g, uint32_t id)
{
    const char *k = g->nodes[id].key;
    ng_idmap_put(&g->keys, ng_idmap_hash(k, strlen(k)), id, node_key_is, g, k);
}

/* The date of document doc (SEEN_BASE + days, 0: none). */
static inline uint32_t doc_day(const ng_graph *g, uint32_t doc)
{
    return doc < g->n_days ? g->days[doc] : 0;
}

/* The lists of g's edges: in g->texts when they go at each drain
 * (NULL: each in a block of its own). */
static inline ng_arena *edge_lists(ng_graph *g)
{
    return g->drained_lists ? &g->texts : NULL;
}

/* p (old bytes in use) moved to a block of size bytes: realloc'ed, or
 * copied into arena a (the old copy stays there until a is emptied). */
static inline void *list_grow(ng_arena *a, void *p, size_t old, size_t size)
{
    if (!a)
        return ng_xrealloc(p, size);
    void *q = ng_arena_alloc(a, size);
    if (old)
        memcpy(q, p, old);
    return q;
}

static inline void docset_init(docset *d)
{
    memset(d, 0, sizeof *d);
    d->last = UINT32_MAX;
}

/* Make room in x for cap entries (more than it has room for): a block of
 * its own, or in arena a (the old one stays there until a is emptied). */
static inline void u32vec_grow(u32vec *x, size_t cap, ng_arena *a)
{
    if (!x->cap) {
        uint32_t one = x->u.one;
        uint32_t *p = a ? ng_arena_alloc(a, cap * sizeof *p) : ng_xmalloc(cap * sizeof *p);
        p[0] = one;
        x->u.p = p;
    } else {
        x->u.p = list_grow(a, x->u.p, x->n * sizeof *x->u.p, cap * sizeof *x->u.p);
    }
    x->cap = (uint32_t)cap;
}

/* x := a copy of v[0..n) (x's old contents are not freed). */
static inline void u32vec_set(u32vec *x, const uint32_t *v, size_t n)
{
    memset(x, 0, sizeof *x);
    if (n > 1) {
        x->u.p = ng_xmalloc(n * sizeof *x->u.p);
        x->cap = (uint32_t)n;
    }
    if (n)
        memcpy(u32vec_v(x), v, n * sizeof *v);
    x->n = (uint32_t)n;
}

/* Free x's block (when it has one, not in an arena) and empty it. */
static inline void u32vec_free(u32vec *x)
{
    if (x->cap)
        free(x->u.p);
    memset(x, 0, sizeof *x);
}

/* The same for evvec (u32vec_grow, u32vec_set, u32vec_free). */
static inline void evvec_grow(evvec *x, size_t cap, ng_arena *a)
{
    if (!x->cap) {
        ng_evidence one = x->u.one;
        ng_evidence *p = a ? ng_arena_alloc(a, cap * sizeof *p) : ng_xmalloc(cap * sizeof *p);
        p[0] = one;
        x->u.p = p;
    } else {
        x->u.p = list_grow(a, x->u.p, x->n * sizeof *x->u.p, cap * sizeof *x->u.p);
    }
    x->cap = (uint32_t)cap;
}

static inline void evvec_set(evvec *x, const ng_evidence *v, size_t n)
{
    memset(x, 0, sizeof *x);
    if (n > 1) {
        x->u.p = ng_xmalloc(n * sizeof *x->u.p);
        x->cap = (uint32_t)n;
    }
    if (n)
        memcpy(evvec_v(x), v, n * sizeof *v);
    x->n = (uint32_t)n;
}

static inline void evvec_free(evvec *x)
{
    if (x->cap)
        free(x->u.p);
    memset(x, 0, sizeof *x);
}

/* The spellings of node n of g as an array of strings, once g is finished
 * (NULL before): n->alias_ptrs, or for one spelling stored inline the text
 * pointer in the record itself (most nodes: no block of their own). */
static inline const char *const *node_aliases(const ng_graph *g, const node *n)
{
    static const char *const none[1] = {NULL};
    if (!g->finished)
        return NULL;
    if (n->forms.cap)
        return n->alias_ptrs;
    return n->forms.n ? &n->forms.u.one.text : none;
}

/* Build n->alias_ptrs when its spellings are out of line. */
static inline void node_alias_ptrs(node *n)
{
    n->alias_ptrs = NULL;
    if (!n->forms.cap)
        return;
    n->alias_ptrs = ng_xmalloc((n->forms.n + 1) * sizeof *n->alias_ptrs);
    for (size_t k = 0; k < n->forms.n; k++)
        n->alias_ptrs[k] = n->forms.u.many.v[k].text;
}

/* The role of edge e of g (NULL: none) and the position it was first
 * given at (UINT64_MAX: none). */
static inline const char *edge_role(const ng_graph *g, const edge *e)
{
    return e->docs.tag ? g->roles[e->docs.tag - 1].text : NULL;
}

static inline uint64_t edge_role_first(const ng_graph *g, const edge *e)
{
    return e->docs.tag ? g->roles[e->docs.tag - 1].first : UINT64_MAX;
}

/* Edge e of g takes role text (a string that lives as long as g's texts)
 * first given at position first. */
void ng_graph_edge_set_role(ng_graph *g, edge *e, const char *text, uint64_t first);

/* The edge of g->into that edge id of g is drained into (NG_NONE: none),
 * and the document after which it need not keep documents. */
static inline uint32_t edge_into(const ng_graph *g, size_t id)
{
    return id < g->n_edge_into ? g->edge_into[id] : NG_NONE;
}

static inline uint32_t edge_doc_cut(const ng_graph *g, size_t id)
{
    return id < g->n_edge_into ? g->edge_doc_cut[id] : UINT32_MAX;
}

/* Where edge id of g stops keeping sentences (see ng_graph.ev_cuts). */
static inline uint64_t edge_ev_cut(const ng_graph *g, size_t id)
{
    return id < g->n_ev_cuts ? g->ev_cuts[id] : UINT64_MAX;
}

/* ---- graph.c: the graph, its documents, building ------------------------- */

/* Empty g's edge index (its memory kept), or free it. */
void ng_graph_eindex_clear(ng_graph *g);
void ng_graph_eindex_release(ng_graph *g);
/* A new edge slot at the end of g->edges (uninitialised). */
edge *ng_graph_edge_append(ng_graph *g);
/* Free what node n owns. */
void ng_graph_node_release(node *n);
/* Free what edge e owns (its lists, unless they live in g's drain memory). */
void ng_graph_edge_release(const ng_graph *g, edge *e);
/* An article date as stored, as YYYY-MM-DD ("" for 0). */
void ng_graph_format_seen(uint32_t v, char out[11]);
/* Keep date for n if stated earlier than its date (ties: the smaller string). */
void ng_graph_date_offer(ng_graph *g, node *n, const char *date, uint64_t pos);
/* The edge src -rel-> dst of g, created empty when new. */
uint32_t ng_graph_edge_get(ng_graph *g, uint32_t src, uint32_t dst, ng_relation rel);

/* Relations are looked up GRAPH_BATCH at a time: first the hash slots of all
 * are fetched ahead, then the edges, so that the cache misses of a batch
 * overlap instead of coming one after another. */
#define GRAPH_BATCH 64
/* The ids of edges a[i] -rel[i]-> b[i] (i < m <= GRAPH_BATCH) already in g,
 * found with their memory fetched ahead; NG_NONE where there is none yet, or
 * where only ng_graph_edge_get can tell (large ids). Where known[i] is not
 * NG_NONE (known may be NULL), that is the id. */
void ng_graph_edges_ahead(ng_graph *g, const uint32_t *a, const uint32_t *b,
                          const ng_relation *rel, size_t m, const uint32_t *known,
                          uint32_t *ids);

/* ---- tally.c: tallies ----------------------------------------------------- */

/* Add count uses of s[0..len) first used at `first` to t (strings are
 * copied into g's texts). */
void ng_graph_tally_add(ng_graph *g, tallies *t, const char *s, size_t len, uint64_t count,
                        uint64_t first);
/* The same for a category or a rule: a new string is kept in g's vocab. */
void ng_graph_tally_add_vocab(ng_graph *g, tallies *t, const char *s, size_t len,
                              uint64_t count, uint64_t first);
/* Drop the hash index of t (its entries stay). */
void ng_graph_tallies_unindex(tallies *t);
/* Free what t owns and empty it. */
void ng_graph_tallies_free(tallies *t);
/* out := a copy of in (the texts are shared). */
void ng_graph_tallies_dup(tallies *out, const tallies *in);

/* ---- lists.c: document sets and evidence ---------------------------------- */

/* Add doc to d; documents after cut are only counted (UINT32_MAX: no cut).
 * The list grows in arena a (NULL: in a block of its own). */
void ng_graph_docset_add(docset *d, uint32_t doc, size_t limit, uint32_t cut, ng_arena *a);
/* d := d u s (see lists.c for when the count is exact). */
void ng_graph_docset_union(docset *d, const docset *s, size_t limit);
/* Evidence order: document, then offset. */
int ng_graph_ev_cmp(const ng_evidence *a, const ng_evidence *b);
/* Whether v holds the sentence at doc/offset. */
int ng_graph_ev_has(const evvec *v, uint32_t doc, uint32_t offset);
/* Insert the sentence at doc/offset into v, keeping order and the limit
 * (the earliest win); text copied into g unless `owned` (len SIZE_MAX:
 * NUL-terminated); `after`: it comes after every sentence v keeps. */
void ng_graph_ev_insert(ng_graph *g, evvec *v, uint32_t doc, uint32_t offset, const char *text,
                        size_t len, size_t limit, int owned, int after);

/* ---- merge.c: one graph into another -------------------------------------- */

/* Add what node s / edge s (of graph from) counted to d, a node / edge of
 * into (owned: s's evidence texts live in an arena `into` has adopted). */
void ng_graph_node_absorb(ng_graph *into, node *d, const node *s);
void ng_graph_edge_absorb(ng_graph *into, edge *d, const ng_graph *from, const edge *s,
                          int owned);

/* ---- state.c -------------------------------------------------------------- */

/* What a finished graph keeps of the graph it was before finishing, for
 * its knowledge-base records. A node that no binding merged, and an edge
 * between two such nodes, are unchanged by finishing but for their
 * numbers (and the order of a node's spellings, which the records sort):
 * their records are written from the finished graph. Only the others are
 * copied: the nodes merged by a binding, the edges with such an end, and
 * the co-occurrences finishing drops. Their strings are the finished
 * graph's (its arenas live as long as the state). */
typedef struct ng_state {
    ng_graph *copies;  /* the copied nodes and edges (ends: original node
                        * numbers), the bindings; no tables */
    size_t n;          /* nodes before finishing */
    const char **keys; /* original node -> its key */
    uint32_t *map;     /* original node -> finished node */
    uint32_t *orig;    /* copies->nodes[k] was original node orig[k] */
    uint8_t *copied;   /* finished node -> 1: its records are copies (n bytes) */
    uint32_t *inv;     /* finished node -> original node, for the others */
} ng_state;

/* Start the state of g, about to be finished with the merges parent gives
 * (see finish.c; NULL: none): copies what finishing will change, map is the
 * identity. */
ng_state *ng_graph_state_begin(const ng_graph *g, const uint32_t *parent);
/* g's nodes were renumbered: map through newid; copied and inv filled. */
void ng_graph_state_renumbered(const ng_graph *g, ng_state *st, const uint32_t *newid);
/* Edge e of g (finished numbers), about to be dropped: copied unless its
 * records are copies already. */
void ng_graph_state_dropped(const ng_graph *g, ng_state *st, const edge *e);
/* ng_state_free(NULL) does nothing. */
void ng_state_free(ng_state *st);

#endif
