/* matcher.h - one Aho-Corasick automaton over folded tokens for every gazetteer alias */
#ifndef NG_MATCHER_H
#define NG_MATCHER_H

#include <stddef.h>
#include <stdint.h>

#include "lexicon/gazetteer.h"
#include "text/text.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ng_matcher ng_matcher;

/* One occurrence of an alias in a token list. */
typedef struct ng_match {
    uint32_t tok_begin; /* first token of the match */
    uint32_t tok_end;   /* one past its last token */
    uint32_t entry;     /* gazetteer entry index */
    uint32_t alias;     /* alias number within the entry (0 = its name) */
    int case_sensitive; /* the alias only matches upper-case text */
} ng_match;

typedef struct ng_matches {
    ng_match *m;
    size_t count;
    size_t cap;
} ng_matches;

/* Compile the live entries of g (which must outlive the matcher and not
 * change while it is used). Read-only afterwards: one matcher can serve
 * many threads. Cannot fail. */
ng_matcher *ng_matcher_new(const ng_gazetteer *g);
void ng_matcher_free(ng_matcher *m);

/* Number of patterns and automaton states (for statistics). */
size_t ng_matcher_patterns(const ng_matcher *m);
size_t ng_matcher_states(const ng_matcher *m);

/* Append to out every alias occurrence in tokens [begin, end) of t, hyphens
 * being transparent, in order of end then length. Case-sensitive aliases
 * are only reported where every token of the match is upper case. Time is
 * linear in the tokens plus the matches; nothing is allocated but out. */
void ng_matcher_run(const ng_matcher *m, const ng_tokens *t, size_t begin, size_t end,
                    ng_matches *out);

/* The vocabulary id of a folded word (0 when no alias contains it). */
uint32_t ng_matcher_word_id(const ng_matcher *m, const char *f, size_t n);

/* Call cb for every word of the vocabulary with its id. */
void ng_matcher_foreach_word(const ng_matcher *m,
                             void (*cb)(void *ud, const char *f, size_t n, uint32_t id),
                             void *ud);

/* ng_matcher_run with the vocabulary ids of the tokens already known:
 * ids[k - begin] is ng_matcher_word_id of token k's folded form. */
void ng_matcher_run_ids(const ng_matcher *m, const ng_tokens *t, const uint32_t *ids,
                        size_t begin, size_t end, ng_matches *out);

/* Does an alias start with the word of vocabulary id `id`? */
int ng_matcher_starts(const ng_matcher *m, uint32_t id);

/* ng_matcher_run_ids that goes, while no alias is under way, from one token
 * k with starts[k] nonzero to the next, over the others: starts[k] must be
 * nonzero for every token, not a hyphen, of a non-empty fold, whose word
 * starts an alias (ng_matcher_starts), and may be for others; starts has 16
 * bytes of room past end (ng_next_nonzero). */
void ng_matcher_run_starts(const ng_matcher *m, const ng_tokens *t, const uint32_t *ids,
                           const uint8_t *starts, size_t begin, size_t end, ng_matches *out);

#ifdef __cplusplus
}
#endif
#endif
