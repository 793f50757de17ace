/* clause.c - clause structure of a sentence: asides, subjects, objects, coordination, negation */
#include "clause.h"

#include <string.h>

enum { ZONE_PAREN = 1, ZONE_DASH = 2, ZONE_REL = 3, ZONE_PARTICIPLE = 4 };

#define TK(c, k) ((c)->d->t->tok[k])

/* Asides nested deeper than this are part of the innermost one. */
#define ASIDE_DEPTH 32
/* The tokens looked at, in a clause's search for: */
#define OPENING_SUBJECT_REACH 4 /* a participle's subject opening the sentence */
#define FRONTED_SUBJECT_REACH 6 /* the subject after a fronted clause's comma */
#define NOUN_PHRASE_BACK 4      /* the determiner of a noun phrase before a participle */
#define APPOSITION_BACK 6       /* the comma of an apposition */
#define CLOSED_APPOSITION_REACH 24 /* back from the comma that closes an apposition */
#define NEGATION_BACK 6         /* a negation before a trigger */
#define NEGATION_THAT_BACK 3    /* ... before the "that" opening its clause */
#define DATELINE_REACH 14       /* tokens before the "(" of a dateline's agency */
#define PLACE_PHRASE_REACH 4    /* "and the nearby border town of X": words to "of" */

int ng_clause_in_words(const ng_clause *c, uint32_t k, const char *const *words)
{
    if (k >= c->se || !TK(c, k).flen)
        return 0;
    const char *f = ng_tokens_fold(c->d->t, k);
    size_t n = TK(c, k).flen;
    for (; *words; words++)
        if ((*words)[0] == f[0] && ng_span_equals(f, n, *words))
            return 1;
    return 0;
}

int ng_clause_trigger(const ng_clause *c, uint32_t k)
{
    if (k >= c->se || !(TK(c, k).flags & NG_TOK_WORD) || (TK(c, k).flags & NG_TOK_NUMBER))
        return 0;
    if (TK(c, k).flags & NG_TOK_LOWER)
        return 1;
    if (ng_clause_lower(c, k)) /* a headline: "Syrian Army Enters Manbij" */
        return 1;
    uint32_t first = c->sb;
    while (first < k && !(TK(c, first).flags & NG_TOK_WORD))
        first++;
    return first == k && !(TK(c, k).flags & NG_TOK_UPPER);
}

int ng_clause_punct(const ng_clause *c, uint32_t k, const char *p)
{
    if (k >= c->se || !(TK(c, k).flags & NG_TOK_PUNCT))
        return 0;
    const char *t = c->d->text + TK(c, k).start;
    size_t n = TK(c, k).len;
    for (size_t i = 0; i < n; i++) /* stops at p's end */
        if (t[i] != p[i] || !p[i])
            return 0;
    return p[n] == 0;
}

static int is_boundary(const ng_clause *c, uint32_t k)
{
    const ng_token *t = &TK(c, k);
    if (!(t->flags & NG_TOK_PUNCT) || (t->flags & NG_TOK_HYPHEN))
        return 0;
    if (t->flags & (NG_TOK_DASH | NG_TOK_QUOTE))
        return 1;
    const char *p = c->d->text + t->start;
    return *p == ',' || *p == ';' || *p == ':' || *p == '.' || *p == '!' || *p == '?' ||
           *p == '(' || *p == ')' || *p == '[' || *p == ']';
}

/* Do argument kinds a and b make one list ("the US, France and Qatar":
 * states and organisations may stand in one list of actors)? */
static int same_list_kind(const ng_rel_arg *a, const ng_rel_arg *b)
{
    int actor_a = a->kind == NG_KIND_ACTOR || !strcmp(a->category, "country");
    int actor_b = b->kind == NG_KIND_ACTOR || !strcmp(b->category, "country");
    /* not a town and a state ("SURUC, Turkey") */
    return actor_a == actor_b && (actor_a || a->kind == b->kind);
}

/* Can the token at k follow the last name of a list? Not a lower-case
 * word other than a preposition or "and"/"or": "fought IS and Turkey sent
 * troops" ends the list at IS. */
static int list_may_end(const ng_clause *c, uint32_t k)
{
    if (k >= c->se || !ng_clause_lower(c, k))
        return 1;
    return (c->fam[k - c->sb] & NG_FAM_PREPOSITION) || ng_clause_is(c, k, "and") ||
           ng_clause_is(c, k, "or");
}

/* The argument right after the separator at k of a list, passing ", and"
 * and determiners ("Belgium, the Netherlands"), or -1. */
static int list_item_after(const ng_clause *c, uint32_t k)
{
    uint32_t j = k + 1;
    if (ng_clause_punct(c, k, ",") && (ng_clause_is(c, j, "and") || ng_clause_is(c, j, "or")))
        j++;
    while (j < c->se && (c->fam[j - c->sb] & NG_FAM_DETERMINER) && ng_clause_lower(c, j))
        j++;
    return j < c->se ? c->arg_at[j - c->sb] : -1;
}

/* Is token k a passive participle with its agent after it (", led by X",
 * ", held by X", ", backed by X")? */
static int by_participle(const ng_clause *c, uint32_t k)
{
    if (k + 1 >= c->se || !ng_clause_lower(c, k) || !ng_clause_is(c, k + 1, "by"))
        return 0;
    const char *f = ng_tokens_fold(c->d->t, k);
    uint32_t n = TK(c, k).flen;
    return n >= 3 && (!memcmp(f + n - 2, "ed", 2) || !memcmp(f + n - 2, "en", 2) ||
                      ng_clause_is(c, k, "held") || ng_clause_is(c, k, "run"));
}

/* Does argument j open an apposition of its own, a passive participle
 * with its agent (", backed by X")? Then it is a new conjunct, not the
 * next name of a list ("backed by the US, and the army, backed by
 * Russia, ..."). */
static int has_own_agent(const ng_clause *c, int j)
{
    uint32_t e = c->a[j].te;
    return e + 1 < c->se && ng_clause_punct(c, e, ",") && by_participle(c, e + 1);
}

/* Does the comma at k go on with a list of names ("backed by the US,
 * France and Qatar,")? Then an aside open there stays open. */
