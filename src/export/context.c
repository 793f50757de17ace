/* context.c - the export context: the view, the layout and its positions */
#include "newsgraph/export.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "export_priv.h"

void ng_export_options_init(ng_export_options *o)
{
    memset(o, 0, sizeof *o);
    ng_filter_default_drawing(&o->view);
    o->positions = 1;
    o->threads = 1;
}

ng_export *ng_export_new(const ng_graph *g, const ng_export_options *o)
{
    ng_export *x = ng_xcalloc(1, sizeof *x);
    x->g = g;
    if (o)
        x->o = *o;
    else
        ng_export_options_init(&x->o);
    return x;
}

void ng_export_free(ng_export *x)
{
    if (!x)
        return;
    ng_gv_release(x);
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

int ng_export_drawing(ng_export *x, ng_diag *diag)
{
    if (x->drawing)
        return 0;
    if (x->layout_failed)
        return NG_ERENDER;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    const ng_graph *view = ng_export_view(x, diag);
    int rc;
    if (view) {
        rc = ng_gv_layout(x, view, diag);
    } else {
        x->layout_failed = 1;
        rc = NG_EARG;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    x->layout_ns += (uint64_t)((t1.tv_sec - t0.tv_sec) * 1000000000LL + (t1.tv_nsec - t0.tv_nsec));
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
    return (double)x->layout_ns / 1e6;
}

const ng_graph *ng_export_graph(const ng_export *x)
{
    return x->g;
}

const ng_export_options *ng_export_opts(const ng_export *x)
{
    return &x->o;
}

