/* candidates.c - a sentence's candidate names: gazetteer matches and
 * capitalised runs, classified by the cues around them */
#include <pthread.h>
#include <stdlib.h>

#include "extractor_priv.h"
#include "text/name.h"

/* A sentence's gazetteer matches, up to this many, are sorted by insertion
 * (they come nearly in order); more by qsort. */
#define MATCHES_INSERTION_SORT_MAX 32
/* Tokens of the apposition after a name looked at for a role noun. */
#define ROLE_AFTER_REACH 6
/* The longest place preposition, in words ("to the north of"). */
#define PLACE_PREP_MAX_WORDS 4
/* The longest title, in words ("Deputy Foreign Minister"). */
#define TITLE_MAX_WORDS 4
/* Names of at most so many words: */
#define SPEAKER_MAX_WORDS 4         /* may be the speaker of a speech verb */
#define FULL_NAME_MAX_WORDS 3       /* a speaker is a person's full name */
#define PLACE_PREP_NAME_MAX_WORDS 3 /* after "in", "near": a place */
/* An acronym in capitals has this many letters ("US" to "HTS", "SOHR"). */
#define ACRONYM_MIN_LETTERS 2
#define ACRONYM_MAX_LETTERS 6
/* Words between the article and the place noun of an apposition (", two
 * Shia villages"). */
#define PLACE_APPOSITION_MODIFIERS 3
/* "Division 25": a unit's number has at most so many digits (not a year). */
#define UNIT_NUMBER_MAX_DIGITS 3
/* Connector tokens ("bin", "al-", "of the") inside one name. */
#define CONNECTOR_MAX_TOKENS 3
/* Words between a name and its second name ("whose real name is"). */
#define ALIAS_WORDS_MAX 6
/* Slots of the span-end map kept for a sentence of n candidates. */
#define SPAN_ENDS_KEEP(n) (8 * (n) + 64)

/* Is token k a word of trigger list l (data/triggers.tsv)? */
static int cand_in_list(const ng_extractor *x, size_t k, ng_trigger_list l)
{
    return ng_token_in_list(x, k, l);
}

/* The hash of token k's fold (not kept per token: 8 bytes a token). */
static uint64_t fold_hash(const ng_extractor *x, size_t k)
{
    return ng_hash_bytes(ng_tokens_fold(&x->t, k), x->t.tok[k].flen);
}

/* A new stamp for the model words seen in lower case. */
static void lower_stamp_next(ng_extractor *x)
{
    size_t nw = ng_model_word_count(x->model);
    if (x->n_lower_stamp != nw || ++x->stamp == 0) {
        /* a first document, another model, or the stamps came round */
        free(x->lower_stamp);
        x->lower_stamp = ng_xcalloc(nw + 1, sizeof *x->lower_stamp);
        x->n_lower_stamp = nw;
        x->stamp = 1;
    }
}

/* Tokens scanned at a time by ng_lowers_document. */
#define LOWERS_CHUNK 16384

void ng_lowers_document(ng_extractor *x)
{
    lower_stamp_next(x);
    ng_strmap_clear(&x->lower_folds);
    ng_tokens *t = &x->t0;
    for (size_t p = 0; p < x->len;) {
        t->count = 0;
        t->fold_len = 0;
        size_t q = ng_tokens_scan(t, x->text, x->len, p, LOWERS_CHUNK, SIZE_MAX, 0);
        for (size_t i = 0; i < t->count; i++) {
            const ng_token *tk = &t->tok[i];
            if ((tk->flags & (NG_TOK_WORD | NG_TOK_LOWER)) != (NG_TOK_WORD | NG_TOK_LOWER))
                continue;
            const char *f = ng_tokens_fold(t, i);
            const ng_word_info *w =
                tk->flen ? ng_model_word_hashed(x->model, f, tk->flen, ng_hash_bytes(f, tk->flen))
                         : NULL;
            if (w)
                x->lower_stamp[w->id + 1] = x->stamp;
            else
                ng_strmap_put(&x->lower_folds, f, tk->flen, 0, NULL);
        }
        if (q == p)
            break;
        p = q;
    }
    x->lowers_built = 1;
    x->lowers_doc = 1;
}

/* Does a folded word occur in lower case anywhere in the document? */
static int seen_lower(ng_extractor *x, size_t k)
{
    if (x->lowers_doc)
        return x->wid[k] ? x->lower_stamp[x->wid[k]] == x->stamp
                         : ng_strmap_get(&x->lower_folds, ng_tokens_fold(&x->t, k),
                                         x->t.tok[k].flen) != NG_NONE;
    if (!x->lowers_built) {
        lower_stamp_next(x);
        /* a model word by its id; another by the hash of its fold, to the
         * first token with it: no key is copied. The stamp is written for
         * every token, that of a word not in lower case or no model word
         * into slot 0, which is no word's: no branch on the case of every
         * token, only on the few lower-case words no model word */
        for (size_t i = 0; i < x->t.count; i++) {
            size_t lower = (FL(i) & (NG_TOK_WORD | NG_TOK_LOWER)) == (NG_TOK_WORD | NG_TOK_LOWER);
            size_t w = x->wid[i];
            x->lower_stamp[w & (0 - lower)] = x->stamp;
            if (lower > w)
                ng_u64map_put(&x->lowers, fold_hash(x, i), (uint32_t)i); /* the first stays */
        }
        x->lowers_built = 1;
    }
    /* the same model word is the same fold; a fold that is not a model word
     * is never one that is */
    if (x->wid[k])
        return x->lower_stamp[x->wid[k]] == x->stamp;
    uint32_t i = ng_u64map_get(&x->lowers, fold_hash(x, k));
    if (i == NG_NONE)
        return 0;
    if (same_fold(x, i, k))
        return 1;
    /* two words, one hash: look at every token */
    for (i = 0; i < x->t.count; i++)
        if (is_lower(x, i) && same_fold(x, i, k))
            return 1;
    return 0;
}

static cand *push_cand(ng_extractor *x)
{
    ng_xgrow(&x->c, &x->cap_c, x->nc + 1, sizeof *x->c);
    cand *c = &x->c[x->nc++];
    memset(c, 0, sizeof *c);
    c->entry = -1;
    c->kind = -1;
    c->ent = -1;
    return c;
}

static int match_cmp(const void *a, const void *b)
{
    const ng_match *x = a, *y = b;
    if (x->tok_begin != y->tok_begin)
        return x->tok_begin < y->tok_begin ? -1 : 1;
    if (x->tok_end != y->tok_end)
        return x->tok_end > y->tok_end ? -1 : 1;
    /* case-sensitive (more specific) first, then lower entry index */
    if (x->case_sensitive != y->case_sensitive)
        return x->case_sensitive ? -1 : 1;
    return x->entry < y->entry ? -1 : x->entry > y->entry;
}

/* Is match m a name made of common words written as common words? The
 * text writes no word of it capitalised (a sentence's first word aside,
 * capitalised whatever it is) and the alias capitalises one: "on the
 * southern front" is no Southern Front, "the revolutionary guards" no
 * Revolutionary Guards. A nationality capitalised in it or before it makes
 * a name of the rest ("the Turkish army", "the Syrian desert", "Iranian
 * revolutionary guards");
 * an alias so written in lower case matches ("international coalition"). */
static int written_common(const ng_extractor *x, const ng_match *m)
{
    size_t skip = 0, words = 0;
    /* "Iranian revolutionary guards": the nationality before it */
    if (m->tok_begin > 0 && is_capword(x, m->tok_begin - 1) &&
        (bits_of(x, m->tok_begin - 1) & LEX(NG_LEX_NATIONALITY)))
        return 0;
    for (size_t k = m->tok_begin; k < m->tok_end; k++) {
        if (!is_word(x, k) || (FL(k) & NG_TOK_POSS))
            continue;
        if (k == m->tok_begin && (x->marks[k] & MARK_INITIAL)) {
            skip++;
            continue;
        }
        if (FL(k) & (NG_TOK_CAP | NG_TOK_UPPER | NG_TOK_NUMBER))
            return 0;
        words++;
    }
    if (!words)
        return 0;
    /* the alias capitalises one of the other words at least */
    const ng_gazetteer_entry *en = ng_gazetteer_get(x->gaz, m->entry);
    for (const char *a = en->aliases[m->alias].text; *a; a++) {
        if (*a == ' ' || *a == '-')
            continue;
        if (skip)
            skip--;
        else if (*a >= 'A' && *a <= 'Z')
            return 1;
        while (a[1] && a[1] != ' ' && a[1] != '-')
            a++;
    }
    return 0;
}

/* Does the name s hold the word "operation(s)", in any case? */
static int holds_operation(const char *s)
{
    for (; *s; s++)
        if ((*s == 'o' || *s == 'O') && !strncmp(s + 1, "peration", 8))
            return 1;
    return 0;
}

