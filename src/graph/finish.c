/* finish.c - freezing a graph: bindings applied, labels chosen, co_occurs
 * policy, canonical order; and the graph's invariants checked */
#include "graph/graph_priv.h"

#include <stdlib.h>
#include <string.h>

#include "text/text.h"

#include "../core/arena.h"
#include "../core/map.h"
#include "graph_impl.h"

static uint32_t uf_find(uint32_t *parent, uint32_t x)
{
    while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    return x;
}

static const tally *best_tally(const tallies *t)
{
    const tally *best = NULL;
    for (size_t i = 0; i < t->n; i++) {
        const tally *c = &tallies_cv(t)[i];
        if (!best || c->count > best->count ||
            (c->count == best->count &&
             (c->first < best->first ||
              (c->first == best->first && strcmp(c->text, best->text) < 0))))
            best = c;
    }
    return best;
}

static int tally_first_cmp(const void *a, const void *b)
{
    const tally *x = a, *y = b;
    if (x->first != y->first)
        return x->first < y->first ? -1 : 1;
    return strcmp(x->text, y->text);
}

/* Put node i of g at newid[i] (a permutation), in place: following each
 * cycle, one node held aside (no second array of nodes). */
static void permute_nodes(ng_graph *g, const uint32_t *newid)
{
    size_t n = g->n_nodes;
    uint8_t *done = ng_xcalloc(n + 1, 1);
    for (size_t s = 0; s < n; s++) {
        if (done[s])
            continue;
        /* the node at s goes to newid[s], the one there to its newid, ... */
        node held = g->nodes[s];
        size_t at = s;
        for (;;) {
            size_t to = newid[at];
            done[at] = 1;
            node next = g->nodes[to];
            g->nodes[to] = held;
            if (to == s)
                break;
            held = next;
            at = to;
        }
    }
    free(done);
}

/* Sort key of a node: kind, folded label, label, key. */
typedef struct node_order {
    uint32_t id;
    ng_kind kind;
    char *folded;
    const char *label, *key;
} node_order;

static int node_order_cmp(const void *a, const void *b)
{
    const node_order *x = a, *y = b;
    if (x->kind != y->kind)
        return x->kind < y->kind ? -1 : 1;
    int c = strcmp(x->folded, y->folded);
    if (c)
        return c;
    c = strcmp(x->label, y->label);
    if (c)
        return c;
    return strcmp(x->key, y->key);
}

static int edge_cmp(const void *a, const void *b)
{
    const edge *x = a, *y = b;
    if (x->src != y->src)
        return x->src < y->src ? -1 : 1;
    if (x->dst != y->dst)
        return x->dst < y->dst ? -1 : 1;
    if (x->rel != y->rel)
        return x->rel < y->rel ? -1 : 1;
    return 0;
}

static int binding_cmp(const void *a, const void *b)
{
    const binding *x = a, *y = b;
    int c = strcmp(x->from, y->from);
    return c ? c : strcmp(x->to, y->to);
}

/* The representative of each node of g under its bindings (which are
 * sorted), or NULL when they merge no two nodes. */
