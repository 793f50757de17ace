/* export.h - writing a finished graph: DOT, SVG, PNG, PDF, GraphML, GEXF, JSON, TSV
 *
 * Formats are chosen by name from one table (ng_exporter_lookup). An
 * ng_export context holds what several formats share: the Graphviz context
 * and the laid-out drawing (built once, on first need, on this thread
 * only: Graphviz is not thread-safe).
 */
#ifndef NEWSGRAPH_EXPORT_H
#define NEWSGRAPH_EXPORT_H

#include <stddef.h>
#include <stdio.h>

#include "newsgraph/common.h"
#include "newsgraph/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ng_export ng_export;

typedef struct ng_export_options {
    const char *engine;      /* Graphviz layout engine; NULL or "auto" chooses */
    const char *title;       /* diagram title; NULL for none */
} ng_export_options;

void ng_export_options_init(ng_export_options *o);

typedef struct ng_exporter {
    const char *name;        /* "graphml" */
    const char *extension;   /* file name in the output directory: "graph.graphml" */
    const char *description;
    int (*write)(ng_export *x, FILE *out, ng_diag *diag);
} ng_exporter;

/* The exporter called name, or NULL. */
const ng_exporter *ng_exporter_lookup(const char *name);
/* The table of exporters (count in *n). */
const ng_exporter *ng_exporter_list(size_t *n);

/* An export context for a finished graph (which must outlive it). Cannot fail. */
ng_export *ng_export_new(ng_graph *g, const ng_export_options *o);
void ng_export_free(ng_export *x);

/* Write the graph in format f to out. Returns 0, or NG_ERENDER / NG_EIO
 * (reported to diag). Nothing is written to out on NG_ERENDER. */
int ng_export_write(ng_export *x, const ng_exporter *f, FILE *out, ng_diag *diag);

/* The graph and options of a context (for exporters). */
const ng_graph *ng_export_graph(const ng_export *x);
const ng_export_options *ng_export_opts(const ng_export *x);

/* Individual writers (also reachable through the table). */
int ng_export_dot(ng_export *x, FILE *out, ng_diag *diag);
int ng_export_svg(ng_export *x, FILE *out, ng_diag *diag);
int ng_export_png(ng_export *x, FILE *out, ng_diag *diag);
int ng_export_pdf(ng_export *x, FILE *out, ng_diag *diag);
int ng_export_graphml(ng_export *x, FILE *out, ng_diag *diag);
int ng_export_tsv(ng_export *x, FILE *out, ng_diag *diag);
int ng_export_evidence(ng_export *x, FILE *out, ng_diag *diag);

/* Colours used for node kinds (hex "#rrggbb", colour-blind safe). */
const char *ng_kind_color(ng_kind k);
/* Colour used for a relation's edges. */
const char *ng_relation_color(ng_relation r);

#ifdef __cplusplus
}
#endif
#endif