/* Does match m name an operation, not the actor e? "Operation Dawn of
 * Freedom" (a capitalised "Operation" before it: OP_TITLE), "the Dawn of
 * Freedom operation" (an actor named for its operation: its name holds
 * "Operation" in one of its names, the alias matched does not: OP_NOUN,
 * the noun after it); 0 if not. */
enum { OP_TITLE = 1, OP_NOUN = 2 };
static int operation_name(const ng_extractor *x, const ng_match *m,
                          const ng_gazetteer_entry *e)
{
    size_t b = m->tok_begin, n = x->t.count;
    if (b > 0 && is_capword(x, b - 1) && cand_in_list(x, b - 1, NG_TL_OPERATION_TITLE))
        return OP_TITLE;
    if (m->tok_end >= n || !is_lower(x, m->tok_end) ||
        !cand_in_list(x, m->tok_end, NG_TL_OPERATION_NOUN))
        return 0;
    if (holds_operation(e->aliases[m->alias].text))
        return 0;
    for (uint32_t a = 0; a < e->n_aliases; a++)
        if (holds_operation(e->aliases[a].text))
            return OP_NOUN;
    return 0;
}

/* "Assad regime forces", "the al-Assad government's troops": a
 * government's name (the Syrian government's "Assad regime") before a
 * force_noun is the army the gazetteer names "<government> forces"
 * ("Syrian government forces": the Syrian Arab Army), the noun with it. */
static void government_forces(ng_extractor *x, cand *c, const ng_gazetteer_entry *e)
{
    size_t k = c->te, n = x->t.count;
    if (k < n && (FL(k) & NG_TOK_POSS))
        k++;
    if (k >= n || !is_lower(x, k) || !cand_in_list(x, k, NG_TL_FORCE_NOUN))
        return;
    /* not the verb: "the regime forces Syrians / the people / them to" */
    if (k + 1 < n && (is_capword(x, k + 1) || (x->fam[k + 1] & NG_FAM_DETERMINER) ||
                      fold_is(x, k + 1, "them") || fold_is(x, k + 1, "people")))
        return;
    /* the army by the name "<government> forces", whatever the noun */
    char name[NAME_KEY_CAP], key[NAME_KEY_CAP];
    int len = snprintf(name, sizeof name, "%s forces", e->name);
    if (len <= 0 || (size_t)len >= sizeof name)
        return;
    if (!ng_name_key(name, (size_t)len, key, sizeof key))
        return;
    const ng_gazetteer_entry *army = ng_model_lookup_key(x->model, key, NG_KIND_ACTOR);
    if (!army || army == e || !ng_str_is(army->category, "military"))
        return;
    c->entry = (int32_t)ng_gazetteer_index(x->gaz, army);
    c->category = army->category;
    c->te = (uint32_t)k + 1;
    c->rule = "government-forces";
}

/* Is match m an armed force's name ending in a lower-case word ("Russian
 * military", "US military", "Turkish army") written as the modifier of a
 * lower-case noun of list force_gear ("a Russian military vehicle", "U.S.
 * military advisers", "Russian military police")? The phrase names the
 * thing, not the force: the annotators count no force there. */
static int force_as_modifier(const ng_extractor *x, const ng_match *m, size_t se)
{
    size_t e = m->tok_end;
    if (e >= se || !is_lower(x, e) || !is_lower(x, e - 1) || !cand_in_list(x, e, NG_TL_FORCE_GEAR))
        return 0;
    const ng_gazetteer_entry *en = ng_gazetteer_get(x->gaz, m->entry);
    return en->kind == NG_KIND_ACTOR && en->category && ng_str_is(en->category, "military");
}

/* Gazetteer matches of sentence s, leftmost-longest, as candidates. */
static void gazetteer_candidates(ng_extractor *x, uint32_t s, size_t sb, size_t se)
{
    x->gm.count = 0;
    ng_matcher_run_starts(x->matcher, &x->t, x->ids + sb, x->starts, sb, se, &x->gm);
    if (!x->gm.count)
        return;
    ng_match *mv = x->gm.m;
    if (x->gm.count <= MATCHES_INSERTION_SORT_MAX) {
        /* a sentence's few matches, found nearly in order: an insertion
         * sort (stable, as glibc's merge sort) costs less than the call */
        for (size_t i = 1; i < x->gm.count; i++) {
            ng_match v = mv[i];
            size_t j = i;
            for (; j > 0 && match_cmp(&mv[j - 1], &v) > 0; j--)
                mv[j] = mv[j - 1];
            mv[j] = v;
        }
    } else {
        qsort(mv, x->gm.count, sizeof *mv, match_cmp);
    }
    size_t next_free = sb;
    for (size_t i = 0; i < x->gm.count; i++) {
        const ng_match *m = &x->gm.m[i];
        if (m->tok_begin < next_free)
            continue;
        if (any_mark(x, m->tok_begin, m->tok_end, MARK_SKIP))
            continue;
        if (m->case_sensitive && any_mark(x, m->tok_begin, m->tok_end, MARK_CAPS))
            continue;
        if (!m->case_sensitive && m->tok_end - m->tok_begin >= 2 && written_common(x, m))
            continue;
        if (force_as_modifier(x, m, se)) {
            /* no name found in its demonym and lower-case words again
             * ("Russian military police" is no institution either); a
             * country's name stays one ("U.S. military advisers": the
             * United States) */
            for (size_t k = m->tok_begin; k < m->tok_end; k++) {
                if (is_lower(x, k) ||
                    (bits_of(x, k) & (LEX(NG_LEX_DEMONYM) | LEX(NG_LEX_NATIONALITY)))) {
                    x->marks[k] |= MARK_SKIP;
                    x->names[k] = 0;
                }
            }
            continue;
        }
        /* a longer name that starts inside this one wins: "The National
         * Front for Liberation" is no newspaper "The National" */
        int longer = 0;
        for (size_t j = i + 1; j < x->gm.count && mv[j].tok_begin < m->tok_end && !longer; j++)
            longer = mv[j].tok_begin > m->tok_begin &&
                     mv[j].tok_end - mv[j].tok_begin > m->tok_end - m->tok_begin &&
                     !any_mark(x, mv[j].tok_begin, mv[j].tok_end, MARK_SKIP);
        if (longer)
            continue;
        /* a match glued to a longer word by a hyphen on the left or right
         * is part of a compound only when it is the modifier ("US-backed"):
         * "Al-Hawl" style names are whole tokens already */
        const ng_gazetteer_entry *e = ng_gazetteer_get(x->gaz, m->entry);
        int op = e->kind == NG_KIND_ACTOR ? operation_name(x, m, e) : 0;
        if (op) {
            /* the operation, an event with its "Operation" or "operation"
             * (no entity the scorer counts): no actor found in it again */
            size_t ob = m->tok_begin - (op == OP_TITLE), oe = m->tok_end + (op == OP_NOUN);
            for (size_t k = ob; k < oe; k++) {
                x->marks[k] |= MARK_SKIP;
                x->names[k] = 0; /* the name loops start at no skipped word */
            }
            cand *c = push_cand(x);
            c->tb = (uint32_t)ob;
            c->te = (uint32_t)oe;
            c->sent = s;
            c->kind = NG_KIND_EVENT;
            c->strength = S_GAZETTEER;
            c->category = "offensive";
            c->rule = "operation-name";
            next_free = oe;
            continue;
        }
        cand *c = push_cand(x);
        c->tb = m->tok_begin;
        c->te = m->tok_end;
        c->sent = s;
        c->entry = (int32_t)m->entry;
        c->kind = (int8_t)e->kind;
        c->strength = S_GAZETTEER;
        c->person = ng_str_is(e->category, "person");
        c->category = e->category;
        c->rule = "gazetteer";
        next_free = m->tok_end;
        if (e->category[0] == 'g' && ng_str_is(e->category, "government"))
            government_forces(x, c, e);
    }
}

/* Strip from the front of a name span what is not part of the name. Sets
 * *title when a title was removed. */
/* "the Turkish General Staff", "the Joint Staff": an army's command,
 * whose "General" is no title (not "Rudaw Staff", a byline) */
static inline int general_staff(const ng_extractor *x, size_t b, size_t e)
{
    return TOK(e - 1).flen == 5 && e >= b + 2 && fold_is(x, e - 1, "staff") &&
           is_capword(x, e - 1) && (fold_is(x, e - 2, "general") || fold_is(x, e - 2, "joint"));
}