static uint32_t *bindings_parent(ng_graph *g)
{
    if (!g->n_binds)
        return NULL;
    /* canonical order, so that the result does not depend on the order the
     * bindings (and partial graphs) came in */
    qsort(g->binds, g->n_binds, sizeof *g->binds, binding_cmp);
    uint32_t *parent = ng_xmalloc(g->n_nodes * sizeof *parent);
    /* 1: a binding target, 2: a binding source; targets only are expansions */
    uint8_t *role = ng_xcalloc(g->n_nodes, 1);
    for (uint32_t i = 0; i < g->n_nodes; i++)
        parent[i] = i;
    for (size_t i = 0; i < g->n_binds; i++) {
        uint32_t f = ng_graph_find(g, g->binds[i].from), t = ng_graph_find(g, g->binds[i].to);
        if (f != NG_NONE)
            role[f] |= 2;
        if (t != NG_NONE)
            role[t] |= 1;
    }
    for (size_t i = 0; i < g->n_binds; i++) {
        const binding *b = &g->binds[i];
        /* a source bound to two different targets is ambiguous: skip it */
        if ((i > 0 && strcmp(g->binds[i - 1].from, b->from) == 0) ||
            (i + 1 < g->n_binds && strcmp(g->binds[i + 1].from, b->from) == 0))
            continue;
        uint32_t f = ng_graph_find(g, b->from), t = ng_graph_find(g, b->to);
        if (f == NG_NONE || t == NG_NONE || g->nodes[f].kind != g->nodes[t].kind)
            continue;
        uint32_t rf = uf_find(parent, f), rt = uf_find(parent, t);
        if (rf == rt)
            continue;
        /* two gazetteer entities are never merged */
        if (g->nodes[rf].fixed && g->nodes[rt].fixed)
            continue;
        /* the representative: the gazetteer node, else an expansion (only
         * ever a target), else the smaller key */
        int ef = role[rf] == 1, et = role[rt] == 1;
        int keep_f = g->nodes[rf].fixed ||
                     (!g->nodes[rt].fixed &&
                      (ef > et || (ef == et && strcmp(g->nodes[rf].key, g->nodes[rt].key) < 0)));
        if (keep_f)
            parent[rt] = rf;
        else
            parent[rf] = rt;
    }
    free(role);
    int any = 0;
    for (uint32_t i = 0; i < g->n_nodes; i++)
        if ((parent[i] = uf_find(parent, i)) != i)
            any = 1;
    if (!any) {
        free(parent);
        return NULL;
    }
    return parent;
}

/* Merge the nodes of g as parent says (see bindings_parent; NULL: none);
 * smap (NULL: none), the node each node was, is updated to the node it is
 * now. */
static void apply_bindings(ng_graph *g, const uint32_t *parent, uint32_t *smap)
{
    if (!parent)
        return;
    /* rebuild into a fresh graph, absorbing merged nodes into their roots */
    ng_graph *ng = ng_graph_new();
    ng->evidence_limit = g->evidence_limit;
    ng->doc_limit = g->doc_limit;
    ng->extract = g->extract;
    ng_arena_adopt(&ng->arena, &g->arena); /* g's strings stay valid in ng */
    ng_arena_adopt(&ng->texts, &g->texts);
    ng_strmap_release(&ng->vocab); /* and so do its categories and rules */
    ng->vocab = g->vocab;
    ng_strmap_init(&g->vocab);
    uint32_t *map = ng_xmalloc(g->n_nodes * sizeof *map);
    for (uint32_t i = 0; i < g->n_nodes; i++) {
        if (parent[i] != i)
            continue;
        const node *s = &g->nodes[i];
        ng_entity e = {.key = s->key, .label = s->label, .kind = s->kind,
                       .category = s->category, .fixed_label = s->fixed,
                       .has_geo = s->has_geo, .lat = s->lat, .lon = s->lon};
        map[i] = ng_graph_add_entity(ng, &e);
    }
    for (uint32_t i = 0; i < g->n_nodes; i++) {
        map[i] = map[parent[i]];
        ng_graph_node_absorb(ng, &ng->nodes[map[i]], &g->nodes[i]);
    }
    if (smap)
        for (size_t i = 0; i < g->n_nodes; i++)
            smap[i] = map[smap[i]];
    for (size_t i = 0; i < g->n_edges; i++) {
        const edge *s = &g->edges[i];
        if (map[s->src] == map[s->dst])
            continue;
        uint32_t id = ng_graph_edge_get(ng, map[s->src], map[s->dst], s->rel);
        ng_graph_edge_absorb(ng, &ng->edges[id], g, s, 1);
    }
    free(map);
    /* swap contents */
    ng_graph tmp = *g;
    *g = *ng;
    *ng = tmp;
    /* documents stay with g (their names are in the adopted arena) */
    const char **docs = g->docs;
    size_t nd = g->n_docs, cd = g->cap_docs;
    g->docs = ng->docs, g->n_docs = ng->n_docs, g->cap_docs = ng->cap_docs;
    ng->docs = docs, ng->n_docs = nd, ng->cap_docs = cd;
    uint32_t *days = g->days;
    size_t ny = g->n_days, cy = g->cap_days;
    g->days = ng->days, g->n_days = ng->n_days, g->cap_days = ng->cap_days;
    ng->days = days, ng->n_days = ny, ng->cap_days = cy;
    struct article_meta *meta = g->meta;
    size_t nm = g->n_meta, cm = g->cap_meta;
    g->meta = ng->meta, g->n_meta = ng->n_meta, g->cap_meta = ng->cap_meta;
    ng->meta = meta, ng->n_meta = nm, ng->cap_meta = cm;
    /* ... and so do the state kept for a knowledge base and the order */
    g->state = ng->state, g->keep_state = ng->keep_state, g->order = ng->order;
    ng->state = NULL;
    ng->order = NULL;
    ng_graph_free(ng);
}

