/* filter.c - subsets of a finished graph for readable diagrams */
#include "newsgraph/filter.h"

#include <stdlib.h>
#include <string.h>

#include "core/param.h"
#include "graph/filter_priv.h"
#include "graph/graph_priv.h"
#include "text/name.h"
#include "text/text.h"

void ng_filter_init(ng_filter *f)
{
    memset(f, 0, sizeof *f);
    f->depth = 1;
    f->rank = NG_RANK_DEGREE;
}

/* The default drawing (filter.h): co-occurrences stated this often, this
 * many entities and edges at most. */
#define DRAWING_MIN_COOCCURRENCE 2
#define DRAWING_TOP 80
#define DRAWING_MAX_EDGES 160

void ng_filter_drawing_init(ng_filter *f)
{
    ng_filter_init(f);
    f->min_cooccurrence = DRAWING_MIN_COOCCURRENCE;
    f->drop_isolated = 1;
    f->top = DRAWING_TOP;
    f->max_edges = DRAWING_MAX_EDGES;
}

void ng_filter_default_drawing(ng_filter *f)
{
    ng_held held = f->held; /* the strings it holds stay held */
    ng_filter_drawing_init(f);
    f->held = held;
}

void ng_filter_release(ng_filter *f)
{
    ng_held_release(&f->held);
}

ng_filter *ng_filter_new(void)
{
    ng_filter *f = ng_xmalloc(sizeof *f);
    ng_filter_init(f);
    return f;
}

void ng_filter_free(ng_filter *f)
{
    if (!f)
        return;
    ng_filter_release(f);
    free(f);
}

void ng_filter_copy(ng_filter *dst, const ng_filter *src)
{
    if (dst == src)
        return;
    ng_held held = dst->held;
    *dst = *src;
    dst->held = held;
    dst->focus = ng_held_dup(&dst->held, src->focus);
}

#define FILTER_FIELD(kind, ...) NG_PARAM_##kind##_FIELD(struct ng_filter, __VA_ARGS__)

static const ng_param filter_params[] = {
    [NG_FILTER_MIN_WEIGHT] = FILTER_FIELD(NUMBER, min_weight),
    [NG_FILTER_MIN_COOCCURRENCE] = FILTER_FIELD(NUMBER, min_cooccurrence),
    [NG_FILTER_KINDS] = FILTER_FIELD(INT, kinds, 0, UINT32_MAX),
    [NG_FILTER_RELATIONS] = FILTER_FIELD(INT, relations, 0, UINT32_MAX),
    [NG_FILTER_FOCUS] = FILTER_FIELD(STRING, focus),
    [NG_FILTER_DEPTH] = FILTER_FIELD(INT, depth, 0, UINT32_MAX),
    [NG_FILTER_TOP] = FILTER_FIELD(INT, top, 0, INT64_MAX),
    [NG_FILTER_RANK] = FILTER_FIELD(INT, rank, NG_RANK_DEGREE, NG_RANK_MENTIONS),
    [NG_FILTER_MAX_EDGES] = FILTER_FIELD(INT, max_edges, 0, INT64_MAX),
    [NG_FILTER_DROP_ISOLATED] = FILTER_FIELD(INT, drop_isolated, 0, 1),
    [NG_FILTER_SPREAD] = FILTER_FIELD(INT, spread, 0, 1),
};
#define N_FILTER_PARAMS (sizeof filter_params / sizeof *filter_params)

int ng_filter_set_int(ng_filter *f, ng_filter_param p, int64_t v)
{
    return ng_param_set_int(f, filter_params, N_FILTER_PARAMS, (unsigned)p, v);
}

int ng_filter_set_number(ng_filter *f, ng_filter_param p, double v)
{
    return ng_param_set_number(f, filter_params, N_FILTER_PARAMS, (unsigned)p, v);
}

int ng_filter_set_string(ng_filter *f, ng_filter_param p, const char *s)
{
    return ng_param_set_string(f, filter_params, N_FILTER_PARAMS, (unsigned)p, s, &f->held);
}

