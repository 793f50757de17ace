/* relation_actor.c - relations between two actors: supports, opposes, member_of
 *
 * The backer supports the backed, the attacker opposes the target, the
 * person is member_of the organisation. A negated or denied trigger states
 * nothing.
 */
#include "relation_priv.h"

/* ---- supports ------------------------------------------------------------------ */

static const char *const support_participles[] = {
    "backed", "supported", "funded", "armed", "sponsored", "allied", "trained", "financed",
    "assisted", "aligned", "equipped", "affiliated", NULL};
static const char *const support_verbs[] = {
    "backs",   "backed",   "backing",    "back",     "supports", "supported", "supporting",
    "support", "funds",    "funded",     "funding",  "fund",     "arms",      "arming",
    "armed",
    "sponsors", "sponsored", "sponsoring", "aids",   "aided",    "aiding",    "assists",
    "assisted", "assisting", "helps",    "helped",   "helping",  "equips",    "equipped",
    "equipping", "trains",  "trained",   "training", "finances", "financed",  "financing",
    "reinforced", "bolstered", NULL};

/* "US-backed Syrian Democratic Forces" */
void ng_rel_supports_compound(rel *r)
{
    const ng_clause *c = r->c;
    for (size_t i = 0; i < c->n; i++) {
        uint32_t p = ng_clause_compound(c, (int)i);
        if (!p || !(ng_clause_fam(c, p) & NG_FAM_SUPPORT_PART) || !ng_clause_fits(c, (int)i, AGENT))
            continue;
        int b = ng_clause_object(c, p, NG_NEED_ACTOR, 4);
        /* "B, the US-backed group, said": the apposition describes B */
        if (b < 0 && in(r, p + 1, WORDS("group", "groups", "force", "forces", "militia",
                                         "militias", "alliance", "coalition", "fighters",
                                         "rebels", "army", "troops", "faction", "factions",
                                         "administration", "government", "authorities")))
            b = ng_clause_appositive_head(c, c->a[i].tb, NG_NEED_ACTOR);
        if (b >= 0 && b != (int)i && !ng_clause_negated(c, c->a[i].tb))
            emit(r, (int)i, b, NG_REL_SUPPORTS);
    }
}

