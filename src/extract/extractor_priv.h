/* extractor_priv.h - the extractor's state, shared by its stages
 *
 * ng_extractor_run (extractor.c) drives one document through the stages:
 * line marks (lines.c), per-sentence candidates (candidates.c), the
 * document-level resolution (resolve.c), then the mentions, co-occurrences
 * and typed relations it reports (extractor.c).
 */
#ifndef NG_EXTRACTOR_PRIV_H
#define NG_EXTRACTOR_PRIV_H

#include <stdint.h>
#include <string.h>

#include "newsgraph/extract.h"

#include "../core/arena.h"
#include "../core/map.h"
#include "clause.h"
#include "extract_priv.h"

enum { MARK_SKIP = 1, MARK_CAPS = 2, MARK_TITLE = 4, MARK_INITIAL = 8 };

#define LEX(c) (1u << (c))
/* cue strengths: higher wins when one name gets different kinds in a document */
enum {
    S_GAZETTEER = 100,
    S_HEAD = 80,
    S_TITLE = 70,
    S_ROLE = 65,
    S_FIRSTNAME = 60,
    S_PLACE_NOUN = 60,
    S_ORG_NOUN = 55,
    S_SPEECH = 50,
    S_DEFINED = 45,
    S_PLACE_PREP = 30,
    S_ACRONYM = 20
};

typedef struct cand {
    uint32_t tb, te;   /* token span */
    uint32_t sent;
    int32_t entry;     /* gazetteer entry or -1 */
    int8_t kind;       /* ng_kind, or -1 while unknown */
    uint8_t strength;
    uint8_t person;
    uint8_t dropped;
    const char *category;
    const char *rule;
    int32_t ent;       /* document entity, -1 until resolved */
} cand;

typedef struct dent {
    ng_entity e;
    const char *rule;
    int person;
    uint32_t first_tok;
    uint8_t told, cited, learns; /* an outlet told ("told Reuters"), cited, learning */
} dent;

struct ng_extractor {
    const ng_model *model;
    const ng_lexicon *lex;
    const ng_gazetteer *gaz;
    const ng_matcher *matcher;
    const ng_triggers *tr; /* the model's trigger words (place heads) */
    ng_extract_ops ops;
    void *ud;
    unsigned options;
    ng_tokens t;
    ng_sentences ss;
    ng_buf entry_text; /* ng_dent_for_entry's rule and key, made in place */
    uint8_t *marks;
    uint32_t pub_b, pub_e; /* the publisher a byline or dateline names, or pub_b == pub_e */
    uint32_t *bits;  /* per token: rule-list classes */
    uint32_t *ids;   /* per token of the sentence being matched: vocabulary id */
    uint32_t *fam;   /* per token: relation trigger families */
    uint32_t *wid;   /* per token: 1 + its model word's id, 0 when none */
    uint32_t *lset;  /* per token: its word's set of trigger lists (0: none) */
    size_t cap_marks, cap_bits, cap_ids, cap_fam, cap_wid, cap_lset;
    ng_matches gm;
    cand *c;
    size_t nc, cap_c;
    dent *d;
    size_t nd, cap_d;
    uint32_t *order; /* candidate indices sorted by position */
    size_t cap_order;
    ng_strmap dkeys;    /* entity key -> dent */
    ng_u64map entry_dents; /* gazetteer entry -> dent (dkeys, without the key) */
    ng_strmap surnames; /* folded surname -> dent */
    ng_strmap givens;   /* folded first word of a full name -> dent (GIVEN_SHARED: two) */
    ng_u64map span_ends; /* listed_places: 2*token+{0: ends, 1: starts} -> candidate */
    ng_strmap acronyms; /* folded acronym -> dent */
    /* words seen in lower case in the document (built on demand): model
     * words by their stamp, others by the hash of the fold, to a token */
    uint32_t *lower_stamp; /* per model word: the stamp of the last build it was seen in */
    size_t n_lower_stamp;
    uint32_t stamp;
    ng_u64map lowers;
    int lowers_built;
    /* ng_name_key of labels, across documents (see ng_memo_name_key) */
    ng_strmap name_memo; /* label -> index in memo */
    struct {
        const char *key;
        uint32_t len;
    } * memo;
    size_t n_memo, cap_memo;
    ng_arena memo_arena;
    ng_arena arena;
    const char *text;
    size_t len;
    uint32_t doc;
    int timing;
    int ref_y, ref_m, ref_d; /* the article's date (ng_extractor_set_date), 0: none */
    ng_extract_stats stats;
    ng_rel_doc rdoc;
    ng_clause *clause; /* the sentence being analysed for relations */
};

/* The longest name key kept (ng_name_key's cap), and how many labels'
 * keys an extractor remembers before it starts again. */
#define NAME_KEY_CAP 480
#define NAME_MEMO_MAX 65536

/* Empty m. Clearing costs the table's size: a table grown past `keep`
 * slots (by one huge sentence or document) is dropped rather than cleared
 * again and again for the small ones after it. */
