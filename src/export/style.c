/* style.c - colours and sizes shared by the formats */
#include "newsgraph/export.h"

#include <math.h>
#include <stdlib.h>

/* Okabe-Ito palette: distinguishable with the common colour-vision deficiencies. */
const char *ng_kind_color(ng_kind k)
{
    switch (k) {
    case NG_KIND_ACTOR:
        return "#56B4E9"; /* sky blue */
    case NG_KIND_PLACE:
        return "#E69F00"; /* orange */
    case NG_KIND_EVENT:
        return "#CC79A7"; /* reddish purple */
    }
    return "#999999";
}

void ng_kind_rgb(ng_kind k, int *r, int *g, int *b)
{
    unsigned v = (unsigned)strtoul(ng_kind_color(k) + 1, NULL, 16);
    *r = (int)(v >> 16 & 0xFF);
    *g = (int)(v >> 8 & 0xFF);
    *b = (int)(v & 0xFF);
}

/* Gephi's node size: NODE_SIZE_MIN for an entity never mentioned, then
 * NODE_SIZE_STEP more each time the mentions double. */
#define NODE_SIZE_MIN 10.0
#define NODE_SIZE_STEP 6.0

double ng_node_size(uint64_t mentions)
{
    return NODE_SIZE_MIN + NODE_SIZE_STEP * log2(1.0 + (double)mentions);
}

const char *ng_relation_color(ng_relation r)
{
    switch (r) {
    case NG_REL_SUPPORTS:
        return "#009E73"; /* bluish green */
    case NG_REL_OPPOSES:
        return "#D55E00"; /* vermillion */
    case NG_REL_CAPTURED:
        return "#B8860B"; /* dark goldenrod */
    case NG_REL_CONTROLS:
        return "#E69F00"; /* orange */
    case NG_REL_LOCATED_IN:
        return "#7F7F7F"; /* grey */
    case NG_REL_MEMBER_OF:
        return "#0072B2"; /* blue */
    case NG_REL_HELD_IN:
        return "#000000"; /* black */
    case NG_REL_MOVED_TO:
        return "#56B4E9"; /* sky blue */
    case NG_REL_OCCURRED_IN:
        return "#CC79A7"; /* reddish purple */
    case NG_REL_PARTICIPATES_IN:
        return "#8E5A8A"; /* dark purple */
    case NG_REL_CO_OCCURS:
    default:
        return "#BBBBBB"; /* light grey */
    }
}
