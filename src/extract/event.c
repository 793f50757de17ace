/* event.c - events told by a sentence: battles, sieges, air strikes, convoys, surrenders, ...
 *
 * An event is reported only with the place it happened in (occurred_in);
 * its key is its category and place, so the same event told in several
 * sentences or documents is one node. Actors of the sentence take part
 * (participates_in) with a role.
 */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "../core/buf.h"
#include "../core/map.h"
#include "clause.h"

#define WORDS(...) ((const char *const[]){__VA_ARGS__, NULL})
#define BODY (NG_NEED_ORG | NG_NEED_COUNTRY)

typedef struct trigger {
    const char *const *words; /* the trigger word forms */
    const char *const *after; /* the word that must follow, or NULL */
    const char *category;
    const char *head;         /* label: head, preposition, place ("Siege of Baghuz") */
    const char *prep;
    int verb;                 /* the trigger is a verb: its subject takes part */
    const char *role;         /* role of the agent */
} trigger;

static const trigger triggers[] = {
    {WORDS("battle", "battles"), WORDS("for", "of", "over"), "battle", "Battle", "of", 0,
     "combatant"},
    {WORDS("fighting", "clashes"), WORDS("in", "around", "near", "for"), "battle",
     "Battle", "of", 0, "combatant"},
    {WORDS("siege", "blockade"), WORDS("of", "on"), "siege", "Siege", "of", 0, "besieger"},
    {WORDS("besieged", "encircled", "besieging", "encircling"), NULL, "siege", "Siege", "of",
     1, "besieger"},
    {WORDS("siege"), WORDS("in"), "siege", "Siege", "of", 0, "besieger"},
    {WORDS("airstrikes", "airstrike", "strikes", "raids", "bombardment", "bombing",
           "bombings", "shelling"),
     WORDS("on", "in", "against", "targeting", "near", "of", "around", "across"), "air_strike",
     "Air strikes", "on", 0, "attacker"},
    {WORDS("offensive", "assault", "campaign", "operation", "push", "advance"),
     WORDS("on", "against", "in", "for", "into", "toward", "towards"), "offensive",
     "Offensive", "on", 0, "attacker"},
    {WORDS("offensive", "campaign", "operation", "bid"), WORDS("to"), "offensive",
     "Offensive", "on", 0, "attacker"},
    {WORDS("attack", "attacks"), WORDS("on", "in", "against"), "attack", "Attack", "on", 0,
     "attacker"},
    {WORDS("capture", "recapture", "seizure"), WORDS("of"), "capture", "Capture", "of", 0,
     "captor"},
    {WORDS("fall"), WORDS("of"), "capture", "Fall", "of", 0, "captor"},
    {WORDS("liberation"), WORDS("of"), "capture", "Liberation", "of", 0, "captor"},
    {WORDS("convoy", "convoys"), NULL, "convoy", "Convoy", "from", 0, "evacuee"},
    {WORDS("evacuated"), WORDS("from"), "evacuation", "Evacuation", "of", 1, "evacuee"},
    {WORDS("evacuation", "evacuations"), WORDS("from", "of"), "evacuation",
     "Evacuation", "of", 0, "evacuee"},
    {WORDS("surrendered", "surrendering"), WORDS("in", "at", "near"), "surrender",
     "Surrender", "at", 1, "surrendering"},
    {WORDS("surrender"), WORDS("in", "at", "near", "of"), "surrender", "Surrender", "at", 0,
     "surrendering"},
    {WORDS("released", "freed"), WORDS("from", "in"), "release", "Release", "in", 1,
     "released"},
    {WORDS("release"), WORDS("from", "in", "of"), "release", "Release", "in", 0, "released"},
    {WORDS("repatriated", "returned"), WORDS("to"), "repatriation", "Repatriation", "to", 1,
     "returnee"},
    {WORDS("repatriation"), WORDS("to", "from"), "repatriation", "Repatriation", "to", 0,
     "returnee"},
    {NULL, NULL, NULL, NULL, NULL, 0, NULL}};

/* Words allowed between a trigger and its place: "the town of", "eastern". */
static int filler(const ng_clause *c, uint32_t k)
{
    static const char *const f[] = {"the", "a", "an", "town", "city", "village", "of",
                                    "province", "area", "areas", "outskirts", "recapture",
                                    "capture", "retake", "take", "seize", "liberate",
                                    "control", "eastern", "western", "northern", "southern",
                                    "remaining", "last", "besieged", "key", "strategic",
                                    "rebel-held", "nearby", "prison", "camp", "enclave",
                                    "its", "their", "final", "jihadist", "militant", NULL};
    return ng_clause_in(c, k, f) || (c->d->t->tok[k].flags & NG_TOK_HYPHEN);
}

