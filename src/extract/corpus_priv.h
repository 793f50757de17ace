/* corpus_priv.h - the fields of corpus options (private: callers use the
 * accessors of newsgraph/corpus.h; the library and its unit tests may hold
 * them on the stack, ng_corpus_options_init) */
#ifndef NG_CORPUS_PRIV_H
#define NG_CORPUS_PRIV_H

#include <stddef.h>

#include "newsgraph/corpus.h"

struct ng_corpus_options {
    unsigned extract;      /* NG_CORPUS_EXTRACT, and so on (corpus.h) */
    int threads;
    size_t evidence_limit;
    size_t doc_limit;
    ng_cooccurrence cooccurrence;
    int timing;
    int skip_bad;
    unsigned long long max_bytes;
    int keep_state;
    int unfinished;
};

/* The defaults of ng_corpus_options_new, in o. */
void ng_corpus_options_init(ng_corpus_options *o);

#endif
