/* relation_actor.c - relations between two actors: supports, opposes, member_of
 *
 * The backer supports the backed, the attacker opposes the target, the
 * person is member_of the organisation. A negated or denied trigger states
 * nothing.
 */
#include "relation_priv.h"

/* ---- supports ------------------------------------------------------------------ */

static void supports_pro(rel *r);
static int body_after(const rel *r, uint32_t k);

/* Does the modifier ending at participle p ("US-backed") bind to argument
 * b? Only through the words of the noun phrase it opens: capitalised
 * adjectives ("Kurdish"), other compounds ("Kurdish-led"), articles. A
 * common noun first ("US-backed forces retake ISIS hub") is what it
 * modifies, and that names no entity. */
static int modifier_binds(const rel *r, uint32_t p, int b)
{
    const ng_clause *c = r->c;
    for (uint32_t m = p + 1; m < c->a[b].tb; m++) {
        const ng_token *t = &c->d->t->tok[m];
        if ((t->flags & NG_TOK_HYPHEN) || (ng_clause_fam(c, m) & NG_FAM_DETERMINER))
            continue;
        if (ng_clause_lower(c, m) && !(c->d->t->tok[m - 1].flags & NG_TOK_HYPHEN))
            return 0;
        if (!(t->flags & NG_TOK_WORD) && !ng_clause_punct(c, m, ","))
            return 0;
    }
    return 1;
}

/* "US-backed Syrian Democratic Forces" */
void ng_rel_supports_compound(rel *r)
{
    const ng_clause *c = r->c;
    supports_pro(r);
    for (size_t i = 0; i < c->n; i++) {
        uint32_t p = ng_clause_compound(c, (int)i);
        if (!p || !(ng_clause_fam(c, p) & NG_FAM_SUPPORT_PART) || !ng_clause_fits(c, (int)i, AGENT))
            continue;
        int b = ng_clause_object(c, p, NG_NEED_ACTOR, NG_WINDOW(c, SUPPORT_COMPOUND_OBJECT));
        if (b >= 0 && !modifier_binds(r, p, b))
            b = -1;
        /* "B, the US-backed group, said": the apposition describes B */
        if (b < 0 && in(r, p + 1, NG_TL_SUPPORT_COMPOUND_HEAD))
            b = ng_clause_appositive_head(c, c->a[i].tb, NG_NEED_ACTOR);
        if (b < 0 || b == (int)i || ng_clause_negated(c, c->a[i].tb))
            continue;
        /* "the SDF-allied Manbij Council": the council is the SDF's ally,
         * as "affiliated with", "aligned with" */
        if (in(r, p, NG_TL_SUPPORT_ALLIED))
            emit(r, b, (int)i, NG_REL_SUPPORTS);
        else
            emit(r, (int)i, b, NG_REL_SUPPORTS);
    }
}

/* "the pro-SDF Hawar News Agency", "Hawar, the pro-SDF news agency":
 * the one the noun phrase names sides with X */
static void supports_pro(rel *r)
{
    const ng_clause *c = r->c;
    for (size_t i = 0; i < c->n; i++) {
        if (!ng_clause_prefixed(c, (int)i) || !is(r, c->a[i].tb - 2, "pro") ||
            !ng_clause_fits(c, (int)i, AGENT))
            continue;
        /* the noun the modifier opens: a name, or lower-case words */
        int b = -1;
        uint32_t m = c->a[i].te;
        while (m < c->se && m < c->a[i].te + NG_WINDOW(c, SUPPORT_COMPOUND_OBJECT) &&
               ng_clause_arg(c, m) < 0 && ng_clause_lower(c, m) &&
               !(ng_clause_fam(c, m) & (NG_FAM_PREPOSITION | NG_FAM_STOP)))
            m++;
        if (m == c->a[i].te && ng_clause_arg(c, m) >= 0)
            b = ng_clause_arg(c, m); /* "the pro-SDF Hawar News Agency" */
        else if (m > c->a[i].te && (m >= c->se || !ng_clause_lower(c, m)))
            b = ng_clause_appositive_head(c, c->a[i].tb - 2, NG_NEED_ACTOR);
        if (b >= 0 && b != (int)i && ng_clause_fits(c, b, NG_NEED_ACTOR) &&
            !ng_clause_negated(c, c->a[i].tb))
            emit(r, b, (int)i, NG_REL_SUPPORTS);
    }
}

/* "B's main ally A", "A, B's closest ally": A backs B. k is at "ally". */
static int possessive_ally(rel *r, uint32_t k, int *a, int *b)
{
    const ng_clause *c = r->c;
    uint32_t j = k;
    for (uint32_t steps = 0; j > c->sb + 1 && steps < NG_WINDOW(c, SUPPORT_ALLY_ADJECTIVES) &&
                             ng_clause_lower(c, j - 1) && !is(r, j - 1, "its") && !is(r, j - 1, "their");
         steps++)
        j--; /* "main", "closest", "key regional" */
    /* "Syria and its ally Russia", "Damascus and its allies Moscow and
     * Tehran": the one listed before "its" */
    if (j >= c->sb + 3 && (is(r, j - 1, "its") || is(r, j - 1, "their")) &&
        (is(r, j - 2, "and") || ng_clause_punct(c, j - 2, ","))) {
        *b = ng_clause_arg(c, j - 3);
        if (*b < 0 || !ng_clause_fits(c, *b, AGENT) || ng_clause_arg(c, k + 1) < 0)
            return 0;
        *a = ng_clause_arg(c, k + 1);
        return *a != *b && ng_clause_fits(c, *a, AGENT);
    }
    if (j < c->sb + 2 || !(c->d->t->tok[j - 1].flags & NG_TOK_POSS))
        return 0;
    *b = ng_clause_arg(c, j - 2);
    if (*b < 0 || !ng_clause_fits(c, *b, AGENT))
        return 0;
    /* "B's main backer, A," */
    uint32_t after = ng_clause_punct(c, k + 1, ",") && ng_clause_arg(c, k + 2) >= 0 ? k + 2 : k + 1;
    /* "Russia, Mr Assad's ally,": the head before the honorific */
    uint32_t hb = c->a[*b].tb;
    while (hb > c->sb + 1 && c->a[*b].tb - hb < 3 && ng_clause_arg(c, hb - 1) < 0 &&
           (((c->d->lex[hb - 1] & (1u << NG_LEX_TITLE)) && !ng_clause_lower(c, hb - 1)) ||
            (ng_clause_punct(c, hb - 1, ".") && (c->d->lex[hb - 2] & (1u << NG_LEX_TITLE)))))
        hb--;
    *a = ng_clause_arg(c, after) >= 0 ? ng_clause_arg(c, after) : ng_clause_appositive_head(c, hb, AGENT);
    return *a >= 0 && *a != *b;
}

/* "(the SDF,) which Washington sees as an indispensable ally": the one who
 * sees backs the one seen. k is at "ally"/"partner". */
static int seen_as_ally(rel *r, uint32_t k, int *a, int *b)
{
    const ng_clause *c = r->c;
    uint32_t j = k;
    for (uint32_t steps = 0; j > c->sb && steps < NG_WINDOW(c, SUPPORT_ALLY_ADJECTIVES) + 1 &&
                             ng_clause_lower(c, j - 1) && !is(r, j - 1, "as");
         steps++)
        j--;
    if (j < c->sb + 3 || !is(r, j - 1, "as"))
        return 0;
    uint32_t as = j - 1;
    /* the verb, with the one seen before "as" or as the relative's antecedent */
    for (uint32_t v = as; v > c->sb + 1 && as - v < NG_WINDOW(c, SUPPORT_SEEN_REACH);) {
        v--;
        if (!in(r, v, NG_TL_SUPPORT_SEEN_VERB))
            continue;
        *a = ng_clause_arg(c, v - 1);
        if (*a < 0 || !ng_clause_fits(c, *a, AGENT))
            return 0;
        *b = -1;
        for (uint32_t m = v + 1; m < as && *b < 0; m++)
            *b = ng_clause_arg(c, m);
        /* "B, which A sees as": the antecedent of the relative */
        if (*b < 0 && c->a[*a].tb >= c->sb + 3 && in(r, c->a[*a].tb - 1, NG_TL_RELATIVE) &&
            ng_clause_punct(c, c->a[*a].tb - 2, ","))
            *b = ng_clause_arg(c, c->a[*a].tb - 3);
        return *b >= 0 && *b != *a && ng_clause_fits(c, *b, NG_NEED_ACTOR);
    }
    return 0;
}

/* "with (the) (air) support": "with" a few lower-case words before k */
static int with_before(const rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    for (uint32_t m = k; m > c->sb && k - m < NG_WINDOW(c, SUPPORT_ALLY_ADJECTIVES);) {
        m--;
        if (is(r, m, "with"))
            return 1;
        if (!ng_clause_lower(c, m) || ng_clause_arg(c, m) >= 0)
            return 0;
    }
    return 0;
}

/* Who is helped "with support from A": the subject, or the agent of a
 * passive ("security is provided by B, ..., with support from A"). */
static int helped_subject(const rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    int b = ng_clause_subject(c, k, NG_NEED_ACTOR);
    for (uint32_t m = k; b < 0 && m > c->sb + 1 && k - m < NG_WINDOW(c, SUPPORT_SEEN_REACH) * 2;) {
        m--;
        int i = ng_clause_arg(c, m);
        if (i < 0)
            continue;
        uint32_t by = c->a[i].tb;
        while (by > c->sb && (ng_clause_fam(c, by - 1) & NG_FAM_DETERMINER))
            by--;
        if (by > c->sb && is(r, by - 1, "by") && ng_clause_fits(c, i, NG_NEED_ACTOR))
            b = i;
        m = c->a[i].tb;
    }
    return b;
}

/* "by air strikes and special forces of A": the body whose instruments
 * the words after "by" at k name, through an "of" after lower-case
 * words (and demonyms: "Turkish artillery and drones of A"). -1 if none. */
static int instrument_owner(const rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    for (uint32_t m = k + 1; m < c->se && m <= k + 2 * NG_WINDOW(c, SUPPORT_BY_AGENT); m++) {
        if (is(r, m, "of")) {
            int b = m > k + 1 && ng_clause_lower(c, m - 1) ? body_after(r, m) : -1;
            if (b >= 0 || !ng_clause_lower(c, m + 1))
                return b;
            continue; /* "thousands of fighters of A" */
        }
        if (ng_clause_arg(c, m) >= 0 || (!ng_clause_lower(c, m) && !(c->d->lex[m] & (1u << NG_LEX_DEMONYM))) ||
            ((ng_clause_fam(c, m) & (NG_FAM_PREPOSITION | NG_FAM_STOP)) && !is(r, m, "and")))
            return -1;
    }
    return -1;
}

/* Is the word before k a common noun ("forces loyal to B"): lower case,
 * no name, no verb of being, no adverb, no function word? */
static int common_noun_before(const rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    if (k <= c->sb || !ng_clause_lower(c, k - 1) || ng_clause_arg(c, k - 1) >= 0 ||
        in(r, k - 1, NG_TL_PASSIVE_AUX) || (ng_clause_fam(c, k - 1) & ~(unsigned)NG_FAM_QUANTITY))
        return 0;
    uint32_t n = c->d->t->tok[k - 1].flen;
    return !(n > 3 && !memcmp(ng_tokens_fold(c->d->t, k - 1) + n - 2, "ly", 2));
}

/* Is argument i, or the list it ends ("from Iraq and Lebanon"), the
 * object of a preposition? */
static int listed_after_prep(const rel *r, int i)
{
    const ng_clause *c = r->c;
    for (int n = 0; n < COORDINATED_MAX; n++) {
        uint32_t b = c->a[i].tb;
        while (b > c->sb && (ng_clause_fam(c, b - 1) & NG_FAM_DETERMINER) && ng_clause_lower(c, b - 1))
            b--;
        if (b <= c->sb)
            return 0;
        if (ng_clause_fam(c, b - 1) & NG_FAM_PREPOSITION)
            return 1;
        if (!(is(r, b - 1, "and") || is(r, b - 1, "or") || ng_clause_punct(c, b - 1, ",")) || b < c->sb + 2)
            return 0;
        uint32_t e = is(r, b - 1, "and") && ng_clause_punct(c, b - 2, ",") ? b - 2 : b - 1;
        i = e > c->sb ? ng_clause_arg(c, e - 1) : -1;
        if (i < 0)
            return 0;
    }
    return 0;
}

