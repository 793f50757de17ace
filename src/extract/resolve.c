/* resolve.c - document-level resolution: candidates to document entities
 * (name variants, acronyms, surnames, capitals for their states, votes) */
#include "text/name.h"

#include "../core/buf.h"
#include "extractor_priv.h"
#include "triggers.h"

/* The longest entity key ("a:NAME-KEY") kept. */
#define ENTITY_KEY_CAP 512
/* "Long Name (ACR)": the acronym has this many letters. */
#define ACRONYM_MIN_LETTERS 2
#define ACRONYM_MAX_LETTERS 8
/* "Paris, Berlin and London summoned": names looked past in a list of
 * capitals, each of at most so many tokens. */
#define CAPITALS_LIST_MAX 6
/* Words of a dateline's country, day or agency ("Beirut, Lebanon, Oct. 9 (AFP) -"). */
#define DATELINE_MAX_WORDS 8
#define CAPITAL_MAX_WORDS 3
/* Words between a name and its alias ("who is also better known as"). */
#define ALIAS_INTRO_MAX_WORDS 8
/* Second names of a window joined to the name before them (more are not). */
#define ALIASES_PER_WINDOW 32
/* Distinct capitals of one document weighed together (more are read
 * mention by mention). */
#define CAPITALS_PER_DOC 32

/* A word after a capital read as a past tense ("evacuated"): at least so
 * long. */
#define PAST_TENSE_MIN_BYTES 5
/* A surname shorter than this ("Al") names nobody on its own. */
#define SURNAME_MIN_BYTES 3
/* A first name and a surname joined ("Adnan Afrin"). */
#define FULL_NAME_CAP 600
/* "Defence" = "Defense": words at least so long. */
#define SPELLING_MIN_BYTES 5
/* x->givens: a given name that opens the full names of two persons. */
#define GIVEN_SHARED (NG_NONE - 1)

/* The text of tokens [b, e), in x->span (valid until the next call). */
static const char *span_text(ng_extractor *x, size_t b, size_t e)
{
    uint32_t s = TOK(b).start, t = TOK(e - 1).start + TOK(e - 1).len;
    x->span.len = 0;
    ng_buf_put(&x->span, x->text + s, t - s);
    return ng_buf_cstr(&x->span);
}

/* Is dent id of x (an extractor, as ctx) the one of key? */
static int dent_key_is(const void *ctx, uint32_t id, const void *key)
{
    return strcmp(((const ng_extractor *)ctx)->d[id].key, key) == 0;
}

uint32_t ng_dent_by_key(const ng_extractor *x, const char *key)
{
    return ng_idmap_get(&x->dkeys, ng_idmap_hash(key, strlen(key)), dent_key_is, x, key);
}

void ng_dent_entity(const dent *d, ng_entity *e)
{
    *e = (ng_entity){.key = d->key, .label = d->label, .kind = (ng_kind)d->kind,
                     .category = d->category, .fixed_label = d->entry != NULL, .date = d->date};
    if (d->entry) {
        e->has_geo = d->entry->has_geo;
        e->lat = d->entry->lat;
        e->lon = d->entry->lon;
    }
}

int32_t ng_dent_get(ng_extractor *x, const char *key, const ng_entity *proto,
                    const ng_gazetteer_entry *entry, const char *rule, int person, uint32_t tok)
{
    /* one lookup: the key goes in with the next id unless it is there (a
     * slot of x->dkeys is 8 bytes, the key kept by the dent) */
    size_t n = strlen(key);
    uint32_t id = ng_idmap_put(&x->dkeys, ng_idmap_hash(key, n), (uint32_t)x->nd, dent_key_is,
                               x, key);
    if (id != x->nd)
        return (int32_t)id;
    ng_xgrow(&x->d, &x->cap_d, x->nd + 1, sizeof *x->d);
    dent *d = &x->d[x->nd++];
    memset(d, 0, sizeof *d);
    d->key = ng_arena_strndup(&x->arena, key, n);
    d->label = proto->label;
    d->category = proto->category;
    d->date = proto->date;
    d->kind = (uint8_t)proto->kind;
    d->entry = entry;
    d->rule = rule;
    d->person = person;
    d->first_tok = tok;
    return (int32_t)id;
}

/* An entry's rule ("gazetteer:FILE:LINE") and key ("g:NAME"), made once
 * and kept across documents: the same places and actors recur from one
 * article to the next. */
struct entry_memo {
    const char *rule, *key;
};

void ng_entry_memo_reset(ng_extractor *x)
{
    ng_u64map_clear(&x->entry_memo_ids);
    ng_arena_reset(&x->entry_memo_arena);
    x->n_entry_memo = 0;
}

static const struct entry_memo *entry_memo(ng_extractor *x, size_t entry)
{
    uint32_t i = ng_u64map_get(&x->entry_memo_ids, entry);
    if (i != NG_NONE)
        return &x->entry_memo[i];
    ng_buf *b = &x->entry_text;
    b->len = 0;
    ng_model_entry_rule(x->model, entry, b);
    const char *rule = ng_arena_strndup(&x->entry_memo_arena, b->data, b->len);
    b->len = 0;
    ng_model_entry_key(x->model, entry, b);
    const char *key = ng_arena_strndup(&x->entry_memo_arena, b->data, b->len);
    ng_xgrow(&x->entry_memo, &x->cap_entry_memo, x->n_entry_memo + 1, sizeof *x->entry_memo);
    x->entry_memo[x->n_entry_memo] = (struct entry_memo){rule, key};
    ng_u64map_put(&x->entry_memo_ids, entry, (uint32_t)x->n_entry_memo);
    return &x->entry_memo[x->n_entry_memo++];
}

int32_t ng_dent_for_entry(ng_extractor *x, size_t entry, uint32_t tok)
{
    uint32_t id = ng_u64map_get(&x->entry_dents, entry);
    if (id != NG_NONE)
        return (int32_t)id;
    const ng_gazetteer_entry *e = ng_gazetteer_get(x->gaz, entry);
    ng_entity proto = {.key = NULL, .label = e->name, .kind = e->kind, .category = e->category};
    /* the key is copied by ng_dent_get; the rule is kept in the memo */
    const struct entry_memo *m = entry_memo(x, entry);
    id = (uint32_t)ng_dent_get(x, m->key, &proto, e, m->rule, ng_str_is(e->category, "person"),
                               tok);
    ng_u64map_put(&x->entry_dents, entry, id);
    return (int32_t)id;
}

static char kind_prefix(ng_kind k)
{
    return k == NG_KIND_PLACE ? 'l' : k == NG_KIND_EVENT ? 'e' : 'a';
}

/* ng_name_key(label) into out (NAME_KEY_CAP bytes), remembered across
 * documents: names and events recur from one article to the next, and a
 * key costs thousands of instructions (folding, transliteration rules)
 * against one hash lookup. The label is n bytes (not terminated). */
static size_t memo_name_key_n(ng_extractor *x, const char *label, size_t n, char *out)
{
    uint32_t i = ng_strmap_get(&x->name_memo, label, n);
    if (i != NG_NONE) {
        memcpy(out, x->memo[i].key, (size_t)x->memo[i].len + 1);
        return x->memo[i].len;
    }
    size_t kl = ng_name_key(label, n, out, NAME_KEY_CAP);
    if (x->n_memo >= NAME_MEMO_MAX) {
        ng_strmap_clear(&x->name_memo);
        ng_arena_reset(&x->memo_arena);
        x->n_memo = 0;
    }
    ng_xgrow(&x->memo, &x->cap_memo, x->n_memo + 1, sizeof *x->memo);
    x->memo[x->n_memo].key = ng_arena_strndup(&x->memo_arena, out, kl);
    x->memo[x->n_memo].len = (uint32_t)kl;
    ng_strmap_put(&x->name_memo, label, n, (uint32_t)x->n_memo++, NULL);
    return kl;
}

size_t ng_memo_name_key(ng_extractor *x, const char *label, char *out)
{
    return memo_name_key_n(x, label, strlen(label), out);
}

/* The document entity of a discovered name (label = its words) of a kind,
 * first seen at token tok (of the document); *entry gets its gazetteer
 * entry when the name's key is one. The label is copied when the entity
 * is new (most names are seen again and again in a long document). */
static int32_t dent_for_discovered(ng_extractor *x, int kind, const char *category,
                                   const char *rule, int person, uint32_t tok,
                                   const char *label, int32_t *entry)
{
    char nk[NAME_KEY_CAP], key[ENTITY_KEY_CAP];
    size_t kl = ng_memo_name_key(x, label, nk);
    if (!kl)
        return -1;
    const ng_gazetteer_entry *e = ng_model_lookup_key(x->model, nk, (ng_kind)kind);
    if (e) {
        *entry = (int32_t)ng_gazetteer_index(x->gaz, e);
        return ng_dent_for_entry(x, (size_t)*entry, tok);
    }
    char prefix[3] = {kind_prefix((ng_kind)kind), ':', '\0'};
    ng_buf_join(key, sizeof key, (const char *const[]){prefix, nk}, 2);
    ng_entity proto = {.key = NULL, .label = label, .kind = (ng_kind)kind,
                       .category = category, .fixed_label = 0};
    size_t nd = x->nd;
    int32_t id = ng_dent_get(x, key, &proto, NULL, rule, person, tok);
    if ((size_t)id == nd)
        x->d[id].label = ng_arena_strdup(&x->arena, label);
    return id;
}

/* Folded last word of a person's name, for "Afrin said" after "Adnan Afrin". */
static size_t surname_of(const ng_extractor *x, const cand *c, const char **f)
{
    size_t k = c->te;
    while (k > c->tb && !is_word(x, k - 1))
        k--;
    if (k <= c->tb + 1)
        return 0;
    *f = ng_tokens_fold(&x->t, k - 1);
    return TOK(k - 1).flen;
}

/* Folded words a and b are one word, or one in British and one in American
 * spelling ("Defence", "Defense"). */
static int same_word(const char *a, const char *b)
{
    size_t n = strlen(a);
    if (n != strlen(b))
        return 0;
    if (!memcmp(a, b, n))
        return 1;
    return n >= SPELLING_MIN_BYTES && !memcmp(a, b, n - 2) &&
           ((!memcmp(a + n - 2, "ce", 2) && !memcmp(b + n - 2, "se", 2)) ||
            (!memcmp(a + n - 2, "se", 2) && !memcmp(b + n - 2, "ce", 2)));
}

/* Are the words of short s some of the words of long o, in order, with
 * the same last word (the head)? */
