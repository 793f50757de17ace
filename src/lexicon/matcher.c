/* matcher.c - Aho-Corasick over folded-token ids, built from the gazetteer */
#include "lexicon/matcher.h"

#include <string.h>

#include "../core/map.h"
#include "gazetteer_priv.h"

#define MAX_PATTERN_TOKENS 32

enum { CASE_LOWER = 1, CASE_CAP = 2, CASE_UPPER = 3 };

typedef struct pattern {
    uint32_t entry, alias;
    uint32_t next;       /* next pattern ending in the same state, or NG_NONE */
    uint32_t case_off;   /* offset of per-token case classes in m->cases (CS only) */
    uint16_t ntok;
    uint16_t case_sensitive;
} pattern;

/* While the trie is built, fail holds the state's parent and dict its
 * depth (build_failures needs them, in 4 bytes less a state than beside). */
typedef struct state {
    uint32_t fail;
    uint32_t out;  /* first pattern ending here, or NG_NONE */
    uint32_t dict; /* nearest state on the fail chain with output, or NG_NONE */
} state;

/* The edges of the trie but the root's: open addressing over 12-byte
 * slots, indexed by scaling the hash (any table size) and grown by half,
 * not doubled. A million-line gazetteer has three million edges: 54 MB,
 * where 16-byte slots in a table of doubled size took 128 MB (and 192 MB
 * while it grew). */
typedef struct edge_slot {
    uint32_t from, id;
    uint32_t to; /* NG_NONE: a free slot */
} edge_slot;

typedef struct edge_map {
    edge_slot *slots;
    size_t cap, count;
} edge_map;

struct ng_matcher {
    ng_strmap vocab;   /* folded token -> id (1-based) */
    edge_map edges;    /* (state, id) -> state, for states but the root */
    state *states;
    size_t n_states, cap_states;
    uint32_t *via;     /* while building: the token id on the edge from the parent */
    pattern *patterns;
    size_t n_patterns, cap_patterns;
    uint8_t *cases;
    size_t n_cases, cap_cases;
    uint32_t *root;    /* token id -> state from the root (dense: most steps start there) */
    size_t n_root, cap_root;
};

static size_t edge_home(const edge_map *e, uint32_t s, uint32_t id)
{
    uint64_t h = ng_hash_u64(((uint64_t)s << 32) | id) >> 32;
    return (size_t)((h * e->cap) >> 32);
}

static uint32_t edge_get(const edge_map *e, uint32_t s, uint32_t id)
{
    if (!e->cap)
        return NG_NONE;
    for (size_t i = edge_home(e, s, id);; i = i + 1 == e->cap ? 0 : i + 1) {
        const edge_slot *sl = &e->slots[i];
        if (sl->to == NG_NONE)
            return NG_NONE;
        if (sl->from == s && sl->id == id)
            return sl->to;
    }
}

/* Slot for an edge not in the map. */
static edge_slot *edge_free_slot(edge_map *e, uint32_t s, uint32_t id)
{
    size_t i = edge_home(e, s, id);
    while (e->slots[i].to != NG_NONE)
        i = i + 1 == e->cap ? 0 : i + 1;
    return &e->slots[i];
}

/* Add edge s -id-> to, which is not in the map. */
static void edge_add(edge_map *e, uint32_t s, uint32_t id, uint32_t to)
{
    if ((e->count + 1) * 4 > e->cap * 3) {
        edge_slot *old = e->slots;
        size_t ocap = e->cap;
        e->cap = ocap < 64 ? 64 : ocap + ocap / 2;
        e->slots = ng_xmalloc(e->cap * sizeof *e->slots);
        for (size_t i = 0; i < e->cap; i++)
            e->slots[i].to = NG_NONE;
        for (size_t i = 0; i < ocap; i++)
            if (old[i].to != NG_NONE)
                *edge_free_slot(e, old[i].from, old[i].id) = old[i];
        free(old);
    }
    *edge_free_slot(e, s, id) = (edge_slot){s, id, to};
    e->count++;
}

static uint32_t add_state(ng_matcher *m, uint32_t parent, uint32_t via, uint32_t depth)
{
    if (m->n_states == m->cap_states) {
        /* by half again, not doubled: the trie has a state per distinct prefix */
        m->cap_states = m->cap_states < 64 ? 64 : m->cap_states + m->cap_states / 2;
        m->states = ng_xrealloc(m->states, m->cap_states * sizeof *m->states);
        m->via = ng_xrealloc(m->via, m->cap_states * sizeof *m->via);
    }
    state *s = &m->states[m->n_states];
    s->fail = parent;
    s->out = NG_NONE;
    s->dict = depth;
    m->via[m->n_states] = via;
    return (uint32_t)m->n_states++;
}