static int list_goes_on(const ng_clause *c, uint32_t k)
{
    if (k <= c->sb || c->arg_at[k - 1 - c->sb] < 0)
        return 0;
    int i = c->arg_at[k - 1 - c->sb], j = list_item_after(c, k);
    if (j < 0 || !same_list_kind(&c->a[i], &c->a[j]) || has_own_agent(c, j))
        return 0;
    uint32_t e = c->a[j].te;
    if (ng_clause_is(c, k + 1, "and") || ng_clause_is(c, k + 1, "or"))
        return e >= c->se || ng_clause_punct(c, e, ",") || ng_clause_punct(c, e, ".");
    return e < c->se && (ng_clause_punct(c, e, ",") || ng_clause_is(c, e, "and") ||
                         ng_clause_is(c, e, "or"));
}

/* A dateline opening the sentence: capitalised words, commas and numbers,
 * then "(Agency)" and a dash ("ERBIL, Iraq (AP) -"). Returns the dash's
 * token, else 0. */
static uint32_t dateline_end(const ng_clause *c)
{
    for (uint32_t k = c->sb; k < c->se && k < c->sb + DATELINE_REACH; k++) {
        const ng_token *t = &TK(c, k);
        if (ng_clause_punct(c, k, "(")) {
            uint32_t m = k + 1;
            while (m < c->se && m < k + 4 && (TK(c, m).flags & NG_TOK_CAP))
                m++;
            if (m == k + 1 || m + 1 >= c->se || !ng_clause_punct(c, m, ")"))
                return 0;
            const ng_token *d = &TK(c, m + 1);
            return (d->flags & (NG_TOK_DASH | NG_TOK_HYPHEN)) && (d->flags & NG_TOK_SPACE) ? m + 1 : 0;
        }
        if ((t->flags & NG_TOK_WORD) && !(t->flags & (NG_TOK_CAP | NG_TOK_NUMBER)))
            return 0;
        /* "RAQQA, Syria — ": a place in capitals, no agency */
        if (k > c->sb + 1 && (TK(c, c->sb).flags & NG_TOK_UPPER) &&
            ng_clause_punct(c, c->sb + 1, ",") && (t->flags & (NG_TOK_DASH | NG_TOK_HYPHEN)) &&
            (t->flags & NG_TOK_SPACE))
            return k;
    }
    return 0;
}

int ng_clause_init(ng_clause *c, const ng_rel_doc *d, const ng_sentence *s,
                   const ng_rel_arg *a, size_t n)
{
    c->d = d;
    c->s = s;
    c->a = a;
    c->n = n;
    c->sb = s->tok_begin;
    c->se = s->tok_end;
    if (c->se - c->sb > NG_CLAUSE_MAX)
        return -1;
    /* the loops keep what they read and count in locals: the byte arrays
     * they write (zone) may alias anything */
    const uint32_t sb = c->sb, se = c->se, len = se - sb;
    const uint32_t *fam = d->fam + sb;
    c->fam = fam;
    unsigned sent_fam = 0, hyphens = 0, marks = 0, actors = 0, places = 0;
    int16_t *arg_at = c->arg_at;
    memset(arg_at, 0xff, len * sizeof *arg_at); /* -1: no argument */
    for (uint32_t k = 0; k < len; k++)
        sent_fam |= fam[k];
    for (size_t i = 0; i < n; i++) {
        uint32_t tb = a[i].tb, te = a[i].te < se ? a[i].te : se;
        hyphens |= tb < sb;
        actors += a[i].kind == NG_KIND_ACTOR;
        places += a[i].kind == NG_KIND_PLACE;
        for (uint32_t k = tb < sb ? sb : tb; k < te; k++)
            arg_at[k - sb] = (int16_t)i;
    }
    c->sent_fam = sent_fam;
    c->actors = actors;
    c->places = places;
    /* asides: (...), – ... –, ", which/who ..." up to the next comma */
    uint8_t stack[ASIDE_DEPTH], kind[NG_CLAUSE_ASIDES];
    int top = 0;
    unsigned next = 1;
    stack[0] = 0;
    kind[0] = 0;
    c->zone_start[0] = sb;
    const ng_token *tok = d->t->tok;
    const char *text = d->text;
    uint8_t *zone = c->zone;
    for (uint32_t k = sb; k < se; k++) {
        const ng_token *t = &tok[k];
        uint8_t z = stack[top];
        if (!(t->flags & NG_TOK_PUNCT)) {
            zone[k - sb] = z; /* words neither open nor close asides */
            continue;
        }
        marks |= t->flags; /* a hyphen, a slash are punctuation */
        /* the one-byte punctuation this token is, if it is (as ng_clause_punct) */
        char p = t->len == 1 ? text[t->start] : 0;
        int open = 0, close = 0;
        if (p == '(' || p == '[')
            open = ZONE_PAREN;
        else if ((p == ')' || p == ']') && top &&
                 kind[stack[top]] == ZONE_PAREN)
            close = 1;
        else if ((t->flags & NG_TOK_DASH) && (t->flags & NG_TOK_SPACE))
            open = top && kind[stack[top]] == ZONE_DASH ? 0 : ZONE_DASH,
            close = !open;
        else if (p == ',' && top &&
                 (kind[stack[top]] == ZONE_REL || kind[stack[top]] == ZONE_PARTICIPLE) &&
                 !list_goes_on(c, k))
            close = 1;
        if (open && top < ASIDE_DEPTH - 1 && next < NG_CLAUSE_ASIDES) {
            stack[++top] = (uint8_t)next;
            kind[next] = (uint8_t)open;
            c->zone_start[next] = k;
            next++;
            z = stack[top];
        } else if (close) {
            top--;
        }
        zone[k - sb] = z;
        /* ", which ..." opens a relative clause after the comma; so does a
         * participial aside: ", backing the government,", ", backed by X," */
        if (p == ',' && k + 1 < se && top < ASIDE_DEPTH - 1 && next < NG_CLAUSE_ASIDES) {
            const ng_token *w = &tok[k + 1];
            const char *f = ng_tokens_fold(d->t, k + 1);
            /* ", led by X,", ", held by X,", ", backed by X," */
            int participle = ng_clause_lower(c, k + 1) &&
                             ((w->flen > 4 && !memcmp(f + w->flen - 3, "ing", 3)) ||
                              by_participle(c, k + 1));
            if (ng_clause_in(c, k + 1, NG_TL_RELATIVE) || participle) {
                stack[++top] = (uint8_t)next;
                kind[next] = participle ? ZONE_PARTICIPLE : ZONE_REL;
                c->zone_start[next] = k + 1;
                next++;
            }
        }
    }
    c->hyphens = hyphens | (marks & NG_TOK_HYPHEN);
    c->slashes = marks & NG_TOK_SLASH; /* read where a pair is: ng_clause_slash */
    /* what opened each aside: every one opened holds a token (an opening
     * mark, or the word after a comma); only those held are looked up */
    memcpy(c->zone_kind, kind, next);
    uint32_t dash = dateline_end(c);
    if (dash && next < NG_CLAUSE_ASIDES) {
        /* the dateline is an aside of its own, what follows its dash the
         * main clause ("ERBIL, Iraq (AP) - Kurdish fighters drove IS out"
         * says nothing of Iraq) */
        uint8_t after = dash + 1 < c->se ? c->zone[dash + 1 - c->sb] : 0;
        if (after && c->zone_start[after] == dash)
            for (uint32_t k = dash + 1; k < c->se; k++)
                if (c->zone[k - c->sb] == after)
                    c->zone[k - c->sb] = 0;
        for (uint32_t k = c->sb; k <= dash; k++)
            c->zone[k - c->sb] = (uint8_t)next;
        c->zone_start[next] = c->sb;
        c->zone_kind[next] = ZONE_PAREN;
    }
    return 0;
}