static int words_within(const crec_words *s, const crec_words *o)
{
    if (!same_word(s->last, o->last))
        return 0;
    size_t j = 0;
    for (size_t k = 0; k < s->n; k++) {
        while (j < o->n && !same_word(s->w[k], o->w[j]))
            j++;
        if (j == o->n)
            return 0;
        j++;
    }
    return 1;
}

/* The folded words of window candidate c, for short_org_forms. */
static crec_words words_of(ng_extractor *x, const cand *c)
{
    crec_words cw = {.n = (uint32_t)word_count(x, c->tb, c->te)};
    const char **w = (const char **)ng_arena_alloc(&x->arena, (cw.n + 1) * sizeof *w);
    size_t n = 0;
    for (size_t k = c->tb; k < c->te; k++)
        if (is_word(x, k))
            w[n++] = ng_arena_strndup(&x->arena, ng_tokens_fold(&x->t, k), TOK(k).flen);
    cw.w = w;
    cw.last = ng_arena_strndup(&x->arena, ng_tokens_fold(&x->t, c->te - 1), TOK(c->te - 1).flen);
    return cw;
}

/* "the Defence Ministry" after "the Turkish National Defense Ministry": an
 * organisation found by its head word whose words are some of those of
 * one state institution of the document qualified by a nationality, with
 * the same head, is that institution (two such: neither; "the Red
 * Crescent" is not the Kurdish Red Crescent: a nationality's society is
 * one of many). So is a short form of an organisation another word
 * qualifies ("the Security Council" after "the UN Security Council", "the
 * Military Council" after "the Deir ez-Zor Military Council", "the
 * Operations Command" after "the Military Operations Command"). */
static void short_org_forms(ng_extractor *x)
{
    /* of the nationalities', state institutions only: government, military */
    size_t keep = 0;
    for (size_t q = 0; q < x->n_inst; q++) {
        const char *cat = x->d[x->r[x->inst[q].rec].ent].category;
        if (!x->inst[q].last)
            continue; /* in a window before any short form */
        if (!x->inst[q].nat ||
            (cat && (ng_str_is(cat, "government") || ng_str_is(cat, "military"))))
            x->inst[keep++] = x->inst[q];
    }
    size_t ni = keep;
    for (size_t i = 0; ni && i < x->n_orgs; i++) {
        crec *c = &x->r[x->orgs[i].rec];
        if (c->dropped || c->ent < 0 || x->orgs[i].n < 2)
            continue;
        int32_t to = -1;
        for (size_t q = 0; q < ni && to != -2; q++) {
            const crec *o = &x->r[x->inst[q].rec];
            if (o->ent == c->ent || o->te - o->tb <= c->te - c->tb ||
                !words_within(&x->orgs[i], &x->inst[q]))
                continue;
            to = to >= 0 && to != o->ent ? -2 : o->ent;
        }
        if (to >= 0)
            c->ent = to;
    }
}

/* "Long Name (ACR)": the token of the acronym the candidate defines, or 0. */
static size_t acronym_defined(const ng_extractor *x, const cand *c)
{
    size_t k = c->te;
    if (k + 2 >= x->t.count || !text_is(x, k, "(") || !text_is(x, k + 2, ")"))
        return 0;
    size_t a = k + 1;
    if (!is_word(x, a) || !(FL(a) & (NG_TOK_UPPER | NG_TOK_CAP)))
        return 0;
    const char *af = ng_tokens_fold(&x->t, a);
    size_t al = TOK(a).flen;
    if (al < ACRONYM_MIN_LETTERS || al > ACRONYM_MAX_LETTERS)
        return 0;
    /* the acronym's letters must be initials of the long name, in order */
    size_t ai = 0;
    for (size_t w = c->tb; w < c->te && ai < al; w++)
        if (is_capword(x, w) && ng_tokens_fold(&x->t, w)[0] == af[ai])
            ai++;
    return ai < al ? 0 : a;
}

/* Whether token k is a word of trigger list l (data/triggers.tsv). */
static int in_list(const ng_extractor *x, size_t k, ng_trigger_list l)
{
    return ng_token_in_list(x, k, l);
}

/* A regular past tense (or participle): "evacuated", "partnered". */
static int past_tense(const ng_extractor *x, size_t k)
{
    size_t l = TOK(k).flen;
    return l >= PAST_TENSE_MIN_BYTES && !memcmp(ng_tokens_fold(&x->t, k) + l - 2, "ed", 2);
}

/* An adverb between a capital and its verb: a word of the list or one in
 * -ly ("Ankara swiftly condemned"). */
static int adverb(const ng_extractor *x, size_t k)
{
    size_t l = TOK(k).flen;
    if (l >= PAST_TENSE_MIN_BYTES && !memcmp(ng_tokens_fold(&x->t, k) + l - 2, "ly", 2))
        return 1;
    return in_list(x, k, NG_TL_CAPITAL_ADVERB);
}

/* Token k is a lower-case word, or a word of a title-case headline
 * ("Deal With Damascus"), where capitals say nothing of a word's class. */
static int lowish(const ng_extractor *x, size_t k)
{
    return is_lower(x, k) || (is_word(x, k) && (x->marks[k] & MARK_TITLE));
}

/* Token k is lowish, or a sentence's first word ("Most of Beirut"). */
static int lowish_or_first(const ng_extractor *x, size_t k)
{
    return lowish(x, k) || (is_word(x, k) && (x->marks[k] & MARK_INITIAL));
}

/* A capital named as the city by the words around it, beyond a place
 * preposition: the object of a capture or movement verb ("captured
 * Damascus", "left London"), of a place noun ("the outskirts of Damascus",
 * "south of Baghdad", "the road to Aleppo"), followed by a place noun
 * ("the Damascus countryside", "Baghdad airport"), or an example of a
 * place ("attacks in Europe including Paris"). */
static int capital_placed(ng_extractor *x, const cand *c, size_t b, int line_start)
{
    size_t n = x->t.count, e = c->te;
    /* named after the noun "capital": "the Kazakh capital, Astana",
     * "Kazakhstan's capital, Astana", "the capital Astana" */
    size_t q = c->tb > 0 && text_is(x, c->tb - 1, ",") ? c->tb - 1 : c->tb;
    if (q > 0 && is_lower(x, q - 1) && fold_is(x, q - 1, "capital"))
        return 1;
    /* "the Damascus countryside", "Tehran residents", "Beirut's port" */
    if (e < n && is_lower(x, e) &&
        ((x->fam[e] & NG_FAM_PLACE_AFTER) || in_list(x, e, NG_TL_CAPITAL_CITY_NOUN) ||
         in_list(x, e, NG_TL_CAPITAL_CITY_EVENT)))
        return 1; /* "the Astana process": named after the city */
    /* "Ankara-based", "Damascus-born" (not "Ankara-backed") */
    if (e + 1 < n && (FL(e) & NG_TOK_HYPHEN) && !(FL(e) & NG_TOK_SPACE) &&
        !(FL(e + 1) & NG_TOK_SPACE) && is_lower(x, e + 1) &&
        !in_list(x, e + 1, NG_TL_CAPITAL_COMPOUND))
        return 1;
    /* "Ankara's mayor", "Baghdad's streets" */
    if (e + 1 < n && (FL(e) & NG_TOK_POSS) && is_lower(x, e + 1) &&
        in_list(x, e + 1, NG_TL_CAPITAL_CITY_NOUN))
        return 1;
    /* "Damascus and its countryside", "Baghdad and its suburbs": the city
     * with its surroundings (not "Ankara and its allies") */
    if (e + 2 < n && fold_is(x, e, "and") && fold_is(x, e + 1, "its") && is_lower(x, e + 2) &&
        in_list(x, e + 2, NG_TL_CAPITAL_CITY_NOUN))
        return 1;
    /* "Amman, which has a citadel" (a verb after "has" acts: asked before) */
    if (e + 2 < n && text_is(x, e, ",") && fold_is(x, e + 1, "which") &&
        (fold_is(x, e + 2, "has") || fold_is(x, e + 2, "had")))
        return 1;
    /* "Baghdad was shelled", "Amman is the largest city" */
    if (e + 1 < n && (fold_is(x, e, "is") || fold_is(x, e, "was"))) {
        size_t w = e + 1;
        if (w < n && is_lower(x, w) &&
            ((x->fam[w] & NG_FAM_CAPTURE_VERB) || in_list(x, w, NG_TL_CAPITAL_CITY_VERB)))
            return 1;
        /* "Amman is the largest city", not "Damascus is to take over
         * border crossings": a noun phrase after it */
        if (w < n && is_lower(x, w) && (x->fam[w] & NG_FAM_DETERMINER))
            for (; w < n && w < e + 6 && is_lower(x, w); w++)
                if (x->fam[w] & NG_FAM_PLACE_AFTER)
                    return 1;
    }
    /* "Damascus and the Aleppo countryside": listed with a place that is
     * neither a country nor a capital */
    const cand *p = c + 1, *end = x->c + x->nc;
    while (p < end && p->sent == c->sent && p->tb < e)
        p++; /* a candidate inside this one's span */
    if (e < n && (fold_is(x, e, "and") || text_is(x, e, ",")) && p < end &&
        p->sent == c->sent && !p->dropped && p->tb <= e + 2 && p->kind == NG_KIND_PLACE &&
        p->entry >= 0) {
        /* a country's entry (a capital read as its state too) lists no city */
        const ng_gazetteer_entry *g = ng_gazetteer_get(x->gaz, (size_t)p->entry);
        if (!ng_str_is(g->category, "capital") && !ng_str_is(g->category, "country"))
            return 1;
    }
    if (line_start || b == 0 || !lowish(x, b - 1))
        return 0;
    /* "captured Damascus", "now runs Damascus": the city is taken or held;
     * "the road linking Damascus to Homs": joined to another place;
     * "central Damascus": a part of it */
    if ((x->fam[b - 1] & (NG_FAM_CAPTURE_VERB | NG_FAM_MOVE_VERB | NG_FAM_CONTROL_VERB |
                          NG_FAM_DIRECTION)) ||
        in_list(x, b - 1, NG_TL_CAPITAL_CITY_VERB) || in_list(x, b - 1, NG_TL_CAPITAL_CITY_ROUTE))
        return 1;
    int to = fold_is(x, b - 1, "to") || fold_is(x, b - 1, "from");
    /* "the outskirts of Damascus", "the road to Aleppo", "most of
     * Beirut", "the highway between Damascus and Homs" */
    if (b > 1 && lowish_or_first(x, b - 2) &&
        (fold_is(x, b - 1, "of") || to || fold_is(x, b - 1, "between")) &&
        ((x->fam[b - 2] & NG_FAM_DIRECTION) || in_list(x, b - 2, NG_TL_CAPITAL_CITY_NOUN) ||
         (fold_is(x, b - 1, "of") &&
          (fold_is(x, b - 2, "most") || fold_is(x, b - 2, "much") || fold_is(x, b - 2, "rest")))))
        return 1;
    /* "flew from Moscow", "returned to Baghdad", and a route: "from Moscow
     * to Beirut"; "Reporting from Beirut" (a sentence's first word too) */
    if (to && b > 1 && lowish_or_first(x, b - 2) &&
        ((x->fam[b - 2] & (NG_FAM_CAPTURE_VERB | NG_FAM_MOVE_VERB)) ||
         in_list(x, b - 2, NG_TL_CAPITAL_CITY_VERB) || in_list(x, b - 2, NG_TL_CAPITAL_CITY_ROUTE)))
        return 1;
    if (fold_is(x, b - 1, "to"))
        for (const cand *p = c; p > x->c;) {
            p--;
            if (p->sent != c->sent || p->te + 1 < b)
                break;
            if (p->te + 1 == b && p->tb > 0 && !p->dropped && p->kind == NG_KIND_PLACE &&
                fold_is(x, p->tb - 1, "from"))
                return 1;
        }
    /* "in Europe including Paris": an example of the place before it */
    size_t k = b - 1;
    if (fold_is(x, k, "as") && k > 0 && fold_is(x, k - 1, "such"))
        k--;
    else if (!fold_is(x, k, "including"))
        return 0;
    for (const cand *p = c; p > x->c;) {
        p--;
        if (p->sent != c->sent || p->te + 1 < k)
            break;
        if (p->te == k && !p->dropped && p->kind == NG_KIND_PLACE &&
            !(p->rule && ng_str_is(p->rule, "capital-for-state")))
            return 1;
    }
    return 0;
}