void ng_graph_finish(ng_graph *g, ng_cooccurrence keep_cooccurrence)
{
    if (g->finished)
        return;
    uint32_t *parent = bindings_parent(g);
    ng_state *st = NULL;
    if (g->keep_state && !g->state)
        st = g->state = ng_graph_state_begin(g, parent);
    apply_bindings(g, parent, st ? st->map : NULL);
    free(parent);
    for (size_t i = 0; i < g->n_nodes; i++) {
        node *n = &g->nodes[i];
        if (!n->fixed) {
            const tally *l = best_tally(&n->labels);
            if (!l)
                l = best_tally(&n->forms);
            n->label = l ? l->text : n->key;
            const tally *c = best_tally(&n->cats);
            n->category = c ? c->text : "";
        }
        if (!n->category)
            n->category = "";
        const tally *r = NULL;
        for (size_t k = 0; k < n->rules.n; k++)
            if (!r || tally_first_cmp(&tallies_cv(&n->rules)[k], r) < 0)
                r = &tallies_cv(&n->rules)[k];
        n->rule = r ? r->text : "";
        if (n->forms.n > 1) {
            qsort(tallies_v(&n->forms), n->forms.n, sizeof(tally), tally_first_cmp);
            ng_graph_tallies_unindex(&n->forms); /* its positions changed */
        }
        node_alias_ptrs(n);
    }
    /* canonical node order */
    node_order *ord = ng_xmalloc((g->n_nodes + 1) * sizeof *ord);
    for (uint32_t i = 0; i < g->n_nodes; i++) {
        const node *n = &g->nodes[i];
        ord[i] = (node_order){i, n->kind, ng_fold_dup(n->label, strlen(n->label)), n->label,
                              n->key};
    }
    if (g->n_nodes > 1)
        qsort(ord, g->n_nodes, sizeof *ord, node_order_cmp);
    uint32_t *newid = ng_xmalloc((g->n_nodes + 1) * sizeof *newid);
    for (uint32_t i = 0; i < g->n_nodes; i++) {
        newid[ord[i].id] = i;
        free(ord[i].folded);
    }
    free(ord);
    permute_nodes(g, newid);
    ng_idmap_release(&g->keys);
    ng_idmap_reserve(&g->keys, g->n_nodes);
    for (uint32_t i = 0; i < g->n_nodes; i++)
        node_key_add(g, i);
    /* typed pairs, to drop redundant co-occurrence */
    ng_u64map typed;
    ng_u64map_init(&typed);
    for (size_t i = 0; i < g->n_edges; i++) {
        edge *e = &g->edges[i];
        e->src = newid[e->src];
        e->dst = newid[e->dst];
        if (e->rel == NG_REL_CO_OCCURS && e->src > e->dst) {
            uint32_t t = e->src;
            e->src = e->dst;
            e->dst = t;
        }
        if (ng_relation_is_typed(e->rel)) {
            uint32_t a = e->src < e->dst ? e->src : e->dst, b = e->src ^ e->dst ^ a;
            ng_u64map_put(&typed, ((uint64_t)a << 32) | b, 1);
        }
    }
    if (st)
        ng_graph_state_renumbered(g, st, newid);
    free(newid);
    size_t kept = 0;
    for (size_t i = 0; i < g->n_edges; i++) {
        edge *e = &g->edges[i];
        int drop = 0;
        if (e->rel == NG_REL_CO_OCCURS) {
            if (keep_cooccurrence == NG_COOC_DROP)
                drop = 1;
            else if (keep_cooccurrence == NG_COOC_UNTYPED &&
                     ng_u64map_get(&typed, ((uint64_t)e->src << 32) | e->dst) != NG_NONE)
                drop = 1;
        }
        if (drop) {
            if (st)
                ng_graph_state_dropped(g, st, e); /* kept if finishing did not copy it */
            ng_graph_edge_release(g, e);
        } else
            g->edges[kept++] = *e;
    }
    g->n_edges = kept;
    /* the co-occurrences dropped were the array's last pages */
    g->cap_edges = ng_xaligned_trim(g->edges, g->cap_edges, kept, sizeof(edge));
    ng_u64map_release(&typed);
    if (g->n_edges > 1)
        qsort(g->edges, g->n_edges, sizeof *g->edges, edge_cmp);
    ng_graph_eindex_release(g);
    g->finished = 1;
}

