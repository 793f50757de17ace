/* context.c - the export context: the view, the layout and its positions */
#include "newsgraph/export.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "export_priv.h"

#define NS_PER_S 1000000000LL
#define NS_PER_MS 1e6

void ng_export_options_init(ng_export_options *o)
{
    memset(o, 0, sizeof *o);
    ng_filter_drawing_init(&o->view);
    o->positions = 1;
    o->threads = 1;
}

void ng_export_options_release(ng_export_options *o)
{
    ng_filter_release(&o->view);
    ng_held_release(&o->held);
    free(o->own_attrs);
    o->own_attrs = NULL;
    o->cap_attrs = 0;
}

/* dst := src, with copies of src's strings and attributes that dst holds
 * (dst holds nothing yet). */
static void options_copy(ng_export_options *dst, const ng_export_options *src)
{
    *dst = *src;
    dst->held = (ng_held){0};
    dst->view.held = (ng_held){0};
    dst->engine = ng_held_dup(&dst->held, src->engine);
    dst->title = ng_held_dup(&dst->held, src->title);
    dst->view.focus = ng_held_dup(&dst->view.held, src->view.focus);
    dst->own_attrs = NULL;
    dst->cap_attrs = 0;
    if (src->n_gv_attrs) {
        dst->own_attrs = ng_xmalloc(src->n_gv_attrs * sizeof *dst->own_attrs);
        dst->cap_attrs = src->n_gv_attrs;
        for (size_t i = 0; i < src->n_gv_attrs; i++)
            dst->own_attrs[i] = (ng_gv_attr){src->gv_attrs[i].kind,
                                             ng_held_dup(&dst->held, src->gv_attrs[i].name),
                                             ng_held_dup(&dst->held, src->gv_attrs[i].value)};
    }
    dst->gv_attrs = dst->own_attrs;
}

ng_export_options *ng_export_options_new(void)
{
    ng_export_options *o = ng_xmalloc(sizeof *o);
    ng_export_options_init(o);
    return o;
}

void ng_export_options_free(ng_export_options *o)
{
    if (!o)
        return;
    ng_export_options_release(o);
    free(o);
}

#define EXPORT_FIELD(kind, ...) NG_PARAM_##kind##_FIELD(struct ng_export_options, __VA_ARGS__)

static const ng_param export_params[] = {
    [NG_EXPORT_ENGINE] = EXPORT_FIELD(STRING, engine),
    [NG_EXPORT_TITLE] = EXPORT_FIELD(STRING, title),
    [NG_EXPORT_FILTER_DATA] = EXPORT_FIELD(INT, filter_data, 0, 1),
    [NG_EXPORT_POSITIONS] = EXPORT_FIELD(INT, positions, 0, 1),
    [NG_EXPORT_POSITIONS_ONLY] = EXPORT_FIELD(INT, positions_only, 0, 1),
    [NG_EXPORT_DIRECTED_ONLY] = EXPORT_FIELD(INT, directed_only, 0, 1),
    [NG_EXPORT_PAGE_WIDTH] = EXPORT_FIELD(NUMBER, page_width),
    [NG_EXPORT_PAGE_HEIGHT] = EXPORT_FIELD(NUMBER, page_height),
    [NG_EXPORT_PAGE_FILL] = EXPORT_FIELD(INT, page_fill, 0, 1),
    [NG_EXPORT_FIT] = EXPORT_FIELD(INT, fit, 0, 1),
    [NG_EXPORT_NO_LAYOUT_LIMIT] = EXPORT_FIELD(INT, no_layout_limit, 0, 1),
    [NG_EXPORT_DPI] = EXPORT_FIELD(NUMBER, dpi),
    [NG_EXPORT_THREADS] = EXPORT_FIELD(INT, threads, 1, INT32_MAX),
};
#define N_EXPORT_PARAMS (sizeof export_params / sizeof *export_params)

int ng_export_options_set_int(ng_export_options *o, ng_export_param p, int64_t v)
{
    return ng_param_set_int(o, export_params, N_EXPORT_PARAMS, (unsigned)p, v);
}