static inline uint32_t edge(const ng_matcher *m, uint32_t s, uint32_t id)
{
    if (s == 0)
        return id < m->n_root ? m->root[id] : NG_NONE;
    return edge_get(&m->edges, s, id);
}

static void add_edge(ng_matcher *m, uint32_t s, uint32_t id, uint32_t to)
{
    if (s != 0) {
        edge_add(&m->edges, s, id, to);
        return;
    }
    if (id >= m->n_root) {
        ng_xgrow(&m->root, &m->cap_root, (size_t)id + 1, sizeof *m->root);
        while (m->n_root <= id)
            m->root[m->n_root++] = NG_NONE;
    }
    m->root[id] = to;
}

static uint8_t case_class(const ng_token *t)
{
    if ((t->flags & NG_TOK_UPPER) || ((t->flags & NG_TOK_CAP) && t->flen == 1))
        return CASE_UPPER;
    if (t->flags & NG_TOK_CAP)
        return CASE_CAP;
    return CASE_LOWER;
}

static void add_pattern(ng_matcher *m, ng_tokens *scratch, ng_buf *kb, uint32_t entry,
                        uint32_t alias, const ng_gazetteer_alias *a)
{
    uint32_t ids[MAX_PATTERN_TOKENS];
    uint8_t cls[MAX_PATTERN_TOKENS];
    uint32_t n = 0;
    if (a->case_sensitive) {
        /* the case class of every token is wanted: tokenize the text */
        ng_tokens_run(scratch, a->text, strlen(a->text));
        for (size_t k = 0; k < scratch->count; k++) {
            const ng_token *t = &scratch->tok[k];
            if ((t->flags & NG_TOK_HYPHEN) || t->flen == 0)
                continue;
            if (n == MAX_PATTERN_TOKENS)
                return; /* absurdly long alias: not matchable */
            uint32_t id = ng_strmap_put(&m->vocab, ng_tokens_fold(scratch, k), t->flen,
                                        (uint32_t)m->vocab.count + 1, NULL);
            cls[n] = case_class(t);
            ids[n++] = id;
        }
    } else {
        /* the words of the gazetteer's key are the folded tokens */
        const char *w = ng_gazetteer_alias_key(a, kb), *ke = w + a->key_len;
        while (w < ke) {
            const char *sp = memchr(w, ' ', (size_t)(ke - w));
            size_t wl = sp ? (size_t)(sp - w) : (size_t)(ke - w);
            if (n == MAX_PATTERN_TOKENS)
                return;
            ids[n++] = ng_strmap_put(&m->vocab, w, wl, (uint32_t)m->vocab.count + 1, NULL);
            w += wl + (sp != NULL);
        }
    }
    if (!n)
        return;
    uint32_t s = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t next = edge(m, s, ids[i]);
        if (next == NG_NONE) {
            next = add_state(m, s, ids[i], i + 1);
            add_edge(m, s, ids[i], next);
        }
        s = next;
    }
    /* the same entry reached twice by equivalent aliases: keep one */
    for (uint32_t p = m->states[s].out; p != NG_NONE; p = m->patterns[p].next)
        if (m->patterns[p].entry == entry && m->patterns[p].case_sensitive == (a->case_sensitive != 0))
            return;
    ng_xgrow(&m->patterns, &m->cap_patterns, m->n_patterns + 1, sizeof *m->patterns);
    pattern *p = &m->patterns[m->n_patterns];
    p->entry = entry;
    p->alias = alias;
    p->ntok = (uint16_t)n;
    p->case_sensitive = a->case_sensitive != 0;
    p->case_off = 0;
    if (a->case_sensitive) {
        ng_xgrow(&m->cases, &m->cap_cases, m->n_cases + n, 1);
        p->case_off = (uint32_t)m->n_cases;
        memcpy(m->cases + m->n_cases, cls, n);
        m->n_cases += n;
    }
    /* case-insensitive patterns first, so the most general one is tried first */
    uint32_t *link = &m->states[s].out;
    if (a->case_sensitive)
        while (*link != NG_NONE)
            link = &m->patterns[*link].next;
    p->next = *link;
    *link = (uint32_t)m->n_patterns++;
}