static void trim_span(const ng_extractor *x, size_t *pb, size_t *pe, int *title)
{
    size_t b = *pb, e = *pe;
    int org_head = e > b && (bits_of(x, e - 1) & LEX(NG_LEX_ORG_WORD));
    /* "Officers of the Russian Reconciliation Center", "Units of the SDF":
     * the members a sentence opens with are no part of the name */
    if (b + 3 < e && (x->marks[b] & MARK_INITIAL) && is_capword(x, b) &&
        !(FL(b) & NG_TOK_UPPER) && is_lower(x, b + 1) && fold_is(x, b + 1, "of") &&
        cand_in_list(x, b, NG_TL_MEMBERS_NOUN))
        b += 2;
    while (b < e) {
        uint32_t bt = bits_of(x, b);
        size_t tl;
        if (!is_word(x, b) || (FL(b) & NG_TOK_HYPHEN)) {
            b++;
        } else if ((tl = lex_match(x, NG_LEX_TITLE, b, e)) && b + tl < e &&
                   !((org_head || general_staff(x, b, e)) && e - b - tl <= 1) &&
                   !(org_head && (bits_of(x, b + tl) & LEX(NG_LEX_ORG_WORD)) &&
                     is_capword(x, b + tl))) {
            /* (not "the General Command of the Army and Armed Forces": a
             * title before an organisation's head word is its first word) */
            b += tl;
            *title = 1;
            /* a trailing period of an abbreviated title: "Col." */
            if (b < e && text_is(x, b, "."))
                b++;
        } else if (org_head && b + 1 < e && is_capword(x, b) &&
                   cand_in_list(x, b, NG_TL_UNIT_ORDINAL)) {
            break; /* "the Third Legion", "the Fifth Corps" */
        } else if (!org_head && b + 1 < e && is_capword(x, b) && is_capword(x, b + 1) &&
                   cand_in_list(x, b, NG_TL_PLACE_DESIGNATION)) {
            b++; /* "Kibbutz Harduf", "Mission Support Site Green Village" */
        } else if (bt & (LEX(NG_LEX_STOPWORD) | LEX(NG_LEX_MONTH) | LEX(NG_LEX_WEEKDAY))) {
            b++;
        } else if ((bt & LEX(NG_LEX_DEMONYM)) && !org_head && !general_staff(x, b, e)) {
            b++;
        } else if (is_lower(x, b) && (bits_of(x, b) & LEX(NG_LEX_ARTICLE)) && b + 2 < e &&
                   (FL(b + 1) & NG_TOK_HYPHEN) && !(FL(b + 1) & NG_TOK_SPACE) &&
                   !(FL(b + 2) & NG_TOK_SPACE) && is_capword(x, b + 2)) {
            break; /* "al-Hawaij": the article belongs to the name */
        } else if (is_lower(x, b)) {
            b++; /* a connector left at the front */
        } else {
            break;
        }
    }
    while (e > b) {
        size_t k = e - 1;
        uint32_t bt = bits_of(x, k);
        /* trailing stopwords stay: names end in common words ("Sound and Picture") */
        if (!is_word(x, k) || is_lower(x, k) ||
            (bt & (LEX(NG_LEX_MONTH) | LEX(NG_LEX_WEEKDAY) | LEX(NG_LEX_DEMONYM))))
            e--;
        else
            break;
    }
    *pb = b;
    *pe = e;
}

/* Organisations' head words and their categories. */
static const struct {
    const char *word, *cat;
} org_heads[] = {
    {"forces", "armed_group"},   {"force", "armed_group"},     {"army", "armed_group"},
    {"brigade", "armed_group"},  {"brigades", "armed_group"},  {"battalion", "armed_group"},
    {"battalions", "armed_group"}, {"regiment", "armed_group"}, {"division", "armed_group"},
    {"corps", "armed_group"},    {"militia", "armed_group"},   {"militias", "armed_group"},
    {"legion", "armed_group"},   {"legions", "armed_group"},
    {"units", "armed_group"},    {"unit", "armed_group"},      {"front", "armed_group"},
    {"guard", "armed_group"},    {"guards", "armed_group"},    {"jaysh", "armed_group"},
    {"jaish", "armed_group"},    {"liwa", "armed_group"},      {"faylaq", "armed_group"},
    {"kataib", "armed_group"},   {"saraya", "armed_group"},    {"harakat", "armed_group"},
    {"ansar", "armed_group"},    {"jabhat", "armed_group"},    {"command", "military"},
    {"police", "military"},      {"ministry", "government"},   {"government", "government"},
    {"administration", "government"}, {"council", "government"}, {"parliament", "government"},
    {"authority", "government"}, {"department", "government"}, {"office", "government"},
    {"commission", "government"}, {"directorate", "government"}, {"cabinet", "government"},
    {"assembly", "government"},  {"senate", "government"},     {"congress", "government"},
    {"court", "government"},     {"news", "media"},            {"times", "media"},
    {"post", "media"},           {"tv", "media"},              {"television", "media"},
    {"radio", "media"},          {"channel", "media"},         {"press", "media"},
    {"media", "media"},          {"herald", "media"},          {"tribune", "media"},
    {"journal", "media"},        {"gazette", "media"},         {"telegraph", "media"},
    {"chronicle", "media"},      {"broadcasting", "media"},    {"observatory", "ngo"},
    {"watch", "ngo"},            {"crescent", "ngo"},          {"cross", "ngo"},
    {"foundation", "ngo"},       {"society", "ngo"},           {"fund", "ngo"},
    {"institute", "think_tank"}, {"centre", "think_tank"},     {"center", "think_tank"},
    {"university", "think_tank"}, {"college", "think_tank"},   {"academy", "think_tank"},
    {"institution", "think_tank"}, {"party", "political_party"},
    {"movement", "political_party"}, {"coalition", "coalition"}, {"alliance", "coalition"},
    {NULL, NULL}};

/* org_heads by initial: 1 + the index of the first with the byte, and of
 * the next with the same (0: none) */
static unsigned char org_first[256], org_next[sizeof org_heads / sizeof *org_heads];
_Static_assert(sizeof org_heads / sizeof *org_heads <= 256, "org_heads: an index in a byte");
static pthread_once_t org_once = PTHREAD_ONCE_INIT;

static void org_index(void)
{
    for (size_t i = sizeof org_heads / sizeof *org_heads - 1; i-- > 0;) {
        unsigned char c = (unsigned char)org_heads[i].word[0];
        org_next[i] = org_first[c];
        org_first[c] = (unsigned char)(i + 1);
    }
}

/* Category of an organisation from its head word. */
static const char *org_category(const ng_extractor *x, size_t k)
{
    if (!TOK(k).flen)
        return "organisation";
    pthread_once(&org_once, org_index);
    for (unsigned i = org_first[(unsigned char)ng_tokens_fold(&x->t, k)[0]]; i; i = org_next[i - 1])
        if (fold_is(x, k, org_heads[i - 1].word))
            return org_heads[i - 1].cat;
    return "organisation";
}

static const char *place_category_word(const ng_extractor *x, size_t k)
{
    if (!(x->fam[k] & NG_FAM_PLACE_HEAD))
        return "location";
    for (size_t i = 0; i < x->tr->n_heads; i++)
        if (fold_is(x, k, x->tr->heads[i].word))
            return x->tr->heads[i].category;
    return "location";
}

static int strong_place_after(const ng_extractor *x, size_t k)
{
    return is_lower(x, k) && (x->fam[k] & NG_FAM_PLACE_AFTER);
}

/* Is there a role noun in the apposition that follows a name ending at e
 * (", an SDF spokesman", ", head of ...", ", a Syrian research fellow at")? */
static int role_after(const ng_extractor *x, size_t e, size_t se)
{
    if (e >= se || !text_is(x, e, ","))
        return 0;
    for (size_t k = e + 1, steps = 0; k < se && steps < ROLE_AFTER_REACH; k++, steps++) {
        if (!is_word(x, k)) {
            if (FL(k) & NG_TOK_HYPHEN)
                continue;
            return 0;
        }
        /* "..., SDF media official Farhad Shami said": the role is the next
         * name's, not this one's */
        if (lower_has(x, k, NG_LEX_ROLE))
            return !(k + 1 < se && is_capword(x, k + 1) && (FL(k + 1) & NG_TOK_SPACE));
        if (lower_has(x, k, NG_LEX_PLACE_NOUN) || lower_has(x, k, NG_LEX_ORG_NOUN))
            return 0;
        if (is_lower(x, k) && (bits_of(x, k) & LEX(NG_LEX_SPEECH_VERB)))
            return 0;
    }
    return 0;
}

/* ", two Shia villages in Idlib province", ", a town near the border": an
 * apposition after the name whose head is a place noun (then a
 * preposition or the end of the phrase) makes it a place. */
