/* relation.c - typed relations stated by a sentence: pattern families over entity slots
 *
 * Directions follow the annotation rules: the backer supports the backed,
 * the attacker opposes the target, the person is member_of the
 * organisation, the smaller place is located_in the larger or nearby one.
 * A negated or denied trigger states nothing.
 */
#include <string.h>

#include "clause.h"

#define WORDS(...) ((const char *const[]){__VA_ARGS__, NULL})

/* Who may be an actor in a relation: organisations, people and countries. */
#define AGENT (NG_NEED_ACTOR | NG_NEED_COUNTRY)
#define BODY (NG_NEED_ORG | NG_NEED_COUNTRY)

typedef struct rel {
    const ng_clause *c;
    const ng_rel_sink *sink;
} rel;

static void emit(rel *r, int src, int dst, ng_relation type)
{
    if (src < 0 || dst < 0 || r->c->a[src].ent == r->c->a[dst].ent)
        return;
    r->sink->relation(r->sink->ud, r->c->a[src].ent, r->c->a[dst].ent, type, NULL, r->c->s);
}

/* Emit for an argument and those coordinated with it ("the al-Hawl and Roj camps"). */
static void emit_coord_src(rel *r, int src, int dst, ng_relation type)
{
    int more[8];
    size_t n = src >= 0 ? ng_clause_coordinated(r->c, src, more, 8) : 0;
    emit(r, src, dst, type);
    for (size_t i = 0; i < n; i++)
        emit(r, more[i], dst, type);
}

static int place_rank(const ng_rel_arg *a);

/* Emit for a place and the places of its rank coordinated after it ("took
 * Raqqa and Tabqa"); a place of another rank starts something else ("took
 * Raqqa and Turkey sent troops"). */
static void emit_coord_dst(rel *r, int src, int dst, ng_relation type)
{
    int more[8];
    size_t n = dst >= 0 ? ng_clause_coordinated_after(r->c, dst, more, 8) : 0;
    emit(r, src, dst, type);
    for (size_t i = 0; i < n; i++) {
        int a = place_rank(&r->c->a[dst]), b = place_rank(&r->c->a[more[i]]);
        if (a != b && (a > 3 || b > 3))
            break;
        emit(r, src, more[i], type);
    }
}

static int is(const rel *r, uint32_t k, const char *w)
{
    return ng_clause_is(r->c, k, w);
}

static int in(const rel *r, uint32_t k, const char *const *w)
{
    return ng_clause_in(r->c, k, w);
}

static int place_rank(const ng_rel_arg *a)
{
    static const struct {
        const char *cat;
        int rank;
    } ranks[] = {{"region", 7},  {"country", 6},  {"province", 5}, {"district", 4},
                 {"capital", 3}, {"city", 3},     {"town", 3},     {"desert", 4},
                 {"river", 4},   {"sea", 6},      {"mountain", 3}, {NULL, 0}};
    for (int i = 0; ranks[i].cat; i++)
        if (ng_str_is(a->category, ranks[i].cat))
            return ranks[i].rank;
    return 2; /* villages, camps, prisons, neighbourhoods, bases, fields, unknown */
}

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
static void supports_compound(rel *r)
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

static void supports(rel *r)
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

static void opposes(rel *r)
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

/* ---- captured ------------------------------------------------------------------- */

static const char *const capture_verbs[] = {
    "captured", "capture",    "captures",  "capturing", "seized",     "seize",    "seizes",
    "seizing",  "took",       "take",      "takes",     "taking",     "taken",    "retook",
    "retake",   "retakes",    "retaking",  "retaken",   "recaptured", "recapture", "recaptures",
    "recapturing", "liberated", "liberate", "liberates", "liberating", "secured", "secure",
    "securing", "overran",    "overrun",   "overrunning", "stormed",  "storming", "conquered",
    "conquer",  "conquering", "regained",  "regain",    "won",        "gained",   "wrested",
    NULL};

/* After "took control of", "gained control of most of": the place. */
static uint32_t control_phrase(const rel *r, uint32_t k)
{
    uint32_t j = k;
    if (is(r, j + 1, "control") && is(r, j + 2, "of")) {
        j += 2;
        if (in(r, j + 1, WORDS("most", "much", "all", "parts", "part")) && is(r, j + 2, "of"))
            j += 2;
    }
    return j;
}

