/* merge.c - one graph into another: merge, drain, subgraphs */
#include "graph/graph_priv.h"

#include <stdio.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "newsgraph/article.h"

#include "../core/arena.h"
#include "../core/map.h"
#include "graph_impl.h"

/* Fold node s of graph `from` into node d of graph `into`. */
void ng_graph_node_absorb(ng_graph *into, node *d, const node *s)
{
    const tallies *from[4] = {&s->forms, &s->labels, &s->cats, &s->rules};
    tallies *to[4] = {&d->forms, &d->labels, &d->cats, &d->rules};
    for (int k = 0; k < 4; k++) {
        const tally *v = tallies_cv(from[k]);
        for (size_t i = 0; i < from[k]->n; i++)
            (k < 2 ? ng_graph_tally_add : ng_graph_tally_add_vocab)(into, to[k], v[i].text, v[i].len,
                                                                 v[i].count, v[i].first);
    }
    ng_graph_docset_union(&d->docs, &s->docs, into->doc_limit);
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
    ng_graph_date_offer(into, d, s->date, s->date_first);
}

/* Fold edge s into edge d of graph `into`; s's evidence texts are copied
 * unless `owned` (they live in an arena `into` has adopted). */
void ng_graph_edge_absorb(ng_graph *into, edge *d, const ng_graph *from, const edge *s,
                          int owned)
{
    /* sentences both edges count (after a binding) are counted once; the
     * kept evidence is where they can be seen */
    uint64_t shared = 0;
    /* all of s after all d counted (a later batch of documents): none */
    int later = d->top != UINT64_MAX && s->first != UINT64_MAX && s->first > d->top;
    const ng_evidence *sv = evvec_cv(&s->ev);
    if (!later)
        for (size_t i = 0; i < s->ev.n; i++)
            shared += ng_graph_ev_has(&d->ev, sv[i].doc, sv[i].offset);
    /* d keeps as many sentences as it may, all before any of s: it keeps them */
    size_t lim = into->evidence_limit;
    const ng_evidence *dl = d->ev.n ? &evvec_cv(&d->ev)[d->ev.n - 1] : NULL;
    int ev_full = lim && d->ev.n >= lim && s->first != UINT64_MAX &&
                  s->first > POS(dl->doc, dl->offset);
    d->weight += s->weight - shared; /* shared <= s->ev.n <= s->weight */
    edge_seen(d, get24(s->seen), get24(s->seen + 3));
    if (s->first < d->first)
        d->first = s->first;
    if (s->top != UINT64_MAX && (d->top == UINT64_MAX || s->top > d->top))
        d->top = s->top;
    const char *role = edge_role(from, s);
    if (role) {
        uint64_t sf = edge_role_first(from, s), df = edge_role_first(into, d);
        if (sf < df || (sf == df && d->docs.tag && strcmp(role, edge_role(into, d)) < 0))
            ng_graph_edge_set_role(into, d, intern(into, role), sf);
    }
    ng_graph_docset_union(&d->docs, &s->docs, into->doc_limit);
    if (ev_full)
        return;
    for (size_t i = 0; i < s->ev.n; i++)
        ng_graph_ev_insert(into, &d->ev, sv[i].doc, sv[i].offset, sv[i].text,
                           owned ? 0 : SIZE_MAX, into->evidence_limit, owned, 0);
}