int ng_clause_fits(const ng_clause *c, int i, unsigned need)
{
    if (i < 0)
        return 0;
    const ng_rel_arg *a = &c->a[i];
    if ((need & NG_NEED_ACTOR) && a->kind == NG_KIND_ACTOR)
        return 1;
    if ((need & NG_NEED_ORG) && a->kind == NG_KIND_ACTOR && !a->person)
        return 1;
    if ((need & NG_NEED_PERSON) && a->kind == NG_KIND_ACTOR && a->person)
        return 1;
    if ((need & NG_NEED_PLACE) && a->kind == NG_KIND_PLACE)
        return 1;
    if ((need & NG_NEED_COUNTRY) && a->kind == NG_KIND_PLACE &&
        strcmp(a->category, "country") == 0)
        return 1;
    if ((need & NG_NEED_EVENT) && a->kind == NG_KIND_EVENT)
        return 1;
    if ((need & NG_NEED_CAMP) && a->kind == NG_KIND_PLACE &&
        (!strcmp(a->category, "camp") || !strcmp(a->category, "prison")))
        return 1;
    return 0;
}

/* The word before argument i, passing over determiners, is a preposition
 * ("dozens of ISIS fighters" is a quantity, not a prepositional object). */
static int after_preposition(const ng_clause *c, int i)
{
    uint32_t k = c->a[i].tb;
    /* "in the Iraqi", "in northern Iraq", "near the north-eastern" */
    /* "from the Kurdish-led SDF": the modifier's words too */
    while (k > c->sb && ((c->fam[k - 1 - c->sb] & NG_FAM_DETERMINER) ||
                         ((c->fam[k - 1 - c->sb] & NG_FAM_DIRECTION) && ng_clause_lower(c, k - 1)) ||
                         (TK(c, k - 1).flags & NG_TOK_HYPHEN) ||
                         (k >= c->sb + 2 && (TK(c, k - 2).flags & NG_TOK_HYPHEN) &&
                          ng_clause_lower(c, k - 1)) ||
                         ((c->d->lex[k - 1] & (1u << NG_LEX_DEMONYM)) && c->arg_at[k - 1 - c->sb] < 0 &&
                          (TK(c, k - 1).flags & NG_TOK_WORD)) ||
                         /* "under Major General NAME" */
                         ((c->d->lex[k - 1] & (1u << NG_LEX_TITLE)) && c->arg_at[k - 1 - c->sb] < 0 &&
                          (TK(c, k - 1).flags & NG_TOK_CAP))))
        k--;
    if (k <= c->sb || !(c->fam[k - 1 - c->sb] & NG_FAM_PREPOSITION))
        return 0;
    if (ng_clause_is(c, k - 1, "of") && k >= c->sb + 2 &&
        ((c->fam[k - 2 - c->sb] & NG_FAM_QUANTITY) || (TK(c, k - 2).flags & NG_TOK_NUMBER)))
        return 0;
    return 1;
}

/* Is argument i the direct object of a verb right before it ("joined
 * ISIS", "captured the town of X")? Then it is no subject of a later verb
 * coordinated with that one ("joined ISIS and travelled to Raqqa"). */
static int after_verb(const ng_clause *c, int i)
{
    uint32_t k = c->a[i].tb;
    while (k > c->sb && (c->fam[k - 1 - c->sb] & NG_FAM_DETERMINER))
        k--;
    if (k <= c->sb || !ng_clause_lower(c, k - 1))
        return 0;
    const ng_token *t = &TK(c, k - 1);
    const char *f = ng_tokens_fold(c->d->t, k - 1);
    unsigned verbs = NG_FAM_SUPPORT_VERB | NG_FAM_OPPOSE_VERB | NG_FAM_CAPTURE_VERB |
                     NG_FAM_CONTROL_VERB | NG_FAM_MOVE_VERB | NG_FAM_HELD_VERB;
    /* "the U.S.-backed SDF": a modifier's participle is no verb */
    if (k >= c->sb + 2 && (TK(c, k - 2).flags & NG_TOK_HYPHEN))
        return 0;
    return (c->fam[k - 1 - c->sb] & verbs) ||
           (t->flen >= 5 && !memcmp(f + t->flen - 2, "ed", 2) && !(t->flags & NG_TOK_HYPHEN));
}

/* A reporting verb ("X said Y fled") separates the speaker from the clause. */
static int reporting_verb(const ng_clause *c, uint32_t k)
{
    return ng_clause_lower(c, k) && (c->d->lex[k] & (1u << NG_LEX_SPEECH_VERB)) &&
           !ng_clause_is(c, k, "according");
}

/* "The SDF said (on Tuesday) it had fully cleared ...": between the
 * reporting verb at j and the verb at k only a pronoun and words that are no
 * names or clauses of their own; the pronoun is the speaker. */
