/* model.h - what the extractor knows before reading: gazetteer, rule lists, matcher */
#ifndef NEWSGRAPH_MODEL_H
#define NEWSGRAPH_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "newsgraph/common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ng_model ng_model;

/* An empty model. Cannot fail. */
NG_API ng_model *ng_model_new(void);
NG_API void ng_model_free(ng_model *m);

/* Load the built-in gazetteer, rule lists and trigger words (compiled into
 * the program from data/). Returns 0 or NG_EPARSE (reported). */
NG_API int ng_model_load_defaults(ng_model *m, ng_diag *diag);
/* Add a gazetteer file (extends or overrides entries). NG_EIO/NG_EPARSE. */
NG_API int ng_model_add_gazetteer_file(ng_model *m, const char *path, ng_diag *diag);
NG_API int ng_model_add_gazetteer_text(ng_model *m, const char *text, size_t n, const char *name,
                                ng_diag *diag);
/* Add rule lists from text (data/rules.tsv format). */
NG_API int ng_model_add_rules_text(ng_model *m, const char *text, size_t n, const char *name,
                            ng_diag *diag);

/* Add relation and event trigger words, event triggers and windows (the
 * data/triggers.tsv format) to the built-in ones: words join the named
 * lists, a window is overridden. Errors are reported as "name:line:
 * reason"; the valid lines are kept. Returns 0, NG_ENOENT, NG_EIO or
 * NG_EPARSE. */
NG_API int ng_model_add_triggers_file(ng_model *m, const char *path, ng_diag *diag);
NG_API int ng_model_add_triggers_text(ng_model *m, const char *text, size_t n,
                                      const char *name, ng_diag *diag);

/* Build the matcher and the spelling-key index. Must be called after the
 * last load and before use; the model is read-only (thread-safe) after. */
NG_API void ng_model_compile(ng_model *m);

#ifdef __cplusplus
}
#endif
#endif
