/* relation_cue.c - the fallback for actor pairs: the cue word between them
 *
 * The pattern families (relation_actor.c) read many narrow shapes. This
 * pass runs after them on the pairs of actors no family typed in the
 * sentence: two actors next to each other in the sentence's order, with
 * few words between, are typed by the cue word among those words
 * (data/triggers.tsv, lists cue_oppose, cue_support, cue_support_noun,
 * cue_party_noun): "A has waged an insurgency against B", "A, the militia
 * that fought alongside B", "A and its backers in B", "B was killed by A".
 * No cue, no edge; cues of both kinds, no edge. The pass runs on a
 * sentence with a word of the support or oppose families (relation.c):
 * a cue word of no family (enemy, rival, alongside) counts only there.
 *
 * Direction: the actor before the cue acts on the one after ("A attacked
 * B", "A, an ally of B"), the other way after a passive "by" ("A, backed
 * by B"), a help noun's "of"/"from" ("with the support of B") or a
 * party noun after a possessive ("A's allies in B", "A and its backers
 * B").
 *
 * Guards, all general: a blocking word between (speech: "A said B
 * attacked"; talks and truces join enemies: cue_block), a clause
 * boundary word (but, while, ...) or ";"; the first actor as the object
 * of a preposition ("backed by A, attacked B": A did not attack); a
 * country after a locative preposition ("in Syria") is no actor; a
 * modifier ("US-backed") or a prefixed name ("pro-SDF") is read by its
 * own family; a negated or unreal cue; a person and an organisation
 * joined by a support cue (that is member_of's ground).
 */
#include "relation_priv.h"

enum { CUE_NONE = 0, CUE_OPPOSE = 1, CUE_SUPPORT = 2 };

/* Is token k the possessive "'s" split from its word? */
static int poss(const rel *r, uint32_t k)
{
    return k < r->c->se && (r->c->d->t->tok[k].flags & NG_TOK_POSS);
}

/* Zones of clause.c whose arguments act only inside them ("A, whose main
 * component is B, lost a war against C": B fights no one). */
enum { ZONE_PAREN = 1, ZONE_REL = 3, ZONE_PARTICIPLE = 4 };

/* How argument i takes part in the pairs: 0 not at all (no actor: the
 * pairs pass over it), 1 as an actor, -1 as a barrier (an actor that
 * types nothing: a state in a locative phrase, "in Syria", or of origin,
 * "militias from Iraq"; "pro-SDF"). A modifier ("US-backed") is passed
 * over: its own family reads it, and its participle is no cue here. */
static int cue_role(const rel *r, int i, int depth)
{
    const ng_clause *c = r->c;
    const ng_rel_arg *a = &c->a[i];
    /* ng_clause_fits(c, i, AGENT), its place test only for a place */
    if (a->kind != NG_KIND_ACTOR &&
        (a->kind != NG_KIND_PLACE || a->category[0] != 'c' || a->category[1] != 'o' ||
         strcmp(a->category, "country")))
        return 0;
    if (c->hyphens && ng_clause_compound(c, i))
        return 0;
    if (c->hyphens && ng_clause_prefixed(c, i))
        return -1;
    if (c->a[i].kind == NG_KIND_PLACE) {
        uint32_t k = c->a[i].tb;
        while (k > c->sb && (ng_clause_fam(c, k - 1) & NG_FAM_DETERMINER))
            k--;
        /* "in Syria", "in northern Syria" */
        if (k > c->sb && (ng_clause_fam(c, k - 1) & NG_FAM_DIRECTION))
            k--;
        /* "ERBIL, Iraq": a place's state */
        if (k > c->sb + 1 && ng_clause_punct(c, k - 1, ",") && ng_clause_arg(c, k - 2) >= 0 &&
            c->a[ng_clause_arg(c, k - 2)].kind == NG_KIND_PLACE)
            return -1;
        /* "in Syria": no actor, passed over ("carried out strikes in
         * Syria against B"); "militias from Iraq": a barrier */
        if (k > c->sb && in(r, k - 1, NG_TL_LOCATIVE_PREP))
            return 0;
        /* "within Turkey and Iraq": listed after one */
        if (depth < 2 && k > c->sb + 1 && (is(r, k - 1, "and") || is(r, k - 1, "or") ||
                                           ng_clause_punct(c, k - 1, ","))) {
            int p = ng_clause_arg(c, k - 2);
            if (p >= 0 && c->a[p].kind == NG_KIND_PLACE && cue_role(r, p, depth + 1) == 0)
                return 0;
        }
        if (k > c->sb + 1 && is(r, k - 1, "from") && !in(r, k - 2, NG_TL_CUE_SUPPORT_NOUN))
            return -1;
    }
    return 1;
}

