/* graph_priv.h - the graph calls the library makes and callers do not (private) */
#ifndef NG_GRAPH_PRIV_H
#define NG_GRAPH_PRIV_H

#include <stddef.h>
#include <stdint.h>

#include "core/alloc.h"
#include "newsgraph/graph.h"

/* What a graph, a corpus and a knowledge base keep by default: evidence
 * sentences per edge, documents listed per node and edge. */
#define NG_EVIDENCE_LIMIT_DEFAULT 10
#define NG_DOC_LIMIT_DEFAULT 50

/* ---- a finished graph's nodes and edges as records ---------------------- */

/* A node of a finished graph. */
typedef struct ng_node_view {
    uint32_t id;
    const char *key;
    const char *label;
    ng_kind kind;
    const char *category; /* "" when unknown */
    const char *rule;
    const char *const *aliases; /* distinct surface forms, in order of first use */
    size_t n_aliases;
    const uint32_t *docs; /* sorted document indices: the first (doc limit) */
    size_t n_docs;
    uint64_t doc_count;   /* documents that mention it (may exceed n_docs) */
    uint64_t mentions;
    int has_geo;
    double lat, lon;
    const char *date; /* NULL when none */
    char first_seen[11], last_seen[11]; /* dates of the earliest and latest
                                           articles naming it; "" unknown */
} ng_node_view;

/* An edge of a finished graph. */
typedef struct ng_edge_view {
    uint32_t id;
    uint32_t src, dst;
    ng_relation relation;
    const char *role; /* NULL when none */
    uint64_t weight;  /* supporting sentences */
    const uint32_t *docs; /* sorted: the first (doc limit) */
    size_t n_docs;
    uint64_t doc_count;   /* documents with a supporting sentence */
    const ng_evidence *evidence; /* first supporting sentences, in document order */
    size_t n_evidence;
    char first_seen[11], last_seen[11]; /* dates of the earliest and latest
                                           articles stating it; "" unknown */
} ng_edge_view;

/* Node or edge id (below the count) of a finished graph, all at once, into
 * *out: what the exporters, the filter and the unit tests read (callers
 * use the ng_graph_node_* and ng_graph_edge_* accessors of graph.h, so that
 * this layout may change). The strings and arrays stay the graph's, valid
 * until it is freed. Read-only: several threads may read one graph. */
void ng_graph_node(const ng_graph *g, uint32_t id, ng_node_view *out);
void ng_graph_edge(const ng_graph *g, uint32_t id, ng_edge_view *out);

/* One ng_graph_add_relation call. */
typedef struct ng_relation_add {
    uint32_t src, dst;
    ng_relation rel;
    const char *role;
    ng_evidence ev;
    size_t text_len;
} ng_relation_add;
/* ng_graph_add_relation for v[0], v[1], ... v[n-1], in that order, with the
 * same result, faster (the edges' memory is fetched a batch at a time). */
void ng_graph_add_relations(ng_graph *g, const ng_relation_add *v, size_t n);
/* Add everything src counted to dst, as ng_graph_merge does, but leave src
 * its nodes and edges (emptied of what they counted) linked to dst's: a
 * worker's partial graph, drained into the shared one again and again.
 * The next drain into dst then finds them without lookups, and src skips
 * what dst can no longer keep (documents and sentences after dst's full
 * lists). Between two drains, src must be given documents in increasing
 * order (as one extractor thread gives them). Once drained into dst, src
 * may only be drained or merged into dst (anything else aborts) or freed;
 * finish dst, not src. */
void ng_graph_drain(ng_graph *dst, ng_graph *src);
/* Say that g, still without edges, will be drained (ng_graph_drain) again
 * and again: its edges then keep their lists of documents and sentences in
 * memory emptied at each drain, not in blocks of their own allocated and
 * freed for each edge at each drain. Nothing can be merged or drained into
 * such a graph (that aborts). */
void ng_graph_set_drained(ng_graph *g);

/* Check invariants (edge ends exist, ids unique, evidence sorted, docs
 * sorted). Returns 0, or -1 with a message in *why (static text). */
int ng_graph_check(const ng_graph *g, const char **why);

/* A new finished graph holding the nodes with keep_node[id] != 0 and the
 * edges with keep_edge[id] != 0 whose two ends are kept, with all their
 * data, in the same canonical order; document names are copied. Cannot
 * fail. */
ng_graph *ng_graph_subgraph(const ng_graph *g, const uint8_t *keep_node,
                            const uint8_t *keep_edge);

#endif
