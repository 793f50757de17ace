/* relation_place.c - relations with a place: captured, controls, located_in,
 * held_in, moved_to
 *
 * The actor captured or controls the place, the smaller place is
 * located_in the larger or nearby one, a person is held_in a camp or
 * prison, an actor moved_to a place. A negated or denied trigger states
 * nothing.
 */
#include "relation_priv.h"

/* The word classes of verbs a trigger list gives. */
#define VERB_FAMILIES                                                                      \
    (NG_FAM_SUPPORT_VERB | NG_FAM_OPPOSE_VERB | NG_FAM_CAPTURE_VERB | NG_FAM_CONTROL_VERB |  \
     NG_FAM_MOVE_VERB | NG_FAM_CARRY_VERB | NG_FAM_HELD_VERB)

/* ---- captured ------------------------------------------------------------------- */

/* "the town of", "the province of" at k, k + 1 */
static int place_noun_of(const rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    return k < c->se && (c->d->lex[k] & (1u << NG_LEX_PLACE_NOUN)) && ng_clause_lower(c, k) &&
           is(r, k + 1, "of");
}

/* The argument at token j, past "the" and a place noun's "of" ("the
 * towns of A", "the town of Q"), or -1. */
static int place_named_at(const rel *r, uint32_t j)
{
    if (is(r, j, "the"))
        j++;
    if (place_noun_of(r, j))
        j += 2;
    return ng_clause_arg(r->c, j);
}

/* The argument ending right before token m, or the one before a place
 * noun there ("Idlib province, the HTS stronghold in"): -1 if none. */
static int place_before(const rel *r, uint32_t m)
{
    const ng_clause *c = r->c;
    if (m <= c->sb)
        return -1;
    int i = ng_clause_arg(c, m - 1);
    if (i < 0 && m > c->sb + 1 && ng_clause_lower(c, m - 1) &&
        (ng_clause_fam(c, m - 1) & NG_FAM_PLACE_AFTER)) {
        i = ng_clause_arg(c, m - 2);
        if (i >= 0 && c->a[i].kind != NG_KIND_PLACE)
            i = -1;
    }
    return i;
}


/* After "took control of", "gained control of most of": the place. */
static uint32_t control_phrase(const rel *r, uint32_t k)
{
    uint32_t j = k;
    if (is(r, j + 1, "control") && is(r, j + 2, "of")) {
        j += 2;
        if (in(r, j + 1, NG_TL_CONTROL_SHARE) && is(r, j + 2, "of"))
            j += 2;
    }
    return j;
}

/* "retook most of the city, including the districts of A, B and C":
 * when a verb at k names no place itself, the first place after an
 * "including" in its clause. -1 if none. */
static int including_place(const rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    for (uint32_t m = k + 1; m < c->se && m <= k + NG_WINDOW(c, INCLUDING_REACH); m++) {
        if (ng_clause_punct(c, m, ".") || ng_clause_punct(c, m, ";") || ng_clause_punct(c, m, ":") ||
            (ng_clause_fam(c, m) & NG_FAM_STOP))
            return -1;
        if (is(r, m, "including"))
            return ng_clause_object(c, m, NG_NEED_PLACE, NG_WINDOW(c, CAPTURE_OBJECT));
    }
    return -1;
}

/* "took Afrin and several villages, including the town of P", "captured
 * dozens of villages in 2017, among them P", "Palmyra and nearby towns
 * such as P": the places that spell out a plural noun of places the verb
 * took, from token m on (right after the verb's object). -1 if none. */
static int spelled_out_places(const rel *r, uint32_t m)
{
    const ng_clause *c = r->c;
    /* a tight scan to the word first; most clauses have none */
    uint32_t w = m, e = m + NG_WINDOW(c, INCLUDING_REACH);
    while (w < c->se && w <= e && !in(r, w, NG_TL_SPELL_OUT_WORD))
        w++;
    if (w >= c->se || w > e ||
        !(is(r, w, "including") || (is(r, w, "such") && is(r, w + 1, "as")) ||
          (is(r, w, "among") && is(r, w + 1, "them"))))
        return -1;
    int plural = 0;
    for (; m < w; m++) {
        int i = ng_clause_arg(c, m);
        if (i >= 0 && c->a[i].kind == NG_KIND_PLACE) {
            m = c->a[i].te - 1; /* "Afrin, Jandaris and ..." */
            continue;
        }
        if (i >= 0 || (!ng_clause_lower(c, m) && !ng_clause_punct(c, m, ",") &&
                       !(c->d->t->tok[m].flags & NG_TOK_NUMBER)))
            return -1;
        if (in(r, m, NG_TL_PLACE_PLURAL_NOUN))
            plural = 1;
        /* "dozens of villages", "in 2017"; no other preposition */
        if (ng_clause_fam(c, m) & NG_FAM_PREPOSITION) {
            if (is(r, m, "in") && m + 1 < w && (c->d->t->tok[m + 1].flags & NG_TOK_NUMBER)) {
                m++;
                continue;
            }
            if (is(r, m, "of") && (ng_clause_fam(c, m - 1) & NG_FAM_QUANTITY))
                continue;
            return -1;
        }
        /* "and attacked several towns": another verb's object */
        uint32_t fl = c->d->t->tok[m].flen;
        if ((ng_clause_fam(c, m) & (NG_FAM_STOP | NG_FAM_OPPOSE_VERB | NG_FAM_CAPTURE_VERB |
                                     NG_FAM_MOVE_VERB | NG_FAM_SUPPORT_VERB | NG_FAM_CONTROL_VERB |
                                     NG_FAM_HELD_VERB | NG_FAM_CARRY_VERB)) ||
            (fl > 3 && !memcmp(ng_tokens_fold(c->d->t, m) + fl - 2, "ed", 2)))
            return -1;
    }
    if (!plural)
        return -1;
    return ng_clause_object(c, is(r, w, "including") ? w : w + 1, NG_NEED_PLACE,
                            NG_WINDOW(c, CAPTURE_OBJECT));
}

static uint32_t distance_before(const rel *r, uint32_t m);
static int country_follows(const rel *r, int p);
static int chain_head(const rel *r, uint32_t e);
static int modifies_noun(const rel *r, int i);
static int place_described(const rel *r, uint32_t *at);

/* Place p is the end of an offset apposition ("Ain Issa, about 50 km
 * north of Raqqa,", "Hmeimim, south-east of Latakia,", "Roj, near
 * Derik,"): the place the apposition describes, else -1. */
static int offset_head(const rel *r, int p)
{
    const ng_clause *c = r->c;
    uint32_t o = c->a[p].tb;
    while (o > c->sb && (ng_clause_fam(c, o - 1) & NG_FAM_DETERMINER))
        o--;
    if (o > c->sb + 2 && is(r, o - 1, "of") && in(r, o - 2, NG_TL_COMPASS_POINT)) {
        o -= 2;
        if (o > c->sb + 1 && (c->d->t->tok[o - 1].flags & NG_TOK_HYPHEN) &&
            in(r, o - 2, NG_TL_COMPASS_POINT))
            o -= 2; /* "south-east of" */
        o = distance_before(r, o);
    } else if (o > c->sb + 1 && (is(r, o - 1, "near") || is(r, o - 1, "outside"))) {
        o -= 1;
    } else if (o > c->sb + 2 && is(r, o - 1, "from") && distance_before(r, o - 1) < o - 1) {
        o = distance_before(r, o - 1);
    }
    if (o == c->a[p].tb || o <= c->sb + 1 || !ng_clause_punct(c, o - 1, ","))
        return -1;
    int q = place_before(r, o - 1);
    return q >= 0 && q != p && c->a[q].kind == NG_KIND_PLACE ? q : p;
}

/* The place an apposition ending at the comma at token e describes
 * ("Manbij, a mostly Arab city of 100,000 people,", "the Omar field, the
 * largest in Syria,"): the place before the apposition's own comma, when
 * the apposition opens with an article, "one" or a number word and holds
 * no verb or clause word. -1 if none. */
static int apposition_head(const rel *r, uint32_t e)
{
    const ng_clause *c = r->c;
    for (uint32_t j = e; j > c->sb + 1 && e - j < NG_WINDOW(c, APPOSITION_REACH);) {
        j--;
        if (ng_clause_punct(c, j, ",") && j > c->sb && (c->d->t->tok[j - 1].flags & NG_TOK_NUMBER) &&
            (c->d->t->tok[j + 1].flags & NG_TOK_NUMBER))
            continue; /* "100,000" */
        if (ng_clause_punct(c, j, ",")) {
            if (!(is(r, j + 1, "the") || is(r, j + 1, "one") || in(r, j + 1, NG_TL_APPOSITION_DET)))
                return -1;
            int p = place_before(r, j);
            return p >= 0 && c->a[p].kind == NG_KIND_PLACE && place_rank(&c->a[p]) < RANK_COUNTRY
                       ? p
                       : -1;
        }
        if ((ng_clause_fam(c, j) & (NG_FAM_STOP | VERB_FAMILIES)) ||
            !(c->d->t->tok[j].flags & (NG_TOK_WORD | NG_TOK_NUMBER | NG_TOK_HYPHEN)))
            return -1;
    }
    return -1;
}

/* The place before an apposition that the comma at e closes: "Al-Bab,
 * some 30 km northeast of Aleppo," (e at the second comma) gives Al-Bab;
 * the apposition holds no verb, no clause word and no other comma. -1 if
 * none. */
static int apposed_before(const rel *r, uint32_t e)
{
    const ng_clause *c = r->c;
    for (uint32_t j = e; j > c->sb + 1 && e - j < NG_WINDOW(c, APPOSED_REACH);) {
        j--;
        if (ng_clause_punct(c, j, ",")) {
            int p = j + 1 < e ? place_before(r, j) : -1;
            return p >= 0 && c->a[p].kind == NG_KIND_PLACE ? p : -1;
        }
        if ((ng_clause_lower(c, j) && (ng_clause_fam(c, j) & (NG_FAM_STOP | VERB_FAMILIES))) ||
            ng_clause_punct(c, j, ";") || ng_clause_punct(c, j, ":"))
            return -1;
    }
    return -1;
}

/* The first token of place p's phrase: p's first token, or the
 * lower-case determiners and direction words before it ("the eastern"). */
static uint32_t phrase_start(const rel *r, int p)
{
    const ng_clause *c = r->c;
    uint32_t b = c->a[p].tb;
    while (b > c->sb && ng_clause_lower(c, b - 1) &&
           (ng_clause_fam(c, b - 1) & (NG_FAM_DETERMINER | NG_FAM_DIRECTION)))
        b--;
    return b;
}

/* Is place p the object of a preposition ("the largest in Syria")? */
static int after_preposition(const rel *r, int p)
{
    const ng_clause *c = r->c;
    uint32_t b = phrase_start(r, p);
    return b > c->sb && (ng_clause_fam(c, b - 1) & NG_FAM_PREPOSITION);
}

/* Is place p the object of a preposition after a noun for places or
 * sites ("the villages near Raqqa", "the prisons in Hasakah", "positions
 * outside Manbij")? A relative clause after p then tells of that noun. */
static int object_of_site_noun(const rel *r, int p)
{
    const ng_clause *c = r->c;
    uint32_t b = phrase_start(r, p);
    if (b < c->sb + 2 || !(in(r, b - 1, NG_TL_LOCATE_PREP) || is(r, b - 1, "around")))
        return 0;
    uint32_t n = b - 2;
    return (ng_clause_lower(c, n) || n == c->sb) && ng_clause_arg(c, n) < 0 &&
           ((c->d->lex[n] & (1u << NG_LEX_PLACE_NOUN)) || in(r, n, NG_TL_SITE_PLURAL_NOUN));
}

/* "P, which A seized": the verb's object is the place before the
 * relative pronoun that opens its agent a's clause ("P, a city of 100,000
 * people, which A took": the place the apposition describes). -1 if none. */
static int relative_place(const rel *r, uint32_t b);
static int relative_object(const rel *r, int a)
{
    const ng_clause *c = r->c;
    uint32_t b = c->a[a].tb;
    while (b > c->sb && (ng_clause_fam(c, b - 1) & NG_FAM_DETERMINER) && !is(r, b - 1, "that"))
        b--;
    return relative_place(r, b);
}

/* The place a relative clause whose subject starts at b tells of: "P,
 * which ..." (see relative_object); -1 if none. */
static int relative_place(const rel *r, uint32_t b)
{
    const ng_clause *c = r->c;
    if (b < c->sb + 3 || !(is(r, b - 1, "which") || is(r, b - 1, "that")) ||
        !ng_clause_punct(c, b - 2, ","))
        return -1;
    int p = place_before(r, b - 2);
    if (p < 0 || c->a[p].kind != NG_KIND_PLACE || after_preposition(r, p)) {
        int h = apposition_head(r, b - 2);
        if (h >= 0)
            return h;
    }
    if (p < 0 || c->a[p].kind != NG_KIND_PLACE || object_of_site_noun(r, p))
        return -1;
    /* "Hmeimim air base, south-east of Latakia, which Russia kept": the
     * relative is about the place the offset describes */
    int h = offset_head(r, p);
    if (h >= 0)
        p = h;
    if (place_rank(&c->a[p]) >= RANK_COUNTRY)
        return -1;
    return p;
}

/* The armed group a sentence speaks of as "the group", "the jihadists"
 * at token k: its first actor of that category, named before k. -1 if none. */
static int sentence_group(const rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    for (size_t i = 0; i < c->n && c->a[i].te <= k; i++)
        if (c->a[i].kind == NG_KIND_ACTOR && !strcmp(c->a[i].category, "armed_group"))
            return (int)i;
    return -1;
}

/* "P, the largest town A still held", "P, a city that the group
 * controlled", "P, the last village the jihadists had taken": the verb at
 * k has for object the place an apposition before its agent describes.
 * Returns that place and sets *agent (the group of the sentence for "the
 * group", "the militants"; -1 when none is named before); -1 when the
 * sentence is not so written. */
static int apposed_object(const rel *r, uint32_t k, int *agent)
{
    const ng_clause *c = r->c;
    uint32_t m = help_before(r, k); /* "that A helped seize" */
    if (!m)
        m = k;
    while (m > c->sb && ng_clause_lower(c, m - 1) &&
           (in(r, m - 1, NG_TL_CONTROL_ADVERB) || in(r, m - 1, NG_TL_PERFECT_AUX)))
        m--; /* "still", "once", "had" */
    if (m <= c->sb + 3)
        return -1;
    int a = ng_clause_arg(c, m - 1);
    uint32_t b;
    if (a >= 0) {
        if (!ng_clause_fits(c, a, AGENT) || ng_clause_compound(c, a))
            return -1;
        b = c->a[a].tb;
    } else if (ng_clause_lower(c, m - 1) && in(r, m - 1, NG_TL_GENERIC_GROUP)) {
        a = sentence_group(r, m - 1);
        b = m - 1;
    } else {
        return -1;
    }
    while (b > c->sb && ng_clause_lower(c, b - 1) && (ng_clause_fam(c, b - 1) & NG_FAM_DETERMINER) &&
           !is(r, b - 1, "that"))
        b--;
    if (b > c->sb && (is(r, b - 1, "that") || is(r, b - 1, "which")))
        b--;
    /* the noun the apposition names: "the (largest) town" */
    if (b <= c->sb + 2 || !ng_clause_lower(c, b - 1) || !in(r, b - 1, NG_TL_HELD_AREA_NOUN))
        return -1;
    b--;
    for (int steps = 0; b > c->sb && steps < 4 &&
                        (ng_clause_lower(c, b - 1) || (c->d->lex[b - 1] & (1u << NG_LEX_DEMONYM))) &&
                        !(ng_clause_fam(c, b - 1) & (NG_FAM_PREPOSITION | NG_FAM_STOP));
         steps++)
        b--; /* "the last remaining", "a Syrian" */
    if (b <= c->sb + 1 || !ng_clause_punct(c, b - 1, ","))
        return -1;
    int p = place_before(r, b - 1);
    if (p < 0 || c->a[p].kind != NG_KIND_PLACE || place_rank(&c->a[p]) >= RANK_COUNTRY)
        return -1;
    *agent = a;
    return p;
}

/* The verb at k has the apposed object p (apposed_object): the place
 * "in Q" after the verb holds p ("Mosul, the largest city the group held
 * in Iraq"). */
static void apposed_object_in(rel *r, uint32_t k, int p)
{
    const ng_clause *c = r->c;
    if (k + 2 < c->se && is(r, k + 1, "in")) {
        int q = ng_clause_object(c, k + 1, NG_NEED_PLACE, NG_WINDOW(c, LOCATE_BIG));
        if (q >= 0 && q != p && place_rank(&c->a[q]) >= place_rank(&c->a[p]))
            emit(r, p, q, NG_REL_LOCATED_IN);
    }
}

/* Are place categories a and b the kind one noun names ("the town" for
 * a city too)? */
static int same_place_kind(const char *a, const char *b)
{
    static const char *const settled[] = {"town", "city", "capital", "village", NULL};
    if (!strcmp(a, b))
        return 1;
    int sa = 0, sb = 0;
    for (int i = 0; settled[i]; i++) {
        sa |= !strcmp(a, settled[i]);
        sb |= !strcmp(b, settled[i]);
    }
    return sa && sb;
}

/* "X overran Tabqa air base; the base was retaken by Y": "the NOUN" at
 * k - 1, k (NOUN a place head word) stands for the nearest place before
 * it of the category the noun names. -1 if none. */
static int anaphor_place(const rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    if (k < c->sb + 2 || !is(r, k - 1, "the") || ng_clause_arg(c, k) >= 0 ||
        !(ng_clause_fam(c, k) & NG_FAM_PLACE_HEAD) || !ng_clause_lower(c, k))
        return -1;
    const ng_triggers *tr = c->d->tr;
    const char *cat = NULL;
    for (size_t i = 0; i < tr->n_heads && !cat; i++)
        if (ng_clause_is(r->c, k, tr->heads[i].word))
            cat = tr->heads[i].category;
    for (uint32_t m = k - 1; cat && m > c->sb;) {
        m--;
        int i = ng_clause_arg(c, m);
        if (i >= 0 && c->a[i].kind == NG_KIND_PLACE && same_place_kind(cat, c->a[i].category))
            return i;
    }
    return -1;
}

static int generic_possessor(const rel *r, uint32_t k);
static int generic_referent(const rel *r, uint32_t k, int relative);