static int place_apposition(const ng_extractor *x, size_t e, size_t se)
{
    if (e + 2 >= se || x->text[TOK(e).start] != ',' || !is_lower(x, e + 1))
        return 0;
    size_t k = e + 1, m = k + 1;
    /* the place noun first (one bit a word), the words around it after */
    for (; m < se && m <= k + 1 + PLACE_APPOSITION_MODIFIERS; m++) {
        if (FL(m) & NG_TOK_HYPHEN)
            continue;
        if (!is_word(x, m))
            return 0;
        /* the head is the last place noun: "a border town" */
        if (lower_has(x, m, NG_LEX_PLACE_NOUN) &&
            !(m + 1 < se && lower_has(x, m + 1, NG_LEX_PLACE_NOUN)))
            break;
    }
    if (m >= se || m > k + 1 + PLACE_APPOSITION_MODIFIERS)
        return 0;
    if (m + 1 < se && is_word(x, m + 1) && !lower_has(x, m + 1, NG_LEX_PLACE_PREP))
        return 0;
    return cand_in_list(x, k, NG_TL_APPOSITION_DET);
}

/* Role noun right before the name: "spokesman Mustafa Bali", "member, X,". */
static int role_before(const ng_extractor *x, size_t b, size_t sb)
{
    if (b > sb && lower_has(x, b - 1, NG_LEX_ROLE))
        return 1;
    if (b >= sb + 2 && text_is(x, b - 1, ",") && lower_has(x, b - 2, NG_LEX_ROLE))
        return 1;
    return 0;
}

static int speech_near(const ng_extractor *x, size_t b, size_t e, size_t sb, size_t se)
{
    if (e < se && lower_has(x, e, NG_LEX_SPEECH_VERB))
        return 1;
    if (b > sb && lower_has(x, b - 1, NG_LEX_SPEECH_VERB))
        return 1;
    if (b >= sb + 2 && fold_is(x, b - 1, "to") && fold_is(x, b - 2, "according"))
        return 1;
    /* an apposition that speaks: "A farmer who fled the town, Abu Khalil,
     * said ..." */
    if (b > sb && e + 1 < se && x->text[TOK(e).start] == ',' &&
        lower_has(x, e + 1, NG_LEX_SPEECH_VERB) && text_is(x, b - 1, ","))
        return 1;
    return 0;
}

/* Preposition (single or multi-word) ending right before b. */
int ng_place_prep_before(const ng_extractor *x, size_t b, size_t sb)
{
    if (b <= sb)
        return 0;
    if (lower_has(x, b - 1, NG_LEX_PLACE_PREP))
        return 1;
    /* no phrase ends with the word before b: none ends right before it */
    if (!lex_may_end(x, NG_LEX_PLACE_PREP, b - 1))
        return 0;
    /* a span from a token the lexicon skips (a hyphen, an empty fold) has
     * the words, and so the answer, of the span from the next token: of
     * the shorter one, tried already (or of one word, never an entry) */
    for (size_t back = 2; back <= PLACE_PREP_MAX_WORDS && b >= sb + back; back++) {
        const ng_token *t = &TOK(b - back);
        if (t->flen && !(t->flags & NG_TOK_HYPHEN) &&
            lex_may_start(x, NG_LEX_PLACE_PREP, b - back) &&
            ng_lexicon_spans(x->lex, NG_LEX_PLACE_PREP, &x->t, b - back, b))
            return 1;
    }
    return 0;
}

static int is_roman(const char *f, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!strchr("ivxlc", f[i]))
            return 0;
    return 1;
}

typedef struct cue {
    int kind; /* -1 none */
    int strength;
    int person;
    const char *category;
    const char *rule;
} cue;

static void set_cue(cue *c, int kind, int strength, int person, const char *cat,
                    const char *rule)
{
    if (strength <= c->strength)
        return;
    c->kind = kind;
    c->strength = strength;
    c->person = person;
    c->category = cat;
    c->rule = rule;
}

/* Is the name at token b introduced as a second name: after a word of
 * alias_intro ("alias", "nicknamed", "nom de guerre"), "known as", or a
 * bracket after a name? */
static int alias_word_before(const ng_extractor *x, size_t b, size_t sb)
{
    if (b < sb + 2)
        return 0;
    size_t k = b - 1;
    if (text_is(x, k, "("))
        return is_capword(x, k - 1);
    if (!is_lower(x, k))
        return 0;
    if (fold_is(x, k, "as"))
        return (k > sb && fold_is(x, k - 1, "known")) ||
               (k > sb + 2 && fold_is(x, k - 3, "known") && fold_is(x, k - 2, "in")) ||
               (k > sb + 1 && fold_is(x, k - 2, "known") && is_lower(x, k - 1) &&
                cand_in_list(x, k - 1, NG_TL_ALIAS_FILLER)); /* "known locally as" */
    return cand_in_list(x, k, NG_TL_ALIAS_INTRO);
}

/* Is the name "known as" at token b the second name of a person: a role
 * noun in the words since the comma ("an opposition activist known as"),
 * or a given name opening the name before the comma ("Ahmed Hassan, known
 * widely as")? Not a place's ("Zirgan, which is known in Arabic as"). */
static int alias_of_person(const ng_extractor *x, size_t b, size_t sb)
{
    size_t k = b - 1;
    while (k > sb && !text_is(x, k, ","))
        if (lower_has(x, --k, NG_LEX_ROLE))
            return 1;
    if (k == sb || k + ALIAS_WORDS_MAX + 2 < b)
        return 0;
    size_t p = k;
    while (p > sb && is_capword(x, p - 1))
        p--;
    return p < k && (bits_of(x, p) & LEX(NG_LEX_FIRSTNAME));
}

/* Is a second name of the name ending at token e introduced after it:
 * ", whose real name is NAME", ", the nom de guerre of NAME"? */
static int alias_words_after(const ng_extractor *x, size_t e, size_t se)
{
    if (e + 2 >= se || !text_is(x, e, ","))
        return 0;
    int intro = 0;
    for (size_t k = e + 1; k < se && k < e + 1 + ALIAS_WORDS_MAX && is_lower(x, k); k++) {
        if (cand_in_list(x, k, NG_TL_ALIAS_INTRO))
            intro = 1;
        else if (!cand_in_list(x, k, NG_TL_ALIAS_FILLER))
            return 0;
        if (intro && k + 1 < se && is_capword(x, k + 1))
            return 1;
    }
    return 0;
}

/* Decide what kind of entity the span [b, e) of sentence [sb, se) names. */
static int person_words(const ng_extractor *x, size_t b, size_t e, int *given);