/* The place the trigger at k (with its following word at j) is about. */
static int event_place(const ng_clause *c, uint32_t j, uint32_t limit)
{
    for (uint32_t m = j + 1; m < c->se && m <= j + limit; m++) {
        int i = ng_clause_arg(c, m);
        if (i >= 0) {
            if (c->a[i].kind == NG_KIND_PLACE && !ng_clause_prefixed(c, i))
                return i;
            /* "IS-held areas in ...": pass over the actor */
            m = c->a[i].te - 1;
            continue;
        }
        if (!filler(c, m) && !(c->d->t->tok[m].flags & NG_TOK_NUMBER) &&
            !ng_clause_lower(c, m))
            return -1;
        if (ng_clause_lower(c, m) && !filler(c, m) &&
            !ng_clause_in(c, m, WORDS("in", "on", "near", "around", "from", "to", "for",
                                      "fighters", "militants", "civilians", "families")))
            return -1;
    }
    return -1;
}

static void take_part(const ng_clause *c, const ng_rel_sink *sink, uint32_t ev, int who,
                      const char *role)
{
    /* actors, and countries acting ("talks mediated by Qatar") */
    if (who >= 0 && ng_clause_fits(c, who, NG_NEED_ACTOR | NG_NEED_COUNTRY))
        sink->relation(sink->ud, c->a[who].ent, ev, NG_REL_PARTICIPATES_IN, role, c->s);
}

/* Who takes part, from what the sentence states explicitly: the subject of
 * a verb trigger ("the SDF besieged", "ISIS fighters surrendered"), "A's
 * offensive", "strikes by A", "A launched an offensive", "against A",
 * "IS-held", "a convoy of Isis fighters", "brokered by A". */
static void participants(const ng_clause *c, const ng_rel_sink *sink, uint32_t ev, uint32_t k,
                         const trigger *t)
{
    static const char *const launch[] = {"launched", "began", "begun", "started", "mounted",
                                         "waged", "led", "carried", "conducted", "intensified",
                                         "stepped", "resumed", "continued", "opened", NULL};
    int agent = -1;
    int preceded_by_the = k > c->sb && ng_clause_in(c, k - 1, WORDS("the", "a", "an"));
    if (t->verb && !preceded_by_the) {
        agent = ng_clause_agent(c, k, BODY | NG_NEED_ACTOR);
    } else {
        if (k >= c->sb + 2 && (c->d->t->tok[k - 1].flags & NG_TOK_POSS))
            agent = ng_clause_arg(c, k - 2);
        else if (k > c->sb && ng_clause_arg(c, k - 1) >= 0 &&
                 !ng_clause_compound(c, ng_clause_arg(c, k - 1)))
            agent = ng_clause_arg(c, k - 1); /* "coalition strikes" */
        if (agent < 0 && ng_clause_in(c, k + 1, WORDS("by", "from")))
            agent = ng_clause_object(c, k + 1, BODY, 5);
        for (uint32_t m = k; agent < 0 && m > c->sb && k - m < 5;) {
            m--;
            if (ng_clause_in(c, m, launch))
                agent = ng_clause_agent(c, m, BODY);
        }
    }
    if (agent >= 0)
        take_part(c, sink, ev, agent, t->role);
    for (uint32_t m = k + 1; m + 1 < c->se && m < k + 10; m++) {
        if (ng_clause_in(c, m, WORDS("against")))
            take_part(c, sink, ev, ng_clause_object(c, m, BODY, 4), "target");
        if (ng_clause_is(c, m + 1, "by") &&
            ng_clause_in(c, m, WORDS("brokered", "mediated", "negotiated", "arranged")))
            take_part(c, sink, ev, ng_clause_object(c, m + 1, BODY, 5), "mediator");
    }
    for (uint32_t m = c->sb; m + 1 < c->se; m++)
        if (ng_clause_is(c, m + 1, "by") &&
            ng_clause_in(c, m, WORDS("brokered", "mediated", "negotiated")) && (m < k || m > k + 10))
            take_part(c, sink, ev, ng_clause_object(c, m + 1, BODY, 5), "mediator");
    /* "a convoy of Syrian Isis fighters" */
    if (!strcmp(t->category, "convoy") && ng_clause_is(c, k + 1, "of"))
        take_part(c, sink, ev, ng_clause_object(c, k + 1, NG_NEED_ACTOR, 4), t->role);
    /* "strikes on IS-held areas": the holder is the target */
    for (size_t i = 0; i < c->n; i++) {
        uint32_t p = ng_clause_compound(c, (int)i);
        if (p && p > k && p < k + 6 && ng_clause_in(c, p, WORDS("held", "controlled")) &&
            (int)i != agent)
            take_part(c, sink, ev, (int)i, "target");
    }
}

