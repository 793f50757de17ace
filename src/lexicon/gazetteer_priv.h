/* gazetteer_priv.h - gazetteer internals shared with the matcher */
#ifndef NG_GAZETTEER_PRIV_H
#define NG_GAZETTEER_PRIV_H

#include "lexicon/gazetteer.h"

#include "../core/buf.h"

/* Does live entry idx still own its alias number `alias`? An alias taken
 * over by a later gazetteer file belongs to that file's entry. */
int ng_gazetteer_owns_alias(const ng_gazetteer *g, size_t idx, size_t alias);

/* The key of alias a (its key_len bytes, NUL-terminated): where it is kept,
 * or made in buf. */
const char *ng_gazetteer_alias_key(const ng_gazetteer_alias *a, ng_buf *buf);

#endif