/* Is the word at k in one of the cue lists? One look at its list set:
 * most gaps between two actors hold no cue ("A and B", "A, B"), and this
 * test alone reads them. */
#define CUE_BIT(l, w) ((unsigned)(l) / 64 == (w) ? 1ull << ((unsigned)(l) % 64) : 0)
#define CUE_MASK(w)                                                                        \
    (CUE_BIT(NG_TL_CUE_OPPOSE, w) | CUE_BIT(NG_TL_CUE_SUPPORT, w) |                       \
     CUE_BIT(NG_TL_CUE_SUPPORT_NOUN, w) | CUE_BIT(NG_TL_CUE_PARTY_NOUN, w) |              \
     CUE_BIT(NG_TL_CUE_ENEMY_NOUN, w) | CUE_BIT(NG_TL_CUE_EXPEL, w))

static int cue_any(const ng_clause *c, uint32_t k)
{
    const uint64_t *set = c->d->list_sets + (size_t)c->d->lset[k] * NG_TL_SETS;
    for (unsigned w = 0; w < NG_TL_SETS; w++)
        if (set[w] & CUE_MASK(w))
            return 1;
    return 0;
}

/* Does the gap between arguments i and j hold a cue word? */
static int cue_in_gap(const ng_clause *c, int i, int j)
{
    uint32_t b = c->a[i].te, e = c->a[j].tb;
    if (e < b || e - b > NG_WINDOW(c, CUE_GAP))
        return 0;
    for (uint32_t k = b; k < e; k++)
        if (cue_any(c, k))
            return 1;
    return 0;
}

/* Is a cue word at k? Which kind. */
static int cue_word(const rel *r, uint32_t k)
{
    if (in(r, k, NG_TL_CUE_OPPOSE) || in(r, k, NG_TL_CUE_ENEMY_NOUN))
        return CUE_OPPOSE;
    if (in(r, k, NG_TL_CUE_SUPPORT) || in(r, k, NG_TL_CUE_SUPPORT_NOUN) ||
        in(r, k, NG_TL_CUE_PARTY_NOUN))
        return CUE_SUPPORT;
    return CUE_NONE;
}

/* Is argument i an object: of a preposition ("backed by A", "with the
 * help of A") or of a cue verb ("fought A alongside B")? Passes
 * determiners and a few lower-case modifiers; for a name listed after
 * others ("by Turkey, the US and the EU"), the list's first. */
