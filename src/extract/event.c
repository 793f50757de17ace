/* event.c - events told by a sentence: battles, sieges, air strikes, convoys, surrenders, ...
 *
 * An event is reported only with the place it happened in (occurred_in);
 * its key is its category and place, so the same event told in several
 * sentences or documents is one node. Actors of the sentence take part
 * (participates_in) with a role.
 */
#include <stdio.h>
#include <string.h>

#include "../core/buf.h"
#include "clause.h"

#define BODY (NG_NEED_ORG | NG_NEED_COUNTRY)
/* The longest event label ("Siege of Baghuz") kept. */
#define LABEL_CAP 512

typedef ng_event_trigger trigger;

/* Words allowed between a trigger and its place: "the town of", "eastern". */
static int filler(const ng_clause *c, uint32_t k)
{
    return ng_clause_in(c, k, NG_TL_EVENT_FILLER) || (c->d->t->tok[k].flags & NG_TOK_HYPHEN);
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
            !ng_clause_in(c, m, NG_TL_EVENT_PLACE_PASS))
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
    int agent = -1;
    int preceded_by_the = k > c->sb && ng_clause_in(c, k - 1, NG_TL_ARTICLE);
    if (t->verb && !preceded_by_the) {
        agent = ng_clause_agent(c, k, BODY | NG_NEED_ACTOR);
    } else {
        if (k >= c->sb + 2 && (c->d->t->tok[k - 1].flags & NG_TOK_POSS))
            agent = ng_clause_arg(c, k - 2);
        else if (k > c->sb && ng_clause_arg(c, k - 1) >= 0 &&
                 !ng_clause_compound(c, ng_clause_arg(c, k - 1)))
            agent = ng_clause_arg(c, k - 1); /* "coalition strikes" */
        if (agent < 0 && ng_clause_in(c, k + 1, NG_TL_EVENT_AGENT_PREP))
            agent = ng_clause_object(c, k + 1, BODY, NG_WINDOW(c, EVENT_BY_AGENT));
        for (uint32_t m = k; agent < 0 && m > c->sb && k - m < NG_WINDOW(c, EVENT_LAUNCH_BACK);) {
            m--;
            if (ng_clause_in(c, m, NG_TL_EVENT_LAUNCH_VERB))
                agent = ng_clause_agent(c, m, BODY);
        }
    }
    if (agent >= 0)
        take_part(c, sink, ev, agent, t->role);
    for (uint32_t m = k + 1; m + 1 < c->se && m < k + NG_WINDOW(c, EVENT_PARTICIPANT_REACH); m++) {
        if (ng_clause_is(c, m, "against"))
            take_part(c, sink, ev, ng_clause_object(c, m, BODY, NG_WINDOW(c, EVENT_TARGET)),
                      "target");
        if (ng_clause_is(c, m + 1, "by") &&
            ng_clause_in(c, m, NG_TL_MEDIATE_VERB))
            take_part(c, sink, ev, ng_clause_object(c, m + 1, BODY, NG_WINDOW(c, EVENT_MEDIATOR)),
                      "mediator");
    }
    for (uint32_t m = ng_clause_next_in(c, c->sb, NG_TL_MEDIATE_VERB_ANYWHERE); m + 1 < c->se;
         m = ng_clause_next_in(c, m + 1, NG_TL_MEDIATE_VERB_ANYWHERE))
        if (ng_clause_is(c, m + 1, "by") && (m < k || m > k + NG_WINDOW(c, EVENT_PARTICIPANT_REACH)))
            take_part(c, sink, ev, ng_clause_object(c, m + 1, BODY, NG_WINDOW(c, EVENT_MEDIATOR)),
                      "mediator");
    /* "a convoy of Syrian Isis fighters" */
    if (!strcmp(t->category, "convoy") && ng_clause_is(c, k + 1, "of"))
        take_part(c, sink, ev,
                  ng_clause_object(c, k + 1, NG_NEED_ACTOR, NG_WINDOW(c, CONVOY_OF_ACTOR)),
                  t->role);
    /* "strikes on IS-held areas": the holder is the target */
    for (size_t i = 0; i < c->n; i++) {
        uint32_t p = ng_clause_compound(c, (int)i);
        if (p && p > k && p < k + NG_WINDOW(c, EVENT_HELD_REACH) &&
            ng_clause_in(c, p, NG_TL_EVENT_HELD_PARTICIPLE) && (int)i != agent)
            take_part(c, sink, ev, (int)i, "target");
    }
}

static uint64_t trigger_mask(const ng_clause *c, uint32_t k);

void ng_events_find(const ng_clause *c, const ng_rel_sink *sink)
{
    if (!c->n || !(c->sent_fam & NG_FAM_EVENT))
        return;
    const ng_rel_doc *d = c->d;
    const ng_sentence *s = c->s;
    for (uint32_t k = ng_clause_next(c, c->sb, NG_FAM_EVENT); k < c->se;
         k = ng_clause_next(c, k + 1, NG_FAM_EVENT)) {
        uint64_t which = trigger_mask(c, k);
        for (const trigger *t = d->tr->events; which; t++, which >>= 1) {
            if (!(which & 1))
                continue;
            uint32_t j = k;
            if (t->after) {
                if (!ng_clause_in_words(c, k + 1, t->after))
                    continue;
                j = k + 1;
            }
            const char *prep = t->prep;
            int place;
            if (strcmp(t->category, "convoy") == 0) {
                /* "a convoy ... left the city for Deir el-Zour", "quit Raqqa" */
                place = -1;
                for (uint32_t m = k + 1;
                     m < c->se && m < k + NG_WINDOW(c, CONVOY_REACH) && place < 0; m++) {
                    if (ng_clause_in(c, m, NG_TL_CONVOY_FROM_WORD)) {
                        int i = event_place(c, m, NG_WINDOW(c, CONVOY_PLACE));
                        if (i >= 0)
                            place = i;
                    } else if (ng_clause_in(c, m, NG_TL_CONVOY_TO_WORD)) {
                        int i = event_place(c, m, NG_WINDOW(c, CONVOY_PLACE));
                        if (i >= 0) {
                            place = i;
                            prep = "to";
                        }
                    }
                }
            } else {
                place = event_place(c, j, NG_WINDOW(c, EVENT_PLACE));
            }
            if (place < 0 || ng_clause_negated(c, k))
                continue;
            char date[NG_DATE_CAP], name[LABEL_CAP];
            int has_date = ng_date_find(d, s, k, date);
            if (t->after && ng_clause_is(c, j, "in") && !strcmp(prep, "on"))
                prep = "in"; /* "attacks in Europe" */
            ng_buf_join(name, sizeof name,
                        (const char *const[]){t->head, " ", prep, " ", c->a[place].label}, 5);
            /* the words that tell it: up to the place when it is close */
            uint32_t end =
                c->a[place].tb > k && c->a[place].te <= k + NG_WINDOW(c, EVENT_LABEL_REACH)
                    ? c->a[place].te
                    : j + 1;
            uint32_t ev = sink->event(sink->ud, t->category, c->a[place].ent, name,
                                      has_date ? date : NULL, k, end);
            sink->relation(sink->ud, ev, c->a[place].ent, NG_REL_OCCURRED_IN, NULL, s);
            participants(c, sink, ev, k, t);
            break;
        }
    }
}

/* The event triggers (bit i: the model's trigger i) token k is a form of. */
static uint64_t trigger_mask(const ng_clause *c, uint32_t k)
{
    uint32_t w = c->d->wid[k];
    return w ? c->d->winfo[w - 1].events : 0;
}