void ng_rel_supports(rel *r)
{
    const ng_clause *c = r->c;
    for (uint32_t k = ng_clause_next(c, c->sb, NG_FAM_SUPPORT); k < c->se;
         k = ng_clause_next(c, k + 1, NG_FAM_SUPPORT)) {
        /* "A provided (air) cover to B", "A has supplied weapons to B" */
        if (in(r, k, NG_TL_SUPPLY_VERB) && ng_clause_lower(c, k)) {
            uint32_t m = k + 1, to = 0;
            for (; m < c->se && m <= k + NG_WINDOW(c, SUPPORT_OBJECT) && !to; m++)
                if ((is(r, m, "to") || is(r, m, "for")) && m > k + 1 && in(r, m - 1, NG_TL_SUPPLY_NOUN))
                    to = m;
                else if (!ng_clause_lower(c, m) || ng_clause_arg(c, m) >= 0)
                    break;
            for (uint32_t n = k + 1; to && n < to; n++)
                if (ng_clause_fam(c, n) & NG_FAM_NEGATION)
                    to = 0; /* "provided no support for B" */
            int b = to ? ng_clause_object(c, to, AGENT, NG_WINDOW(c, SUPPORT_FOR_OBJECT)) : -1;
            int a = b >= 0 ? ng_clause_agent(c, k, AGENT) : -1;
            if (a >= 0 && a != b && !ng_clause_negated(c, k))
                emit_lists(r, a, 0, b, 1, NG_REL_SUPPORTS);
            continue;
        }
        /* "B, a faction that receives (military) support from A", "B gets
         * funding from A": A backs B */
        uint32_t rv = 0;
        if (in(r, k, NG_TL_SUPPORT_HELP_NOUN) && is(r, k + 1, "from")) {
            for (uint32_t m = k; m > c->sb && k - m < 3 && !rv;) {
                m--;
                if (in(r, m, NG_TL_RECEIVE_VERB))
                    rv = m;
                else if (!ng_clause_lower(c, m) || ng_clause_arg(c, m) >= 0)
                    break;
            }
        }
        if (rv) {
            int a = ng_clause_object(c, k + 1, AGENT, NG_WINDOW(c, SUPPORT_NOUN_AGENT));
            int b = a >= 0 ? ng_clause_agent(c, rv, NG_NEED_ACTOR) : -1;
            if (b >= 0 && a != b && !ng_clause_negated(c, rv))
                emit_lists(r, a, 1, b, 0, NG_REL_SUPPORTS);
            continue;
        }
        /* "A, which partners with B": A backs B ("partnered with":
         * partner_against, an opposes finder) */
        if (is(r, k, "partners") && is(r, k + 1, "with") && ng_clause_lower(c, k)) {
            int b = ng_clause_object(c, k + 1, BODY, NG_WINDOW(c, FIGHT_OBJECT));
            int a = b >= 0 ? ng_clause_agent(c, k, AGENT) : -1;
            if (a >= 0 && a != b && !ng_clause_negated(c, k))
                emit(r, a, b, NG_REL_SUPPORTS);
            continue;
        }
        /* "with Russia's air cover", "with Iran's backing": the possessor
         * backs the subject */
        if ((in(r, k, NG_TL_SUPPORT_HELP_NOUN) || is(r, k, "cover")) && ng_clause_lower(c, k)) {
            uint32_t m = k;
            while (m > c->sb && k - m < 2 && ng_clause_lower(c, m - 1) && ng_clause_arg(c, m - 1) < 0 &&
                   !(ng_clause_fam(c, m - 1) & (NG_FAM_PREPOSITION | NG_FAM_DETERMINER | NG_FAM_STOP)))
                m--; /* "air", "artillery" */
            int a = m >= c->sb + 3 && (c->d->t->tok[m - 1].flags & NG_TOK_POSS) ? ng_clause_arg(c, m - 2) : -1;
            if (a >= 0 && ng_clause_fits(c, a, AGENT) && is(r, c->a[a].tb - 1, "with")) {
                int b = helped_subject(r, c->a[a].tb - 1);
                if (b >= 0 && b != a && !ng_clause_negated(c, k))
                    emit(r, a, b, NG_REL_SUPPORTS);
                continue;
            }
        }
        /* "with the support of A", "with (air) support from A", "with the
         * backing of A": A backs the subject */
        if (in(r, k, NG_TL_SUPPORT_HELP_NOUN) && (is(r, k + 1, "of") || is(r, k + 1, "from")) &&
            k >= c->sb + 2 && (is(r, k - 1, "the") || with_before(r, k))) {
            int a = ng_clause_object(c, k + 1, AGENT, NG_WINDOW(c, SUPPORT_NOUN_AGENT));
            int b = a >= 0 ? helped_subject(r, k) : -1;
            if (!ng_clause_negated(c, k))
                emit_lists(r, a, 1, b, 0, NG_REL_SUPPORTS);
            continue;
        }
        /* passive: "B, supported by A" / "B (backed by A)"; "armed and
         * paid by A" */
        uint32_t by = is(r, k + 1, "and") && ng_clause_lower(c, k + 2) && ng_clause_arg(c, k + 2) < 0 &&
                              is(r, k + 3, "by")
                          ? k + 3
                          : k + 1;
        if ((ng_clause_fam(c, k) & NG_FAM_SUPPORT_VERB) && is(r, by, "by") && !ng_clause_negated(c, k)) {
            int a = ng_clause_object(c, by, AGENT, NG_WINDOW(c, SUPPORT_BY_AGENT));
            /* "supported by air strikes and special forces of A" */
            int instrument = 0;
            if (a < 0) {
                a = instrument_owner(r, by);
                instrument = a >= 0;
            }
            /* "(taken by) B, a Kurdish-led militia backed by A": the
             * apposition's head, wherever it stands */
            int b = k > c->sb && ng_clause_lower(c, k - 1) && ng_clause_arg(c, k - 1) < 0 &&
                            !(ng_clause_fam(c, k - 1) & NG_FAM_OPPOSE_NOUN)
                        ? ng_clause_appositive_head(c, k, NG_NEED_ACTOR)
                        : -1;
            if (b < 0)
                b = ng_clause_subject(c, k, NG_NEED_ACTOR);
            /* "the advance was led by B and was supported by ... of A" */
            if (b < 0 && instrument)
                b = helped_subject(r, k);
            /* "A took P after three days of fighting backed by B", "an
             * offensive supported by B warplanes": B backs the one fighting */
            if (b < 0 && a >= 0 && k > c->sb + 1 && (ng_clause_fam(c, k - 1) & NG_FAM_OPPOSE_NOUN)) {
                uint32_t m = k - 1;
                while (m > c->sb && k - m < NG_WINDOW(c, SUPPORT_SEEN_REACH) &&
                       !in(r, m - 1, NG_TL_FIGHT_SCENE_PREP) &&
                       (ng_clause_lower(c, m - 1) || (c->d->t->tok[m - 1].flags & NG_TOK_HYPHEN) ||
                        (c->d->t->tok[m - 1].flags & NG_TOK_NUMBER)))
                    m--;
                if (m > c->sb && in(r, m - 1, NG_TL_FIGHT_SCENE_PREP))
                    b = ng_clause_subject(c, m - 1, NG_NEED_ACTOR);
            }
            emit_lists(r, a, 1, b, 0, NG_REL_SUPPORTS); /* "backed by A, B and C" */
            continue;
        }
        /* active: "the coalition backing the SDF"; not "helped defeat B" */
        if ((ng_clause_fam(c, k) & NG_FAM_SUPPORT_VERB) && !(k > c->sb && (c->d->t->tok[k - 1].flags & NG_TOK_HYPHEN)) &&
            !ng_clause_negated(c, k) && !helps_act(r, k)) {
            int b = ng_clause_object(c, k, NG_NEED_ACTOR, NG_WINDOW(c, SUPPORT_OBJECT));
            /* "Moscow backs Damascus": a state right after the verb */
            if (b < 0 && k + 1 < c->se && ng_clause_arg(c, k + 1) >= 0 &&
                ng_clause_fits(c, ng_clause_arg(c, k + 1), NG_NEED_COUNTRY))
                b = ng_clause_arg(c, k + 1);
            int a = b >= 0 ? ng_clause_agent(c, k, AGENT) : -1;
            if (a >= 0 && a != b)
                emit_lists(r, a, 0, b, 1, NG_REL_SUPPORTS);
            continue;
        }
        /* "A, a partner force of B", "an ally of B", "a proxy of B" */
        if (in(r, k, NG_TL_SUPPORT_PARTNER_NOUN) &&
            (is(r, k + 1, "of") || (is(r, k + 1, "force") && is(r, k + 2, "of")) ||
             (is(r, k + 1, "forces") && is(r, k + 2, "of")))) {
            uint32_t of = is(r, k + 1, "of") ? k + 1 : k + 2;
            int b = ng_clause_object(c, of, AGENT, NG_WINDOW(c, SUPPORT_PARTNER_OBJECT));
            /* a state may be an ally ("Russia, a close ally of ...") */
            int ally = in(r, k, NG_TL_SUPPORT_ALLY_NOUN);
            unsigned who = ally ? AGENT : NG_NEED_ACTOR;
            int a = ng_clause_appositive_head(c, k, who);
            if (a < 0)
                a = ng_clause_subject(c, k, who);
            /* "A, a close ally of B": A sides with B; "A, a partner force
             * of B", "a proxy of B": B backs A */
            /* "A and C, the main backers of B": each (a plural noun) */
            uint32_t fl = c->d->t->tok[k].flen;
            if (a >= 0 && b >= 0 && !ng_clause_negated(c, k) && ally &&
                ng_tokens_fold(c->d->t, k)[fl - 1] == 's')
                emit_lists(r, a, 0, b, 0, NG_REL_SUPPORTS);
            else if (a >= 0 && b >= 0 && !ng_clause_negated(c, k))
                emit(r, ally ? a : b, ally ? b : a, NG_REL_SUPPORTS);
            continue;
        }
        if (in(r, k, NG_TL_SUPPORT_PARTNER_NOUN) && !ng_clause_negated(c, k)) {
            int a, b;
            if (in(r, k, NG_TL_SUPPORT_ALLY_NOUN) && possessive_ally(r, k, &a, &b)) {
                if (is(r, c->a[a].tb - 2, "its") || is(r, c->a[a].tb - 2, "their")) {
                    emit_lists(r, a, 1, b, 0, NG_REL_SUPPORTS); /* "its allies A and C" */
                    /* "its backers A and C rejected": the list is the
                     * apposition, whatever verb follows */
                    uint32_t e = c->a[a].te;
                    int more = is(r, e, "and") ? ng_clause_arg(c, is(r, e + 1, "the") ? e + 2 : e + 1) : -1;
                    if (more >= 0 && ng_clause_fits(c, more, AGENT) && !ng_clause_compound(c, more))
                        emit(r, more, b, NG_REL_SUPPORTS);
                } else
                    emit(r, a, b, NG_REL_SUPPORTS);
            } else if (!in(r, k, NG_TL_SUPPORT_ALLY_NOUN) && possessive_ally(r, k, &a, &b) &&
                       !is(r, c->a[a].tb - 2, "its") && !is(r, c->a[a].tb - 2, "their")) {
                emit(r, b, a, NG_REL_SUPPORTS); /* "Iran's proxy Hezbollah": Iran backs it */
            } else if (seen_as_ally(r, k, &a, &b))
                emit(r, a, b, NG_REL_SUPPORTS);
            continue;
        }
        /* "A allied with B", "A, which is affiliated with B": A sides with B */
        if (in(r, k, NG_TL_SUPPORT_ALLIED) &&
            (is(r, k + 1, "with") || is(r, k + 1, "to"))) {
            int b = ng_clause_object(c, k + 1, AGENT, NG_WINDOW(c, SUPPORT_ALLIED_OBJECT));
            /* "A, the civilian administration affiliated with B" */
            int a = ng_clause_appositive_head(c, k, NG_NEED_ACTOR);
            /* not "A struck a convoy of forces loyal to B": the noun
             * before is the one loyal, and names no entity */
            if (a < 0 && !common_noun_before(r, k))
                a = ng_clause_subject(c, k, NG_NEED_ACTOR);
            else if (a < 0) {
                /* "A is among the militias loyal to B", "one of the
                 * factions allied with B": the one counted among them */
                uint32_t m = k - 1;
                while (m > c->sb + 1 && k - m < 4 && ng_clause_lower(c, m - 1) && ng_clause_arg(c, m - 1) < 0 &&
                       !in(r, m - 1, NG_TL_AMONG_WORD) && !is(r, m - 1, "of"))
                    m--;
                if (m > c->sb + 2 && (is(r, m - 1, "among") || (is(r, m - 1, "of") && is(r, m - 2, "one"))))
                    a = ng_clause_subject(c, m - 1, NG_NEED_ACTOR);
            }
            /* "militias loyal to Tehran, among them A, ...": A */
            if (a < 0 && b >= 0 && ng_clause_punct(c, ng_clause_end(c, b), ",") &&
                in(r, ng_clause_end(c, b) + 1, NG_TL_AMONG_WORD)) {
                uint32_t m = ng_clause_end(c, b) + 2;
                if (is(r, m, "them"))
                    m++;
                if (is(r, m, "the"))
                    m++;
                a = ng_clause_arg(c, m);
                if (a >= 0 && !ng_clause_fits(c, a, NG_NEED_ACTOR))
                    a = -1;
                if (a >= 0 && !ng_clause_negated(c, k))
                    emit_lists(r, a, 1, b, 0, NG_REL_SUPPORTS); /* "among them A and C" */
                continue;
            }
            if (!ng_clause_negated(c, k))
                emit_lists(r, a, 0, b, 1, NG_REL_SUPPORTS);
            continue;
        }
        /* "(air) support for B": the subject backs B */
        if (is(r, k, "support") && (is(r, k + 1, "for") || is(r, k + 1, "to"))) {
            int b = ng_clause_object(c, k + 1, NG_NEED_ACTOR, NG_WINDOW(c, SUPPORT_FOR_OBJECT));
            int a = b >= 0 ? ng_clause_subject(c, k, AGENT) : -1;
            if (a >= 0 && !ng_clause_negated(c, k))
                emit(r, a, b, NG_REL_SUPPORTS);
            continue;
        }
        /* "A ... fighting as part of B": A backs B */
        if (is(r, k, "part") && is(r, k + 1, "of") && k >= c->sb + 2 && is(r, k - 1, "as") &&
            in(r, k - 2, NG_TL_SUPPORT_AS_PART)) {
            int b = ng_clause_object(c, k + 1, NG_NEED_ACTOR, NG_WINDOW(c, SUPPORT_PART_OBJECT));
            int a = ng_clause_subject(c, k - 2, NG_NEED_ACTOR);
            if (a >= 0 && b >= 0 && !ng_clause_negated(c, k - 2))
                emit(r, a, b, NG_REL_SUPPORTS);
        }
    }
}

/* ---- opposes -------------------------------------------------------------------- */

