/* filter.h - what a diagram shows: weights, kinds, relations, the top entities, a focus */
#ifndef NEWSGRAPH_FILTER_H
#define NEWSGRAPH_FILTER_H

#include <stddef.h>
#include <stdint.h>

#include "newsgraph/common.h"
#include "newsgraph/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum ng_rank { NG_RANK_DEGREE, NG_RANK_MENTIONS } ng_rank;

typedef struct ng_filter {
    double min_weight;            /* edges with fewer supporting sentences go (0: none) */
    double min_cooccurrence;      /* the same for co_occurs edges only (0: none) */
    unsigned kinds;               /* bit set of (1 << ng_kind) kept; 0 = all */
    uint32_t relations;           /* bit set of (1 << ng_relation) kept; 0 = all */
    const char *focus;            /* keep the neighbourhood of this entity (name or alias) */
    unsigned depth;               /* ... up to this many edges away (default 1) */
    size_t top;                   /* keep the top N entities (0 = all) */
    ng_rank rank;                 /* ... by degree (distinct neighbours) or mentions */
    size_t max_edges;             /* keep the strongest N edges (0 = all): typed
                                     relations first, then by weight */
    int drop_isolated;            /* drop entities left without an edge */
    int spread;                   /* with max_edges: one edge between two entities (the
                                     strongest), and each entity's strongest edge
                                     before the other strong ones, so that the edges
                                     reach many entities, not only the hubs */
} ng_filter;

/* No filtering at all. */
NG_API void ng_filter_init(ng_filter *f);

/* What the diagram shows when the user asks nothing: every typed relation,
 * co-occurrences stated at least twice, at most the 80 best connected
 * entities and the 160 strongest edges among them, no isolated entity.
 * Readable for a handful of articles as for thousands. */
NG_API void ng_filter_default_drawing(ng_filter *f);

/* Is any criterion set? */
NG_API int ng_filter_active(const ng_filter *f);

/* Parse "actor,place" into a kind bit set / "supports,opposes" into a
 * relation bit set. Returns 0, or NG_EARG with the first unknown word (the
 * whole list when it names nothing) copied into bad (bad_cap bytes, at
 * least 1; truncated, NUL-terminated). Thread-safe. */
NG_API int ng_filter_parse_kinds(const char *list, unsigned *out, char *bad, size_t bad_cap);
NG_API int ng_filter_parse_relations(const char *list, uint32_t *out, char *bad, size_t bad_cap);

/* The node whose label or one alias is name (compared case- and
 * accent-folded, then by spelling key), or UINT32_MAX. A label match wins
 * over an alias match; ties go to the most mentioned. */
NG_API uint32_t ng_filter_find(const ng_graph *g, const char *name);

/* The filtered copy of a finished graph (a new finished graph, caller
 * frees). Order of application: kinds, relations and weights; focus and
 * depth; top N; the strongest max_edges edges (spread among the entities
 * when asked); isolated entities. Returns
 * NULL and reports when the focus names no entity. */
NG_API ng_graph *ng_filter_apply(const ng_graph *g, const ng_filter *f, ng_diag *diag);

#ifdef __cplusplus
}
#endif
#endif