static cue classify(ng_extractor *x, size_t b, size_t e, size_t sb, size_t se, int title)
{
    cue c = {-1, 0, 0, NULL, NULL};
    size_t words = word_count(x, b, e);
    size_t last = e - 1;
    uint32_t lb = bits_of(x, last), fb = bits_of(x, b);
    if (words >= 2) {
        if (lb & LEX(NG_LEX_ORG_WORD))
            set_cue(&c, NG_KIND_ACTOR, S_HEAD, 0, org_category(x, last), "org-head");
        else if (general_staff(x, b, e))
            set_cue(&c, NG_KIND_ACTOR, S_HEAD, 0, "military", "org-head");
        else if (lb & LEX(NG_LEX_PLACE_WORD))
            set_cue(&c, NG_KIND_PLACE, S_HEAD, 0, place_category_word(x, last), "place-head");
        else if (fb & LEX(NG_LEX_PLACE_WORD))
            set_cue(&c, NG_KIND_PLACE, S_HEAD, 0, place_category_word(x, b), "place-head");
        /* "Division 25": a unit head and its number */
        if (c.strength < S_HEAD && (FL(last) & NG_TOK_NUMBER) &&
            (bits_of(x, last - 1) & LEX(NG_LEX_ORG_WORD)) && is_capword(x, last - 1))
            set_cue(&c, NG_KIND_ACTOR, S_HEAD, 0, "armed_group", "org-head");
        for (size_t k = b; k + 1 < e && c.strength < S_HEAD; k++)
            if ((bits_of(x, k) & LEX(NG_LEX_ORG_WORD)) && is_capword(x, k) &&
                lower_has(x, k + 1, NG_LEX_CONNECTOR))
                set_cue(&c, NG_KIND_ACTOR, S_HEAD, 0, org_category(x, k), "org-head");
    }
    if (c.strength >= S_HEAD)
        return c;
    int all_upper = words == 1 && (FL(b) & NG_TOK_UPPER);
    if (title && !all_upper)
        set_cue(&c, NG_KIND_ACTOR, S_TITLE, 1, "person", "title");
    if (!all_upper && (role_before(x, b, sb) || role_after(x, e, se)))
        set_cue(&c, NG_KIND_ACTOR, S_ROLE, 1, "person", "role");
    /* "the Hamza and Suleiman Shah divisions": names before a lower-case
     * organisation head in the plural are its units' names, no person's */
    int unit_names = e + 1 < se && is_lower(x, e) && (bits_of(x, e) & LEX(NG_LEX_ORG_WORD)) &&
                     ng_tokens_fold(&x->t, e)[TOK(e).flen - 1] == 's';
    if (words >= 2 && (fb & LEX(NG_LEX_FIRSTNAME)) && !(FL(b) & NG_TOK_UPPER) && !unit_names)
        set_cue(&c, NG_KIND_ACTOR, S_FIRSTNAME, 1, "person", "firstname");
    /* "known as Abu Omar al-Shishani", "alias Umm Ahmad al-Hassan", "Tarkhan
     * Batirashvili (Abu Omar al-Shishani)": a kunya, a capitalised word and
     * more of a name, introduced as a second name; a kunya alone after
     * "known as" ("an activist known as Abu Ghannoum") */
    if (words >= 2 && cand_in_list(x, b, NG_TL_KUNYA) && c.strength < S_FIRSTNAME &&
        !(FL(b) & NG_TOK_UPPER) && is_capword(x, b + 1) &&
        !(bits_of(x, b + 1) & LEX(NG_LEX_PLACE_WORD)) &&
        (words >= 3 ? alias_word_before(x, b, sb) || alias_words_after(x, e, se)
                    : alias_word_before(x, b, sb) && alias_of_person(x, b, sb)))
        set_cue(&c, NG_KIND_ACTOR, S_FIRSTNAME, 1, "person", "firstname");
    if (b >= sb + 2 && fold_is(x, b - 1, "of") && lower_has(x, b - 2, NG_LEX_PLACE_NOUN))
        set_cue(&c, NG_KIND_PLACE, S_PLACE_NOUN, 0, place_category_word(x, b - 2),
                "place-noun");
    if (e < se && strong_place_after(x, e) && (FL(e) & NG_TOK_SPACE))
        set_cue(&c, NG_KIND_PLACE, S_PLACE_NOUN, 0, place_category_word(x, e), "place-noun");
    /* "the Swediya gas plant", "the Tanak oil field" */
    if (e + 1 < se && is_lower(x, e) && (FL(e) & NG_TOK_SPACE) && is_lower(x, e + 1) &&
        cand_in_list(x, e, NG_TL_FACILITY_NOUN) && cand_in_list(x, e + 1, NG_TL_FACILITY_HEAD))
        set_cue(&c, NG_KIND_PLACE, S_PLACE_NOUN, 0, place_category_word(x, e + 1), "place-noun");
    /* "the battle of Gallipoli", "the siege of Kobani" */
    if (b >= sb + 2 && fold_is(x, b - 1, "of") && is_lower(x, b - 2) &&
        cand_in_list(x, b - 2, NG_TL_BATTLE_NOUN))
        set_cue(&c, NG_KIND_PLACE, S_PLACE_NOUN, 0, "location", "place-noun");
    /* "a council formed by Ghiath Dalla", "headed by Jumaa Anzi": the
     * plain words of a name after a leader's participle */
    int given = 0;
    if (c.kind < 0 && b >= sb + 2 && fold_is(x, b - 1, "by") && is_lower(x, b - 2) &&
        cand_in_list(x, b - 2, NG_TL_LEAD_PARTICIPLE) && person_words(x, b, e, &given))
        set_cue(&c, NG_KIND_ACTOR, S_ROLE, 1, "person", "role");
    /* "identified only as Rasha", "gave his name as Heval Zagros" */
    if (!all_upper && b >= sb + 2 && fold_is(x, b - 1, "as") && is_lower(x, b - 2)) {
        size_t w = b - 2;
        if (w > sb && (fold_is(x, w, "only") || fold_is(x, w, "just")))
            w--;
        if (is_lower(x, w) && cand_in_list(x, w, NG_TL_NAMED_AS))
            set_cue(&c, NG_KIND_ACTOR, S_ROLE, 1, "person", "named-as");
    }
    if (c.kind < 0 && place_apposition(x, e, se))
        set_cue(&c, NG_KIND_PLACE, S_PLACE_NOUN, 0, "location", "place-noun");
    if (b > sb && lower_has(x, b - 1, NG_LEX_ORG_NOUN))
        set_cue(&c, NG_KIND_ACTOR, S_ORG_NOUN, 0, "organisation", "org-noun");
    /* "the Bakir clan", "the Shaitat tribe" */
    if (e < se && is_lower(x, e) && (FL(e) & NG_TOK_SPACE) &&
        (fold_is(x, e, "tribe") || fold_is(x, e, "clan") || fold_is(x, e, "tribes") ||
         fold_is(x, e, "clans")))
        set_cue(&c, NG_KIND_ACTOR, S_ORG_NOUN, 0, "tribe", "tribe-noun");
    if (speech_near(x, b, e, sb, se) && words <= SPEAKER_MAX_WORDS) {
        if (all_upper)
            set_cue(&c, NG_KIND_ACTOR, S_SPEECH, 0, "organisation", "speech");
        else /* "Hevin Derik said": a full name speaking outweighs a place inside it */
            set_cue(&c, NG_KIND_ACTOR,
                    words >= 2 && words <= FULL_NAME_MAX_WORDS ? S_FIRSTNAME : S_SPEECH, 1,
                    "person", "speech");
    }
    if (c.kind < 0 && words <= PLACE_PREP_NAME_MAX_WORDS && ng_place_prep_before(x, b, sb) &&
        !(words == 1 && seen_lower(x, b)) && !(fb & LEX(NG_LEX_HOLIDAY)))
        set_cue(&c, NG_KIND_PLACE, S_PLACE_PREP, 0, "location", "place-prep");
    if (c.kind < 0 && all_upper && !(FL(b) & NG_TOK_DOTTED)) {
        const char *f = ng_tokens_fold(&x->t, b);
        size_t n = TOK(b).flen;
        int digits = 0;
        for (size_t i = 0; i < n; i++)
            if (f[i] >= '0' && f[i] <= '9')
                digits = 1;
        if (n >= ACRONYM_MIN_LETTERS && n <= ACRONYM_MAX_LETTERS && !digits && !is_roman(f, n) &&
            !(fb & (LEX(NG_LEX_STOPWORD) | LEX(NG_LEX_DEMONYM) | LEX(NG_LEX_MONTH) |
                    LEX(NG_LEX_WEEKDAY) | LEX(NG_LEX_FURNITURE) | LEX(NG_LEX_CREDIT))) &&
            !cand_in_list(x, b, NG_TL_COMMON_ACRONYM))
            set_cue(&c, NG_KIND_ACTOR, S_ACRONYM, 0, "organisation", "acronym");
    }
    return c;
}

/* A lower-case particle inside a name: "of the", "bin", "al-". Arabic
 * articles that are also English words (as, at, an, ad, ...) join a name
 * only when glued to the next word by a hyphen: "at-Tanf", not "at Quilliam". */
static int is_connector(const ng_extractor *x, size_t k, size_t se)
{
    if (!is_lower(x, k) || !(bits_of(x, k) & LEX(NG_LEX_CONNECTOR)))
        return 0;
    if (!(bits_of(x, k) & LEX(NG_LEX_ARTICLE)) || fold_is(x, k, "al") || fold_is(x, k, "el"))
        return 1;
    return k + 1 < se && (FL(k + 1) & NG_TOK_HYPHEN) && !(FL(k + 1) & NG_TOK_SPACE);
}

/* Is there a gazetteer candidate ending exactly at token k (from sentence
 * candidates starting at first)? */
static int gaz_ends_at(const ng_extractor *x, size_t first, size_t k)
{
    for (size_t i = first; i < x->nc; i++)
        if (x->c[i].entry >= 0 && x->c[i].te == k)
            return 1;
    return 0;
}

/* Does a gazetteer candidate (from sentence candidates starting at first)
 * start at token k? */
static int gaz_starts_at(const ng_extractor *x, size_t first, size_t k)
{
    for (size_t i = first; i < x->nc; i++)
        if (x->c[i].entry >= 0 && x->c[i].tb == k)
            return 1;
    return 0;
}

static const char *institution_category(const ng_extractor *x, size_t k, size_t n)
{
    static const char *const gov[] = {"government", "regime",     "ministry",  "parliament",
                                      "presidency", "cabinet",    "embassy",   NULL};
    for (size_t i = k; i < k + n; i++)
        for (int j = 0; gov[j]; j++)
            if (fold_is(x, i, gov[j]))
                return "government";
    return "military";
}

/* "Syrian army", "Russian defence ministry", "US military": a nationality or
 * a country followed by a lower-case institution noun names the institution. */