/* The place a phrase starting at k names, past determiners, directions,
 * "the town of", "most of" and a country's possessive ("out of Syria's
 * Deir ez-Zor"): -1 when something else comes first. */
static int place_at(const rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    for (uint32_t m = k, steps = 0; m < c->se && steps < NG_WINDOW(c, CAPTURE_AFTER_REACH) * 2;
         steps++) {
        int i = ng_clause_arg(c, m);
        if (i >= 0) {
            if (c->a[i].kind != NG_KIND_PLACE)
                return -1;
            if (c->a[i].te < c->se && (c->d->t->tok[c->a[i].te].flags & NG_TOK_POSS)) {
                m = c->a[i].te + 1; /* "Syria's (eastern province of) Deir ez-Zor" */
                continue;
            }
            return i;
        }
        if (ng_clause_lower(c, m) && (ng_clause_fam(c, m) & (NG_FAM_DETERMINER | NG_FAM_DIRECTION)))
            m++;
        else if (place_noun_of(r, m) || (in(r, m, NG_TL_CONTROL_SHARE) && is(r, m + 1, "of")))
            m += 2;
        else
            return -1;
    }
    return -1;
}

/* "held Raqqa", "held the town of Raqqa" from k: a place is named, and
 * it is what is held, not a modifier of the noun after it ("held Astana
 * talks", "held Raqqa's stadium"). */
static int held_place(const rel *r, uint32_t k)
{
    int p = place_at(r, k);
    return p >= 0 && !modifies_noun(r, p);
}

/* "by A" or "to A" (the word w) after token k, past places listed, dates
 * and prepositional phrases ("Raqqa and Tabqa in October 2017 by"): A, or -1. */
static int agent_after(const rel *r, uint32_t k, const char *w)
{
    const ng_clause *c = r->c;
    for (uint32_t m = k; m < c->se && m <= k + NG_WINDOW(c, CAPTURE_PASSIVE_REACH); m++) {
        if (ng_clause_is(r->c, m, w))
            return ng_clause_object(c, m, AGENT, NG_WINDOW(c, CAPTURE_BY_AGENT));
        int i = ng_clause_arg(c, m);
        if (i >= 0) {
            m = c->a[i].te - 1;
            continue;
        }
        if (ng_clause_punct(c, m, ",") || ng_clause_punct(c, m, ".") || ng_clause_punct(c, m, ";") ||
            (ng_clause_fam(c, m) & NG_FAM_STOP))
            return -1;
        if ((c->d->t->tok[m].flags & NG_TOK_WORD) && ng_clause_lower(c, m) && !is(r, m, "and") &&
            !(ng_clause_fam(c, m) & (NG_FAM_PREPOSITION | NG_FAM_DETERMINER)) &&
            !(c->d->lex[m] & ((1u << NG_LEX_MONTH) | (1u << NG_LEX_WEEKDAY))))
            return -1;
    }
    return -1;
}

/* "the fall of P to A", "the capture of P by A", "A's takeover of P",
 * "the group's seizure of P", "the HTS takeover of P": A captured P. A
 * possessor of "fall" or "loss" lost the place: nothing. Returns whether
 * it emitted. */
static int captured_noun(rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    if (k <= c->sb || !is(r, k + 1, "of"))
        return 0;
    int to = in(r, k, NG_TL_CAPTURE_NOUN_TO), a = -1;
    if (to)
        ;
    else if ((c->d->t->tok[k - 1].flags & NG_TOK_POSS) && k >= c->sb + 2)
        a = ng_clause_arg(c, k - 2) >= 0 ? ng_clause_arg(c, k - 2) : generic_possessor(r, k - 1);
    else if (ng_clause_arg(c, k - 1) >= 0)
        a = ng_clause_arg(c, k - 1);
    else if (!is(r, k - 1, "the"))
        return 0;
    if (a >= 0 && (!ng_clause_fits(c, a, AGENT) || ng_clause_compound(c, a)))
        return 0;
    int p = place_at(r, k + 2);
    if (p < 0)
        return 0;
    if (a < 0) {
        int more[COORDINATED_MAX];
        size_t n = ng_clause_coordinated_after(c, p, more, COORDINATED_MAX);
        a = agent_after(r, n ? c->a[more[n - 1]].te : c->a[p].te, to ? "to" : "by");
    }
    if (a < 0 || ng_clause_negated(c, k))
        return 0;
    emit_coord_dst(r, a, p, NG_REL_CAPTURED);
    return 1;
}

/* "A drove B out of P", "A expelled B from P", "B was pushed out of P by
 * A": A took P, and fought B. B is an actor or a word for armed men
 * ("drove the jihadists out of P"); "forced thousands of civilians from
 * P" says nothing, nor "vowed to drive B out of P" (an aim). */
static void expelled(rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    if (ng_clause_negated(c, k) || (k > c->sb && is(r, k - 1, "to")))
        return;
    int passive = k > c->sb && in(r, k - 1, NG_TL_PASSIVE_AUX);
    int who = -1, found = passive;
    uint32_t from = 0;
    for (uint32_t m = k + 1; m < c->se && m <= k + NG_WINDOW(c, EXPEL_OBJECT) && !from; m++) {
        int i = ng_clause_arg(c, m);
        if (i >= 0) {
            if (ng_clause_compound(c, i) || ng_clause_prefixed(c, i)) {
                m = c->a[i].te - 1; /* "the US-backed SDF", "anti-IS" */
                continue;
            }
            if (who >= 0 || passive || !ng_clause_fits(c, i, BODY))
                return;
            who = i;
            found = 1;
            m = c->a[i].te - 1;
            continue;
        }
        if (is(r, m, "out") && is(r, m + 1, "of") && found)
            from = m + 2;
        else if (is(r, m, "from") && found)
            from = m + 1;
        else if (is(r, m, "out") && m == k + 1)
            ; /* "drove out the militants from" */
        else if (is(r, m, "of") && found && who < 0)
            ; /* "the jihadists of IS" */
        else if (!(c->d->t->tok[m].flags & NG_TOK_WORD) && (c->d->t->tok[m].flags & NG_TOK_HYPHEN))
            ;
        else if (!ng_clause_lower(c, m) || (ng_clause_fam(c, m) & (NG_FAM_PREPOSITION | NG_FAM_STOP)))
            return;
        else if (in(r, m, NG_TL_EXPEL_OBJECT_NOUN))
            found = 1;
        else if (found && !is(r, m, "back"))
            return; /* "drove the militants deeper" */
    }
    int p = from ? place_at(r, from) : -1;
    if (p < 0 || place_rank(&c->a[p]) >= RANK_COUNTRY)
        return;
    int a;
    if (passive) {
        int more[COORDINATED_MAX];
        size_t n = ng_clause_coordinated_after(c, p, more, COORDINATED_MAX);
        a = agent_after(r, n ? c->a[more[n - 1]].te : c->a[p].te, "by");
        who = ng_clause_subject(c, k, BODY);
    } else {
        a = ng_clause_agent(c, k, AGENT);
    }
    if (a < 0 || a == who)
        return;
    emit_coord_dst(r, a, p, NG_REL_CAPTURED);
    if (who >= 0)
        emit(r, a, who, NG_REL_OPPOSES);
}

/* Emit src type dst for a place dst that is its clause's subject and the
 * places listed with it, before ("Aleppo, Hama and Homs fell to A") and
 * after; a place of another rank above a town ends the list. */
static void emit_subject_places(rel *r, int src, int dst, ng_relation type)
{
    int more[COORDINATED_MAX];
    size_t n = ng_clause_coordinated(r->c, dst, more, COORDINATED_MAX);
    emit_coord_dst(r, src, dst, type);
    for (size_t i = 0; i < n; i++) {
        int a = place_rank(&r->c->a[dst]), b = place_rank(&r->c->a[more[i]]);
        if (r->c->a[more[i]].kind != NG_KIND_PLACE || (a != b && (a > RANK_TOWN || b > RANK_TOWN)))
            break;
        emit(r, src, more[i], type);
    }
}

/* "villages north and east of P", "positions east of P": "of" at m after
 * directions that follow a noun (after token j), where what is taken
 * lies; not "the south of P", which is a part of P */
static int offset_of_noun(const rel *r, uint32_t j, uint32_t m)
{
    const ng_clause *c = r->c;
    if (!is(r, m, "of"))
        return 0;
    uint32_t b = m;
    while (b > j + 1 && ng_clause_lower(r->c, b - 1) &&
           ((ng_clause_fam(c, b - 1) & NG_FAM_DIRECTION) || is(r, b - 1, "and") ||
            is(r, b - 1, "or")))
        b--;
    return b < m && b > j + 1 && ng_clause_lower(c, b - 1) &&
           !(ng_clause_fam(c, b - 1) & (NG_FAM_DETERMINER | NG_FAM_PREPOSITION)) &&
           ng_clause_arg(c, b - 1) < 0;
}

void ng_rel_captured(rel *r)
{
    const ng_clause *c = r->c;
    for (uint32_t k = ng_clause_next(c, c->sb, NG_FAM_CAPTURE); k < c->se;
         k = ng_clause_next(c, k + 1, NG_FAM_CAPTURE)) {
        if (!ng_clause_trigger(c, k))
            continue;
        if (in(r, k, NG_TL_CAPTURE_NOUN) && captured_noun(r, k))
            continue;
        if (in(r, k, NG_TL_EXPEL_VERB)) {
            expelled(r, k);
            continue;
        }
        int passive = k > c->sb &&
                      in(r, k - 1, NG_TL_PASSIVE_AUX);
        if ((ng_clause_fam(c, k) & NG_FAM_CAPTURE_VERB)) {
            if (ng_clause_negated(c, k))
                continue;
            if (passive) {
                /* "Raqqa was captured by the SDF", "Manbij was captured from
                 * ISIS in 2016 by the SDF"; "liberated from X" alone states
                 * no capture */
                uint32_t by = k + 1;
                int from = -1;
                while (by < c->se && by <= k + NG_WINDOW(c, CAPTURE_PASSIVE_REACH) &&
                       !is(r, by, "by") && !ng_clause_punct(c, by, ",") &&
                       !ng_clause_punct(c, by, ".") && !(ng_clause_fam(c, by) & NG_FAM_STOP) &&
                       (ng_clause_arg(c, by) >= 0 || !(c->d->t->tok[by].flags & NG_TOK_WORD) ||
                        !ng_clause_lower(c, by) || (ng_clause_fam(c, by) & (NG_FAM_PREPOSITION | NG_FAM_DETERMINER)) ||
                        (c->d->lex[by] & ((1u << NG_LEX_MONTH) | (1u << NG_LEX_WEEKDAY))))) {
                    if (is(r, by, "from") && from < 0)
                        from = ng_clause_object(c, by, BODY, NG_WINDOW(c, CAPTURE_AFTER_AGENT));
                    by++;
                }
                if (!is(r, by, "by"))
                    continue;
                int a = ng_clause_object(c, by, AGENT, NG_WINDOW(c, CAPTURE_BY_AGENT));
                int p = country_follows(r, ng_clause_subject(c, k, NG_NEED_PLACE));
                if (p < 0 && a >= 0) {
                    uint32_t m = k - 1; /* "the base was (being) retaken" */
                    while (m > c->sb + 2 && in(r, m - 1, NG_TL_PASSIVE_AUX))
                        m--;
                    p = anaphor_place(r, m - 1);
                }
                if (a >= 0 && p >= 0 && !ng_clause_unreal(c, k)) {
                    emit_subject_places(r, a, p, NG_REL_CAPTURED);
                    if (from >= 0)
                        emit(r, a, from, NG_REL_OPPOSES);
                }
                continue;
            }
            /* "took power in P", "took refuge in P", "secured a deal in P":
             * what is taken is named, and it is no place */
            uint32_t w = k + 1;
            while (w < c->se && w < k + 3 && ng_clause_lower(c, w) &&
                   (ng_clause_fam(c, w) & NG_FAM_DETERMINER))
                w++;
            if (ng_clause_lower(c, w) && in(r, w, NG_TL_CAPTURE_OTHER_NOUN))
                continue;
            /* "an offensive to recapture P", "vowed to take P": an aim, not a
             * capture ("helped to take P" is one) */
            if (k > c->sb && is(r, k - 1, "to") && !help_before(r, k))
                continue;
            uint32_t j = control_phrase(r, k);
            if (in(r, k, NG_TL_GAIN_VERB) && j == k) {
                /* "won" alone is not a capture; "wrested / regained P" is,
                 * with the place for direct object */
                uint32_t q = k + 1;
                if (is(r, q, "back"))
                    q++;
                if (is(r, q, "the") && place_noun_of(r, q + 1))
                    q += 3;
                int d = in(r, k, NG_TL_REGAIN_VERB) ? ng_clause_arg(c, q) : -1;
                if (d < 0 || c->a[d].kind != NG_KIND_PLACE)
                    continue;
            }
            int ap, apa; /* "Raqqa, the city the SDF took from IS" */
            if ((ap = apposed_object(r, k, &apa)) >= 0) {
                if (ng_clause_unreal(c, k))
                    continue;
                if (apa >= 0)
                    emit(r, apa, ap, NG_REL_CAPTURED);
                apposed_object_in(r, k, ap);
                continue;
            }
            int p = ng_clause_object(c, j, NG_NEED_PLACE, NG_WINDOW(c, CAPTURE_OBJECT));
            /* "took back 600 families from al-Hol": a place after "from" is
             * where what was taken came from; "captured villages near P",
             * "stormed two districts of P", "seized positions in P" (P a
             * town or larger): what was taken is by or in P, not P */
            for (uint32_t m = j + 1; p >= 0 && m < c->a[p].tb; m++)
                if (is(r, m, "from") || offset_of_noun(r, j, m) ||
                    ((ng_clause_fam(c, m) & NG_FAM_PREPOSITION) && in(r, m, NG_TL_HELD_NEAR_WORD)) ||
                    ((ng_clause_fam(c, m) & NG_FAM_PREPOSITION) && m > j + 1 &&
                     in(r, m - 1, NG_TL_CAPTURE_PART_NOUN) && place_rank(&c->a[p]) >= RANK_TOWN))
                    p = -1;
            /* "seized Syria's largest oil field": what P has, not P;
             * "seized Syria's Idlib province": Idlib */
            uint32_t pn = p >= 0 ? c->a[p].te + 1 : 0;
            if (p >= 0 && pn < c->se && (c->d->t->tok[pn - 1].flags & NG_TOK_POSS)) {
                /* "Lebanon's border village of Q": Q */
                uint32_t qn = pn;
                while (qn < c->se && qn < pn + 4 && ng_clause_arg(c, qn) < 0 &&
                       ng_clause_lower(c, qn) &&
                       ((ng_clause_fam(c, qn) & (NG_FAM_PLACE_AFTER | NG_FAM_DIRECTION)) ||
                        is(r, qn, "of")))
                    qn++;
                int q = ng_clause_arg(c, qn);
                if (q >= 0 && c->a[q].kind == NG_KIND_PLACE &&
                    place_rank(&c->a[q]) < place_rank(&c->a[p]))
                    p = q;
                else if (ng_clause_lower(c, pn) && !(ng_clause_fam(c, pn) & NG_FAM_DIRECTION) &&
                         !in(r, pn, NG_TL_COMPASS_POINT) &&
                         !(ng_clause_fam(c, pn) & (NG_FAM_PLACE_HEAD | NG_FAM_PLACE_AFTER)))
                    p = -1;
            }
            if (p < 0)
                p = including_place(r, j);
            int a = ng_clause_agent(c, k, AGENT);
            if (a < 0)
                continue;
            if (p < 0)
                p = relative_object(r, a); /* "the gas field, which the SDF seized" */
            if (p < 0)
                p = spelled_out_places(r, j + 1);
            if (p < 0 || ng_clause_unreal(c, k))
                continue;
            emit_coord_dst(r, a, p, NG_REL_CAPTURED);
            /* "took Afrin and several villages, including P" */
            int sp = c->a[p].tb > j ? spelled_out_places(r, c->a[p].te) : -1;
            if (sp >= 0 && sp != p)
                emit_coord_dst(r, a, sp, NG_REL_CAPTURED);
            /* "the SDF and the coalition took Raqqa" */
            int more[COORDINATED_MAX];
            size_t nm = ng_clause_listed(c, a, 0, more, COORDINATED_MAX);
            for (size_t q = 0; q < nm; q++)
                emit_coord_dst(r, more[q], p, NG_REL_CAPTURED);
            /* "retook the town of Mayadeen from IS", "cleared P of IS
             * fighters": and opposes IS */
            for (uint32_t m = c->a[p].te;
                 m < c->se && m < c->a[p].te + NG_WINDOW(c, CAPTURE_AFTER_REACH); m++) {
                if (is(r, m, "from") ||
                    (m == c->a[p].te && in(r, k, NG_TL_CLEAR_OF_VERB) && is(r, m, "of"))) {
                    int b = ng_clause_object(c, m, BODY, NG_WINDOW(c, CAPTURE_AFTER_AGENT));
                    if (b >= 0)
                        emit(r, a, b, NG_REL_OPPOSES);
                    break;
                }
            }
            continue;
        }
        /* "IS lost Raqqa to the SDF", "surrendered its capital Y to Z": Z took Y */
        if (in(r, k, NG_TL_CEDE_VERB) && !ng_clause_negated(c, k)) {
            uint32_t v = is(r, k + 1, "over") ? k + 1 : k; /* "handed over P to A" */
            int p = ng_clause_object(c, v, NG_NEED_PLACE, NG_WINDOW(c, CAPTURE_OBJECT));
            /* the place is the object: "lost 300 men in Raqqa to X" is not it */
            for (uint32_t m = v + 1; p >= 0 && m < c->a[p].tb; m++)
                if ((ng_clause_fam(c, m) & NG_FAM_PREPOSITION) && !is(r, m, "of"))
                    p = -1;
            if (p < 0)
                continue;
            uint32_t to = c->a[p].te;
            while (to < c->se && to < c->a[p].te + NG_WINDOW(c, CAPTURE_AFTER_REACH) &&
                   !is(r, to, "to") && !ng_clause_punct(c, to, ",") && !ng_clause_punct(c, to, "."))
                to++;
            int a = is(r, to, "to") ? ng_clause_object(c, to, AGENT, NG_WINDOW(c, FALL_TO_AGENT))
                                    : -1;
            if (a >= 0 && !ng_clause_unreal(c, k))
                emit_coord_dst(r, a, p, NG_REL_CAPTURED);
            continue;
        }
        /* "Raqqa fell to the SDF" */
        if (in(r, k, NG_TL_FALL_VERB) && is(r, k + 1, "to")) {
            int a = ng_clause_object(c, k + 1, AGENT, NG_WINDOW(c, FALL_TO_AGENT));
            /* "Raqqa, Syria, fell to A": Raqqa */
            int p = country_follows(r, ng_clause_subject(c, k, NG_NEED_PLACE));
            if (a >= 0 && p >= 0 && !ng_clause_negated(c, k) &&
                !ng_clause_unreal(c, k))
                emit_subject_places(r, a, p, NG_REL_CAPTURED);
        }
    }
    /* "a campaign to recapture the Isis stronghold": opposes the holder */
    for (size_t i = 0; i < c->n; i++) {
        const ng_rel_arg *b = &c->a[i];
        if (!ng_clause_fits(c, (int)i, BODY) || b->te >= c->se)
            continue;
        if (!in(r, b->te, NG_TL_HOLDER_SEAT_NOUN))
            continue;
        uint32_t k = b->tb;
        while (k > c->sb && in(r, k - 1, NG_TL_SEAT_PREMOD))
            k--;
        if (k > c->sb && (ng_clause_fam(c, k - 1) & NG_FAM_CAPTURE_VERB) && !ng_clause_negated(c, k - 1)) {
            int a = ng_clause_subject(c, k - 1, BODY);
            if (a >= 0)
                emit(r, a, (int)i, NG_REL_OPPOSES);
        }
    }
}