static void captured(rel *r)
{
    const ng_clause *c = r->c;
    for (uint32_t k = c->sb; k < c->se; k++) {
        if (ng_clause_arg(c, k) >= 0 || !(ng_clause_fam(c, k) & NG_FAM_CAPTURE) ||
            !ng_clause_trigger(c, k))
            continue;
        int passive = k > c->sb &&
                      in(r, k - 1, WORDS("was", "were", "been", "being", "is", "are", "be"));
        if ((ng_clause_fam(c, k) & NG_FAM_CAPTURE_VERB)) {
            if (ng_clause_negated(c, k))
                continue;
            if (passive) {
                /* "Raqqa was captured by the SDF"; "liberated from X" states no capture */
                if (!is(r, k + 1, "by"))
                    continue;
                int a = ng_clause_object(c, k + 1, AGENT, 5);
                int p = ng_clause_subject(c, k, NG_NEED_PLACE);
                if (a >= 0 && p >= 0)
                    emit_coord_dst(r, a, p, NG_REL_CAPTURED);
                continue;
            }
            /* "an offensive to recapture P", "vowed to take P": an aim, not a capture */
            if (k > c->sb && is(r, k - 1, "to"))
                continue;
            uint32_t j = control_phrase(r, k);
            if ((in(r, k, WORDS("won", "gained", "regained", "wrested", "regain")) && j == k))
                continue; /* "won" alone is not a capture */
            int p = ng_clause_object(c, j, NG_NEED_PLACE, 6);
            if (p < 0)
                continue;
            int a = ng_clause_agent(c, k, AGENT);
            if (a < 0)
                continue;
            emit_coord_dst(r, a, p, NG_REL_CAPTURED);
            /* "retook the town of Mayadeen from IS": and opposes IS */
            for (uint32_t m = c->a[p].te; m < c->se && m < c->a[p].te + 3; m++) {
                if (is(r, m, "from")) {
                    int b = ng_clause_object(c, m, BODY, 3);
                    if (b >= 0)
                        emit(r, a, b, NG_REL_OPPOSES);
                    break;
                }
            }
            continue;
        }
        /* "Raqqa fell to the SDF" */
        if (in(r, k, WORDS("fell", "falls", "fallen")) && is(r, k + 1, "to")) {
            int a = ng_clause_object(c, k + 1, AGENT, 4);
            int p = ng_clause_subject(c, k, NG_NEED_PLACE);
            if (a >= 0 && p >= 0 && !ng_clause_negated(c, k))
                emit_coord_dst(r, a, p, NG_REL_CAPTURED);
        }
    }
    /* "a campaign to recapture the Isis stronghold": opposes the holder */
    for (size_t i = 0; i < c->n; i++) {
        const ng_rel_arg *b = &c->a[i];
        if (!ng_clause_fits(c, (int)i, BODY) || b->te >= c->se)
            continue;
        if (!in(r, b->te, WORDS("stronghold", "strongholds", "territory", "positions", "enclave",
                                "bastion", "held")))
            continue;
        uint32_t k = b->tb;
        while (k > c->sb && in(r, k - 1, WORDS("the", "its", "last", "remaining", "final")))
            k--;
        if (k > c->sb && (ng_clause_fam(c, k - 1) & NG_FAM_CAPTURE_VERB) && !ng_clause_negated(c, k - 1)) {
            int a = ng_clause_subject(c, k - 1, BODY);
            if (a >= 0)
                emit(r, a, (int)i, NG_REL_OPPOSES);
        }
    }
}

/* ---- controls ------------------------------------------------------------------- */

static const char *const control_participles[] = {"held", "controlled", "occupied", "run",
                                                  "dominated", "ruled", NULL};
static const char *const control_verbs[] = {
    "controls", "controlled", "controlling", "holds",   "held",     "holding", "hold",
    "governs",  "governed",   "governing",   "rules",   "ruled",    "ruling",  "occupies",
    "occupied", "occupying",  "retains",     "retained", "retaining", "dominates",
    "dominated", "administers", "administered", "runs", NULL};
static const char *const seat_nouns[] = {"stronghold", "strongholds", "bastion", "capital",
                                         "centre", "center", "heartland", "seat", "hub",
                                         "fiefdom", "base", NULL};

/* "the group's", "its", "the jihadists'": the armed group the sentence is about. */
static int generic_possessor(const rel *r, uint32_t k)
{
    const ng_clause *c = r->c;
    if (is(r, k, "its") ||
        ((c->d->t->tok[k].flags & NG_TOK_POSS) && k > c->sb &&
         in(r, k - 1, WORDS("group", "militants", "jihadists", "extremists", "organisation",
                            "organization", "insurgents")))) {
        for (size_t i = 0; i < c->n; i++)
            if (c->a[i].kind == NG_KIND_ACTOR && !strcmp(c->a[i].category, "armed_group"))
                return (int)i;
    }
    return -1;
}