/* "fighting (Turkish-backed) factions of B", "repelled an attempt by B":
 * after the verb at j, a noun of parts ("factions of") or of attempts
 * ("attack by") and the body it belongs to. -1 if none. */
/* The body right after the "of"/"by"/"to" at k: no other preposition
 * before it ("scores of fighters after an attack on B" names no B). */
static int body_after(const rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    int b = ng_clause_object(c, k, BODY, NG_WINDOW(c, OPPOSE_BEHIND_NOUN));
    for (uint32_t m = k + 1; b >= 0 && m < c->a[b].tb; m++)
        if (ng_clause_fam(c, m) & NG_FAM_PREPOSITION)
            b = -1;
    return b;
}

static int object_behind_noun(const rel *r, uint32_t j)
{
    const ng_clause *c = r->c;
    for (uint32_t m = j + 1; m < c->se && m <= j + NG_WINDOW(c, OPPOSE_BEHIND_NOUN); m++) {
        if (ng_clause_arg(c, m) >= 0 && !ng_clause_compound(c, ng_clause_arg(c, m)))
            return -1;
        if (ng_clause_arg(c, m) >= 0) {
            m = c->a[ng_clause_arg(c, m)].te; /* a modifier: "Turkish-backed" */
            continue;
        }
        if (((ng_clause_fam(c, m) & NG_FAM_QUANTITY) && is(r, m + 1, "of")) ||
            (in(r, m, NG_TL_ATTEMPT_NOUN) && is(r, m + 1, "by")) ||
            (in(r, m, NG_TL_TARGET_NOUN) && is(r, m + 1, "of")))
            return body_after(r, m + 1);
        /* "struck depots used by B", "a convoy belonging to B" */
        if (m > j + 1 && in(r, m, NG_TL_OWNER_PARTICIPLE) && ng_clause_lower(c, m - 1) &&
            (is(r, m + 1, "by") || is(r, m + 1, "to")))
            return body_after(r, m + 1);
        if (!(c->d->t->tok[m].flags & (NG_TOK_WORD | NG_TOK_HYPHEN)) || !(ng_clause_lower(c, m) ||
              (c->d->t->tok[m].flags & NG_TOK_HYPHEN) || (c->d->lex[m] & (1u << NG_LEX_DEMONYM))))
            return -1;
        if (ng_clause_fam(c, m) & (NG_FAM_PREPOSITION | NG_FAM_STOP))
            return -1;
    }
    return -1;
}

/* "A accused B of attacking its positions", "A blamed B for shelling C":
 * B is the attacker, and the target is C or, for "its" / "their", A. k
 * is at the attack verb. Returns whether the sentence is so written. */
static int accused(rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    if (k < c->sb + 4 || !(ng_clause_fam(c, k - 1) & NG_FAM_PREPOSITION) ||
        !(is(r, k - 1, "of") || is(r, k - 1, "for")))
        return 0;
    uint32_t e = k - 1;
    if (ng_clause_punct(c, e - 1, ")")) { /* "the Syrian National Army (SNA) of" */
        uint32_t o = e - 1;
        while (o > c->sb && e - o < 6 && !ng_clause_punct(c, o, "("))
            o--;
        if (!ng_clause_punct(c, o, "("))
            return 0;
        e = o;
    }
    int b = ng_clause_arg(c, e - 1);
    if (b < 0 || !ng_clause_fits(c, b, BODY))
        return 0;
    uint32_t v = c->a[b].tb;
    while (v > c->sb && (ng_clause_lower(c, v - 1) || (c->d->t->tok[v - 1].flags & NG_TOK_HYPHEN) ||
                         (ng_clause_arg(c, v - 1) >= 0 && ng_clause_compound(c, ng_clause_arg(c, v - 1)))) &&
           !in(r, v - 1, NG_TL_ACCUSE_VERB) && c->a[b].tb - v < 6)
        v = ng_clause_arg(c, v - 1) >= 0 ? c->a[ng_clause_arg(c, v - 1)].tb : v - 1;
    if (v <= c->sb || !in(r, v - 1, NG_TL_ACCUSE_VERB))
        return 0;
    if (ng_clause_negated(c, v - 1) || ng_clause_negated(c, k))
        return 1;
    int t = ng_clause_object(c, k, BODY, NG_WINDOW(c, FIGHT_OBJECT));
    if (t < 0 && (is(r, k + 1, "its") || is(r, k + 1, "their")))
        t = ng_clause_agent(c, v - 1, BODY);
    if (t >= 0 && t != b)
        emit(r, b, t, NG_REL_OPPOSES);
    return 1;
}

/* The common enemy after a partner or ally B ending at e: "against C", "in
 * P against C", "in the fight / campaign / war against C". -1 if none. */
static int common_enemy(const rel *r, uint32_t e)
{
    const ng_clause *c = r->c;
    if (e < c->se && is(r, e, "in") && ng_clause_arg(c, e + 1) >= 0 &&
        c->a[ng_clause_arg(c, e + 1)].kind == NG_KIND_PLACE)
        e = c->a[ng_clause_arg(c, e + 1)].te; /* "in eastern Syria against C" */
    else if (e < c->se && (is(r, e, "in") || is(r, e, "on"))) {
        uint32_t m = e + 1;
        while (m < c->se && m < e + 4 && ng_clause_lower(c, m) && ng_clause_arg(c, m) < 0 &&
               !is(r, m, "against") && !(ng_clause_fam(c, m) & (NG_FAM_PREPOSITION | NG_FAM_STOP)))
            m++;
        if (m > e + 1 && (in(r, m - 1, NG_TL_CLASH_NOUN) || in(r, m - 1, NG_TL_CONFLICT_NOUN) ||
                          (ng_clause_fam(c, m - 1) & NG_FAM_OPPOSE_NOUN)))
            e = m;
    }
    if (e >= c->se || !is(r, e, "against"))
        return -1;
    return ng_clause_object(c, e, BODY, NG_WINDOW(c, OPPOSE_NOUN_OBJECT));
}

/* "A, working with B against C", "A has partnered with B against C", "A
 * worked closely with B in the fight against C", "in partnership with B
 * against C": A backs B, and both fight C. k is at the verb or noun. */
static void partner_against(rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    uint32_t w = k + 1;
    /* "worked closely with", "teamed up with", "worked together with" */
    while (w < c->se && w < k + 3 && !is(r, w, "with") && ng_clause_lower(c, w) &&
           ng_clause_arg(c, w) < 0 && !(ng_clause_fam(c, w) & (NG_FAM_PREPOSITION | NG_FAM_STOP)))
        w++;
    if (!is(r, w, "with") || ng_clause_negated(c, k))
        return;
    int b = ng_clause_object(c, w, BODY, NG_WINDOW(c, FIGHT_OBJECT));
    if (b < 0)
        return;
    int t = common_enemy(r, ng_clause_end(c, b));
    int a = ng_clause_agent(c, k, AGENT);
    /* "in partnership with B against C": the clause's subject */
    if (a < 0 && k > c->sb && is(r, k - 1, "in"))
        a = ng_clause_subject(c, k - 1, AGENT);
    if (a == b || t == b)
        return;
    /* "A, which has partnered with B": A backs B; "worked with B" only
     * against a common enemy; "(Turkish troops) worked with B against C":
     * B fights C whoever A is */
    if (a >= 0 && (t >= 0 || in(r, k, NG_TL_PARTNER_WITH_VERB)))
        emit(r, a, b, NG_REL_SUPPORTS);
    if (t >= 0 && a >= 0 && a != t)
        emit(r, a, t, NG_REL_OPPOSES);
    if (t >= 0)
        emit(r, b, t, NG_REL_OPPOSES);
}

/* "the Israel-Hezbollah war", "Turkey-PKK clashes": two names joined by a
 * hyphen before a noun of fighting name its two sides (not "the US-SDF
 * campaign against IS": a pair fighting someone else). k is at the noun.
 * Returns whether it emitted. */
static int pair_conflict(rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    uint32_t m = k;
    while (m > c->sb && k - m < 2 && ng_clause_lower(c, m - 1) && ng_clause_arg(c, m - 1) < 0 &&
           !(ng_clause_fam(c, m - 1) & (NG_FAM_PREPOSITION | NG_FAM_DETERMINER | NG_FAM_STOP)))
        m--; /* "the Turkey-PKK armed conflict" */
    int b = ng_clause_arg(c, m - 1);
    if (b < 0 || c->a[b].tb < c->sb + 2 || !(c->d->t->tok[c->a[b].tb - 1].flags & NG_TOK_HYPHEN))
        return 0;
    int a = ng_clause_arg(c, c->a[b].tb - 2);
    if (a < 0 || a == b || !ng_clause_fits(c, a, BODY) || !ng_clause_fits(c, b, BODY) ||
        is(r, k + 1, "against") || is(r, k + 1, "on") || ng_clause_negated(c, k))
        return 0;
    emit(r, a, b, NG_REL_OPPOSES);
    return 1;
}

/* "A and B clashed (near P)", "A and B fought each other", "A and B
 * fought a war in 2006", "A and B exchanged fire": the first fights the
 * second. k is at the verb, which has no actor object. Not "A and B
 * fought together / alongside / against C". */
static void reciprocal(rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    uint32_t e = k + 1; /* past what says the two fought one another */
    if (in(r, k, NG_TL_EXCHANGE_VERB)) {
        while (e < c->se && e < k + 3 && ng_clause_lower(c, e) && !in(r, e, NG_TL_EXCHANGE_OBJECT))
            e++; /* "exchanged heavy fire", "traded artillery fire" */
        if (!in(r, e, NG_TL_EXCHANGE_OBJECT))
            return;
        e++;
    } else if ((is(r, k + 1, "each") && is(r, k + 2, "other")) ||
               (is(r, k + 1, "one") && is(r, k + 2, "another"))) {
        e = k + 3;
    } else if (!in(r, k, NG_TL_CLASH_VERB)) {
        /* "fought a (brief) war": a noun of fighting as the object */
        while (e < c->se && e < k + 4 && ng_clause_lower(c, e) && !in(r, e, NG_TL_CLASH_NOUN) &&
               !(ng_clause_fam(c, e) & (NG_FAM_PREPOSITION | NG_FAM_STOP)))
            e++;
        if (!in(r, e, NG_TL_CLASH_NOUN) || e == k + 1)
            return;
        e++;
    }
    for (uint32_t m = e; m < c->se && m < e + NG_WINDOW(c, FIGHT_OBJECT); m++)
        if (in(r, m, NG_TL_ALONGSIDE) || in(r, m, NG_TL_TOGETHER))
            return;
    if (ng_clause_negated(c, k))
        return;
    int b = ng_clause_agent(c, k, BODY), first[2];
    if (b < 0 || ng_clause_listed(c, b, 0, first, 2) != 1)
        return;
    emit(r, first[0], b, NG_REL_OPPOSES);
}

/* "fighting pitted A against B", "A was pitted against B" */
static void pitted(rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    int a = -1, b = -1;
    if (is(r, k + 1, "against")) {
        a = ng_clause_subject(c, k, BODY);
        b = ng_clause_object(c, k + 1, BODY, NG_WINDOW(c, OPPOSE_NOUN_OBJECT));
    } else {
        a = ng_clause_object(c, k, BODY, NG_WINDOW(c, FIGHT_OBJECT));
        if (a >= 0 && is(r, ng_clause_end(c, a), "against"))
            b = ng_clause_object(c, ng_clause_end(c, a), BODY, NG_WINDOW(c, OPPOSE_NOUN_OBJECT));
    }
    if (a >= 0 && b >= 0 && a != b && !ng_clause_negated(c, k))
        emit(r, a, b, NG_REL_OPPOSES);
}

/* "A fired rockets at B", "A launched drones into B", "A launched
 * Operation Peace Spring against B" (a name no entity stands for): A
 * fights B. k is at the verb. */
static void fired_at(rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    int shot = 0;
    uint32_t m = k + 1;
    for (; m < c->se && m < k + 1 + NG_WINDOW(c, OPPOSE_BEHIND_NOUN); m++) {
        int i = ng_clause_arg(c, m);
        if (i >= 0 && c->a[i].kind == NG_KIND_EVENT) {
            m = c->a[i].te - 1; /* "Operation Peace Spring" */
            continue;
        }
        if (i >= 0 || !(c->d->t->tok[m].flags & (NG_TOK_WORD | NG_TOK_HYPHEN)))
            return;
        if (in(r, m, NG_TL_PROJECTILE_NOUN))
            shot = 1;
        if ((ng_clause_fam(c, m) & (NG_FAM_PREPOSITION | NG_FAM_STOP)) &&
            !(is(r, m, "of") && (ng_clause_fam(c, m - 1) & NG_FAM_QUANTITY)))
            break; /* "hundreds of rockets" */
    }
    /* a missile at B; a named operation only against B */
    if (!(shot ? in(r, m, NG_TL_FIRE_TARGET_PREP) : is(r, m, "against")) ||
        (!shot && !in(r, k, NG_TL_LAUNCH_VERB)) || (shot && !in(r, k, NG_TL_FIRE_VERB)))
        return;
    int b = ng_clause_object(c, m, BODY, NG_WINDOW(c, OPPOSE_NOUN_OBJECT));
    int a = b >= 0 ? ng_clause_agent(c, k, BODY) : -1;
    if (a >= 0 && a != b && !ng_clause_negated(c, k))
        emit(r, a, b, NG_REL_OPPOSES);
}

/* "killed Hezbollah commander Fuad Shukr", "assassinated the group's
 * leader, NAME": the person the kill verb at j befell, past the
 * organisation and role that describe them. -1 if none. */