static void build_failures(ng_matcher *m)
{
    /* breadth-first order = increasing depth (counting sort) */
    size_t n = m->n_states;
    uint32_t maxd = 0;
    for (size_t i = 0; i < n; i++)
        if (m->states[i].dict > maxd)
            maxd = m->states[i].dict;
    size_t *start = ng_xcalloc(maxd + 2, sizeof *start);
    for (size_t i = 0; i < n; i++)
        start[m->states[i].dict + 1]++;
    for (uint32_t d = 1; d <= maxd + 1; d++)
        start[d] += start[d - 1];
    uint32_t *order = ng_xmalloc(n * sizeof *order);
    for (size_t i = 0; i < n; i++)
        order[start[m->states[i].dict]++] = (uint32_t)i;
    free(start);
    /* a state's parent and fail state are nearer the root, done before it:
     * their fail and dict are final when it reads them */
    m->states[0].fail = 0;
    m->states[0].dict = NG_NONE;
    for (size_t k = 0; k < n; k++) {
        uint32_t s = order[k];
        if (s == 0)
            continue;
        state *st = &m->states[s];
        uint32_t parent = st->fail, depth = st->dict;
        if (depth <= 1) {
            st->fail = 0;
        } else {
            uint32_t f = m->states[parent].fail;
            for (;;) {
                uint32_t e = edge(m, f, m->via[s]);
                if (e != NG_NONE) {
                    st->fail = e;
                    break;
                }
                if (f == 0) {
                    st->fail = 0;
                    break;
                }
                f = m->states[f].fail;
            }
        }
        const state *fs = &m->states[st->fail];
        st->dict = fs->out != NG_NONE ? st->fail : fs->dict;
    }
    free(order);
}

/* Give back the unused end of an array grown by doubling. */
static void shrink(void *items, size_t *cap, size_t n, size_t elem)
{
    void **pp = items;
    if (n && n < *cap) {
        *pp = ng_xrealloc(*pp, n * elem);
        *cap = n;
    }
}

ng_matcher *ng_matcher_new(const ng_gazetteer *g)
{
    ng_matcher *m = ng_xcalloc(1, sizeof *m);
    ng_strmap_init(&m->vocab);
    add_state(m, 0, 0, 0);
    ng_tokens scratch;
    ng_tokens_init(&scratch);
    ng_buf kb = NG_BUF_INIT;
    size_t n = ng_gazetteer_count(g);
    /* at most a pattern an owned alias: the array sized once */
    size_t owned = 0;
    for (size_t i = 0; i < n; i++) {
        const ng_gazetteer_entry *e = ng_gazetteer_get(g, i);
        if (!e->removed)
            for (size_t a = 0; a < e->n_aliases; a++)
                owned += ng_gazetteer_owns_alias(g, i, a) != 0;
    }
    if (owned) {
        m->patterns = ng_xmalloc(owned * sizeof *m->patterns);
        m->cap_patterns = owned;
    }
    for (size_t i = 0; i < n; i++) {
        const ng_gazetteer_entry *e = ng_gazetteer_get(g, i);
        if (e->removed)
            continue;
        for (size_t a = 0; a < e->n_aliases; a++)
            if (ng_gazetteer_owns_alias(g, i, a))
                add_pattern(m, &scratch, &kb, (uint32_t)i, (uint32_t)a, &e->aliases[a]);
    }
    ng_tokens_release(&scratch);
    ng_buf_release(&kb);
    build_failures(m);
    /* read-only from here: the arrays lose their room to grow */
    free(m->via);
    m->via = NULL;
    shrink(&m->states, &m->cap_states, m->n_states, sizeof *m->states);
    shrink(&m->patterns, &m->cap_patterns, m->n_patterns, sizeof *m->patterns);
    shrink(&m->cases, &m->cap_cases, m->n_cases, 1);
    shrink(&m->root, &m->cap_root, m->n_root, sizeof *m->root);
    return m;
}

void ng_matcher_free(ng_matcher *m)
{
    if (!m)
        return;
    ng_strmap_release(&m->vocab);
    free(m->edges.slots);
    free(m->states);
    free(m->via);
    free(m->patterns);
    free(m->cases);
    free(m->root);
    free(m);
}

size_t ng_matcher_patterns(const ng_matcher *m)
{
    return m->n_patterns;
}

size_t ng_matcher_states(const ng_matcher *m)
{
    return m->n_states;
}