static int speaker_pronoun(const ng_clause *c, uint32_t j, uint32_t k)
{
    int pronoun = 0;
    for (uint32_t m = j + 1; m < k; m++) {
        if (c->arg_at[m - c->sb] >= 0 || !(TK(c, m).flags & NG_TOK_WORD))
            return 0;
        /* "Turkey said its warplanes struck": the speaker's instrument */
        if (ng_clause_is(c, m, "it") || ng_clause_is(c, m, "they") || ng_clause_is(c, m, "its") ||
            ng_clause_is(c, m, "their"))
            pronoun++;
        else if (ng_clause_lower(c, m) && (c->fam[m - c->sb] & (NG_FAM_SUPPORT_VERB |
                                                                 NG_FAM_OPPOSE_VERB |
                                                                 NG_FAM_CAPTURE_VERB |
                                                                 NG_FAM_MOVE_VERB)))
            return 0;
    }
    return pronoun == 1;
}

static int ing_form(const ng_clause *c, uint32_t k);

/* Does a subordinate clause with a subject of its own that names no
 * entity open at j ("... as rebels seized Damascus", "after the army
 * took Raqqa")? Then the verb after it is not the main subject's. */
static int own_subject_clause(const ng_clause *c, uint32_t j, uint32_t k)
{
    if (!(c->fam[j - c->sb] & NG_FAM_SUBORDINATOR) || j + 1 >= k || !ng_clause_lower(c, j))
        return 0;
    uint32_t w = j + 1;
    /* "since US-backed fighters drove IS out": a modifier of its own subject */
    if (c->arg_at[w - c->sb] >= 0)
        return ng_clause_compound(c, c->arg_at[w - c->sb]) != 0;
    /* "since Turkish-backed rebels expelled IS" */
    if (w + 2 < k && (TK(c, w + 1).flags & NG_TOK_HYPHEN) && ng_clause_lower(c, w + 2) &&
        (c->d->lex[w] & (1u << NG_LEX_DEMONYM)))
        return 1;
    if (!ng_clause_lower(c, w) || ing_form(c, w) || ng_clause_in(c, w, NG_TL_SUBORDINATE_PASS))
        return 0;
    if (ng_clause_is(c, j, "as") && (c->fam[w - c->sb] & NG_FAM_DETERMINER))
        return 0; /* "as a result", "as the group's capital" */
    return 1;
}

/* Is argument i the last of a list after a preposition that a comma
 * closes ("listed as a terrorist group by Turkey, the US and the EU, has
 * waged")? Then none of the list is a subject: returns its first
 * argument, else -1. */
static int closes_prepositional_list(const ng_clause *c, int i)
{
    uint32_t e = c->a[i].te, k = c->a[i].tb;
    if (e >= c->se || !ng_clause_punct(c, e, ","))
        return -1;
    while (k > c->sb && (c->fam[k - 1 - c->sb] & NG_FAM_DETERMINER) && ng_clause_lower(c, k - 1))
        k--;
    if (k <= c->sb || !ng_clause_is(c, k - 1, "and"))
        return -1;
    int first = i;
    for (int n = 0; n < 8; n++) {
        uint32_t sep = c->a[first].tb;
        while (sep > c->sb && (c->fam[sep - 1 - c->sb] & NG_FAM_DETERMINER) && ng_clause_lower(c, sep - 1))
            sep--;
        if (sep <= c->sb + 1 || !(ng_clause_is(c, sep - 1, "and") || ng_clause_punct(c, sep - 1, ",")))
            break;
        sep--;
        if (ng_clause_punct(c, sep - 1, ",") && ng_clause_is(c, sep, "and"))
            sep--; /* ", and" */
        int j = sep > c->sb ? c->arg_at[sep - 1 - c->sb] : -1;
        if (j < 0 || !same_list_kind(&c->a[first], &c->a[j]))
            break;
        first = j;
    }
    return first != i && after_preposition(c, first) ? first : -1;
}

/* "HTS-led rebels seized Hama": a leader written as the modifier of a
 * common noun acts through it; "the HTS-led Salvation Government" names
 * another actor, which acts itself. */
static int leads_common_noun(const ng_clause *c, int i)
{
    uint32_t k = ng_clause_compound(c, i);
    return k && ng_clause_in(c, k, NG_TL_LEADER_PARTICIPLE) && k + 1 < c->se &&
           ng_clause_lower(c, k + 1) && c->arg_at[k + 1 - c->sb] < 0;
}

/* "rebels led by HTS captured Aleppo and toppled Assad": the leader of
 * a common noun, written after it, acts through it too. */
static int led_common_noun(const ng_clause *c, int i)
{
    uint32_t k = c->a[i].tb;
    while (k > c->sb && (c->fam[k - 1 - c->sb] & NG_FAM_DETERMINER))
        k--;
    return k >= c->sb + 3 && ng_clause_is(c, k - 1, "by") &&
           ng_clause_in(c, k - 2, NG_TL_LEADER_PARTICIPLE) && ng_clause_trigger(c, k - 3) &&
           c->arg_at[k - 3 - c->sb] < 0 && !(c->fam[k - 3 - c->sb] & NG_FAM_PREPOSITION);
}

/* "HTS, a coalition dominated by the former Al-Qaeda affiliate once known
 * as the Nusra Front, controls": the comma at e closes an apposition that
 * opens with an article or a number after a name; that name, or -1. The
 * apposition holds no other comma, no ";" or ":" and no clause word. */
static int closed_apposition_head(const ng_clause *c, uint32_t e, unsigned need)
{
    for (uint32_t j = e; j > c->sb + 1 && e - j < CLOSED_APPOSITION_REACH;) {
        j--;
        if (ng_clause_punct(c, j, ",")) {
            if (j > c->sb && (TK(c, j - 1).flags & NG_TOK_NUMBER) &&
                (TK(c, j + 1).flags & NG_TOK_NUMBER))
                continue; /* "100,000" */
            if (!(ng_clause_in(c, j + 1, NG_TL_DETERMINER) ||
                  ng_clause_in(c, j + 1, NG_TL_APPOSITION_DET)) ||
                !ng_clause_lower(c, j + 1) || j + 2 >= e)
                return -1;
            int i = c->arg_at[j - 1 - c->sb];
            return i >= 0 && c->zone[j - 1 - c->sb] == c->zone[e - c->sb] &&
                           ng_clause_fits(c, i, need)
                       ? i
                       : -1;
        }
        if (ng_clause_punct(c, j, ";") || ng_clause_punct(c, j, ":") ||
            (ng_clause_lower(c, j) && (c->fam[j - c->sb] & NG_FAM_STOP)))
            return -1;
    }
    return -1;
}