/* "the town, known in Arabic as P", "the city, also called P" starting
 * at k: P; -1 if the words are not so. */
static int known_as_place(const rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    uint32_t m = k;
    while (m < c->se && ng_clause_lower(c, m) && (ng_clause_fam(c, m) & NG_FAM_DETERMINER))
        m++;
    if (!ng_clause_lower(c, m) || !in(r, m, NG_TL_HELD_AREA_NOUN) || !ng_clause_punct(c, m + 1, ","))
        return -1;
    m += 2;
    if (is(r, m, "also"))
        m++;
    if (!in(r, m, NG_TL_NAMED_VERB))
        return -1;
    m++;
    if (is(r, m, "in") && m + 2 < c->se)
        m += 2; /* "in Arabic", "in Kurdish" */
    if (!is(r, m, "as") && !in(r, m - 1, NG_TL_NAMED_VERB))
        return -1;
    if (is(r, m, "as"))
        m++;
    int p = ng_clause_arg(c, m);
    return p >= 0 && c->a[p].kind == NG_KIND_PLACE ? p : -1;
}

/* ---- controls ------------------------------------------------------------------- */

/* "the group's", "its", "the jihadists'": the armed group the sentence is about. */
static int generic_possessor(const rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    if (is(r, k, "its") ||
        ((c->d->t->tok[k].flags & NG_TOK_POSS) && k > c->sb &&
         in(r, k - 1, NG_TL_GENERIC_GROUP)))
        return generic_referent(r, k, 0);
    return -1;
}

/* The armed group a generic word at k ("its", "the group", "it") stands
 * for: the group an expulsion before it drove out ("the SDF drove ISIS out
 * of Raqqa, the capital of its caliphate": ISIS, not the SDF), else the
 * sentence's first armed group; for the subject of a relative (relative
 * set), not one that took or entered the place first ("the SDF entered
 * Raqqa, which the group had ruled"). -1 if none. */
static int generic_referent(const rel *r, uint32_t k, int relative)
{
    const ng_clause *c = r->c;
    int first = -1;
    for (size_t i = 0; i < c->n && c->a[i].te <= k; i++) {
        if (c->a[i].kind != NG_KIND_ACTOR || strcmp(c->a[i].category, "armed_group") != 0)
            continue;
        if (first < 0)
            first = (int)i;
        uint32_t b = c->a[i].tb, e = c->a[i].te;
        while (b > c->sb && (ng_clause_fam(c, b - 1) & NG_FAM_DETERMINER))
            b--;
        if (b > c->sb && is(r, b - 1, "out"))
            b--; /* "drove out ISIS from" */
        if (b > c->sb && in(r, b - 1, NG_TL_EXPEL_VERB) && e + 1 < k &&
            ((is(r, e, "out") && is(r, e + 1, "of")) || is(r, e, "from")))
            return (int)i;
    }
    if (first >= 0 && relative) {
        uint32_t e = c->a[first].te;
        while (e < k && ng_clause_lower(c, e) &&
               (in(r, e, NG_TL_PERFECT_AUX) || in(r, e, NG_TL_CONTROL_ADVERB)))
            e++;
        if (e < k && (ng_clause_fam(c, e) & (NG_FAM_CAPTURE_VERB | NG_FAM_MOVE_VERB)))
            return -1;
    }
    return first;
}

/* "Raqqa, which the group had ruled since 2014", "Mosul, which it held":
 * a control verb at k whose subject is a generic word for a group. The
 * relative's place, and in *agent the group the word stands for; -1 if
 * none. */
static int generic_relative(const rel *r, uint32_t k, int *agent)
{
    const ng_clause *c = r->c;
    uint32_t m = k;
    while (m > c->sb && ng_clause_lower(c, m - 1) &&
           (in(r, m - 1, NG_TL_PERFECT_AUX) || in(r, m - 1, NG_TL_CONTROL_ADVERB) ||
            is(r, m - 1, "long")))
        m--;
    if (m < c->sb + 4 || !ng_clause_lower(c, m - 1))
        return -1;
    uint32_t g;
    if (is(r, m - 1, "it"))
        g = m - 1;
    else if (in(r, m - 1, NG_TL_GENERIC_GROUP) && is(r, m - 2, "the"))
        g = m - 2;
    else
        return -1;
    int p = relative_place(r, g);
    if (p < 0)
        return -1;
    *agent = generic_referent(r, c->a[p].tb, 1);
    return *agent >= 0 && *agent != p ? p : -1;
}

/* "IS-held territory in the village of Baghuz", "Isil-held Syria" */
void ng_rel_controls_compound(rel *r)
{
    const ng_clause *c = r->c;
    for (size_t i = 0; i < c->n; i++) {
        uint32_t p = ng_clause_compound(c, (int)i);
        if (!p || !(ng_clause_fam(c, p) & NG_FAM_CONTROL_PART) || !ng_clause_fits(c, (int)i, AGENT))
            continue;
        int pl = ng_clause_object(c, p, NG_NEED_PLACE, NG_WINDOW(c, HELD_COMPOUND_PLACE));
        /* "IS-held areas near Hajin": somewhere by the place, not the place;
         * "the HTS-run Salvation Government in Idlib": the modifier binds to
         * the actor it modifies */
        for (uint32_t m = p + 1; pl >= 0 && c->a[pl].tb > p && m < c->a[pl].tb; m++)
            if (in(r, m, NG_TL_HELD_NEAR_WORD) ||
                /* "an IS-held town on the road to Aleppo" */
                ((ng_clause_fam(c, m) & NG_FAM_PREPOSITION) && !is(r, m, "of") && !is(r, m, "in")) ||
                (ng_clause_arg(c, m) >= 0 && c->a[ng_clause_arg(c, m)].kind == NG_KIND_ACTOR))
                pl = -1;
        /* "SDF-run prisons, including Ghwayran prison" */
        if (pl < 0 && p + 2 < c->se && ng_clause_lower(c, p + 1) && ng_clause_punct(c, p + 2, ",") &&
            is(r, p + 3, "including"))
            pl = ng_clause_object(c, p + 3, NG_NEED_PLACE, NG_WINDOW(c, CAPTURE_OBJECT));
        /* "Mosul, an IS-held city, was retaken": the apposition's head */
        if (pl < 0 && in(r, p + 1, NG_TL_HELD_AREA_NOUN))
            pl = ng_clause_appositive_head(c, c->a[i].tb, NG_NEED_PLACE);
        /* "Hajin is an IS-held town", "Baghuz remained an IS-held pocket" */
        if (pl < 0 && in(r, p + 1, NG_TL_HELD_AREA_NOUN)) {
            uint32_t m = c->a[i].tb;
            while (m > c->sb && (ng_clause_fam(c, m - 1) & NG_FAM_DETERMINER))
                m--;
            while (m > c->sb && ng_clause_lower(c, m - 1) && in(r, m - 1, NG_TL_CONTROL_ADVERB))
                m--;
            if (m >= c->sb + 2 && in(r, m - 1, NG_TL_COPULA)) {
                int h = ng_clause_arg(c, m - 2);
                if (h >= 0 && c->a[h].kind == NG_KIND_PLACE)
                    pl = h;
            }
        }
        /* "the IS-held city in Syria": the country is where the city is */
        if (pl >= 0 && c->a[pl].tb > p && place_rank(&c->a[pl]) >= RANK_COUNTRY)
            for (uint32_t m = p + 1; m < c->a[pl].tb; m++)
                if (is(r, m, "in"))
                    pl = -1;
        if (pl < 0 && in(r, p + 1, NG_TL_HELD_AREA_NOUN))
            pl = ng_clause_appositive_head(c, c->a[i].tb, NG_NEED_PLACE);
        /* "Isil-held Syria" speaks of part of a country, not of the country */
        if (pl >= 0 && c->a[pl].tb == p + 1 && place_rank(&c->a[pl]) >= RANK_COUNTRY)
            continue;
        if (pl >= 0 && !ng_clause_negated(c, c->a[i].tb)) {
            emit(r, (int)i, pl, NG_REL_CONTROLS);
            /* "SDF-run Raqqa and Hasakah": the places of its rank listed
             * right after; not "between IS-held Raqqa and Aleppo" */
            uint32_t b = c->a[i].tb;
            while (b > c->sb && (ng_clause_fam(c, b - 1) & NG_FAM_DETERMINER))
                b--;
            if (c->a[pl].tb == p + 1 && !(b > c->sb && is(r, b - 1, "between"))) {
                int more[COORDINATED_MAX];
                size_t n = ng_clause_coordinated_after(c, pl, more, COORDINATED_MAX);
                for (size_t q = 0; q < n && place_rank(&c->a[more[q]]) == place_rank(&c->a[pl]) &&
                                   !ng_clause_compound(c, more[q]) && !modifies_noun(r, more[q]);
                     q++)
                    emit(r, (int)i, more[q], NG_REL_CONTROLS);
            }
        }
    }
}

/* "(ruled) territory the size of Britain" after token j: the token after
 * the place compared with, else 0. */
static uint32_t compared_place_end(const rel *r, uint32_t j)
{
    const ng_clause *c = r->c;
    for (uint32_t m = j + 1; m + 2 < c->se && m <= j + NG_WINDOW(c, CONTROL_OBJECT) + 2; m++) {
        if (!ng_clause_lower(c, m))
            return 0;
        if (in(r, m, NG_TL_COMPARISON_NOUN) && is(r, m + 1, "of")) {
            int i = ng_clause_arg(c, m + 2);
            return i >= 0 && c->a[i].kind == NG_KIND_PLACE ? c->a[i].te : 0;
        }
    }
    return 0;
}

/* What "controlled by A" / "under the control of A" at k is said of: the
 * noun right before it (past adverbs and a comma). A place, or a noun of
 * area ("an area largely controlled by A") whose place the search before
 * finds; another noun ("airspace controlled by A", "soldiers held by A")
 * is what A holds, and no place is. */
static int controlled_is_place(const rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    uint32_t m = k;
    while (m > c->sb && ng_clause_arg(c, m - 1) < 0 && ng_clause_lower(c, m - 1) &&
           (in(r, m - 1, NG_TL_CONTROL_ADVERB) || in(r, m - 1, NG_TL_MODAL_PASS) ||
            in(r, m - 1, NG_TL_PASSIVE_AUX) || in(r, m - 1, NG_TL_COPULA) ||
            (c->d->t->tok[m - 1].flen > 3 &&
             !memcmp(ng_tokens_fold(c->d->t, m - 1) + c->d->t->tok[m - 1].flen - 2, "ly", 2))))
        m--; /* "largely", "now", "has long been", "is" */
    /* "P, home to 2,500 people, is run by A": what the apposition ends
     * with is not what is run */
    if (m <= c->sb || ng_clause_punct(c, m - 1, ",") || ng_clause_arg(c, m - 1) >= 0 ||
        !ng_clause_lower(c, m - 1))
        return 1;
    /* "P, which is run by A", "P ... and is run by A": the place before */
    if ((ng_clause_fam(c, m - 1) & NG_FAM_STOP) || is(r, m - 1, "and") || is(r, m - 1, "or"))
        return 1;
    return in(r, m - 1, NG_TL_HELD_AREA_NOUN) || (ng_clause_fam(c, m - 1) & (NG_FAM_PLACE_AFTER |
                                                                          NG_FAM_PLACE_HEAD));
}

/* "Kirkuk, Iraq,": a province or country p written after a smaller place
 * and a comma says where that place is; what is said next is of the
 * place. Returns that place, else p. */
static int country_follows(const rel *r, int p)
{
    const ng_clause *c = r->c;
    if (p >= 0 && c->a[p].tb > c->sb + 1 && ng_clause_punct(c, c->a[p].tb - 1, ",")) {
        int s2 = ng_clause_arg(c, c->a[p].tb - 2);
        if (s2 >= 0 && c->a[s2].kind == NG_KIND_PLACE &&
            place_rank(&c->a[s2]) < place_rank(&c->a[p]) && place_rank(&c->a[p]) >= RANK_PROVINCE)
            return s2;
    }
    return p;
}

/* Place p is the larger place of "P, in Q," or "P, a town in Q,": P,
 * which what follows describes ("Hajin, in Deir ez-Zor, the group's last
 * stronghold"); else p. */
static int located_head(const rel *r, int p)
{
    const ng_clause *c = r->c;
    if (p < 0)
        return p;
    uint32_t b = c->a[p].tb;
    while (b > c->sb && ng_clause_lower(c, b - 1) &&
           (ng_clause_fam(c, b - 1) & (NG_FAM_DETERMINER | NG_FAM_DIRECTION)))
        b--;
    if (b <= c->sb + 1 || !in(r, b - 1, NG_TL_LOCATE_PREP))
        return p;
    uint32_t at = b - 1;
    int q = ng_clause_punct(c, at - 1, ",") ? place_before(r, at - 1) : place_described(r, &at);
    return q >= 0 && q != p && c->a[q].kind == NG_KIND_PLACE ? q : p;
}

/* The place a predicate starting at v is said of: "Manbij is now (in the
 * hands of)", "Hajin and Susah were (under)", "Palmyra fell (into the
 * hands of)", "Afrin, now (in the hands of)". The place ends right before
 * v, past adverbs and a copula, auxiliary or "fell", or before a comma
 * when only adverbs come between. -1 if none. */
static int predicate_place(const rel *r, uint32_t v)
{
    const ng_clause *c = r->c;
    uint32_t m = v;
    int verb = 0;
    /* "Baghuz, the last pocket (under)", "Baghuz was the last enclave (in
     * the hands of)": a noun of area with its article and modifiers */
    if (m > c->sb + 1 && ng_clause_lower(c, m - 1) && in(r, m - 1, NG_TL_HELD_AREA_NOUN)) {
        uint32_t a = m - 1;
        while (a > c->sb && v - a < 5 && ng_clause_lower(c, a - 1) && ng_clause_arg(c, a - 1) < 0 &&
               (in(r, a - 1, NG_TL_SEAT_PREMOD) || in(r, a - 1, NG_TL_SEAT_MODIFIER) ||
                is(r, a - 1, "a")))
            a--;
        if (a < m - 1 && (is(r, a, "the") || is(r, a, "its") || is(r, a, "a")))
            m = a;
    }
    while (m > c->sb && v - m < 7 && ng_clause_lower(c, m - 1) && ng_clause_arg(c, m - 1) < 0) {
        if (in(r, m - 1, NG_TL_COPULA) || in(r, m - 1, NG_TL_CONTROL_AUX) ||
            in(r, m - 1, NG_TL_PERFECT_AUX) || in(r, m - 1, NG_TL_FALL_VERB))
            verb = 1;
        else if (!in(r, m - 1, NG_TL_CONTROL_ADVERB))
            break;
        m--;
    }
    if (!verb && m > c->sb + 1 && ng_clause_punct(c, m - 1, ","))
        m--; /* "Afrin, now in the hands of" */
    else if (!verb)
        return -1;
    int p = place_before(r, m);
    /* "Baghuz, near the Iraqi border, was": past the apposition */
    if (p < 0 && verb && m > c->sb + 1 && ng_clause_punct(c, m - 1, ","))
        return chain_head(r, m - 1);
    if (p < 0 || c->a[p].kind != NG_KIND_PLACE)
        return -1;
    /* "the fate of Raqqa is": another noun's; "the city of Raqqa is": the place */
    uint32_t b = c->a[p].tb;
    while (b > c->sb && ng_clause_lower(c, b - 1) && (ng_clause_fam(c, b - 1) & NG_FAM_DIRECTION))
        b--;
    if (b > c->sb && (ng_clause_fam(c, b - 1) & NG_FAM_PREPOSITION) &&
        !(is(r, b - 1, "of") && b >= c->sb + 2 && place_noun_of(r, b - 2)))
        return -1;
    return country_follows(r, p);
}

/* "areas held by A in P", "territory under the control of A in P": a
 * noun of area before k ("held", "control"), and "in P" at e, after the
 * holder: P, else -1. */
static int area_in_place(const rel *r, uint32_t k, uint32_t e)
{
    const ng_clause *c = r->c;
    uint32_t m = k;
    while (m > c->sb && m + 3 > k && ng_clause_lower(c, m - 1) &&
           (is(r, m - 1, "under") || is(r, m - 1, "the") || in(r, m - 1, NG_TL_CONTROL_ADVERB)))
        m--;
    if (m <= c->sb || !(in(r, m - 1, NG_TL_HELD_AREA_NOUN) || in(r, m - 1, NG_TL_CONTROL_SHARE_NOUN)) ||
        !is(r, e, "in"))
        return -1;
    uint32_t q = e;
    while (q + 1 < c->se && ng_clause_lower(c, q + 1) && (ng_clause_fam(c, q + 1) & NG_FAM_DIRECTION))
        q++;
    int p = ng_clause_arg(c, q + 1);
    return p >= 0 && c->a[p].kind == NG_KIND_PLACE ? p : -1;
}

