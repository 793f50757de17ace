/* relation_priv.h - what the relation finders share: the sentence being
 * read, the sink, emitting with coordination, word tests
 *
 * relation.c runs the pattern families in order; relation_actor.c holds
 * those between two actors (supports, opposes, member_of),
 * relation_place.c those with a place (captured, controls, located_in,
 * held_in, moved_to).
 */
#ifndef NG_RELATION_PRIV_H
#define NG_RELATION_PRIV_H

#include <string.h>

#include "clause.h"

/* Who may be an actor in a relation: organisations, people and countries. */
#define AGENT (NG_NEED_ACTOR | NG_NEED_COUNTRY)
#define BODY (NG_NEED_ORG | NG_NEED_COUNTRY)

/* The arguments coordinated with one that a relation is emitted for too. */
#define COORDINATED_MAX 8

/* The pairs of entities the families typed in a sentence, for the
 * fallback of relation_cue.c (the first REL_TYPED_MAX). */
#define REL_TYPED_MAX 64

typedef struct rel_typed {
    uint32_t pair[REL_TYPED_MAX][2];
    size_t n;
} rel_typed;

typedef struct rel {
    const ng_clause *c;
    const ng_rel_sink *sink;
    rel_typed *typed; /* NULL: not noted */
} rel;

static inline void emit(rel *r, int src, int dst, ng_relation type)
{
    if (src < 0 || dst < 0 || r->c->a[src].ent == r->c->a[dst].ent)
        return;
    if (r->typed && r->typed->n < REL_TYPED_MAX) {
        r->typed->pair[r->typed->n][0] = r->c->a[src].ent;
        r->typed->pair[r->typed->n][1] = r->c->a[dst].ent;
        r->typed->n++;
    }
    if (r->c->slashes) {
        ng_clause_emit_slashed(r->c, r->sink, src, dst, type);
        return;
    }
    r->sink->relation(r->sink->ud, r->c->a[src].ent, r->c->a[dst].ent, type, NULL, r->c->s);
}

/* Are arguments i and j written "i/j" or "j/i"? */
static inline int slash_next(const ng_clause *c, int i, int j)
{
    return ng_clause_slash(c, i, 0) == j || ng_clause_slash(c, i, 1) == j;
}

/* Emit for src and dst and the actors listed with each: src's list
 * before it when src_after is 0, after it otherwise; the same for dst
 * ("backed by Belgium, the Netherlands and Qatar": each backs; "the SDF
 * and the YPG fought IS and HTS": each fights each). */
static inline void emit_lists(rel *r, int src, int src_after, int dst, int dst_after,
                              ng_relation type)
{
    if (src < 0 || dst < 0)
        return;
    int s[COORDINATED_MAX + 1], d[COORDINATED_MAX + 1];
    size_t ns = 1 + ng_clause_listed(r->c, src, src_after, s + 1, COORDINATED_MAX);
    size_t nd = 1 + ng_clause_listed(r->c, dst, dst_after, d + 1, COORDINATED_MAX);
    s[0] = src;
    d[0] = dst;
    for (size_t i = 0; i < ns; i++)
        for (size_t j = 0; j < nd; j++)
            if (!r->c->slashes || ((i == 0 || !slash_next(r->c, s[i], s[i - 1])) &&
                                   (j == 0 || !slash_next(r->c, d[j], d[j - 1]))))
                emit(r, s[i], d[j], type); /* a slash's second name: emit gives it */
}

/* How large a place is, by its category: a smaller place is located_in a
 * larger one. */
enum {
    RANK_LOCAL = 2,    /* villages, camps, prisons, neighbourhoods, bases, fields, unknown */
    RANK_TOWN = 3,     /* towns, cities, capitals, mountains */
    RANK_DISTRICT = 4, /* districts, deserts, rivers, lakes */
    RANK_PROVINCE = 5,
    RANK_COUNTRY = 6,  /* countries, seas */
    RANK_REGION = 7
};

