/* extract_priv.h - what the extractor shares with its relation and event finders */
#ifndef NG_EXTRACT_PRIV_H
#define NG_EXTRACT_PRIV_H

#include <stdint.h>

#include "newsgraph/extract.h"
#include "newsgraph/lexicon.h"
#include "newsgraph/text.h"

/* One entity mention of a sentence, as the relation finder sees it. */
typedef struct ng_rel_arg {
    uint32_t tb, te;      /* token span */
    uint32_t ent;         /* document entity index */
    ng_kind kind;
    const char *category; /* "" when unknown */
    int person;           /* a person (not an organisation) */
    int32_t entry;        /* gazetteer entry or -1 */
} ng_rel_arg;

/* How relations are reported back to the extractor. */
typedef void (*ng_rel_emit)(void *ud, uint32_t src, uint32_t dst, ng_relation rel,
                            const char *role, const ng_sentence *s);

#endif