static int subject_in(const ng_clause *c, uint32_t k, uint32_t from, unsigned need,
                      uint8_t zone)
{
    for (uint32_t j = from; j > c->sb;) {
        j--;
        int i = c->arg_at[j - c->sb];
        if (i < 0) {
            /* "X seized the base; the base was retaken by Y": a clause of its own */
            if (c->zone[j - c->sb] == zone && ng_clause_punct(c, j, ";"))
                return -1;
            if (c->zone[j - c->sb] == zone && k < c->se && own_subject_clause(c, j, k))
                return -1;
            /* "Turkey threatened to attack B", "vowed to crush B",
             * "responded by shelling B": a verb of saying before "to" or
             * "by" reports no clause of its own */
            if (c->zone[j - c->sb] == zone && reporting_verb(c, j) && !ng_clause_is(c, j + 1, "to") &&
                !ng_clause_is(c, j + 1, "by")) {
                if (k < c->se && speaker_pronoun(c, j, k))
                    return subject_in(c, j, j, need, zone);
                return -1;
            }
            continue;
        }
        j = c->a[i].tb;
        if (c->zone[j - c->sb] != zone)
            continue;
        if (!ng_clause_fits(c, i, need) || ng_clause_prefixed(c, i) ||
            (ng_clause_compound(c, i) && !leads_common_noun(c, i)))
            continue;
        if ((after_preposition(c, i) && !led_common_noun(c, i)) || after_verb(c, i))
            continue;
        int first = closes_prepositional_list(c, i);
        if (first >= 0) {
            j = c->a[first].tb; /* past the whole list */
            continue;
        }
        /* the last name of an apposition right before the verb: "A, a
         * coalition led by B, controls P" is said of A */
        uint32_t v = c->a[i].te;
        if (v < k && ng_clause_punct(c, v, ",")) {
            uint32_t m = v + 1;
            while (m < k && ng_clause_lower(c, m) && c->arg_at[m - c->sb] < 0 &&
                   (ng_clause_in(c, m, NG_TL_PASSIVE_AUX) || ng_clause_in(c, m, NG_TL_PERFECT_AUX) ||
                    ng_clause_in(c, m, NG_TL_CONTROL_ADVERB)))
                m++;
            int h = m == k ? closed_apposition_head(c, v, need) : -1;
            if (h >= 0)
                return h;
        }
        /* "A, B's former affiliate, dominates", "A, the main US partner,
         * fought": the possessor or modifier of an apposition is not its
         * head */
        uint32_t e = c->a[i].te;
        if (e < c->se && ((TK(c, e).flags & NG_TOK_POSS) ||
                          (ng_clause_lower(c, e) &&
                           ((c->fam[e - c->sb] & NG_FAM_ROLE) ||
                            ng_clause_in(c, e, NG_TL_SUPPORT_PARTNER_NOUN) ||
                            ng_clause_in(c, e, NG_TL_STATE_MODIFIED_NOUN))))) {
            int h = ng_clause_appositive_head(c, c->a[i].tb, need);
            if (h >= 0)
                return h;
        }
        return i;
    }
    return -1;
}

int ng_clause_subject(const ng_clause *c, uint32_t k, unsigned need)
{
    if (k < c->sb || k >= c->se)
        return -1;
    uint8_t z = c->zone[k - c->sb];
    int i = subject_in(c, k, k, need, z);
    if (i >= 0 || z == 0)
        return i;
    /* inside an aside: the subject is what the aside describes; a
     * participle's implied subject is the clause's ("Trump said ..., announcing") */
    uint32_t start = c->zone_start[z];
    uint8_t outer = start > c->sb ? c->zone[start - 1 - c->sb] : 0;
    if (c->zone_kind[z] == ZONE_PARTICIPLE) {
        /* ", backed by X," describes the name before its comma ("the SDF,
         * backed by the US, and the army, backed by Russia": the army) */
        if (by_participle(c, start)) {
            int h = ng_clause_appositive_head(c, start, need);
            if (h >= 0)
                return h;
        }
        /* the clause's subject: an entity that opens the sentence ("Iran,
         * backing ...,"); a later noun is an object ("leave Syria, announcing") */
        for (uint32_t j = c->sb; j < start && j < c->sb + OPENING_SUBJECT_REACH; j++) {
            int i = c->arg_at[j - c->sb];
            if (i >= 0)
                return c->zone[j - c->sb] == 0 && ng_clause_fits(c, i, need) &&
                               !ng_clause_compound(c, i) && !after_preposition(c, i)
                           ? i
                           : -1;
        }
        return -1;
    }
    if (start > c->sb) {
        int j = c->arg_at[start - 1 - c->sb];
        if (j < 0 && start >= c->sb + 2 && ng_clause_punct(c, start - 1, ","))
            j = c->arg_at[start - 2 - c->sb];
        if (j >= 0 && ng_clause_fits(c, j, need))
            return j;
    }
    return subject_in(c, k, start, need, outer);
}

/* "After capturing Tabqa, the SDF moved ...": the subject of a fronted
 * phrase comes after its comma. */
static int fronted_subject(const ng_clause *c, uint32_t k, unsigned need)
{
    uint32_t first = c->sb;
    while (first < c->se && !(TK(c, first).flags & NG_TOK_WORD))
        first++;
    if (first >= k || !ng_clause_in(c, first, NG_TL_CLAUSE_OPENER))
        return -1;
    /* "After (having) captured Tabqa, the SDF": no subject of its own
     * between the opener and the verb ("After Turkish troops seized Afrin,
     * Erdogan vowed" says nothing of Erdogan) */
    for (uint32_t m = first + 1; m < k; m++) {
        uint32_t n = TK(c, m).flen;
        if (!ing_form(c, m) && !ng_clause_in(c, m, NG_TL_MODAL_PASS) &&
            !(ng_clause_lower(c, m) && n > 3 && !memcmp(ng_tokens_fold(c->d->t, m) + n - 2, "ly", 2)))
            return -1;
    }
    uint32_t comma = k;
    while (comma < c->se && !ng_clause_punct(c, comma, ","))
        comma++;
    for (uint32_t j = comma + 1; j < c->se && j < comma + FRONTED_SUBJECT_REACH; j++) {
        int i = c->arg_at[j - c->sb];
        if (i >= 0)
            return ng_clause_fits(c, i, need) ? i : -1;
        if (!(TK(c, j).flags & NG_TOK_WORD) || !ng_clause_in(c, j, NG_TL_DETERMINER))
            if (!ng_clause_lower(c, j))
                return -1;
    }
    return -1;
}