static int cue_object(const rel *r, int i)
{
    const ng_clause *c = r->c;
    uint32_t k = c->a[i].tb;
    /* back over the list: "A, B and the C" */
    for (int n = 0; n < COORDINATED_MAX; n++) {
        uint32_t m = k;
        while (m > c->sb && (ng_clause_fam(c, m - 1) & NG_FAM_DETERMINER) && ng_clause_lower(c, m - 1))
            m--;
        if (m <= c->sb + 1 || !(ng_clause_punct(c, m - 1, ",") || is(r, m - 1, "and") || is(r, m - 1, "or")))
            break;
        uint32_t sep = m - 1;
        if (is(r, sep, "and") && ng_clause_punct(c, sep - 1, ","))
            sep--;
        /* "the Syrian Democratic Forces (SDF), the YPJ": the name before
         * the brackets */
        uint32_t q = sep - 1;
        if (ng_clause_punct(c, q, ")") && q > c->sb + 1)
            q--;
        int p = ng_clause_arg(c, q);
        if (p < 0 || !ng_clause_fits(c, p, AGENT))
            break;
        k = c->a[p].tb;
        if (k > c->sb + 1 && ng_clause_punct(c, k - 1, "(") && ng_clause_arg(c, k - 2) >= 0)
            k = c->a[ng_clause_arg(c, k - 2)].tb;
    }
    for (int n = 0; k > c->sb && n < 4; n++) {
        k--;
        unsigned f = ng_clause_fam(c, k);
        /* "fighters of A", "units of A": the name stands for its men */
        if (is(r, k, "of") && k > c->sb && (ng_clause_fam(c, k - 1) & NG_FAM_QUANTITY))
            return 0;
        if (f & NG_FAM_PREPOSITION)
            return 1;
        if (ng_clause_lower(c, k) && cue_word(r, k) != CUE_NONE)
            return cue_word(r, k) == CUE_SUPPORT ? 2 : 1;
        if (!(f & NG_FAM_DETERMINER) && !(ng_clause_lower(c, k) && !(f & NG_FAM_STOP)))
            return 0;
    }
    return 0;
}

/* Possessive before token k in the gap (from b, the end of the first
 * actor): "'s", "its", "their" ("A and its backers in B", "al-Qaeda's
 * Syrian affiliate, B"). */
static int cue_possessed(const rel *r, uint32_t b, uint32_t k)
{
    for (uint32_t j = k; j > b && k - j < 4;) {
        j--;
        if (is(r, j, "its") || is(r, j, "their") || poss(r, j) || is(r, j, "his"))
            return 1;
        if (ng_clause_arg(r->c, j) >= 0 || !(r->c->d->t->tok[j].flags & NG_TOK_WORD))
            return 0;
    }
    return k - b < 4 && b > r->c->sb && poss(r, b - 1);
}

/* A noun cue names its other party right after it: at most two
 * prepositions, determiners or commas between it and e ("an ally of B",
 * "its backers in the B", "the support of B"). */
static int cue_noun_reaches(const rel *r, uint32_t k, uint32_t e)
{
    if (e - k > 3)
        return 0;
    for (uint32_t j = k + 1; j < e; j++)
        if (!(ng_clause_fam(r->c, j) & (NG_FAM_PREPOSITION | NG_FAM_DETERMINER)) &&
            !ng_clause_punct(r->c, j, ",") && !is(r, j, "including"))
            return 0;
    return 1;
}

/* Does the word at k end in "ing"? */
static int cue_ing(const rel *r, uint32_t k)
{
    const ng_token *w = &r->c->d->t->tok[k];
    const char *f = ng_tokens_fold(r->c->d->t, k);
    return w->flen > 4 && !memcmp(f + w->flen - 3, "ing", 3);
}

/* Is the word before k one that may precede a verb: an auxiliary, a
 * relative, "and", a modal, an adverb in -ly? Else a lower-case word
 * before k makes k a noun ("air strikes", "keep up raids") or a
 * participle of that noun ("the coalition fighting B"). */
static int cue_verb_before(const rel *r, uint32_t k)
{
    uint32_t p = k - 1;
    if (!ng_clause_lower(r->c, p))
        return 1;
    if (in(r, p, NG_TL_PASSIVE_AUX) || in(r, p, NG_TL_PERFECT_AUX) || in(r, p, NG_TL_RELATIVE) ||
        in(r, p, NG_TL_MODAL) || is(r, p, "that") || is(r, p, "and") || is(r, p, "or") ||
        is(r, p, "to") || is(r, p, "also") || is(r, p, "then") || is(r, p, "who"))
        return 1;
    const ng_token *w = &r->c->d->t->tok[p];
    const char *f = ng_tokens_fold(r->c->d->t, p);
    return w->flen > 3 && !memcmp(f + w->flen - 2, "ly", 2);
}

