/* model_priv.h - what the extractor reads from a compiled model (private) */
#ifndef NG_MODEL_PRIV_H
#define NG_MODEL_PRIV_H

#include <stddef.h>
#include <stdint.h>

#include "core/alloc.h"
#include "core/buf.h"
#include "lexicon/gazetteer.h"
#include "lexicon/lexicon.h"
#include "lexicon/matcher.h"
#include "newsgraph/graph.h"
#include "newsgraph/model.h"

const ng_gazetteer *ng_model_gazetteer(const ng_model *m);
const ng_lexicon *ng_model_lexicon(const ng_model *m);
const ng_matcher *ng_model_matcher(const ng_model *m);

/* The live gazetteer entry whose spelling key (ng_name_key) equals key and
 * whose kind is kind, or NULL when none or when several entries share it. */
const ng_gazetteer_entry *ng_model_lookup_key(const ng_model *m, const char *key,
                                              ng_kind kind);

/* What the compiled model knows of one folded word: its rule-list classes
 * (ng_lexicon_word), its matcher vocabulary id (0: in no alias) and the
 * relation trigger families it starts. One lookup per token gives all. */
typedef struct ng_word_info {
    uint32_t lex;
    uint32_t lex_first; /* classes of which a multi-word entry starts with it */
    uint32_t lex_last;  /* ... ends with it */
    uint32_t vocab;
    uint32_t fam;
    uint32_t id;        /* its index among the model's words (< ng_model_word_count) */
    uint32_t lists;     /* its set of trigger lists in ng_model_list_sets (0: none) */
    uint32_t starts;    /* 1: an alias of the matcher starts with it (ng_matcher_starts) */
    uint64_t events;    /* the event triggers it is a form of (bit i: trigger i) */
} ng_word_info;

/* Append to out the entity key ("g:NAME") or the rule
 * ("gazetteer:FILE:LINE") of live gazetteer entry i. They are made when a
 * document names the entry, not kept for every entry: a million-line
 * gazetteer would hold 70 MB of them. */
void ng_model_entry_key(const ng_model *m, size_t i, ng_buf *out);
void ng_model_entry_rule(const ng_model *m, size_t i, ng_buf *out);

/* The information of folded word f[0..n), or NULL when the model has none. */
const ng_word_info *ng_model_word(const ng_model *m, const char *f, size_t n);
/* The sets of trigger lists words are in: NG_TL_SETS (triggers.h) words
 * for each, bit l % 64 of word l / 64 for list l; set 0 is empty. */
const uint64_t *ng_model_list_sets(const ng_model *m);
/* How many words the compiled model has information on. */
size_t ng_model_word_count(const ng_model *m);
/* Those words' information, by id (ng_model_word_at(m, id) is the id-th):
 * read-only until the model is compiled again. */
const ng_word_info *ng_model_word_infos(const ng_model *m);

/* The built-in data files, as compiled in. */
extern const char ng_data_gazetteer[];
extern const size_t ng_data_gazetteer_len;
extern const char ng_data_rules[];
extern const size_t ng_data_rules_len;
extern const char ng_data_triggers[];
extern const size_t ng_data_triggers_len;

#endif
