/* export.c - the table of formats */
#include "newsgraph/export.h"

#include <string.h>

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

int ng_export_write(ng_export *x, const ng_exporter *f, FILE *out, ng_diag *diag)
{
    return f->write(x, out, diag);
}