/* How a capital mention names the city (capital_as_state's *city): not
 * at all, by a bare "in X" only, or by a frame only a city has (a
 * dateline, "the outskirts of X", "flew to X"). */
enum { CAPITAL_CITY_WEAK = 1, CAPITAL_CITY = 2, CAPITAL_DATELINE = 3 };

/* A dash or colon ending a dateline ("BEIRUT -", "Beirut —", "Beirut:"). */
static int dateline_mark(const ng_extractor *x, size_t k)
{
    return (FL(k) & NG_TOK_PUNCT) &&
           ((FL(k) & NG_TOK_DASH) || text_is(x, k, ":") ||
            ((FL(k) & NG_TOK_SPACE) && (text_is(x, k, "-") || text_is(x, k, "--"))));
}

/* Past the day and country of a dateline from token m ("Jordan", "12
 * March", "Oct. 9", "June 20, 2023"): capitalised words, numbers, commas
 * and periods, at most DATELINE_MAX_WORDS tokens. */
static size_t past_dateline_words(const ng_extractor *x, size_t m)
{
    size_t n = x->t.count, end = m + DATELINE_MAX_WORDS;
    while (m < n && m < end &&
           (is_capword(x, m) || (FL(m) & NG_TOK_NUMBER) || text_is(x, m, ",") ||
            text_is(x, m, ".")))
        m++;
    return m;
}

/* Does the place [b, e) open a dateline, in any of its styles? At a
 * line's start, in capitals ("BEIRUT (AP) -") or followed by what only a
 * dateline has: a dash or a colon ("Beirut: Syria's ...", "Damascus —"),
 * the agency ("Beirut (AFP) -"), or after a comma its country or the day
 * and then one of those ("Amman, Jordan —", "Moscow, 12 March:"); or
 * after a date and a bar, alone to the line's end ("Feb 16th 2023 |
 * ANTAKYA", a magazine's). Not a headline's "Ankara: "We will ..."" (a
 * speaker's quote) nor a list ("Damascus, Moscow and Tehran said"). */
static int dateline_place(const ng_extractor *x, size_t b, size_t e)
{
    size_t n = x->t.count;
    if (b > 0 && text_is(x, b - 1, "(") && (b == 1 || (FL(b - 1) & NG_TOK_NEWLINE))) {
        /* a rights group's "(Beirut, June 20, 2023) -" */
        size_t m = past_dateline_words(x, e);
        return m + 1 < n && text_is(x, m, ")") && dateline_mark(x, m + 1) &&
               !(FL(m + 1) & NG_TOK_NEWLINE);
    }
    if (b > 0 && !(FL(b) & NG_TOK_NEWLINE)) {
        /* a magazine's "DATE | PLACE", the place ending its line */
        if (!text_is(x, b - 1, "|") || (e < n && !(FL(e) & NG_TOK_NEWLINE)))
            return 0;
        size_t k = b - 1, dates = 0;
        while (k > 0 && !(FL(k) & NG_TOK_NEWLINE)) {
            k--;
            if (bits_of(x, k) & (LEX(NG_LEX_MONTH) | LEX(NG_LEX_WEEKDAY)))
                dates++;
            else if (!(FL(k) & NG_TOK_NUMBER) && !text_is(x, k, ",") &&
                     !(is_lower(x, k) && TOK(k).flen <= 2)) /* "16th" split as "16" "th" */
                return 0;
        }
        return dates > 0;
    }
    if (FL(b) & NG_TOK_UPPER)
        return 1;
    size_t k = e;
    if (k < n && text_is(x, k, ",")) {
        /* ", Jordan", ", 12 March", ", Oct. 9": capitalised words and numbers */
        size_t m = past_dateline_words(x, k + 1);
        if (m == k + 1)
            return 0;
        k = m;
    }
    if (k < n && text_is(x, k, "(")) {
        /* the agency: "(AFP)", "(Reuters)" */
        size_t m = k + 1;
        while (m < n && m < k + 1 + DATELINE_MAX_WORDS && is_capword(x, m))
            m++;
        if (m == k + 1 || m >= n || !text_is(x, m, ")"))
            return 0;
        k = m + 1;
    }
    if (k >= n || !dateline_mark(x, k) || (FL(k) & NG_TOK_NEWLINE))
        return 0;
    /* what follows is the article's text, not a quote */
    if (k + 1 >= n || (FL(k + 1) & (NG_TOK_QUOTE | NG_TOK_NEWLINE)))
        return 0;
    if (!text_is(x, k, ":"))
        return 1;
    /* after a colon, prose to the line's end, not a headline's "Moscow:
     * Strikes Violate Truce" (the state speaking) */
    size_t m = k + 1;
    while (m + 1 < n && !(FL(m + 1) & NG_TOK_NEWLINE))
        m++;
    return text_is(x, m, ".") || (FL(m) & NG_TOK_QUOTE);
}

/* A capital speaking or acting for its government ("Washington said",
 * "Ankara's offensive", "Moscow backs"): the gazetteer entry of its
 * country, or -1 and in *city how it names the city. */