int ng_export_options_set_number(ng_export_options *o, ng_export_param p, double v)
{
    return ng_param_set_number(o, export_params, N_EXPORT_PARAMS, (unsigned)p, v);
}

int ng_export_options_set_string(ng_export_options *o, ng_export_param p, const char *s)
{
    return ng_param_set_string(o, export_params, N_EXPORT_PARAMS, (unsigned)p, s, &o->held);
}

int64_t ng_export_options_get_int(const ng_export_options *o, ng_export_param p)
{
    return ng_param_get_int(o, export_params, N_EXPORT_PARAMS, (unsigned)p);
}

double ng_export_options_get_number(const ng_export_options *o, ng_export_param p)
{
    return ng_param_get_number(o, export_params, N_EXPORT_PARAMS, (unsigned)p);
}

const char *ng_export_options_get_string(const ng_export_options *o, ng_export_param p)
{
    return ng_param_get_string(o, export_params, N_EXPORT_PARAMS, (unsigned)p);
}

ng_filter *ng_export_options_view(ng_export_options *o)
{
    return &o->view;
}

int ng_export_options_add_gv_attr(ng_export_options *o, char kind, const char *name,
                                  const char *value)
{
    if (kind != 'G' && kind != 'N' && kind != 'E')
        return NG_EARG;
    if (o->gv_attrs != o->own_attrs) {
        /* set on the stack by the library: take a copy to add to */
        ng_gv_attr *v = ng_xmalloc((o->n_gv_attrs + 1) * sizeof *v);
        if (o->n_gv_attrs)
            memcpy(v, o->gv_attrs, o->n_gv_attrs * sizeof *v);
        free(o->own_attrs);
        o->own_attrs = v;
        o->cap_attrs = o->n_gv_attrs + 1;
    }
    ng_xgrow(&o->own_attrs, &o->cap_attrs, o->n_gv_attrs + 1, sizeof *o->own_attrs);
    o->own_attrs[o->n_gv_attrs++] =
        (ng_gv_attr){kind, ng_held_dup(&o->held, name), ng_held_dup(&o->held, value)};
    o->gv_attrs = o->own_attrs;
    return 0;
}

ng_export *ng_export_new(const ng_graph *g, const ng_export_options *o)
{
    ng_export *x = ng_xcalloc(1, sizeof *x);
    x->g = g;
    ng_export_options defaults;
    if (!o) {
        ng_export_options_init(&defaults);
        o = &defaults;
    }
    options_copy(&x->o, o);
    return x;
}

void ng_export_free(ng_export *x)
{
    if (!x)
        return;
    ng_gv_release(x);
    ng_export_options_release(&x->o);
    ng_graph_free(x->view);
    free(x->at_graph.xy);
    free(x->at_graph.known);
    free(x->at_view.xy);
    free(x->at_view.known);
    free(x);
}

const ng_graph *ng_export_view(ng_export *x, ng_diag *diag)
{
    if (x->view || x->view_failed)
        return x->view;
    x->view = ng_filter_apply(x->g, &x->o.view, diag);
    x->view_failed = x->view == NULL;
    return x->view;
}

int ng_export_layout_pending(const ng_export *x)
{
    return x->o.positions && !x->layout_failed && !x->drawing && ng_graph_node_count(x->g);
}

/* What each engine lays out in seconds, in entities and edges (beyond,
 * minutes), measured on generated graphs with Graphviz 2.42 on one core:
 * dot 6.6 s at 1,112 entities and 1,788 edges, 44 s at 2,144 and 3,597;
 * neato 17.6 s at 1,112; sfdp 1.8 s at 2,144, 9.5 s at 5,000 and 6,617,
 * 56 s at 16,591 and 35,993 (its overlap removal grows fastest). */
static const struct layout_limit {
    const char *engine;
    size_t nodes, edges;
} limits[] = {
    {"dot", 800, 2000},    {"neato", 500, 2000},  {"fdp", 500, 2000},     {"circo", 500, 2000},
    {"twopi", 4000, 12000}, {"osage", 4000, 12000}, {"patchwork", 4000, 12000},
    {"sfdp", 4000, 12000},
};