/* "IS-held territory in the village of Baghuz", "Isil-held Syria" */
static void controls_compound(rel *r)
{
    const ng_clause *c = r->c;
    for (size_t i = 0; i < c->n; i++) {
        uint32_t p = ng_clause_compound(c, (int)i);
        if (!p || !(ng_clause_fam(c, p) & NG_FAM_CONTROL_PART) || !ng_clause_fits(c, (int)i, AGENT))
            continue;
        int pl = ng_clause_object(c, p, NG_NEED_PLACE, 9);
        /* "Mosul, an IS-held city, was retaken": the apposition's head */
        if (pl < 0 && in(r, p + 1, WORDS("city", "town", "village", "area", "stronghold",
                                         "enclave", "pocket", "district", "province",
                                         "territory", "region", "neighbourhood", "suburb")))
            pl = ng_clause_appositive_head(c, c->a[i].tb, NG_NEED_PLACE);
        /* "IS-held areas near Hajin": somewhere by the place, not the place */
        for (uint32_t m = p + 1; pl >= 0 && c->a[pl].tb > p && m < c->a[pl].tb; m++)
            if (in(r, m, WORDS("near", "outside", "around", "beyond", "north", "south", "east",
                               "west", "km", "kilometres", "kilometers", "miles")))
                pl = -1;
        /* "Isil-held Syria" speaks of part of a country, not of the country */
        if (pl >= 0 && c->a[pl].tb == p + 1 && place_rank(&c->a[pl]) >= 6)
            continue;
        if (pl >= 0 && !ng_clause_negated(c, c->a[i].tb))
            emit(r, (int)i, pl, NG_REL_CONTROLS);
    }
}

static void controls(rel *r)
{
    const ng_clause *c = r->c;
    for (uint32_t k = c->sb; k < c->se; k++) {
        if (ng_clause_arg(c, k) >= 0 || !(ng_clause_fam(c, k) & NG_FAM_CONTROL) ||
            !ng_clause_trigger(c, k))
            continue;
        /* "in territory under the control of A" / "controlled by A": the place before */
        if ((is(r, k, "control") && k >= c->sb + 2 && is(r, k + 1, "of") &&
             (is(r, k - 1, "under") || (is(r, k - 1, "the") && is(r, k - 2, "under")))) ||
            (in(r, k, WORDS("controlled", "held", "run", "occupied")) && is(r, k + 1, "by"))) {
            int a = ng_clause_object(c, k + 1, AGENT, 5);
            int p = -1;
            for (uint32_t m = k; m > c->sb && p < 0 && k - m < 8;) {
                m--;
                int i = ng_clause_arg(c, m);
                if (i >= 0 && c->a[i].kind == NG_KIND_PLACE)
                    p = i;
            }
            if (a >= 0 && p >= 0 && !ng_clause_negated(c, k))
                emit(r, a, p, NG_REL_CONTROLS);
            continue;
        }
        /* "ISIS retains a foothold in Baghuz", "ruled a third of Syria" */
        if ((ng_clause_fam(c, k) & NG_FAM_CONTROL_VERB) && !(k > c->sb && in(r, k - 1, WORDS("was", "were", "is", "are", "been", "being")))) {
            uint32_t j = k;
            if (is(r, j + 1, "a") && in(r, j + 2, WORDS("foothold", "presence", "third", "half",
                                                         "quarter", "swathe", "swath", "pocket")))
                j += 2;
            if (in(r, j + 1, WORDS("parts", "swathes", "swaths", "much", "most", "territory")))
                j++;
            if (is(r, j + 1, "in") || is(r, j + 1, "of"))
                j++;
            if (j == k && is(r, k, "held"))
                continue; /* "held" with no object phrase: often "held in" (detention) */
            int p = ng_clause_object(c, j, NG_NEED_PLACE, 4);
            /* "hold positions north of Mosul", "held ground near Raqqa":
             * somewhere by the place, not the place */
            for (uint32_t m = j + 1; p >= 0 && m < c->a[p].tb; m++)
                if (in(r, m, WORDS("north", "south", "east", "west", "northeast", "northwest",
                                   "southeast", "southwest", "near", "outside", "around",
                                   "beyond", "close", "km", "kilometres", "kilometers", "miles")))
                    p = -1;
            int a = p >= 0 ? ng_clause_agent(c, k, AGENT) : -1;
            if (a >= 0 && !ng_clause_negated(c, k))
                emit_coord_dst(r, a, p, NG_REL_CONTROLS); /* "ruled a third of Syria and Iraq" */
            continue;
        }
        /* "Raqqa, the centre of Isil's caliphate", "Raqqa, the group's capital" */
        if ((ng_clause_fam(c, k) & NG_FAM_SEAT_NOUN)) {
            int a = -1;
            if (is(r, k + 1, "of")) {
                a = ng_clause_object(c, k + 1, NG_NEED_ORG, 3);
                if (a < 0 && (is(r, k + 2, "its") || is(r, k + 3, "its")))
                    a = generic_possessor(r, is(r, k + 2, "its") ? k + 2 : k + 3);
            }
            /* "A's (self-declared) capital of P" / "the A stronghold" */
            uint32_t m = k;
            while (m > c->sb && ng_clause_lower(c, m - 1) &&
                   in(r, m - 1, WORDS("self-declared", "self", "declared", "de", "facto",
                                      "former", "last", "main", "key", "final", "remaining",
                                      "biggest", "largest", "de-facto", "so-called", "called",
                                      "so", "major", "last-remaining", "effective")))
                m--;
            while (m > c->sb && (c->d->t->tok[m - 1].flags & NG_TOK_HYPHEN))
                m--; /* "self-declared" */
            while (m > c->sb && ng_clause_lower(c, m - 1) &&
                   in(r, m - 1, WORDS("self", "de", "so")))
                m--;
            if (a < 0 && m > c->sb) {
                uint32_t pm = m - 1;
                if ((c->d->t->tok[pm].flags & NG_TOK_POSS) ||
                    (ng_clause_punct(c, pm, "'") || ng_clause_punct(c, pm, "\xE2\x80\x99")))
                    pm = pm > c->sb ? pm - 1 : pm;
                int i = ng_clause_arg(c, pm);
                if (i >= 0 && ng_clause_fits(c, i, NG_NEED_ORG))
                    a = i;
                else
                    a = generic_possessor(r, m - 1);
            }
            if (a < 0 || ng_clause_negated(c, k))
                continue;
            /* the place: "capital of P", ", P" after, or "P, the ..." before */
            int p = -1;
            if (is(r, k + 1, "of"))
                p = ng_clause_object(c, k + 1, NG_NEED_PLACE, 3);
            if (p < 0 && k + 2 < c->se && ng_clause_punct(c, k + 1, ",")) {
                int i = ng_clause_arg(c, k + 2);
                if (i >= 0 && c->a[i].kind == NG_KIND_PLACE)
                    p = i;
            }
            if (p < 0) {
                /* appositive: "P, the centre of ..." or the sentence's topic place */
                uint32_t s0 = m;
                while (s0 > c->sb && ng_clause_lower(c, s0 - 1))
                    s0--;
                if (s0 > c->sb + 1 && ng_clause_punct(c, s0 - 1, ",")) {
                    int i = ng_clause_arg(c, s0 - 2);
                    if (i >= 0 && c->a[i].kind == NG_KIND_PLACE)
                        p = i;
                }
                if (p < 0 && c->n && c->a[0].kind == NG_KIND_PLACE && c->a[0].tb <= c->sb + 1 &&
                    (int)0 != a)
                    p = 0;
            }
            if (p >= 0 && c->a[p].kind == NG_KIND_PLACE &&
                !(c->a[p].tb > c->a[a].tb && c->a[p].tb < k)) /* not "Syria stronghold" */
                emit(r, a, p, NG_REL_CONTROLS);
        }
    }
}

