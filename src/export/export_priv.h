/* export_priv.h - the export context shared by the writers
 *
 * Calls go one way: the format table (export.c) calls the writers
 * (diagram.c, graphml.c, gexf.c, json.c, tsv.c, evidence.c), the writers
 * call the context (context.c), the context calls the Graphviz mechanics
 * (gv.c), which read the graph and the style (style.c). The graph is only
 * read: the layout's positions live here, in the context. */
#ifndef NG_EXPORT_PRIV_H
#define NG_EXPORT_PRIV_H

#include <stddef.h>
#include <stdint.h>

#include "core/param.h"
#include "graph/filter_priv.h"
#include "graph/graph_priv.h"
#include "newsgraph/export.h"

/* The fields of export options (private: callers use the accessors of
 * newsgraph/export.h; the library and its unit tests may hold them on the
 * stack, ng_export_options_init). */
struct ng_export_options {
    const char *engine;      /* NG_EXPORT_ENGINE, and so on (export.h) */
    const char *title;
    ng_filter view;          /* ng_export_options_view */
    int filter_data;
    int positions;
    int positions_only;
    int directed_only;
    double page_width;
    double page_height;
    int page_fill;
    int fit;
    int no_layout_limit;
    double dpi;
    const ng_gv_attr *gv_attrs; /* applied in order, after newsgraph's attributes */
    size_t n_gv_attrs;
    int threads;
    ng_gv_attr *own_attrs;   /* gv_attrs when added through the accessors */
    size_t cap_attrs;
    ng_held held;            /* copies of the strings set */
};

/* The defaults of ng_export_options_new, in o (from scratch: o must not
 * hold anything yet). */
void ng_export_options_init(ng_export_options *o);
/* Free what o holds (not o). */
void ng_export_options_release(ng_export_options *o);

/* Layout positions of the nodes of one graph (indexed by node id). */
typedef struct ng_positions {
    size_t n;
    double *xy;           /* x, y of node i at xy[2i], xy[2i + 1] */
    unsigned char *known; /* non-zero when node i was placed */
} ng_positions;

struct ng_export {
    const ng_graph *g;
    ng_export_options o;
    ng_graph *view;      /* what the diagrams show (owned), NULL until needed */
    int view_failed;
    void *gvc;           /* GVC_t, created on first need */
    void *drawing;       /* Agraph_t laid out for rendering, or NULL */
    /* the last measure's layout when it is the one drawing it gives (not
     * dot's: see ng_gv_measure), kept for ng_gv_layout, and what Graphviz
     * said making it; NULL when none */
    void *measured;
    const ng_graph *measured_view;
    const char *measured_engine;
    char *measured_said;
    int layout_failed;
    ng_positions at_graph; /* positions by node of g */
    ng_positions at_view;  /* positions by node of view */
    const char *engine;  /* the engine that drew it (static string), or NULL */
    const char *engine_forced; /* the engine the layout limits chose, or NULL */
    int bounded;         /* the layout limits were applied (ng_export_bound) */
    double scale;        /* the drawing's scale at the page size */
    uint64_t layout_ns;  /* time spent laying out */
    size_t graphml_ahead; /* edges the last GraphML export rendered on a second
                           * thread during the layout (see o.threads) */
    size_t graphml_ahead_max; /* bytes that thread may render; 0: the default */
};

/* A row of the format table. */
struct ng_exporter {
    const char *name;
    const char *extension;
    const char *description;
    int (*write)(ng_export *x, FILE *out, ng_diag *diag);
    ng_drawing drawing;
};

/* The writers (reached through the table). */
int ng_export_dot(ng_export *x, FILE *out, ng_diag *diag);
int ng_export_svg(ng_export *x, FILE *out, ng_diag *diag);
int ng_export_png(ng_export *x, FILE *out, ng_diag *diag);
int ng_export_pdf(ng_export *x, FILE *out, ng_diag *diag);
int ng_export_graphml(ng_export *x, FILE *out, ng_diag *diag);
int ng_export_tsv(ng_export *x, FILE *out, ng_diag *diag);
int ng_export_gexf(ng_export *x, FILE *out, ng_diag *diag);
int ng_export_json(ng_export *x, FILE *out, ng_diag *diag);
int ng_export_evidence(ng_export *x, FILE *out, ng_diag *diag);

/* Apply the layout limits to the view once (see o.no_layout_limit): a
 * cheaper engine in x->engine_forced, or a bounded view in x->view, with a
 * warning. Cannot fail (a view that fails is left for the caller). */
void ng_export_bound(ng_export *x, ng_diag *diag);

/* Whether ng_export_data would lay the graph out now. */
int ng_export_layout_pending(const ng_export *x);

/* Filter and lay out the drawing once (idempotent, timed). Returns 0,
 * NG_EARG (the view's filter failed) or NG_ERENDER, reported. */
int ng_export_drawing(ng_export *x, ng_diag *diag);

/* gv.c: the Graphviz mechanics, which know the context's fields but call
 * none of its functions. */
/* Lay out view with engine (NULL: ng_gv_engine's choice) into x->drawing,
 * the positions into x->at_view and x->at_graph, the engine and the
 * drawing's scale at the page size into x->engine and x->scale; warns when
 * its labels print under NG_MIN_*_LABEL_PT there. Returns 0 or NG_ERENDER
 * (reported); x->layout_failed set on failure. The C library's rand() and
 * drand48() states are the caller's again on return. */
int ng_gv_layout(ng_export *x, const ng_graph *view, const char *engine, ng_diag *diag);
/* The engine ng_gv_layout chooses for view (o.engine, or by its size). */
const char *ng_gv_engine(const ng_export *x, const ng_graph *view);
/* What a layout of view with engine gives at the page size, laid out and
 * freed: the scale Graphviz draws it at (1: none or no page), the scale
 * its labels need to print at their minimum sizes, and the pairs of labels
 * (a node's counted as its shape) that overlap. Edges are not routed where
 * the engine places labels without them (dot). Returns 0 or NG_ERENDER
 * (reported). */
typedef struct ng_gv_fit {
    double scale, need;
    size_t overlaps;
} ng_gv_fit;
int ng_gv_measure(ng_export *x, const ng_graph *view, const char *engine, ng_gv_fit *out,
                  ng_diag *diag);
/* The layout the last ng_gv_measure made is the drawing of view with
 * engine: ng_gv_layout of the same view and engine, next, takes it rather
 * than laying out again. Drop it (view is to be freed, or another drawn). */
void ng_gv_measured_drop(ng_export *x);
/* The DOT source of view: built with the page's, the engine's and the
 * user's attributes, naming the engine (layout=); the caller agclose()s it. */
void *ng_gv_source(const ng_export *x, const ng_graph *view, const char *engine);
/* Free the drawing (idempotent). */
void ng_gv_release(ng_export *x);
/* Graphviz's own messages go to the caller's diagnostics, not to standard
 * error: ng_gv_begin routes them (once for the process); ng_gv_messages
 * takes those said since the last call ("a; b", without Graphviz's
 * "Error: "; NULL: none; the caller frees it); ng_gv_end reports them as
 * one warning "Graphviz: ...". */
void ng_gv_begin(void);
char *ng_gv_messages(void);
void ng_gv_end(ng_diag *diag);

#endif