static int32_t capital_as_state(ng_extractor *x, const cand *c, int *city)
{
    const ng_gazetteer_entry *e = ng_gazetteer_get(x->gaz, (size_t)c->entry);
    *city = 0;
    if (!ng_str_is(e->category, "capital") || !e->parent)
        return -1;
    size_t k = c->te, n = x->t.count;
    int acts = 0;
    /* a dateline ("BEIRUT (AP) -", "ANKARA, Turkey -") names the city, and
     * what ends the line before it is no part of its sentence */
    int line_start = c->tb == 0 || (FL(c->tb) & NG_TOK_NEWLINE);
    if ((line_start || text_is(x, c->tb - 1, "|") || text_is(x, c->tb - 1, "(")) &&
        dateline_place(x, c->tb, c->te)) {
        *city = CAPITAL_DATELINE;
        return -1;
    }
    /* "Paris, Berlin and London summoned ...": the capitals of a list act
     * together, so look past the other names to what follows the last */
    for (int items = 0; items < CAPITALS_LIST_MAX && k + 1 < n; items++) {
        /* "Damascus and the SDF signed": an actor named with "the" */
        size_t first = k + 1 < n && fold_is(x, k + 1, "the") ? k + 2 : k + 1;
        if (!(text_is(x, k, ",") || fold_is(x, k, "and")) || first >= n ||
            !is_capword(x, first))
            break;
        size_t m = first;
        while (m < n && is_capword(x, m))
            m++;
        if (m >= n || !(text_is(x, m, ",") || fold_is(x, m, "and") || is_lower(x, m)) ||
            m - first >= CAPITAL_MAX_WORDS)
            break;
        if (text_is(x, k, ",") && k + 1 < n && fold_is(x, k + 1, "and"))
            break;
        k = m;
    }
    /* "officials in Ankara said": the city, whatever follows; so are the
     * names listed after it ("from Ankara, Moscow and Tehran") and a
     * place struck ("strikes on Damascus", not "pressure on Ankara") */
    size_t lb = c->tb;
    for (const cand *p = c; p > x->c && lb > 0 &&
                            (fold_is(x, lb - 1, "and") || text_is(x, lb - 1, ","));) {
        p--;
        if (p->sent != c->sent || p->te < lb - 1)
            break;
        /* not past a country when a verb follows: "flee into Turkey and
         * Ankara voices alarm" joins two clauses */
        if (p->te == lb - 1 && !p->dropped && p->kind == NG_KIND_PLACE &&
            !(p->category && ng_str_is(p->category, "country") && c->te < n &&
              is_lower(x, c->te) && !(x->fam[c->te] & NG_FAM_PREPOSITION) &&
              !fold_is(x, c->te, "and")))
            lb = p->tb;
    }
    int placed = lb > 0 && !line_start && ng_place_prep_before(x, lb, 0);
    /* "In Baghdad ...", a headline's "Clashes In Damascus" */
    if (!placed && lb > 0 && !line_start && (x->marks[lb - 1] & (MARK_INITIAL | MARK_TITLE)) &&
        is_word(x, lb - 1) && (bits_of(x, lb - 1) & LEX(NG_LEX_PLACE_PREP)))
        placed = 1;
    if (!placed && !line_start && lb > 1 && fold_is(x, lb - 1, "on") && is_lower(x, lb - 2))
        placed = !in_list(x, lb - 2, NG_TL_CAPITAL_PRESSED);
    /* the verb after it, past an adverb: "Moscow also welcomed",
     * "Washington, however, rejected" */
    size_t v = k;
    if (v + 1 < n && lowish(x, v) && is_lower(x, v + 1) && adverb(x, v))
        v++;
    else if (v + 3 < n && text_is(x, v, ",") && is_lower(x, v + 1) && adverb(x, v + 1) &&
             text_is(x, v + 2, ","))
        v += 3;
    /* "parts of Damascus lost water", "residents of Ankara said", "the
     * road between Damascus and Homs reopened": the verb's subject is the
     * noun before the preposition */
    int of_object = !line_start && lb > 1 &&
                    (fold_is(x, lb - 1, "of") || fold_is(x, lb - 1, "between")) &&
                    lowish_or_first(x, lb - 2);
    if (v < n && lowish(x, v) && !placed && !of_object) {
        if (bits_of(x, v) & LEX(NG_LEX_SPEECH_VERB))
            acts = 1;
        if (!acts)
            acts = in_list(x, v, NG_TL_CAPITAL_VERB);
        /* any other past tense right after it: "Tehran evacuated its
         * diplomats", "Ankara came under pressure" (not after a place
         * preposition: "in Ankara signed"; not in a headline, where
         * "Damascus Shelled" is passive) */
        int past = !acts && is_lower(x, v) && past_tense(x, v);
        if (!acts && !past)
            past = in_list(x, v, NG_TL_CAPITAL_PAST);
        if (past)
            acts = 1;
        /* "Washington is expected to", "Ankara was angered" (not "Damascus
         * was shelled") */
        if (!acts && v + 1 < n && is_lower(x, v + 1) &&
            (fold_is(x, v, "is") || fold_is(x, v, "was") || fold_is(x, v, "remains")))
            acts = in_list(x, v + 1, NG_TL_CAPITAL_MOOD);
        /* "Damascus is to take over the crossings" (not "is to the north") */
        if (!acts && v + 2 < n && (fold_is(x, v, "is") || fold_is(x, v, "was")) &&
            fold_is(x, v + 1, "to") && is_lower(x, v + 2) &&
            !(x->fam[v + 2] & (NG_FAM_DETERMINER | NG_FAM_DIRECTION)))
            acts = 1;
        /* "Washington and its allies": a city has no allies (but has its
         * countryside and suburbs: capital_placed) */
        if (!acts && k + 1 < n && fold_is(x, k, "and") &&
            (fold_is(x, k + 1, "its") || fold_is(x, k + 1, "their")) &&
            !(k + 2 < n && is_lower(x, k + 2) && in_list(x, k + 2, NG_TL_CAPITAL_CITY_NOUN)))
            acts = 1;
    }
    /* "Washington, which arms the SDF": a relative clause that acts;
     * after "has" only with a verb ("which has partnered", not "which
     * has a citadel") */
    if (!acts && k + 2 < n && text_is(x, k, ",") && fold_is(x, k + 1, "which") &&
        is_lower(x, k + 2)) {
        size_t w = k + 2;
        if (fold_is(x, w, "has") || fold_is(x, w, "have") || fold_is(x, w, "had")) {
            if (w + 2 < n && is_lower(x, w + 1) && adverb(x, w + 1))
                w++; /* "which has long backed" */
            acts = w + 1 < n && is_lower(x, w + 1) &&
                   (past_tense(x, w + 1) || in_list(x, w + 1, NG_TL_CAPITAL_VERB));
        } else {
            acts = in_list(x, w, NG_TL_CAPITAL_VERB);
        }
    }
    /* "Ankara-backed factions", "a Moscow-brokered truce" (not
     * "Ankara-based") */
    if (!acts && k == c->te && k + 1 < n && (FL(k) & NG_TOK_HYPHEN) &&
        !(FL(k) & NG_TOK_SPACE) && !(FL(k + 1) & NG_TOK_SPACE) && is_lower(x, k + 1))
        acts = in_list(x, k + 1, NG_TL_CAPITAL_COMPOUND);
    /* "Washington's Kurdish allies", "Damascus's new rulers": one
     * adjective between */
    size_t noun = k + 1;
    if (noun + 1 < n && (FL(k) & NG_TOK_POSS) &&
        ((bits_of(x, noun) & LEX(NG_LEX_DEMONYM)) || fold_is(x, noun, "new") ||
         fold_is(x, noun, "main") || fold_is(x, noun, "key") || fold_is(x, noun, "top") ||
         fold_is(x, noun, "closest") || fold_is(x, noun, "own")))
        noun++;
    if (!acts && noun < n && (FL(k) & NG_TOK_POSS) && is_lower(x, noun)) {
        /* "Moscow's envoy", "Tehran's militias", "Ankara's defence ministry" */
        acts = (bits_of(x, noun) & LEX(NG_LEX_INSTITUTION)) != 0;
        if (!acts)
            acts = in_list(x, noun, NG_TL_CAPITAL_AFFAIRS);
    }
    if (!acts && !line_start && lowish(x, c->tb - 1) &&
        ((fold_is(x, c->tb - 1, "between") && c->tb > 1 &&
          !in_list(x, c->tb - 2, NG_TL_CAPITAL_CITY_NOUN)) ||
         ((bits_of(x, c->tb - 1) & LEX(NG_LEX_SPEECH_VERB)) && !fold_is(x, c->tb - 1, "from"))))
        acts = 1; /* "talks between Ankara and Moscow", "told Washington" */
    if (!acts && !line_start && lowish(x, c->tb - 1))
        acts = in_list(x, c->tb - 1, NG_TL_CAPITAL_ACTED_ON); /* "Moscow backs Damascus" */
    /* "a coalition backed by Ankara", "which Ankara blamed on Damascus" */
    if (!acts && !line_start && c->tb > 1 && lowish(x, c->tb - 2) &&
        (fold_is(x, c->tb - 1, "by") || fold_is(x, c->tb - 1, "on")))
        acts = in_list(x, c->tb - 2, NG_TL_CAPITAL_ACTED_ON) &&
               (fold_is(x, c->tb - 1, "by") ||
                (TOK(c->tb - 2).flen >= 5 &&
                 !memcmp(ng_tokens_fold(&x->t, c->tb - 2), "blame", 5)));
    /* "pressure from Washington", "a green light from Moscow" */
    if (!acts && !line_start && c->tb > 1 && fold_is(x, c->tb - 1, "from") &&
        lowish(x, c->tb - 2))
        acts = in_list(x, c->tb - 2, NG_TL_CAPITAL_ASKED);
    /* "pressure on Ankara", "sanctions on Damascus" */
    if (!acts && !line_start && c->tb > 1 && fold_is(x, c->tb - 1, "on") &&
        lowish(x, c->tb - 2))
        acts = in_list(x, c->tb - 2, NG_TL_CAPITAL_PRESSED);
    /* "backed by Moscow and Tehran": listed after a capital that acts */
    for (const cand *p = c; !acts && !placed && !line_start && p > x->c && c->tb > 0 &&
                            (fold_is(x, c->tb - 1, "and") || text_is(x, c->tb - 1, ","));) {
        p--;
        if (p->sent != c->sent || p->te < c->tb - 1)
            break;
        acts = p->te == c->tb - 1 && !p->dropped && p->rule &&
               ng_str_is(p->rule, "capital-for-state");
    }
    /* "a deal with Damascus", "talks with Ankara" */
    if (!acts && !line_start && c->tb > 1 && fold_is(x, c->tb - 1, "with") &&
        lowish(x, c->tb - 2))
        acts = in_list(x, c->tb - 2, NG_TL_CAPITAL_DEALINGS);
    /* the object of a political noun or adjective: "aid to Baghdad",
     * "loyal to Tehran", "the approval of Ankara", "sanctions against
     * Moscow" (not "the road to", "the outskirts of", "the siege of") */
    if (!acts && !line_start && c->tb > 1 && lowish_or_first(x, c->tb - 2) && lowish(x, c->tb - 1)) {
        size_t w = c->tb - 2;
        if (fold_is(x, c->tb - 1, "to")) {
            /* "handed over to Damascus", "turned over to Baghdad" */
            if (fold_is(x, w, "over") && w > 0 && lowish(x, w - 1))
                w--;
            acts = in_list(x, w, NG_TL_CAPITAL_TO);
        }
        else if (fold_is(x, c->tb - 1, "of"))
            acts = in_list(x, w, NG_TL_CAPITAL_ASKED) || in_list(x, w, NG_TL_CAPITAL_AFFAIRS);
        else if (fold_is(x, c->tb - 1, "against"))
            acts = in_list(x, w, NG_TL_CAPITAL_AGAINST);
    }
    if (!acts) {
        /* "to" and "from" place it only after a movement or a place noun
         * ("flew to Moscow", "the road to Tehran"; not "close to Tehran",
         * "an answer from Riyadh") */
        int weak = placed && lowish(x, lb - 1) &&
                   (fold_is(x, lb - 1, "to") || fold_is(x, lb - 1, "from"));
        if (capital_placed(x, c, lb, line_start))
            *city = CAPITAL_CITY;
        else if (placed && !weak)
            /* a bare "in"/"at", or a place listed after one ("into Turkey
             * and Ankara"), also says "officials in Ankara said" */
            *city = lb < c->tb || fold_is(x, lb - 1, "in") || fold_is(x, lb - 1, "at")
                        ? CAPITAL_CITY_WEAK
                        : CAPITAL_CITY;
        return -1;
    }
    const ng_gazetteer_entry *country = ng_gazetteer_find(x->gaz, e->parent);
    if (!country || country->removed)
        return -1;
    return (int32_t)ng_gazetteer_index(x->gaz, country);
}

/* Is c an outlet named as the one told ("told Reuters", "told the BBC":
 * 1) or as the one that learns ("the BBC understands", "Reuters has
 * learned": 2), what only the publisher says of itself? */
static int publisher_mention(const ng_extractor *x, const cand *c)
{
    size_t b = c->tb, e = c->te, n = x->t.count;
    if (b > 0 && fold_is(x, b - 1, "the"))
        b--;
    /* "told X by phone", "speaking to X by telephone": the publisher's own
     * interview */
    int told = b > 0 && is_lower(x, b - 1) && in_list(x, b - 1, NG_TL_PUBLISHER_TOLD);
    if (!told && b > 1 && fold_is(x, b - 1, "to") && is_lower(x, b - 2) &&
        in_list(x, b - 2, NG_TL_PUBLISHER_SPOKE))
        told = 1;
    if (told)
        return e + 1 < n && fold_is(x, e, "by") && in_list(x, e + 1, NG_TL_PUBLISHER_PHONE) ? 2
                                                                                        : 1;
    /* "when reached by X", "contacted by X": the publisher asking */
    if (b > 1 && fold_is(x, b - 1, "by") && is_lower(x, b - 2) &&
        in_list(x, b - 2, NG_TL_PUBLISHER_REACHED))
        return 2;
    /* "Reuters has learned", "whose name the Post is withholding" */
    if (e < n && (fold_is(x, e, "has") || fold_is(x, e, "can") || fold_is(x, e, "is")))
        e++;
    return e < n && is_lower(x, e) && in_list(x, e, NG_TL_PUBLISHER_LEARNS) ? 2 : 0;
}

