/* extract_priv.h - what the extractor shares with its relation and event finders */
#ifndef NG_EXTRACT_PRIV_H
#define NG_EXTRACT_PRIV_H

#include <stdint.h>
#include <string.h>

#include "newsgraph/extract.h"
#include "lexicon/lexicon.h"
#include "extract/model_priv.h"
#include "text/text.h"

/* Is string a the string literal lit (a category, a rule)? Most are not:
 * their first bytes differ, told without a call. */
static inline int ng_str_is(const char *a, const char *lit)
{
    return a[0] == lit[0] && strcmp(a, lit) == 0;
}

/* One entity mention of a sentence, as the relation finder sees it. */
typedef struct ng_rel_arg {
    uint32_t tb, te;      /* token span */
    uint32_t ent;         /* document entity index */
    ng_kind kind;
    const char *category; /* "" when unknown */
    int person;           /* a person (not an organisation) */
    int32_t entry;        /* gazetteer entry or -1 */
    const char *label;    /* the entity's display name */
} ng_rel_arg;

/* Where the relation and event finders report, in document entity indices. */
typedef struct ng_rel_sink {
    /* a relation src -rel-> dst stated by sentence s (role may be NULL) */
    void (*relation)(void *ud, uint32_t src, uint32_t dst, ng_relation rel, const char *role,
                     const ng_sentence *s);
    /* the document entity of the event of a category (battle, siege, ...)
     * at a place (entity index): created on first use with a readable
     * label, an ISO date or NULL; tokens [tb, te) are the words that tell
     * it ("battle for Raqqa"). Returns its entity index. */
    uint32_t (*event)(void *ud, const char *category, uint32_t place, const char *label,
                      const char *date, uint32_t tb, uint32_t te);
    void *ud;
} ng_rel_sink;

/* What the finders know of the document. */
typedef struct ng_rel_doc {
    const ng_tokens *t;
    const char *text;
    const uint32_t *lex;  /* per token: rule-list class bits (ng_lexicon_word) */
    const uint32_t *fam;  /* per token: trigger families (NG_FAM_* of triggers.h) */
    const uint32_t *wid;  /* per token: 1 + its model word's id, 0 when none */
    const ng_word_info *winfo; /* the model's words by id (ng_model_word_infos) */
    /* per token: its word's set of trigger lists in list_sets (0: in none;
     * ng_model_list_sets) */
    const uint32_t *lset;
    const uint64_t *list_sets;
    const ng_model *model;
    const struct ng_triggers *tr; /* the model's trigger words and windows */
    /* per token: nonzero in a headline written in title case or capitals
     * (lines.c), where a verb is capitalised ("Syrian Army Enters Manbij") */
    const uint8_t *marks;
    uint8_t headline; /* the bits of marks that say so */
    /* the article's date, what a date without a year ("15 October", "on
     * Sunday") is read against; 0 when unknown */
    int ref_y, ref_m, ref_d;
    /* a document read in windows: the tokens from year_from on are the
     * window's own; year is the last year written before them, 0 when none
     * (year_from 0, year 0: the whole document) */
    uint32_t year_from;
    int year;
} ng_rel_doc;

struct ng_clause;

/* Typed relations stated by one analysed sentence (clause.h). */
void ng_relations_find(const struct ng_clause *c, const ng_rel_sink *sink);

/* Events told by one analysed sentence, with occurred_in and participates_in. */
void ng_events_find(const struct ng_clause *c, const ng_rel_sink *sink);

/* Room for an ISO-8601 date ("2017-10-15") and its NUL. */
#define NG_DATE_CAP 11

/* The ISO-8601 date a sentence gives around token k ("15 October", "June
 * 2017", "on April 26", "in 2014", "on Sunday"). A day and month without a
 * year are the latest such date not after the article's date; a weekday the
 * last such day on or before it; without an article date, the year is the
 * nearest written before them in the text (never one after), and a weekday
 * gives no date. Writes into out (at least NG_DATE_CAP bytes); returns 0
 * when there is none. */
int ng_date_find(const ng_rel_doc *d, const ng_sentence *s, uint32_t k, char *out);

/* The nearest year written before token k in the document, or 0. */
int ng_date_year_before(const ng_rel_doc *d, size_t k);

/* ng_model_word with the hash of f already known (ng_hash_bytes(f, n)). */
const ng_word_info *ng_model_word_hashed(const ng_model *m, const char *f, size_t n,
                                         uint64_t hash);

/* The information of the model word of id `id` (< ng_model_word_count). */
const ng_word_info *ng_model_word_at(const ng_model *m, uint32_t id);

/* The model's trigger table (triggers.h), complete once compiled. */
const struct ng_triggers *ng_model_triggers(const ng_model *m);

#endif