static void graph_clear(ng_graph *g)
{
    for (size_t i = 0; i < g->n_nodes; i++)
        ng_graph_node_release(&g->nodes[i]);
    for (size_t i = 0; i < g->n_edges; i++)
        ng_graph_edge_release(g, &g->edges[i]);
    g->n_nodes = g->n_edges = g->n_binds = 0;
    g->n_ev_cuts = 0;
    g->n_edge_into = 0;
    g->n_roles = 0;
    g->n_docs = 0;
    g->ev_text = NULL;
    /* the tables and the first arena block are kept: a worker's partial
     * graph is refilled after every flush, to about the same size */
    ng_idmap_clear(&g->keys);
    ng_graph_eindex_clear(g);
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
        e->top = e->last = e->first = UINT64_MAX;
        e->weight = 0;
        memset(e->seen, 0, sizeof e->seen);
        docset_init(&e->docs); /* and no role */
        memset(&e->ev, 0, sizeof e->ev);
    }
    g->n_roles = 0; /* no edge has one */
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
            ng_graph_format_seen(src->days[i], iso);
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
    for (size_t k = 0; k < src->n_edges; k += GRAPH_BATCH) {
        size_t m = src->n_edges - k < GRAPH_BATCH ? src->n_edges - k : GRAPH_BATCH;
        uint32_t a[GRAPH_BATCH], b[GRAPH_BATCH], known[GRAPH_BATCH], ids[GRAPH_BATCH];
        ng_relation rel[GRAPH_BATCH];
        edge *todo[GRAPH_BATCH];
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
            known[t++] = edge_into(src, k + i);
        }
        ng_graph_edges_ahead(dst, a, b, rel, t, known, ids);
        for (size_t i = 0; i < t; i++) {
            edge *s = todo[i];
            uint32_t id = ids[i] != NG_NONE ? ids[i] : ng_graph_edge_get(dst, a[i], b[i], s->rel);
            edge *d = &dst->edges[id];
            ng_graph_edge_absorb(dst, d, src, s, 0);
            /* what dst keeps is full: src need not keep what comes after */
            size_t j = (size_t)(s - src->edges);
            if (j >= src->n_edge_into) {
                /* links for every edge so far (those after j: not yet) */
                src->edge_into = ng_xrealloc(src->edge_into,
                                             src->n_edges * sizeof *src->edge_into);
                src->edge_doc_cut = ng_xrealloc(src->edge_doc_cut,
                                                src->n_edges * sizeof *src->edge_doc_cut);
                for (size_t k2 = src->n_edge_into; k2 < src->n_edges; k2++) {
                    src->edge_into[k2] = NG_NONE;
                    src->edge_doc_cut[k2] = UINT32_MAX;
                }
                src->n_edge_into = src->n_edges;
            }
            src->edge_into[j] = id;
            src->edge_doc_cut[j] = dlim && d->docs.kept.n >= dlim
                                       ? u32vec_cv(&d->docs.kept)[d->docs.kept.n - 1]
                                       : UINT32_MAX;
            const ng_evidence *dl = d->ev.n ? &evvec_cv(&d->ev)[d->ev.n - 1] : NULL;
            uint64_t cut = lim && d->ev.n >= lim ? POS(dl->doc, dl->offset) : UINT64_MAX;
            if (cut != UINT64_MAX && j >= src->n_ev_cuts) {
                /* the first cut past the others: the cuts grow to it */
                src->ev_cuts = ng_xrealloc(src->ev_cuts, src->n_edges * sizeof *src->ev_cuts);
                for (size_t k2 = src->n_ev_cuts; k2 < src->n_edges; k2++)
                    src->ev_cuts[k2] = UINT64_MAX;
                src->n_ev_cuts = src->n_edges;
            }
            if (j < src->n_ev_cuts)
                src->ev_cuts[j] = cut;
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

/* ---- subgraphs ------------------------------------------------------------ */

static void tallies_copy(ng_graph *dst, tallies *out, const tallies *in, int vocab)
{
    *out = (tallies){0};
    const tally *v = tallies_cv(in);
    for (size_t i = 0; i < in->n; i++)
        (vocab ? ng_graph_tally_add_vocab : ng_graph_tally_add)(dst, out, v[i].text, v[i].len,
                                                                v[i].count, v[i].first);
}

static void docset_copy(docset *out, const docset *in)
{
    *out = *in;
    u32vec_set(&out->kept, u32vec_cv(&in->kept), in->kept.n);
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
        tallies_copy(s, &d->forms, &n->forms, 0);
        tallies_copy(s, &d->labels, &n->labels, 0);
        tallies_copy(s, &d->cats, &n->cats, 1);
        tallies_copy(s, &d->rules, &n->rules, 1);
        docset_copy(&d->docs, &n->docs);
        node_alias_ptrs(d);
        map[i] = (uint32_t)s->n_nodes;
        node_key_add(s, map[i]);
        s->n_nodes++;
    }
    for (size_t i = 0; i < g->n_edges; i++) {
        const edge *e = &g->edges[i];
        if (!keep_edge[i] || map[e->src] == NG_NONE || map[e->dst] == NG_NONE)
            continue;
        edge *d = ng_graph_edge_append(s);
        *d = *e;
        d->src = map[e->src];
        d->dst = map[e->dst];
        docset_copy(&d->docs, &e->docs);
        d->docs.tag = 0;
        if (e->docs.tag)
            ng_graph_edge_set_role(s, d, intern(s, edge_role(g, e)), edge_role_first(g, e));
        evvec_set(&d->ev, evvec_cv(&e->ev), e->ev.n);
        ng_evidence *dv = evvec_v(&d->ev);
        for (size_t k = 0; k < e->ev.n; k++)
            dv[k].text = intern(s, dv[k].text);
    }
    free(map);
    s->finished = 1;
    return s;
}
