/* kb.h - knowledge bases: the GraphML newsgraph writes, read back and merged exactly
 *
 * Every GraphML file newsgraph writes (ng_export_graphml of a graph whose
 * state was kept: ng_graph_keep_state, NG_CORPUS_KEEP_STATE) is a
 * knowledge base: besides the graph it records, in graph-level <data>
 * elements, its table of articles and the graph's state before finishing.
 * An ng_kb collects knowledge bases and the unfinished graphs of corpus
 * runs over other articles, and builds the graph one run over all their
 * articles would have built, byte for byte: articles are numbered in one
 * global order (their ids, compared byte-wise), and what is kept per node
 * and edge (the first documents, the first evidence sentences) follows it.
 *
 *     ng_kb *kb = ng_kb_new(NULL, &diag);        // NULL: default ng_kb_options
 *     ng_kb_add_file(kb, "week1.graphml");       // its articles are known now
 *     ... a corpus run skipping ng_kb_has_article(kb, id), unfinished ...
 *     ng_kb_add_graph(kb, ng_corpus_take_graph(corpus), "new articles");
 *     ng_graph *g;
 *     if (ng_kb_build(kb, NG_COOC_UNTYPED, &g) == 0) { export g; ng_graph_free(g); }
 *     ng_kb_free(kb);
 *
 * Reading is streaming (libxml2's xmlTextReader) and hardened: no DTD, no
 * entities, no network; attribute values up to 64 KiB, the text of an
 * element up to libxml2's XML_PARSE_HUGE limit (1 GB); unknown or mistyped keys, duplicate node or
 * edge ids, edges to missing nodes and malformed records are errors
 * reported as "file:line: reason".
 */
#ifndef NEWSGRAPH_KB_H
#define NEWSGRAPH_KB_H

#include <stddef.h>
#include <stdint.h>

#include "newsgraph/common.h"
#include "newsgraph/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ng_kb ng_kb;

/* What a knowledge base builds and accepts (opaque; set by parameter). */
typedef struct ng_kb_options ng_kb_options;

/* The parameters of knowledge-base options, all integers: set with
 * ng_kb_options_set_int, read with ng_kb_options_get_int. */
typedef enum ng_kb_param {
    NG_KB_DOC_LIMIT,      /* documents listed per node and edge of the result; 0 = all */
    NG_KB_EVIDENCE_LIMIT, /* evidence sentences kept per edge of the result; 0 = all */
    NG_KB_EXTRACT         /* NG_EXTRACT_* bits every input must have been built with */
} ng_kb_param;

/* Defaults: 50 documents, 10 sentences, NG_EXTRACT_DEFAULT. Free with
 * ng_kb_options_free. Cannot fail. */
NG_API ng_kb_options *ng_kb_options_new(void);
NG_API void ng_kb_options_free(ng_kb_options *o);
/* Set parameter p to v. Returns 0, or NG_EARG with nothing changed when p
 * is unknown or v out of its range (negative, extraction bits past 32). */
NG_API int ng_kb_options_set_int(ng_kb_options *o, ng_kb_param p, int64_t v);
/* The value of parameter p (0 for an unknown p). */
NG_API int64_t ng_kb_options_get_int(const ng_kb_options *o, ng_kb_param p);

/* An empty knowledge base with a copy of o (NULL: the defaults; o may be
 * freed afterwards); messages go to diag. Cannot fail. */
NG_API ng_kb *ng_kb_new(const ng_kb_options *o, ng_diag *diag);
NG_API void ng_kb_free(ng_kb *kb);

/* Add the knowledge base in the GraphML file at path: its header and table
 * of articles are read now, the rest by ng_kb_build. Returns 0; NG_EIO
 * when it cannot be read; NG_EPARSE when it is not a knowledge base or is
 * malformed; NG_EARG when it was built with other extractions or keeps
 * fewer documents or sentences than the options ask (it cannot give the
 * same result then); each reported "path[:line]: reason". */
NG_API int ng_kb_add_file(ng_kb *kb, const char *path);

/* Add the unfinished graph of a corpus run (NG_CORPUS_UNFINISHED)
 * over articles named by its document names; the kb takes g (freed by
 * ng_kb_free or ng_kb_build). name says where its articles come from in
 * messages. Returns 0, or NG_EARG (g is finished or keeps fewer documents
 * or sentences than the options ask; g is freed). */
NG_API int ng_kb_add_graph(ng_kb *kb, ng_graph *g, const char *name);

/* Whether an article with this id was added (files and graphs so far). */
NG_API int ng_kb_has_article(const ng_kb *kb, const char *id);
/* Articles added so far. */
NG_API size_t ng_kb_article_count(const ng_kb *kb);

/* Merge everything added into one graph, finished with the given
 * co-occurrence mode (as ng_graph_finish), its state kept (so that it is
 * written as a knowledge base again). Returns 0 and the graph in *out
 * (the caller frees it), or NG_EPARSE / NG_EIO / NG_EARG after reporting
 * (an article in two inputs is an error naming it and both inputs), *out
 * NULL. Once only. */
NG_API int ng_kb_build(ng_kb *kb, ng_cooccurrence cooccurrence, ng_graph **out);

/* Read the GraphML knowledge base in buf[0..len) (named name in messages)
 * completely into a new unfinished graph, for tests and fuzzing. Returns 0
 * and the graph in *out, or an error as ng_kb_add_file. */
NG_API int ng_kb_read_memory(const char *buf, size_t len, const char *name, ng_diag *diag,
                      ng_graph **out);

#ifdef __cplusplus
}
#endif
#endif