static uint32_t trigger_mask(const ng_clause *c, uint32_t k);

void ng_events_find(const ng_clause *c, const ng_rel_sink *sink)
{
    if (!c->n || !(c->sent_fam & NG_FAM_EVENT))
        return;
    const ng_rel_doc *d = c->d;
    const ng_sentence *s = c->s;
    for (uint32_t k = c->sb; k < c->se; k++) {
        if (ng_clause_arg(c, k) >= 0 || !(ng_clause_fam(c, k) & NG_FAM_EVENT))
            continue;
        uint32_t which = trigger_mask(c, k);
        for (const trigger *t = triggers; t->words && which; t++, which >>= 1) {
            if (!(which & 1))
                continue;
            uint32_t j = k;
            if (t->after) {
                if (!ng_clause_in(c, k + 1, t->after))
                    continue;
                j = k + 1;
            }
            const char *prep = t->prep;
            int place;
            if (strcmp(t->category, "convoy") == 0) {
                /* "a convoy ... left the city for Deir el-Zour", "quit Raqqa" */
                place = -1;
                for (uint32_t m = k + 1; m < c->se && m < k + 14 && place < 0; m++) {
                    if (ng_clause_in(c, m, WORDS("from", "left", "leaving", "quit", "fled",
                                                  "out"))) {
                        int i = event_place(c, m, 4);
                        if (i >= 0)
                            place = i;
                    } else if (ng_clause_in(c, m, WORDS("to", "for", "toward", "towards",
                                                         "heading"))) {
                        int i = event_place(c, m, 4);
                        if (i >= 0) {
                            place = i;
                            prep = "to";
                        }
                    }
                }
            } else {
                place = event_place(c, j, 6);
            }
            if (place < 0 || ng_clause_negated(c, k))
                continue;
            char date[16], name[512];
            int has_date = ng_date_find(d, s, k, date);
            if (t->after && ng_clause_is(c, j, "in") && !strcmp(prep, "on"))
                prep = "in"; /* "attacks in Europe" */
            ng_buf_join(name, sizeof name,
                        (const char *const[]){t->head, " ", prep, " ", c->a[place].label}, 5);
            /* the words that tell it: up to the place when it is close */
            uint32_t end = c->a[place].tb > k && c->a[place].te <= k + 8 ? c->a[place].te : j + 1;
            uint32_t ev = sink->event(sink->ud, t->category, c->a[place].ent, name,
                                      has_date ? date : NULL, k, end);
            sink->relation(sink->ud, ev, c->a[place].ent, NG_REL_OCCURRED_IN, NULL, s);
            participants(c, sink, ev, k, t);
            break;
        }
    }
}

void ng_event_families(void)
{
    for (const trigger *t = triggers; t->words; t++)
        ng_clause_family_add(t->words, NG_FAM_EVENT);
}

/* word -> bit set of the triggers (by index) it is a form of */
static ng_strmap trigger_words;
static pthread_once_t trigger_once = PTHREAD_ONCE_INIT;

static void trigger_init(void)
{
    ng_strmap_init(&trigger_words);
    uint32_t bit = 1;
    for (const trigger *t = triggers; t->words; t++, bit <<= 1)
        for (const char *const *w = t->words; *w; w++) {
            uint32_t was = ng_strmap_get(&trigger_words, *w, strlen(*w));
            ng_strmap_set(&trigger_words, *w, strlen(*w), (was == NG_NONE ? 0 : was) | bit);
        }
}

static uint32_t trigger_mask(const ng_clause *c, uint32_t k)
{
    pthread_once(&trigger_once, trigger_init);
    const ng_token *tk = &c->d->t->tok[k];
    uint32_t v = ng_strmap_get(&trigger_words, ng_tokens_fold(c->d->t, k), tk->flen);
    return v == NG_NONE ? 0 : v;
}