/* The noun cue at k is its subject's: "A's offensive", "A waged a terror
 * campaign against", "A keeps up raids on"; not "A condemned the attack
 * on": the word before its determiner and modifiers is a possessive, an
 * argument or a verb of cue_wage. */
static int cue_noun_owned(const rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    int det = 0;
    for (uint32_t p = k, n = 0; p > c->sb && n < 4; n++) {
        p--;
        if (poss(r, p) || ng_clause_arg(c, p) >= 0 || in(r, p, NG_TL_CUE_WAGE))
            return 1;
        if (!ng_clause_lower(c, p) || in(r, p, NG_TL_CUE_OPPOSE) || in(r, p, NG_TL_CUE_SUPPORT))
            return 0;
        /* modifiers, then a determiner, then the owner */
        if (ng_clause_fam(c, p) & NG_FAM_DETERMINER)
            det = 1;
        else if (det)
            return 0;
    }
    return 0;
}

/* Type the pair (i before j) by the cue words between them: the kind,
 * with *rev set when j acts on i. CUE_NONE when no cue, a blocking word
 * or cues of both kinds. */
static int cue_between(const rel *r, int i, int j, int *rev, uint32_t *first)
{
    const ng_clause *c = r->c;
    uint32_t b = ng_clause_end(c, i), e = c->a[j].tb;
    int kind = CUE_NONE, content = 0;
    unsigned zi = c->zone[c->a[i].tb - c->sb];
    /* "the YPG (People's Protection Units)": the zone the brackets are in */
    for (int n = 0; n < 2 && zi && c->zone_kind[zi] == ZONE_PAREN && c->zone_start[zi] > c->sb; n++)
        zi = c->zone[c->zone_start[zi] - 1 - c->sb];
    int aside = zi && (c->zone_kind[zi] == ZONE_REL || c->zone_kind[zi] == ZONE_PARTICIPLE);
    /* the gap opens with punctuation and an apposition: "A, the militia
     * that", "A (ACR), which": a relative there is about A */
    int opening = 1, apposition = 0;
    *rev = 0;
    *first = 0;
    if (e < b || e - b > NG_WINDOW(c, CUE_GAP))
        return CUE_NONE;
    /* "A's offensive against B": the possessed noun is the cue */
    uint32_t o = poss(r, b) ? b : b > c->a[i].tb && poss(r, b - 1) ? b - 1 : 0;
    if (o && !in(r, o + 1, NG_TL_CUE_OPPOSE) && !in(r, o + 1, NG_TL_CUE_SUPPORT) &&
        !in(r, o + 1, NG_TL_CUE_SUPPORT_NOUN) && !in(r, o + 1, NG_TL_CUE_PARTY_NOUN) &&
        !in(r, o + 1, NG_TL_CUE_ENEMY_NOUN))
        return CUE_NONE;
    for (uint32_t k = b; k < e; k++) {
        int a = ng_clause_arg(c, k);
        if (a >= 0) {
            /* a modifier's participle is its own ("the US-backed SDF") */
            uint32_t p = c->hyphens ? ng_clause_compound(c, a) : 0;
            if (p)
                k = p;
            else
                k = c->a[a].te - 1;
            continue;
        }
        if (ng_clause_punct(c, k, ";") || in(r, k, NG_TL_CUE_BLOCK) ||
            (ng_clause_fam(c, k) & NG_FAM_SUBORDINATOR))
            return CUE_NONE;
        if (ng_clause_fam(c, k) & NG_FAM_STOP) {
            /* but, while, because: another clause; "A attacked the town
             * that B holds": a relative after the cue is another's; "A
             * condemned the attack, which killed B": the attack's */
            if (kind != CUE_NONE || (!in(r, k, NG_TL_RELATIVE) && !is(r, k, "that")) ||
                (!opening && !apposition))
                return CUE_NONE;
            continue;
        }
        if (opening && ng_clause_punct(c, k, ",") && (ng_clause_fam(c, k + 1) & NG_FAM_DETERMINER))
            apposition = 1;
        if (!(c->d->t->tok[k].flags & NG_TOK_PUNCT))
            opening = 0;
        /* "threatened to launch an offensive against B", "may attack B" */
        if (in(r, k, NG_TL_MODAL))
            return CUE_NONE;
        if (!ng_clause_lower(c, k))
            continue;
        int kk = CUE_NONE, rv = 0;
        /* "fought alongside B": alongside tells; "fought alongside it
         * against B": against does */
        if ((in(r, k, NG_TL_CUE_OPPOSE) && in(r, k + 1, NG_TL_CUE_SUPPORT)) ||
            (in(r, k, NG_TL_CUE_SUPPORT) && in(r, k + 1, NG_TL_CUE_PRONOUN)))
            continue;
        if (in(r, k, NG_TL_CUE_EXPEL)) {
            /* "drove B out", "pushed B back", "driven B from P" */
            uint32_t je = ng_clause_end(c, j);
            if (is(r, je, "out") || is(r, je, "back") || is(r, je, "from") || is(r, je, "away")) {
                kk = CUE_OPPOSE;
                rv = is(r, k + 1, "by");
            } else
                continue;
        } else if (in(r, k, NG_TL_CUE_PARTY_NOUN) || in(r, k, NG_TL_CUE_ENEMY_NOUN)) {
            /* "A, an ally of B", "A, a rival of B"; "A and its backers in B":
             * the noun names the one before, or, possessed, the one after */
            if (k == b || !cue_noun_reaches(r, k, e))
                continue;
            kk = in(r, k, NG_TL_CUE_ENEMY_NOUN) ? CUE_OPPOSE : CUE_SUPPORT;
            rv = cue_possessed(r, b, k);
            /* "the YPG and its allies in the SDF": allies within it */
            if (rv && is(r, k + 1, "in"))
                continue;
        } else if (in(r, k, NG_TL_CUE_SUPPORT_NOUN)) {
            /* "with the support of B", "help from B"; "A's support for B" */
            if (!cue_noun_reaches(r, k, e))
                continue;
            kk = CUE_SUPPORT;
            rv = is(r, k + 1, "of") || is(r, k + 1, "from");
        } else if (in(r, k, NG_TL_CUE_OPPOSE) || in(r, k, NG_TL_CUE_SUPPORT)) {
            kk = in(r, k, NG_TL_CUE_OPPOSE) ? CUE_OPPOSE : CUE_SUPPORT;
            if (is(r, k, "against")) {
                /* "against B", "against remnants of B"; not "against any
                 * action that put B", "an alliance against B" */
                if (e - k > 4 || (ng_clause_lower(c, k - 1) && !in(r, k - 1, NG_TL_CUE_OPPOSE) &&
                                  !in(r, k - 1, NG_TL_CUE_SUPPORT)))
                    continue;
            } else if (kk == CUE_OPPOSE && k > c->sb &&
                       ((ng_clause_fam(c, k - 1) & NG_FAM_DETERMINER) ||
                                     poss(r, k - 1) || !cue_verb_before(r, k))) {
                /* a noun reads its parties itself: "its campaign against
                 * B", not "the attack proof that B", "air strikes and B";
                 * "the coalition fighting B" is the coalition's */
                if (cue_ing(r, k) || (!is(r, k + 1, "against") && !is(r, k + 1, "on") &&
                                      !is(r, k + 1, "with")) ||
                    !cue_noun_owned(r, k)) {
                    /* a noun of no cue: a word of the object ("repelled an
                     * attack on its positions by B") */
                    if (kind != CUE_NONE && ++content > 1)
                        return CUE_NONE;
                    continue;
                }
            }
            /* "B was killed by A", "B was killed in clashes with A" */
            rv = is(r, k + 1, "by") ||
                 (!cue_ing(r, k) && k > c->sb && in(r, k - 1, NG_TL_PASSIVE_AUX) && !is(r, k - 1, "be"));
        } else if (kind != CUE_NONE && !(ng_clause_fam(c, k) & (NG_FAM_DETERMINER | NG_FAM_PREPOSITION)) &&
                   !(c->d->t->tok[k].flags & NG_TOK_NUMBER)) {
            /* "targeted a house linked to B", "bombed a convoy carrying
             * aid from B": B is another word's */
            if (++content > 1 || cue_ing(r, k))
                return CUE_NONE;
            continue;
        }
        if (kk == CUE_NONE)
            continue;
        content = 0;
        /* an actor inside an aside acts there only */
        if (aside && c->zone[k - c->sb] != zi)
            return CUE_NONE;
        if (ng_clause_negated(c, k) || ng_clause_unreal(c, k))
            return CUE_NONE;
        if (kind != CUE_NONE && kind != kk)
            return CUE_NONE;
        if (kind == CUE_NONE) {
            *rev = rv;
            *first = k;
        }
        kind = kk;
    }
    /* "fought under NAME against", "fought for B": the preposition before
     * B is the cue's ("raids on B", "tanks of B", "loyal to B") */
    uint32_t q = e;
    while (q > b && (ng_clause_fam(c, q - 1) & NG_FAM_DETERMINER))
        q--;
    if (kind != CUE_NONE && q > b && (ng_clause_fam(c, q - 1) & NG_FAM_PREPOSITION) &&
        !in(r, q - 1, NG_TL_CUE_OPPOSE) && !in(r, q - 1, NG_TL_CUE_SUPPORT) &&
        !is(r, q - 1, "on") && !is(r, q - 1, "with") && !is(r, q - 1, "by") && !is(r, q - 1, "of") &&
        !is(r, q - 1, "at") && !is(r, q - 1, "to") && !is(r, q - 1, "from"))
        return CUE_NONE;
    return kind;
}

