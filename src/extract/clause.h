/* clause.h - one sentence seen as clauses: words, entity slots, subjects, objects, negation */
#ifndef NG_CLAUSE_H
#define NG_CLAUSE_H

#include <stdint.h>
#include <string.h>

#include "extract_priv.h"
#include "triggers.h"

/* Sentences are cut at 400 tokens by the splitter; longer ones are skipped. */
#define NG_CLAUSE_MAX 512
/* Asides (parentheses, dashes, relative clauses) a sentence may open; the
 * ones after are part of the one open then. */
#define NG_CLAUSE_ASIDES 256

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

/* The tokens a window of the model's trigger table reaches. */
#define NG_WINDOW(c, id) ((c)->d->tr->window[NG_TW_##id])

typedef struct ng_clause {
    const ng_rel_doc *d;
    const ng_sentence *s;
    const ng_rel_arg *a;
    size_t n;
    uint32_t sb, se;
    int16_t arg_at[NG_CLAUSE_MAX]; /* token - sb -> argument index, or -1 */
    uint8_t zone[NG_CLAUSE_MAX];   /* token - sb -> 0 main clause, else an aside's id */
    uint32_t zone_start[NG_CLAUSE_ASIDES]; /* first token of each aside */
    uint8_t zone_kind[NG_CLAUSE_ASIDES];   /* what opened it (clause.c) */
    const uint32_t *fam;           /* token - sb -> NG_FAM_* bits (the document's, from sb) */
    unsigned sent_fam;             /* every family some token of the sentence starts */
    /* nonzero when a token of the sentence is a hyphen (or an argument
     * starts before it): else no argument is a modifier ("US-backed") or
     * prefixed ("pro-SDF") */
    unsigned hyphens;
    /* nonzero when the sentence has a "/": a pair of names ("PKK/YPG")
     * may be in it, each relation of one given to the other too
     * (relation_priv.h's emit) */
    unsigned slashes;
    unsigned actors, places; /* how many arguments are actors, places */
} ng_clause;

/* Families of token k. */
static inline unsigned ng_clause_fam(const ng_clause *c, uint32_t k)
{
    return k >= c->sb && k < c->se ? c->fam[k - c->sb] : 0;
}

/* The other argument of a slash pair next to argument i: after it
 * (after != 0: "PKK/YPG" for PKK) or before it; -1 if none. Two names
 * of one kind: two groups, two people or two places (not a capital read as
 * its state beside a city: "BEIRUT/ANKARA"), not a photographer and an
 * agency ("NAME/AFP"); one name written two ways ("ISIS/Daesh", one
 * entity) pairs nothing. */
static inline int ng_clause_slash(const ng_clause *c, int i, int after)
{
    uint32_t k, o;
    if (after) {
        k = c->a[i].te;
        o = k + 1;
    } else {
        if (c->a[i].tb < c->sb + 2)
            return -1;
        k = c->a[i].tb - 1;
        o = k - 1;
    }
    if (o >= c->se || !(c->d->t->tok[k].flags & NG_TOK_SLASH))
        return -1;
    int j = c->arg_at[o - c->sb];
    if (j < 0 || c->a[j].kind != c->a[i].kind || c->a[j].person != c->a[i].person ||
        !strcmp(c->a[j].category, "country") != !strcmp(c->a[i].category, "country") ||
        c->a[j].ent == c->a[i].ent ||
        (after ? c->a[j].tb != o : c->a[j].te != k))
        return -1;
    return j;
}

/* Where argument i's name ends, past the names a slash joins to it ("the
 * FSA/SNA and": at "and"). */
static inline uint32_t ng_clause_end(const ng_clause *c, int i)
{
    for (int j, n = 0; c->slashes && n < 3 && (j = ng_clause_slash(c, i, 1)) >= 0; n++)
        i = j;
    return c->a[i].te;
}

/* The most names one slash pair joins ("PKK/YPG/PYD"). */
#define NG_CLAUSE_SLASHED 4
/* Argument i and the names joined to it by slashes ("PKK/YPG": both),
 * written into out; count returned (1 when none). */
size_t ng_clause_slashed(const ng_clause *c, int i, int *out);
/* Report relation src -type-> dst when the sentence has a slash pair:
 * from each name of src's pair to each of dst's; nothing between the
 * names of one pair. */
void ng_clause_emit_slashed(const ng_clause *c, const ng_rel_sink *sink, int src, int dst,
                            ng_relation type);

/* Analyse sentence s with its entity arguments. Returns 0, or -1 when the
 * sentence is too long to analyse (nothing should be looked for then). */
int ng_clause_init(ng_clause *c, const ng_rel_doc *d, const ng_sentence *s,
                   const ng_rel_arg *a, size_t n);

/* Is token k the (folded) word w of length n? A length test and one
 * compare; ng_clause_is for a word of any length. */