void ng_rel_supports(rel *r)
{
    const ng_clause *c = r->c;
    for (uint32_t k = c->sb; k < c->se; k++) {
        if (ng_clause_arg(c, k) >= 0 || !(ng_clause_fam(c, k) & NG_FAM_SUPPORT))
            continue;
        /* "with the support of A", "with the backing of A": A backs the subject */
        if (in(r, k, WORDS("support", "backing", "help", "assistance", "aid")) &&
            is(r, k + 1, "of") && k >= c->sb + 2 && (is(r, k - 1, "the") || is(r, k - 2, "with"))) {
            int a = ng_clause_object(c, k + 1, AGENT, 4);
            int b = ng_clause_subject(c, k, NG_NEED_ACTOR);
            if (a >= 0 && b >= 0 && !ng_clause_negated(c, k))
                emit(r, a, b, NG_REL_SUPPORTS);
            continue;
        }
        /* passive: "B, supported by A" / "B (backed by A)" */
        if ((ng_clause_fam(c, k) & NG_FAM_SUPPORT_VERB) && is(r, k + 1, "by") && !ng_clause_negated(c, k)) {
            int a = ng_clause_object(c, k + 1, AGENT, 5);
            int b = ng_clause_subject(c, k, NG_NEED_ACTOR);
            if (a >= 0 && b >= 0)
                emit(r, a, b, NG_REL_SUPPORTS);
            continue;
        }
        /* active: "the coalition backing the SDF" */
        if ((ng_clause_fam(c, k) & NG_FAM_SUPPORT_VERB) && !(k > c->sb && (c->d->t->tok[k - 1].flags & NG_TOK_HYPHEN)) &&
            !ng_clause_negated(c, k)) {
            int b = ng_clause_object(c, k, NG_NEED_ACTOR, 4);
            /* "Moscow backs Damascus": a state right after the verb */
            if (b < 0 && k + 1 < c->se && ng_clause_arg(c, k + 1) >= 0 &&
                ng_clause_fits(c, ng_clause_arg(c, k + 1), NG_NEED_COUNTRY))
                b = ng_clause_arg(c, k + 1);
            int a = b >= 0 ? ng_clause_agent(c, k, AGENT) : -1;
            if (a >= 0 && a != b)
                emit(r, a, b, NG_REL_SUPPORTS);
            continue;
        }
        /* "A, a partner force of B", "an ally of B", "a proxy of B": B backs A */
        if (in(r, k, WORDS("partner", "partners", "ally", "allies", "proxy", "proxies",
                           "affiliate", "affiliates", "client")) &&
            (is(r, k + 1, "of") || (is(r, k + 1, "force") && is(r, k + 2, "of")) ||
             (is(r, k + 1, "forces") && is(r, k + 2, "of")))) {
            uint32_t of = is(r, k + 1, "of") ? k + 1 : k + 2;
            int b = ng_clause_object(c, of, AGENT, 4);
            int a = ng_clause_appositive_head(c, k, NG_NEED_ACTOR);
            if (a < 0)
                a = ng_clause_subject(c, k, NG_NEED_ACTOR);
            if (a >= 0 && b >= 0 && !ng_clause_negated(c, k))
                emit(r, b, a, NG_REL_SUPPORTS);
            continue;
        }
        /* "A allied with B", "A affiliated with B": B backs A */
        if (in(r, k, WORDS("allied", "affiliated", "aligned")) &&
            (is(r, k + 1, "with") || is(r, k + 1, "to"))) {
            int b = ng_clause_object(c, k + 1, AGENT, 4);
            int a = ng_clause_subject(c, k, NG_NEED_ACTOR);
            if (a >= 0 && b >= 0 && !ng_clause_negated(c, k))
                emit(r, b, a, NG_REL_SUPPORTS);
            continue;
        }
        /* "(air) support for B": the subject backs B */
        if (is(r, k, "support") && (is(r, k + 1, "for") || is(r, k + 1, "to"))) {
            int b = ng_clause_object(c, k + 1, NG_NEED_ACTOR, 4);
            int a = b >= 0 ? ng_clause_subject(c, k, AGENT) : -1;
            if (a >= 0 && !ng_clause_negated(c, k))
                emit(r, a, b, NG_REL_SUPPORTS);
            continue;
        }
        /* "A ... fighting as part of B": A backs B */
        if (is(r, k, "part") && is(r, k + 1, "of") && k >= c->sb + 2 && is(r, k - 1, "as") &&
            in(r, k - 2, WORDS("fighting", "fight", "fought", "serving", "operating"))) {
            int b = ng_clause_object(c, k + 1, NG_NEED_ACTOR, 4);
            int a = ng_clause_subject(c, k - 2, NG_NEED_ACTOR);
            if (a >= 0 && b >= 0 && !ng_clause_negated(c, k - 2))
                emit(r, a, b, NG_REL_SUPPORTS);
        }
    }
}

/* ---- opposes -------------------------------------------------------------------- */

static const char *const oppose_verbs[] = {
    "fights",   "fought",     "fighting",  "fight",    "attacks",    "attacked",  "attacking",
    "attack",   "strikes",    "struck",    "striking", "strike",     "bombs",     "bombed",
    "bombing",  "bombarded",  "bombarding", "shelled", "shelling",   "shells",    "targets",
    "targeted", "targeting",  "target",    "besieges", "besieged",   "besieging", "besiege",
    "ambushed", "ambushing",  "ambush",    "raided",   "raiding",    "battles",   "battled",
    "battling", "clashed",    "clashes",   "clash",    "clashing",   "defeated",  "defeating",
    "defeat",   "defeats",    "routed",    "expelled", "expelling",  "expel",     "ousted",
    "ousting",  "oust",       "pounded",   "pounding", "hit",        "hitting",   "drove",
    "driving",  "dislodged",  "dislodge",  "repelled", "repelling",  "repel",     "encircled",
    "encircling", "surrounded", "surrounding", "killed", "killing",  "kills",     "end",
    "ending",   "ended",      "crush",     "crushed",  "crushing",   "destroy",   "destroyed",
    "eliminate", "eliminated", "wage",     "waged",    "waging",     NULL};

static const char *const oppose_nouns[] = {
    "attack",    "attacks",  "strike",     "strikes",   "airstrike",  "airstrikes", "raid",
    "raids",     "offensive", "offensives", "campaign", "assault",    "assaults",   "war",
    "fight",     "fighting", "battle",     "bombardment", "onslaught", "shelling",  "operation",
    "operations", "crackdown", "push",     "advance",   "bombing",    "bombings",   NULL};