/* Is argument i the object of a verb ("would leave Syria, announcing
 * the battle against B")? A lower-case word before it, past
 * determiners, that is no conjunction, preposition or cue. */
static int cue_verb_object(const rel *r, int i)
{
    const ng_clause *c = r->c;
    uint32_t k = c->a[i].tb;
    while (k > c->sb && (ng_clause_fam(c, k - 1) & NG_FAM_DETERMINER) && ng_clause_lower(c, k - 1))
        k--;
    if (k <= c->sb || !ng_clause_lower(c, k - 1))
        return 0;
    uint32_t p = k - 1;
    return !is(r, p, "and") && !is(r, p, "or") && !(ng_clause_fam(c, p) & NG_FAM_STOP) &&
           !(ng_clause_fam(c, p) & (NG_FAM_QUANTITY | NG_FAM_DIRECTION | NG_FAM_PREPOSITION));
}

/* "B, the coalition that A arms and pays", "the SNA, which Turkey
 * backs": a relative right before A, a cue verb right after it, and
 * between B and the relative an apposition or nothing: A acts on B. */
static void object_relative(rel *r, int i, int j)
{
    const ng_clause *c = r->c;
    uint32_t b = ng_clause_end(c, i), e = c->a[j].tb, v = ng_clause_end(c, j);
    if (e <= b || e - b > NG_WINDOW(c, CUE_GAP) ||
        !(is(r, e - 1, "that") || is(r, e - 1, "which") || is(r, e - 1, "whom")))
        return;
    if (is(r, v, "also") || is(r, v, "still"))
        v++;
    int kind = in(r, v, NG_TL_CUE_OPPOSE) ? CUE_OPPOSE : in(r, v, NG_TL_CUE_SUPPORT) ? CUE_SUPPORT : 0;
    if (!kind || !ng_clause_lower(c, v) || is(r, v, "against") || is(r, v, "alongside") ||
        is(r, v + 1, "by") || cue_ing(r, v) || ng_clause_negated(c, v) || ng_clause_unreal(c, v))
        return;
    /* the relative's own antecedent: B itself, or B's apposition */
    uint32_t g = b;
    if (ng_clause_punct(c, g, ")"))
        g++;
    if (g + 1 < e) {
        if (!ng_clause_punct(c, g, ",") || !(ng_clause_fam(c, g + 1) & NG_FAM_DETERMINER))
            return;
        for (uint32_t k = g + 2; k + 1 < e; k++)
            if (!ng_clause_lower(c, k) || cue_any(c, k) || (ng_clause_fam(c, k) & (NG_FAM_STOP | NG_FAM_PREPOSITION)))
                return;
    }
    if (c->a[j].person || (kind == CUE_SUPPORT && c->a[i].person))
        return;
    emit(r, j, i, kind == CUE_OPPOSE ? NG_REL_OPPOSES : NG_REL_SUPPORTS);
}