static inline int place_rank(const ng_rel_arg *a)
{
    static const struct {
        const char *cat;
        int rank;
    } ranks[] = {{"region", RANK_REGION},     {"country", RANK_COUNTRY},
                 {"province", RANK_PROVINCE}, {"district", RANK_DISTRICT},
                 {"capital", RANK_TOWN},      {"city", RANK_TOWN},
                 {"town", RANK_TOWN},         {"desert", RANK_DISTRICT},
                 {"river", RANK_DISTRICT},    {"lake", RANK_DISTRICT},
                 {"sea", RANK_COUNTRY},
                 {"mountain", RANK_TOWN},     {NULL, 0}};
    for (int i = 0; ranks[i].cat; i++)
        if (ng_str_is(a->category, ranks[i].cat))
            return ranks[i].rank;
    return RANK_LOCAL;
}

/* Emit for a place and the places of its rank coordinated after it ("took
 * Raqqa and Tabqa"); a place of another rank starts something else ("took
 * Raqqa and Turkey sent troops"). */
static inline void emit_coord_dst(rel *r, int src, int dst, ng_relation type)
{
    int more[COORDINATED_MAX];
    size_t n = dst >= 0 ? ng_clause_coordinated_after(r->c, dst, more, COORDINATED_MAX) : 0;
    emit(r, src, dst, type);
    for (size_t i = 0; i < n; i++) {
        int a = place_rank(&r->c->a[dst]), b = place_rank(&r->c->a[more[i]]);
        if (a != b && (a > RANK_TOWN || b > RANK_TOWN))
            break;
        emit(r, src, more[i], type);
    }
}

/* Is token k the literal word w? Its length is the literal's: never a
 * strlen call where the compiler does not inline (a large finder). */
#define is(r, k, w) ng_clause_is_n((r)->c, (k), "" w "", sizeof(w) - 1)

static inline int in(const rel *r, uint32_t k, ng_trigger_list l)
{
    return ng_clause_in(r->c, k, l);
}

/* "A helped (to) seize P", "that A helped defeat B": the help word before
 * the verb at k, whose subject is the verb's, or 0. */
static inline uint32_t help_before(const rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    uint32_t h = k > c->sb + 2 && in(r, k - 2, NG_TL_HELP_VERB) && is(r, k - 1, "to") ? k - 1 : k;
    return h > c->sb + 1 && in(r, h - 1, NG_TL_HELP_VERB) && ng_clause_lower(c, h - 1) &&
                   ng_clause_arg(c, h - 1) < 0
               ? h - 1
               : 0;
}

/* The verb at k is a help word followed by another action verb ("helped
 * defeat B", "helped to capture P"): B is the action's object, not the
 * one helped. */
static inline int helps_act(const rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    uint32_t v = is(r, k + 1, "to") ? k + 2 : k + 1;
    return in(r, k, NG_TL_HELP_VERB) && v < c->se && ng_clause_lower(c, v) &&
           (ng_clause_fam(c, v) & (NG_FAM_OPPOSE_VERB | NG_FAM_CAPTURE_VERB | NG_FAM_MOVE_VERB |
                                   NG_FAM_CONTROL_VERB));
}


/* relation_actor.c */
void ng_rel_supports(rel *r);
void ng_rel_supports_compound(rel *r); /* "US-backed Syrian Democratic Forces" */
void ng_rel_opposes(rel *r);
void ng_rel_member_of(rel *r);

/* relation_cue.c: the actor pairs no family typed (r->typed, either way
 * round) */
void ng_rel_cue_pairs(rel *r);

/* relation_place.c */
void ng_rel_captured(rel *r);
void ng_rel_controls_compound(rel *r); /* "IS-held territory", "Isil-held Syria" */
void ng_rel_controls(rel *r);
void ng_rel_located_in_places(rel *r); /* "Raqqa, Syria", "Syria's Raqqa city" */
void ng_rel_located_in(rel *r);
void ng_rel_held_in(rel *r);
void ng_rel_moved_to(rel *r);

#endif