int64_t ng_filter_get_int(const ng_filter *f, ng_filter_param p)
{
    return ng_param_get_int(f, filter_params, N_FILTER_PARAMS, (unsigned)p);
}

double ng_filter_get_number(const ng_filter *f, ng_filter_param p)
{
    return ng_param_get_number(f, filter_params, N_FILTER_PARAMS, (unsigned)p);
}

const char *ng_filter_get_string(const ng_filter *f, ng_filter_param p)
{
    return ng_param_get_string(f, filter_params, N_FILTER_PARAMS, (unsigned)p);
}

int ng_filter_active(const ng_filter *f)
{
    return f->min_weight > 0 || f->min_cooccurrence > 0 || f->kinds || f->relations ||
           f->focus || f->top || f->max_edges || f->drop_isolated;
}

static int parse_list(const char *list, int (*one)(const char *, size_t, int *), uint32_t *out,
                      char *bad, size_t bad_cap)
{
    *out = 0;
    const char *p = list;
    while (*p) {
        const char *e = strchr(p, ',');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        int v;
        if (n && one(p, n, &v)) {
            snprintf(bad, bad_cap, "%.*s", (int)n, p);
            return NG_EARG;
        }
        if (n)
            *out |= 1u << v;
        p += n + (e != NULL);
    }
    if (!*out) {
        snprintf(bad, bad_cap, "%s", list);
        return NG_EARG;
    }
    return 0;
}

static int one_kind(const char *s, size_t n, int *v)
{
    ng_kind k;
    if (ng_kind_parse(s, n, &k))
        return -1;
    *v = (int)k;
    return 0;
}

static int one_relation(const char *s, size_t n, int *v)
{
    ng_relation r;
    if (ng_relation_parse(s, n, &r))
        return -1;
    *v = (int)r;
    return 0;
}

int ng_filter_parse_kinds(const char *list, unsigned *out, char *bad, size_t bad_cap)
{
    uint32_t v;
    int rc = parse_list(list, one_kind, &v, bad, bad_cap);
    *out = v;
    return rc;
}

int ng_filter_parse_relations(const char *list, uint32_t *out, char *bad, size_t bad_cap)
{
    return parse_list(list, one_relation, out, bad, bad_cap);
}

uint32_t ng_filter_find(const ng_graph *g, const char *name)
{
    char *want = ng_fold_dup(name, strlen(name));
    char key[512], k2[512];
    size_t kl = ng_name_key(name, strlen(name), key, sizeof key);
    uint32_t best = UINT32_MAX;
    int best_level = 0;
    uint64_t best_mentions = 0;
    ng_node_view v;
    for (size_t i = 0; i < ng_graph_node_count(g); i++) {
        ng_graph_node(g, (uint32_t)i, &v);
        int level = 0;
        char *f = ng_fold_dup(v.label, strlen(v.label));
        if (strcmp(f, want) == 0)
            level = 3;
        free(f);
        for (size_t a = 0; a < v.n_aliases && level < 2; a++) {
            f = ng_fold_dup(v.aliases[a], strlen(v.aliases[a]));
            if (strcmp(f, want) == 0)
                level = 2;
            free(f);
        }
        if (!level && kl && ng_name_key(v.label, strlen(v.label), k2, sizeof k2) &&
            strcmp(k2, key) == 0)
            level = 1;
        if (level > best_level || (level && level == best_level && v.mentions > best_mentions)) {
            best = (uint32_t)i;
            best_level = level;
            best_mentions = v.mentions;
        }
    }
    free(want);
    return best;
}

typedef struct rank_item {
    uint32_t id;
    uint64_t score;
} rank_item;