static void institution_candidates(ng_extractor *x, uint32_t s, size_t sb, size_t se,
                                   size_t first_gaz)
{
    for (size_t k = sb; (k = next_name_word(x, k, se)) + 1 < se; k++) {
        size_t b = k, e = k + 1;
        /* the institution noun first: it is rare, the country search not */
        if (!is_lower(x, e) || !(FL(e) & NG_TOK_SPACE))
            continue;
        size_t n = lex_match(x, NG_LEX_INSTITUTION, e, se);
        if (!n)
            continue;
        /* "a Russian military vehicle", "U.S. military advisers": the
         * institution as a modifier names none */
        if (e + n < se && is_lower(x, e + n) && cand_in_list(x, e + n, NG_TL_FORCE_GEAR))
            continue;
        if (!(bits_of(x, k) & LEX(NG_LEX_NATIONALITY))) {
            /* a country from the gazetteer ending here */
            int country = 0;
            for (size_t i = first_gaz; i < x->nc && !country; i++) {
                const cand *g = &x->c[i];
                if (g->entry >= 0 && g->te == k + 1 && g->category &&
                    ng_str_is(g->category, "country")) {
                    country = 1;
                    b = g->tb;
                }
            }
            if (!country)
                continue;
        }
        cand *c = push_cand(x);
        c->tb = (uint32_t)b;
        c->te = (uint32_t)(e + n);
        c->sent = s;
        c->kind = NG_KIND_ACTOR;
        c->strength = S_HEAD;
        c->category = institution_category(x, e, n);
        c->rule = "institution";
        k = e + n - 1;
    }
}

/* The candidate of the name span [b, e) of sentence [sb, se): trimmed,
 * classified by its cues (or given the cue `force`), and pushed. */
static void push_span(ng_extractor *x, uint32_t s, size_t sb, size_t se, size_t b, size_t e,
                      const cue *force)
{
    int title = 0;
    size_t tb = b, te = e;
    trim_span(x, &tb, &te, &title);
    if (te <= tb)
        return;
    /* "missiles fired from F-35 jets": a model's letter before its number
     * ("F-35", "B-52") names nothing */
    if (te == tb + 1 && TOK(tb).len == 1 && tb + 2 < se && (FL(tb + 1) & NG_TOK_HYPHEN) &&
        !(FL(tb + 1) & NG_TOK_SPACE) && !(FL(tb + 2) & NG_TOK_SPACE) &&
        (FL(tb + 2) & NG_TOK_NUMBER))
        return;
    /* "the frigate Admiral Grigorovich": a ship's name names no actor */
    if (b > sb && (x->fam[b - 1] & NG_FAM_VESSEL) && is_lower(x, b - 1))
        return;
    cue cu = classify(x, tb, te, sb, se, title);
    if (force && (cu.strength < force->strength || cu.person != force->person))
        cu = *force;
    /* "reports The Independent", "told The Times": a name introduced by
     * "The" next to a reporting verb is an outlet, not a person */
    if (!force && tb > b && fold_is(x, tb - 1, "the") && cu.strength <= S_SPEECH &&
        speech_near(x, tb - 1, te, sb, se) && !(FL(tb) & NG_TOK_UPPER)) {
        cu.kind = NG_KIND_ACTOR;
        /* a named outlet wins over a place inside its name ("The Tigris Review") */
        cu.strength = word_count(x, tb, te) >= 2 ? S_HEAD : S_SPEECH;
        cu.person = 0;
        cu.category = "media";
        cu.rule = "outlet";
    }
    /* "..., a spokesman told The Example Post": an outlet only told is the
     * one that publishes the article, no source it cites (known outlets
     * are the gazetteer's; a name cited elsewhere in the document is
     * resolved there) */
    size_t before = tb > b && fold_is(x, tb - 1, "the") ? tb - 1 : tb;
    if (cu.category && ng_str_is(cu.category, "media") && before > sb &&
        fold_is(x, before - 1, "told"))
        cu.kind = -1;
    /* a lone capitalised word that opens the sentence needs a strong cue
     * ("Mistanour hill, ...": a place noun after a word the lexicon and
     * the document know in no other use) */
    if ((x->marks[tb] & MARK_INITIAL) && word_count(x, tb, te) == 1 && cu.strength < S_ROLE &&
        !(cu.rule && ng_str_is(cu.rule, "place-noun") && te == tb + 1 && !bits_of(x, tb) &&
          !(x->fam[tb] & NG_FAM_DIRECTION) &&
          !seen_lower(x, tb)))
        cu.kind = -1;
    cand *c = push_cand(x);
    c->tb = (uint32_t)tb;
    c->te = (uint32_t)te;
    c->sent = s;
    c->kind = (int8_t)cu.kind;
    c->strength = (uint8_t)cu.strength;
    c->person = (uint8_t)cu.person;
    c->category = cu.category;
    c->rule = cu.rule;
}

/* Is [b, e) the plain words of a person's name: two or three capitalised
 * words (an Arabic article glued by a hyphen besides), none of them a word
 * of organisations, places, titles, nationalities or dates? *given: the
 * first is a known given name. */
static int person_words(const ng_extractor *x, size_t b, size_t e, int *given)
{
    static const uint32_t not_name =
        LEX(NG_LEX_ORG_WORD) | LEX(NG_LEX_PLACE_WORD) | LEX(NG_LEX_TITLE) | LEX(NG_LEX_ROLE) |
        LEX(NG_LEX_DEMONYM) | LEX(NG_LEX_STOPWORD) | LEX(NG_LEX_MONTH) | LEX(NG_LEX_WEEKDAY);
    size_t words = 0;
    for (size_t k = b; k < e; k++) {
        if (FL(k) & NG_TOK_HYPHEN)
            continue;
        if (is_lower(x, k) && (bits_of(x, k) & LEX(NG_LEX_ARTICLE)) && k + 1 < e &&
            (FL(k + 1) & NG_TOK_HYPHEN))
            continue; /* "al-" */
        if (!is_capword(x, k) || (FL(k) & NG_TOK_UPPER) || (bits_of(x, k) & not_name))
            return 0;
        words++;
    }
    *given = b < e && (bits_of(x, b) & LEX(NG_LEX_FIRSTNAME));
    return words >= 2 && words <= FULL_NAME_MAX_WORDS;
}

/* Does [b, e) name an organisation: a known one (a gazetteer candidate of
 * the sentence, from first_gaz, on exactly these words) or one by its head
 * word? */
static int org_words(ng_extractor *x, size_t sb, size_t se, size_t b, size_t e,
                     size_t first_gaz)
{
    int title = 0;
    trim_span(x, &b, &e, &title);
    if (e <= b)
        return 0;
    for (size_t i = first_gaz; i < x->nc; i++) {
        const cand *g = &x->c[i];
        if (g->entry >= 0 && g->tb == b && g->te == e)
            return g->kind == NG_KIND_ACTOR && !g->person && !ng_str_is(g->category, "country");
    }
    cue c = classify(x, b, e, sb, se, 0);
    return c.kind == NG_KIND_ACTOR && !c.person && c.strength >= S_HEAD;
}

/* One capitalised run that joins a person's name to the organisation
 * (or place) it belongs to: "Aram Haddad of the SDF", "Dr Hadi Salem of
 * the Kurdish Red Crescent" (the name, then "of"), "Director of the
 * Rojava Information Center Thomas McGee", "SDF Commander Aram Haddad"
 * (an organisation and a title, then the name). When [b, e) is such a
 * run, sets sp[0..1] to the person's span, sp[2..3] to the other's, and
 * returns 1. */
static int split_person(ng_extractor *x, size_t sb, size_t se, size_t b, size_t e,
                        size_t first_gaz, size_t sp[4])
{
    int given;
    /* the name first: its title, its words, "of (the)", the rest */
    for (size_t j = b + 1; j + 1 < e; j++) {
        if (!is_lower(x, j) || !fold_is(x, j, "of"))
            continue;
        size_t nb = b, ne = j;
        int title = 0;
        trim_span(x, &nb, &ne, &title);
        size_t r = j + 1;
        while (r < e && is_lower(x, r))
            r++;
        if (ne > nb && r < e && person_words(x, nb, ne, &given) &&
            (given || title || org_words(x, sb, se, r, e, first_gaz))) {
            sp[0] = b;
            sp[1] = ne;
            sp[2] = r;
            sp[3] = e;
            return 1;
        }
        break; /* only the first "of": "Office of the Special Envoy" */
    }
    /* the name last: an organisation, its title words, the name */
    size_t words = word_count(x, b, e);
    if (words < 3)
        return 0;
    for (size_t k = b + 1; k + 1 < e; k++) {
        if (!is_capword(x, k) || !(FL(k) & NG_TOK_SPACE))
            continue;
        if (!person_words(x, k, e, &given))
            continue;
        /* the title before the name, if any */
        size_t t = k;
        for (int more = 1; more && t > b;) {
            more = 0;
            for (size_t back = TITLE_MAX_WORDS; back >= 1 && !more; back--)
                if (back <= t - b && is_capword(x, t - back) &&
                    lex_match(x, NG_LEX_TITLE, t - back, t) == back) {
                    t -= back;
                    more = 1;
                }
        }
        /* a role or a title and a connector may open the run: "Head of
         * the Kurdish Red Crescent Hevi Mustafa", "Minister of Defence
         * Karim Haddad", "Spokeswoman for the ..." */
        size_t tl = t > b ? lex_match(x, NG_LEX_TITLE, b, t) : 0;
        if (!tl && (bits_of(x, b) & LEX(NG_LEX_ROLE)))
            tl = 1;
        int led = tl && b + tl < t && is_lower(x, b + tl);
        if (!given && t == k && !led)
            continue; /* a shorter name may follow: "Defence Karim Haddad" */
        /* what comes before the title is an organisation (or, after a
         * role, whatever the name is of); a title after "of the" is part
         * of its name ("Office of the Special Envoy") */
        size_t ob = led ? b + tl : b, oe = t;
        if (t > b && t < k && oe > ob && is_lower(x, oe - 1))
            oe = k;
        /* a title right before the name whatever precedes it: "Home
         * Affairs Minister Jane Doe" (the words before it are pushed on
         * their own and kept only with a cue) */
        if (oe > ob && (org_words(x, sb, se, ob, oe, first_gaz) || (led && given) || t < k)) {
            sp[0] = k;
            sp[1] = e;
            sp[2] = ob;
            sp[3] = oe;
            return 1;
        }
    }
    return 0;
}