void ng_rel_cue_pairs(rel *r)
{
    const ng_clause *c = r->c;
    const uint32_t(*typed)[2] = (const uint32_t(*)[2])r->typed->pair;
    size_t n_typed = r->typed->n;
    int prev = -1;
    for (int j = 0; j < (int)c->n; j++) {
        /* an organisation or a person: an actor, unless a modifier or
         * prefixed; a state: as cue_role says; another place: none */
        int role = cue_role(r, j, 0);
        if (!role)
            continue;
        int i = prev;
        prev = role > 0 ? j : -1;
        if (i < 0 || role < 0 || c->a[i].ent == c->a[j].ent)
            continue;
        uint32_t ei = c->a[i].ent, ej = c->a[j].ent;
        size_t t = 0;
        while (t < n_typed && !((typed[t][0] == ei && typed[t][1] == ej) ||
                                (typed[t][0] == ej && typed[t][1] == ei)))
            t++;
        if (t < n_typed)
            continue;
        if (!cue_in_gap(c, i, j)) {
            object_relative(r, i, j);
            continue;
        }
        /* "..., the SDF said": the speaker is no party */
        uint32_t after = ng_clause_end(c, j);
        if (in(r, after, NG_TL_CUE_SPEECH) || (ng_clause_punct(c, after, ")") && in(r, after + 1, NG_TL_CUE_SPEECH)))
            continue;
        /* "a NATO ally that", "the main US partner in": the name
         * modifies the noun, whose referent is the party */
        if (in(r, ng_clause_end(c, i), NG_TL_CUE_PARTY_NOUN) ||
            in(r, ng_clause_end(c, i), NG_TL_CUE_ENEMY_NOUN))
            continue;
        uint32_t first;
        int rev, kind = cue_between(r, i, j, &rev, &first);
        if (kind == CUE_NONE)
            continue;
        /* an apposition or relative clause opens the gap: it tells of A,
         * whatever governs A ("run by A, the authority affiliated with B",
         * "named the FSA, which has fought B") */
        uint32_t g = ng_clause_end(c, i);
        if (ng_clause_punct(c, g, ")"))
            g++;
        int about = (ng_clause_punct(c, g, ",") &&
                     ((ng_clause_fam(c, g + 1) & NG_FAM_DETERMINER) || in(r, g + 1, NG_TL_RELATIVE))) ||
                    ((in(r, g, NG_TL_RELATIVE) || is(r, g, "that")) && cue_object(r, i) != 1);
        /* the acting one is no object ("backed by A, hit B", "fought A
         * alongside B", "would leave Syria, announcing the battle against
         * B"), except "A backs B against C": B opposes C */
        int obj = about ? 0 : cue_object(r, i);
        if (obj == 2 && kind == CUE_OPPOSE && is(r, first, "against"))
            obj = 0;
        else if (!obj && !about && !rev && cue_verb_object(r, i))
            obj = 1;
        if (obj)
            continue;
        if (kind == CUE_SUPPORT && c->a[i].person != c->a[j].person &&
            (c->a[i].kind == NG_KIND_ACTOR && c->a[j].kind == NG_KIND_ACTOR))
            continue;
        /* a person acts through the families' shapes ("forces under
         * NAME"), here only as the one acted on ("killed by A") */
        if (c->a[rev ? j : i].person)
            continue;
        ng_relation type = kind == CUE_OPPOSE ? NG_REL_OPPOSES : NG_REL_SUPPORTS;
        if (rev)
            emit_lists(r, j, 1, i, 1, type);
        else
            emit_lists(r, i, 1, j, 1, type);
    }
}