/* The gazetteer entry of the publisher a byline or dateline names ("By
 * Jane Doe | Associated Press", "BEIRUT (AFP) -"), or -1. */
int32_t ng_named_publisher(ng_extractor *x)
{
    if (x->pub_b == x->pub_e)
        return -1;
    char nk[NAME_KEY_CAP];
    if (!ng_memo_name_key(x, span_text(x, x->pub_b, x->pub_e), nk))
        return -1;
    const ng_gazetteer_entry *e = ng_model_lookup_key(x->model, nk, NG_KIND_ACTOR);
    return e ? (int32_t)ng_gazetteer_index(x->gaz, e) : -1;
}

/* Is candidate c named as the publisher's line names it? */
static int same_as_publisher(ng_extractor *x, const cand *c)
{
    if (x->pub_b == x->pub_e || c->tb == x->pub_b)
        return 0;
    char nk[NAME_KEY_CAP], pk[NAME_KEY_CAP];
    return ng_memo_name_key(x, span_text(x, x->pub_b, x->pub_e), pk) &&
           ng_memo_name_key(x, span_text(x, c->tb, c->te), nk) && strcmp(nk, pk) == 0;
}

int ng_media_name(ng_extractor *x, size_t b, size_t e)
{
    char nk[NAME_KEY_CAP];
    if (!ng_memo_name_key(x, span_text(x, b, e), nk))
        return 0;
    const ng_gazetteer_entry *g = ng_model_lookup_key(x->model, nk, NG_KIND_ACTOR);
    return g && g->category && ng_str_is(g->category, "media");
}

/* The publisher, named only as the one told or the one that learns, is
 * no entity (the seedgold rule). Known as the publisher: by saying what it
 * "understands", or named by a byline or a dateline. Another outlet told
 * is a source the text cites ("By Jane Doe | Associated Press ... told
 * AFP"), and so is any outlet told when nothing names the publisher. */
static void drop_publisher(ng_extractor *x)
{
    int any = 0;
    for (size_t i = 0; i < x->nr; i++) {
        const crec *c = &x->r[i];
        if (c->dropped || c->ent < 0)
            continue;
        dent *d = &x->d[c->ent];
        if (!d->category || d->category[0] != 'm' || !ng_str_is(d->category, "media"))
            continue;
        int m = c->pub;
        if (m)
            any = d->told = 1;
        else
            d->cited = 1;
        if (m == 2)
            d->learns = 1;
    }
    int32_t pub = any ? x->pub_entry : -1;
    for (size_t i = 0; any && i < x->nr; i++) {
        crec *c = &x->r[i];
        if (c->dropped || c->ent < 0)
            continue;
        const dent *d = &x->d[c->ent];
        if (d->told && !d->cited && (d->learns || (pub >= 0 && c->entry == pub)))
            c->dropped = 1;
    }
}

/* Turn candidate c, a capital, into its state. */
static void capital_to_state(ng_extractor *x, cand *c, int32_t state)
{
    c->entry = state;
    c->kind = (int8_t)ng_gazetteer_get(x->gaz, (size_t)state)->kind;
    c->rule = "capital-for-state";
}

/* Capitals in one window (a whole article unless it is book-length). Each
 * mention is weighed: one acting for its state ("Ankara said", "handed
 * over to Damascus") or one in no frame ("Tehran's lead") speaks for the
 * state, one in a city's frame (a dateline, "the outskirts of Ankara",
 * "flew to Ankara") or after a bare "in" for the city; the frames count
 * twice, the rest once. The annotators read a capital one way in a
 * document, and so does this: the side that weighs more takes every
 * mention ("Ankara said ... someone in Ankara" is Turkey twice; "the
 * rebels captured Damascus ... Damascus fell" the city twice). On a tie
 * each mention keeps its own reading, and one in no frame is the city
 * when the document places it somewhere. A dateline ("BEIRUT (AP) -")
 * weighs as a frame and stays the city whatever the rest says. */
static void capitals_resolve(ng_extractor *x)
{
    struct {
        int32_t capital, state;
        uint32_t city, gov; /* weights */
        uint8_t placed;
    } v[CAPITALS_PER_DOC];
    /* per candidate: 1 + its capital's index in v, 0 when none; and its
     * reading (CAPITAL_* or CAPITAL_GOV, 0: no frame) */
    enum { CAPITAL_GOV = CAPITAL_DATELINE + 1 };
    uint8_t *which = NULL, *how = NULL;
    size_t nv = 0;
    for (size_t i = 0; i < x->nc; i++) {
        cand *c = &x->c[i];
        /* a category's first letter spares the look-up for most entries */
        if (c->dropped || c->kind != NG_KIND_PLACE || c->entry < 0 || !c->category ||
            c->category[0] != 'c')
            continue;
        const ng_gazetteer_entry *e = ng_gazetteer_get(x->gaz, (size_t)c->entry);
        if (!ng_str_is(e->category, "capital") || !e->parent)
            continue;
        int city;
        int32_t capital = c->entry, state = capital_as_state(x, c, &city);
        if (state >= 0)
            capital_to_state(x, c, state);
        size_t j = 0;
        while (j < nv && v[j].capital != capital)
            j++;
        if (j == nv) {
            if (nv == CAPITALS_PER_DOC)
                continue; /* read mention by mention */
            const ng_gazetteer_entry *country = ng_gazetteer_find(x->gaz, e->parent);
            v[nv].capital = capital;
            v[nv].state = country && !country->removed
                              ? (int32_t)ng_gazetteer_index(x->gaz, country)
                              : -1;
            v[nv].city = v[nv].gov = 0;
            v[nv].placed = 0;
            nv++;
        }
        if (!which) {
            which = ng_arena_calloc(&x->arena, 2 * x->nc);
            how = which + x->nc;
        }
        which[i] = (uint8_t)(j + 1);
        how[i] = (uint8_t)(state >= 0 ? CAPITAL_GOV : city);
        if (state >= 0)
            v[j].gov += 2;
        else if (city)
            v[j].city += city == CAPITAL_CITY_WEAK ? 1 : 2;
        else
            v[j].gov++;
        if (city)
            v[j].placed = 1;
    }
    for (size_t i = 0; nv && i < x->nc; i++) {
        if (!which[i])
            continue;
        cand *c = &x->c[i];
        const size_t j = which[i] - 1u;
        if (v[j].state < 0 || how[i] == CAPITAL_DATELINE)
            continue;
        int gov = v[j].gov > v[j].city   ? 1
                  : v[j].gov < v[j].city ? 0
                  : how[i] == CAPITAL_GOV || (!how[i] && !v[j].placed);
        if (gov && how[i] != CAPITAL_GOV) {
            capital_to_state(x, c, v[j].state);
        } else if (!gov && how[i] == CAPITAL_GOV) {
            c->entry = v[j].capital;
            c->kind = NG_KIND_PLACE;
            c->rule = "gazetteer";
        }
    }
}

/* The id of token k's folded form in the document (x->folds). */
static uint32_t fold_id(ng_extractor *x, size_t k)
{
    /* a model word's fold keeps its id for the document (x->fold_ids) */
    uint32_t w = x->wid[k];
    if (w && w <= x->n_fold_ids && (uint32_t)(x->fold_ids[w - 1] >> 32) == x->fold_stamp)
        return (uint32_t)x->fold_ids[w - 1];
    uint32_t id = ng_strmap_put(&x->folds, ng_tokens_fold(&x->t, k), TOK(k).flen,
                                (uint32_t)x->folds.count, NULL);
    if (w) {
        if (w > x->n_fold_ids) {
            size_t n = ng_model_word_count(x->model);
            x->fold_ids = ng_xrealloc(x->fold_ids, n * sizeof *x->fold_ids);
            memset(x->fold_ids + x->n_fold_ids, 0, (n - x->n_fold_ids) * sizeof *x->fold_ids);
            x->n_fold_ids = n;
        }
        x->fold_ids[w - 1] = (uint64_t)x->fold_stamp << 32 | id;
    }
    return id;
}

/* "Al Shara", "Al-Shara": a surname with its article written capitalised
 * (two words: the article, then one capitalised word). */
static int capital_article_name(const ng_extractor *x, const cand *c)
{
    size_t b = c->tb;
    if (!is_capword(x, b) || !(fold_is(x, b, "al") || fold_is(x, b, "el")))
        return 0;
    if (c->te == b + 2)
        return (FL(b + 1) & NG_TOK_SPACE) && is_capword(x, b + 1);
    return c->te == b + 3 && (FL(b + 1) & NG_TOK_HYPHEN) && !(FL(b + 1) & NG_TOK_SPACE) &&
           !(FL(b + 2) & NG_TOK_SPACE) && is_capword(x, b + 2);
}

/* The candidate that is a second name of candidate c, given after the
 * comma that ends c: ", (also) known (in Kurdish) as C", ", who is better
 * known as C", ", known by his nom de guerre C", ", alias C", ", whose
 * real name is C", ", the nom de guerre of C"; its index, or -1. The
 * words between are alias_intro (one at least) and alias_filler words. */