/* Is [b, e) only titles and their periods ("Brig. Gen")? */
static int titles_only(const ng_extractor *x, size_t b, size_t e)
{
    for (size_t k = b; k < e; k++)
        if (is_word(x, k) ? !(bits_of(x, k) & LEX(NG_LEX_TITLE)) : !text_is(x, k, "."))
            return 0;
    return 1;
}

/* Capitalised name spans of the sentence, with their connectors. */
static void discovered_candidates(ng_extractor *x, uint32_t s, size_t sb, size_t se,
                                  size_t first_gaz)
{
    size_t inst_b = x->nc;
    institution_candidates(x, s, sb, se, first_gaz);
    size_t inst_e = x->nc, k = sb;
    while ((k = next_name_word(x, k, se)) < se) {
        if (x->marks[k] & MARK_TITLE) {
            k++;
            continue;
        }
        size_t b = k, last = k, j = k + 1;
        /* "the pro-SDF Hawar News Agency", "anti-Assad rebels": the name
         * after "pro-" modifies the next one and is a name of its own */
        if (k >= sb + 2 && (FL(k - 1) & NG_TOK_HYPHEN) && !(FL(k - 1) & NG_TOK_SPACE) &&
            !(FL(k) & NG_TOK_SPACE) && (x->fam[k - 2] & NG_FAM_PREFIX) && is_lower(x, k - 2)) {
            push_span(x, s, sb, se, k, k + 1, NULL);
            k++;
            continue;
        }
        /* "al-Hawaij", "ash-Shaddadi": a name that opens with the Arabic
         * article glued by a hyphen starts at the article */
        if (k >= sb + 2 && (FL(k - 1) & NG_TOK_HYPHEN) && !(FL(k - 1) & NG_TOK_SPACE) &&
            !(FL(k) & NG_TOK_SPACE) && is_lower(x, k - 2) &&
            (bits_of(x, k - 2) & LEX(NG_LEX_ARTICLE)) &&
            !(x->marks[k - 2] & (MARK_SKIP | MARK_CAPS | MARK_TITLE)))
            b = k - 2;
        while (j < se) {
            if (FL(j) & NG_TOK_NEWLINE)
                break;
            if ((FL(j) & NG_TOK_HYPHEN) && !(FL(j) & NG_TOK_SPACE) && j + 1 < se &&
                !(FL(j + 1) & NG_TOK_SPACE) && is_capword(x, j + 1)) {
                last = j + 1;
                j += 2;
                continue;
            }
            /* "Ain-al-Bayda": an article between hyphens */
            if ((FL(j) & NG_TOK_HYPHEN) && !(FL(j) & NG_TOK_SPACE) && j + 3 < se &&
                is_lower(x, j + 1) && (bits_of(x, j + 1) & LEX(NG_LEX_ARTICLE)) &&
                !(FL(j + 1) & NG_TOK_SPACE) && (FL(j + 2) & NG_TOK_HYPHEN) &&
                !(FL(j + 2) & NG_TOK_SPACE) && is_capword(x, j + 3) &&
                !(FL(j + 3) & NG_TOK_SPACE)) {
                last = j + 3;
                j += 4;
                continue;
            }
            /* "Col. Hemmo Ferzat", "Brig. Gen. Pat Ryder": an abbreviated
             * title's period (the run so far is titles) */
            if (text_is(x, j, ".") && !(FL(j) & NG_TOK_SPACE) && j == last + 1 &&
                (bits_of(x, last) & LEX(NG_LEX_TITLE)) && j + 1 < se && is_capword(x, j + 1) &&
                (FL(j + 1) & NG_TOK_SPACE) && !(FL(j + 1) & NG_TOK_NEWLINE) &&
                titles_only(x, b, j)) {
                last = j + 1;
                j += 2;
                continue;
            }
            if (is_connector(x, j, se) && (FL(j) & NG_TOK_SPACE)) {
                size_t m = j;
                while (m < se && (is_connector(x, m, se) ||
                                  ((FL(m) & NG_TOK_HYPHEN) && !(FL(m) & NG_TOK_SPACE))))
                    m++;
                if (m < se && m - j <= CONNECTOR_MAX_TOKENS && is_capword(x, m) &&
                    !(FL(m) & NG_TOK_NEWLINE) &&
                    !(x->marks[m] & MARK_SKIP)) {
                    last = m;
                    j = m + 1;
                    continue;
                }
                break;
            }
            if ((FL(j) & NG_TOK_POSS) && j + 1 < se && is_capword(x, j + 1) &&
                (FL(j + 1) & NG_TOK_SPACE) && !gaz_ends_at(x, first_gaz, j) &&
                j == b + 1) {
                last = j + 1;
                j += 2;
                continue;
            }
            if (is_capword(x, j) && (FL(j) & NG_TOK_SPACE) && !(x->marks[j] & MARK_SKIP)) {
                last = j;
                j++;
                continue;
            }
            /* "Division 25", "Brigade 313": a unit's number ends its name */
            if ((FL(j) & NG_TOK_NUMBER) && (FL(j) & NG_TOK_SPACE) &&
                TOK(j).flen <= UNIT_NUMBER_MAX_DIGITS && is_capword(x, last) &&
                cand_in_list(x, last, NG_TL_NUMBERED_UNIT) && !gaz_ends_at(x, first_gaz, j)) {
                last = j;
                j++;
            }
            break;
        }
        size_t e = last + 1;
        k = e;
        /* "the group Sound and Picture": an organisation named with "and" */
        if (b > sb && lower_has(x, b - 1, NG_LEX_ORG_NOUN) && e + 1 < se &&
            (fold_is(x, e, "and") || text_is(x, e, "&")) && is_capword(x, e + 1)) {
            size_t m = e + 1;
            while (m < se && is_capword(x, m) && (FL(m) & NG_TOK_SPACE))
                m++;
            e = m;
            k = e;
        }
        /* "Ministry of Migration and Displacement", "Ministry of Foreign
         * Affairs and Expatriates", "Committee for Truth and Fact-Finding":
         * a head-first organisation name goes on past "and" (one more run
         * of capitalised words, hyphenated ones too, not a possessive),
         * unless a known name or a given name follows ("Ministry of Defence and
         * Turkey", "the Office for Refugees and Maria Lopez") */
        int head_of = 0;
        for (size_t j = b; j + 2 < e && !head_of; j++)
            head_of = (bits_of(x, j) & LEX(NG_LEX_ORG_WORD)) &&
                      (fold_is(x, j + 1, "of") || fold_is(x, j + 1, "for"));
        if (head_of && e + 1 < se && fold_is(x, e, "and") && is_capword(x, e + 1) &&
            !(x->marks[e + 1] & MARK_SKIP) && !(bits_of(x, e + 1) & LEX(NG_LEX_FIRSTNAME)) &&
            !gaz_starts_at(x, first_gaz, e + 1)) {
            size_t m = e + 1;
            for (;;) {
                if (m < se && is_capword(x, m) && (FL(m) & NG_TOK_SPACE) &&
                    !(FL(m) & NG_TOK_POSS))
                    m++;
                else if (m > e + 1 && m + 1 < se && (FL(m) & NG_TOK_HYPHEN) &&
                         !(FL(m) & NG_TOK_SPACE) && is_capword(x, m + 1) &&
                         !(FL(m + 1) & NG_TOK_SPACE) && !(FL(m + 1) & NG_TOK_POSS))
                    m += 2; /* "Fact-Finding" */
                else
                    break;
            }
            if (m < se && (FL(m) & NG_TOK_POSS))
                m = e; /* "... and Russia's army": another name begins */
            if (m > e + 1) {
                e = m;
                k = e;
            }
        }
        /* "the US embassy said": the run "US" is the institution's
         * country, inside it, not a name of its own */
        int inside = 0;
        for (size_t i = inst_b; i < inst_e && !inside; i++)
            inside = x->c[i].tb <= b && e <= x->c[i].te;
        if (inside)
            continue;
        size_t sp[4];
        if (split_person(x, sb, se, b, e, first_gaz, sp)) {
            /* the name and the organisation (or place) it is of, apart */
            size_t pb = sp[0], pe = sp[1], ob = sp[2], oe = sp[3];
            cue person = {NG_KIND_ACTOR, S_FIRSTNAME, 1, "person", "name-of"};
            push_span(x, s, sb, se, pb, pe, &person);
            push_span(x, s, sb, se, ob, oe, NULL);
        } else {
            push_span(x, s, sb, se, b, e, NULL);
        }
    }
}