/* The place "here" stands for in a quote, from token k on: "here in P",
 * or the speaker's "a resident of P", "residents of P", "a P resident".
 * -1 if none. */
static int resident_place(const rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    if (is(r, k, "in")) {
        int p = ng_clause_arg(c, k + 1);
        return p >= 0 && c->a[p].kind == NG_KIND_PLACE ? p : -1;
    }
    for (uint32_t m = k; m < c->se; m++) {
        if (!in(r, m, NG_TL_RESIDENT_NOUN) || !ng_clause_lower(c, m))
            continue;
        int p = is(r, m + 1, "of") ? ng_clause_arg(c, m + 2) : m > k ? ng_clause_arg(c, m - 1) : -1;
        return p >= 0 && c->a[p].kind == NG_KIND_PLACE ? p : -1;
    }
    return -1;
}

/* "Turkey's occupation of Afrin", "the Islamic State occupation of Mosul",
 * "its rule over Mosul", "the occupation of Afrin by Turkey": the holder a
 * noun of rule at k names, before it or in a "by" phrase, controls the
 * place after its "of" / "over" / "on". Returns 1 when it emitted. */
static int rule_noun(rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    uint32_t j = k + 1;
    if (!(is(r, j, "of") || is(r, j, "over") || is(r, j, "on")))
        return 0;
    if (is(r, j + 1, "the") && place_noun_of(r, j + 2))
        j += 2; /* "of the city of P" */
    int p = ng_clause_arg(c, j + 1);
    /* not "control of Raqqa's oil fields" */
    if (p < 0 || c->a[p].kind != NG_KIND_PLACE || modifies_noun(r, p) ||
        (c->a[p].te < c->se && (c->d->t->tok[c->a[p].te].flags & NG_TOK_POSS)))
        return 0;
    /* the holder: "A's (three-year) occupation", "the A occupation", "its rule" */
    int a = -1;
    uint32_t m = k;
    while (m > c->sb && k - m < 2 && ng_clause_lower(c, m - 1) && ng_clause_arg(c, m - 1) < 0 &&
           !ng_clause_fam(c, m - 1) && !is(r, m - 1, "the") && !is(r, m - 1, "its"))
        m--; /* "brutal", "continued" */
    if (m > c->sb && is(r, m - 1, "its"))
        a = generic_possessor(r, m - 1);
    else if (m > c->sb + 1 && (c->d->t->tok[m - 1].flags & NG_TOK_POSS))
        a = ng_clause_arg(c, m - 2);
    else if (m > c->sb)
        a = ng_clause_arg(c, m - 1);
    if (a >= 0 && (c->a[a].te != (c->d->t->tok[m - 1].flags & NG_TOK_POSS ? m - 1 : m) ||
                   ng_clause_compound(c, a)))
        a = -1;
    /* "the occupation of P by A" */
    if (a < 0 && m == k && k > c->sb && is(r, k - 1, "the") && is(r, c->a[p].te, "by"))
        a = ng_clause_object(c, c->a[p].te, AGENT, NG_WINDOW(c, CONTROL_BY_AGENT));
    if (a < 0 || a == p || !ng_clause_fits(c, a, AGENT) || ng_clause_negated(c, k) ||
        ng_clause_unreal(c, k))
        return 0;
    emit_coord_dst(r, a, p, NG_REL_CONTROLS);
    return 1;
}

void ng_rel_controls(rel *r)
{
    const ng_clause *c = r->c;
    for (uint32_t k = ng_clause_next(c, c->sb, NG_FAM_CONTROL); k < c->se;
         k = ng_clause_next(c, k + 1, NG_FAM_CONTROL)) {
        if (!ng_clause_trigger(c, k))
            continue;
        /* "P is (now) in the hands of A", "P remained in A's hands", "P, now
         * in the hands of A": A controls P; "P fell into the hands of A": A
         * took it */
        if (in(r, k, NG_TL_CONTROL_HANDS) && ng_clause_lower(c, k)) {
            int a = -1;
            uint32_t at = k;
            if (k >= c->sb + 2 && is(r, k + 1, "of") && is(r, k - 1, "the")) {
                a = ng_clause_object(c, k + 1, AGENT, NG_WINDOW(c, CONTROL_BY_AGENT));
                at = k - 2;
            } else if (k >= c->sb + 2 && (c->d->t->tok[k - 1].flags & NG_TOK_POSS)) {
                a = ng_clause_arg(c, k - 2);
                at = a >= 0 ? c->a[a].tb - 1 : k;
                if (a >= 0 && (at < c->sb || is(r, at, "the")))
                    a = -1;
            }
            if (a < 0 || !ng_clause_fits(c, a, AGENT) || at >= k || at <= c->sb ||
                !(is(r, at, "in") || is(r, at, "into")) || ng_clause_negated(c, k) ||
                ng_clause_unreal(c, k))
                continue;
            int p = predicate_place(r, at);
            if (p < 0)
                continue;
            int fell = is(r, at, "into") && in(r, at - 1, NG_TL_FALL_VERB);
            if (!fell && !is(r, at, "in"))
                continue;
            int more[COORDINATED_MAX];
            size_t n = ng_clause_coordinated(c, p, more, COORDINATED_MAX);
            ng_relation t = fell ? NG_REL_CAPTURED : NG_REL_CONTROLS;
            emit(r, a, p, t);
            for (size_t q = 0; q < n && place_rank(&c->a[more[q]]) == place_rank(&c->a[p]); q++)
                emit(r, a, more[q], t);
            continue;
        }
        if (in(r, k, NG_TL_CONTROL_RULE_NOUN) && ng_clause_lower(c, k) && rule_noun(r, k))
            continue;
        /* "in territory under the control of A" / "controlled by A": the place before */
        /* "under the authority of A", "under SDF control" */
        int under_of = in(r, k, NG_TL_CONTROL_UNDER_NOUN) && k >= c->sb + 2 && is(r, k + 1, "of") &&
                       (is(r, k - 1, "under") || (is(r, k - 1, "the") && is(r, k - 2, "under")));
        int under_a = -1;
        if (!under_of && in(r, k, NG_TL_CONTROL_UNDER_NOUN) && k >= c->sb + 2) {
            uint32_t m = k - 1;
            if ((c->d->t->tok[m].flags & NG_TOK_POSS) && m > c->sb)
                m--;
            int i = ng_clause_arg(c, m);
            if (i >= 0 && c->a[i].tb > c->sb && is(r, c->a[i].tb - 1, "under") &&
                ng_clause_fits(c, i, AGENT) && !ng_clause_compound(c, i))
                under_a = i;
        }
        if (under_of || under_a >= 0 || (in(r, k, NG_TL_CONTROL_STATE) && is(r, k + 1, "by"))) {
            int a = under_a >= 0 ? under_a
                                 : ng_clause_object(c, k + 1, AGENT, NG_WINDOW(c, CONTROL_BY_AGENT));
            int p = -1;
            if (under_a < 0 &&
                !controlled_is_place(r, under_of ? (is(r, k - 1, "the") ? k - 2 : k - 1) : k))
                continue;
            /* "areas held by A in P", "areas under SDF control in P" */
            if (a >= 0)
                p = area_in_place(r, under_a >= 0 ? c->a[under_a].tb : under_of ? k - 1 : k,
                                  under_a >= 0 ? k + 1 : c->a[a].te);
            /* "Baghuz, the last pocket under IS control in Syria": Baghuz,
             * which is in Syria */
            if (under_a >= 0) {
                int q = predicate_place(r, c->a[under_a].tb - 1);
                if (q >= 0 && p >= 0 && q != p && place_rank(&c->a[q]) < place_rank(&c->a[p]) &&
                    !ng_clause_negated(c, k))
                    emit(r, q, p, NG_REL_LOCATED_IN);
                if (q >= 0)
                    p = q;
            }
            if (under_a >= 0 && p < 0) {
                /* "Kobani, (now) under YPG control": the place right before */
                uint32_t u = c->a[under_a].tb - 1;
                while (u > c->sb && ng_clause_lower(c, u - 1) && in(r, u - 1, NG_TL_CONTROL_ADVERB))
                    u--;
                if (u > c->sb + 1 && ng_clause_punct(c, u - 1, ","))
                    u--;
                p = place_before(r, u);
                if (p >= 0 && c->a[p].kind != NG_KIND_PLACE)
                    p = -1;
                if (p < 0) /* "Hajin and Susah were (still) under IS control" */
                    p = predicate_place(r, c->a[under_a].tb - 1);
            }
            /* "Douma, the last rebel enclave near Damascus, held by A" */
            if (p < 0 && under_a < 0 && !under_of && k > c->sb + 1 && ng_clause_punct(c, k - 1, ","))
                p = apposition_head(r, k - 1);
            for (uint32_t m = k; under_a < 0 && m > c->sb && p < 0 &&
                                 k - m < NG_WINDOW(c, CONTROL_PLACE_BACK);) {
                m--;
                int i = ng_clause_arg(c, m);
                if (i >= 0 && c->a[i].kind == NG_KIND_PLACE)
                    p = i;
            }
            /* "Al-Bab, about 40 km northeast of Aleppo, had been held by
             * A", "Al-Hol, in Hasakah province, is run by A": the place
             * the apposition before the verb describes */
            if (p >= 0 && under_a < 0 && !under_of) {
                uint32_t u = k;
                while (u > c->sb + 1 && ng_clause_lower(c, u - 1) &&
                       (in(r, u - 1, NG_TL_PASSIVE_AUX) || in(r, u - 1, NG_TL_PERFECT_AUX)))
                    u--;
                int h = u > c->sb + 1 && u < k && ng_clause_punct(c, u - 1, ",")
                            ? apposed_before(r, u - 1)
                            : -1;
                if (h >= 0)
                    p = h;
            }
            /* "Raqqa, the largest city in northern Syria held by A": the
             * place the apposition describes, not the one it is in */
            if (p >= 0 && under_a < 0 && !under_of && place_rank(&c->a[p]) >= RANK_COUNTRY)
                p = located_head(r, p);
            /* "Tal Rifaat, a town in northern Aleppo province held by A": a
             * province named as where something is is not what is held */
            if (p >= 0 && under_a < 0 && !under_of && c->a[p].te < c->se &&
                ng_clause_lower(c, c->a[p].te) &&
                (in(r, c->a[p].te, NG_TL_PROVINCE_NOUN) || is(r, c->a[p].te, "countryside"))) {
                int h = located_head(r, p);
                uint32_t b = c->a[p].tb;
                while (b > c->sb && ng_clause_lower(c, b - 1) &&
                       (ng_clause_fam(c, b - 1) & (NG_FAM_DETERMINER | NG_FAM_DIRECTION)))
                    b--;
                if (h != p)
                    p = h;
                else if (b > c->sb && in(r, b - 1, NG_TL_LOCATE_PREP))
                    p = -1;
            }
            /* "Al-Hol, which holds ..., is run by A": the clause's subject;
             * not "held by" (people are) */
            if (p < 0 && k > c->sb && in(r, k - 1, NG_TL_PASSIVE_AUX) && !is(r, k, "held"))
                p = ng_clause_subject(c, k, NG_NEED_PLACE);
            /* "Kirkuk, Iraq, has been under the control of A" */
            p = country_follows(r, p);
            if (a >= 0 && p >= 0 && !ng_clause_negated(c, k)) {
                emit(r, a, p, NG_REL_CONTROLS);
                /* "Raqqa and Kobane, other cities held by A": places of its rank */
                int more[COORDINATED_MAX];
                size_t n = ng_clause_coordinated(c, p, more, COORDINATED_MAX);
                for (size_t q = 0; q < n && place_rank(&c->a[more[q]]) == place_rank(&c->a[p]); q++)
                    emit(r, a, more[q], NG_REL_CONTROLS);
            }
            continue;
        }
        /* "P, which A has kept": kept only with a relative's object */
        if (in(r, k, NG_TL_CONTROL_KEPT_VERB) && !is(r, k + 1, "control")) {
            int a = ng_clause_agent(c, k, AGENT);
            int p = a >= 0 ? relative_object(r, a) : -1;
            if (p >= 0 && !ng_clause_negated(c, k))
                emit(r, a, p, NG_REL_CONTROLS);
            continue;
        }
        /* "the SDF kept control of Raqqa" */
        if (is(r, k, "control") && k > c->sb && is(r, k + 1, "of") && in(r, k - 1, NG_TL_KEEP_VERB) &&
            !ng_clause_negated(c, k - 1)) {
            int p = ng_clause_object(c, control_phrase(r, k - 1), NG_NEED_PLACE,
                                     NG_WINDOW(c, CONTROL_OBJECT));
            int a = p >= 0 ? ng_clause_agent(c, k - 1, AGENT) : -1;
            if (a >= 0)
                emit_coord_dst(r, a, p, NG_REL_CONTROLS);
            continue;
        }
        /* "the YPG was in control of (almost all of) Kobani" */
        if (is(r, k, "control") && k > c->sb && is(r, k - 1, "in") && is(r, k + 1, "of") &&
            !ng_clause_negated(c, k)) {
            uint32_t j = k + 1;
            for (uint32_t m = j + 1; m < c->se && m <= k + 1 + NG_WINDOW(c, CONTROL_OBJECT) &&
                                     ng_clause_arg(c, m) < 0 && ng_clause_lower(c, m);
                 m++)
                if (is(r, m, "of") && (in(r, m - 1, NG_TL_CONTROL_SHARE) ||
                                       in(r, m - 1, NG_TL_CONTROL_SHARE_NOUN)))
                    j = m; /* "most of", "almost all of", "parts of" */
            int p = ng_clause_object(c, j, NG_NEED_PLACE, NG_WINDOW(c, CONTROL_OBJECT));
            for (uint32_t m = j + 1; p >= 0 && m < c->a[p].tb; m++)
                if ((ng_clause_fam(c, m) & NG_FAM_PREPOSITION) || in(r, m, NG_TL_CONTROL_NEAR_WORD))
                    p = -1;
            if (p < 0)
                p = known_as_place(r, j + 1);
            int a = p >= 0 ? ng_clause_subject(c, k - 1, AGENT) : -1;
            if (a >= 0)
                emit(r, a, p, NG_REL_CONTROLS);
            continue;
        }
        /* "ISIS retains a foothold in Baghuz", "ruled a third of Syria";
         * "(that) has run Manbij since 2016", "which run P" */
        if (((ng_clause_fam(c, k) & NG_FAM_CONTROL_VERB) ||
             /* "factions that control A and B" */
             (k > c->sb && in(r, k - 1, NG_TL_RELATIVE_AGENT) && is(r, k, "control") &&
              ng_clause_lower(c, k - 1) && !is(r, k + 1, "of")) ||
             (is(r, k, "run") && k > c->sb &&
              (in(r, k - 1, NG_TL_PERFECT_AUX) ||
               /* "the SDF, which run al-Hol camp" */
               (in(r, k - 1, NG_TL_RELATIVE_AGENT) && held_place(r, k + 1))))) &&
            !(k > c->sb && in(r, k - 1, NG_TL_CONTROL_AUX))) {
            /* "'The SDF rules here,' said a resident of Manbij": here is
             * where the speaker lives */
            if (is(r, k + 1, "here")) {
                int p = resident_place(r, k + 2);
                int a = p >= 0 ? ng_clause_agent(c, k, AGENT) : -1;
                if (a >= 0 && a != p && !ng_clause_negated(c, k) && !ng_clause_unreal(c, k))
                    emit(r, a, p, NG_REL_CONTROLS);
                continue;
            }
            uint32_t j = k;
            while (in(r, j + 1, NG_TL_CONTROL_ADVERB) || in(r, j + 1, NG_TL_DISTANCE_APPROX))
                j++; /* "holding now just a stretch of", "controls about a quarter of" */
            if (is(r, j + 1, "a") && in(r, j + 2, NG_TL_CONTROL_A_SHARE))
                j += 2;
            else if (j != k)
                j = k;
            if (in(r, j + 1, NG_TL_CONTROL_SHARE_NOUN))
                j++;
            if (is(r, j + 1, "in") || is(r, j + 1, "of"))
                j++;
            int ap, apa; /* "Mosul, the largest city the group held in Iraq" */
            if ((ap = apposed_object(r, k, &apa)) >= 0) {
                if (!ng_clause_negated(c, k)) {
                    if (apa >= 0)
                        emit(r, apa, ap, NG_REL_CONTROLS);
                    apposed_object_in(r, k, ap);
                }
                continue;
            }
            /* "held" with no object phrase: "held talks in P", "held
             * elections"; "held (the town of) Raqqa" names what is held */
            if (j == k && is(r, k, "held") && !held_place(r, k + 1)) {
                /* "Hajin, which IS held until December": the relative's place */
                if (k + 1 < c->se && ((ng_clause_fam(c, k + 1) & NG_FAM_SUBORDINATOR) ||
                                      ng_clause_punct(c, k + 1, ",") ||
                                      ng_clause_punct(c, k + 1, "."))) {
                    int a = ng_clause_agent(c, k, AGENT);
                    int p = a >= 0 ? relative_object(r, a) : -1;
                    if (p < 0)
                        p = generic_relative(r, k, &a); /* "which the militants held" */
                    if (p >= 0 && !ng_clause_negated(c, k) && !ng_clause_unreal(c, k))
                        emit(r, a, p, NG_REL_CONTROLS);
                }
                continue;
            }
            /* "the rebel-held town of P", "regime-controlled P": a
             * modifier (ng_rel_controls_compound when it names the holder),
             * no verb with a subject */
            if (k > c->sb && (c->d->t->tok[k - 1].flags & NG_TOK_HYPHEN))
                continue;
            if (j == k + 1 && is(r, k, "held") && is(r, j, "in"))
                continue; /* "Jane Roe, now held in Roj camp": detention */
            /* "ruled territory the size of Britain across Syria and Iraq":
             * the place compared with is not held */
            uint32_t from = compared_place_end(r, j);
            int p = ng_clause_object(c, from ? from - 1 : j, NG_NEED_PLACE,
                                     NG_WINDOW(c, CONTROL_OBJECT));
            /* "hold positions north of Mosul", "held ground near Raqqa":
             * somewhere by the place, not the place; "runs joint patrols
             * with Turkey": another preposition's object */
            for (uint32_t m = (from ? from : j + 1); p >= 0 && m < c->a[p].tb; m++)
                if ((in(r, m, NG_TL_CONTROL_NEAR_WORD) &&
                     /* "northeast Syria" is Syria; "north of Mosul" is near it */
                     !((ng_clause_fam(c, m) & NG_FAM_DIRECTION) && !is(r, m + 1, "of"))) ||
                    ((ng_clause_fam(c, m) & NG_FAM_PREPOSITION) && !in(r, m, NG_TL_CONTROL_PREP) &&
                     /* "territory stretching from A to B" */
                     !(is(r, m, "from") && is(r, c->a[p].te, "to"))))
                    p = -1;
            /* "held Damascus responsible": a judgement, no hold */
            if (p >= 0 && ng_clause_lower(c, c->a[p].te) &&
                in(r, c->a[p].te, NG_TL_CONTROL_COMPLEMENT))
                continue;
            /* "controls much of Syria's oil": what P has, not P ("Syria's
             * northeast", "Syria's Hasakah province" are P's parts) */
            uint32_t pn = p >= 0 ? c->a[p].te + 1 : 0;
            /* "controls Syria's Idlib province": Idlib */
            if (p >= 0 && pn < c->se && (c->d->t->tok[pn - 1].flags & NG_TOK_POSS) &&
                ng_clause_arg(c, pn) >= 0 && c->a[ng_clause_arg(c, pn)].kind == NG_KIND_PLACE &&
                place_rank(&c->a[ng_clause_arg(c, pn)]) < place_rank(&c->a[p]))
                p = ng_clause_arg(c, pn);
            else if (p >= 0 && pn < c->se && (c->d->t->tok[pn - 1].flags & NG_TOK_POSS) &&
                ng_clause_lower(c, pn) && !(ng_clause_fam(c, pn) & NG_FAM_DIRECTION) &&
                !in(r, pn, NG_TL_COMPASS_POINT) && !in(r, pn, NG_TL_CONTROL_SHARE_NOUN) &&
                !(ng_clause_fam(c, pn) & (NG_FAM_PLACE_HEAD | NG_FAM_PLACE_AFTER)))
                continue;
            /* "controls most of the east, including the Omar oil field" */
            if (p < 0 && j > k)
                p = including_place(r, j);
            int a = p >= 0 || !is(r, k, "held") ? ng_clause_agent(c, k, AGENT) : -1;
            /* "(the) SNA factions that control P", "the factions of the SNA
             * that control P": the actor the relative's noun names; "Turkey
             * backs factions that control P" names none */
            if (!(ng_clause_fam(c, k) & NG_FAM_CONTROL_VERB) && is(r, k, "control")) {
                a = k >= c->sb + 2 ? ng_clause_arg(c, k - 2) : -1;
                /* "the factions that control", "the SDF, which control" */
                if (a < 0 && k >= c->sb + 3 &&
                    (ng_clause_lower(c, k - 2) || (ng_clause_punct(c, k - 2, ",") && in(r, k - 1, NG_TL_RELATIVE))))
                    a = ng_clause_arg(c, k - 3);
                if (a >= 0 && !ng_clause_fits(c, a, AGENT))
                    a = -1;
            }
            if (p < 0 && a >= 0)
                p = relative_object(r, a); /* "Raqqa, which IS controlled" */
            if (p < 0 && (ng_clause_fam(c, k) & NG_FAM_CONTROL_VERB))
                p = generic_relative(r, k, &a); /* "which the group had ruled" */
            if (a >= 0 && p >= 0 && !ng_clause_negated(c, k) && !ng_clause_unreal(c, k)) {
                emit_coord_dst(r, a, p, NG_REL_CONTROLS); /* "ruled a third of Syria and Iraq" */
                /* "territory stretching from western Syria to eastern Iraq" */
                uint32_t to = c->a[p].te, f = c->a[p].tb;
                while (f > c->sb && (ng_clause_fam(c, f - 1) & NG_FAM_DIRECTION))
                    f--;
                if (f > c->sb && is(r, f - 1, "from") && is(r, to, "to")) {
                    int q = ng_clause_object(c, to, NG_NEED_PLACE, NG_WINDOW(c, CONTROL_OBJECT));
                    if (q >= 0)
                        emit(r, a, q, NG_REL_CONTROLS);
                }
            }
            continue;
        }
        /* "Raqqa, the centre of Isil's caliphate", "Raqqa, the group's capital" */
        if ((ng_clause_fam(c, k) & NG_FAM_SEAT_NOUN)) {
            int a = -1;
            if (is(r, k + 1, "of")) {
                a = ng_clause_object(c, k + 1, NG_NEED_ORG, NG_WINDOW(c, SEAT_OF_ORG));
                if (a < 0 && (is(r, k + 2, "its") || is(r, k + 3, "its")))
                    a = generic_possessor(r, is(r, k + 2, "its") ? k + 2 : k + 3);
            }
            /* "A's (self-declared) capital of P" / "the A stronghold" */
            uint32_t m = k;
            while (m > c->sb && ng_clause_lower(c, m - 1) &&
                   in(r, m - 1, NG_TL_SEAT_MODIFIER))
                m--;
            while (m > c->sb && (c->d->t->tok[m - 1].flags & NG_TOK_HYPHEN))
                m--; /* "self-declared" */
            while (m > c->sb && ng_clause_lower(c, m - 1) &&
                   in(r, m - 1, NG_TL_SEAT_MODIFIER_PREFIX))
                m--;
            uint32_t own = k; /* where the holder is written before k */
            if (a < 0 && m > c->sb) {
                uint32_t pm = m - 1;
                if ((c->d->t->tok[pm].flags & NG_TOK_POSS) ||
                    (ng_clause_punct(c, pm, "'") || ng_clause_punct(c, pm, "\xE2\x80\x99")))
                    pm = pm > c->sb ? pm - 1 : pm;
                int i = ng_clause_arg(c, pm);
                if (i >= 0 && ng_clause_fits(c, i, NG_NEED_ORG)) {
                    a = i;
                    own = c->a[i].tb;
                } else {
                    a = generic_possessor(r, m - 1);
                    own = pm; /* "its", "the group's" */
                }
            }
            if (a < 0 || ng_clause_negated(c, k))
                continue;
            /* the place: "capital of P", ", P" after, or "P, the ..." before */
            int p = -1;
            if (is(r, k + 1, "of"))
                p = ng_clause_object(c, k + 1, NG_NEED_PLACE, NG_WINDOW(c, SEAT_PLACE));
            /* "the group's de facto capital Raqqa": the place right after */
            if (p < 0 && ng_clause_arg(c, k + 1) >= 0 &&
                c->a[ng_clause_arg(c, k + 1)].kind == NG_KIND_PLACE)
                p = ng_clause_arg(c, k + 1);
            if (p < 0 && k + 2 < c->se && ng_clause_punct(c, k + 1, ",")) {
                int i = ng_clause_arg(c, k + 2);
                if (i >= 0 && c->a[i].kind == NG_KIND_PLACE)
                    p = i;
            }
            if (p < 0) {
                /* appositive: "P, the centre of ..." or the sentence's topic place */
                uint32_t s0 = m;
                if (s0 > c->sb && ng_clause_arg(c, s0 - 1) == a)
                    s0 = c->a[a].tb; /* "P, the HTS stronghold" */
                if (own < m && s0 == m) {
                    /* "P, (once) the Islamic State's capital", "P, its
                     * capital", "P, the terror group's capital": only an
                     * article, an adverb, or before a word for the group
                     * two words of no trigger list, before the possessor */
                    s0 = own;
                    for (int plain = 0; s0 > c->sb && ng_clause_lower(c, s0 - 1); s0--) {
                        if (is(r, s0 - 1, "the") || in(r, s0 - 1, NG_TL_CONTROL_ADVERB))
                            continue;
                        if (ng_clause_fam(c, s0 - 1) || ng_clause_arg(c, own) >= 0 || ++plain > 2)
                            break;
                    }
                } else {
                    while (s0 > c->sb && ng_clause_lower(c, s0 - 1))
                        s0--;
                }
                if (s0 > c->sb + 1 && ng_clause_punct(c, s0 - 1, ",")) {
                    uint32_t h = s0 - 2;
                    /* "Idlib province, the HTS stronghold" */
                    if (h > c->sb && ng_clause_lower(c, h) &&
                        (ng_clause_fam(c, h) & NG_FAM_PLACE_AFTER))
                        h--;
                    int i = ng_clause_arg(c, h);
                    if (i >= 0 && c->a[i].kind == NG_KIND_PLACE)
                        p = located_head(r, country_follows(r, i));
                }
                /* not a modifier of another noun: "US-backed forces retake
                 * ISIS hub" says nothing of the United States */
                if (p < 0 && c->n && c->a[0].kind == NG_KIND_PLACE && c->a[0].tb <= c->sb + 1 &&
                    (int)0 != a && !ng_clause_compound(c, 0) &&
                    /* nor "U.S. Jets Pound ... SDF Base": a state before its noun */
                    !(c->a[0].te < c->se && ng_clause_lower(c, c->a[0].te) &&
                      ((ng_clause_fam(c, c->a[0].te) & (NG_FAM_ROLE | NG_FAM_QUANTITY)) ||
                       in(r, c->a[0].te, NG_TL_STATE_MODIFIED_NOUN))))
                    p = 0;
            }
            if (p >= 0 && c->a[p].kind == NG_KIND_PLACE &&
                !(c->a[p].tb > own && c->a[p].tb < k)) /* not "Syria stronghold" */
                emit(r, a, p, NG_REL_CONTROLS);
        }
    }
}