static const struct layout_limit *limit_of(const char *engine)
{
    for (size_t i = 0; i < sizeof limits / sizeof limits[0]; i++)
        if (strcmp(limits[i].engine, engine) == 0)
            return &limits[i];
    return &limits[sizeof limits / sizeof limits[0] - 1];
}

void ng_export_bound(ng_export *x, ng_diag *diag)
{
    if (x->bounded)
        return;
    x->bounded = 1;
    const ng_graph *view = ng_export_view(x, diag);
    if (!view || x->o.no_layout_limit)
        return;
    const char *engine = ng_gv_engine(x, view);
    size_t n = ng_graph_node_count(view), m = ng_graph_edge_count(view);
    const struct layout_limit *l = limit_of(engine), *sfdp = limit_of("sfdp");
    if (n <= l->nodes && m <= l->edges)
        return;
    if (n <= sfdp->nodes && m <= sfdp->edges) {
        ng_diag_report(diag, NG_DIAG_WARNING, NULL, 0,
                       "a %s layout of %zu entities and %zu edges would take minutes: drawn "
                       "with sfdp instead (--no-layout-limit to insist)",
                       engine, n, m);
        x->engine_forced = "sfdp";
        return;
    }
    /* what sfdp draws in seconds, no entity without an edge (thousands of
     * lone entities are thousands of components to pack: minutes again):
     * the best connected entities (as --top keeps them) and the strongest
     * edges among them, or, when they share few edges (a sparse graph),
     * the strongest edges and their ends; whichever keeps more edges */
    ng_filter f = x->o.view;
    if (!f.top || f.top > sfdp->nodes)
        f.top = sfdp->nodes;
    if (!f.max_edges || f.max_edges > sfdp->edges)
        f.max_edges = sfdp->edges;
    f.drop_isolated = 1;
    ng_graph *b = ng_filter_apply(x->g, &f, diag);
    f.top = 0;
    f.max_edges = sfdp->nodes / 2;
    ng_graph *e = ng_filter_apply(x->g, &f, diag);
    if (!b || (e && ng_graph_edge_count(e) > ng_graph_edge_count(b))) {
        ng_graph_free(b);
        b = e;
    } else {
        ng_graph_free(e);
    }
    if (!b)
        return;
    ng_diag_report(diag, NG_DIAG_WARNING, NULL, 0,
                   "the diagram shows %zu of %zu entities and %zu of %zu edges, the best "
                   "connected and strongest: a %s layout of all would take minutes "
                   "(--no-layout-limit to insist)",
                   ng_graph_node_count(b), n, ng_graph_edge_count(b), m, engine);
    ng_graph_free(x->view);
    x->view = b;
    x->engine_forced = "sfdp";
}

/* The view that fits the page (o.fit): the most entities (the best
 * connected, as --top keeps them; at most view.top, with max_edges in the
 * same proportion) whose drawing prints its labels at their minimum sizes
 * with none covering another, tried from view.top down by a seventh at a
 * time (drawings do not shrink steadily with the count, so each size is
 * tried, largest first). Each view is measured with dot, then with neato
 * when dot's drawing does not fit and the engine is automatic (dot's
 * layers keep edge labels apart; neato packs a dense view rounder). When
 * none fits, the one printing largest is drawn (ng_gv_layout warns). The
 * chosen view replaces x->view; it is laid out again to be drawn. */
