/* filter_priv.h - the filter's fields (private: callers use the accessors
 * of newsgraph/filter.h; the library and its unit tests may hold one on
 * the stack) */
#ifndef NG_FILTER_PRIV_H
#define NG_FILTER_PRIV_H

#include <stddef.h>
#include <stdint.h>

#include "core/param.h"
#include "newsgraph/filter.h"

struct ng_filter {
    double min_weight;       /* NG_FILTER_MIN_WEIGHT, and so on (filter.h) */
    double min_cooccurrence;
    unsigned kinds;
    uint32_t relations;
    const char *focus;       /* held by `held` when set through the accessors */
    unsigned depth;
    size_t top;
    ng_rank rank;
    size_t max_edges;
    int drop_isolated;
    int spread;
    ng_held held;            /* copies of the strings set */
};

/* f filters nothing (every field set, `held` emptied: f must not hold
 * strings yet, as a filter on the stack). */
void ng_filter_init(ng_filter *f);
/* f as ng_filter_default_drawing makes it, from scratch (as ng_filter_init). */
void ng_filter_drawing_init(ng_filter *f);
/* Free the strings f holds (not f). */
void ng_filter_release(ng_filter *f);

#endif