/* ---- located_in ------------------------------------------------------------------- */

/* small located_in big, and the places coordinated before small ("Nubl
 * and Zahraa, north of Aleppo"); not one that is itself where another is
 * ("sites near Al Qaim in Iraq and Albu Kamal in Syria": Iraq is no place
 * in Syria): a coordinated place as large as big, or after "in", ends the list. */
static void emit_located(rel *r, int small, int big)
{
    const ng_clause *c = r->c;
    int more[COORDINATED_MAX];
    size_t n = ng_clause_coordinated(c, small, more, COORDINATED_MAX);
    emit(r, small, big, NG_REL_LOCATED_IN);
    for (size_t i = 0; i < n; i++) {
        uint32_t b = c->a[more[i]].tb;
        while (b > c->sb && ((ng_clause_fam(c, b - 1) & (NG_FAM_DETERMINER | NG_FAM_DIRECTION)) ||
                             (c->d->t->tok[b - 1].flags & NG_TOK_HYPHEN)))
            b--;
        if (place_rank(&c->a[more[i]]) > place_rank(&c->a[big]) ||
            place_rank(&c->a[more[i]]) >= RANK_COUNTRY ||
            (b > c->sb && in(r, b - 1, NG_TL_LOCATE_PREP)))
            break;
        emit(r, more[i], big, NG_REL_LOCATED_IN);
    }
}

/* Does place argument i modify the noun after it ("Astana talks",
 * "Turkey's Afrin offensive", a headline's "Afrin Operation")? A place
 * noun ("Raqqa city"), a preposition or a function word after it is no
 * such noun. */
static int modifies_noun(const rel *r, int i)
{
    const ng_clause *c = r->c;
    uint32_t e = c->a[i].te;
    if (e >= c->se || !ng_clause_lower(c, e) ||
        (ng_clause_fam(c, e) & (NG_FAM_PREPOSITION | NG_FAM_STOP | NG_FAM_PLACE_AFTER |
                                NG_FAM_SUBORDINATOR | NG_FAM_DETERMINER | NG_FAM_DIRECTION |
                                NG_FAM_NEGATION | VERB_FAMILIES)) ||
        in(r, e, NG_TL_FUNCTION_WORD) || in(r, e, NG_TL_ADVERBIAL_PREP))
        return 0;
    /* "Raqqa fell", "Mosul reopened": a verb in the past, no noun */
    const ng_token *t = &c->d->t->tok[e];
    return !(t->flen > 3 && !memcmp(ng_tokens_fold(c->d->t, e) + t->flen - 2, "ed", 2));
}

/* "Raqqa, Syria", "Syria's Raqqa city" */
void ng_rel_located_in_places(rel *r)
{
    const ng_clause *c = r->c;
    for (size_t i = 0; i + 1 < c->n; i++) {
        const ng_rel_arg *a = &c->a[i], *b = &c->a[i + 1];
        if (a->kind != NG_KIND_PLACE || b->kind != NG_KIND_PLACE)
            continue;
        /* "Raqqa, Syria" and datelines "HASAKAH, Syria"; "Ain Issa, northern Syria" */
        if ((b->tb == a->te + 1 ||
             (b->tb == a->te + 2 && ng_clause_lower(c, a->te + 1) &&
              (ng_clause_fam(c, a->te + 1) & NG_FAM_DIRECTION))) &&
            ng_clause_punct(c, a->te, ",") &&
            place_rank(a) < place_rank(b) && place_rank(b) >= RANK_PROVINCE) {
            /* "around Manbij, U.S. officials said": the state modifies the
             * noun after it and says nothing of where Manbij is */
            if (b->te < c->se && ng_clause_lower(c, b->te) &&
                ((ng_clause_fam(c, b->te) & (NG_FAM_ROLE | NG_FAM_QUANTITY)) ||
                 in(r, b->te, NG_TL_STATE_MODIFIED_NOUN)))
                continue;
            /* "the province of Idlib, Hatay Governor Rahmi Dogan said": a
             * title, the place names an office */
            if (b->te < c->se && (c->d->lex[b->te] & ((1u << NG_LEX_TITLE) | (1u << NG_LEX_ROLE))))
                continue;
            int listed = (b->te < c->se && (is(r, b->te, "and") || is(r, b->te, "or") ||
                                            (ng_clause_punct(c, b->te, ",") &&
                                             ng_clause_arg(c, b->te + 1) >= 0 &&
                                             c->a[ng_clause_arg(c, b->te + 1)].kind ==
                                                 NG_KIND_PLACE))) ||
                         (a->tb > c->sb && (is(r, a->tb - 1, "and") ||
                                            ng_clause_punct(c, a->tb - 1, ",")));
            if (!listed)
                emit(r, (int)i, (int)i + 1, NG_REL_LOCATED_IN);
            continue;
        }
    }
    for (size_t i = 0; i < c->n; i++) {
        const ng_rel_arg *big = &c->a[i];
        if (big->kind != NG_KIND_PLACE || big->te >= c->se)
            continue;
        /* "the Al Qusour district of Banias", "Hajin district of Deir ez-Zor" */
        uint32_t of = big->te;
        int noun = 0;
        if (ng_clause_lower(c, of) &&
            ((ng_clause_fam(c, of) & NG_FAM_PLACE_AFTER) || in(r, of, NG_TL_PLACE_PLURAL_NOUN)))
            of++, noun = 1; /* "the Qandil and Asos mountains of" */
        else if (big->te > big->tb + 1 && (ng_clause_fam(c, big->te - 1) & NG_FAM_PLACE_AFTER))
            noun = 1; /* the noun inside the name: "Al Qusour district" */
        if (noun && is(r, of, "of")) {
            uint32_t q = of + 1;
            if (is(r, q, "the"))
                q++;
            while (q < c->se && ng_clause_lower(c, q) && (ng_clause_fam(c, q) & NG_FAM_DIRECTION))
                q++; /* "of northern Iraq" */
            int j = ng_clause_arg(c, q);
            /* "the X district of" a city: a district of the city named */
            if (j >= 0 && c->a[j].kind == NG_KIND_PLACE && place_rank(big) < RANK_COUNTRY &&
                (place_rank(big) <= place_rank(&c->a[j]) ||
                 place_rank(&c->a[j]) >= RANK_TOWN)) {
                /* the places listed before share the noun: "the Qandil and Asos mountains" */
                int more[COORDINATED_MAX];
                size_t n = ng_clause_coordinated(c, (int)i, more, COORDINATED_MAX);
                emit(r, (int)i, j, NG_REL_LOCATED_IN);
                for (size_t q = 0; q < n && place_rank(&c->a[more[q]]) <= place_rank(big); q++)
                    emit(r, more[q], j, NG_REL_LOCATED_IN);
            }
        }
        /* "Syria's Raqqa city", "Iraq's Mosul", "Syria's largest oil deposit, the al-Omar" */
        if (c->d->t->tok[big->te].flags & NG_TOK_POSS) {
            uint32_t k = big->te + 1;
            int small = -1;
            for (uint32_t steps = 0; k < c->se && steps < NG_WINDOW(c, PLACE_PAIR_REACH);
                 k++, steps++) {
                int j = ng_clause_arg(c, k);
                if (j >= 0) {
                    if (c->a[j].kind == NG_KIND_PLACE)
                        small = j;
                    break;
                }
                if (ng_clause_punct(c, k, ",") && steps >= 1)
                    continue;
                if (!(c->d->t->tok[k].flags & NG_TOK_WORD) &&
                    !(c->d->t->tok[k].flags & NG_TOK_HYPHEN))
                    break;
                /* "Iraq's Prime Minister visited Mosul", "Turkey's army
                 * held Afrin": a name or a verb before the place */
                if (((c->d->t->tok[k].flags & NG_TOK_WORD) && !ng_clause_lower(c, k)) ||
                    (ng_clause_fam(c, k) & VERB_FAMILIES))
                    break;
                /* "Turkey's incursion into Afrin" is not "Turkey's Afrin";
                 * "Syria's northeastern province of Hasakah" is */
                if (in(r, k, NG_TL_PLACE_PAIR_PREP) && !(is(r, k, "of") && place_noun_of(r, k - 1)))
                    break;
            }
            /* a country's region is inside it: "Iraq's Kurdistan Region";
             * "Turkey's Afrin offensive" is an offensive, not Afrin */
            if (small >= 0 &&
                !(modifies_noun(r, small) &&
                  (ng_clause_fam(c, c->a[small].te) & (NG_FAM_OPPOSE | NG_FAM_MOVE | NG_FAM_EVENT))) &&
                (place_rank(&c->a[small]) < place_rank(big) ||
                               (!strcmp(big->category, "country") &&
                                !strcmp(c->a[small].category, "region"))))
                emit(r, small, (int)i, NG_REL_LOCATED_IN);
        }
    }
}


