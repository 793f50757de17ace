/* export_priv.h - the export context shared by the writers */
#ifndef NG_EXPORT_PRIV_H
#define NG_EXPORT_PRIV_H

#include <libxml/xmlerror.h>
#include <stddef.h>
#include <stdint.h>

#include "newsgraph/export.h"

struct ng_export {
    ng_graph *g;
    ng_export_options o;
    ng_graph *view;      /* what the diagrams show (owned), NULL until needed */
    int view_failed;
    void *gvc;           /* GVC_t, created on first need */
    void *drawing;       /* Agraph_t laid out for rendering, or NULL */
    int layout_failed;
    uint64_t layout_ns;  /* time spent laying out */
    size_t graphml_ahead; /* edges the last GraphML export rendered on a second
                           * thread during the layout (see o.threads) */
    size_t graphml_ahead_max; /* bytes that thread may render; 0: the default */
};

/* Whether ng_export_data would lay the graph out now. */
int ng_export_layout_pending(const ng_export *x);

/* Lay out the drawing once (idempotent). Returns 0 or NG_ERENDER (reported). */
int ng_export_gv_layout(ng_export *x, ng_diag *diag);
/* Free the Graphviz drawing and context. */
void ng_export_gv_release(ng_export *x);

/* libxml2 prints its own message when a write fails ("I/O error : ..."); the
 * writers return NG_EIO and leave the message to whoever named the file.
 * Silence this thread's libxml2 error output between begin and end. */
typedef struct ng_xml_quiet {
    xmlGenericErrorFunc handler;
    void *context;
} ng_xml_quiet;
void ng_xml_quiet_begin(ng_xml_quiet *q);
void ng_xml_quiet_end(const ng_xml_quiet *q);

#endif