static ptrdiff_t alias_after(ng_extractor *x, const cand *c)
{
    size_t k = c->te + 1, n = x->t.count;
    /* a person's apposition first: "NAME, an opposition media activist
     * known as NAME2" (lower-case words and demonyms, then "known") */
    if (c->person && k + 2 < n && is_lower(x, k) && (fold_is(x, k, "a") || fold_is(x, k, "an"))) {
        size_t j = k + 1;
        while (j < n && j < k + 1 + ALIAS_INTRO_MAX_WORDS && !fold_is(x, j, "known") &&
               (is_lower(x, j) || (bits_of(x, j) & LEX(NG_LEX_DEMONYM))))
            j++;
        if (j > k + 1 && j < n && is_lower(x, j) && fold_is(x, j, "known"))
            k = j;
    }
    if (!is_lower(x, k) || !in_list(x, k, NG_TL_ALIAS_START))
        return -1;
    int intro = 0;
    for (int words = 0; k < n && words < ALIAS_INTRO_MAX_WORDS; words++, k++) {
        if (is_lower(x, k) && in_list(x, k, NG_TL_ALIAS_INTRO))
            intro = 1;
        else if (is_lower(x, k) && in_list(x, k, NG_TL_ALIAS_FILLER))
            continue;
        else if (!(is_capword(x, k) && fold_is(x, k - 1, "in")))
            break; /* not "known in Kurdish as" */
    }
    if (!intro || k >= n || !is_capword(x, k))
        return -1;
    /* the words right before it: "known as", "name is", "guerre of", a
     * word of alias_intro ("alias", "nicknamed", "nom de guerre") */
    size_t w = fold_is(x, k - 1, "the") ? k - 2 : k - 1;
    if (fold_is(x, w, "as")) {
        if (is_capword(x, w - 1) && fold_is(x, w - 2, "in"))
            w -= 2; /* "known in Kurdish as" */
        else if (is_lower(x, w - 1) && in_list(x, w - 1, NG_TL_ALIAS_FILLER) &&
                 fold_is(x, w - 2, "known"))
            w -= 1; /* "known locally as" */
        if (!fold_is(x, w - 1, "known"))
            return -1;
    } else if (fold_is(x, w, "is") || fold_is(x, w, "was")) {
        if (!fold_is(x, w - 1, "name"))
            return -1;
    } else if (fold_is(x, w, "of")) {
        if (!fold_is(x, w - 1, "guerre"))
            return -1;
    } else if (!in_list(x, w, NG_TL_ALIAS_INTRO)) {
        return -1;
    }
    for (size_t j = 0; j < x->nc; j++) {
        const cand *o = &x->c[j];
        if (o->tb == k && o->sent == c->sent && !o->dropped)
            return (ptrdiff_t)j;
    }
    return -1;
}

/* The candidate in brackets right after candidate c, an actor as c is
 * ("Tarkhan Batirashvili (Abu Omar al-Shishani)", "Turkish Aerospace
 * Industries (TUSAS)"; not a place: "Tal Tamr (Hasakah)"): its index, or
 * -1. */
static ptrdiff_t bracket_alias_after(const ng_extractor *x, const cand *c)
{
    size_t b = c->te + 1;
    if (c->kind != NG_KIND_ACTOR)
        return -1;
    for (size_t j = 0; j < x->nc; j++) {
        const cand *o = &x->c[j];
        if (o->tb == b && o->sent == c->sent && !o->dropped && o->kind == NG_KIND_ACTOR &&
            o->te < x->t.count && text_is(x, o->te, ")"))
            return (ptrdiff_t)j;
    }
    return -1;
}

/* "designated the group a Foreign Terrorist Organization in 2018",
 * "named it a Proscribed Terrorist Organisation": an organisation found by
 * its words after "a"/"an", ending its noun phrase (no noun after it: "a
 * Karama Brigade commander"), is a designation, no body. */
static int designation(const ng_extractor *x, const cand *c)
{
    size_t b = c->tb, e = c->te;
    return c->kind == NG_KIND_ACTOR && !c->person && b > 0 && TOK(b - 1).flen <= 2 &&
           is_lower(x, b - 1) && (fold_is(x, b - 1, "a") || fold_is(x, b - 1, "an")) &&
           (e >= x->t.count || !is_lower(x, e) || (x->fam[e] & NG_FAM_PREPOSITION));
}

/* The record of the window's candidate i (x->order: candidate -> record). */
#define REC_OF(i) (x->order[i])

void ng_resolve_window(ng_extractor *x, const window *w)
{
    uint32_t base = x->base;
    size_t n_inst0 = x->n_inst, n_orgs0 = x->n_orgs;
    /* capitals first: a window's mentions of one are weighed together */
    capitals_resolve(x);
    /* first pass: candidates with a known kind */
    for (size_t i = 0; i < x->nc; i++) {
        cand *c = &x->c[i];
        if (c->dropped || c->kind < 0)
            continue;
        if (c->entry >= 0) {
            c->ent = ng_dent_for_entry(x, (size_t)c->entry, base + c->tb);
        } else if (designation(x, c)) {
            c->dropped = 1;
            continue;
        } else {
            c->ent = dent_for_discovered(x, c->kind, c->category, c->rule, c->person,
                                         base + c->tb, span_text(x, c->tb, c->te), &c->entry);
            if (c->ent < 0)
                c->dropped = 1;
            else if (x->n_orgs < SHORT_FORM_INSTITUTIONS && c->kind == NG_KIND_ACTOR &&
                     !c->person && (bits_of(x, c->te - 1) & LEX(NG_LEX_ORG_WORD)))
                x->orgs[x->n_orgs++] = (crec_words){.rec = (uint32_t)i}; /* a candidate yet */
        }
        /* a long name a short form may stand for: a nationality's ("the
         * Turkish National Defense Ministry") or one with an organisation's
         * head ("the UN Security Council", "the Deir ez-Zor Military
         * Council", "the Military Operations Command") */
        if (c->ent >= 0 && x->n_inst < SHORT_FORM_INSTITUTIONS && c->kind == NG_KIND_ACTOR &&
            c->te - c->tb >= 3 && !c->person &&
            (bits_of(x, c->tb) & LEX(NG_LEX_NATIONALITY) ||
             bits_of(x, c->te - 1) & LEX(NG_LEX_ORG_WORD)))
            x->inst[x->n_inst++] = (crec_words){.rec = (uint32_t)i};
        /* "the Assad family's rule", "the Clain clan": a surname alone
         * before a family noun names the family, not the person */
        if (c->te < x->t.count && in_list(x, c->te, NG_TL_FAMILY_NOUN) && c->ent >= 0 &&
            x->d[c->ent].person && is_lower(x, c->te) && !(FL(c->te - 1) & NG_TOK_POSS) &&
            (c->te == c->tb + 1 || (c->te == c->tb + 3 && is_lower(x, c->tb))))
            c->dropped = 1;
    }
    /* the live candidates become records, with what the rest of the
     * resolution needs of their tokens */
    ng_xgrow(&x->order, &x->cap_order, x->nc + 1, sizeof *x->order);
    size_t nr = x->nr;
    for (size_t i = 0; i < x->nc; i++)
        REC_OF(i) = x->c[i].dropped ? NG_NONE : (uint32_t)nr++;
    /* second names: the alias's candidate, the token ending the name before */
    typedef struct {
        uint32_t cand, end;
    } alias_pair;
    alias_pair alias_at[ALIASES_PER_WINDOW];
    size_t n_alias = 0;
    /* the short-form candidates of this window, by their records */
    for (size_t q = n_inst0; q < x->n_inst; q++) {
        const cand *c = &x->c[x->inst[q].rec];
        /* the words only when a short form may want them (an article's
         * window has them all) */
        x->inst[q] = x->n_orgs ? words_of(x, c) : (crec_words){0};
        x->inst[q].rec = REC_OF(c - x->c);
        x->inst[q].nat = (bits_of(x, c->tb) & LEX(NG_LEX_DEMONYM)) != 0;
    }
    for (size_t q = n_orgs0; q < x->n_orgs; q++) {
        const cand *c = &x->c[x->orgs[q].rec];
        x->orgs[q] = words_of(x, c);
        x->orgs[q].rec = REC_OF(c - x->c);
    }
    ng_xgrow(&x->r, &x->cap_r, nr, sizeof *x->r);
    for (size_t i = 0; i < x->nc; i++) {
        const cand *c = &x->c[i];
        if (c->dropped)
            continue;
        uint32_t ri = REC_OF(i);
        crec *r = &x->r[ri];
        *r = (crec){.tb = base + c->tb, .te = base + c->te, .bs = TOK(c->tb).start,
                    .be = TOK(c->te - 1).start + TOK(c->te - 1).len, .sent = w->sent0 + c->sent,
                    .entry = c->entry, .ent = c->ent, .fold = NG_NONE, .surname = NG_NONE, .given = NG_NONE,
                    .kind = c->kind, .person = c->person, .rule = c->rule};
        size_t words = word_count(x, c->tb, c->te);
        if (c->kind == NG_KIND_PLACE && words >= 2 && is_lower(x, c->te - 1) &&
            in_list(x, c->te - 1, NG_TL_ADMIN_HEAD))
            r->flags |= CR_ADMIN;
        if (words == 1)
            r->flags |= CR_SINGLE | CR_BARE;
        else if (c->te == c->tb + 3 && is_lower(x, c->tb) &&
                 (bits_of(x, c->tb) & LEX(NG_LEX_ARTICLE)) && (FL(c->tb + 1) & NG_TOK_HYPHEN))
            r->flags |= CR_BARE; /* "al-Hafal" */
        else if (words == 2 && capital_article_name(x, c))
            r->flags |= CR_BARE; /* "Al Shara", "Al-Shara" */
        if (r->flags & CR_BARE) {
            r->fold = fold_id(x, c->te - 1);
            /* a word the rules know ("Observatory", "Air") is no surname
             * in another spelling */
            if (!(bits_of(x, c->te - 1) & ~LEX(NG_LEX_FIRSTNAME)) && !x->lset[c->te - 1])
                r->flags |= CR_NAMEWORD;
            if (r->tb > 0 && ng_place_prep_before(x, c->tb, 0))
                r->flags |= CR_PREP;
        }
        if (x->marks[c->tb] & MARK_INITIAL)
            r->flags |= CR_INITIAL;
        /* "the Observatory", "the Commission": a head word alone, after
         * "the", names the document's one organisation with that head or
         * nothing; "the Coalition", "the Government" name nothing (a
         * newspaper, "The Times", names itself) */
        if (words == 1 && c->entry < 0 && (bits_of(x, c->tb) & LEX(NG_LEX_ORG_WORD)) &&
            (FL(c->tb) & NG_TOK_CAP) && c->tb > 0 && fold_is(x, c->tb - 1, "the") &&
            !ng_media_org_head(x, c->tb))
            r->flags |= in_list(x, c->tb, NG_TL_BARE_GENERIC) ? CR_SHORTGEN : CR_SHORTHEAD;
        if (words == 1 && (bits_of(x, c->tb) & LEX(NG_LEX_FIRSTNAME)))
            r->flags |= CR_FIRSTNAME;
        if (c->ent >= 0 && x->d[c->ent].person) {
            const char *f;
            size_t n = surname_of(x, c, &f);
            if (n >= SURNAME_MIN_BYTES) {
                r->flags |= CR_SURNAME;
                r->surname = ng_strmap_put(&x->folds, f, n, (uint32_t)x->folds.count, NULL);
            }
            if (n && words >= 2) {
                r->flags |= CR_GIVEN;
                r->given = fold_id(x, c->tb);
            }
        }
        r->pub = (uint8_t)publisher_mention(x, c);
        /* "speaking to Euronews by phone" under "By Euronews with AP": an
         * outlet the gazetteer does not know, told, named by the
         * publisher's line, is the publisher */
        if (r->pub && c->entry < 0 && same_as_publisher(x, c))
            r->dropped = 1;
        /* "the Karama Relief Society" may be "the Karama Relief" */
        if (c->ent >= 0 && c->entry < 0 && c->kind == NG_KIND_ACTOR && !c->person &&
            c->te - c->tb >= 2 && ng_generic_org_head(x, c->te - 1)) {
            char nk[NAME_KEY_CAP], key[ENTITY_KEY_CAP];
            size_t kl = ng_memo_name_key(x, span_text(x, c->tb, c->te - 1), nk);
            if (kl) {
                ng_buf_join(key, sizeof key, (const char *const[]){"a:", nk}, 2);
                ng_xgrow(&x->generics, &x->cap_generics, x->n_generics + 1,
                         sizeof *x->generics);
                x->generics[x->n_generics++] =
                    (crec_key){ri, ng_arena_strdup(&x->arena, key)};
                r->flags |= CR_GENERIC;
            }
        }
        /* a second name after this one ("NAME (C)", "NAME, known as C"):
         * joined to it once all are records */
        size_t a = 0;
        if (c->ent >= 0 && c->te + 2 < x->t.count && TOK(c->te).len == 1) {
            char ch = x->text[TOK(c->te).start];
            ptrdiff_t o = -1;
            if (ch == '(') {
                o = bracket_alias_after(x, c);
                a = acronym_defined(x, c);
            } else if (ch == ',') {
                o = alias_after(x, c);
            }
            if (o >= 0 && n_alias < ALIASES_PER_WINDOW)
                alias_at[n_alias++] = (alias_pair){(uint32_t)o, c->te};
        }
        if (a) {
            ng_xgrow(&x->acros, &x->cap_acros, x->n_acros + 1, sizeof *x->acros);
            x->acros[x->n_acros++] = (crec_fold){ri, fold_id(x, a)};
            r->flags |= CR_ACRONYM;
        }
        /* "Fabien and Jean-Michel Clain": the candidates after "and" */
        if (words == 1 && (bits_of(x, c->tb) & LEX(NG_LEX_FIRSTNAME)) &&
            c->te + 1 < x->t.count && fold_is(x, c->te, "and")) {
            r->flags |= CR_COORD;
            for (size_t j = 0; j < x->nc; j++) {
                const cand *o = &x->c[j];
                if (o->sent != c->sent || o->dropped || o->tb != c->te + 1)
                    continue;
                const char *sf;
                size_t sl = surname_of(x, o, &sf);
                const char *full = NULL;
                if (sl) {
                    size_t st = o->te;
                    while (!is_word(x, st - 1))
                        st--;
                    st--;
                    char buf[FULL_NAME_CAP];
                    snprintf(buf, sizeof buf, "%.*s %.*s", (int)TOK(c->tb).len,
                             x->text + TOK(c->tb).start, (int)TOK(st).len,
                             x->text + TOK(st).start);
                    full = ng_arena_strdup(&x->arena, buf);
                }
                ng_xgrow(&x->coords, &x->cap_coords, x->n_coords + 1, sizeof *x->coords);
                x->coords[x->n_coords++] = (crec_coord){ri, REC_OF(j), full};
            }
        }
    }
    /* "Tarkhan Batirashvili, known as Abu Omar al-Shishani", "NAME, alias
     * NAME2", "NAME, whose real name is NAME2": one entity, two names */
    for (size_t q = 0; q < n_alias; q++) {
        size_t i = alias_at[q].cand, p = alias_at[q].end;
        const cand *c = &x->c[i];
        if (c->dropped || c->ent < 0)
            continue;
        for (size_t j = 0; j < x->nc; j++) {
            const cand *o = &x->c[j];
            if (o->sent != c->sent || o->te != p || o->dropped || o->ent < 0 ||
                o->kind != c->kind || x->d[o->ent].person != x->d[c->ent].person ||
                o->ent == c->ent)
                continue;
            /* a found name joins a known one; two known ones stay apart */
            crec *from = &x->r[REC_OF(i)], *to = &x->r[REC_OF(j)];
            if (c->entry >= 0) {
                if (o->entry >= 0)
                    break;
                from = to;
                to = &x->r[REC_OF(i)];
            }
            if (x->ops.binding)
                x->ops.binding(x->ud, x->d[from->ent].key, x->d[to->ent].key);
            from->ent = to->ent;
            from->entry = to->entry;
            break;
        }
    }
    x->nr = nr;
}