/* Is the token at k an actor written as a modifier of a place noun ("the
 * HTS stronghold", "the SDF town"), passed over on the way back to the
 * place an apposition describes? */
static int actor_modifier(const rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    int i = ng_clause_arg(c, k);
    if (i < 0 || c->a[i].kind != NG_KIND_ACTOR || c->a[i].te >= c->se)
        return 0;
    uint32_t e = c->a[i].te;
    /* "the group's last stronghold in" */
    if (e < c->se && (c->d->t->tok[e].flags & NG_TOK_POSS)) {
        e++;
        for (int steps = 0; steps < 3 && ng_clause_lower(c, e) && in(r, e, NG_TL_SEAT_MODIFIER);
             steps++)
            e++;
        if (!(ng_clause_fam(c, e) & NG_FAM_SEAT_NOUN))
            return 0;
    }
    return ng_clause_lower(c, e) &&
           ((ng_clause_fam(c, e) & NG_FAM_SEAT_NOUN) || (c->d->lex[e] & (1u << NG_LEX_PLACE_NOUN)));
}

/* "about 300km to the north", "50 km away" ending right before m: where
 * it starts, else m. */
static uint32_t distance_before(const rel *r, uint32_t m)
{
    const ng_clause *c = r->c;
    uint32_t j = m;
    if (j >= c->sb + 3 && (ng_clause_fam(c, j - 1) & NG_FAM_DIRECTION) && is(r, j - 2, "the") &&
        is(r, j - 3, "to"))
        j -= 3; /* "to the north" */
    uint32_t u = j;
    if (u > c->sb && in(r, u - 1, NG_TL_DISTANCE_UNIT))
        u--;
    if (u > c->sb && (c->d->t->tok[u - 1].flags & NG_TOK_NUMBER)) {
        j = u - 1;
        if (j > c->sb && in(r, j - 1, NG_TL_DISTANCE_APPROX))
            j--; /* "about", "some" */
    }
    return j == m || j < c->sb + 1 ? m : j;
}

/* Is place argument i a river or lake that something lies on ("a town on
 * the eastern bank of the Euphrates")? Then the token of that "on", else 0. */
static uint32_t river_on(const rel *r, int i)
{
    const ng_clause *c = r->c;
    const char *cat = c->a[i].category;
    if (strcmp(cat, "river") != 0 && strcmp(cat, "lake") != 0)
        return 0;
    uint32_t m = c->a[i].tb;
    for (int steps = 0; m > c->sb + 1 && steps < 6; steps++) {
        if (is(r, m - 1, "on"))
            return m - 1;
        /* "Manbij, a city west of the Euphrates River in Aleppo province" */
        if (is(r, m - 1, "of") && in(r, m - 2, NG_TL_COMPASS_POINT))
            return m - 2;
        if (!(is(r, m - 1, "the") || is(r, m - 1, "of") || in(r, m - 1, NG_TL_LOCATE_PART_NOUN) ||
              ((ng_clause_fam(c, m - 1) & NG_FAM_DIRECTION) && ng_clause_lower(c, m - 1))))
            return 0;
        m--;
    }
    return 0;
}

/* "the Tishreen Dam, which carries the main road to Aleppo, about 25 km
 * south of Manbij": an offset apposition after a relative clause
 * describes the relative's head, not a place inside the clause. comma is
 * the offset's opening comma. The place before the relative's own comma;
 * -2 when a relative clause with no place for head comes before the
 * offset; -1 when none does. */
static int offset_relative_head(const rel *r, uint32_t comma)
{
    const ng_clause *c = r->c;
    for (uint32_t j = comma; j > c->sb + 1 && comma - j < NG_WINDOW(c, APPOSITION_REACH);) {
        j--;
        if (!(c->d->t->tok[j].flags & NG_TOK_PUNCT))
            continue;
        if (ng_clause_punct(c, j, ",")) {
            if (!(in(r, j + 1, NG_TL_RELATIVE) || is(r, j + 1, "that")) || !ng_clause_lower(c, j + 1))
                return -1;
            int p = place_before(r, j);
            if (p < 0 || c->a[p].kind != NG_KIND_PLACE)
                return -1;
            /* the last place in the clause, when it is where the head is
             * ("which lies near Tabqa"), is the one the offset tells of */
            for (uint32_t m = comma; m > j + 1; m--) {
                int i = ng_clause_arg(c, m - 1);
                if (i >= 0 && c->a[i].kind == NG_KIND_PLACE) {
                    uint32_t b = c->a[i].tb;
                    while (b > j + 1 && ng_clause_lower(c, b - 1) &&
                           (ng_clause_fam(c, b - 1) & (NG_FAM_DETERMINER | NG_FAM_DIRECTION)))
                        b--;
                    if (!((ng_clause_fam(c, b - 1) & NG_FAM_PREPOSITION) &&
                          !in(r, b - 1, NG_TL_LOCATE_PREP) && !is(r, b - 1, "of")))
                        return -1;
                    break;
                }
            }
            return p;
        }
        if (!(c->d->t->tok[j].flags & NG_TOK_HYPHEN))
            return -1;
    }
    return -1;
}

/* The smaller place of "P in Q" before the preposition at *at: back over
 * place nouns, adjectives, a distance ("X, about 300km to the north in"),
 * an actor modifying a noun ("P, the HTS stronghold in"), to an apposition's
 * comma. *at is left where the walk stopped. -1 if none. */
/* "(al-Sinaa)" ending right before m, holding no name but a place's (an
 * alias: "Ghwayran (al-Sinaa) prison in"): the token of its "(", else m. */
static uint32_t alias_before(const rel *r, uint32_t m)
{
    const ng_clause *c = r->c;
    if (m < c->sb + 3 || !ng_clause_punct(c, m - 1, ")"))
        return m;
    for (uint32_t j = m - 1; j > c->sb && m - j <= 6;) {
        j--;
        if (ng_clause_punct(c, j, "("))
            return j > c->sb && j + 1 < m - 1 ? j : m;
        int i = ng_clause_arg(c, j);
        if (i >= 0 && c->a[i].kind != NG_KIND_PLACE)
            return m;
        if (!(c->d->t->tok[j].flags & (NG_TOK_WORD | NG_TOK_HYPHEN)))
            return m;
    }
    return m;
}

/* "P, a coastal city south of": the adjectives (up to two words of no
 * trigger family) after an apposition's article, ending right before m:
 * the token of the article, when a place and a comma come before it;
 * else m. */
static uint32_t apposition_adjectives(const rel *r, uint32_t m)
{
    const ng_clause *c = r->c;
    uint32_t j = m;
    while (j > c->sb && m - j < 2 && ng_clause_lower(c, j - 1) && ng_clause_arg(c, j - 1) < 0 &&
           !(ng_clause_fam(c, j - 1) & ~(unsigned)NG_FAM_DIRECTION))
        j--;
    if (j == m || j < c->sb + 3 || !(in(r, j - 1, NG_TL_APPOSITION_DET) || is(r, j - 1, "the")) ||
        !ng_clause_punct(c, j - 2, ",") || place_before(r, j - 2) < 0)
        return m;
    return j - 1;
}

static int place_described(const rel *r, uint32_t *at)
{
    const ng_clause *c = r->c;
    uint32_t m = *at, steps = 0;
    while (m > c->sb && steps < NG_WINDOW(c, LOCATE_SMALL_STEPS) &&
           (actor_modifier(r, m - 1) ||
            (ng_clause_arg(c, m - 1) < 0 &&
             (ng_clause_lower(c, m - 1) || (c->d->t->tok[m - 1].flags & NG_TOK_POSS) ||
              (c->d->lex[m - 1] & (1u << NG_LEX_DEMONYM)) ||
              (c->d->t->tok[m - 1].flags & NG_TOK_HYPHEN) ||
              (ng_clause_punct(c, m - 1, ",") && m - 1 > c->sb && place_before(r, m - 1) >= 0 &&
               steps >= 1))) ||
            ((c->d->t->tok[m - 1].flags & NG_TOK_PUNCT) && alias_before(r, m) < m))) {
        if (ng_clause_punct(c, m - 1, ",")) {
            m--;
            break;
        }
        if ((c->d->t->tok[m - 1].flags & NG_TOK_PUNCT) && alias_before(r, m) < m) {
            /* "Ghwayran (al-Sinaa) prison in" */
            m = alias_before(r, m);
            steps++;
            continue;
        }
        if (ng_clause_arg(c, m - 1) >= 0) { /* "the HTS stronghold in" */
            m = c->a[ng_clause_arg(c, m - 1)].tb;
            steps++;
            continue;
        }
        /* "about 300km to the north in": a distance and a direction */
        uint32_t d = distance_before(r, m);
        if (d < m) {
            m = d;
            steps++;
            continue;
        }
        uint32_t bits = c->d->lex[m - 1];
        /* "Sinjar, a Yazidi town in": an ethnic adjective is passed */
        if (!ng_clause_lower(c, m - 1) && (bits & (1u << NG_LEX_DEMONYM)) &&
            (c->d->t->tok[m - 1].flags & NG_TOK_WORD)) {
            m--;
            steps++;
            continue;
        }
        /* "Afrin, the Kurdish-held town in": a compound's participle */
        if (ng_clause_lower(c, m - 1) &&
            !(bits & (1u << NG_LEX_PLACE_NOUN)) &&
            !in(r, m - 1, NG_TL_LOCATE_PASSABLE) &&
            !(ng_clause_fam(c, m - 1) & NG_FAM_SEAT_NOUN) && !in(r, m - 1, NG_TL_SEAT_MODIFIER) &&
            !(c->d->t->tok[m].flags & NG_TOK_POSS) && /* "the group's capital in" */
            !(m - 1 > c->sb && (c->d->t->tok[m - 2].flags & NG_TOK_HYPHEN)) &&
            !(c->d->t->tok[m].flags & NG_TOK_HYPHEN)) {
            /* only right before the noun passed: "a coastal city" */
            uint32_t d = steps && ((c->d->lex[m] & (1u << NG_LEX_PLACE_NOUN)) ||
                                   in(r, m, NG_TL_LOCATE_PASSABLE))
                             ? apposition_adjectives(r, m)
                             : m;
            if (d == m)
                break;
            m = d; /* "Baniyas, a coastal city south of" */
            steps++;
            continue;
        }
        m--;
        /* "rebel-held", "group's" are one word */
        steps += !(c->d->t->tok[m].flags & (NG_TOK_HYPHEN | NG_TOK_POSS));
    }
    *at = m;
    return place_before(r, m);
}

/* "Azaz, near the Turkish border, in": the place before an apposition
 * that ends at the comma at e and describes it. The apposition opens with
 * an article, a locate preposition, "close" or a distance, and holds no
 * verb or clause word. -1 if none. */
static int chain_head(const rel *r, uint32_t e)
{
    const ng_clause *c = r->c;
    for (uint32_t j = e; j > c->sb + 1 && e - j < NG_WINDOW(c, APPOSITION_REACH);) {
        j--;
        if (c->d->t->tok[j].flags & NG_TOK_PUNCT) {
            if (c->d->t->tok[j].flags & NG_TOK_HYPHEN)
                continue;
            if (!ng_clause_punct(c, j, ",") || j + 1 >= e)
                return -1;
            uint32_t o = j + 1;
            if (!(is(r, o, "a") || is(r, o, "an") || is(r, o, "the") ||
                  in(r, o, NG_TL_APPOSITION_DET) || in(r, o, NG_TL_LOCATE_PREP) ||
                  is(r, o, "close") || in(r, o, NG_TL_DISTANCE_APPROX) ||
                  (c->d->t->tok[o].flags & NG_TOK_NUMBER)))
                return -1;
            int p = place_before(r, j);
            return p >= 0 && c->a[p].kind == NG_KIND_PLACE ? p : -1;
        }
        if (ng_clause_fam(c, j) & (NG_FAM_STOP | VERB_FAMILIES))
            return -1;
    }
    return -1;
}

/* "Raqqa, the militants' de facto capital in", "Kobani, the Kurdish town on
 * the Turkish border in", "al-Omar, Syria's largest oil field, which lies
 * in": the place an appositive description ending right before the
 * preposition at k describes. The description opens after a comma with an
 * article, a number word, a possessive or a locate preposition, or is a
 * relative "which lies / is located"; it holds words, demonyms and
 * possessors, no verb of a trigger family, no clause word and no other
 * place; a noun of place or seat is in it, no role or quantity. Up to
 * two descriptions back to back. -1 if none. */
static int described_head(const rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    int commas = 0, noun = 0;
    /* a word of the description right before k ("town in", "lies in") */
    if (k < c->sb + 4 || !ng_clause_lower(c, k - 1) || ng_clause_arg(c, k - 1) >= 0)
        return -1;
    for (uint32_t j = k; j > c->sb + 1 && k - j < NG_WINDOW(c, APPOSITION_REACH);) {
        j--;
        const ng_token *t = &c->d->t->tok[j];
        if ((t->flags & (NG_TOK_WORD | NG_TOK_LOWER)) == (NG_TOK_WORD | NG_TOK_LOWER) &&
            ng_clause_arg(c, j) < 0) {
            unsigned f = ng_clause_fam(c, j);
            /* a description of a place, not of people ("In Raqqa, the
             * group's spokesman in Hasakah") */
            if (f & (VERB_FAMILIES | NG_FAM_SUBORDINATOR | NG_FAM_NEGATION | NG_FAM_ROLE |
                     NG_FAM_QUANTITY))
                return -1;
            /* "which" and "that" only right after the comma */
            if ((f & NG_FAM_STOP) && !(ng_clause_punct(c, j - 1, ",") &&
                                       in(r, j + 1, NG_TL_LOCATE_PASSABLE)))
                return -1;
            noun |= (c->d->lex[j] & (1u << NG_LEX_PLACE_NOUN)) || (f & NG_FAM_SEAT_NOUN);
            continue;
        }
        int i = ng_clause_arg(c, j);
        if (i >= 0) {
            /* "Syria's largest", "the PKK's base", "the HTS stronghold" */
            uint32_t e = c->a[i].te;
            if (!(e < k && ((c->d->t->tok[e].flags & NG_TOK_POSS) ||
                            (c->a[i].kind == NG_KIND_ACTOR && ng_clause_lower(c, e)))))
                return -1;
            j = c->a[i].tb;
            continue;
        }
        if (t->flags & (NG_TOK_HYPHEN | NG_TOK_POSS))
            continue;
        if (ng_clause_punct(c, j, "'") || ng_clause_punct(c, j, "\u2019"))
            continue;
        if (ng_clause_punct(c, j, ",")) {
            uint32_t o = j + 1;
            if (o >= k)
                return -1;
            /* "which lies in", "that is located near": nothing more */
            int rel_open = (is(r, o, "which") || is(r, o, "that")) && o + 1 < k;
            for (uint32_t q = o + 1; rel_open && q < k; q++)
                rel_open = in(r, q, NG_TL_LOCATE_PASSABLE);
            if ((is(r, o, "which") || is(r, o, "that")) && !rel_open)
                return -1;
            int io = ng_clause_arg(c, o);
            if (!(rel_open || is(r, o, "a") || is(r, o, "an") || is(r, o, "the") ||
                  in(r, o, NG_TL_APPOSITION_DET) || in(r, o, NG_TL_LOCATE_PREP) ||
                  is(r, o, "close") || in(r, o, NG_TL_DISTANCE_APPROX) ||
                  (c->d->t->tok[o].flags & NG_TOK_NUMBER) ||
                  (io >= 0 && c->a[io].te < k && (c->d->t->tok[c->a[io].te].flags & NG_TOK_POSS))))
                return -1;
            int p = place_before(r, j);
            if (p >= 0)
                return c->a[p].kind == NG_KIND_PLACE && noun ? p : -1;
            if (++commas > 1)
                return -1;
            continue;
        }
        if (t->flags & NG_TOK_PUNCT)
            return -1;
        /* capitalised words: "the Kurdish town", "the Assad family's" */
        if (ng_clause_fam(c, j) & (VERB_FAMILIES | NG_FAM_STOP))
            return -1;
    }
    return -1;
}

/* "the northern Hama countryside, where the towns of A, B and C remain in
 * rebel hands", "the eastern Ghouta, where Douma and Harasta are held": the
 * places a where-clause at k opens with (its subject) are each in the
 * larger place before the comma. */
static void where_places(rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    if (k < c->sb + 2 || !ng_clause_punct(c, k - 1, ","))
        return;
    int big = place_before(r, k - 1);
    if (big < 0 || c->a[big].kind != NG_KIND_PLACE)
        return;
    int br = place_rank(&c->a[big]);
    uint32_t e = c->a[big].te;
    if (e < k - 1 && br < RANK_PROVINCE) /* "the Hama countryside", "Idlib province" */
        br = RANK_PROVINCE;
    int p = place_named_at(r, k + 1); /* "the towns of A" */
    if (p < 0 || c->a[p].kind != NG_KIND_PLACE || place_rank(&c->a[p]) >= br ||
        (c->a[p].te < c->se && (c->d->t->tok[c->a[p].te].flags & NG_TOK_POSS)) ||
        modifies_noun(r, p) || ng_clause_negated(c, k))
        return;
    int more[COORDINATED_MAX];
    size_t n = ng_clause_coordinated_after(c, p, more, COORDINATED_MAX);
    emit(r, p, big, NG_REL_LOCATED_IN);
    for (size_t q = 0; q < n && place_rank(&c->a[more[q]]) < br; q++)
        emit(r, more[q], big, NG_REL_LOCATED_IN);
}

