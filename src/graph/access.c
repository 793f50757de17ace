/* access.c - a finished graph read by node and edge id (the public accessors
 * of graph.h; the library itself reads whole records, ng_graph_node/edge) */
#include <stdint.h>

#include "graph/graph_priv.h"
#include "graph_impl.h"

static const node *node_at(const ng_graph *g, uint32_t id)
{
    return id < g->n_nodes ? &g->nodes[id] : NULL;
}

static const edge *edge_at(const ng_graph *g, uint32_t id)
{
    return id < g->n_edges ? &g->edges[id] : NULL;
}

const char *ng_graph_node_key(const ng_graph *g, uint32_t id)
{
    const node *n = node_at(g, id);
    return n ? n->key : NULL;
}

const char *ng_graph_node_label(const ng_graph *g, uint32_t id)
{
    const node *n = node_at(g, id);
    return n ? (n->label ? n->label : n->key) : NULL;
}

const char *ng_graph_node_rule(const ng_graph *g, uint32_t id)
{
    const node *n = node_at(g, id);
    return n ? (n->rule ? n->rule : "") : NULL;
}

const char *ng_graph_node_category(const ng_graph *g, uint32_t id)
{
    const node *n = node_at(g, id);
    return n ? (n->category ? n->category : "") : NULL;
}

ng_kind ng_graph_node_kind(const ng_graph *g, uint32_t id)
{
    const node *n = node_at(g, id);
    return n ? n->kind : (ng_kind)-1;
}

uint64_t ng_graph_node_mentions(const ng_graph *g, uint32_t id)
{
    const node *n = node_at(g, id);
    return n ? n->mentions : 0;
}

uint64_t ng_graph_node_doc_count(const ng_graph *g, uint32_t id)
{
    const node *n = node_at(g, id);
    return n ? n->docs.count : 0;
}

uint32_t ng_graph_node_doc(const ng_graph *g, uint32_t id, size_t i)
{
    const node *n = node_at(g, id);
    return n && i < n->docs.kept.n ? u32vec_cv(&n->docs.kept)[i] : UINT32_MAX;
}

const char *ng_graph_node_alias(const ng_graph *g, uint32_t id, size_t i)
{
    const node *n = node_at(g, id);
    const char *const *aliases = n ? node_aliases(g, n) : NULL;
    return aliases && i < n->forms.n ? aliases[i] : NULL;
}

int ng_graph_node_geo(const ng_graph *g, uint32_t id, double *lat, double *lon)
{
    const node *n = node_at(g, id);
    if (!n || !n->has_geo)
        return 0;
    if (lat)
        *lat = n->lat;
    if (lon)
        *lon = n->lon;
    return 1;
}

const char *ng_graph_node_date(const ng_graph *g, uint32_t id)
{
    const node *n = node_at(g, id);
    return n ? n->date : NULL;
}

/* Dates stored as SEEN_BASE + days (0: none) into first and last. */
static int seen(uint32_t f, uint32_t l, char first[11], char last[11])
{
    char buf[2][11];
    ng_graph_format_seen(f, first ? first : buf[0]);
    ng_graph_format_seen(f ? l : 0, last ? last : buf[1]);
    return f != 0;
}

int ng_graph_node_seen(const ng_graph *g, uint32_t id, char first[11], char last[11])
{
    const node *n = node_at(g, id);
    return seen(n ? n->seen_first : 0, n ? n->seen_last : 0, first, last);
}

uint32_t ng_graph_edge_source(const ng_graph *g, uint32_t id)
{
    const edge *e = edge_at(g, id);
    return e ? e->src : UINT32_MAX;
}

uint32_t ng_graph_edge_target(const ng_graph *g, uint32_t id)
{
    const edge *e = edge_at(g, id);
    return e ? e->dst : UINT32_MAX;
}

ng_relation ng_graph_edge_relation(const ng_graph *g, uint32_t id)
{
    const edge *e = edge_at(g, id);
    return e ? (ng_relation)e->rel : NG_REL__COUNT;
}

const char *ng_graph_edge_role(const ng_graph *g, uint32_t id)
{
    const edge *e = edge_at(g, id);
    return e ? edge_role(g, e) : NULL;
}

uint64_t ng_graph_edge_weight(const ng_graph *g, uint32_t id)
{
    const edge *e = edge_at(g, id);
    return e ? e->weight : 0;
}

uint64_t ng_graph_edge_doc_count(const ng_graph *g, uint32_t id)
{
    const edge *e = edge_at(g, id);
    return e ? e->docs.count : 0;
}

uint32_t ng_graph_edge_doc(const ng_graph *g, uint32_t id, size_t i)
{
    const edge *e = edge_at(g, id);
    return e && i < e->docs.kept.n ? u32vec_cv(&e->docs.kept)[i] : UINT32_MAX;
}

const char *ng_graph_edge_evidence(const ng_graph *g, uint32_t id, size_t i, uint32_t *doc,
                                   uint32_t *offset)
{
    const edge *e = edge_at(g, id);
    if (!e || i >= e->ev.n)
        return NULL;
    const ng_evidence *ev = &evvec_cv(&e->ev)[i];
    if (doc)
        *doc = ev->doc;
    if (offset)
        *offset = ev->offset;
    return ev->text;
}

int ng_graph_edge_seen(const ng_graph *g, uint32_t id, char first[11], char last[11])
{
    const edge *e = edge_at(g, id);
    return seen(e ? get24(e->seen) : 0, e ? get24(e->seen + 3) : 0, first, last);
}