/* Key maps of one document (x->skeys, x->heads): key -> the one dent
 * with that key, or KEY_SHARED (two or more). */
#define KEY_SHARED (NG_NONE - 1)

/* Note that dent ent has key [k, k + n) in map m. */
static void key_owner(ng_strmap *m, const char *k, size_t n, uint32_t ent)
{
    uint32_t was = ng_strmap_put(m, k, n, ent, NULL);
    if (was != ent && was != KEY_SHARED)
        ng_strmap_set(m, k, n, KEY_SHARED);
}

/* The name key of the last word of record c's text, into nk (NAME_KEY_CAP
 * bytes); 0: the word is too short for a surname. */
static size_t last_word_key(ng_extractor *x, const crec *c, char *nk)
{
    uint32_t b = c->be;
    while (b > c->bs && x->text[b - 1] != ' ' && x->text[b - 1] != '-')
        b--;
    if (c->be - b < SURNAME_MIN_BYTES)
        return 0;
    return memo_name_key_n(x, x->text + b, c->be - b, nk);
}

/* The person whose surname has the name key of bare record c's word
 * ("Hasan" for "Omar Hassan"), NG_NONE: none or two. The keys of the
 * document's surnames are made on the first call (x->skeys: key -> the
 * person, KEY_SHARED for two), the document's first bare name with no
 * surname written as it is: one lookup a name, however long the document. */
static uint32_t surname_by_key(ng_extractor *x, const crec *c, int *built)
{
    char nk[NAME_KEY_CAP];
    if (!*built) {
        *built = 1;
        ng_strmap_clear(&x->skeys);
        for (size_t i = 0; i < x->nr; i++) {
            const crec *r = &x->r[i];
            if (!(r->flags & CR_SURNAME) || (r->flags & CR_BARE) || r->ent < 0 ||
                !x->d[r->ent].person)
                continue;
            if (!last_word_key(x, r, nk))
                continue;
            key_owner(&x->skeys, nk, strlen(nk), (uint32_t)r->ent);
        }
    }
    if (!x->skeys.count)
        return NG_NONE;
    if (!last_word_key(x, c, nk))
        return NG_NONE;
    uint32_t p = ng_strmap_get(&x->skeys, nk, strlen(nk));
    return p == KEY_SHARED ? NG_NONE : p;
}

/* Is the word of bytes [b, b + n) of the text, as written in any case,
 * the head of record o's name: its last word, or a word followed by "of",
 * "for" or "on" ("Commission of Inquiry")? */
static int heads_name(const ng_extractor *x, const crec *o, uint32_t b, uint32_t n)
{
    const char *t = x->text, *w = t + b;
    for (uint32_t p = o->bs; p + n <= o->be; p++) {
        if ((p > o->bs && t[p - 1] != ' ') || strncasecmp(t + p, w, n) != 0)
            continue;
        uint32_t q = p + n;
        if (q == o->be)
            return 1;
        if (t[q] != ' ')
            continue;
        q++;
        if ((q + 3 <= o->be && (!strncmp(t + q, "of ", 3) || !strncmp(t + q, "on ", 3))) ||
            (q + 4 <= o->be && !strncmp(t + q, "for ", 4)))
            return 1;
    }
    return 0;
}

/* Can record o's entity be the organisation a short form names (its
 * heads aside)? */
static int org_for_short_form(const ng_extractor *x, const crec *o)
{
    return !o->dropped && o->ent >= 0 && o->te - o->tb >= 2 &&
           x->d[o->ent].kind == NG_KIND_ACTOR && !x->d[o->ent].person;
}

/* The one organisation of the document (a name of two words or more)
 * whose head is short-form record c's word ("the Observatory" for "the
 * Syrian Observatory for Human Rights"), -1: none or two. Reads every
 * record before c: heads_index does the same with one lookup. */
static int32_t org_by_head(ng_extractor *x, const crec *c)
{
    int32_t to = -1;
    for (size_t i = 0; i < x->nr; i++) {
        const crec *o = &x->r[i];
        if (o->tb > c->tb)
            break; /* the full name first */
        if (o->ent == to || !org_for_short_form(x, o) || !heads_name(x, o, c->bs, c->be - c->bs))
            continue;
        if (to >= 0)
            return -1;
        to = o->ent;
    }
    return to;
}

/* Bytes [s, s + n) in ASCII lower case (as strncasecmp compares in the C
 * locale), in b. */
static const char *ascii_lower(ng_buf *b, const char *s, size_t n)
{
    b->len = 0;
    ng_buf_reserve(b, n);
    for (size_t k = 0; k < n; k++)
        b->data[k] = s[k] >= 'A' && s[k] <= 'Z' ? (char)(s[k] + 'a' - 'A') : s[k];
    b->data[n] = '\0';
    b->len = n;
    return b->data;
}

/* The head words of record o (each word of its text, between spaces,
 * that heads_name would accept: the last, or one before "of ", "on ",
 * "for "), in ASCII lower case as strncasecmp compares, into x->heads. */
static void heads_add(ng_extractor *x, const crec *o)
{
    const char *t = x->text;
    for (uint32_t p = o->bs; p < o->be; p++) {
        if (p > o->bs && t[p - 1] != ' ')
            continue;
        uint32_t q = p;
        while (q < o->be && t[q] != ' ')
            q++;
        if (q == p)
            continue;
        if (q < o->be) {
            uint32_t r = q + 1;
            if (!((r + 3 <= o->be && (!strncmp(t + r, "of ", 3) || !strncmp(t + r, "on ", 3))) ||
                  (r + 4 <= o->be && !strncmp(t + r, "for ", 4))))
                continue;
        }
        key_owner(&x->heads, ascii_lower(&x->head_word, t + p, q - p), q - p,
                  (uint32_t)o->ent);
    }
}

/* org_by_head reads at most so many records before a short form: an
 * article's are fewer than the index would cost. */
#define HEADS_INDEX_MIN 512

/* Where a document's short forms stand (ng_resolve_document). */
typedef struct heads_index {
    uint32_t *sufmin; /* per record j: the least tb of records j.. (NULL: not made) */
    size_t added;     /* x->heads holds the records before this one */
    size_t scan;      /* the records before this one are looked at for a cut */
    uint32_t maxtb;   /* the greatest tb of the records before scan */
} heads_index;