int ng_graph_check(const ng_graph *g, const char **why)
{
    *why = NULL;
    for (size_t i = 0; i < g->n_nodes; i++) {
        const node *n = &g->nodes[i];
        if (!n->key || !*n->key)
            return *why = "node without key", -1;
        if (ng_graph_find(g, n->key) != i)
            return *why = "node key not unique or not indexed", -1;
        for (size_t k = 1; k < n->docs.kept.n; k++)
            if (u32vec_cv(&n->docs.kept)[k - 1] >= u32vec_cv(&n->docs.kept)[k])
                return *why = "node documents not sorted", -1;
        if (n->docs.count < n->docs.kept.n)
            return *why = "node document count below its documents", -1;
        if ((unsigned)n->kind > NG_KIND_EVENT)
            return *why = "bad node kind", -1;
        if (g->finished && !n->label)
            return *why = "node without label", -1;
    }
    for (size_t i = 0; i < g->n_edges; i++) {
        const edge *e = &g->edges[i];
        if (e->src >= g->n_nodes || e->dst >= g->n_nodes)
            return *why = "dangling edge end", -1;
        if (e->src == e->dst)
            return *why = "self loop", -1;
        if ((unsigned)e->rel >= NG_REL__COUNT)
            return *why = "bad relation", -1;
        if (e->weight < e->ev.n || e->weight == 0)
            return *why = "edge weight below its evidence count", -1;
        for (size_t k = 1; k < e->ev.n; k++)
            if (ng_graph_ev_cmp(&evvec_cv(&e->ev)[k - 1], &evvec_cv(&e->ev)[k]) >= 0)
                return *why = "evidence not sorted", -1;
        for (size_t k = 1; k < e->docs.kept.n; k++)
            if (u32vec_cv(&e->docs.kept)[k - 1] >= u32vec_cv(&e->docs.kept)[k])
                return *why = "edge documents not sorted", -1;
        if (e->docs.count < e->docs.kept.n)
            return *why = "edge document count below its documents", -1;
        if (g->finished && i > 0 && edge_cmp(&g->edges[i - 1], e) >= 0)
            return *why = "edges not in canonical order or duplicated", -1;
    }
    return 0;
}