static int person_killed(const rel *r, uint32_t j)
{
    const ng_clause *c = r->c;
    for (uint32_t m = j + 1; m < c->se && m <= j + NG_WINDOW(c, OPPOSE_BEHIND_NOUN); m++) {
        int i = ng_clause_arg(c, m);
        if (i >= 0) {
            if (ng_clause_fits(c, i, NG_NEED_PERSON))
                return i;
            if (!ng_clause_fits(c, i, NG_NEED_ORG))
                return -1;
            m = c->a[i].te;
            if (m < c->se && (c->d->t->tok[m].flags & NG_TOK_POSS))
                continue;
            m--;
            continue;
        }
        if (ng_clause_punct(c, m, ",") && m > j + 1 && (ng_clause_fam(c, m - 1) & NG_FAM_ROLE))
            continue; /* "the group's leader, NAME" */
        if (!ng_clause_lower(c, m) || (ng_clause_fam(c, m) & (NG_FAM_PREPOSITION | NG_FAM_STOP)))
            return -1;
    }
    return -1;
}

/* Who did the attack the noun at n names, as the sentence says after it
 * ("the bombing, claimed by A", "an attempt on B was blamed on A",
 * "carried out by A") or before it ("A's attack", "a US drone strike", "A
 * claimed (responsibility for) the bombing", "A carried out the raid", "B
 * blamed A for the strike"). -1 if none. */
static int attack_owner(const rel *r, uint32_t n)
{
    const ng_clause *c = r->c;
    uint32_t reach = NG_WINDOW(c, ATTACK_OWNER_REACH);
    if (is(r, n + 1, "by")) /* "a raid by A" */
        return ng_clause_object(c, n + 1, BODY, NG_WINDOW(c, OPPOSE_NOUN_AGENT));
    for (uint32_t m = n + 1; m < c->se && m <= n + reach; m++) {
        int i = ng_clause_arg(c, m);
        if (i >= 0) { /* the target: "on B", "of B" */
            if (!(ng_clause_fam(c, c->a[i].tb - 1) & (NG_FAM_PREPOSITION | NG_FAM_DETERMINER)) ||
                is(r, c->a[i].tb - 1, "by"))
                break;
            m = c->a[i].te - 1;
            continue;
        }
        if (in(r, m, NG_TL_ATTACK_OWNER_PARTICIPLE) && ng_clause_lower(c, m)) {
            uint32_t p = is(r, m + 1, "out") ? m + 2 : m + 1;
            if (!(is(r, p, "by") || is(r, p, "on") || is(r, p, "to")) || ng_clause_negated(c, m))
                return -1;
            return ng_clause_object(c, p, BODY, NG_WINDOW(c, OPPOSE_NOUN_AGENT));
        }
        if ((!ng_clause_lower(c, m) && !ng_clause_punct(c, m, ",")) ||
            (ng_clause_fam(c, m) & NG_FAM_STOP))
            break;
    }
    /* back over the noun's modifiers: "deadly car", "Tuesday's" */
    uint32_t m = n;
    int premod = 1; /* only "air", "drone" passed */
    while (m > c->sb && n - m < NG_WINDOW(c, OPPOSE_CLAIMER_BACK) && ng_clause_arg(c, m - 1) < 0 &&
           !(ng_clause_fam(c, m - 1) & NG_FAM_PREPOSITION) && !in(r, m - 1, NG_TL_CLAIM_VERB) &&
           !in(r, m - 1, NG_TL_LAUNCH_VERB) && !is(r, m - 1, "out") &&
           (c->d->t->tok[m - 1].flags & (NG_TOK_WORD | NG_TOK_HYPHEN | NG_TOK_POSS))) {
        /* "A's attack": the possessor */
        int i = (c->d->t->tok[m - 1].flags & NG_TOK_POSS) ? ng_clause_arg(c, m - 2) : -1;
        if (i >= 0)
            return ng_clause_fits(c, i, BODY) ? i : -1;
        if (!in(r, m - 1, NG_TL_OPPOSE_NOUN_PREMOD) && !(c->d->t->tok[m - 1].flags & NG_TOK_HYPHEN))
            premod = 0;
        /* "A stepped up its attacks": the clause's subject */
        if (is(r, m - 1, "its") || is(r, m - 1, "their"))
            return ng_clause_subject(c, m - 1, BODY);
        m--;
    }
    /* "a US drone strike": the name modifying the noun */
    if (m > c->sb && ng_clause_arg(c, m - 1) >= 0)
        return premod && ng_clause_fits(c, ng_clause_arg(c, m - 1), BODY) &&
                       !ng_clause_compound(c, ng_clause_arg(c, m - 1))
                   ? ng_clause_arg(c, m - 1)
                   : -1;
    /* "claimed responsibility for the bombing" */
    if (m > c->sb + 2 && is(r, m - 1, "for") && ng_clause_lower(c, m - 2) && ng_clause_arg(c, m - 2) < 0 &&
        in(r, m - 3, NG_TL_CLAIM_VERB))
        m -= 2;
    /* "A claimed the bombing", "A carried out the raid", "A launched an
     * attack" */
    uint32_t v = m > c->sb && is(r, m - 1, "out") ? m - 1 : m;
    if (v > c->sb + 1 && ng_clause_lower(c, v - 1) &&
        (in(r, v - 1, NG_TL_CLAIM_VERB) || in(r, v - 1, NG_TL_LAUNCH_VERB) ||
         (v < m && in(r, v - 1, NG_TL_ATTACK_OWNER_PARTICIPLE)))) {
        int i = ng_clause_agent(c, v - 1, BODY);
        if (i < 0) { /* the reported-speech rule skips a claimer */
            uint32_t w = v - 1;
            if (w > c->sb + 1 && in(r, w - 1, NG_TL_PERFECT_AUX))
                w--; /* "has claimed" */
            i = ng_clause_arg(c, w - 1);
        }
        return i >= 0 && ng_clause_fits(c, i, BODY) && !ng_clause_negated(c, v - 1) ? i : -1;
    }
    /* "B blamed A for the strike", "A was blamed for the strike" */
    if (m > c->sb + 2 && is(r, m - 1, "for")) {
        int i = ng_clause_arg(c, m - 2);
        if (i >= 0 && ng_clause_fits(c, i, BODY) && c->a[i].tb > c->sb &&
            in(r, c->a[i].tb - 1, NG_TL_ACCUSE_VERB) && !ng_clause_negated(c, c->a[i].tb - 1))
            return i;
        if (i < 0 && in(r, m - 2, NG_TL_ACCUSE_VERB) && in(r, m - 3, NG_TL_PASSIVE_AUX) &&
            !ng_clause_negated(c, m - 2)) {
            i = ng_clause_subject(c, m - 2, BODY);
            return i;
        }
    }
    return -1;
}

/* The attack noun that is the subject of the verb at k, or 0: a relative's
 * antecedent ("A claimed the attack, which killed B", "the raid that
 * killed B"), a subject before an aside ("The bombing, claimed by A,
 * killed B") or right before the verb ("the strike on P killed B"); not
 * the object of a preposition ("A, backed by coalition air strikes,
 * killed B"), not before a participle's comma ("A pressed its offensive,
 * killing B") or a coordinated verb ("A stepped up its attacks and
 * killed B"). */
static uint32_t attack_noun_subject(const rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    uint32_t m = k;
    if (m > c->sb && in(r, m - 1, NG_TL_PERFECT_AUX))
        m--; /* "that has killed" */
    int relative = m > c->sb && in(r, m - 1, NG_TL_RELATIVE_AGENT);
    if (relative)
        m--;
    int comma = m > c->sb && ng_clause_punct(c, m - 1, ",");
    if (comma)
        m--;
    for (uint32_t steps = 0; m > c->sb && steps < NG_WINDOW(c, ATTACK_OWNER_REACH); steps++) {
        m--;
        int i = ng_clause_arg(c, m);
        if (i >= 0) { /* a name counts one step */
            m = c->a[i].tb;
            continue;
        }
        if ((ng_clause_fam(c, m) & NG_FAM_OPPOSE_NOUN) && ng_clause_lower(c, m)) {
            uint32_t b = m; /* where its noun phrase starts */
            for (uint32_t n = 0; b > c->sb && n < NG_WINDOW(c, OPPOSE_CLAIMER_BACK); n++) {
                int j = ng_clause_arg(c, b - 1);
                if (j >= 0)
                    b = c->a[j].tb;
                else if ((ng_clause_lower(c, b - 1) || (ng_clause_fam(c, b - 1) & NG_FAM_DETERMINER)) &&
                         !(ng_clause_fam(c, b - 1) & NG_FAM_PREPOSITION) && !in(r, b - 1, NG_TL_ADVERBIAL_PREP))
                    b--;
                else if (c->d->t->tok[b - 1].flags & (NG_TOK_POSS | NG_TOK_HYPHEN | NG_TOK_NUMBER))
                    b--;
                else
                    break;
            }
            if (!relative && b > c->sb &&
                ((ng_clause_fam(c, b - 1) & NG_FAM_PREPOSITION) || in(r, b - 1, NG_TL_ADVERBIAL_PREP)))
                return 0;
            return relative || !comma || b == c->sb ? m : 0;
        }
        if ((!ng_clause_lower(c, m) && !ng_clause_punct(c, m, ",")) ||
            (ng_clause_fam(c, m) & (NG_FAM_STOP | NG_FAM_OPPOSE_VERB)) || is(r, m, "and") ||
            is(r, m, "but") || (ng_clause_punct(c, m, ",") && !comma))
            return 0;
    }
    return 0;
}

/* The one who speaks before token k: "A said (that) [k]", "A's ministry
 * says [k]": the subject of a verb of saying right before k, past "that"
 * and the determiners of k's noun phrase. -1 if none. */
static int speaker_before(const rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    uint32_t m = k;
    while (m > c->sb && k - m < 3 && ng_clause_lower(c, m - 1) &&
           ((ng_clause_fam(c, m - 1) & NG_FAM_DETERMINER) || is(r, m - 1, "that")))
        m--;
    if (m <= c->sb + 1 || !ng_clause_lower(c, m - 1) || !(c->d->lex[m - 1] & (1u << NG_LEX_SPEECH_VERB)) ||
        ng_clause_negated(c, m - 1))
        return -1;
    int s = ng_clause_arg(c, m - 2);
    return s >= 0 && ng_clause_fits(c, s, BODY) ? s : -1;
}

/* Does the verb before the attack noun at n say its subject did not do it:
 * "C condemned the attack", "A did not claim the bombing"? */
static int attack_disowned(const rel *r, uint32_t n)
{
    const ng_clause *c = r->c;
    for (uint32_t m = n; m > c->sb && n - m < NG_WINDOW(c, OPPOSE_CLAIMER_BACK);) {
        m--;
        if (ng_clause_arg(c, m) >= 0 || !(ng_clause_lower(c, m) || (c->d->t->tok[m].flags & NG_TOK_POSS)))
            return 0;
        if (in(r, m, NG_TL_ATTACK_BYSTANDER_VERB) || (ng_clause_fam(c, m) & NG_FAM_NEGATION))
            return 1;
        if (in(r, m, NG_TL_CLAIM_VERB) || in(r, m, NG_TL_LAUNCH_VERB))
            return ng_clause_negated(c, m);
    }
    return 0;
}

/* Is the noun at k (a coalition, an alliance) one its clause's subject
 * leads, joins or is part of: "A leads the coalition against B", "A
 * joined an alliance against B", "A is part of the coalition"? */
static int member_of_body(const rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    uint32_t m = k;
    while (m > c->sb && k - m < 3 && ng_clause_lower(c, m - 1) && ng_clause_arg(c, m - 1) < 0 &&
           !in(r, m - 1, NG_TL_JOIN_VERB) && !in(r, m - 1, NG_TL_LEAD_VERB) &&
           (!ng_clause_fam(c, m - 1) || (ng_clause_fam(c, m - 1) & NG_FAM_DETERMINER)))
        m--; /* "the", "international" */
    if (m <= c->sb + 1)
        return 0;
    if (in(r, m - 1, NG_TL_JOIN_VERB) || in(r, m - 1, NG_TL_LEAD_VERB))
        return 1;
    return is(r, m - 1, "of") && (is(r, m - 2, "part") || in(r, m - 2, NG_TL_MEMBER_ROLE));
}

/* "A joined the coalition fighting B", "A is a member of the alliance
 * bombing B", "A, part of the coalition fighting B": the member of the
 * body before the participle at k. -1 if none. */
static int body_member_fighting(const rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    if (k < c->sb + 3 || !ng_clause_lower(c, k - 1) || ng_clause_arg(c, k - 1) >= 0 ||
        !in(r, k - 1, NG_TL_AGAINST_NOUN) || !member_of_body(r, k - 1))
        return -1;
    uint32_t n = c->d->t->tok[k].flen;
    if (n < 5 || memcmp(ng_tokens_fold(c->d->t, k) + n - 3, "ing", 3))
        return -1; /* a participle: "fighting", "bombing" */
    int a = ng_clause_subject(c, k - 1, BODY);
    if (a < 0)
        a = ng_clause_appositive_head(c, k - 1, BODY);
    return a;
}

/* The subject of the passive verb at k when it is "an uprising by B
 * (was crushed)": B. -1 if none. */
static int attempt_subject(const rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    uint32_t m = k;
    while (m > c->sb && k - m < 3 && in(r, m - 1, NG_TL_PASSIVE_AUX))
        m--;
    int b = m > c->sb ? ng_clause_arg(c, m - 1) : -1;
    if (b < 0 || !ng_clause_fits(c, b, BODY))
        return -1;
    uint32_t by = c->a[b].tb;
    while (by > c->sb && (ng_clause_fam(c, by - 1) & NG_FAM_DETERMINER))
        by--;
    return by > c->sb + 1 && is(r, by - 1, "by") && in(r, by - 2, NG_TL_ATTEMPT_NOUN) ? b : -1;
}

