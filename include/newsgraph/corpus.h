/* corpus.h - a set of documents read, extracted (in parallel) and built into one graph */
#ifndef NEWSGRAPH_CORPUS_H
#define NEWSGRAPH_CORPUS_H

#include <stddef.h>

#include "newsgraph/common.h"
#include "newsgraph/extract.h"
#include "newsgraph/graph.h"
#include "newsgraph/model.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ng_corpus_options {
    unsigned extract;      /* NG_EXTRACT_* bits */
    int threads;           /* worker threads; 0 = number of online processors */
    size_t evidence_limit; /* evidence sentences kept per edge; 0 = all */
    size_t doc_limit;      /* documents listed per node and edge; 0 = all */
    int cooccurrence;      /* 0 drop co_occurs, 1 keep where no typed relation, 2 keep all */
    int timing;            /* measure stage times */
} ng_corpus_options;

/* Defaults: every extraction, all processors, 10 evidence sentences, 50
 * documents listed, co-occurrence kept where no typed relation joins the
 * pair. */
void ng_corpus_options_init(ng_corpus_options *o);

typedef struct ng_corpus ng_corpus;

/* A corpus over a compiled model. Messages go to diag. Cannot fail. */
ng_corpus *ng_corpus_new(const ng_model *model, const ng_corpus_options *opts,
                         ng_diag *diag);
void ng_corpus_free(ng_corpus *c);

/* Add an input: a file, a directory (every *.txt file below it, in sorted
 * path order; symbolic-link loops are skipped with a warning) or "-" for
 * standard input. Returns 0, or NG_ENOENT/NG_EIO after reporting
 * "path: reason". */
int ng_corpus_add_input(ng_corpus *c, const char *path);
/* Add a document held in memory (copied) under the given id. */
void ng_corpus_add_text(ng_corpus *c, const char *id, const char *text, size_t n);

size_t ng_corpus_document_count(const ng_corpus *c);

/* Read every document and extract it into the graph. Unreadable or binary
 * files are reported and skipped. Returns 0, or NG_EIO when a document
 * could not be read (the others are still processed). Once only: the list
 * of documents is freed at the end (their count stays); a second call
 * returns NG_EARG. */
int ng_corpus_run(ng_corpus *c);

/* The finished graph (owned by the corpus), after ng_corpus_run. */
ng_graph *ng_corpus_graph(ng_corpus *c);

/* Stage times and counts summed over workers, plus reading time. */
void ng_corpus_stats(const ng_corpus *c, ng_extract_stats *out, uint64_t *read_ns,
                     uint64_t *graph_ns);

#ifdef __cplusplus
}
#endif
#endif