/* org_by_head for record c, the second pass's record i, in one lookup.
 * The records are in order of sentence, not of position within one (a
 * sentence's known names come first), and org_by_head stops at the first
 * record after c: the records before a cut, a record j before which no
 * record starts after any record from j on, are all read for every record
 * from j on. Those before the last cut before i are done with (their
 * entity and dropping are final) and go into x->heads by their head words;
 * the rest are read one by one. A record among a document's first
 * HEADS_INDEX_MIN, or a word with a space or a NUL in it (a key of
 * x->heads is one word), takes org_by_head. */
static int32_t org_by_head_indexed(ng_extractor *x, const crec *c, size_t i, heads_index *h)
{
    uint32_t n = c->be - c->bs;
    const char *w = x->text + c->bs;
    if (i < HEADS_INDEX_MIN || !n || memchr(w, ' ', n) || memchr(w, '\0', n))
        return org_by_head(x, c);
    if (!h->sufmin) {
        h->sufmin = ng_xmalloc((x->nr + 1) * sizeof *h->sufmin);
        h->sufmin[x->nr] = UINT32_MAX;
        for (size_t j = x->nr; j-- > 0;)
            h->sufmin[j] = x->r[j].tb < h->sufmin[j + 1] ? x->r[j].tb : h->sufmin[j + 1];
        ng_strmap_clear(&x->heads);
        h->added = h->scan = 0;
        h->maxtb = 0;
    }
    for (; h->scan < i; h->scan++) {
        if (x->r[h->scan].tb > h->maxtb)
            h->maxtb = x->r[h->scan].tb;
        if (h->maxtb > h->sufmin[h->scan + 1])
            continue;
        for (; h->added <= h->scan; h->added++)
            if (org_for_short_form(x, &x->r[h->added]))
                heads_add(x, &x->r[h->added]);
    }
    uint32_t v = ng_strmap_get(&x->heads, ascii_lower(&x->head_word, w, n), n);
    if (v == KEY_SHARED)
        return -1;
    int32_t to = v == NG_NONE ? -1 : (int32_t)v;
    for (size_t j = h->added; j < x->nr; j++) {
        const crec *o = &x->r[j];
        if (o->tb > c->tb)
            break; /* the full name first */
        if (o->ent == to || !org_for_short_form(x, o) || !heads_name(x, o, c->bs, n))
            continue;
        if (to >= 0)
            return -1;
        to = o->ent;
    }
    return to;
}

void ng_resolve_document(ng_extractor *x)
{
    size_t nf = x->folds.count;
    ng_xgrow(&x->by_fold, &x->cap_by_fold, 3 * nf + 1, sizeof *x->by_fold);
    uint32_t *surnames = x->by_fold, *acronyms = x->by_fold + nf, *givens = x->by_fold + 2 * nf;
    int skeys_built = 0, have_surnames = 0;
    heads_index heads = {0};
    for (size_t i = 0; i < 3 * nf; i++)
        x->by_fold[i] = NG_NONE;
    /* "the Karama Relief Society" and "the Karama Relief" in one document:
     * a generic head added to a discovered organisation's name is the
     * same organisation (not a known one with another head) */
    for (size_t i = 0; i < x->n_generics; i++) {
        uint32_t id = ng_dent_by_key(x, x->generics[i].key);
        if (id != NG_NONE && !x->d[id].person)
            x->r[x->generics[i].rec].ent = (int32_t)id;
    }
    if (x->n_inst && x->n_orgs)
        short_org_forms(x);
    /* persons by surname (full names of two or more words) */
    for (size_t i = 0; i < x->nr; i++) {
        const crec *r = &x->r[i];
        if (r->ent < 0 || !x->d[r->ent].person)
            continue;
        /* "al-Hafal said", "Al Shara said": a surname, no full name */
        if ((r->flags & (CR_SURNAME | CR_BARE)) == (CR_SURNAME | CR_BARE))
            continue;
        if ((r->flags & CR_SURNAME) && surnames[r->surname] == NG_NONE)
            surnames[r->surname] = (uint32_t)r->ent;
        have_surnames |= (r->flags & CR_SURNAME) != 0;
        /* its first word, for the given name alone ("Omar" of "Omar Haddad") */
        if (r->flags & CR_GIVEN) {
            uint32_t was = givens[r->given];
            if (was == NG_NONE)
                givens[r->given] = (uint32_t)r->ent;
            else if (was != (uint32_t)r->ent)
                givens[r->given] = GIVEN_SHARED;
        }
    }
    /* "Long Name (ACR)": bind the acronym to the long name's entity */
    for (size_t i = 0; i < x->n_acros; i++) {
        const crec *r = &x->r[x->acros[i].rec];
        if (r->ent >= 0)
            acronyms[x->acros[i].fold] = (uint32_t)r->ent;
    }
    /* second pass: what the rest of the document tells */
    size_t ci = 0;
    for (size_t i = 0; i < x->nr; i++) {
        crec *c = &x->r[i];
        if (c->dropped)
            continue;
        int single = (c->flags & CR_SINGLE) != 0;
        /* "the Observatory" after "the Syrian Observatory for Human Rights" */
        if (c->flags & (CR_SHORTHEAD | CR_SHORTGEN)) {
            int32_t o = c->flags & CR_SHORTHEAD ? org_by_head_indexed(x, c, i, &heads) : -1;
            if (o < 0) {
                c->dropped = 1;
                continue;
            }
            c->ent = o;
            c->kind = NG_KIND_ACTOR;
            c->person = 0;
            c->rule = "short-form";
            continue;
        }
        /* a bare surname after the full name: the same person (also when the
         * surname alone got a cue of its own: "Shami said"; also with its
         * article: "al-Hafal said" after "Ibrahim al-Hafal") */
        if ((c->flags & CR_BARE) && (c->kind < 0 || c->entry < 0 || !x->d[c->ent].person)) {
            uint32_t p = surnames[c->fold];
            /* "Hasan said" after "Omar Hassan": the surname's key (not
             * for a known name: "Al Jazeera" is no "Ahmed Jazira") */
            if (p == NG_NONE && have_surnames && (c->flags & CR_NAMEWORD) && c->entry < 0 &&
                (c->kind < 0 || c->person))
                p = surname_by_key(x, c, &skeys_built);
            /* a headline's surname may come before the full name */
            if (p != NG_NONE && (int32_t)p != c->ent &&
                (x->d[p].first_tok < c->tb || (c->sent == 0 && c->entry < 0)) &&
                !(c->entry >= 0 && (c->flags & CR_PREP))) {
                c->ent = (int32_t)p;
                c->kind = NG_KIND_ACTOR;
                c->entry = -1;
                c->rule = "surname";
                continue;
            }
        }
        /* a given name alone, before or after the full name: "her son
         * Omar ... Omar Haddad" (a person by its cue, or a known given
         * name without a cue) */
        if (single && c->entry < 0 && (c->kind < 0 ? (c->flags & CR_FIRSTNAME) : c->person)) {
            uint32_t p = givens[c->fold];
            if (p != NG_NONE && p != GIVEN_SHARED && (int32_t)p != c->ent) {
                c->ent = (int32_t)p;
                c->kind = NG_KIND_ACTOR;
                c->person = 1;
                c->rule = "given-name";
                continue;
            }
        }
        /* an acronym defined in this document */
        if (single && c->entry < 0) {
            uint32_t a = acronyms[c->fold];
            if (a != NG_NONE) {
                if (c->ent >= 0 && c->ent != (int32_t)a && x->ops.binding)
                    x->ops.binding(x->ud, x->d[c->ent].key, x->d[a].key);
                c->ent = (int32_t)a;
                c->kind = (int8_t)x->d[a].kind;
                c->rule = "acronym-definition";
                continue;
            }
        }
        if (c->kind >= 0)
            continue;
        /* a name seen elsewhere in the document with a cue */
        char nk[NAME_KEY_CAP], key[ENTITY_KEY_CAP];
        const char *label = ng_arena_strndup(&x->arena, x->text + c->bs, c->be - c->bs);
        size_t kl = ng_memo_name_key(x, label, nk);
        if (!kl) {
            c->dropped = 1;
            continue;
        }
        int found = 0;
        for (int k = 0; k < 2 && !found; k++) {
            char prefix[3] = {kind_prefix((ng_kind)k), ':', '\0'};
            ng_buf_join(key, sizeof key, (const char *const[]){prefix, nk}, 2);
            uint32_t id = ng_dent_by_key(x, key);
            if (id != NG_NONE) {
                c->ent = (int32_t)id;
                c->kind = (int8_t)x->d[id].kind;
                c->rule = "document";
                found = 1;
            }
        }
        /* another transliteration of a known name ("Aqeidat" for the
         * gazetteer's "Aqidat"), when one entry of one kind has its key;
         * not a lone word opening a sentence ("Homes were ..." is no Homs) */
        if (!found && !(single && (c->flags & CR_INITIAL))) {
            const ng_gazetteer_entry *ga = ng_model_lookup_key(x->model, nk, NG_KIND_ACTOR);
            const ng_gazetteer_entry *gp = ng_model_lookup_key(x->model, nk, NG_KIND_PLACE);
            const ng_gazetteer_entry *g = ga && !gp ? ga : gp && !ga ? gp : NULL;
            if (g) {
                c->entry = (int32_t)ng_gazetteer_index(x->gaz, g);
                c->kind = (int8_t)g->kind;
                c->rule = "gazetteer-variant";
                c->ent = ng_dent_for_entry(x, (size_t)c->entry, c->tb);
                found = 1;
            }
        }
        /* "Fabien and Jean-Michel Clain": a first name sharing the surname */
        if (!found && (c->flags & CR_COORD)) {
            while (ci < x->n_coords && x->coords[ci].rec < i)
                ci++;
            for (; ci < x->n_coords && x->coords[ci].rec == i; ci++) {
                const crec *o = &x->r[x->coords[ci].other];
                if (o->dropped || o->ent < 0 || !x->d[o->ent].person)
                    continue;
                if (!x->coords[ci].full)
                    break;
                c->kind = NG_KIND_ACTOR;
                c->person = 1;
                c->rule = "coordinated-name";
                c->ent = dent_for_discovered(x, NG_KIND_ACTOR, "person", c->rule, 1, c->tb,
                                             x->coords[ci].full, &c->entry);
                found = c->ent >= 0;
                break;
            }
        }
        if (!found)
            c->dropped = 1;
    }
    free(heads.sufmin);
    drop_publisher(x);
}