/* "Forces under NAME crushed B", "troops under General NAME attacked":
 * the person right before the verb at k, after "under". -1 if none. */
static int commander_before(const rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    int p = k > c->sb ? ng_clause_arg(c, k - 1) : -1;
    if (p < 0 || !c->a[p].person)
        return -1;
    uint32_t u = c->a[p].tb;
    while (u > c->sb && u + NG_WINDOW(c, MEMBER_ROLE_SKIP) > c->a[p].tb && ng_clause_arg(c, u - 1) < 0 &&
           ((c->d->lex[u - 1] & (1u << NG_LEX_TITLE)) || ng_clause_punct(c, u - 1, ".")))
        u--; /* "General", "Maj. Gen." */
    return u > c->sb + 1 && is(r, u - 1, "under") && ng_clause_arg(c, u - 2) < 0 ? p : -1;
}

/* "A leads the coalition against B", "the US mission against B", "Iran's
 * struggle against B": the owner of
 * a body that exists to fight opposes B; the clause's subject only when
 * it leads, joins or is part of the body ("Turkey opposed an alliance
 * against B" says nothing). k is at "against". */
static void body_against(rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    if (k < c->sb + 2)
        return;
    uint32_t n = k - 1;
    int a = -1;
    /* a common noun: not a name ("the US-led coalition against B", "the
     * International Coalition against ...": not read) */
    if (!in(r, n, NG_TL_AGAINST_NOUN) || !ng_clause_lower(c, n) || ng_clause_arg(c, n) >= 0)
        return;
    if (c->d->t->tok[n - 1].flags & NG_TOK_POSS) {
        a = n >= c->sb + 2 ? ng_clause_arg(c, n - 2) : -1; /* "Iran's struggle" */
    } else if (ng_clause_arg(c, n - 1) >= 0) {
        a = ng_clause_arg(c, n - 1); /* "the US mission" */
    } else if (member_of_body(r, n)) {
        a = ng_clause_subject(c, n, BODY);
    }
    if (a < 0 || !ng_clause_fits(c, a, BODY) || ng_clause_compound(c, a) || ng_clause_negated(c, n))
        return;
    int b = ng_clause_object(c, k, AGENT, NG_WINDOW(c, OPPOSE_NOUN_OBJECT));
    if (b >= 0 && b != a)
        emit(r, a, b, NG_REL_OPPOSES);
}

void ng_rel_opposes(rel *r)
{
    const ng_clause *c = r->c;
    for (uint32_t k = ng_clause_next(c, c->sb, NG_FAM_OPPOSE); k < c->se;
         k = ng_clause_next(c, k + 1, NG_FAM_OPPOSE)) {
        if (!ng_clause_trigger(c, k))
            continue;
        if (in(r, k, NG_TL_AGAINST_WORD)) {
            body_against(r, k);
            continue;
        }
        if (in(r, k, NG_TL_PARTNER_VERB)) {
            partner_against(r, k);
            continue;
        }
        if (!in(r, k, NG_TL_OPPOSE_SHAPE))
            ; /* none of the words below */
        else if (in(r, k, NG_TL_CONFLICT_NOUN) && pair_conflict(r, k))
            continue;
        else if (in(r, k, NG_TL_PIT_VERB)) {
            pitted(r, k);
            continue;
        }
        else if (in(r, k, NG_TL_EXCHANGE_VERB)) {
            uint32_t w = k + 1;
            while (w < c->se && w < k + 3 && ng_clause_lower(c, w) && !in(r, w, NG_TL_EXCHANGE_OBJECT))
                w++;
            /* "A exchanged fire with B" */
            int b = in(r, w, NG_TL_EXCHANGE_OBJECT) && is(r, w + 1, "with")
                        ? ng_clause_object(c, w + 1, BODY, NG_WINDOW(c, FIGHT_OBJECT))
                        : -1;
            int a = b >= 0 ? ng_clause_agent(c, k, BODY) : -1;
            if (a >= 0 && a != b && !ng_clause_negated(c, k))
                emit(r, a, b, NG_REL_OPPOSES);
            else if (b < 0)
                reciprocal(r, k);
            continue;
        }
        else if ((in(r, k, NG_TL_FIRE_VERB) || in(r, k, NG_TL_LAUNCH_VERB)) &&
                 !(ng_clause_fam(c, k) & (NG_FAM_OPPOSE_VERB | NG_FAM_OPPOSE_NOUN))) {
            fired_at(r, k);
            continue;
        }
        /* passive: "B was attacked by A", "B was shot dead by A" */
        uint32_t by = is(r, k + 1, "dead") ? k + 2 : k + 1;
        if ((ng_clause_fam(c, k) & NG_FAM_OPPOSE_VERB) && is(r, by, "by") && k > c->sb &&
            in(r, k - 1, NG_TL_PASSIVE_AUX) &&
            !ng_clause_negated(c, k)) {
            int a = ng_clause_object(c, by, BODY, NG_WINDOW(c, OPPOSE_BY_AGENT));
            /* "NAME was killed by A": a person befallen too */
            int b = ng_clause_subject(c, k, in(r, k, NG_TL_KILL_VERB) ? AGENT : BODY);
            /* "an uprising by B was crushed by A": the one behind the noun */
            if (b < 0 && a >= 0)
                b = attempt_subject(r, k);
            emit_lists(r, a, 1, b, 0, NG_REL_OPPOSES);
            continue;
        }
        /* "B (was) killed in a US raid", "B died in a US air strike", "in
         * a Turkish Armed Forces drone strike" (a name, not a demonym):
         * the attacker is the noun's modifier, before the noun's own
         * modifiers ("air", "drone") */
        if ((ng_clause_fam(c, k) & NG_FAM_OPPOSE_NOUN) && k >= c->sb + 3) {
            uint32_t q = k;
            while (q > c->sb + 1 && k - q < 2 && ng_clause_lower(c, q - 1) &&
                   in(r, q - 1, NG_TL_OPPOSE_NOUN_PREMOD))
                q--;
            int a = ng_clause_arg(c, q - 1);
            uint32_t m = a >= 0 ? c->a[a].tb : q;
            /* "died during a raid by US special forces" */
            if (a < 0 && is(r, k + 1, "by"))
                a = ng_clause_object(c, k + 1, BODY, NG_WINDOW(c, OPPOSE_NOUN_AGENT));
            while (m > c->sb && (ng_clause_fam(c, m - 1) & NG_FAM_DETERMINER))
                m--;
            /* the verb before the preposition; "blew himself up" */
            uint32_t v = m >= c->sb + 2 ? m - 2 : c->sb;
            int victim = m >= c->sb + 2 && in(r, v, NG_TL_OPPOSE_VICTIM_VERB);
            if (!victim && m >= c->sb + 4 && is(r, v, "up") && in(r, v - 1, NG_TL_SELF_WORD)) {
                v -= 2;
                victim = 1;
            }
            if (a >= 0 && ng_clause_fits(c, a, AGENT) && victim &&
                (is(r, m - 1, "in") || is(r, m - 1, "by") || is(r, m - 1, "during")) &&
                !ng_clause_negated(c, v)) {
                int b = ng_clause_subject(c, v, NG_NEED_ACTOR);
                if (b >= 0 && b != a)
                    emit(r, a, b, NG_REL_OPPOSES);
                continue;
            }
        }
        /* nouns: "air strikes by A against B", "A's offensive against B",
         * "the onslaught from A" (against the subject) */
        if ((ng_clause_fam(c, k) & NG_FAM_OPPOSE_NOUN) && !is(r, k + 1, "between")) {
            uint32_t j = k + 1;
            /* not "launched its attack from P": the owner's, from where */
            if (is(r, j, "by") ||
                (is(r, j, "from") && !(k > c->sb && (is(r, k - 1, "its") || is(r, k - 1, "their"))))) {
                int a = ng_clause_object(c, j, BODY, NG_WINDOW(c, OPPOSE_NOUN_AGENT));
                if (a < 0)
                    continue;
                int b = -1;
                for (uint32_t m = ng_clause_end(c, a);
                     m < c->se && m < ng_clause_end(c, a) + NG_WINDOW(c, OPPOSE_NOUN_TARGET_REACH); m++)
                    if (in(r, m, NG_TL_OPPOSE_TARGET_PREP) && !is(r, m, "in")) {
                        b = ng_clause_object(c, m, BODY, NG_WINDOW(c, OPPOSE_NOUN_TARGET));
                        break;
                    }
                if (b < 0 && is(r, j, "from")) {
                    /* "ISIS extremists killed ... following the onslaught from the SDF" */
                    for (uint32_t m = k; m > c->sb && b < 0;) {
                        m--;
                        int i = ng_clause_arg(c, m);
                        if (i >= 0 && i != a && ng_clause_fits(c, i, BODY) &&
                            !ng_clause_compound(c, i))
                            b = i;
                    }
                }
                if (b >= 0 && !ng_clause_negated(c, k))
                    emit(r, a, b, NG_REL_OPPOSES);
                continue;
            }
            /* "A is at war with B", "A's war with B": a noun of conflict
             * that no verb spells the same */
            int with = is(r, j, "with") && in(r, k, NG_TL_CONFLICT_NOUN) &&
                       !(ng_clause_fam(c, k) & NG_FAM_OPPOSE_VERB);
            /* "an assassination attempt on NAME", "the assassination of
             * NAME": a person is the target */
            int kill = in(r, k, NG_TL_KILL_NOUN);
            if (kill && in(r, j, NG_TL_ATTEMPT_NOUN) && (is(r, j + 1, "on") || is(r, j + 1, "against")))
                j++;
            /* "an insurgency in Deir ez-Zor against B": past the place */
            if ((is(r, j, "in") || is(r, j, "across")) && ng_clause_arg(c, j + 1) >= 0 &&
                c->a[ng_clause_arg(c, j + 1)].kind == NG_KIND_PLACE &&
                is(r, c->a[ng_clause_arg(c, j + 1)].te, "against"))
                j = c->a[ng_clause_arg(c, j + 1)].te;
            if (is(r, j, "against") || (is(r, j, "on") && !in(r, k, NG_TL_OPPOSE_NOT_ON)) || with ||
                (kill && is(r, j, "of"))) {
                /* a person too after "against": "the US operation
                 * against NAME" */
                int b = ng_clause_object(c, j, kill || is(r, j, "against") ? AGENT : BODY,
                                         NG_WINDOW(c, OPPOSE_NOUN_OBJECT));
                if (b < 0)
                    continue;
                int a = -1, subject = 0;
                /* "A's offensive against B" */
                if (k >= c->sb + 2 && (c->d->t->tok[k - 1].flags & NG_TOK_POSS))
                    a = ng_clause_arg(c, k - 2);
                else if (k >= c->sb + 1 && ng_clause_arg(c, k - 1) >= 0)
                    a = ng_clause_arg(c, k - 1); /* "coalition strikes on ..." */
                /* "the attack on B, claimed by A", "A claimed the attack on
                 * B", "C blamed A for the attack on B" */
                if (a < 0 || !ng_clause_fits(c, a, BODY)) {
                    a = attack_owner(r, k);
                    subject = a >= 0 && c->a[a].te <= k; /* "A and B launched" */
                }
                if (a < 0 && !kill) {
                    /* "..., after an attack on B", "following a deadly raid on
                     * B": an adverbial noun phrase names no attacker; nor
                     * does "C condemned the attack on B"; else the clause's
                     * subject */
                    uint32_t m = k;
                    while (m > c->sb && k - m < 4 && ng_clause_lower(c, m - 1) &&
                           ng_clause_arg(c, m - 1) < 0 &&
                           !(ng_clause_fam(c, m - 1) & NG_FAM_PREPOSITION) &&
                           !in(r, m - 1, NG_TL_ADVERBIAL_PREP) && !in(r, m - 1, NG_TL_ATTACK_BYSTANDER_VERB))
                        m--;
                    a = m > c->sb && (in(r, m - 1, NG_TL_ADVERBIAL_PREP) ||
                                      in(r, m - 1, NG_TL_ATTACK_BYSTANDER_VERB))
                            ? -1
                            : ng_clause_subject(c, k, NG_NEED_ORG | NG_NEED_COUNTRY);
                    /* "A's offensive against B undermined the fight against
                     * C": the subject is A's attack, not A */
                    uint32_t q = a >= 0 ? c->a[a].te : 0;
                    if (q && q < k && (c->d->t->tok[q].flags & NG_TOK_POSS)) {
                        q++;
                        while (q < k && q < c->a[a].te + 4 && ng_clause_lower(c, q) &&
                               !(ng_clause_fam(c, q) & NG_FAM_OPPOSE_NOUN))
                            q++;
                        if (q < k && (ng_clause_fam(c, q) & NG_FAM_OPPOSE_NOUN))
                            a = -1;
                    }
                    subject = a >= 0;
                }
                /* "IS claimed (responsibility for) an attack on B": the claimer,
                 * which the reported-speech rule would otherwise skip */
                for (uint32_t m = k;
                     a < 0 && m > c->sb + 1 && k - m < NG_WINDOW(c, OPPOSE_CLAIMER_BACK);) {
                    m--;
                    if (in(r, m, NG_TL_CLAIM_VERB)) {
                        uint32_t w = m;
                        if (w > c->sb + 1 && in(r, w - 1, NG_TL_PERFECT_AUX))
                            w--; /* "has claimed" */
                        int i = ng_clause_arg(c, w - 1);
                        if (i >= 0 && ng_clause_fits(c, i, BODY))
                            a = i;
                        break;
                    }
                }
                if (a >= 0 && !ng_clause_negated(c, k)) {
                    /* "A and B launched an offensive against C": each */
                    if (subject)
                        emit_lists(r, a, 0, b, 1, NG_REL_OPPOSES);
                    else
                        emit(r, a, b, NG_REL_OPPOSES);
                    /* "(US troops) assist the SDF in the fight against IS":
                     * the helper fights B too */
                    uint32_t h = c->a[a].tb;
                    while (h > c->sb && (ng_clause_fam(c, h - 1) & NG_FAM_DETERMINER))
                        h--;
                    int helper = h > c->sb && in(r, h - 1, NG_TL_HELP_VERB)
                                     ? ng_clause_agent(c, h - 1, AGENT)
                                     : -1;
                    if (helper >= 0 && helper != a && helper != b)
                        emit(r, helper, b, NG_REL_OPPOSES);
                }
                continue;
            }
        }
        /* "clashes between A and B", "fighting (broke out) between A and
         * B", "clashes erupted on Tuesday between A and B" */
        uint32_t btw = k + 1;
        if (in(r, k, NG_TL_CLASH_NOUN) &&
            in(r, k + 1, NG_TL_CLASH_OUTBREAK)) {
            btw = is(r, k + 2, "out") ? k + 3 : k + 2;
            for (uint32_t m = btw; m < c->se && m < btw + NG_WINDOW(c, CLASH_FIRST) &&
                                   ng_clause_arg(c, m) < 0 && (c->d->t->tok[m].flags & NG_TOK_WORD) &&
                                   !(ng_clause_fam(c, m) & NG_FAM_STOP);
                 m++)
                if (is(r, m, "between")) {
                    btw = m;
                    break;
                }
        }
        if (is(r, btw, "between") &&
            ((ng_clause_fam(c, k) & (NG_FAM_OPPOSE_VERB | NG_FAM_OPPOSE_NOUN)) ||
             in(r, k, NG_TL_CONFLICT_NOUN))) {
            int a = ng_clause_object(c, btw, BODY, NG_WINDOW(c, CLASH_FIRST));
            int b = -1;
            if (a >= 0 && ng_clause_end(c, a) < c->se && is(r, ng_clause_end(c, a), "and"))
                b = ng_clause_object(c, ng_clause_end(c, a), BODY, NG_WINDOW(c, CLASH_SECOND));
            if (a >= 0 && b >= 0 && !ng_clause_negated(c, k))
                emit(r, a, b, NG_REL_OPPOSES);
            continue;
        }
        /* "A, a brigade fighting inside B", "A fights under the banner of
         * B", "A fought on the side of B": A fights as part of B, sides
         * with it */
        if (in(r, k, NG_TL_FIGHT_VERB) && in(r, k + 1, NG_TL_FIGHT_WITHIN)) {
            uint32_t of = k + 1;
            uint32_t m = is(r, k + 2, "the") ? k + 3 : k + 2;
            if (in(r, m, NG_TL_FIGHT_WITHIN_NOUN) && is(r, m + 1, "of"))
                of = m + 1; /* "on the side of", "under the umbrella of" */
            else if (is(r, k + 1, "on"))
                continue;
            int b = ng_clause_object(c, of, NG_NEED_ORG, NG_WINDOW(c, FIGHT_ALONGSIDE_OBJECT));
            int a = b >= 0 ? ng_clause_agent(c, k, NG_NEED_ACTOR) : -1;
            if (a < 0 && b >= 0)
                a = ng_clause_appositive_head(c, k, NG_NEED_ACTOR);
            if (a >= 0 && a != b && !ng_clause_negated(c, k))
                emit(r, a, b, NG_REL_SUPPORTS);
            if (b >= 0) /* else "fought inside Raqqa against C" */
                continue;
        }
        /* "A fought alongside B", "A has fought for B": allies, not enemies */
        if ((ng_clause_fam(c, k) & NG_FAM_OPPOSE_VERB) &&
            (in(r, k + 1, NG_TL_ALONGSIDE) ||
             (is(r, k + 1, "for") && in(r, k, NG_TL_FIGHT_VERB)))) {
            int b = ng_clause_object(c, k + 1, is(r, k + 1, "for") ? AGENT : BODY,
                                     NG_WINDOW(c, FIGHT_ALONGSIDE_OBJECT));
            int a = b >= 0 ? ng_clause_agent(c, k, BODY) : -1;
            if (b < 0 || ng_clause_negated(c, k))
                continue;
            /* "militias from Iraq and Lebanon fought alongside B": the
             * militias, not where they come from */
            if (a >= 0 && !listed_after_prep(r, a))
                emit(r, a, b, NG_REL_SUPPORTS);
            /* "(Turkish troops) fought alongside B against C": both fight C */
            int t = in(r, k + 1, NG_TL_ALONGSIDE) ? common_enemy(r, ng_clause_end(c, b)) : -1;
            if (t >= 0 && t != a && t != b) {
                if (a >= 0)
                    emit(r, a, t, NG_REL_OPPOSES);
                emit(r, b, t, NG_REL_OPPOSES);
            }
            continue;
        }
        /* "A accused B of attacking its positions": B opposes A; "of
         * shelling C": B opposes C */
        if ((ng_clause_fam(c, k) & NG_FAM_OPPOSE_VERB) && accused(r, k))
            continue;
        /* "coalition air strikes and the Peshmerga", "the fighting": a noun */
        if ((ng_clause_fam(c, k) & NG_FAM_OPPOSE_NOUN) && k > c->sb &&
            (((ng_clause_fam(c, k - 1) & NG_FAM_DETERMINER) && ng_clause_lower(c, k - 1)) ||
             in(r, k - 1, NG_TL_OPPOSE_NOUN_PREMOD)))
            continue;
        /* active verbs: "A attacked B", "A clashed with B", "end B's rule" */
        if ((ng_clause_fam(c, k) & NG_FAM_OPPOSE_VERB) && !ng_clause_negated(c, k)) {
            /* "shot dead NAME", "shot down a helicopter", "shot NAME"; not
             * "shot footage of" */
            if (is(r, k, "shot") && !is(r, k + 1, "dead") && !is(r, k + 1, "down") &&
                !(ng_clause_arg(c, k + 1) >= 0 && c->a[ng_clause_arg(c, k + 1)].person))
                continue;
            uint32_t j = in(r, k + 1, NG_TL_FIGHT_PREP) ? k + 1 : k;
            int b = ng_clause_object(c, j, BODY, NG_WINDOW(c, FIGHT_OBJECT));
            /* "fighting Turkish-backed factions of the SNA", "repelled an
             * attack by the SNA": the body behind the noun */
            int behind = 0;
            if (b < 0 && in(r, k, NG_TL_OUST_VERB)) /* "toppled Bashar al-Assad" */
                b = ng_clause_object(c, j, NG_NEED_PERSON, NG_WINDOW(c, FIGHT_OBJECT));
            /* "killed Hezbollah commander NAME": the person too */
            int killed = in(r, k, NG_TL_KILL_VERB) ? person_killed(r, j) : -1;
            if (b < 0 && killed >= 0) {
                b = killed;
                killed = -1;
            }
            if (b < 0) {
                b = object_behind_noun(r, j);
                behind = 1;
            }
            if (b < 0) {
                /* "A said B attacked its positions": B fights the speaker */
                int a = (is(r, j + 1, "its") || is(r, j + 1, "their")) && !is(r, j + 2, "own")
                            ? ng_clause_agent(c, k, BODY)
                            : -1;
                int s = a >= 0 ? speaker_before(r, c->a[a].tb) : -1;
                if (s >= 0 && s != a)
                    emit(r, a, s, NG_REL_OPPOSES);
                else if (in(r, k, NG_TL_CLASH_VERB) || in(r, k, NG_TL_FIGHT_VERB))
                    reciprocal(r, k);
                continue;
            }
            /* "B leader killed in US raid": a preposition before the
             * argument makes it no direct object (here the verb is passive) */
            int prep = 0;
            for (uint32_t m = j + 1; m < c->a[b].tb && !behind; m++)
                if (in(r, m, NG_TL_FIGHT_SCENE_PREP))
                    prep = 1;
            if (prep)
                continue;
            /* "the bombing, claimed by A, killed B": the one the noun
             * names, not a subject further back ("Turkey condemned the
             * attack, which killed B") */
            uint32_t n = attack_noun_subject(r, k);
            int a = ng_clause_agent(c, k, BODY);
            /* "forces under NAME crushed B": the commander */
            if (a < 0)
                a = commander_before(r, k);
            /* "A helped (to) defeat B" */
            if (a < 0 && help_before(r, k))
                a = ng_clause_agent(c, help_before(r, k), BODY);
            /* "A is part of the coalition fighting B": a member of it */
            if (a < 0)
                a = body_member_fighting(r, k);
            /* "A said it had neutralised B": the speaker */
            uint32_t p = k;
            while (p > c->sb && k - p < 3 && in(r, p - 1, NG_TL_PERFECT_AUX))
                p--;
            if (a < 0 && p > c->sb && (is(r, p - 1, "it") || is(r, p - 1, "they")))
                a = speaker_before(r, p - 1);
            if (n && (a < 0 || c->a[a].tb < n)) {
                int o = attack_owner(r, n);
                if (o >= 0 || attack_disowned(r, n))
                    a = o;
            }
            emit_lists(r, a, 0, b, 1, NG_REL_OPPOSES); /* "A and B fought C and D" */
            /* "A battled B alongside C": C is A's ally and fights B too */
            int ally = a >= 0 && in(r, c->a[b].te, NG_TL_ALONGSIDE)
                           ? ng_clause_object(c, c->a[b].te, BODY, NG_WINDOW(c, FIGHT_ALONGSIDE_OBJECT))
                           : -1;
            if (ally >= 0 && ally != a && ally != b) {
                emit(r, a, ally, NG_REL_SUPPORTS);
                emit(r, ally, b, NG_REL_OPPOSES);
            }
            if (killed >= 0 && killed != b)
                emit(r, a, killed, NG_REL_OPPOSES);
        }
    }
}