static inline int ng_clause_is_n(const ng_clause *c, uint32_t k, const char *w, size_t n)
{
    if (k >= c->se)
        return 0;
    const ng_token *t = &c->d->t->tok[k];
    return t->flen == n && n && memcmp(ng_tokens_fold(c->d->t, k), w, n) == 0;
}
static inline int ng_clause_is(const ng_clause *c, uint32_t k, const char *w)
{
    return ng_clause_is_n(c, k, w, strlen(w));
}
/* One of the words of trigger list l? A bit test: the model gave each word
 * the set of lists it is in. */
static inline int ng_clause_in(const ng_clause *c, uint32_t k, ng_trigger_list l)
{
    if (k >= c->se)
        return 0;
    const uint64_t *set = c->d->list_sets + (size_t)c->d->lset[k] * NG_TL_SETS;
    return (int)((set[(unsigned)l / 64] >> ((unsigned)l % 64)) & 1);
}
/* ... one of the words of a NULL-ended list? */
int ng_clause_in_words(const ng_clause *c, uint32_t k, const char *const *words);
/* Is token k a lower-case word, a punctuation mark such as ","? */
static inline int ng_clause_lower(const ng_clause *c, uint32_t k)
{
    if (k >= c->se || !(c->d->t->tok[k].flags & NG_TOK_WORD))
        return 0;
    if (c->d->t->tok[k].flags & NG_TOK_LOWER)
        return 1;
    /* a headline in title case or capitals: the words no name covers are
     * the ones prose writes in lower case ("US-Backed Forces Retake") */
    return k >= c->sb && c->d->marks && (c->d->marks[k] & c->d->headline) &&
           c->arg_at[k - c->sb] < 0 && !(c->d->t->tok[k].flags & NG_TOK_NUMBER);
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
/* The first token from k on that is no argument's and starts a word of a
 * family in fam, or se when none does: the rules' loops go from trigger
 * to trigger (most tokens start no family) with this tight scan. */
static inline uint32_t ng_clause_next(const ng_clause *c, uint32_t k, unsigned fam)
{
    const uint32_t sb = c->sb, se = c->se, *f = c->fam;
    const int16_t *arg = c->arg_at;
    while (k < se && (!(f[k - sb] & fam) || arg[k - sb] >= 0))
        k++;
    return k;
}
/* The first token from k on that is a word of trigger list l (as
 * ng_clause_in), or se: a tight scan for the loops over a sentence. */
static inline uint32_t ng_clause_next_in(const ng_clause *c, uint32_t k, ng_trigger_list l)
{
    const uint32_t se = c->se, *lset = c->d->lset;
    const uint64_t *sets = c->d->list_sets + (unsigned)l / 64, bit = 1ull << ((unsigned)l % 64);
    while (k < se && !(sets[(size_t)lset[k] * NG_TL_SETS] & bit))
        k++;
    return k;
}
/* Does argument i satisfy need? */
int ng_clause_fits(const ng_clause *c, int i, unsigned need);
/* Argument i is written as a modifier: glued by a hyphen to a participle
 * ("US-backed", "IS-held"): returns the token of that word, else 0. */
static inline uint32_t ng_clause_compound(const ng_clause *c, int i)
{
    const ng_token *tok = c->d->t->tok;
    uint32_t e = c->a[i].te;
    if (e + 1 < c->se && (tok[e].flags & NG_TOK_HYPHEN) && ng_clause_lower(c, e + 1) &&
        !(tok[e + 1].flags & NG_TOK_SPACE))
        return e + 1;
    return 0;
}
/* Argument i is inside "anti-X" / "pro-X". */
static inline int ng_clause_prefixed(const ng_clause *c, int i)
{
    const ng_token *tok = c->d->t->tok;
    uint32_t b = c->a[i].tb;
    return b >= c->sb + 2 && (tok[b - 1].flags & NG_TOK_HYPHEN) &&
           !(tok[b].flags & NG_TOK_SPACE) && (c->fam[b - 2 - c->sb] & NG_FAM_PREFIX);
}

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
/* The names listed with argument i, after it (after != 0: "backed by the
 * US, France and Qatar", "fought IS and HTS") or before it ("the SDF and
 * the YPG fought"), nearest first, passing determiners and ", and";
 * states and organisations make one list of actors, a name followed by a
 * verb starts a new clause ("fought IS and Turkey sent troops"). At most max. */
size_t ng_clause_listed(const ng_clause *c, int i, int after, int *out, size_t max);
/* Is the trigger at k negated or denied ("did not reach", "denied backing",
 * "refused to surrender")? */
int ng_clause_negated(const ng_clause *c, uint32_t k);
/* Does the verb at k state a possibility, an aim or a condition, not a
 * fact ("may retake", "vowed to enter", "could be captured", "if IS
 * seizes")? */
int ng_clause_unreal(const ng_clause *c, uint32_t k);

#endif
