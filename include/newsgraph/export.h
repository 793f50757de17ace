/* export.h - writing a finished graph: DOT, SVG, PNG, PDF, GraphML, GEXF, JSON, TSV
 *
 * Formats are chosen by name from one table (ng_exporter_lookup). An
 * ng_export context holds what several formats share: the laid-out drawing
 * (built once, on first need, on this thread only: Graphviz is not
 * thread-safe).
 *
 * Process state: the first diagram or layout creates one Graphviz context
 * (GVC_t) for the process, which every export context then uses; it is
 * freed when the library is unloaded (at exit or dlclose), not with the
 * export context. Graphviz 2.42's pango text-layout plugin keeps a pointer
 * into the font names of the last context it measured text in, so a layout
 * in a context made after one was freed reads freed memory. It holds about
 * 16 KB (plugin tables, font dictionary); the font caches pango and
 * fontconfig keep (about 650 KB) stay in any case. Layouts leave the
 * caller's rand()/drand48() sequences as they were. See src/export/gv.c.
 */
#ifndef NEWSGRAPH_EXPORT_H
#define NEWSGRAPH_EXPORT_H

#include <stddef.h>
#include <stdio.h>

#include "newsgraph/common.h"
#include "newsgraph/filter.h"
#include "newsgraph/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ng_export ng_export;

/* A Graphviz attribute set by the user (dot's -G, -N, -E): on the graph
 * (kind 'G'), every node ('N') or every edge ('E'), after newsgraph's own. */
typedef struct ng_gv_attr {
    char kind;
    const char *name;
    const char *value;
} ng_gv_attr;

/* The smallest label sizes a diagram prints, in points, at its page size. */
#define NG_MIN_NODE_LABEL_PT 8.0
#define NG_MIN_EDGE_LABEL_PT 6.0

/* How a graph is exported (opaque; set by parameter). */
typedef struct ng_export_options ng_export_options;

/* The parameters of export options, each with the type of its value: set
 * with ng_export_options_set_int/number/string, read with
 * ng_export_options_get_*. */
typedef enum ng_export_param {
    NG_EXPORT_ENGINE,          /* string: Graphviz layout engine; NULL or "auto" chooses */
    NG_EXPORT_TITLE,           /* string: diagram title; NULL for none */
    NG_EXPORT_FILTER_DATA,     /* int, 0 or 1: apply the view (ng_export_options_view) to
                                * GraphML/GEXF/JSON/TSV too */
    NG_EXPORT_POSITIONS,       /* int, 0 or 1: write layout positions (x, y) into data
                                * exports (default 1) */
    NG_EXPORT_POSITIONS_ONLY,  /* int, 0 or 1: lay out nodes but route no edges (dot,
                                * neato): for a context that draws nothing; the same
                                * node placement, maybe shifted as a whole, much faster
                                * with neato */
    NG_EXPORT_DIRECTED_ONLY,   /* int, 0 or 1: GraphML, GEXF and JSON write every edge
                                * directed, co_occurs too (from its first end in
                                * canonical order): networkx reads no file that mixes
                                * directed and undirected edges. 0 (the default):
                                * co_occurs edges are marked undirected */
    NG_EXPORT_PAGE_WIDTH,      /* number: points (1/72 in), the page the diagram is made
                                * for; */
    NG_EXPORT_PAGE_HEIGHT,     /* number: 0: none, the drawing at its natural size */
    NG_EXPORT_PAGE_FILL,       /* int, 0 or 1: 1, the drawing fills the page exactly
                                * (SVG, PDF, PNG of that size; nodes spread, text keeps
                                * its size); 0, it fits within the page, at most its
                                * natural size */
    NG_EXPORT_FIT,             /* int, 0 or 1: 1, draw fewer entities than the view's top
                                * (the best connected kept) until the labels print at
                                * least NG_MIN_*_LABEL_PT at the page size; 0, draw the
                                * view as asked, warn when its labels print smaller */
    NG_EXPORT_NO_LAYOUT_LIMIT, /* int, 0 or 1: 1, lay out any view with the engine asked,
                                * however long it takes; 0, a view too large for its
                                * engine (minutes) is drawn with sfdp, or bounded to the
                                * entities and edges sfdp draws in seconds, with a
                                * warning */
    NG_EXPORT_DPI,             /* number: PNG resolution in pixels per inch (0: 192) */
    NG_EXPORT_THREADS          /* int, 1 or more: threads a writer may use: 1 (the
                                * default) keeps all on the calling thread; 2 or more let
                                * the GraphML writer render edges on a second thread while
                                * the calling thread lays the graph out (Graphviz runs on
                                * the calling thread only); the output is the same */
} ng_export_param;

/* Defaults: automatic engine, no title, the default drawing filter
 * (ng_filter_default_drawing) for diagrams, whole graph in data exports,
 * with the diagram's positions, one thread. Free with
 * ng_export_options_free. Cannot fail. */
NG_API ng_export_options *ng_export_options_new(void);
NG_API void ng_export_options_free(ng_export_options *o);

/* Set parameter p to v. Returns 0, or NG_EARG with nothing changed when p
 * takes another type or v is out of its range (negative, a flag past 1,
 * threads 0, a number not finite). Strings are copied. */
NG_API int ng_export_options_set_int(ng_export_options *o, ng_export_param p, int64_t v);
NG_API int ng_export_options_set_number(ng_export_options *o, ng_export_param p, double v);
NG_API int ng_export_options_set_string(ng_export_options *o, ng_export_param p,
                                        const char *s);