/* ---- located_in ------------------------------------------------------------------- */

static const char *const directions[] = {
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "northern", "southern", "eastern", "western", "north-east", "north-west", "south-east",
    "south-west", "central", "north-eastern", "north-western", "south-eastern",
    "south-western", "northeastern", "northwestern", "southeastern", "southwestern",
    "neighbouring", "neighboring", "rural", "remote", "war-torn", NULL};

/* "Raqqa, Syria", "Syria's Raqqa city" */
static void located_in_places(rel *r)
{
    const ng_clause *c = r->c;
    for (size_t i = 0; i + 1 < c->n; i++) {
        const ng_rel_arg *a = &c->a[i], *b = &c->a[i + 1];
        if (a->kind != NG_KIND_PLACE || b->kind != NG_KIND_PLACE)
            continue;
        /* "Raqqa, Syria" and datelines "HASAKAH, Syria" */
        if (b->tb == a->te + 1 && ng_clause_punct(c, a->te, ",") &&
            place_rank(a) < place_rank(b) && place_rank(b) >= 5) {
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
        /* "Syria's Raqqa city", "Iraq's Mosul", "Syria's largest oil deposit, the al-Omar" */
        if (c->d->t->tok[big->te].flags & NG_TOK_POSS) {
            uint32_t k = big->te + 1;
            int small = -1;
            for (uint32_t steps = 0; k < c->se && steps < 6; k++, steps++) {
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
                /* "Turkey's incursion into Afrin" is not "Turkey's Afrin" */
                if (in(r, k, WORDS("into", "to", "in", "of", "from", "on", "against", "toward",
                                   "towards", "near", "at", "by", "with", "for")))
                    break;
            }
            /* a country's region is inside it: "Iraq's Kurdistan Region" */
            if (small >= 0 && (place_rank(&c->a[small]) < place_rank(big) ||
                               (!strcmp(big->category, "country") &&
                                !strcmp(c->a[small].category, "region"))))
                emit(r, small, (int)i, NG_REL_LOCATED_IN);
        }
    }
}

/* "P in Q", "P, a village near Q", "a town 50km from Q" */
static void located_in(rel *r)
{
    const ng_clause *c = r->c;
    for (uint32_t k = c->sb; k < c->se; k++) {
        if (ng_clause_arg(c, k) >= 0 || !(ng_clause_fam(c, k) & NG_FAM_LOCATE) ||
            !(ng_clause_lower(c, k) || (c->d->t->tok[k].flags & NG_TOK_NUMBER)))
            continue;
        /* "the city of Mayadin in Deir Ezzor", "camps in north-eastern Syria",
         * "a village near Hajin" */
        if (in(r, k, WORDS("in", "inside", "near", "outside", "within", "across", "on"))) {
            uint32_t j = k;
            while (j + 1 < c->se && ((ng_clause_fam(c, j + 1) & NG_FAM_DIRECTION) || is(r, j + 1, "the") ||
                                     (c->d->t->tok[j + 1].flags & NG_TOK_HYPHEN) ||
                                     in(r, j + 1, WORDS("part", "parts", "of", "bank", "banks",
                                                        "shore", "shores", "outskirts",
                                                        "edge", "edges"))))
                j++;
            int big = ng_clause_arg(c, j + 1);
            /* "in Iraq's Kurdistan Region": the region, which is in Iraq */
            if (big >= 0 && c->a[big].kind == NG_KIND_PLACE && c->a[big].te + 1 < c->se &&
                (c->d->t->tok[c->a[big].te].flags & NG_TOK_POSS)) {
                int inner = ng_clause_arg(c, c->a[big].te + 1);
                if (inner >= 0 && c->a[inner].kind == NG_KIND_PLACE)
                    big = inner;
            }
            if (big < 0 || c->a[big].kind != NG_KIND_PLACE ||
                (c->a[big].kind == NG_KIND_PLACE && place_rank(&c->a[big]) < 3 &&
                 !is(r, k, "near")))
                continue;
            /* "on" places a thing on a river or a coast only */
            if (is(r, k, "on") && strcmp(c->a[big].category, "river") != 0 &&
                strcmp(c->a[big].category, "sea") != 0 && strcmp(c->a[big].category, "lake") != 0)
                continue;
            /* the smaller place right before: "X in", "X province in", "X camps in",
             * "X, a village near" */
            uint32_t m = k;
            int steps = 0;
            while (m > c->sb && steps < 5 && ng_clause_arg(c, m - 1) < 0 &&
                   (ng_clause_lower(c, m - 1) || (c->d->t->tok[m - 1].flags & NG_TOK_POSS) ||
                    (c->d->lex[m - 1] & (1u << NG_LEX_DEMONYM)) ||
                    (c->d->t->tok[m - 1].flags & NG_TOK_HYPHEN) ||
                    (ng_clause_punct(c, m - 1, ",") && m - 1 > c->sb &&
                     ng_clause_arg(c, m - 2) >= 0 && steps >= 1))) {
                if (ng_clause_punct(c, m - 1, ",")) {
                    m--;
                    break;
                }
                uint32_t bits = c->d->lex[m - 1];
                /* "Sinjar, a Yazidi town in": an ethnic adjective is passed */
                if (!ng_clause_lower(c, m - 1) && (bits & (1u << NG_LEX_DEMONYM)) &&
                    (c->d->t->tok[m - 1].flags & NG_TOK_WORD)) {
                    m--;
                    steps++;
                    continue;
                }
                if (ng_clause_lower(c, m - 1) &&
                    !(bits & (1u << NG_LEX_PLACE_NOUN)) &&
                    !in(r, m - 1, WORDS("displaced", "refugee", "people", "camps", "detention",
                                        "province", "city", "town", "village", "camp", "area",
                                        "district", "governorate", "countryside", "oil",
                                        "field", "prison", "dam", "a", "an", "small", "large",
                                        "key", "strategic", "border", "remote", "desert",
                                        "lies", "lie", "lay", "located", "situated", "sits",
                                        "is")))
                    break;
                m--;
                steps++;
            }
            int small = m > c->sb ? ng_clause_arg(c, m - 1) : -1;
            /* "Erbil, in Iraq's Kurdistan Region", "al-Hol camp, in Hasakah
             * province": an apposition right after the smaller place. Not a list
             * of places ("in Raqqa, in Tabqa and in Manbij"), and only down the
             * ranks. */
            if (small < 0 && m == k && m > c->sb + 1 && ng_clause_punct(c, m - 1, ",") &&
                is(r, k, "in")) {
                int s2 = ng_clause_arg(c, m - 2);
                uint32_t after = c->a[big].te;
                int listed = after < c->se &&
                             (is(r, after, "and") || is(r, after, "or") ||
                              (ng_clause_punct(c, after, ",") && is(r, after + 1, "in")));
                if (s2 >= 0 && !listed && c->a[s2].kind == NG_KIND_PLACE &&
                    place_rank(&c->a[s2]) < place_rank(&c->a[big]))
                    small = s2;
            }
            /* equal ranks pass: a town in a province that shares a city's name */
            if (small < 0 || small == big || c->a[small].kind != NG_KIND_PLACE ||
                place_rank(&c->a[small]) > place_rank(&c->a[big]) ||
                place_rank(&c->a[small]) >= 6)
                continue;
            if (ng_clause_negated(c, k))
                continue;
            emit_coord_src(r, small, big, NG_REL_LOCATED_IN);
            continue;
        }
        /* "a town 50km from Raqqa", "95 kilometers east of Deir al-Zor" */
        if (in(r, k, WORDS("km", "kilometres", "kilometers", "kilometre", "kilometer", "miles",
                           "mile", "kms")) ||
            ((c->d->t->tok[k].flags & NG_TOK_WORD) && c->d->t->tok[k].flen > 2 &&
             (c->d->t->tok[k].flags & NG_TOK_NUMBER) &&
             (!memcmp(ng_tokens_fold(c->d->t, k) + c->d->t->tok[k].flen - 2, "km", 2)))) {
            uint32_t j = k;
            if ((ng_clause_fam(c, j + 1) & NG_FAM_DIRECTION))
                j++;
            if (!in(r, j + 1, WORDS("from", "of", "outside", "north", "south", "east", "west")))
                continue;
            j++;
            if (in(r, j, WORDS("north", "south", "east", "west")) && is(r, j + 1, "of"))
                j++;
            int big = ng_clause_object(c, j, NG_NEED_PLACE, 3);
            /* the place described: the nearest place before the distance */
            int small = -1;
            for (uint32_t m = k; m > c->sb && small < 0 && k - m < 8;) {
                m--;
                int i = ng_clause_arg(c, m);
                if (i >= 0 && c->a[i].kind == NG_KIND_PLACE)
                    small = i;
                else if (i >= 0)
                    break;
            }
            if (small >= 0 && big >= 0 && small != big && !ng_clause_negated(c, k))
                emit(r, small, big, NG_REL_LOCATED_IN);
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

static void member_of(rel *r)
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

/* ---- held_in --------------------------------------------------------------------- */

static const char *const held_verbs[] = {
    "held",     "detained",  "jailed",   "imprisoned", "interned", "housed",   "kept",
    "living",   "lives",     "live",     "lived",      "residing", "resides",  "staying",
    "stayed",   "discovered", "found",   "locked",     "rioted",   "rioting",  "incarcerated",
    "confined", "trapped",   "languishing", "languish", "sheltering", NULL};

static void held_in(rel *r)
{
    const ng_clause *c = r->c;
    for (uint32_t k = c->sb; k < c->se; k++) {
        if (ng_clause_arg(c, k) >= 0 || !(ng_clause_fam(c, k) & NG_FAM_HELD) ||
            !ng_clause_trigger(c, k))
            continue;
        /* "Al-Hawl is the camp where Brit ISIS bride Shamima Begum was discovered" */
        if (is(r, k, "where") && k >= c->sb + 3 &&
            in(r, k - 1, WORDS("camp", "prison", "jail", "facility", "centre", "center"))) {
            int camp = -1;
            for (uint32_t m = k - 1; m > c->sb && camp < 0 && k - m < 6;) {
                m--;
                int i = ng_clause_arg(c, m);
                if (i >= 0 && c->a[i].kind == NG_KIND_PLACE)
                    camp = i;
            }
            int who = -1;
            for (uint32_t m = k + 1; m < c->se && m < k + 10; m++) {
                int i = ng_clause_arg(c, m);
                if (i >= 0) {
                    if (c->a[i].kind == NG_KIND_ACTOR)
                        who = i; /* the last actor before the verb is the head */
                    m = c->a[i].te - 1;
                    continue;
                }
                if (ng_clause_lower(c, m) && in(r, m, WORDS("was", "is", "were", "are", "has",
                                                             "had", "have", "lives", "lived")))
                    break;
            }
            if (camp >= 0 && who >= 0 && !ng_clause_negated(c, k))
                emit(r, who, camp, NG_REL_HELD_IN);
            continue;
        }
        if (!(ng_clause_fam(c, k) & NG_FAM_HELD_VERB))
            continue;
        uint32_t j = k;
        if (is(r, j + 1, "up"))
            j++; /* "locked up in" */
        if (!in(r, j + 1, WORDS("in", "at", "inside")))
            continue;
        int camp = ng_clause_object(c, j + 1, NG_NEED_CAMP, 5);
        if (camp < 0)
            continue;
        int who = ng_clause_subject(c, k, NG_NEED_ACTOR);
        if (who >= 0 && !ng_clause_negated(c, k))
            emit(r, who, camp, NG_REL_HELD_IN);
    }
}

/* ---- moved_to -------------------------------------------------------------------- */

static const char *const move_verbs[] = {
    "moved",    "move",      "moves",     "moving",     "fled",       "flee",      "flees",
    "fleeing",  "advanced",  "advance",   "advances",   "advancing",  "relocated", "relocate",
    "relocating", "headed",  "heading",   "heads",      "retreated",  "retreat",   "retreating",
    "withdrew", "withdrawn", "withdrawing", "travelled", "traveled",  "travelling", "traveling",
    "went",     "crossed",   "crossing",  "cross",      "entered",    "entering",  "enter",
    "enters",   "arrived",   "arriving",  "returned",   "returning",  "escaped",   "escaping",
    "transferred", "transferring", "deployed", "deploying", "redeployed", "pushed", "pushing",
    "marched",  "marching",  "infiltrated", "repatriated", "evacuated", "ferried", "bused",
    "bussed",   "sent",      "drove",     "swept",      "stormed",    NULL};

/* Verbs whose object after "to" may come after a long phrase ("moved vast
 * sums of money ... to the city of Mayadin"). */
static const char *const carry_verbs[] = {"moved", "move", "moves", "moving", "relocated",
                                          "relocate", "relocating", "transferred",
                                          "transferring", "sent", "deployed", "redeployed",
                                          NULL};

static void moved_to(rel *r)
{
    const ng_clause *c = r->c;
    for (uint32_t k = c->sb; k < c->se; k++) {
        if (ng_clause_arg(c, k) >= 0 || !(ng_clause_fam(c, k) & NG_FAM_MOVE) ||
            !ng_clause_trigger(c, k))
            continue;
        /* "Turkey's incursion into northeast Syria" */
        if (in(r, k, WORDS("incursion", "offensive", "advance", "push", "move", "march",
                           "deployment", "redeployment", "entry", "withdrawal", "retreat")) &&
            in(r, k + 1, WORDS("into", "to", "toward", "towards")) && k >= c->sb + 2 &&
            (c->d->t->tok[k - 1].flags & NG_TOK_POSS)) {
            int a = ng_clause_arg(c, k - 2);
            uint32_t j = k + 1;
            while (j + 1 < c->se && (ng_clause_fam(c, j + 1) & NG_FAM_DIRECTION))
                j++;
            int p = ng_clause_object(c, j, NG_NEED_PLACE, 3);
            if (a >= 0 && ng_clause_fits(c, a, AGENT) && p >= 0 && !ng_clause_negated(c, k))
                emit_coord_dst(r, a, p, NG_REL_MOVED_TO);
            continue;
        }
        if (!(ng_clause_fam(c, k) & NG_FAM_MOVE_VERB) || ng_clause_negated(c, k))
            continue;
        int p = -1, carried = -1;
        uint32_t j = k;
        while (j + 1 < c->se && in(r, j + 1, WORDS("north", "south", "east", "west", "back",
                                                    "northwards", "southwards", "eastwards",
                                                    "westwards", "further", "deeper", "onward",
                                                    "directly")))
            j++;
        if (in(r, k, WORDS("entered", "entering", "enter", "enters", "crossed", "crossing",
                           "cross", "infiltrated", "stormed", "swept")) &&
            !in(r, j + 1, WORDS("into", "to"))) {
            p = ng_clause_object(c, j, NG_NEED_PLACE, 4);
        } else {
            uint32_t limit = (ng_clause_fam(c, k) & NG_FAM_CARRY_VERB) ? 22 : 6;
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
                if (in(r, m, WORDS("from", "out", "away")) && !(ng_clause_fam(c, k) & NG_FAM_CARRY_VERB)) {
                    /* "withdrew from Douma to Jarablus": the origin is passed over */
                    int o = is(r, m, "from") ? ng_clause_object(c, m, NG_NEED_PLACE, 3) : -1;
                    if (o >= 0 && in(r, c->a[o].te, WORDS("to", "into", "toward", "towards"))) {
                        m = c->a[o].te - 1;
                        continue;
                    }
                    break; /* movement away from a place */
                }
                if (in(r, m, WORDS("to", "into", "toward", "towards")) ||
                    (is(r, m, "for") && in(r, k, WORDS("headed", "heading", "heads", "left",
                                                       "bound")))) {
                    uint32_t q = m;
                    while (q + 1 < c->se && (ng_clause_fam(c, q + 1) & NG_FAM_DIRECTION))
                        q++;
                    p = ng_clause_object(c, q, NG_NEED_PLACE, 5);
                    break;
                }
                if (in(r, m, WORDS("which", "who", "that", "and", "after", "before", "when")) &&
                    !(ng_clause_fam(c, k) & NG_FAM_CARRY_VERB))
                    break;
                if (ng_clause_punct(c, m, ";") || ng_clause_punct(c, m, ":") ||
                    ng_clause_punct(c, m, "."))
                    break;
            }
        }
        if (p < 0)
            continue;
        int a = carried >= 0 && c->a[carried].tb < c->a[p].tb ? carried
                                                              : ng_clause_agent(c, k, AGENT);
        if (a >= 0 && a != p)
            emit_coord_dst(r, a, p, NG_REL_MOVED_TO);
    }
}

void ng_relations_find(const ng_clause *c, const ng_rel_sink *sink)
{
    if (c->n < 2)
        return;
    rel r = {c, sink};
    unsigned f = c->sent_fam;
    if (f & NG_FAM_SUPPORT)
        supports(&r);
    supports_compound(&r);
    if (f & NG_FAM_OPPOSE)
        opposes(&r);
    if (f & NG_FAM_CAPTURE)
        captured(&r);
    controls_compound(&r);
    if (f & NG_FAM_CONTROL)
        controls(&r);
    located_in_places(&r);
    if (f & NG_FAM_LOCATE)
        located_in(&r);
    member_of(&r);
    if (f & NG_FAM_HELD)
        held_in(&r);
    if (f & NG_FAM_MOVE)
        moved_to(&r);
}

void ng_relation_families(void)
{
    ng_clause_family_add(support_verbs, NG_FAM_SUPPORT | NG_FAM_SUPPORT_VERB);
    ng_clause_family_add(support_participles, NG_FAM_SUPPORT_PART);
    ng_clause_family_add(control_participles, NG_FAM_CONTROL_PART);
    ng_clause_family_add(WORDS("support", "backing", "help", "assistance", "aid", "partner",
                               "partners", "ally", "allies", "proxy", "proxies", "affiliate",
                               "affiliates", "client", "allied", "affiliated", "aligned", "part"),
                         NG_FAM_SUPPORT);
    ng_clause_family_add(oppose_verbs, NG_FAM_OPPOSE | NG_FAM_OPPOSE_VERB);
    ng_clause_family_add(oppose_nouns, NG_FAM_OPPOSE | NG_FAM_OPPOSE_NOUN);
    ng_clause_family_add(capture_verbs, NG_FAM_CAPTURE | NG_FAM_CAPTURE_VERB);
    ng_clause_family_add(WORDS("fell", "falls", "fallen"), NG_FAM_CAPTURE);
    ng_clause_family_add(control_verbs, NG_FAM_CONTROL | NG_FAM_CONTROL_VERB);
    ng_clause_family_add(WORDS("control", "controlled", "held", "run", "occupied"),
                         NG_FAM_CONTROL);
    ng_clause_family_add(seat_nouns, NG_FAM_CONTROL | NG_FAM_SEAT_NOUN);
    ng_clause_family_add(WORDS("in", "inside", "near", "outside", "within", "across", "on", "km",
                               "kilometres", "kilometers", "kilometre", "kilometer", "miles",
                               "mile", "kms"),
                         NG_FAM_LOCATE);
    ng_clause_family_add(held_verbs, NG_FAM_HELD | NG_FAM_HELD_VERB);
    ng_clause_family_add(WORDS("where"), NG_FAM_HELD);
    ng_clause_family_add(move_verbs, NG_FAM_MOVE | NG_FAM_MOVE_VERB);
    ng_clause_family_add(carry_verbs, NG_FAM_CARRY_VERB);
    ng_clause_family_add(member_roles, NG_FAM_ROLE);
    ng_clause_family_add(directions, NG_FAM_DIRECTION);
    ng_clause_family_add(WORDS("incursion", "offensive", "advance", "push", "move", "march",
                               "deployment", "redeployment", "entry", "withdrawal", "retreat"),
                         NG_FAM_MOVE);
}