/* ---- member_of --------------------------------------------------------------------- */

/* A lower-case word ending in "ing" (a participle: "fighting", "backing"). */
static int ing_word(const rel *r, uint32_t k)
{
    const ng_tokens *t = r->c->d->t;
    uint32_t n = t->tok[k].flen;
    return n > 4 && !memcmp(ng_tokens_fold(t, k) + n - 3, "ing", 3) &&
           !is(r, k, "including") && !is(r, k, "during");
}

/* Past the titles before a name ("Major General", "Brigadier"): the token
 * after them, or k. */
static uint32_t past_titles(const rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    uint32_t j = k;
    /* "Brig. Gen.": an abbreviated title's period */
    while (j < c->se && j < k + 2 * NG_WINDOW(c, MEMBER_ROLE_SKIP) && ng_clause_arg(c, j) < 0 &&
           (((c->d->lex[j] & (1u << NG_LEX_TITLE)) && !ng_clause_lower(c, j)) ||
            (j > k && ng_clause_punct(c, j, ".") && (c->d->lex[j - 1] & (1u << NG_LEX_TITLE)))))
        j++;
    return j < c->se && ng_clause_arg(c, j) >= 0 ? j : k;
}

/* The organisation a pronoun or a noun of groups before token k stands
 * for ("its founder", "the group's spokesman"): the nearest organisation
 * named before k, not a modifier ("the US-backed SDF said its ..."). -1
 * if none. */
static int org_before(const rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    for (uint32_t m = k; m > c->sb;) {
        m--;
        int o = ng_clause_arg(c, m);
        if (o < 0)
            continue;
        if (ng_clause_fits(c, o, NG_NEED_ORG) && !ng_clause_compound(c, o) && !ng_clause_prefixed(c, o))
            return o;
        m = c->a[o].tb;
    }
    return -1;
}

/* At k, "its" or "the group's" (a noun of groups and a possessive):
 * the token after it, else 0. */
static uint32_t org_pronoun(const rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    if (k + 1 >= c->se)
        return 0;
    if (ng_clause_fam(c, k) & NG_FAM_DETERMINER)
        return is(r, k, "its") ? k + 1 : 0;
    if (!(c->d->t->tok[k + 1].flags & NG_TOK_POSS) || !in(r, k, NG_TL_WHOSE_GROUP_NOUN))
        return 0;
    return k > c->sb && is(r, k - 1, "the") ? k + 2 : 0;
}

/* Words no adjective before a role is: of any family but these ("jailed",
 * "northern"), nor a function word; not "a call by", "said that the",
 * "its former ally and". */
#define ADJECTIVE_STOP (~(unsigned)(NG_FAM_HELD | NG_FAM_HELD_VERB | NG_FAM_DIRECTION | NG_FAM_EVENT))

/* From k, past a few adjectives ("jailed", "senior", "press") to a
 * role word: its token, else 0. */
static uint32_t role_at(const rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    for (uint32_t m = k; m < c->se && m <= k + NG_WINDOW(c, MEMBER_ROLE_SKIP); m++) {
        if (!ng_clause_lower(c, m) || ng_clause_arg(c, m) >= 0)
            return 0;
        if (ng_clause_fam(c, m) & NG_FAM_ROLE)
            return m;
        if ((ng_clause_fam(c, m) & ADJECTIVE_STOP) || (c->d->lex[m] & (1u << NG_LEX_SPEECH_VERB)) ||
            in(r, m, NG_TL_FUNCTION_WORD))
            return 0;
    }
    return 0;
}

/* "a call by its jailed founder NAME", "the group's spokesman, NAME": the
 * role before person i, owned by a pronoun or a noun of groups; returns
 * the organisation, or -1. */