/* The value of parameter p (0, 0.0 or NULL when p takes another type). */
NG_API int64_t ng_export_options_get_int(const ng_export_options *o, ng_export_param p);
NG_API double ng_export_options_get_number(const ng_export_options *o, ng_export_param p);
NG_API const char *ng_export_options_get_string(const ng_export_options *o, ng_export_param p);
/* What the diagrams (DOT/SVG/PNG/PDF) show: the options' own filter, to
 * change in place (ng_filter_set_*, ng_filter_copy); it lives as long as o. */
NG_API ng_filter *ng_export_options_view(ng_export_options *o);
/* Add a Graphviz attribute set by the user (as ng_gv_attr; strings
 * copied), applied in the order added, after newsgraph's own. Returns 0,
 * or NG_EARG when kind is not 'G', 'N' or 'E' (ng_gv_attr_check checks the
 * name and value). */
NG_API int ng_export_options_add_gv_attr(ng_export_options *o, char kind, const char *name,
                                         const char *value);

/* What a format has to do with the diagram: nothing (TSV), carry its node
 * positions (GraphML, GEXF, JSON) or be the diagram (DOT, SVG, PNG, PDF). */
typedef enum ng_drawing {
    NG_DRAWING_NONE = 0,
    NG_DRAWING_POSITIONS = 1,
    NG_DRAWING_DIAGRAM = 2
} ng_drawing;

/* A format of the table (opaque; static storage, never freed). */
typedef struct ng_exporter ng_exporter;

/* The exporter called name ("graphml"), or NULL. */
NG_API const ng_exporter *ng_exporter_lookup(const char *name);
/* The number of formats, and format i of them (0 <= i < count), in the
 * order --help lists them. */
NG_API size_t ng_exporter_count(void);
NG_API const ng_exporter *ng_exporter_at(size_t i);
/* Its name ("graphml"), the file name it takes in an output directory
 * ("graph.graphml"), a one-line description, what it does with the diagram. */
NG_API const char *ng_exporter_name(const ng_exporter *f);
NG_API const char *ng_exporter_extension(const ng_exporter *f);
NG_API const char *ng_exporter_description(const ng_exporter *f);
NG_API ng_drawing ng_exporter_drawing(const ng_exporter *f);

/* Parse a page size: "a4", "a5", "letter", "slide" (16:9, 10 x 5.625 in),
 * "column" (a report's text column, 6.5 x 8 in) or "WxH" with a unit
 * after each number or after the last ("6.5x4in", "17cmx12cm", "400x300pt";
 * in, cm, mm, pt). Sets *w and *h in points. Returns 0, or NG_EARG with
 * nothing set (non-positive, over 200 in, unknown name or unit). */
NG_API int ng_page_parse(const char *spec, double *w, double *h);

/* Whether a Graphviz attribute may be set on the graph ('G'), nodes ('N')
 * or edges ('E') to value: a known name for that kind and a value of its
 * type (number, integer, boolean, colour, one of its words). Returns 0, or
 * NG_EARG with the reason copied into why (why_cap bytes, at least 1;
 * truncated, NUL-terminated). Thread-safe. */
NG_API int ng_gv_attr_check(char kind, const char *name, const char *value, char *why,
                            size_t why_cap);

/* Whether writing f with options o lays out the diagram. */
NG_API int ng_exporter_needs_layout(const ng_exporter *f, const ng_export_options *o);

/* An export context for a finished graph (which must outlive it), with a
 * copy of o (NULL: the defaults; o may be freed afterwards). Cannot fail. */
NG_API ng_export *ng_export_new(const ng_graph *g, const ng_export_options *o);
NG_API void ng_export_free(ng_export *x);

/* Write the graph in format f to out. Returns 0; NG_EARG (the view's
 * filter cannot apply, e.g. an unknown focus) or NG_ERENDER (Graphviz
 * failed), both reported to diag, nothing written to out; or NG_EIO when
 * writing to out failed, not reported: the caller knows the file's name and
 * the cause (errno). */
NG_API int ng_export_write(ng_export *x, const ng_exporter *f, FILE *out, ng_diag *diag);

/* The graph and options of a context (for exporters). */
NG_API const ng_graph *ng_export_graph(const ng_export *x);
NG_API const ng_export_options *ng_export_opts(const ng_export *x);
/* The graph diagrams show (the view filter applied), or NULL after
 * reporting when the filter fails (an unknown --focus). */
NG_API const ng_graph *ng_export_view(ng_export *x, ng_diag *diag);
/* The graph data exports write, its layout positions set when asked. */
NG_API const ng_graph *ng_export_data(ng_export *x, ng_diag *diag);
/* Filter and lay out the diagram now rather than on first need; call it
 * only when a diagram or positions will be written. Returns 0 or an error
 * code (the formats that need the drawing then fail as they would have). */
NG_API int ng_export_layout(ng_export *x, ng_diag *diag);
/* The layout position of node id of g, which is the context's graph or its
 * view (ng_export_view): returns 1 and sets *px, *py when positions are
 * asked for (options) and the layout placed that node, else 0 (not laid
 * out yet, the layout failed, another graph). Positions live in the
 * context, never in the graph. */
NG_API int ng_export_node_pos(const ng_export *x, const ng_graph *g, uint32_t id, double *px,
                       double *py);
/* Milliseconds spent laying the graph out so far (by whichever writer or
 * ng_export_layout needed it first). */
NG_API double ng_export_layout_ms(const ng_export *x);

/* Colours used for node kinds (hex "#rrggbb", colour-blind safe). */
NG_API const char *ng_kind_color(ng_kind k);
/* The same colour as 0-255 components. */
NG_API void ng_kind_rgb(ng_kind k, int *r, int *g, int *b);
/* Node size written for Gephi: grows with the logarithm of the mentions. */
NG_API double ng_node_size(uint64_t mentions);
/* Colour used for a relation's edges. */
NG_API const char *ng_relation_color(ng_relation r);

#ifdef __cplusplus
}
#endif
#endif