static int fit_page(ng_export *x, const ng_graph *view, ng_diag *diag)
{
    const char *engine = x->o.engine;
    int automatic = !engine || !*engine || strcmp(engine, "auto") == 0;
    ng_filter f = x->o.view;
    size_t top = f.top ? f.top : ng_graph_node_count(view);
    ng_graph *best = NULL;      /* NULL: x->view */
    const char *best_engine = NULL;
    double best_print = -1;     /* scale / need of the best that did not fit */
    int fits = 0;
    for (int round = 0; round < 32 && !fits; round++) {
        ng_graph *owned = NULL;
        const ng_graph *v = view;
        if (round) {
            f.top = top;
            if (x->o.view.max_edges && x->o.view.top)
                f.max_edges = x->o.view.max_edges * top / x->o.view.top;
            v = owned = ng_filter_apply(x->g, &f, diag);
            if (!v)
                break;
        }
        const char *engines[2] = {ng_gv_engine(x, v), NULL};
        if (automatic && ng_graph_node_count(v) <= 200)
            engines[0] = "dot", engines[1] = "neato";
        const char *chosen = NULL;
        double print = -1;
        for (int k = 0; k < 2 && engines[k] && !fits; k++) {
            ng_gv_fit m;
            if (ng_gv_measure(x, v, engines[k], &m, diag))
                continue;
            fits = m.scale >= m.need && !m.overlaps;
            /* labels apart count first, then the print size */
            double p = m.scale / m.need - (double)m.overlaps;
            if (fits || p > print)
                print = p, chosen = engines[k];
        }
        size_t n = ng_graph_node_count(v);
        if (chosen && (fits || print > best_print)) {
            ng_graph_free(best);
            best = owned, owned = NULL;
            best_engine = chosen;
            best_print = print;
        }
        if (owned)
            ng_gv_measured_drop(x); /* of owned, which is not drawn */
        ng_graph_free(owned);
        if (fits || n <= 2 || top <= 2)
            break;
        size_t next = top - (top + 6) / 7;
        if (next > n)
            next = n - (n + 6) / 7;
        top = next < 2 ? 2 : next;
    }
    if (!best_engine) {
        ng_gv_measured_drop(x);
        ng_graph_free(best);
        x->layout_failed = 1;
        return NG_ERENDER;
    }
    if (best) { /* the view drawn is the fitted one */
        ng_graph_free(x->view);
        x->view = best;
    }
    return ng_gv_layout(x, x->view, best_engine, diag);
}

int ng_export_drawing(ng_export *x, ng_diag *diag)
{
    if (x->drawing)
        return 0;
    if (x->layout_failed)
        return NG_ERENDER;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    ng_export_bound(x, diag);
    const ng_graph *view = ng_export_view(x, diag);
    int rc;
    if (!view) {
        x->layout_failed = 1;
        rc = NG_EARG;
    } else if (x->o.fit && x->o.page_width > 0 && x->o.page_height > 0) {
        rc = fit_page(x, view, diag);
    } else {
        rc = ng_gv_layout(x, view, x->engine_forced, diag);
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    x->layout_ns += (uint64_t)((t1.tv_sec - t0.tv_sec) * NS_PER_S + (t1.tv_nsec - t0.tv_nsec));
    return rc;
}

const ng_graph *ng_export_data(ng_export *x, ng_diag *diag)
{
    if (ng_export_layout_pending(x))
        ng_export_drawing(x, diag); /* sets positions; a failure leaves none */
    if (x->o.filter_data)
        return ng_export_view(x, diag);
    return x->g;
}

int ng_export_layout(ng_export *x, ng_diag *diag)
{
    if (!ng_graph_node_count(x->g))
        return 0;
    return ng_export_drawing(x, diag);
}

int ng_export_node_pos(const ng_export *x, const ng_graph *g, uint32_t id, double *px,
                       double *py)
{
    const ng_positions *p = g == x->g ? &x->at_graph : g == x->view ? &x->at_view : NULL;
    if (!x->o.positions || !p || id >= p->n || !p->known[id])
        return 0;
    *px = p->xy[2 * (size_t)id];
    *py = p->xy[2 * (size_t)id + 1];
    return 1;
}

double ng_export_layout_ms(const ng_export *x)
{
    return (double)x->layout_ns / NS_PER_MS;
}

const ng_graph *ng_export_graph(const ng_export *x)
{
    return x->g;
}

const ng_export_options *ng_export_opts(const ng_export *x)
{
    return &x->o;
}