uint32_t ng_matcher_word_id(const ng_matcher *m, const char *f, size_t n)
{
    uint32_t id = ng_strmap_get(&m->vocab, f, n);
    return id == NG_NONE ? 0 : id;
}

static int case_ok(const ng_matcher *m, const pattern *p, const ng_tokens *t,
                   const uint32_t *pos, size_t last, size_t ring)
{
    for (uint32_t i = 0; i < p->ntok; i++) {
        const ng_token *tk = &t->tok[pos[(last + ring - (p->ntok - 1 - i)) % ring]];
        uint8_t want = m->cases[p->case_off + i];
        uint8_t got = case_class(tk);
        if (want == CASE_UPPER ? got != CASE_UPPER : want == CASE_CAP ? got == CASE_LOWER : 0)
            return 0;
    }
    return 1;
}

static void run(const ng_matcher *m, const ng_tokens *t, const uint32_t *ids,
                const uint8_t *starts, size_t begin, size_t end, ng_matches *out)
{
    enum { RING = MAX_PATTERN_TOKENS };
    uint32_t pos[RING];
    size_t seen = 0;
    uint32_t s = 0;
    for (size_t k = begin; k < end; k++) {
        /* at the root, a token no alias starts with leaves it there: the
         * matches to come use none of the tokens before the next that one
         * does (nor does the ring of their positions need them) */
        if (s == 0 && starts && (k = ng_next_nonzero(starts, k, end)) == end)
            break;
        const ng_token *tk = &t->tok[k];
        if ((tk->flags & NG_TOK_HYPHEN) || tk->flen == 0)
            continue;
        size_t slot = seen % RING;
        pos[slot] = (uint32_t)k;
        seen++;
        uint32_t id =
            ids ? ids[k - begin] : ng_matcher_word_id(m, ng_tokens_fold(t, k), tk->flen);
        if (id == 0) {
            s = 0;
            continue;
        }
        if (s == 0) {
            /* most words start no pattern: the root, which ends none, stays */
            uint32_t e = id < m->n_root ? m->root[id] : NG_NONE;
            if (e == NG_NONE)
                continue;
            s = e;
        } else {
            for (;;) {
                uint32_t e = edge(m, s, id);
                if (e != NG_NONE) {
                    s = e;
                    break;
                }
                if (s == 0)
                    break;
                s = m->states[s].fail;
            }
        }
        uint32_t o = m->states[s].out != NG_NONE ? s : m->states[s].dict;
        for (; o != NG_NONE; o = m->states[o].dict) {
            for (uint32_t pi = m->states[o].out; pi != NG_NONE; pi = m->patterns[pi].next) {
                const pattern *p = &m->patterns[pi];
                if (p->case_sensitive && !case_ok(m, p, t, pos, slot, RING))
                    continue;
                ng_xgrow(&out->m, &out->cap, out->count + 1, sizeof *out->m);
                ng_match *mt = &out->m[out->count++];
                mt->tok_begin = pos[(slot + RING - (p->ntok - 1)) % RING];
                mt->tok_end = (uint32_t)k + 1;
                mt->entry = p->entry;
                mt->alias = p->alias;
                mt->case_sensitive = p->case_sensitive;
            }
        }
    }
}

void ng_matcher_run(const ng_matcher *m, const ng_tokens *t, size_t begin, size_t end,
                    ng_matches *out)
{
    run(m, t, NULL, NULL, begin, end, out);
}

void ng_matcher_run_ids(const ng_matcher *m, const ng_tokens *t, const uint32_t *ids,
                        size_t begin, size_t end, ng_matches *out)
{
    run(m, t, ids, NULL, begin, end, out);
}

int ng_matcher_starts(const ng_matcher *m, uint32_t id)
{
    return id < m->n_root && m->root[id] != NG_NONE;
}

void ng_matcher_run_starts(const ng_matcher *m, const ng_tokens *t, const uint32_t *ids,
                           const uint8_t *starts, size_t begin, size_t end, ng_matches *out)
{
    run(m, t, ids, starts, begin, end, out);
}

void ng_matcher_foreach_word(const ng_matcher *m,
                             void (*cb)(void *ud, const char *f, size_t n, uint32_t id),
                             void *ud)
{
    for (size_t i = 0; i < m->vocab.cap; i++)
        if (m->vocab.slots[i].key)
            cb(ud, m->vocab.slots[i].key, m->vocab.slots[i].len, m->vocab.slots[i].value);
}