static int pronoun_role_before(const rel *r, int i)
{
    const ng_clause *c = r->c;
    uint32_t j = c->a[i].tb;
    if (j > c->sb && ng_clause_punct(c, j - 1, ","))
        j--;
    uint32_t e = j; /* back over the role words */
    while (j > c->sb && e - j < NG_WINDOW(c, MEMBER_ROLE_SKIP) && ng_clause_arg(c, j - 1) < 0 &&
           ng_clause_lower(c, j - 1) && (ng_clause_fam(c, j - 1) & NG_FAM_ROLE))
        j--;
    if (j == e)
        return -1;
    /* and over adjectives */
    for (uint32_t n = 0; j > c->sb + 1 && n < 2 && ng_clause_lower(c, j - 1) && ng_clause_arg(c, j - 1) < 0 &&
                         !(ng_clause_fam(c, j - 1) & ADJECTIVE_STOP) && !in(r, j - 1, NG_TL_FUNCTION_WORD) &&
                         !(c->d->lex[j - 1] & (1u << NG_LEX_SPEECH_VERB));
         n++)
        j--;
    uint32_t p = j >= c->sb + 1 && is(r, j - 1, "its") ? j - 1 : j >= c->sb + 2 ? j - 2 : 0;
    if (!p || org_pronoun(r, p) != j || ng_clause_negated(c, p))
        return -1;
    return org_before(r, is(r, p, "its") ? p : p - 1);
}

/* "NAME (once) headed ORG": NAME member_of ORG; when ORG is a possessor
 * ("headed al-Qaeda's Syria branch, the Nusra Front"), the organisation
 * the apposition after names, if any. Returns whether it emitted. */
static int person_leads(rel *r, int i)
{
    const ng_clause *c = r->c;
    uint32_t k = c->a[i].te;
    while (k < c->se && ng_clause_lower(c, k) && in(r, k, NG_TL_CONTROL_ADVERB))
        k++; /* "once", "still" */
    if (k >= c->se || !ng_clause_lower(c, k) || !in(r, k, NG_TL_LEAD_VERB) || ng_clause_negated(c, k))
        return 0;
    int org = ng_clause_object(c, k, NG_NEED_ORG, NG_WINDOW(c, LEAD_ORG));
    if (org < 0 || ng_clause_compound(c, org))
        return 0;
    for (uint32_t m = k + 1; m < c->a[org].tb; m++)
        if (ng_clause_fam(c, m) & NG_FAM_PREPOSITION)
            return 0; /* "led an offensive against ORG" */
    uint32_t e = c->a[org].te;
    if (e < c->se && (c->d->t->tok[e].flags & NG_TOK_POSS)) {
        uint32_t m = e + 1;
        while (m < c->se && m < e + 1 + NG_WINDOW(c, MEMBER_ROLE_SKIP) &&
               (ng_clause_lower(c, m) || (c->d->lex[m] & (1u << NG_LEX_DEMONYM)) ||
                (ng_clause_arg(c, m) >= 0 && c->a[ng_clause_arg(c, m)].kind == NG_KIND_PLACE)))
            m = ng_clause_arg(c, m) >= 0 ? c->a[ng_clause_arg(c, m)].te : m + 1;
        if (!ng_clause_punct(c, m, ","))
            return 0; /* "led al-Qaeda's fighters": no organisation named */
        m++;
        if (is(r, m, "the"))
            m++;
        org = ng_clause_arg(c, m);
        if (org < 0 || !ng_clause_fits(c, org, NG_NEED_ORG))
            return 0;
    }
    emit(r, i, org, NG_REL_MEMBER_OF);
    return 1;
}

/* "ORG, a panel headed by Judge NAME", "the Hamza Division, led by
 * NAME", "a council formed by NAME": NAME member_of ORG (ORG named right
 * before the participle, or before a comma and lower-case words; not the
 * object of a preposition: "the war against IS, led by NAME"). Returns
 * whether it emitted. */
static int led_by(rel *r, int i)
{
    const ng_clause *c = r->c;
    uint32_t k = c->a[i].tb;
    /* back over titles and their periods: "headed by Judge", "Brig. Gen." */
    while (k > c->sb + 1 && ng_clause_arg(c, k - 1) < 0 &&
           (((c->d->lex[k - 1] & (1u << NG_LEX_TITLE)) && !ng_clause_lower(c, k - 1)) ||
            (ng_clause_punct(c, k - 1, ".") && (c->d->lex[k - 2] & (1u << NG_LEX_TITLE)))))
        k--;
    if (k < c->sb + 3 || !is(r, k - 1, "by") || !in(r, k - 2, NG_TL_LEAD_PARTICIPLE) ||
        ng_clause_negated(c, k - 2))
        return 0;
    int comma = 0;
    for (uint32_t m = k - 2, steps = 0; m > c->sb && steps < 2 * NG_WINDOW(c, LEAD_APPOSITION);
         m--, steps++) {
        int o = ng_clause_arg(c, m - 1);
        if (o >= 0) {
            uint32_t ob = c->a[o].tb;
            if (ob > c->sb && (ng_clause_fam(c, ob - 1) & NG_FAM_DETERMINER))
                ob--;
            /* "fighters of the Aqeidat tribe, led by NAME": "of" after a
             * quantity is no preposition of a clause */
            int of_quantity = ob > c->sb + 1 && is(r, ob - 1, "of") &&
                              (ng_clause_fam(c, ob - 2) & NG_FAM_QUANTITY);
            if (!ng_clause_fits(c, o, NG_NEED_ORG) || ng_clause_compound(c, o) ||
                (ob > c->sb && (ng_clause_fam(c, ob - 1) & NG_FAM_PREPOSITION) && !of_quantity))
                return 0;
            emit(r, i, o, NG_REL_MEMBER_OF);
            return 1;
        }
        if (ng_clause_punct(c, m - 1, ",") && !comma) {
            comma = 1;
            continue;
        }
        /* "a seven-member panel" */
        if ((c->d->t->tok[m - 1].flags & NG_TOK_NUMBER) ||
            ((c->d->t->tok[m - 1].flags & NG_TOK_HYPHEN) &&
             !(c->d->t->tok[m - 1].flags & NG_TOK_SPACE)))
            continue;
        if (!ng_clause_lower(c, m - 1) || (ng_clause_fam(c, m - 1) & NG_FAM_PREPOSITION))
            return 0;
    }
    return 0;
}

/* "NAME travelled to Syria to join ORG", "NAME, accused of joining ORG",
 * "NAME fought for ORG", "NAME pledged allegiance to ORG": NAME, the
 * subject of the verb, belongs to ORG. Returns whether it emitted. */
static int person_joined(rel *r, int i)
{
    const ng_clause *c = r->c;
    uint32_t reach = 2 * NG_WINDOW(c, LEAD_APPOSITION);
    for (uint32_t m = c->a[i].te; m < c->se && m < c->a[i].te + reach; m++) {
        int o = ng_clause_arg(c, m);
        if (o >= 0) {
            if (c->a[o].person)
                return 0; /* a later verb's subject */
            m = c->a[o].te - 1;
            continue;
        }
        if (!in(r, m, NG_TL_JOIN_SHAPE))
            continue; /* none of the words below */
        /* "NAME urged young men to join ORG", "NAME, whose son joined
         * ORG": someone else joins */
        if (in(r, m, NG_TL_PERSUADE_VERB) || in(r, m, NG_TL_KIN_NOUN) || is(r, m, "whose"))
            return 0;
        uint32_t p = 0; /* the preposition or verb before the organisation */
        if (in(r, m, NG_TL_JOIN_VERB))
            p = m;
        else if (in(r, m, NG_TL_FIGHT_VERB) && is(r, m + 1, "for"))
            p = m + 1;
        else if (is(r, m, "allegiance") && is(r, m + 1, "to") && m > c->sb &&
                 in(r, m - 1, NG_TL_PLEDGE_VERB))
            p = m + 1;
        if (!p || !ng_clause_lower(c, m))
            continue;
        int org = ng_clause_object(c, p, NG_NEED_ORG, NG_WINDOW(c, LEAD_ORG));
        if (org < 0 || ng_clause_compound(c, org) || ng_clause_negated(c, m) ||
            ng_clause_subject(c, m, NG_NEED_ACTOR) != i)
            return 0;
        emit(r, i, org, NG_REL_MEMBER_OF);
        return 1;
    }
    return 0;
}

