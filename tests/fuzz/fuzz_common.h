/* fuzz_common.h - what the fuzzers share: failing a check, the built-in
 * model, and running a model's extractor over two texts while dropping what
 * it finds (any model they can load must also extract without fault;
 * the sanitizers watch). */
#ifndef FUZZ_COMMON_H
#define FUZZ_COMMON_H

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

#include "newsgraph/newsgraph.h"

/* A broken promise: say which and stop, so libFuzzer keeps the input. */
static inline void fuzz_fail(const char *harness, const char *what)
{
    fprintf(stderr, "%s: %s\n", harness, what);
    fflush(stderr);
    abort();
}

/* The built-in model, compiled (each harness keeps its one). */
static inline ng_model *fuzz_default_model(const char *harness)
{
    ng_diag d = {NULL, 0, 0, 1};
    ng_model *m = ng_model_new();
    if (ng_model_load_defaults(m, &d) != 0)
        fuzz_fail(harness, "the built-in data does not load");
    ng_model_compile(m);
    return m;
}

static inline void fuzz_drop_mention(void *ud, const ng_mention *m)
{
    (void)ud;
    (void)m;
}

static inline void fuzz_drop_relation(void *ud, const ng_found_relation *r)
{
    (void)ud;
    (void)r;
}

static inline void fuzz_drop_binding(void *ud, const char *from, const char *to)
{
    (void)ud;
    (void)from;
    (void)to;
}

/* Extract documents a (id 0) and b (id 1) with a compiled model. */
static inline void fuzz_extract_texts(const ng_model *model, const char *a, size_t alen, const char *b,
                               size_t blen)
{
    static const ng_extract_ops ops = {fuzz_drop_mention, fuzz_drop_relation,
                                       fuzz_drop_binding};
    ng_extractor *x = ng_extractor_new(model, &ops, NULL, NG_EXTRACT_DEFAULT);
    ng_extractor_run(x, 0, a, alen);
    ng_extractor_run(x, 1, b, blen);
    ng_extractor_free(x);
}

#endif