/* "P in Q", "P, a village near Q", "a town 50km from Q" */
void ng_rel_located_in(rel *r)
{
    const ng_clause *c = r->c;
    for (uint32_t k = ng_clause_next(c, c->sb, NG_FAM_LOCATE | NG_FAM_DIRECTION); k < c->se;
         k = ng_clause_next(c, k + 1, NG_FAM_LOCATE | NG_FAM_DIRECTION)) {
        if (!(ng_clause_lower(c, k) || (c->d->t->tok[k].flags & NG_TOK_NUMBER)))
            continue;
        /* "the Jeddah 1 camp south of Mosul": a place right before a
         * direction from another is near it */
        if (in(r, k, NG_TL_COMPASS_POINT) && is(r, k + 1, "of") && k > c->sb) {
            uint32_t k0 = k;
            /* "south-east of": back from the first half */
            if (k > c->sb + 2 && (c->d->t->tok[k - 1].flags & NG_TOK_HYPHEN) &&
                !(c->d->t->tok[k - 1].flags & NG_TOK_WORD) && in(r, k - 2, NG_TL_COMPASS_POINT))
                k -= 2;
            int small = ng_clause_arg(c, k - 1);
            /* "the Shahba region north of", "Manbij, a city west of" */
            if (small < 0 && ng_clause_lower(c, k - 1) && !in(r, k - 1, NG_TL_CONTROL_ADVERB) &&
                !in(r, k - 1, NG_TL_DISTANCE_UNIT)) { /* distances: below */
                uint32_t m = k;
                small = place_described(r, &m);
                if (small >= 0 && c->a[small].kind != NG_KIND_PLACE)
                    small = -1;
            }
            /* "Tabqa, a town on the shore of Lake Assad west of Raqqa": the
             * town on the lake */
            if (small >= 0 && c->a[small].kind == NG_KIND_PLACE) {
                uint32_t on = river_on(r, small);
                if (on) {
                    small = place_described(r, &on);
                    if (small >= 0 && c->a[small].kind != NG_KIND_PLACE)
                        small = -1;
                }
            }
            /* "the Tishreen Dam on the Euphrates, southeast of Manbij": an
             * apposition to the place, past the river it is on */
            uint32_t cm = k - 1;
            while (cm > c->sb && ng_clause_lower(c, cm) && in(r, cm, NG_TL_CONTROL_ADVERB))
                cm--; /* "Mistanour hill, just southeast of Kobane" */
            int rh = small < 0 && cm >= c->sb + 1 && ng_clause_punct(c, cm, ",")
                         ? offset_relative_head(r, cm)
                         : -1;
            if (rh != -1) {
                small = rh; /* "the dam, which carries the road to Aleppo, south of" */
            } else if (small < 0 && cm >= c->sb + 1 && ng_clause_punct(c, cm, ",")) {
                small = place_before(r, cm); /* "Mistanour hill, just southeast of" */
                if (small >= 0 && !strcmp(c->a[small].category, "river")) {
                    uint32_t m = c->a[small].tb;
                    if (m > c->sb && is(r, m - 1, "the"))
                        m--;
                    small = m >= c->sb + 2 && is(r, m - 1, "on") ? ng_clause_arg(c, m - 2) : -1;
                }
            }
            /* "Azaz, on the Turkish border north of" */
            if (small < 0 && rh == -1)
                small = described_head(r, k);
            int big = place_named_at(r, k0 + 2); /* "north of the town of Q" */
            if (small >= 0 && big >= 0 && small != big && c->a[small].kind == NG_KIND_PLACE &&
                c->a[big].kind == NG_KIND_PLACE && place_rank(&c->a[small]) < 6 &&
                place_rank(&c->a[small]) <= place_rank(&c->a[big]) && !ng_clause_negated(c, k))
            {
                emit_located(r, small, big); /* "Nubl and Zahraa, north of" */
                /* "the Jeddah 1 camp, south of Mosul in Nineveh province": and in R */
                if (c->a[big].te + 1 < c->se && is(r, c->a[big].te, "in")) {
                    int far = ng_clause_object(c, c->a[big].te, NG_NEED_PLACE, NG_WINDOW(c, LOCATE_BIG));
                    uint32_t fe = far >= 0 ? c->a[far].te : 0;
                    int fr = far >= 0 ? place_rank(&c->a[far]) : 0;
                    if (far >= 0 && fr < RANK_PROVINCE && fe < c->se && ng_clause_lower(c, fe) &&
                        in(r, fe, NG_TL_PROVINCE_NOUN))
                        fr = RANK_PROVINCE;
                    /* not "in northern Syria's Aleppo province": the possessor */
                    if (far >= 0 && fe < c->se && (c->d->t->tok[fe].flags & NG_TOK_POSS))
                        far = -1;
                    if (far >= 0 && far != small && fr > place_rank(&c->a[big]) &&
                        fr > place_rank(&c->a[small]))
                        emit_located(r, small, far);
                }
            }
            k = k0;
            continue;
        }
        if (!(ng_clause_fam(c, k) & NG_FAM_LOCATE))
            continue;
        /* "the city of Mayadin in Deir Ezzor", "camps in north-eastern Syria",
         * "a village near Hajin" */
        if (in(r, k, NG_TL_LOCATE_PREP)) {
            uint32_t j = k;
            int edge = 0; /* "on the (northern) edge / outskirts of" */
            for (;;) {
                if (j + 1 < c->se && ((ng_clause_fam(c, j + 1) & NG_FAM_DIRECTION) || is(r, j + 1, "the") ||
                                      (c->d->t->tok[j + 1].flags & NG_TOK_HYPHEN) ||
                                      in(r, j + 1, NG_TL_LOCATE_PART_NOUN))) {
                    edge |= in(r, j + 1, NG_TL_LOCATE_PART_NOUN) && !is(r, j + 1, "of");
                    j++;
                }
                else if (place_noun_of(r, j + 1)) /* "near the town of" */
                    j += 2;
                else
                    break;
            }
            int big = ng_clause_arg(c, j + 1);
            /* "in Iraq's Kurdistan Region": the region, which is in Iraq */
            if (big >= 0 && c->a[big].kind == NG_KIND_PLACE && c->a[big].te + 1 < c->se &&
                (c->d->t->tok[c->a[big].te].flags & NG_TOK_POSS)) {
                /* "in Syria's northeastern province of Hasakah" */
                uint32_t q = c->a[big].te + 1;
                while (q < c->se && ng_clause_lower(c, q) && (ng_clause_fam(c, q) & NG_FAM_DIRECTION))
                    q++;
                if (place_noun_of(r, q))
                    q += 2;
                int inner = ng_clause_arg(c, q);
                if (inner >= 0 && c->a[inner].kind == NG_KIND_PLACE)
                    big = inner;
            }
            if (big < 0 || c->a[big].kind != NG_KIND_PLACE ||
                (c->a[big].kind == NG_KIND_PLACE && place_rank(&c->a[big]) < RANK_TOWN &&
                 !is(r, k, "near") && !(is(r, k, "on") && !strcmp(c->a[big].category, "road"))))
                continue;
            /* "on" places a thing on a river or a coast, or at the edge of a place */
            if (is(r, k, "on") && !edge && strcmp(c->a[big].category, "river") != 0 &&
                strcmp(c->a[big].category, "sea") != 0 && strcmp(c->a[big].category, "lake") != 0 &&
                strcmp(c->a[big].category, "road") != 0) /* "on the M4 highway" */
                continue;
            /* "towns in Q province, such as P and R", "villages in Q,
             * including P": each is in Q */
            {
                uint32_t e = c->a[big].te;
                int br = place_rank(&c->a[big]);
                if (e < c->se && ng_clause_lower(c, e) && in(r, e, NG_TL_PROVINCE_NOUN))
                    e++, br = br < RANK_PROVINCE ? RANK_PROVINCE : br;
                if (ng_clause_punct(c, e, ",") &&
                    ((is(r, e + 1, "such") && is(r, e + 2, "as")) || is(r, e + 1, "including"))) {
                    int p1 = ng_clause_arg(c, is(r, e + 1, "such") ? e + 3 : e + 2);
                    if (p1 >= 0 && c->a[p1].kind == NG_KIND_PLACE &&
                        place_rank(&c->a[p1]) < br && !ng_clause_negated(c, k)) {
                        int more[COORDINATED_MAX];
                        size_t n = ng_clause_coordinated_after(c, p1, more, COORDINATED_MAX);
                        emit(r, p1, big, NG_REL_LOCATED_IN);
                        for (size_t q = 0; q < n && place_rank(&c->a[more[q]]) < br;
                             q++)
                            emit(r, more[q], big, NG_REL_LOCATED_IN);
                    }
                }
            }
            /* the smaller place right before: "X in", "X province in", "X camps in",
             * "X, a village near" */
            uint32_t m = k;
            int small = place_described(r, &m);
            /* "Hajin, a town on the eastern bank of the Euphrates in Deir
             * ez-Zor province": past the river to the place on it */
            uint32_t on = small >= 0 ? river_on(r, small) : 0;
            if (on) {
                m = on;
                small = place_described(r, &m);
            }
            /* "Ain Issa, about 50 km north of Raqqa, sits on the M4": Ain Issa */
            if (small >= 0 && m < k && c->a[small].kind == NG_KIND_PLACE) {
                int h = offset_head(r, small);
                if (h >= 0)
                    small = h;
            }
            /* "Erbil, in Iraq's Kurdistan Region", "al-Hol camp, in Hasakah
             * province": an apposition right after the smaller place. Not a list
             * of places ("in Raqqa, in Tabqa and in Manbij"), and only down the
             * ranks. */
            if (small < 0 && m == k && m > c->sb + 1 && ng_clause_punct(c, m - 1, ",") &&
                (is(r, k, "in") || is(r, k, "near") || is(r, k, "on"))) {
                int s2 = ng_clause_arg(c, m - 2);
                /* "Azaz, near the Turkish border, in Aleppo province": the
                 * place the apposition before describes */
                int chained = 0;
                if (s2 < 0 && (s2 = chain_head(r, m - 1)) >= 0)
                    chained = 1;
                uint32_t after = c->a[big].te;
                /* "Jableh, in Latakia province": the province a city names */
                int big_rank = place_rank(&c->a[big]);
                if (is(r, k, "on") && !strcmp(c->a[big].category, "road"))
                    big_rank = RANK_PROVINCE; /* "P, on the M4 highway": any place */
                if (after < c->se && big_rank < RANK_PROVINCE && ng_clause_lower(c, after) &&
                    in(r, after, NG_TL_PROVINCE_NOUN))
                    big_rank = RANK_PROVINCE;
                int listed = after < c->se &&
                             (is(r, after, "and") || is(r, after, "or") ||
                              (ng_clause_punct(c, after, ",") && is(r, after + 1, "in")));
                /* "Roj camp, near the town of Derik": near goes both ways up */
                /* "the town of Hajin, in Deir ez-Zor,": a town in a city's
                 * province, unless in a list of "in P" ("in Raqqa, in Tabqa") */
                uint32_t sb2 = s2 >= 0 ? c->a[s2].tb : 0;
                while (sb2 > c->sb && ng_clause_lower(c, sb2 - 1) &&
                       (ng_clause_fam(c, sb2 - 1) & (NG_FAM_DETERMINER | NG_FAM_DIRECTION)))
                    sb2--;
                int town_in_city = s2 >= 0 && big_rank == RANK_TOWN &&
                                   place_rank(&c->a[s2]) == RANK_TOWN && is(r, k, "in") &&
                                   !(sb2 > c->sb && in(r, sb2 - 1, NG_TL_LOCATE_PREP));
                if (s2 >= 0 && !listed && c->a[s2].kind == NG_KIND_PLACE &&
                    (place_rank(&c->a[s2]) < big_rank || town_in_city ||
                     (is(r, k, "near") && !chained && place_rank(&c->a[s2]) <= big_rank)))
                    small = s2;
            }
            /* "Kobani, the Kurdish town on the Turkish border in northern
             * Syria": a description longer than the walk above */
            int h = small < 0 ? described_head(r, k) : -1;
            if (h >= 0) {
                int br = place_rank(&c->a[big]);
                uint32_t e = c->a[big].te, b = c->a[big].tb;
                if ((e < c->se && ng_clause_lower(c, e) && in(r, e, NG_TL_PROVINCE_NOUN)) ||
                    (b > c->sb + 2 && is(r, b - 1, "of") && in(r, b - 2, NG_TL_PROVINCE_NOUN)))
                    br = br < RANK_PROVINCE ? RANK_PROVINCE : br; /* "province of Homs" */
                if (place_rank(&c->a[h]) < br)
                    small = h;
            }
            /* equal ranks pass: a town in a province that shares a city's name;
             * any place may be on a road */
            if (small < 0 || small == big || c->a[small].kind != NG_KIND_PLACE ||
                (place_rank(&c->a[small]) > place_rank(&c->a[big]) &&
                 !(is(r, k, "on") && !strcmp(c->a[big].category, "road"))) ||
                place_rank(&c->a[small]) >= RANK_COUNTRY)
                continue;
            if (ng_clause_negated(c, k))
                continue;
            emit_located(r, small, big);
            continue;
        }
        /* "a town 50km from Raqqa", "95 kilometers east of Deir al-Zor" */
        if (in(r, k, NG_TL_DISTANCE_UNIT) ||
            ((c->d->t->tok[k].flags & NG_TOK_WORD) && c->d->t->tok[k].flen > 2 &&
             (c->d->t->tok[k].flags & NG_TOK_NUMBER) &&
             (!memcmp(ng_tokens_fold(c->d->t, k) + c->d->t->tok[k].flen - 2, "km", 2)))) {
            uint32_t j = k;
            /* "75km (47 miles) north-west of" */
            if (ng_clause_punct(c, j + 1, "(")) {
                uint32_t q = j + 2;
                while (q < c->se && q < j + 8 && !ng_clause_punct(c, q, ")"))
                    q++;
                if (ng_clause_punct(c, q, ")"))
                    j = q;
            }
            while ((ng_clause_fam(c, j + 1) & NG_FAM_DIRECTION) &&
                   (c->d->t->tok[j + 2].flags & NG_TOK_HYPHEN) &&
                   (ng_clause_fam(c, j + 3) & NG_FAM_DIRECTION))
                j += 2;
            if ((ng_clause_fam(c, j + 1) & NG_FAM_DIRECTION))
                j++;
            if (!in(r, j + 1, NG_TL_DISTANCE_PREP))
                continue;
            j++;
            if (in(r, j, NG_TL_COMPASS_POINT) && is(r, j + 1, "of"))
                j++;
            if (is(r, j + 1, "the") && place_noun_of(r, j + 2))
                j += 3; /* "west of the city of Raqqa" */
            int big = ng_clause_object(c, j, NG_NEED_PLACE, NG_WINDOW(c, LOCATE_BIG));
            /* the place described: the nearest place before the distance,
             * or the head of a relative clause right before it */
            int small = -1;
            uint32_t d0 = distance_before(r, k + 1);
            int rh = d0 > c->sb + 1 && ng_clause_punct(c, d0 - 1, ",")
                         ? offset_relative_head(r, d0 - 1)
                         : -1;
            if (rh != -1)
                small = rh;
            for (uint32_t m = k;
                 rh == -1 && m > c->sb && small < 0 && k - m < NG_WINDOW(c, LOCATE_SMALL_BACK);) {
                m--;
                int i = ng_clause_arg(c, m);
                if (i >= 0 && c->a[i].kind == NG_KIND_PLACE)
                    small = i;
                else if (i >= 0)
                    break;
            }
            /* "Tabqa sits on the Euphrates about 55 km west of Raqqa": the
             * river the town is on is not the place described */
            if (small >= 0 && (!strcmp(c->a[small].category, "river") ||
                               !strcmp(c->a[small].category, "lake"))) {
                for (uint32_t m = c->a[small].tb;
                     m > c->sb && k - m < NG_WINDOW(c, LOCATE_SMALL_BACK);) {
                    m--;
                    int i = ng_clause_arg(c, m);
                    if (i >= 0) {
                        if (c->a[i].kind == NG_KIND_PLACE)
                            small = i;
                        break;
                    }
                }
                /* "P, a village on the Euphrates about 10 km north of Q": P
                 * is past the window; a river lies in no town */
                if (!strcmp(c->a[small].category, "river") || !strcmp(c->a[small].category, "lake"))
                    small = -1;
            }
            /* "the village of Khasham in Deir ez-Zor province, about 8 km
             * east of the Euphrates": the village, not the province */
            if (small >= 0) {
                uint32_t b = c->a[small].tb;
                while (b > c->sb && (ng_clause_fam(c, b - 1) & (NG_FAM_DETERMINER | NG_FAM_DIRECTION)))
                    b--;
                int inner = b > c->sb + 1 && is(r, b - 1, "in") ? place_before(r, b - 1) : -1;
                if (inner >= 0 && c->a[inner].kind == NG_KIND_PLACE &&
                    place_rank(&c->a[inner]) <= place_rank(&c->a[small]))
                    small = inner;
            }
            if (small >= 0 && big >= 0 && small != big && !ng_clause_negated(c, k))
                emit(r, small, big, NG_REL_LOCATED_IN);
            continue;
        }
        if (in(r, k, NG_TL_LOCATE_WHERE))
            where_places(r, k);
    }
}

/* ---- held_in --------------------------------------------------------------------- */