/* Is discovered d only nationality or ethnic adjectives before the one-word
 * known actor g ("Kurdish Peshmerga", "Syrian Kurdish YPG") or the known
 * armed group g ("Afghan Fatemiyoun Brigade")? Then the adjectives
 * describe g and do not make a new organisation. Other longer known names
 * are left alone: "Kurdish Red Crescent" is not the Red Crescent. */
static int demonym_before_known(const ng_extractor *x, const cand *d, const cand *g)
{
    if (g->te != d->te || g->tb <= d->tb || d->kind != NG_KIND_ACTOR ||
        g->kind != NG_KIND_ACTOR || g->person || ng_str_is(g->category, "country"))
        return 0;
    /* a longer one only when it is an armed group ("Afghan Fatemiyoun
     * Brigade": militias are named with the nationality they recruit) */
    if (g->te - g->tb != 1 && !ng_str_is(g->category, "armed_group"))
        return 0;
    for (size_t k = d->tb; k < g->tb; k++)
        if (is_word(x, k) && !(bits_of(x, k) & LEX(NG_LEX_DEMONYM)))
            return 0;
    return 1;
}

/* A head word that names what kind of body an organisation is, added to
 * its name without making another one: "the Syrian Arab Red Crescent
 * Society" is the Syrian Arab Red Crescent. */
int ng_generic_org_head(const ng_extractor *x, size_t k)
{
    static const char *const heads[] = {"society", "organisation", "organization",
                                        "association", "committee", "foundation", "group",
                                        NULL};
    if (!is_capword(x, k) || !(bits_of(x, k) & LEX(NG_LEX_ORG_WORD)))
        return 0;
    for (int i = 0; heads[i]; i++)
        if (fold_is(x, k, heads[i]))
            return 1;
    return 0;
}

/* Does organisation head word k name a newspaper or a channel ("The Times",
 * "the Monitor"), a name on its own? */
int ng_media_org_head(const ng_extractor *x, size_t k)
{
    return ng_str_is(org_category(x, k), "media");
}

/* Resolve overlaps between gazetteer and discovered candidates of one
 * sentence (indices [first, x->nc)). */
static void arbitrate(ng_extractor *x, size_t first)
{
    for (size_t i = first; i < x->nc; i++) {
        cand *d = &x->c[i];
        if (d->entry >= 0 || d->dropped)
            continue;
        int strong = d->kind >= 0 && d->strength >= S_FIRSTNAME &&
                     word_count(x, d->tb, d->te) >= 2;
        for (size_t j = first; j < x->nc; j++) {
            cand *g = &x->c[j];
            if (g->entry < 0 || g->dropped || g->te <= d->tb || g->tb >= d->te)
                continue;
            if (g->tb == d->tb && g->te == d->te) {
                /* same words: the gazetteer knows better, unless the
                 * document says it is a person and the gazetteer does not */
                d->dropped = 1;
                break;
            }
            if (g->tb == d->tb && g->te + 1 == d->te && g->kind == NG_KIND_ACTOR && !g->person &&
                ng_generic_org_head(x, g->te)) {
                /* the known organisation with a generic head added */
                g->te = d->te;
                d->dropped = 1;
                break;
            }
            if (g->tb == d->tb && g->te + 1 == d->te && g->kind == NG_KIND_PLACE &&
                cand_in_list(x, g->te, NG_TL_ADMIN_HEAD)) {
                /* "Idlib Province", "Damascus Governorate": the known place
                 * (the city and its province are one, as "Idlib province") */
                g->te = d->te;
                d->dropped = 1;
                break;
            }
            /* a known name inside the run, or opening with an article the
             * run's trimming left out: "The National" of "The National
             * Defense Ministry" */
            size_t gb = g->tb;
            while (gb < d->tb && (bits_of(x, gb) & LEX(NG_LEX_STOPWORD)))
                gb++;
            if (gb >= d->tb && g->te <= d->te && strong && !demonym_before_known(x, d, g)) {
                g->dropped = 1;
                continue;
            }
            d->dropped = 1;
            break;
        }
    }
}

/* The live candidate of this sentence ending (start = 0) or starting
 * (start = 1) at token k, or NULL (x->span_ends indexes them). */
static cand *cand_at(ng_extractor *x, size_t k, int start)
{
    uint32_t i = ng_u64map_get(&x->span_ends, (uint64_t)k * 2 + (uint64_t)start);
    return i == NG_NONE ? NULL : &x->c[i];
}

/* "the villages of Dhiban, al-Hawaij and Shuhail", "in Hajin and Sousa": a
 * name without a cue listed with a place is a place too (a person or a group
 * in the list has its own cue). */
/* The title before a one-word name found by it ("Sheikh Saeed"), or
 * c->tb when there is none. */
static size_t titled_start(const ng_extractor *x, const cand *c, size_t sb)
{
    if (c->strength != S_TITLE || c->entry >= 0 || !c->rule || c->te != c->tb + 1 || c->tb <= sb ||
        !(bits_of(x, c->tb - 1) & LEX(NG_LEX_TITLE)) || !is_capword(x, c->tb - 1) ||
        !ng_str_is(c->rule, "title"))
        return c->tb;
    return c->tb - 1;
}

static void listed_places(ng_extractor *x, size_t first, size_t sb)
{
    int any = 0;
    for (size_t i = first; i < x->nc && !any; i++)
        any = !x->c[i].dropped &&
              (x->c[i].kind < 0 ||
               (x->c[i].strength == S_TITLE && titled_start(x, &x->c[i], sb) < x->c[i].tb));
    if (!any)
        return;
    u64map_reset(&x->span_ends, SPAN_ENDS_KEEP(x->nc - first));
    for (size_t i = first; i < x->nc; i++) {
        if (x->c[i].dropped)
            continue;
        ng_u64map_put(&x->span_ends, (uint64_t)x->c[i].te * 2, (uint32_t)i);
        ng_u64map_put(&x->span_ends, (uint64_t)x->c[i].tb * 2 + 1, (uint32_t)i);
    }
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = first; i < x->nc; i++) {
            cand *d = &x->c[i];
            /* a name found by its title only may be a place's: "the
             * districts of Hanano, Sakhour and Sheikh Saeed" */
            size_t db = d->dropped || d->strength != S_TITLE ? d->tb : titled_start(x, d, sb);
            if (d->dropped || (d->kind >= 0 && db == d->tb) || d->entry >= 0 ||
                (x->marks[db] & MARK_INITIAL))
                continue;
            const cand *p = NULL;
            /* the place before: "Dhiban, X" / "Dhiban and X" / "Dhiban, Y and X" */
            size_t sep = db;
            if (sep > sb + 1 && (fold_is(x, sep - 1, "and") || fold_is(x, sep - 1, "or") ||
                                 text_is(x, sep - 1, ","))) {
                p = cand_at(x, sep - 1, 0);
                if (!p && sep > sb + 2 && text_is(x, sep - 2, ",") && fold_is(x, sep - 1, "and"))
                    p = cand_at(x, sep - 2, 0);
            }
            /* the place after: "X and Dhiban" (not "X, Dhiban": an apposition) */
            if ((!p || p->kind != NG_KIND_PLACE) && d->te + 1 < x->t.count &&
                (fold_is(x, d->te, "and") || fold_is(x, d->te, "or")))
                p = cand_at(x, d->te + 1, 1);
            if (!p || p->kind != NG_KIND_PLACE || !p->category)
                continue;
            d->tb = (uint32_t)db;
            d->kind = NG_KIND_PLACE;
            d->strength = S_PLACE_PREP;
            d->person = 0;
            d->category = strcmp(p->category, "country") == 0 || strcmp(p->category, "region") == 0
                              ? "location"
                              : p->category;
            d->rule = "place-list";
        }
    }
}

void ng_candidates_sentence(ng_extractor *x, uint32_t s)
{
    size_t sb = x->ss.s[s].tok_begin, se = x->ss.s[s].tok_end;
    size_t first = x->nc;
    gazetteer_candidates(x, s, sb, se);
    discovered_candidates(x, s, sb, se, first);
    arbitrate(x, first);
    listed_places(x, first, sb);
}
