/* extract.h - entities, relations and events of one document, reported through callbacks
 *
 * The extractor reads one document at a time and reports what it finds to
 * an ng_extract_ops consumer (the graph builder is one, a test recorder
 * another). For each document every mention is reported before any
 * relation that uses its entity key. An extractor is single-threaded; run
 * one per thread over a shared, compiled ng_model.
 */
#ifndef NEWSGRAPH_EXTRACT_H
#define NEWSGRAPH_EXTRACT_H

#include <stddef.h>
#include <stdint.h>

#include "newsgraph/graph.h"
#include "newsgraph/model.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ng_mention {
    const ng_entity *entity; /* what the mention refers to */
    const char *surface;     /* the words as written (not NUL-terminated) */
    size_t surface_len;
    uint32_t doc;
    uint32_t offset;         /* byte offset of the surface in the document */
    const char *rule;        /* the gazetteer entry or rule that produced it */
    uint32_t local;          /* the entity's index within this document (for caching) */
} ng_mention;

typedef struct ng_found_relation {
    const char *src_key;
    const char *dst_key;
    ng_relation relation;
    const char *role;        /* participates_in: attacker, target, ...; else NULL */
    ng_evidence evidence;    /* the sentence (evidence.text is not NUL-terminated) */
    size_t evidence_len;
    uint32_t src_local, dst_local; /* the ends' indices within the document */
} ng_found_relation;

typedef struct ng_extract_ops {
    void (*mention)(void *userdata, const ng_mention *m);
    void (*relation)(void *userdata, const ng_found_relation *r);
    /* entity key `from` (an acronym) stands for entity key `to` */
    void (*binding)(void *userdata, const char *from, const char *to);
} ng_extract_ops;

enum {
    NG_EXTRACT_COOCCURRENCE = 1u << 0, /* report co_occurs for entities of a sentence */
    NG_EXTRACT_RELATIONS = 1u << 1,    /* typed relations */
    NG_EXTRACT_EVENTS = 1u << 2,       /* event nodes with occurred_in/participates_in */
    NG_EXTRACT_DEFAULT = 7u
};

/* Time spent in each stage, nanoseconds (summed over documents). */
typedef struct ng_extract_stats {
    uint64_t tokenize_ns, match_ns, resolve_ns, relations_ns, emit_ns;
    uint64_t documents, bytes, tokens, sentences, mentions;
} ng_extract_stats;

typedef struct ng_extractor ng_extractor;

/* An extractor over a compiled model (which must outlive it). Cannot fail. */
NG_API ng_extractor *ng_extractor_new(const ng_model *model, const ng_extract_ops *ops,
                               void *userdata, unsigned options);
NG_API void ng_extractor_free(ng_extractor *x);

/* Extract from text[0..n) (valid UTF-8, n < 4 GiB) as document index doc.
 * The text must stay valid during the call only. */
NG_API void ng_extractor_run(ng_extractor *x, uint32_t doc, const char *text, size_t n);

/* Stage timings and counts so far (timing only when enabled). */
NG_API void ng_extractor_stats(const ng_extractor *x, ng_extract_stats *out);
NG_API void ng_extractor_set_timing(ng_extractor *x, int on);
/* The date of the articles run next (any form ng_date_parse reads; NULL or
 * not understood: none). Dates a sentence gives without a year ("on 17
 * October", "on Sunday") are read against it: the latest such date not
 * after it. Without one, a date takes the nearest year written before it
 * in the text, and a weekday gives none. */
NG_API void ng_extractor_set_date(ng_extractor *x, const char *date);

#ifdef __cplusplus
}
#endif
#endif
