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

/* What a diagram shows (opaque; set by parameter). */
typedef struct ng_filter ng_filter;

/* The criteria of a filter, each with the type of its value: set with
 * ng_filter_set_int/number/string, read with ng_filter_get_*. */
typedef enum ng_filter_param {
    NG_FILTER_MIN_WEIGHT,       /* number: edges with fewer supporting sentences go (0: none) */
    NG_FILTER_MIN_COOCCURRENCE, /* number: the same for co_occurs edges only (0: none) */
    NG_FILTER_KINDS,            /* int: bit set of (1 << ng_kind) kept; 0 = all */
    NG_FILTER_RELATIONS,        /* int: bit set of (1 << ng_relation) kept; 0 = all */
    NG_FILTER_FOCUS,            /* string: keep the neighbourhood of this entity (name or
                                 * alias); NULL: none */
    NG_FILTER_DEPTH,            /* int: ... up to this many edges away (default 1) */
    NG_FILTER_TOP,              /* int: keep the top N entities (0 = all) */
    NG_FILTER_RANK,             /* int, an ng_rank: ... by degree (distinct neighbours) or
                                 * mentions */
    NG_FILTER_MAX_EDGES,        /* int: keep the strongest N edges (0 = all): typed
                                 * relations first, then by weight */
    NG_FILTER_DROP_ISOLATED,    /* int, 0 or 1: drop entities left without an edge */
    NG_FILTER_SPREAD            /* int, 0 or 1: with max_edges, one edge between two
                                 * entities (the strongest), and each entity's strongest
                                 * edge before the other strong ones, so that the edges
                                 * reach many entities, not only the hubs */
} ng_filter_param;

/* A filter that filters nothing (free with ng_filter_free). Cannot fail. */
NG_API ng_filter *ng_filter_new(void);
NG_API void ng_filter_free(ng_filter *f);
/* Make dst filter as src does (strings copied). */
NG_API void ng_filter_copy(ng_filter *dst, const ng_filter *src);

/* Set parameter p to v. Returns 0, or NG_EARG with nothing changed when p
 * takes another type or v is out of its range (negative; a bit set past 32
 * bits; depth, rank, the flags past their values; a number not finite).
 * Strings are copied. Thread-safe on different filters. */
NG_API int ng_filter_set_int(ng_filter *f, ng_filter_param p, int64_t v);
NG_API int ng_filter_set_number(ng_filter *f, ng_filter_param p, double v);
NG_API int ng_filter_set_string(ng_filter *f, ng_filter_param p, const char *s);
/* The value of parameter p (0, 0.0 or NULL when p takes another type). */
NG_API int64_t ng_filter_get_int(const ng_filter *f, ng_filter_param p);
NG_API double ng_filter_get_number(const ng_filter *f, ng_filter_param p);
NG_API const char *ng_filter_get_string(const ng_filter *f, ng_filter_param p);

/* What the diagram shows when the user asks nothing: every typed relation,
 * co-occurrences stated at least twice, at most the 80 best connected
 * entities and the 160 strongest edges among them, no isolated entity.
 * Readable for a handful of articles as for thousands. Every parameter of f
 * is set so. */
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
