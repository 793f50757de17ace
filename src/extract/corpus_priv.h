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

/* extractor.c: while a document of several windows is read, fn(ud, upto)
 * each time the extractor is done with its text before byte upto (what
 * it reported before then may point there: the caller's copies first);
 * the caller may give those pages back. fn NULL: never. */
void ng_extractor_on_text_read(ng_extractor *x, void (*fn)(void *ud, size_t upto), void *ud);

/* extractor.c: the index of the gazetteer entry that entity `local` of the
 * document being reported is (its key is the entry's, in every document),
 * or -1. */
int32_t ng_extractor_entity_entry(const ng_extractor *x, uint32_t local);

#endif