void ng_rel_member_of(rel *r)
{
    const ng_clause *c = r->c;
    for (size_t i = 0; i < c->n; i++) {
        const ng_rel_arg *a = &c->a[i];
        if (a->kind != NG_KIND_ACTOR)
            continue;
        if (!a->person) {
            /* "the Tiger Forces under (Major General) NAME": NAME leads them */
            if (a->te + 1 < c->se && is(r, a->te, "under")) {
                int p = ng_clause_arg(c, past_titles(r, a->te + 1));
                if (p >= 0 && ng_clause_fits(c, p, NG_NEED_PERSON) && !ng_clause_compound(c, (int)i) &&
                    !ng_clause_negated(c, a->tb))
                    emit(r, p, (int)i, NG_REL_MEMBER_OF);
                continue;
            }
            /* "SDF spokesman Mustafa Bali", "An SDF spokesman, Mustafa Bali" */
            uint32_t k = a->te;
            /* "US Central Command (CENTCOM) commander NAME": past the
             * name's own acronym */
            if (k + 2 < c->se && ng_clause_punct(c, k, "(") && ng_clause_arg(c, k + 1) >= 0 &&
                c->a[ng_clause_arg(c, k + 1)].ent == a->ent &&
                ng_clause_punct(c, c->a[ng_clause_arg(c, k + 1)].te, ")"))
                k = c->a[ng_clause_arg(c, k + 1)].te + 1;
            if (k < c->se && (c->d->t->tok[k].flags & NG_TOK_POSS))
                k++;
            /* "Amnesty's Syria researcher", "UN Syria envoy": the place of the role */
            if (k < c->se && ng_clause_arg(c, k) >= 0 &&
                c->a[ng_clause_arg(c, k)].kind == NG_KIND_PLACE)
                k = c->a[ng_clause_arg(c, k)].te;
            /* "UN human rights chief": words of no trigger family before
             * the role (the role looked for first: most names have none) */
            uint32_t rk = k + 2;
            while (rk < c->se && rk <= k + NG_WINDOW(c, MEMBER_ROLE_SKIP) &&
                   !(ng_clause_fam(c, rk) & NG_FAM_ROLE))
                rk++;
            for (uint32_t m = k; rk < c->se && rk <= k + NG_WINDOW(c, MEMBER_ROLE_SKIP) && m < rk; m++)
                if (!ng_clause_lower(c, m) || ng_clause_arg(c, m) >= 0 || ng_clause_fam(c, m) ||
                    (c->d->lex[m] & (1u << NG_LEX_SPEECH_VERB)))
                    rk = c->se;
            if (rk < c->se && rk <= k + NG_WINDOW(c, MEMBER_ROLE_SKIP) && (ng_clause_fam(c, rk) & NG_FAM_ROLE))
                k = rk;
            else if (k < c->se && !(ng_clause_fam(c, k) & NG_FAM_ROLE) && ng_clause_arg(c, k) < 0 &&
                (c->d->t->tok[k].flags & NG_TOK_WORD) && k + 1 < c->se &&
                (ng_clause_fam(c, k + 1) & NG_FAM_ROLE))
                k++; /* "SDF military commander", "UN Special Envoy" */
            else if (k + 2 < c->se && ng_clause_lower(c, k) && ng_clause_arg(c, k) < 0 &&
                     (c->d->t->tok[k + 1].flags & NG_TOK_HYPHEN) &&
                     (ng_clause_fam(c, k + 2) & NG_FAM_ROLE))
                k += 2; /* "PKK co-founder", "SDF vice-chair" */
            if (k >= c->se || !(ng_clause_fam(c, k) & NG_FAM_ROLE)) {
                /* "the head of the SDF, Mazloum Abdi", "a spokesman for the
                 * Pentagon, Colonel Dan Haskell": role of ORG, PERSON */
                if (a->tb >= c->sb + 2 && a->te + 1 < c->se &&
                    (ng_clause_punct(c, a->te, ",") || ng_clause_arg(c, a->te) >= 0 ||
                     (c->d->lex[a->te] & (1u << NG_LEX_TITLE)))) {
                    uint32_t of = a->tb - 1;
                    if (of > c->sb && is(r, of - 1, "the"))
                        of--; /* "of the SDF" */
                    if (is(r, of, "the") && of > c->sb)
                        of--;
                    /* "Spokesman of the Interior Ministry NAME": no comma either */
                    int p = (is(r, of, "of") || is(r, of, "for")) && of > c->sb &&
                                    (ng_clause_fam(c, of - 1) & NG_FAM_ROLE)
                                ? ng_clause_arg(c, past_titles(r, ng_clause_punct(c, a->te, ",")
                                                                      ? a->te + 1
                                                                      : a->te))
                                : -1;
                    if (p >= 0 && ng_clause_fits(c, p, NG_NEED_PERSON) && !ng_clause_negated(c, a->tb))
                        emit(r, p, (int)i, NG_REL_MEMBER_OF);
                }
                continue;
            }
            /* "deputy leader", "general commander": a role word before the role */
            for (uint32_t n = 0; n < NG_WINDOW(c, MEMBER_ROLE_SKIP) && k + 1 < c->se &&
                                 ng_clause_arg(c, k + 1) < 0 && (ng_clause_fam(c, k + 1) & NG_FAM_ROLE);
                 n++)
                k++;
            uint32_t j = k + 1;
            /* "UN Secretary-General Antonio Guterres" */
            while (j + 1 < c->se && (c->d->t->tok[j].flags & NG_TOK_HYPHEN) &&
                   ng_clause_arg(c, j + 1) < 0 && (c->d->t->tok[j + 1].flags & NG_TOK_WORD))
                j += 2;
            /* "the UN envoy for Syria, NAME": where the role is exercised */
            if (j + 2 < c->se && (is(r, j, "for") || is(r, j, "to") || is(r, j, "in")) &&
                ng_clause_arg(c, j + 1) >= 0 && c->a[ng_clause_arg(c, j + 1)].kind == NG_KIND_PLACE) {
                /* "the UN envoy for Syria Geir Pedersen": a person right after */
                uint32_t pe = c->a[ng_clause_arg(c, j + 1)].te;
                int after = ng_clause_arg(c, past_titles(r, pe));
                if (ng_clause_punct(c, pe, ","))
                    j = pe;
                else if (after >= 0 && c->a[after].person)
                    j = pe;
            }
            /* "a YPG commander who gave his name as NAME", "... who was
             * identified only as NAME" */
            if (is(r, j, "who")) {
                uint32_t m = j + 1, named = 0;
                for (; m < c->se && m < j + 1 + NG_WINDOW(c, LEAD_APPOSITION) && ng_clause_lower(c, m); m++)
                    if (in(r, m, NG_TL_NAMED_AS))
                        named = 1;
                    else if (named && is(r, m, "as"))
                        break;
                if (named && is(r, m, "as"))
                    j = m + 1;
            }
            if (j < c->se && ng_clause_punct(c, j, ","))
                j++;
            j = past_titles(r, j); /* "spokesman Major General NAME" */
            int p = ng_clause_arg(c, j);
            if (p >= 0 && ng_clause_fits(c, p, NG_NEED_PERSON) && !ng_clause_negated(c, a->tb))
                emit(r, p, (int)i, NG_REL_MEMBER_OF);
            continue;
        }
        /* "NAME (once) headed ORG", "NAME led al-Qaeda's Syrian branch, the
         * Nusra Front": the one led, or the branch the apposition names */
        if (person_leads(r, (int)i) || ((c->sent_fam & NG_FAM_JOIN) && person_joined(r, (int)i)))
            continue;
        /* "its jailed founder NAME", "the group's spokesman NAME" */
        if (a->tb > c->sb + 2 && ((ng_clause_fam(c, a->tb - 1) & NG_FAM_ROLE) ||
                                  (ng_clause_punct(c, a->tb - 1, ",") &&
                                   (ng_clause_fam(c, a->tb - 2) & NG_FAM_ROLE)))) {
            int org = pronoun_role_before(r, (int)i);
            if (org >= 0) {
                emit(r, (int)i, org, NG_REL_MEMBER_OF);
                continue;
            }
        }
        led_by(r, (int)i);
        /* "Aram Haddad of the SDF said": a person named with the organisation
         * right after "of" speaks for it; not "of the SDF-run camp" */
        if (a->te + 1 < c->se && is(r, a->te, "of")) {
            uint32_t k = a->te + 1;
            if (k + 1 < c->se && is(r, k, "the"))
                k++;
            int org = ng_clause_arg(c, k);
            if (org >= 0 && c->a[org].tb == k && ng_clause_fits(c, org, NG_NEED_ORG) &&
                !ng_clause_compound(c, org) && !ng_clause_negated(c, a->tb))
                emit(r, (int)i, org, NG_REL_MEMBER_OF);
            continue;
        }
        /* "NAME is a member of ORG", "NAME was the leader of ORG", "NAME
         * has been an SDF commander": the role after the verb, as after a comma */
        uint32_t k = a->te + 1;
        if (a->te + 2 < c->se && in(r, a->te, NG_TL_MEMBER_COPULA)) {
            if (is(r, k, "been"))
                k++;
            /* an article, adjectives of no trigger family ("senior",
             * "former"), then the role or its organisation: not "was
             * meeting the SDF commander", "is the mother of an IS fighter" */
            uint32_t m = k;
            if ((ng_clause_fam(c, m) & NG_FAM_DETERMINER) && ng_clause_lower(c, m))
                m++;
            else if (ng_clause_arg(c, m) < 0)
                continue;
            while (m < c->se && m < k + 4 && ng_clause_lower(c, m) && ng_clause_arg(c, m) < 0 &&
                   !ng_clause_fam(c, m) && !(c->d->lex[m] & (1u << NG_LEX_SPEECH_VERB)))
                m++;
            if (((ng_clause_fam(c, m) & NG_FAM_ROLE) && ng_clause_lower(c, m)) ||
                (ng_clause_arg(c, m) >= 0 && ng_clause_fits(c, ng_clause_arg(c, m), NG_NEED_ORG)))
                if (!ng_clause_negated(c, a->te))
                    goto role_after;
            continue;
        }
        /* "Usama Hasan, head of Islamic Studies at Quilliam International",
         * "Mostafa Bali, an SDF spokesman", "Adnan Afrin, a commander with the SDF" */
        if (a->te >= c->se || !ng_clause_punct(c, a->te, ","))
            continue;
        /* "Jane Roe, 31, a British woman who joined IS": past the age */
        uint32_t te = a->te;
        if (te + 3 < c->se && (c->d->t->tok[te + 1].flags & NG_TOK_NUMBER) && ng_clause_punct(c, te + 2, ","))
            te += 2;
        k = te + 1;
        /* "Rami Abdel Rahman, who heads the Syrian Observatory", "Jane
         * Roe, a Canadian citizen who joined ISIS", "X, who had headed the
         * ... department of ORG" */
        uint32_t who = te + 1;
        /* "Jane Roe, a woman from Alabama who joined": places may be named */
        while (who < c->se && who < te + 1 + NG_WINDOW(c, LEAD_APPOSITION) &&
               (c->d->t->tok[who].flags & NG_TOK_WORD) && !is(r, who, "who")) {
            int pl = ng_clause_arg(c, who);
            if (pl >= 0 && c->a[pl].kind != NG_KIND_PLACE)
                break;
            who = pl >= 0 ? c->a[pl].te : who + 1;
        }
        uint32_t lv = who + 1;
        if (lv < c->se && (is(r, lv, "had") || is(r, lv, "has")))
            lv++;
        if (is(r, who, "who") && in(r, lv, NG_TL_LEAD_VERB)) {
            int org = ng_clause_object(c, lv, NG_NEED_ORG, NG_WINDOW(c, LEAD_ORG));
            /* "headed the HTS-run Salvation Government": not the modifier */
            if (org >= 0 && ng_clause_compound(c, org))
                org = ng_clause_object(c, c->a[org].te, NG_NEED_ORG, NG_WINDOW(c, LEAD_ORG));
            /* "heads the foreign relations department of ORG" */
            for (uint32_t m = lv + 1; org < 0 && m < c->se && m < lv + NG_WINDOW(c, LEAD_APPOSITION);
                 m++) {
                if (is(r, m, "of"))
                    org = ng_clause_object(c, m, NG_NEED_ORG, NG_WINDOW(c, LEAD_ORG));
                else if (!(c->d->t->tok[m].flags & NG_TOK_WORD) || !ng_clause_lower(c, m))
                    break;
            }
            if (org >= 0 && !ng_clause_negated(c, lv))
                emit(r, (int)i, org, NG_REL_MEMBER_OF);
            continue;
        }
        /* "X, who left London in 2015 to join IS": later in the relative clause */
        if (is(r, who, "who")) {
            uint8_t z = c->zone[who - c->sb];
            for (uint32_t m = who + 1; m < c->se && m < who + 2 * NG_WINDOW(c, LEAD_APPOSITION) &&
                                       c->zone[m - c->sb] == z;
                 m++) {
                if (!in(r, m, NG_TL_JOIN_VERB) || ng_clause_negated(c, m))
                    continue;
                int org = ng_clause_object(c, m, NG_NEED_ORG, NG_WINDOW(c, LEAD_ORG));
                if (org >= 0 && !ng_clause_compound(c, org))
                    emit(r, (int)i, org, NG_REL_MEMBER_OF);
                break;
            }
            continue;
        }
        /* "Ahmed al-Sharaa, whose HTS group led the offensive" */
        if (is(r, te + 1, "whose")) {
            int org = ng_clause_arg(c, te + 2);
            if (org >= 0 && ng_clause_fits(c, org, NG_NEED_ORG) && !ng_clause_compound(c, org) &&
                in(r, c->a[org].te, NG_TL_WHOSE_GROUP_NOUN))
                emit(r, (int)i, org, NG_REL_MEMBER_OF);
            continue;
        }
    role_after:
        for (uint32_t steps = 0; k < c->se && steps < NG_WINDOW(c, MEMBER_ROLE_REACH);
             k++, steps++) {
            int j = ng_clause_arg(c, k);
            if (j >= 0) {
                /* ", an SDF spokesman", ", the SDF's spokesman" */
                uint32_t after = c->a[j].te;
                if (after < c->se && (c->d->t->tok[after].flags & NG_TOK_POSS)) {
                    after++;
                    /* "Save the Children's Syria response director" */
                    for (uint32_t skip = 0;
                         skip < NG_WINDOW(c, MEMBER_ROLE_SKIP) && after + 1 < c->se &&
                         !(ng_clause_fam(c, after) & NG_FAM_ROLE) &&
                         (ng_clause_lower(c, after) ||
                          (ng_clause_arg(c, after) >= 0 &&
                           c->a[ng_clause_arg(c, after)].kind == NG_KIND_PLACE));
                         skip++)
                        after = ng_clause_arg(c, after) >= 0 ? c->a[ng_clause_arg(c, after)].te
                                                              : after + 1;
                }
                else if (after + 1 < c->se && !(ng_clause_fam(c, after) & NG_FAM_ROLE) &&
                         (ng_clause_fam(c, after + 1) & NG_FAM_ROLE) && ng_clause_fits(c, j, NG_NEED_ORG) &&
                         !ng_clause_compound(c, j) && role_at(r, after))
                    after = role_at(r, after); /* ", a YPG press officer" */
                if (ng_clause_fits(c, j, NG_NEED_ORG) && after < c->se &&
                    (ng_clause_fam(c, after) & NG_FAM_ROLE)) {
                    emit(r, (int)i, j, NG_REL_MEMBER_OF);
                    break;
                }
                k = c->a[j].te - 1;
                continue;
            }
            if (!(c->d->t->tok[k].flags & NG_TOK_WORD) &&
                !(c->d->t->tok[k].flags & NG_TOK_HYPHEN))
                break;
            /* "NAME, the group's spokesman", "NAME, its founder": the
             * organisation named before */
            uint32_t pr = ((ng_clause_fam(c, k) & NG_FAM_DETERMINER) ||
                           (k + 1 < c->se && (c->d->t->tok[k + 1].flags & NG_TOK_POSS))) &&
                                  ng_clause_lower(c, k)
                              ? org_pronoun(r, k)
                              : 0;
            if (pr) {
                int org = role_at(r, pr) ? org_before(r, c->a[i].tb) : -1;
                if (org >= 0 && !ng_clause_negated(c, k))
                    emit(r, (int)i, org, NG_REL_MEMBER_OF);
                break;
            }
            /* "NAME, suggested that jailed PKK leader X": another clause */
            if ((ng_clause_fam(c, k) & NG_FAM_STOP) || (c->d->lex[k] & (1u << NG_LEX_SPEECH_VERB)))
                break;
            /* "the wife of an IS fighter": someone else's role */
            if (in(r, k, NG_TL_KIN_NOUN))
                break;
            if ((ng_clause_fam(c, k) & NG_FAM_ROLE)) {
                /* "general commander of", "deputy leader of",
                 * "secretary-general of" */
                for (;;) {
                    if (k + 1 < c->se && ng_clause_arg(c, k + 1) < 0 && ng_clause_lower(c, k + 1) &&
                        (ng_clause_fam(c, k + 1) & NG_FAM_ROLE))
                        k++;
                    else if (k + 2 < c->se && (c->d->t->tok[k + 1].flags & NG_TOK_HYPHEN) &&
                             !(c->d->t->tok[k + 1].flags & NG_TOK_SPACE) &&
                             !(c->d->t->tok[k + 2].flags & NG_TOK_SPACE) &&
                             ng_clause_arg(c, k + 2) < 0 && ng_clause_lower(c, k + 2))
                        k += 2;
                    else
                        break;
                }
                uint32_t m = k + 1;
                /* "envoy to the coalition" represents someone else there;
                 * "adviser to" belongs */
                int to_ok = in(r, k, NG_TL_MEMBER_TO_ROLE);
                if (m < c->se && (in(r, m, NG_TL_MEMBER_ROLE_PREP) ||
                                  (to_ok && is(r, m, "to"))))
                {
                    int org = ng_clause_object(c, m, NG_NEED_ORG, NG_WINDOW(c, MEMBER_ORG));
                    /* "a commander of the rebels' Military Operations
                     * Command": past a plural possessive's apostrophe */
                    uint32_t q = is(r, m + 1, "the") ? m + 2 : m + 1;
                    if (org < 0 && q + 2 < c->se && (c->d->t->tok[q].flags & NG_TOK_WORD) &&
                        ng_clause_arg(c, q) < 0 &&
                        (c->d->t->tok[q + 1].flags & NG_TOK_QUOTE) &&
                        !(c->d->t->tok[q + 1].flags & NG_TOK_SPACE) &&
                        ng_tokens_fold(c->d->t, q)[c->d->t->tok[q].flen - 1] == 's' &&
                        ng_clause_arg(c, q + 2) >= 0 && ng_clause_fits(c, ng_clause_arg(c, q + 2), NG_NEED_ORG))
                        org = ng_clause_arg(c, q + 2);
                    /* "head of the coalition fighting IS": IS is the coalition's
                     * enemy, not the organisation of the person */
                    for (uint32_t q = m + 1; org >= 0 && q < c->a[org].tb; q++)
                        if ((ng_clause_lower(c, q) && ing_word(r, q)) ||
                            in(r, q, NG_TL_MEMBER_STOP))
                            org = -1;
                    if (org >= 0)
                        emit(r, (int)i, org, NG_REL_MEMBER_OF);
                }
                break;
            }
        }
    }
}
