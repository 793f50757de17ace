/* export.c - the table of formats */
#include "newsgraph/export.h"

#include <string.h>

#include "export_priv.h"

static const ng_exporter exporters[] = {
    {"dot", "graph.dot", "Graphviz DOT source of the diagram", ng_export_dot, NG_DRAWING_DIAGRAM},
    {"svg", "graph.svg", "diagram as SVG (for reports and web pages)", ng_export_svg,
     NG_DRAWING_DIAGRAM},
    {"png", "graph.png", "diagram as PNG", ng_export_png, NG_DRAWING_DIAGRAM},
    {"pdf", "graph.pdf", "diagram as PDF", ng_export_pdf, NG_DRAWING_DIAGRAM},
    {"graphml", "graph.graphml", "whole graph as GraphML (Gephi, networkx, igraph)",
     ng_export_graphml, NG_DRAWING_POSITIONS},
    {"gexf", "graph.gexf", "whole graph as GEXF 1.2 with colours, sizes, positions and dates",
     ng_export_gexf, NG_DRAWING_POSITIONS},
    {"json", "graph.json", "whole graph as JSON (nodes and edges with every attribute)",
     ng_export_json, NG_DRAWING_POSITIONS},
    {"tsv", "entities.tsv", "entities with the rule or gazetteer entry behind each",
     ng_export_tsv, NG_DRAWING_NONE},
    {"evidence", "evidence.tsv", "every relation with each supporting sentence",
     ng_export_evidence, NG_DRAWING_NONE},
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
    return f->drawing == NG_DRAWING_DIAGRAM || (f->drawing == NG_DRAWING_POSITIONS && o->positions);
}

size_t ng_exporter_count(void)
{
    return sizeof exporters / sizeof exporters[0];
}

const ng_exporter *ng_exporter_at(size_t i)
{
    return i < ng_exporter_count() ? &exporters[i] : NULL;
}

const char *ng_exporter_name(const ng_exporter *f)
{
    return f->name;
}

const char *ng_exporter_extension(const ng_exporter *f)
{
    return f->extension;
}

const char *ng_exporter_description(const ng_exporter *f)
{
    return f->description;
}

ng_drawing ng_exporter_drawing(const ng_exporter *f)
{
    return f->drawing;
}

int ng_export_write(ng_export *x, const ng_exporter *f, FILE *out, ng_diag *diag)
{
    return f->write(x, out, diag);
}