/* Is the token at k a lower-case word ending in "ing"? */
static int ing_form(const ng_clause *c, uint32_t k)
{
    uint32_t n = TK(c, k).flen;
    return ng_clause_lower(c, k) && n > 4 && !memcmp(ng_tokens_fold(c->d->t, k) + n - 3, "ing", 3);
}

/* "the coalition fighting IS": a participle right after a common noun has
 * that noun, not a name further back, as its agent. */
static int noun_before_participle(const ng_clause *c, uint32_t k)
{
    if (k <= c->sb || !ing_form(c, k) || !ng_clause_lower(c, k - 1) ||
        c->arg_at[k - 1 - c->sb] >= 0)
        return 0;
    uint32_t n = TK(c, k - 1).flen;
    if (n > 2 && !memcmp(ng_tokens_fold(c->d->t, k - 1) + n - 2, "ly", 2))
        return 0; /* an adverb: "reportedly backing" */
    if (ng_clause_in(c, k - 1, NG_TL_FUNCTION_WORD))
        return 0;
    /* a noun phrase: a determiner a few lower-case words back ("the
     * coalition", "a US-led coalition"), not "fighters were seen crossing" */
    for (uint32_t j = k - 1; j > c->sb && k - j <= NOUN_PHRASE_BACK;) {
        j--;
        if (ng_clause_in(c, j, NG_TL_NOUN_DETERMINER))
            return 1;
        if (!(TK(c, j).flags & NG_TOK_HYPHEN) && c->arg_at[j - c->sb] < 0 &&
            !ng_clause_lower(c, j))
            return 0;
        if (ng_clause_in(c, j, NG_TL_FUNCTION_WORD))
            return 0;
    }
    return 0;
}

/* Is argument i led by "under" ("the Tiger Forces under (Major General)
 * NAME")? Then it is no agent of the verb after it. */
static int after_under(const ng_clause *c, int i)
{
    uint32_t k = c->a[i].tb;
    while (k > c->sb && (c->d->lex[k - 1] & (1u << NG_LEX_TITLE)) && c->arg_at[k - 1 - c->sb] < 0 &&
           (TK(c, k - 1).flags & NG_TOK_CAP))
        k--;
    return k > c->sb && ng_clause_is(c, k - 1, "under");
}

/* Is argument i the object of "backed by", "armed by (the)": a backer? */
static int after_backer(const ng_clause *c, int i)
{
    uint32_t b = c->a[i].tb;
    while (b > c->sb && (c->fam[b - 1 - c->sb] & NG_FAM_DETERMINER))
        b--;
    return b >= c->sb + 2 && ng_clause_is(c, b - 1, "by") &&
           (c->fam[b - 2 - c->sb] & NG_FAM_SUPPORT_PART);
}

int ng_clause_agent(const ng_clause *c, uint32_t k, unsigned need)
{
    if (noun_before_participle(c, k))
        return -1;
    if (k > c->sb) {
        int i = c->arg_at[k - 1 - c->sb];
        /* "rebels led by Hayat Tahrir al-Sham (HTS) toppled": the name
         * before a bracketed short form of it */
        if (i < 0 && k >= c->sb + 4 && ng_clause_punct(c, k - 1, ")")) {
            int alias = c->arg_at[k - 2 - c->sb];
            if (alias >= 0 && c->a[alias].tb >= c->sb + 2 && ng_clause_punct(c, c->a[alias].tb - 1, "(") &&
                c->a[alias].te == k - 1)
                i = c->arg_at[c->a[alias].tb - 2 - c->sb];
            if (i >= 0 && c->a[i].ent != c->a[alias].ent)
                i = -1;
        }
        /* not "the Desert Hawks under Brigadier NAME stormed", nor "rebels
         * backed by Turkey took": the backer is no agent */
        if (i >= 0 && ng_clause_fits(c, i, need) && !ng_clause_compound(c, i) &&
            !after_under(c, i) && !after_backer(c, i))
            return i;
        if (k > c->sb + 1 && ng_clause_in(c, k - 1, NG_TL_RELATIVE_AGENT)) {
            uint32_t j = k - 2;
            if (ng_clause_punct(c, j, ",") && j > c->sb)
                j--;
            i = c->arg_at[j - c->sb];
            if (i >= 0 && ng_clause_fits(c, i, need))
                return i;
        }
    }
    int i = ng_clause_subject(c, k, need);
    return i >= 0 ? i : fronted_subject(c, k, need);
}

int ng_clause_appositive_head(const ng_clause *c, uint32_t k, unsigned need)
{
    uint32_t j = k;
    for (int steps = 0; j > c->sb && steps < APPOSITION_BACK; steps++) {
        if (ng_clause_punct(c, j - 1, ","))
            break;
        /* "an Arab and Kurdish force": demonyms are no names */
        if (!ng_clause_lower(c, j - 1) && !(TK(c, j - 1).flags & NG_TOK_HYPHEN) &&
            !((c->d->lex[j - 1] & (1u << NG_LEX_DEMONYM)) && c->arg_at[j - 1 - c->sb] < 0))
            return -1;
        j--;
    }
    if (j <= c->sb + 1 || !ng_clause_punct(c, j - 1, ","))
        return -1;
    uint32_t e = j - 1; /* the comma */
    if (e > c->sb && (ng_clause_punct(c, e - 1, ")") || ng_clause_punct(c, e - 1, "]"))) {
        while (e > c->sb && !ng_clause_punct(c, e - 1, "(") && !ng_clause_punct(c, e - 1, "["))
            e--;
        if (e > c->sb)
            e--;
    }
    if (e <= c->sb)
        return -1;
    int i = c->arg_at[e - 1 - c->sb];
    return i >= 0 && ng_clause_fits(c, i, need) ? i : -1;
}

/* Is argument i written as "X-backed", "X-led": a backer, not the thing named? */
static int backer_modifier(const ng_clause *c, int i)
{
    uint32_t k = ng_clause_compound(c, i);
    return k && ng_clause_in(c, k, NG_TL_BACKER_PARTICIPLE);
}

