/* clause.h - one sentence seen as clauses: words, entity slots, subjects, objects, negation */
#ifndef NG_CLAUSE_H
#define NG_CLAUSE_H

#include <stdint.h>

#include "extract_priv.h"

/* Sentences are cut at 400 tokens by the splitter; longer ones are skipped. */
#define NG_CLAUSE_MAX 512

/* What a slot accepts. */
enum {
    NG_NEED_ACTOR = 1u << 0,   /* an organisation or a person */
    NG_NEED_ORG = 1u << 1,     /* an organisation (not a person) */
    NG_NEED_PERSON = 1u << 2,
    NG_NEED_PLACE = 1u << 3,
    NG_NEED_COUNTRY = 1u << 4, /* a country (a place that acts: "Turkey attacked") */
    NG_NEED_CAMP = 1u << 5,    /* a camp or prison */
    NG_NEED_EVENT = 1u << 6
};

/* Trigger families: the word lists whose members start a pattern. Each
 * token of a sentence gets the bit set of the families its word is in, so
 * a pattern family only looks at its candidate words. */
enum {
    NG_FAM_SUPPORT = 1u << 0,
    NG_FAM_OPPOSE = 1u << 1,
    NG_FAM_CAPTURE = 1u << 2,
    NG_FAM_CONTROL = 1u << 3,
    NG_FAM_LOCATE = 1u << 4,
    NG_FAM_HELD = 1u << 5,
    NG_FAM_MOVE = 1u << 6,
    NG_FAM_EVENT = 1u << 7,
    /* word classes the finders test often */
    NG_FAM_NEGATION = 1u << 8,
    NG_FAM_PREPOSITION = 1u << 9,
    NG_FAM_DETERMINER = 1u << 10,
    NG_FAM_ROLE = 1u << 11,
    NG_FAM_DIRECTION = 1u << 12,
    /* the first-stage word lists of the finders, as bits */
    NG_FAM_SUPPORT_VERB = 1u << 13,
    NG_FAM_OPPOSE_VERB = 1u << 14,
    NG_FAM_OPPOSE_NOUN = 1u << 15,
    NG_FAM_CAPTURE_VERB = 1u << 16,
    NG_FAM_CONTROL_VERB = 1u << 17,
    NG_FAM_SEAT_NOUN = 1u << 18,
    NG_FAM_MOVE_VERB = 1u << 19,
    NG_FAM_CARRY_VERB = 1u << 20,
    NG_FAM_HELD_VERB = 1u << 21,
    NG_FAM_STOP = 1u << 22,       /* which, who, that, while, ... end an object search */
    NG_FAM_PREFIX = 1u << 23,     /* anti, pro, ex, non */
    NG_FAM_QUANTITY = 1u << 24,   /* dozens, hundreds, members ... of */
    NG_FAM_SUPPORT_PART = 1u << 25, /* backed, supported ... after a hyphen */
    NG_FAM_CONTROL_PART = 1u << 26, /* held, controlled ... after a hyphen */
    /* used by the extractor's discovery rules */
    NG_FAM_PLACE_AFTER = 1u << 27, /* province, camp, town ... after a name: a place */
    NG_FAM_PLACE_HEAD = 1u << 28   /* river, dam, camp ... naming a place's category */
};

/* Add a NULL-ended word list to a family. Called only by the registrars
 * below, once, under pthread_once. */
void ng_clause_family_add(const char *const *words, unsigned family);
/* Call cb for every trigger word with its families. */
void ng_clause_families_foreach(void (*cb)(void *ud, const char *f, size_t n, unsigned fam),
                                void *ud);
/* The registrars: relation.c and event.c add their trigger words. */
void ng_relation_families(void);
void ng_event_families(void);
void ng_extractor_families(void);

typedef struct ng_clause {
    const ng_rel_doc *d;
    const ng_sentence *s;
    const ng_rel_arg *a;
    size_t n;
    uint32_t sb, se;
    int16_t arg_at[NG_CLAUSE_MAX]; /* token - sb -> argument index, or -1 */
    uint8_t zone[NG_CLAUSE_MAX];   /* token - sb -> 0 main clause, else an aside's id */
    uint32_t zone_start[256];      /* first token of each aside */
    uint8_t zone_kind[256];        /* what opened it (clause.c) */
    const uint32_t *fam;           /* token - sb -> NG_FAM_* bits (the document's, from sb) */
    unsigned sent_fam;             /* every family some token of the sentence starts */
} ng_clause;