static int u64_cmp(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* deg[i] := the number of distinct neighbours of node i over the kept edges
 * between kept nodes (two relations with one entity are one neighbour). */
static void neighbour_degrees(const ng_graph *g, const uint8_t *kn, const uint8_t *ke,
                              uint64_t *deg)
{
    size_t nn = ng_graph_node_count(g), ne = ng_graph_edge_count(g);
    memset(deg, 0, (nn + 1) * sizeof *deg);
    uint64_t *pairs = ng_xmalloc((ne + 1) * sizeof *pairs);
    size_t n = 0;
    ng_edge_view e;
    for (size_t i = 0; i < ne; i++) {
        if (!ke[i])
            continue;
        ng_graph_edge(g, (uint32_t)i, &e);
        if (!kn[e.src] || !kn[e.dst])
            continue;
        uint32_t a = e.src < e.dst ? e.src : e.dst, b = e.src ^ e.dst ^ a;
        pairs[n++] = (uint64_t)a << 32 | b;
    }
    qsort(pairs, n, sizeof *pairs, u64_cmp);
    for (size_t i = 0; i < n; i++) {
        if (i && pairs[i] == pairs[i - 1])
            continue;
        deg[pairs[i] >> 32]++;
        deg[pairs[i] & 0xFFFFFFFFu]++;
    }
    free(pairs);
}

typedef struct pair_item {
    uint64_t pair; /* smaller end << 32 | larger end */
    size_t rank;
} pair_item;

static int pair_cmp(const void *a, const void *b)
{
    const pair_item *x = a, *y = b;
    if (x->pair != y->pair)
        return x->pair < y->pair ? -1 : 1;
    return x->rank < y->rank ? -1 : x->rank > y->rank;
}

static int rank_cmp(const void *a, const void *b)
{
    const rank_item *x = a, *y = b;
    if (x->score != y->score)
        return x->score > y->score ? -1 : 1;
    return x->id < y->id ? -1 : x->id > y->id; /* canonical order breaks ties */
}

ng_graph *ng_filter_apply(const ng_graph *g, const ng_filter *f, ng_diag *diag)
{
    size_t nn = ng_graph_node_count(g), ne = ng_graph_edge_count(g);
    uint8_t *kn = ng_xcalloc(nn + 1, 1), *ke = ng_xcalloc(ne + 1, 1);
    ng_node_view v;
    ng_edge_view e;
    uint32_t focus = UINT32_MAX;
    for (size_t i = 0; i < nn; i++) {
        ng_graph_node(g, (uint32_t)i, &v);
        kn[i] = !f->kinds || (f->kinds & (1u << v.kind));
    }
    for (size_t i = 0; i < ne; i++) {
        ng_graph_edge(g, (uint32_t)i, &e);
        ke[i] = (!f->relations || (f->relations & (1u << e.relation))) &&
                (double)e.weight >= f->min_weight &&
                (e.relation != NG_REL_CO_OCCURS || (double)e.weight >= f->min_cooccurrence) &&
                kn[e.src] && kn[e.dst];
    }
    if (f->focus) {
        uint32_t c = focus = ng_filter_find(g, f->focus);
        if (c == UINT32_MAX || !kn[c]) {
            ng_diag_report(diag, NG_DIAG_ERROR, NULL, 0, "--focus: no entity named '%s'",
                           f->focus);
            free(kn);
            free(ke);
            return NULL;
        }
        /* breadth-first over kept edges, in either direction */
        uint32_t *dist = ng_xmalloc((nn + 1) * sizeof *dist);
        for (size_t i = 0; i < nn; i++)
            dist[i] = UINT32_MAX;
        dist[c] = 0;
        for (unsigned d = 0; d < f->depth; d++) {
            int grew = 0;
            for (size_t i = 0; i < ne; i++) {
                if (!ke[i])
                    continue;
                ng_graph_edge(g, (uint32_t)i, &e);
                if (dist[e.src] == d && dist[e.dst] == UINT32_MAX)
                    dist[e.dst] = d + 1, grew = 1;
                else if (dist[e.dst] == d && dist[e.src] == UINT32_MAX)
                    dist[e.src] = d + 1, grew = 1;
            }
            if (!grew)
                break;
        }
        for (size_t i = 0; i < nn; i++)
            kn[i] = kn[i] && dist[i] != UINT32_MAX;
        free(dist);
    }
    /* degree over what is still shown */
    uint64_t *deg = ng_xcalloc(nn + 1, sizeof *deg);
    neighbour_degrees(g, kn, ke, deg);
    if (f->top) {
        rank_item *r = ng_xmalloc((nn + 1) * sizeof *r);
        size_t n = 0;
        for (size_t i = 0; i < nn; i++) {
            if (!kn[i])
                continue;
            ng_graph_node(g, (uint32_t)i, &v);
            r[n].id = (uint32_t)i;
            r[n].score = f->rank == NG_RANK_MENTIONS ? v.mentions : deg[i] * 1000000 + v.mentions;
            n++;
        }
        if (n > f->top) {
            qsort(r, n, sizeof *r, rank_cmp);
            for (size_t i = f->top; i < n; i++)
                kn[r[i].id] = 0;
            /* degrees among the kept */
            neighbour_degrees(g, kn, ke, deg);
        }
        free(r);
    }
    if (f->max_edges) {
        /* the strongest edges among the kept entities: typed relations first */
        rank_item *r = ng_xmalloc((ne + 1) * sizeof *r);
        size_t n = 0;
        for (size_t i = 0; i < ne; i++) {
            if (!ke[i])
                continue;
            ng_graph_edge(g, (uint32_t)i, &e);
            if (!kn[e.src] || !kn[e.dst]) {
                ke[i] = 0;
                continue;
            }
            r[n].id = (uint32_t)i;
            r[n].score = ((uint64_t)(e.relation != NG_REL_CO_OCCURS) << 62) |
                         (e.weight < (1ull << 62) ? e.weight : (1ull << 62) - 1);
            n++;
        }
        qsort(r, n, sizeof *r, rank_cmp);
        if (f->spread && n) {
            /* the strongest of each pair: pairs sorted, rank order within */
            pair_item *p = ng_xmalloc(n * sizeof *p);
            for (size_t i = 0; i < n; i++) {
                ng_graph_edge(g, r[i].id, &e);
                uint32_t a = e.src < e.dst ? e.src : e.dst, b = e.src ^ e.dst ^ a;
                p[i].pair = (uint64_t)a << 32 | b;
                p[i].rank = i;
            }
            qsort(p, n, sizeof *p, pair_cmp);
            unsigned run = 0;
            for (size_t i = 0; i < n; i++) {
                run = i && p[i].pair == p[i - 1].pair ? run + 1 : 0;
                if (run >= 1)
                    r[p[i].rank].score = UINT64_MAX; /* marked: dropped below */
            }
            free(p);
            size_t k = 0;
            for (size_t i = 0; i < n; i++) {
                if (r[i].score == UINT64_MAX)
                    ke[r[i].id] = 0;
                else
                    r[k++] = r[i];
            }
            n = k;
            /* each entity's strongest edge first (in rank order), then the
             * rest: a stable partition of r */
            uint8_t *has = ng_xcalloc(nn + 1, 1), *first = ng_xcalloc(n + 1, 1);
            for (size_t i = 0; i < n; i++) {
                ng_graph_edge(g, r[i].id, &e);
                if (!has[e.src] || !has[e.dst])
                    first[i] = 1;
                has[e.src] = has[e.dst] = 1;
            }
            rank_item *t = ng_xmalloc((n + 1) * sizeof *t);
            k = 0;
            for (int pass = 1; pass >= 0; pass--)
                for (size_t i = 0; i < n; i++)
                    if (first[i] == pass)
                        t[k++] = r[i];
            memcpy(r, t, n * sizeof *r);
            free(t);
            free(first);
            free(has);
        }
        for (size_t i = f->max_edges; i < n; i++)
            ke[r[i].id] = 0;
        free(r);
        neighbour_degrees(g, kn, ke, deg);
    }
    if (f->drop_isolated)
        for (size_t i = 0; i < nn; i++)
            if (!deg[i] && i != focus)
                kn[i] = 0;
    ng_graph *s = ng_graph_subgraph(g, kn, ke);
    free(deg);
    free(kn);
    free(ke);
    return s;
}