/* Does the place argument i name where a smaller thing is ("the Raqqa
 * roundabout", "Baghuz market")? Then the place is not the object. */
static int modifies_noun(const ng_clause *c, int i)
{
    uint32_t e = c->a[i].te;
    return e < c->se && ng_clause_lower(c, e) && (TK(c, e).flags & NG_TOK_SPACE) &&
           ng_clause_in(c, e, NG_TL_LANDMARK);
}

/* Is place argument i written as where something is, after a locative
 * preposition later than k ("strikes on Kurdish groups in Syria", "trained
 * by the militants in Syria")? Then it is no actor object of k. */
static int locative_after(const ng_clause *c, int i, uint32_t k)
{
    uint32_t m = c->a[i].tb;
    while (m > k + 1 && ((c->fam[m - 1 - c->sb] & (NG_FAM_DETERMINER | NG_FAM_DIRECTION)) &&
                         ng_clause_lower(c, m - 1)))
        m--;
    return m > k + 1 && ng_clause_lower(c, m - 1) && ng_clause_in(c, m - 1, NG_TL_LOCATIVE_PREP);
}

int ng_clause_object(const ng_clause *c, uint32_t k, unsigned need, uint32_t maxdist)
{
    uint32_t limit = k + maxdist;
    for (uint32_t j = k + 1; j < c->se && j <= limit; j++) {
        if (is_boundary(c, j) || (c->fam[j - c->sb] & NG_FAM_STOP))
            return -1;
        int i = c->arg_at[j - c->sb];
        if (i < 0) {
            if ((c->fam[j - c->sb] & NG_FAM_PREFIX) && j + 1 < c->se &&
                (TK(c, j + 1).flags & NG_TOK_HYPHEN))
                limit += 2; /* "anti-" is part of the modifier passed over below */
            continue;
        }
        int prefixed = ng_clause_prefixed(c, i), backer = backer_modifier(c, i);
        /* "arms the YPG-dominated SDF": a modifier of the name after it */
        uint32_t part = ng_clause_compound(c, i);
        if (part && part + 1 < c->se && c->arg_at[part + 1 - c->sb] >= 0)
            backer = 1;
        if (ng_clause_fits(c, i, need) && !prefixed && !backer &&
            !(c->a[i].kind == NG_KIND_PLACE && modifies_noun(c, i)) &&
            !(c->a[i].kind == NG_KIND_PLACE && !(need & NG_NEED_PLACE) && locative_after(c, i, k)))
            return i;
        /* a modifier passed over ("US-backed", "anti-ISIS") does not count
         * towards the distance */
        if (prefixed || backer)
            limit += (c->a[i].te - c->a[i].tb) + 2;
        j = c->a[i].te - 1;
    }
    return -1;
}

size_t ng_clause_coordinated(const ng_clause *c, int i, int *out, size_t max)
{
    size_t n = 0;
    uint32_t k = c->a[i].tb;
    while (n < max && k > c->sb + 1) {
        uint32_t sep = k - 1;
        if (!ng_clause_is(c, sep, "and") && !ng_clause_punct(c, sep, ",") &&
            !ng_clause_is(c, sep, "or"))
            break;
        /* ", and" */
        if (ng_clause_is(c, sep, "and") && sep > c->sb && ng_clause_punct(c, sep - 1, ","))
            sep--;
        int j = sep > c->sb ? c->arg_at[sep - 1 - c->sb] : -1;
        if (j < 0 || c->a[j].kind != c->a[i].kind)
            break;
        out[n++] = j;
        k = c->a[j].tb;
    }
    return n;
}

/* After "on December 5", "in March 2017", "on Sunday" starting at k: the
 * token after the date; else k. */
static uint32_t skip_date(const ng_clause *c, uint32_t k)
{
    const unsigned when = (1u << NG_LEX_MONTH) | (1u << NG_LEX_WEEKDAY);
    if (!(ng_clause_is(c, k, "on") || ng_clause_is(c, k, "in")) || k + 1 >= c->se ||
        !((c->d->lex[k + 1] & when) || (TK(c, k + 1).flags & NG_TOK_NUMBER)))
        return k;
    uint32_t j = k + 1;
    while (j < c->se && ((c->d->lex[j] & when) || (TK(c, j).flags & NG_TOK_NUMBER)))
        j++;
    return j;
}

/* "and the nearby town of X", "and the border village of X", "and the
 * X district": the place noun phrase before a listed place, from j;
 * returns the token of the place, or j. Only determiners, directions and words of no relation
 * family come before the noun ("and moved to the town of X" is none). */
static uint32_t place_noun_phrase(const ng_clause *c, uint32_t j)
{
    for (uint32_t m = j; m < c->se && m < j + PLACE_PHRASE_REACH; m++) {
        if (m > j && c->arg_at[m - c->sb] >= 0 && (c->fam[m - 1 - c->sb] & NG_FAM_DETERMINER))
            return m; /* "and the Sheikh Maqsoud district" */
        if (!ng_clause_lower(c, m) || c->arg_at[m - c->sb] >= 0)
            return j;
        if ((c->d->lex[m] & (1u << NG_LEX_PLACE_NOUN)) && ng_clause_is(c, m + 1, "of"))
            return m + 2;
        if (c->fam[m - c->sb] &
            ~(unsigned)(NG_FAM_DETERMINER | NG_FAM_DIRECTION | NG_FAM_PLACE_AFTER | NG_FAM_PLACE_HEAD))
            return j;
        if (c->d->lex[m] & (1u << NG_LEX_SPEECH_VERB))
            return j;
    }
    return j;
}