void ng_rel_held_in(rel *r)
{
    const ng_clause *c = r->c;
    for (uint32_t k = ng_clause_next(c, c->sb, NG_FAM_HELD); k < c->se;
         k = ng_clause_next(c, k + 1, NG_FAM_HELD)) {
        if (!ng_clause_trigger(c, k))
            continue;
        /* "Al-Hawl is the camp where Brit ISIS bride Shamima Begum was discovered" */
        if (is(r, k, "where") && k >= c->sb + 3 &&
            in(r, k - 1, NG_TL_DETENTION_NOUN)) {
            int camp = -1;
            for (uint32_t m = k - 1;
                 m > c->sb && camp < 0 && k - m < NG_WINDOW(c, HELD_WHERE_BACK);) {
                m--;
                int i = ng_clause_arg(c, m);
                if (i >= 0 && c->a[i].kind == NG_KIND_PLACE)
                    camp = i;
            }
            int who = -1;
            for (uint32_t m = k + 1; m < c->se && m < k + NG_WINDOW(c, HELD_WHERE_REACH); m++) {
                int i = ng_clause_arg(c, m);
                if (i >= 0) {
                    if (c->a[i].kind == NG_KIND_ACTOR)
                        who = i; /* the last actor before the verb is the head */
                    m = c->a[i].te - 1;
                    continue;
                }
                if (ng_clause_lower(c, m) && in(r, m, NG_TL_HELD_LINKING_VERB))
                    break;
            }
            if (camp >= 0 && who >= 0 && !ng_clause_negated(c, k))
                emit(r, who, camp, NG_REL_HELD_IN);
            continue;
        }
        /* "a former inmate of P, NAME", "NAME, a detainee at P", "IS
         * detainees at P": the person the noun describes, or the
         * organisation that modifies it */
        if (in(r, k, NG_TL_HELD_PERSON_NOUN)) {
            if (!is(r, k + 1, "of") && !in(r, k + 1, NG_TL_HELD_PREP))
                continue;
            int camp = ng_clause_object(c, k + 1, NG_NEED_CAMP, NG_WINDOW(c, HELD_CAMP));
            if (camp < 0 || ng_clause_negated(c, k))
                continue;
            int who = ng_clause_arg(c, k - 1);
            if (who >= 0 && !ng_clause_fits(c, who, NG_NEED_ORG))
                who = -1;
            if (who < 0)
                who = ng_clause_appositive_head(c, k, NG_NEED_PERSON);
            if (who < 0 && ng_clause_punct(c, c->a[camp].te, ",")) {
                who = ng_clause_arg(c, c->a[camp].te + 1);
                if (who >= 0 && !ng_clause_fits(c, who, NG_NEED_PERSON))
                    who = -1;
            }
            if (who >= 0)
                emit(r, who, camp, NG_REL_HELD_IN);
            continue;
        }
        if (!(ng_clause_fam(c, k) & NG_FAM_HELD_VERB))
            continue;
        uint32_t j = k;
        if (is(r, j + 1, "up"))
            j++; /* "locked up in" */
        /* "spent ten years in P" */
        if (in(r, k, NG_TL_HELD_TIME_VERB))
            while (j + 1 < c->se && j < k + 3 && !in(r, j + 1, NG_TL_HELD_PREP) &&
                   ng_clause_arg(c, j + 1) < 0 &&
                   (ng_clause_lower(c, j + 1) || (c->d->t->tok[j + 1].flags & NG_TOK_NUMBER)))
                j++;
        if (!in(r, j + 1, NG_TL_HELD_PREP))
            continue;
        int camp = ng_clause_object(c, j + 1, NG_NEED_CAMP, NG_WINDOW(c, HELD_CAMP));
        if (camp < 0)
            continue;
        int who = ng_clause_subject(c, k, NG_NEED_ACTOR);
        if (who < 0 || ng_clause_negated(c, k))
            continue;
        /* "Jane Roe and Mary Major are held in Roj camp" */
        emit_lists(r, who, 0, camp, 1, NG_REL_HELD_IN);
        /* "living in Roj camp with Mary Major": she lives there too */
        uint32_t w = c->a[camp].te;
        if (is(r, w, "with") && c->a[who].person) {
            int other = ng_clause_object(c, w, NG_NEED_PERSON, NG_WINDOW(c, HELD_CAMP));
            if (other >= 0)
                emit_lists(r, other, 1, camp, 0, NG_REL_HELD_IN);
        }
    }
}

/* ---- moved_to -------------------------------------------------------------------- */

/* Verbs whose object after "to" may come after a long phrase ("moved vast
 * sums of money ... to the city of Mayadin"). */
/* A move noun at k with its owner before it and a place after: "A's
 * (military) offensive into / in P", "the A operation in P", "A suspended
 * its offensive in P" (the verb one of event_launch_verb or
 * own_move_verb). "into", "to", "toward" for any move noun, "in" for
 * move_in_noun. Emits A moved_to P; 0 when it finds no such phrase. */
static int owned_move(rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    uint32_t q = k + 1;
    int into = in(r, q, NG_TL_MOVE_TO_PREP);
    if (!into && !(is(r, q, "in") && in(r, k, NG_TL_MOVE_IN_NOUN)))
        return 0;
    while (q + 1 < c->se && ng_clause_lower(c, q + 1) &&
           ((ng_clause_fam(c, q + 1) & NG_FAM_DIRECTION) || is(r, q + 1, "the")))
        q++;
    int p = ng_clause_arg(c, q + 1);
    if (p < 0 || c->a[p].kind != NG_KIND_PLACE)
        return 0;
    /* back over adjectives of no trigger list: "military", "cross-border" */
    uint32_t o = k;
    while (o > c->sb && k - o < 4 && ng_clause_arg(c, o - 1) < 0 &&
           ((ng_clause_lower(c, o - 1) &&
             (!ng_clause_fam(c, o - 1) || (c->d->t->tok[o].flags & NG_TOK_HYPHEN) ||
              (o - 1 > c->sb && (c->d->t->tok[o - 2].flags & NG_TOK_HYPHEN))) &&
             !is(r, o - 1, "its") && !is(r, o - 1, "their")) ||
            (c->d->t->tok[o - 1].flags & NG_TOK_HYPHEN)))
        o--;
    int a = -1;
    if (o >= c->sb + 2 && (c->d->t->tok[o - 1].flags & NG_TOK_POSS)) {
        a = ng_clause_arg(c, o - 2); /* "Russia's" */
    } else if (o >= c->sb + 2 && (is(r, o - 1, "its") || is(r, o - 1, "their"))) {
        uint32_t v = o - 2; /* "suspended its" */
        if (ng_clause_lower(c, v) &&
            (in(r, v, NG_TL_EVENT_LAUNCH_VERB) || in(r, v, NG_TL_OWN_MOVE_VERB)))
            a = ng_clause_agent(c, v, AGENT);
    } else if (o > c->sb && ng_clause_arg(c, o - 1) >= 0) {
        a = ng_clause_arg(c, o - 1); /* "the US operation" */
        uint32_t b = c->a[a].tb;
        if (!(b == c->sb || (b > c->sb && (is(r, b - 1, "the") || is(r, b - 1, "a") ||
                                           is(r, b - 1, "an")))))
            a = -1;
    }
    if (a < 0 || a == p || !ng_clause_fits(c, a, AGENT) || ng_clause_negated(c, k) ||
        ng_clause_unreal(c, k))
        return 0;
    emit(r, a, p, NG_REL_MOVED_TO); /* one place: "in Syria, Russia said" */
    return 1;
}

/* "urged refugees to return to P", "help them return to P", "pushed for
 * people to return to P": the one who moves is the persuaded, not the
 * subject. k is at the move verb. */
static int persuaded_mover(const rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    uint32_t m = k > c->sb && is(r, k - 1, "to") ? k - 1 : k;
    uint32_t n = m;
    while (n > c->sb && m - n < 4 && ng_clause_arg(c, n - 1) < 0 &&
           (ng_clause_lower(c, n - 1) || (c->d->lex[n - 1] & (1u << NG_LEX_DEMONYM))) &&
           !in(r, n - 1, NG_TL_PERSUADE_VERB) && !is(r, n - 1, "for"))
        n--;
    return n < m && n > c->sb && ng_clause_arg(c, n - 1) < 0 && ng_clause_lower(c, n - 1) &&
           (in(r, n - 1, NG_TL_PERSUADE_VERB) || is(r, n - 1, "for"));
}

void ng_rel_moved_to(rel *r)
{
    const ng_clause *c = r->c;
    for (uint32_t k = ng_clause_next(c, c->sb, NG_FAM_MOVE); k < c->se;
         k = ng_clause_next(c, k + 1, NG_FAM_MOVE)) {
        if (!ng_clause_trigger(c, k))
            continue;
        /* "Turkey's (cross-border) offensive into Syria", "Russia's military
         * operation in Syria", "the US operation in Syria", "Turkey suspended
         * its offensive in northeastern Syria": the owner moved there */
        if ((in(r, k, NG_TL_MOVE_NOUN) || in(r, k, NG_TL_MOVE_IN_NOUN)) && ng_clause_lower(c, k) &&
            owned_move(r, k))
            continue;
        /* "Turkey's incursion into northeast Syria" */
        if (in(r, k, NG_TL_MOVE_NOUN) &&
            in(r, k + 1, NG_TL_MOVE_TO_PREP) && k >= c->sb + 2 &&
            (c->d->t->tok[k - 1].flags & NG_TOK_POSS)) {
            int a = ng_clause_arg(c, k - 2);
            uint32_t j = k + 1;
            while (j + 1 < c->se && (ng_clause_fam(c, j + 1) & NG_FAM_DIRECTION))
                j++;
            int p = ng_clause_object(c, j, NG_NEED_PLACE, NG_WINDOW(c, MOVE_NOUN_OBJECT));
            if (a >= 0 && ng_clause_fits(c, a, AGENT) && p >= 0 && !ng_clause_negated(c, k))
                emit_coord_dst(r, a, p, NG_REL_MOVED_TO);
            continue;
        }
        /* "Turkey launched a (military) offensive against B in northeast
         * Syria": a state that opens an offensive in another moves there */
        if (in(r, k, NG_TL_INCURSION_NOUN) && !ng_clause_negated(c, k)) {
            uint32_t v = k;
            while (v > c->sb && k - v < 4 && ng_clause_lower(c, v - 1) &&
                   !in(r, v - 1, NG_TL_EVENT_LAUNCH_VERB) && !(ng_clause_fam(c, v - 1) & NG_FAM_PREPOSITION))
                v--;
            int a = v > c->sb && in(r, v - 1, NG_TL_EVENT_LAUNCH_VERB)
                        ? ng_clause_agent(c, v - 1, NG_NEED_COUNTRY)
                        : -1;
            for (uint32_t m = k + 1; a >= 0 && m < c->se && m <= k + NG_WINDOW(c, MOVE_TO_REACH) + 2;
                 m++) {
                if (ng_clause_punct(c, m, ",") || ng_clause_punct(c, m, ".") ||
                    (ng_clause_fam(c, m) & NG_FAM_STOP))
                    break;
                if (!is(r, m, "in") && !is(r, m, "into"))
                    continue;
                uint32_t q = m;
                while (q + 1 < c->se && (ng_clause_fam(c, q + 1) & NG_FAM_DIRECTION))
                    q++;
                int p = ng_clause_arg(c, q + 1);
                if (p >= 0 && c->a[p].kind == NG_KIND_PLACE &&
                    place_rank(&c->a[p]) == RANK_COUNTRY && p != a)
                    emit(r, a, p, NG_REL_MOVED_TO);
                break;
            }
            continue;
        }
        if (!(ng_clause_fam(c, k) & NG_FAM_MOVE_VERB) || ng_clause_negated(c, k))
            continue;
        /* "fell back to Idlib"; not "Raqqa fell to the SDF" (a capture) */
        if (in(r, k, NG_TL_FALL_VERB) && !is(r, k + 1, "back"))
            continue;
        /* a noun: "in (their) Return to Kobani", "the return to Idlib" (not
         * "were to return to Idlib") */
        if (k > c->sb && (ng_clause_fam(c, k - 1) & (NG_FAM_PREPOSITION | NG_FAM_DETERMINER)) &&
            !is(r, k - 1, "to"))
            continue;
        if (persuaded_mover(r, k))
            continue;
        /* "returned the bodies to Syria": what is returned moves */
        if (in(r, k, NG_TL_RETURN_VERB) && k + 1 < c->se && ng_clause_lower(c, k + 1) &&
            !(ng_clause_fam(c, k + 1) & NG_FAM_PREPOSITION) && !is(r, k + 1, "home") &&
            !in(r, k + 1, NG_TL_MOVE_ADVERB) && !in(r, k + 1, NG_TL_MOVE_STOP))
            continue;
        /* "was pulled into a war with B": the place itself, as below */
        int p = -1, carried = -1, loose = k > c->sb && in(r, k - 1, NG_TL_PASSIVE_AUX) &&
                                           !(ng_clause_fam(c, k) & NG_FAM_CARRY_VERB);
        uint32_t j = k;
        while (j + 1 < c->se && in(r, j + 1, NG_TL_MOVE_ADVERB))
            j++;
        if (in(r, k, NG_TL_REACH_VERB)) {
            /* "reached Raqqa", "reached its besieged garrison in Deir ez-Zor",
             * "reached the outskirts of Raqqa"; not "reached a deal in Ankara" */
            int i = ng_clause_arg(c, j + 1);
            uint32_t m = j + 1;
            while (m < c->se && m < j + 1 + NG_WINDOW(c, MOVE_OBJECT) && ng_clause_arg(c, m) < 0 &&
                   ng_clause_lower(c, m) && !in(r, m, NG_TL_REACH_NOUN) &&
                   !(ng_clause_fam(c, m) & NG_FAM_PREPOSITION))
                m++;
            if (i >= 0)
                p = c->a[i].kind == NG_KIND_PLACE ? i : -1;
            else if (m < c->se && ng_clause_arg(c, m) >= 0)
                p = c->a[ng_clause_arg(c, m)].kind == NG_KIND_PLACE ? ng_clause_arg(c, m) : -1;
            else if (in(r, m, NG_TL_REACH_NOUN) && (is(r, m + 1, "in") || is(r, m + 1, "of")))
                p = ng_clause_object(c, m + 1, NG_NEED_PLACE, NG_WINDOW(c, MOVE_OBJECT));
        } else if (in(r, k, NG_TL_ENTER_VERB) &&
            !in(r, j + 1, NG_TL_MOVE_INTO_PREP)) {
            p = ng_clause_object(c, j, NG_NEED_PLACE, NG_WINDOW(c, MOVE_OBJECT));
        } else {
            uint32_t limit = (ng_clause_fam(c, k) & NG_FAM_CARRY_VERB)
                                 ? NG_WINDOW(c, CARRY_TO_REACH)
                                 : NG_WINDOW(c, MOVE_TO_REACH);
            for (uint32_t m = j + 1; m < c->se && m <= j + limit; m++) {
                if (ng_clause_arg(c, m) >= 0) {
                    int i = ng_clause_arg(c, m);
                    /* "the SDF transferred IS suspects to Iraq": what is carried moves */
                    if (carried < 0 && (ng_clause_fam(c, k) & NG_FAM_CARRY_VERB) &&
                        c->a[i].kind == NG_KIND_ACTOR && ng_clause_fits(c, i, AGENT) &&
                        !ng_clause_compound(c, i))
                        carried = i;
                    m = c->a[i].te - 1;
                    continue;
                }
                if (in(r, m, NG_TL_MOVE_FROM_WORD) && !(ng_clause_fam(c, k) & NG_FAM_CARRY_VERB)) {
                    /* "withdrew from Douma to Jarablus": the origin is passed over */
                    uint32_t f = is(r, m, "out") && is(r, m + 1, "of") ? m + 1 : m;
                    int of = is(r, f, "from") || f > m; /* an origin follows */
                    int o = of ? ng_clause_object(c, f, NG_NEED_PLACE, NG_WINDOW(c, MOVE_FROM_PLACE))
                               : -1;
                    if (o >= 0 && in(r, c->a[o].te, NG_TL_MOVE_TO_PREP)) {
                        m = c->a[o].te - 1;
                        continue;
                    }
                    /* "pulled out of the city towards Azaz": an origin of
                     * common nouns, then where they went */
                    uint32_t e = f + 1;
                    while (o < 0 && of && e < c->se && e < f + 4 && ng_clause_lower(c, e) &&
                           ng_clause_arg(c, e) < 0 && !in(r, e, NG_TL_MOVE_TO_PREP) &&
                           !(ng_clause_fam(c, e) & (NG_FAM_PREPOSITION | NG_FAM_STOP)))
                        e++;
                    if (o < 0 && of && e > f + 1 && in(r, e, NG_TL_MOVE_TO_PREP)) {
                        m = e - 1;
                        loose = 1;
                        continue;
                    }
                    break; /* movement away from a place */
                }
                /* "left for Lebanon"; "left Raqqa to the SDF" is no movement */
                if (in(r, k, NG_TL_LEAVE_VERB) && !is(r, m, "for"))
                    continue;
                if (in(r, m, NG_TL_MOVE_TO_PREP) ||
                    (is(r, m, "for") && in(r, k, NG_TL_HEAD_FOR_VERB)) ||
                    (m == j + 1 && (is(r, m, "in") || is(r, m, "at")) && in(r, k, NG_TL_ARRIVE_VERB))) {
                    uint32_t q = m;
                    while (q + 1 < c->se && (ng_clause_fam(c, q + 1) & NG_FAM_DIRECTION))
                        q++;
                    p = ng_clause_object(c, q, NG_NEED_PLACE, NG_WINDOW(c, CARRY_OBJECT));
                    /* after a common-noun origin, the place itself ("to the
                     * town of Azaz"), not "to the dismay of Iran" */
                    for (uint32_t n = q + 1; loose && p >= 0 && n < c->a[p].tb; n++)
                        if (ng_clause_lower(c, n) && !(ng_clause_fam(c, n) & NG_FAM_DETERMINER) &&
                            !(ng_clause_fam(c, n) & NG_FAM_PLACE_HEAD) &&
                            !(is(r, n, "of") && (ng_clause_fam(c, n - 1) & NG_FAM_PLACE_HEAD)))
                            p = -1;
                    break;
                }
                if (in(r, m, NG_TL_MOVE_STOP) &&
                    !(ng_clause_fam(c, k) & NG_FAM_CARRY_VERB))
                    break;
                if (ng_clause_punct(c, m, ";") || ng_clause_punct(c, m, ":") ||
                    ng_clause_punct(c, m, "."))
                    break;
            }
        }
        if (p < 0)
            continue;
        /* "rushed reinforcements to P", "were dispatched to P"; not "rushed to
         * deny", "dispatched aid to P" */
        if (in(r, k, NG_TL_DISPATCH_VERB) && !(k > c->sb && in(r, k - 1, NG_TL_PASSIVE_AUX))) {
            uint32_t m = j + 1;
            while (m < c->a[p].tb && carried < 0 && !in(r, m, NG_TL_FORCE_NOUN))
                m++;
            if (m >= c->a[p].tb && carried < 0)
                continue;
        }
        /* "moving them to the camp", "transferred 600 detainees to Iraq":
         * the people carried move, not the one who carries them */
        if (carried < 0 && (ng_clause_fam(c, k) & NG_FAM_CARRY_VERB)) {
            uint32_t m = j + 1;
            while (m < c->a[p].tb && ng_clause_lower(c, m) &&
                   ((ng_clause_fam(c, m) & (NG_FAM_DETERMINER | NG_FAM_QUANTITY)) ||
                    is(r, m, "of")))
                m++;
            while (m < c->a[p].tb && (c->d->t->tok[m].flags & NG_TOK_NUMBER))
                m++;
            if (m < c->a[p].tb && ng_clause_lower(c, m) && in(r, m, NG_TL_CARRIED_PEOPLE))
                continue;
        }
        int a = carried >= 0 && c->a[carried].tb < c->a[p].tb ? carried
                                                              : ng_clause_agent(c, k, AGENT);
        if (a >= 0 && a != p && !ng_clause_unreal(c, k))
            emit_coord_dst(r, a, p, NG_REL_MOVED_TO);
    }
}