/* Families of token k. */
static inline unsigned ng_clause_fam(const ng_clause *c, uint32_t k)
{
    return k >= c->sb && k < c->se ? c->fam[k - c->sb] : 0;
}

/* Analyse sentence s with its entity arguments. Returns 0, or -1 when the
 * sentence is too long to analyse (nothing should be looked for then). */
int ng_clause_init(ng_clause *c, const ng_rel_doc *d, const ng_sentence *s,
                   const ng_rel_arg *a, size_t n);

/* Is token k the (folded) word w? One of the words of a NULL-ended list? */
int ng_clause_is(const ng_clause *c, uint32_t k, const char *w);
int ng_clause_in(const ng_clause *c, uint32_t k, const char *const *words);
/* Is token k a lower-case word, a punctuation mark such as ","? */
static inline int ng_clause_lower(const ng_clause *c, uint32_t k)
{
    return k < c->se && (c->d->t->tok[k].flags & NG_TOK_WORD) &&
           (c->d->t->tok[k].flags & NG_TOK_LOWER);
}
int ng_clause_punct(const ng_clause *c, uint32_t k, const char *p);
/* Can token k be a trigger word: a lower-case word, or the capitalised
 * first word of the sentence ("Fighting between ...")? */
int ng_clause_trigger(const ng_clause *c, uint32_t k);
/* The argument covering token k, or -1. */
static inline int ng_clause_arg(const ng_clause *c, uint32_t k)
{
    return k >= c->sb && k < c->se ? c->arg_at[k - c->sb] : -1;
}
/* Does argument i satisfy need? */
int ng_clause_fits(const ng_clause *c, int i, unsigned need);
/* Argument i is written as a modifier: glued by a hyphen to a participle
 * ("US-backed", "IS-held"): returns the token of that word, else 0. */
uint32_t ng_clause_compound(const ng_clause *c, int i);
/* Argument i is inside "anti-X" / "pro-X". */
int ng_clause_prefixed(const ng_clause *c, int i);

/* The subject of the verb or noun at token k: the nearest fitting argument
 * before k in the same clause, not the object of a preposition, not a
 * modifier, not inside an aside (parentheses, dashes, "which ..."); for a
 * trigger inside an aside, the argument the aside describes. -1 if none. */
int ng_clause_subject(const ng_clause *c, uint32_t k, unsigned need);
/* The agent of the verb at k: the argument right before it when the verb
 * is a participle or relative ("the coalition backing the SDF", "the SDF,
 * which captured"), else ng_clause_subject. */
int ng_clause_agent(const ng_clause *c, uint32_t k, unsigned need);
/* The head an apposition at k describes: "A, a partner force of B" (k at
 * "partner"): A; skips a parenthetical before the comma. -1 if none. */
int ng_clause_appositive_head(const ng_clause *c, uint32_t k, unsigned need);
/* The first fitting argument in the maxdist tokens after k, before a clause
 * boundary; articles, adjectives, "the town of"-like phrases and
 * lower-case words are passed over; a place that modifies a following noun
 * ("Raqqa roundabout"), "anti-X" and a backer written as a modifier
 * ("US-backed troops") are not objects. -1 if none. */
int ng_clause_object(const ng_clause *c, uint32_t k, unsigned need, uint32_t maxdist);
/* The arguments coordinated with argument i before it ("the al-Hawl and
 * Roj camps": al-Hawl for Roj), written into out (up to max); count returned. */
size_t ng_clause_coordinated(const ng_clause *c, int i, int *out, size_t max);
/* The arguments of i's kind coordinated after it ("Tal Tamr and Ain Issa",
 * "Raqqa, Tabqa and Manbij"), nearest first; at most max. */
size_t ng_clause_coordinated_after(const ng_clause *c, int i, int *out, size_t max);
/* Is the trigger at k negated or denied ("did not reach", "denied backing",
 * "refused to surrender")? */
int ng_clause_negated(const ng_clause *c, uint32_t k);

#endif
