/* export.c - the table of formats and the shared export context */
#include "newsgraph/export.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlerror.h>
#include <libxml/globals.h>

#include "export_priv.h"

static const ng_exporter exporters[] = {
    {"dot", "graph.dot", "Graphviz DOT source of the diagram", ng_export_dot, 2},
    {"svg", "graph.svg", "diagram as SVG (for reports and web pages)", ng_export_svg, 2},
    {"png", "graph.png", "diagram as PNG", ng_export_png, 2},
    {"pdf", "graph.pdf", "diagram as PDF", ng_export_pdf, 2},
    {"graphml", "graph.graphml", "whole graph as GraphML (Gephi, networkx, igraph)",
     ng_export_graphml, 1},
    {"gexf", "graph.gexf", "whole graph as GEXF 1.2 with colours, sizes, positions and dates",
     ng_export_gexf, 1},
    {"json", "graph.json", "whole graph as JSON (nodes and edges with every attribute)",
     ng_export_json, 1},
    {"tsv", "entities.tsv", "entities with the rule or gazetteer entry behind each", ng_export_tsv, 0},
    {"evidence", "evidence.tsv", "every relation with each supporting sentence", ng_export_evidence, 0},
};

static void xml_silent(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

void ng_xml_quiet_begin(ng_xml_quiet *q)
{
    q->handler = xmlGenericError;
    q->context = xmlGenericErrorContext;
    xmlSetGenericErrorFunc(NULL, xml_silent);
}

void ng_xml_quiet_end(const ng_xml_quiet *q)
{
    xmlSetGenericErrorFunc(q->context, q->handler);
}

const ng_exporter *ng_exporter_lookup(const char *name)
{
    for (size_t i = 0; i < sizeof exporters / sizeof exporters[0]; i++)
        if (strcmp(exporters[i].name, name) == 0)
            return &exporters[i];
    return NULL;
}

int ng_exporter_needs_layout(const ng_exporter *f, const ng_export_options *o)
{
    return f->drawing == 2 || (f->drawing == 1 && o->positions);
}

const ng_exporter *ng_exporter_list(size_t *n)
{
    *n = sizeof exporters / sizeof exporters[0];
    return exporters;
}

void ng_export_options_init(ng_export_options *o)
{
    memset(o, 0, sizeof *o);
    ng_filter_default_drawing(&o->view);
    o->positions = 1;
    o->threads = 1;
}

ng_export *ng_export_new(ng_graph *g, const ng_export_options *o)
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
    ng_export_gv_release(x);
    ng_graph_free(x->view);
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

const ng_graph *ng_export_data(ng_export *x, ng_diag *diag)
{
    if (ng_export_layout_pending(x))
        ng_export_gv_layout(x, diag); /* sets positions; a failure leaves none */
    if (x->o.filter_data)
        return ng_export_view(x, diag);
    return x->g;
}

int ng_export_layout(ng_export *x, ng_diag *diag)
{
    if (!ng_graph_node_count(x->g))
        return 0;
    return ng_export_gv_layout(x, diag);
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

int ng_export_write(ng_export *x, const ng_exporter *f, FILE *out, ng_diag *diag)
{
    return f->write(x, out, diag);
}

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

double ng_node_size(uint64_t mentions)
{
    return 10.0 + 6.0 * log2(1.0 + (double)mentions);
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
