/* newsgraph.h - the whole public API of libnewsgraph
 *
 * Typical use:
 *
 *   ng_diag diag = {stderr, 0, 0};
 *   ng_model *m = ng_model_new();
 *   ng_model_load_defaults(m, &diag);
 *   ng_model_compile(m);
 *   ng_corpus *c = ng_corpus_new(m, NULL, &diag);
 *   ng_corpus_add_input(c, "seeds");
 *   ng_corpus_run(c);
 *   ng_export *x = ng_export_new(ng_corpus_graph(c), NULL);
 *   ng_export_write(x, ng_exporter_lookup("graphml"), stdout, &diag);
 *   ng_export_free(x);
 *   ng_corpus_free(c);
 *   ng_model_free(m);
 */
#ifndef NEWSGRAPH_H
#define NEWSGRAPH_H

#include "newsgraph/article.h"
#include "newsgraph/common.h"
#include "newsgraph/corpus.h"
#include "newsgraph/export.h"
#include "newsgraph/extract.h"
#include "newsgraph/filter.h"
#include "newsgraph/graph.h"
#include "newsgraph/kb.h"
#include "newsgraph/model.h"

#endif