void ng_rel_opposes(rel *r)
{
    const ng_clause *c = r->c;
    for (uint32_t k = c->sb; k < c->se; k++) {
        if (ng_clause_arg(c, k) >= 0 || !(ng_clause_fam(c, k) & NG_FAM_OPPOSE) ||
            !ng_clause_trigger(c, k))
            continue;
        /* passive: "B was attacked by A" */
        if ((ng_clause_fam(c, k) & NG_FAM_OPPOSE_VERB) && is(r, k + 1, "by") && k > c->sb &&
            in(r, k - 1, WORDS("was", "were", "been", "being", "is", "are", "be")) &&
            !ng_clause_negated(c, k)) {
            int a = ng_clause_object(c, k + 1, BODY, 5);
            int b = ng_clause_subject(c, k, BODY);
            if (a >= 0 && b >= 0)
                emit(r, a, b, NG_REL_OPPOSES);
            continue;
        }
        /* nouns: "air strikes by A against B", "A's offensive against B",
         * "the onslaught from A" (against the subject) */
        if ((ng_clause_fam(c, k) & NG_FAM_OPPOSE_NOUN) && !is(r, k + 1, "between")) {
            uint32_t j = k + 1;
            if (is(r, j, "by") || is(r, j, "from")) {
                int a = ng_clause_object(c, j, BODY, 5);
                if (a < 0)
                    continue;
                int b = -1;
                for (uint32_t m = c->a[a].te; m < c->se && m < c->a[a].te + 4; m++)
                    if (in(r, m, WORDS("against", "on", "targeting", "in")) && !is(r, m, "in")) {
                        b = ng_clause_object(c, m, BODY, 4);
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
            if (is(r, j, "against") || (is(r, j, "on") && !in(r, k, WORDS("fighting", "push")))) {
                int b = ng_clause_object(c, j, BODY, 4);
                if (b < 0)
                    continue;
                int a = -1;
                /* "A's offensive against B" */
                if (k >= c->sb + 2 && (c->d->t->tok[k - 1].flags & NG_TOK_POSS))
                    a = ng_clause_arg(c, k - 2);
                else if (k >= c->sb + 1 && ng_clause_arg(c, k - 1) >= 0)
                    a = ng_clause_arg(c, k - 1); /* "coalition strikes on ..." */
                if (a < 0 || !ng_clause_fits(c, a, BODY))
                    a = ng_clause_subject(c, k, NG_NEED_ORG | NG_NEED_COUNTRY);
                /* "IS claimed (responsibility for) an attack on B": the claimer,
                 * which the reported-speech rule would otherwise skip */
                for (uint32_t m = k; a < 0 && m > c->sb + 1 && k - m < 6;) {
                    m--;
                    if (in(r, m, WORDS("claimed", "claims", "claiming"))) {
                        int i = ng_clause_arg(c, m - 1);
                        if (i >= 0 && ng_clause_fits(c, i, BODY))
                            a = i;
                        break;
                    }
                }
                if (a >= 0 && !ng_clause_negated(c, k))
                    emit(r, a, b, NG_REL_OPPOSES);
                continue;
            }
        }
        /* "clashes between A and B", "fighting (broke out) between A and B" */
        uint32_t btw = k + 1;
        if (in(r, k, WORDS("clashes", "clash", "fighting", "fight", "battles", "battle",
                           "skirmishes", "war", "hostilities")) &&
            in(r, k + 1, WORDS("broke", "erupted", "raged", "flared", "continued", "resumed")))
            btw = is(r, k + 2, "out") ? k + 3 : k + 2;
        if ((ng_clause_fam(c, k) & (NG_FAM_OPPOSE_VERB | NG_FAM_OPPOSE_NOUN)) &&
            is(r, btw, "between")) {
            int a = ng_clause_object(c, btw, BODY, 4);
            int b = -1;
            if (a >= 0 && c->a[a].te < c->se && is(r, c->a[a].te, "and"))
                b = ng_clause_object(c, c->a[a].te, BODY, 3);
            if (a >= 0 && b >= 0 && !ng_clause_negated(c, k))
                emit(r, a, b, NG_REL_OPPOSES);
            continue;
        }
        /* "A fought alongside B", "A has fought for B": allies, not enemies */
        if ((ng_clause_fam(c, k) & NG_FAM_OPPOSE_VERB) &&
            (in(r, k + 1, WORDS("alongside", "beside")) ||
             (is(r, k + 1, "for") && in(r, k, WORDS("fought", "fight", "fights", "fighting"))))) {
            int b = ng_clause_object(c, k + 1, is(r, k + 1, "for") ? AGENT : BODY, 3);
            int a = b >= 0 ? ng_clause_agent(c, k, BODY) : -1;
            if (a >= 0 && !ng_clause_negated(c, k))
                emit(r, a, b, NG_REL_SUPPORTS);
            continue;
        }
        /* active verbs: "A attacked B", "A clashed with B", "end B's rule" */
        if ((ng_clause_fam(c, k) & NG_FAM_OPPOSE_VERB) && !ng_clause_negated(c, k)) {
            uint32_t j = in(r, k + 1, WORDS("with", "against", "on")) ? k + 1 : k;
            int b = ng_clause_object(c, j, BODY, 3);
            if (b < 0)
                continue;
            /* "B leader killed in US raid": a preposition before the
             * argument makes it no direct object (here the verb is passive) */
            int prep = 0;
            for (uint32_t m = j + 1; m < c->a[b].tb; m++)
                if (in(r, m, WORDS("in", "during", "at", "after", "before", "near", "from",
                                   "since", "for", "into", "by", "over", "under", "amid",
                                   "following", "despite")))
                    prep = 1;
            if (prep)
                continue;
            int a = ng_clause_agent(c, k, BODY);
            if (a >= 0)
                emit(r, a, b, NG_REL_OPPOSES);
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

static const char *const member_roles[] = {
    "spokesman", "spokeswoman", "spokesperson", "commander", "leader", "head", "chief",
    "official", "officer", "member", "fighter", "militant", "activist", "researcher",
    "fellow", "analyst", "director", "founder", "co-founder", "chairman", "chairwoman",
    "president", "envoy", "ambassador", "minister", "adviser", "advisor", "aide",
    "journalist", "correspondent", "reporter", "emir", "cleric", "representative",
    "secretary", "deputy", "negotiator", "coordinator", "general", "colonel", "soldier",
    "operative", "recruit", "lawmaker", "senator", "governor", "mayor", "expert", "lecturer",
    "professor", "scholar", "employee", "staffer", "volunteer", "organiser", "organizer",
    "campaigner", "executive", "manager", "editor", "co-chair", "co-chairman", "chair",
    "lieutenant", "captain", "major", "sergeant", "emissary", "delegate", "mediator",
    "investigator", "monitor", "photographer", "producer", "economist", "strategist",
    "specialist", "consultant", "officials", "commanders", "members", "leaders", NULL};

void ng_rel_member_of(rel *r)
{
    const ng_clause *c = r->c;
    for (size_t i = 0; i < c->n; i++) {
        const ng_rel_arg *a = &c->a[i];
        if (a->kind != NG_KIND_ACTOR)
            continue;
        if (!a->person) {
            /* "SDF spokesman Mustafa Bali", "An SDF spokesman, Mustafa Bali" */
            uint32_t k = a->te;
            if (k < c->se && (c->d->t->tok[k].flags & NG_TOK_POSS))
                k++;
            if (k < c->se && !(ng_clause_fam(c, k) & NG_FAM_ROLE) && ng_clause_lower(c, k) && k + 1 < c->se &&
                (ng_clause_fam(c, k + 1) & NG_FAM_ROLE))
                k++; /* "SDF military commander" */
            if (k >= c->se || !(ng_clause_fam(c, k) & NG_FAM_ROLE)) {
                /* "the head of the SDF, Mazloum Abdi": role of ORG, PERSON */
                if (a->tb >= c->sb + 2 && a->te + 1 < c->se && ng_clause_punct(c, a->te, ",")) {
                    uint32_t of = a->tb - 1;
                    if (of > c->sb && is(r, of - 1, "the"))
                        of--; /* "of the SDF" */
                    if (is(r, of, "the") && of > c->sb)
                        of--;
                    int p = ng_clause_arg(c, a->te + 1);
                    if (is(r, of, "of") && of > c->sb && (ng_clause_fam(c, of - 1) & NG_FAM_ROLE) &&
                        p >= 0 && ng_clause_fits(c, p, NG_NEED_PERSON) &&
                        !ng_clause_negated(c, a->tb))
                        emit(r, p, (int)i, NG_REL_MEMBER_OF);
                }
                continue;
            }
            uint32_t j = k + 1;
            /* "UN Secretary-General Antonio Guterres" */
            while (j + 1 < c->se && (c->d->t->tok[j].flags & NG_TOK_HYPHEN) &&
                   ng_clause_arg(c, j + 1) < 0 && (c->d->t->tok[j + 1].flags & NG_TOK_WORD))
                j += 2;
            if (j < c->se && ng_clause_punct(c, j, ","))
                j++;
            int p = ng_clause_arg(c, j);
            if (p >= 0 && ng_clause_fits(c, p, NG_NEED_PERSON) && !ng_clause_negated(c, a->tb))
                emit(r, p, (int)i, NG_REL_MEMBER_OF);
            continue;
        }
        /* "Usama Hasan, head of Islamic Studies at Quilliam International",
         * "Mostafa Bali, an SDF spokesman", "Adnan Afrin, a commander with the SDF" */
        if (a->te >= c->se || !ng_clause_punct(c, a->te, ","))
            continue;
        /* "Rami Abdel Rahman, who heads the Syrian Observatory" */
        if (is(r, a->te + 1, "who") &&
            in(r, a->te + 2, WORDS("heads", "headed", "leads", "led", "runs", "ran", "founded",
                                   "directs", "directed", "chairs", "chaired", "commands",
                                   "commanded", "co-founded", "co-chairs"))) {
            int org = ng_clause_object(c, a->te + 2, NG_NEED_ORG, 3);
            if (org >= 0 && !ng_clause_negated(c, a->te + 2))
                emit(r, (int)i, org, NG_REL_MEMBER_OF);
            continue;
        }
        uint32_t k = a->te + 1;
        for (uint32_t steps = 0; k < c->se && steps < 7; k++, steps++) {
            int j = ng_clause_arg(c, k);
            if (j >= 0) {
                /* ", an SDF spokesman", ", the SDF's spokesman" */
                uint32_t after = c->a[j].te;
                if (after < c->se && (c->d->t->tok[after].flags & NG_TOK_POSS)) {
                    after++;
                    /* "Save the Children's Syria response director" */
                    for (int skip = 0; skip < 3 && after + 1 < c->se &&
                                       !(ng_clause_fam(c, after) & NG_FAM_ROLE) &&
                                       (ng_clause_lower(c, after) ||
                                        (ng_clause_arg(c, after) >= 0 &&
                                         c->a[ng_clause_arg(c, after)].kind == NG_KIND_PLACE));
                         skip++)
                        after = ng_clause_arg(c, after) >= 0 ? c->a[ng_clause_arg(c, after)].te
                                                              : after + 1;
                }
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
            if ((ng_clause_fam(c, k) & NG_FAM_ROLE)) {
                uint32_t m = k + 1;
                /* "envoy to the coalition" represents someone else there;
                 * "adviser to" belongs */
                int to_ok = in(r, k, WORDS("adviser", "advisor", "aide", "secretary",
                                           "spokesman", "spokeswoman", "spokesperson"));
                if (m < c->se && (in(r, m, WORDS("of", "for", "with", "at", "in", "from")) ||
                                  (to_ok && is(r, m, "to"))))
                {
                    int org = ng_clause_object(c, m, NG_NEED_ORG, 12);
                    /* "head of the coalition fighting IS": IS is the coalition's
                     * enemy, not the organisation of the person */
                    for (uint32_t q = m + 1; org >= 0 && q < c->a[org].tb; q++)
                        if ((ng_clause_lower(c, q) && ing_word(r, q)) ||
                            in(r, q, WORDS("that", "which", "who", "against", "than")))
                            org = -1;
                    if (org >= 0)
                        emit(r, (int)i, org, NG_REL_MEMBER_OF);
                }
                break;
            }
        }
    }
}


void ng_relation_actor_families(void)
{
    ng_clause_family_add(support_verbs, NG_FAM_SUPPORT | NG_FAM_SUPPORT_VERB);
    ng_clause_family_add(support_participles, NG_FAM_SUPPORT_PART);
    ng_clause_family_add(WORDS("support", "backing", "help", "assistance", "aid", "partner",
                               "partners", "ally", "allies", "proxy", "proxies", "affiliate",
                               "affiliates", "client", "allied", "affiliated", "aligned", "part"),
                         NG_FAM_SUPPORT);
    ng_clause_family_add(oppose_verbs, NG_FAM_OPPOSE | NG_FAM_OPPOSE_VERB);
    ng_clause_family_add(oppose_nouns, NG_FAM_OPPOSE | NG_FAM_OPPOSE_NOUN);
    ng_clause_family_add(member_roles, NG_FAM_ROLE);
}