size_t ng_clause_coordinated_after(const ng_clause *c, int i, int *out, size_t max)
{
    size_t n = 0;
    uint32_t k = c->a[i].te;
    while (n < max && k + 1 < c->se) {
        /* "captured Hama on December 5 and Homs" */
        k = skip_date(c, k);
        if (k + 1 >= c->se)
            break;
        uint32_t sep = k;
        if (!ng_clause_is(c, sep, "and") && !ng_clause_punct(c, sep, ",") &&
            !ng_clause_is(c, sep, "or"))
            break;
        /* ", and" */
        if (ng_clause_punct(c, sep, ",") && sep + 2 < c->se && ng_clause_is(c, sep + 1, "and"))
            sep++;
        int j = c->arg_at[sep + 1 - c->sb];
        if (j < 0 && c->a[i].kind == NG_KIND_PLACE) {
            uint32_t e = sep + 1;
            /* "took Raqqa and then Tabqa", "headed for Idlib and then for
             * Afrin", "and later to Azaz" */
            if ((ng_clause_is(c, e, "then") || ng_clause_is(c, e, "later")) && e + 1 < c->se) {
                e++;
                if (ng_clause_is(c, e, "for") || ng_clause_is(c, e, "to") ||
                    ng_clause_is(c, e, "into") || ng_clause_is(c, e, "toward") ||
                    ng_clause_is(c, e, "towards"))
                    e++;
            }
            uint32_t f = e < c->se ? place_noun_phrase(c, e) : e;
            j = f < c->se ? c->arg_at[f - c->sb] : -1;
        }
        if (j < 0 || c->a[j].kind != c->a[i].kind)
            break;
        out[n++] = j;
        k = c->a[j].te;
    }
    return n;
}

size_t ng_clause_listed(const ng_clause *c, int i, int after, int *out, size_t max)
{
    size_t n = 0;
    int last = i;
    while (n < max) {
        int j = -1;
        if (after) {
            uint32_t sep = c->a[last].te;
            /* "the PKK/YPG terrorist group": a slash joins two names */
            int slash = sep + 1 < c->se && ng_clause_punct(c, sep, "/");
            if (sep + 1 >= c->se || !(ng_clause_punct(c, sep, ",") || ng_clause_is(c, sep, "and") ||
                                      ng_clause_is(c, sep, "or") || slash))
                break;
            j = slash ? c->arg_at[sep + 1 - c->sb] : list_item_after(c, sep);
            if (j >= 0 && !slash && (!list_may_end(c, c->a[j].te) || has_own_agent(c, j)))
                break;
        } else {
            uint32_t k = c->a[last].tb;
            while (k > c->sb && (c->fam[k - 1 - c->sb] & NG_FAM_DETERMINER) &&
                   ng_clause_lower(c, k - 1))
                k--;
            if (k <= c->sb + 1)
                break;
            uint32_t sep = k - 1;
            if (!ng_clause_is(c, sep, "and") && !ng_clause_punct(c, sep, ",") &&
                !ng_clause_is(c, sep, "or") && !ng_clause_punct(c, sep, "/"))
                break;
            if (!ng_clause_punct(c, sep, ",") && sep > c->sb && ng_clause_punct(c, sep - 1, ","))
                sep--; /* ", and" */
            j = sep > c->sb ? c->arg_at[sep - 1 - c->sb] : -1;
        }
        if (j < 0 || j == last || !same_list_kind(&c->a[i], &c->a[j]) || ng_clause_compound(c, j) ||
            ng_clause_prefixed(c, j))
            break;
        out[n++] = j;
        last = j;
    }
    /* "attacked IS and HTS fought": a list that is some verb's object or a
     * preposition's is no list of subjects */
    if (!after && n && (after_preposition(c, last) || after_verb(c, last)))
        return 0;
    return n;
}

int ng_clause_negated(const ng_clause *c, uint32_t k)
{
    uint32_t reach = NEGATION_BACK;
    for (uint32_t j = k, steps = 0; j > c->sb && steps < reach; steps++) {
        j--;
        if (is_boundary(c, j))
            break;
        if (c->fam[j - c->sb] & NG_FAM_NEGATION)
            return 1;
        /* "denied that", "no indication that", "dismissed reports that": a
         * negation or a denial just before the clause the trigger is in */
        if (reach > NEGATION_BACK && ng_clause_in(c, j, NG_TL_DENIAL))
            return 1;
        if ((c->fam[j - c->sb] & NG_FAM_STOP) && ng_clause_is(c, j, "that"))
            reach = steps + 1 + NEGATION_THAT_BACK;
    }
    return 0;
}

int ng_clause_unreal(const ng_clause *c, uint32_t k)
{
    /* one look back: the verb group before k (auxiliaries, "to", adverbs,
     * then a modal), and a hypothetical word opening the clause */
    int group = 1;
    for (uint32_t j = k, steps = 0; j > c->sb && steps < NEGATION_BACK; steps++) {
        j--;
        if (TK(c, j).flags & NG_TOK_PUNCT) {
            if (is_boundary(c, j))
                return 0;
            group = 0;
            continue;
        }
        /* the hypothetical words are stop words too: one bit test first */
        if ((c->fam[j - c->sb] & NG_FAM_STOP) && ng_clause_in(c, j, NG_TL_HYPOTHETICAL))
            return 1;
        if (!group)
            continue;
        if (!ng_clause_lower(c, j)) {
            group = 0;
            continue;
        }
        if (ng_clause_in(c, j, NG_TL_MODAL))
            return 1;
        uint32_t n = TK(c, j).flen;
        if (!ng_clause_in(c, j, NG_TL_MODAL_PASS) &&
            !(n > 3 && !memcmp(ng_tokens_fold(c->d->t, j) + n - 2, "ly", 2)))
            group = 0;
    }
    return 0;
}

size_t ng_clause_slashed(const ng_clause *c, int i, int *out)
{
    size_t n = 0;
    out[n++] = i;
    for (int j = ng_clause_slash(c, i, 0); j >= 0 && n < NG_CLAUSE_SLASHED; j = ng_clause_slash(c, j, 0))
        out[n++] = j;
    for (int j = ng_clause_slash(c, i, 1); j >= 0 && n < NG_CLAUSE_SLASHED; j = ng_clause_slash(c, j, 1))
        out[n++] = j;
    return n;
}

void ng_clause_emit_slashed(const ng_clause *c, const ng_rel_sink *sink, int src, int dst,
                            ng_relation type)
{
    int s[NG_CLAUSE_SLASHED], d[NG_CLAUSE_SLASHED];
    size_t ns = ng_clause_slashed(c, src, s), nd = ng_clause_slashed(c, dst, d);
    for (size_t i = 0; i < ns; i++)
        for (size_t j = 0; j < nd; j++)
            if (c->a[s[i]].ent == c->a[d[j]].ent)
                return; /* "the PYD/YPG": one pair, no relation within */
    for (size_t i = 0; i < ns; i++)
        for (size_t j = 0; j < nd; j++)
            sink->relation(sink->ud, c->a[s[i]].ent, c->a[d[j]].ent, type, NULL, c->s);
}