static inline void u64map_reset(ng_u64map *m, size_t keep)
{
    if (m->cap > keep) {
        ng_u64map_release(m);
        ng_u64map_init(m);
    } else {
        ng_u64map_clear(m);
    }
}

/* ---- token helpers ------------------------------------------------------ */

#define TOK(k) (x->t.tok[k])
#define FL(k) (x->t.tok[k].flags)

static inline int fold_is(const ng_extractor *x, size_t k, const char *s)
{
    const char *f = ng_tokens_fold(&x->t, k);
    return x->t.tok[k].flen && f[0] == s[0] && ng_span_equals(f, x->t.tok[k].flen, s);
}

static inline int text_is(const ng_extractor *x, size_t k, const char *s)
{
    const char *p = x->text + x->t.tok[k].start;
    return p[0] == s[0] && ng_span_equals(p, x->t.tok[k].len, s);
}

static inline int is_word(const ng_extractor *x, size_t k)
{
    return (FL(k) & NG_TOK_WORD) != 0;
}

static inline int is_capword(const ng_extractor *x, size_t k)
{
    return (FL(k) & NG_TOK_WORD) && (FL(k) & (NG_TOK_CAP | NG_TOK_UPPER)) &&
           !(FL(k) & NG_TOK_NUMBER);
}

static inline int is_lower(const ng_extractor *x, size_t k)
{
    return (FL(k) & NG_TOK_WORD) && (FL(k) & NG_TOK_LOWER);
}

static inline uint32_t bits_of(const ng_extractor *x, size_t k)
{
    return x->bits[k];
}

static inline int lower_has(const ng_extractor *x, size_t k, ng_lex_class c)
{
    return is_lower(x, k) && (x->bits[k] & LEX(c));
}

/* Can an entry of class c start at token i? Not at a word without the
 * class's bits (a hyphen or an empty fold is skipped by the lookups). */
static inline int lex_may_start(const ng_extractor *x, ng_lex_class c, size_t i)
{
    const ng_token *t = &x->t.tok[i];
    if (!t->flen || (t->flags & NG_TOK_HYPHEN) || (x->bits[i] & LEX(c)))
        return 1;
    /* classes of which a multi-word entry starts with the word */
    return x->wid[i] && (ng_model_word_at(x->model, x->wid[i] - 1)->lex_first & LEX(c));
}

/* ng_lexicon_match, skipped at once where no entry of the class can start. */
static inline size_t lex_match(const ng_extractor *x, ng_lex_class c, size_t i, size_t end)
{
    if (i >= end || !lex_may_start(x, c, i))
        return 0;
    return ng_lexicon_match(x->lex, c, &x->t, i, end);
}

/* Is any token in [b, e) marked with m? */
static inline int any_mark(const ng_extractor *x, size_t b, size_t e, uint8_t m)
{
    for (size_t k = b; k < e; k++)
        if (x->marks[k] & m)
            return 1;
    return 0;
}

static inline size_t word_count(const ng_extractor *x, size_t b, size_t e)
{
    size_t n = 0;
    for (size_t k = b; k < e; k++)
        if (is_word(x, k))
            n++;
    return n;
}

/* Do tokens i and k fold to the same word? */
static inline int same_fold(const ng_extractor *x, size_t i, size_t k)
{
    return TOK(i).flen == TOK(k).flen &&
           memcmp(ng_tokens_fold(&x->t, i), ng_tokens_fold(&x->t, k), TOK(k).flen) == 0;
}

/* ---- the stages ------------------------------------------------------------- */

/* lines.c: mark page furniture, bylines, photo credits (MARK_SKIP), lines in
 * capitals or title case, and each sentence's first word. */
void ng_lines_mark(ng_extractor *x);

/* candidates.c: the candidates of sentence s (gazetteer matches and
 * capitalised name spans, classified by their cues), appended to x->c. */
void ng_candidates_sentence(ng_extractor *x, uint32_t s);

/* candidates.c: does a place preposition ("in", "near", "outside of") end
 * right before token b (not before sentence start sb)? */
int ng_place_prep_before(const ng_extractor *x, size_t b, size_t sb);

/* candidates.c: is token k a generic head of an organisation's name
 * ("Society", "Committee", "Foundation"), one that does not make another? */
int ng_generic_org_head(const ng_extractor *x, size_t k);
/* resolve.c: give every live candidate its document entity, using what the
 * whole document says (surnames, acronyms, names seen with a cue). */
void ng_resolve_document(ng_extractor *x);

/* resolve.c: ng_name_key(label) into out (NAME_KEY_CAP bytes), remembered
 * across documents. Returns its length, 0 when the label has no key. */
size_t ng_memo_name_key(ng_extractor *x, const char *label, char *out);

/* resolve.c: the document entity of key, created from proto (label, kind,
 * category, ...; the key is copied) on first use. Returns its index. */
int32_t ng_dent_get(ng_extractor *x, const char *key, const ng_entity *proto, const char *rule,
                    int person, uint32_t tok);

/* resolve.c: the document entity of gazetteer entry `entry`. */
int32_t ng_dent_for_entry(ng_extractor *x, size_t entry, uint32_t tok);

#endif
