/* extractor.c - entity discovery and resolution over one document
 *
 * Per document: tokens and sentences; line marks (page furniture, photo
 * credits, bylines, all-capitals and title-case headlines); per sentence,
 * gazetteer matches and capitalised name spans classified by cues; a second
 * pass that uses what the whole document says (surnames, acronyms, names
 * seen elsewhere with a cue); then mentions, co-occurrences and typed
 * relations are reported.
 */
#include "newsgraph/extract.h"

#include <string.h>
#include <time.h>

#include "newsgraph/name.h"

#include "../core/arena.h"
#include "../core/buf.h"
#include "../core/map.h"
#include "clause.h"
#include "extract_priv.h"

enum { MARK_SKIP = 1, MARK_CAPS = 2, MARK_TITLE = 4, MARK_INITIAL = 8 };

#define LEX(c) (1u << (c))
/* cue strengths: higher wins when one name gets different kinds in a document */
enum {
    S_GAZETTEER = 100,
    S_HEAD = 80,
    S_TITLE = 70,
    S_ROLE = 65,
    S_FIRSTNAME = 60,
    S_PLACE_NOUN = 60,
    S_ORG_NOUN = 55,
    S_SPEECH = 50,
    S_DEFINED = 45,
    S_PLACE_PREP = 30,
    S_ACRONYM = 20
};

typedef struct cand {
    uint32_t tb, te;   /* token span */
    uint32_t sent;
    int32_t entry;     /* gazetteer entry or -1 */
    int8_t kind;       /* ng_kind, or -1 while unknown */
    uint8_t strength;
    uint8_t person;
    uint8_t dropped;
    const char *category;
    const char *rule;
    int32_t ent;       /* document entity, -1 until resolved */
} cand;

typedef struct dent {
    ng_entity e;
    const char *rule;
    int person;
    uint32_t first_tok;
} dent;

struct ng_extractor {
    const ng_model *model;
    const ng_lexicon *lex;
    const ng_gazetteer *gaz;
    const ng_matcher *matcher;
    ng_extract_ops ops;
    void *ud;
    unsigned options;
    ng_tokens t;
    ng_sentences ss;
    uint8_t *marks;
    uint32_t *bits;  /* per token: rule-list classes */
    uint32_t *firsts; /* per token: classes with a multi-word entry starting here */
    uint32_t *ids;   /* per token: matcher vocabulary id */
    uint32_t *fam;   /* per token: relation trigger families */
    uint32_t *wid;   /* per token: 1 + its model word's id, 0 when none */
    size_t cap_marks, cap_bits, cap_ids, cap_fam, cap_firsts, cap_wid;
    ng_matches gm;
    cand *c;
    size_t nc, cap_c;
    dent *d;
    size_t nd, cap_d;
    uint32_t *order; /* candidate indices sorted by position */
    size_t cap_order;
    ng_strmap dkeys;    /* entity key -> dent */
    ng_u64map entry_dents; /* gazetteer entry -> dent (dkeys, without the key) */
    ng_strmap surnames; /* folded surname -> dent */
    ng_u64map span_ends; /* listed_places: 2*token+{0: ends, 1: starts} -> candidate */
    ng_strmap acronyms; /* folded acronym -> dent */
    uint64_t *fh;       /* per token: hash of the folded form */
    size_t cap_fh;
    /* words seen in lower case in the document (built on demand): model
     * words by their stamp, others by the hash of the fold, to a token */
    uint32_t *lower_stamp; /* per model word: the stamp of the last build it was seen in */
    size_t n_lower_stamp;
    uint32_t stamp;
    ng_u64map lowers;
    int lowers_built;
    /* ng_name_key of labels, across documents (see name_key) */
    ng_strmap name_memo; /* label -> index in memo */
    struct {
        const char *key;
        uint32_t len;
    } * memo;
    size_t n_memo, cap_memo;
    ng_arena memo_arena;
    ng_arena arena;
    const char *text;
    size_t len;
    uint32_t doc;
    int timing;
    ng_extract_stats stats;
    ng_rel_doc rdoc;
    ng_clause *clause; /* the sentence being analysed for relations */
};

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

ng_extractor *ng_extractor_new(const ng_model *model, const ng_extract_ops *ops,
                               void *userdata, unsigned options)
{
    ng_extractor *x = ng_xcalloc(1, sizeof *x);
    x->model = model;
    x->lex = ng_model_lexicon(model);
    x->gaz = ng_model_gazetteer(model);
    x->matcher = ng_model_matcher(model);
    x->ops = *ops;
    x->ud = userdata;
    x->options = options;
    ng_tokens_init(&x->t);
    ng_sentences_init(&x->ss);
    ng_strmap_init(&x->dkeys);
    ng_strmap_init(&x->surnames);
    ng_u64map_init(&x->span_ends);
    ng_u64map_init(&x->entry_dents);
    ng_strmap_init(&x->acronyms);
    ng_u64map_init(&x->lowers);
    ng_strmap_init(&x->name_memo);
    ng_arena_init(&x->memo_arena, 64 * 1024);
    ng_arena_init(&x->arena, 64 * 1024);
    x->clause = ng_xmalloc(sizeof *x->clause);
    return x;
}

void ng_extractor_free(ng_extractor *x)
{
    if (!x)
        return;
    ng_tokens_release(&x->t);
    ng_sentences_release(&x->ss);
    free(x->marks);
    free(x->bits);
    free(x->ids);
    free(x->fam);
    free(x->wid);
    free(x->lower_stamp);
    free(x->firsts);
    free(x->gm.m);
    free(x->c);
    free(x->d);
    free(x->order);
    ng_strmap_release(&x->dkeys);
    ng_u64map_release(&x->entry_dents);
    ng_strmap_release(&x->surnames);
    ng_u64map_release(&x->span_ends);
    ng_strmap_release(&x->acronyms);
    ng_u64map_release(&x->lowers);
    ng_strmap_release(&x->name_memo);
    free(x->memo);
    ng_arena_release(&x->memo_arena);
    free(x->fh);
    ng_arena_release(&x->arena);
    free(x->clause);
    free(x);
}

void ng_extractor_stats(const ng_extractor *x, ng_extract_stats *out)
{
    *out = x->stats;
}

void ng_extractor_set_timing(ng_extractor *x, int on)
{
    x->timing = on;
}

/* Empty m. Clearing costs the table's size: a table grown past `keep`
 * slots (by one huge sentence or document) is dropped rather than cleared
 * again and again for the small ones after it. */
static void u64map_reset(ng_u64map *m, size_t keep)
{
    if (m->cap > keep) {
        ng_u64map_release(m);
        ng_u64map_init(m);
    } else {
        ng_u64map_clear(m);
    }
}

/* ---- token helpers ------------------------------------------------------ */

#define TOK(k) (x->t.tok[k])
#define FL(k) (x->t.tok[k].flags)

static int fold_is(const ng_extractor *x, size_t k, const char *s)
{
    const char *f = ng_tokens_fold(&x->t, k);
    return x->t.tok[k].flen && f[0] == s[0] && ng_span_equals(f, x->t.tok[k].flen, s);
}

static int text_is(const ng_extractor *x, size_t k, const char *s)
{
    const char *p = x->text + x->t.tok[k].start;
    return p[0] == s[0] && ng_span_equals(p, x->t.tok[k].len, s);
}

static int is_word(const ng_extractor *x, size_t k)
{
    return (FL(k) & NG_TOK_WORD) != 0;
}

static int is_capword(const ng_extractor *x, size_t k)
{
    return (FL(k) & NG_TOK_WORD) && (FL(k) & (NG_TOK_CAP | NG_TOK_UPPER)) &&
           !(FL(k) & NG_TOK_NUMBER);
}

static int is_lower(const ng_extractor *x, size_t k)
{
    return (FL(k) & NG_TOK_WORD) && (FL(k) & NG_TOK_LOWER);
}

static uint32_t bits_of(const ng_extractor *x, size_t k)
{
    return x->bits[k];
}

static int lower_has(const ng_extractor *x, size_t k, ng_lex_class c)
{
    return is_lower(x, k) && (x->bits[k] & LEX(c));
}

/* Can an entry of class c start at token i? Not at a word without the
 * class's bits (a hyphen or an empty fold is skipped by the lookups). */
static int lex_may_start(const ng_extractor *x, ng_lex_class c, size_t i)
{
    const ng_token *t = &x->t.tok[i];
    return !t->flen || (t->flags & NG_TOK_HYPHEN) || ((x->bits[i] | x->firsts[i]) & LEX(c));
}

/* ng_lexicon_match, skipped at once where no entry of the class can start. */
static size_t lex_match(const ng_extractor *x, ng_lex_class c, size_t i, size_t end)
{
    if (i >= end || !lex_may_start(x, c, i))
        return 0;
    return ng_lexicon_match(x->lex, c, &x->t, i, end);
}

/* Is any token in [b, e) marked with m? */
static int any_mark(const ng_extractor *x, size_t b, size_t e, uint8_t m)
{
    for (size_t k = b; k < e; k++)
        if (x->marks[k] & m)
            return 1;
    return 0;
}

static size_t word_count(const ng_extractor *x, size_t b, size_t e)
{
    size_t n = 0;
    for (size_t k = b; k < e; k++)
        if (is_word(x, k))
            n++;
    return n;
}

/* Do tokens i and k fold to the same word? */
static int same_fold(const ng_extractor *x, size_t i, size_t k)
{
    return TOK(i).flen == TOK(k).flen &&
           memcmp(ng_tokens_fold(&x->t, i), ng_tokens_fold(&x->t, k), TOK(k).flen) == 0;
}

/* Does a folded word occur in lower case anywhere in the document? */
static int seen_lower(ng_extractor *x, size_t k)
{
    if (!x->lowers_built) {
        size_t nw = ng_model_word_count(x->model);
        if (x->n_lower_stamp != nw || ++x->stamp == 0) {
            /* a first document, another model, or the stamps came round */
            free(x->lower_stamp);
            x->lower_stamp = ng_xcalloc(nw + 1, sizeof *x->lower_stamp);
            x->n_lower_stamp = nw;
            x->stamp = 1;
        }
        /* a model word by its id; another by the hash of its fold (computed
         * once per token), to the first token with it: no key is copied */
        for (size_t i = 0; i < x->t.count; i++)
            if (is_lower(x, i)) {
                if (x->wid[i])
                    x->lower_stamp[x->wid[i] - 1] = x->stamp;
                else
                    ng_u64map_put(&x->lowers, x->fh[i], (uint32_t)i); /* the first stays */
            }
        x->lowers_built = 1;
    }
    /* the same model word is the same fold; a fold that is not a model word
     * is never one that is */
    if (x->wid[k])
        return x->lower_stamp[x->wid[k] - 1] == x->stamp;
    uint32_t i = ng_u64map_get(&x->lowers, x->fh[k]);
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

/* ---- line marks ----------------------------------------------------------- */

static int is_terminal_punct(const ng_extractor *x, size_t k)
{
    return (FL(k) & NG_TOK_PUNCT) &&
           (text_is(x, k, ".") || text_is(x, k, "!") || text_is(x, k, "?") ||
            text_is(x, k, "\xE2\x80\x9D") || text_is(x, k, "\""));
}

/* A "/" with no space before it ("Name/AFP", "AFP/Getty"): where a photo
 * credit may be. */
static int glued_slash(const ng_extractor *x, size_t k)
{
    return (FL(k) & NG_TOK_PUNCT) && !(FL(k) & NG_TOK_SPACE) && text_is(x, k, "/");
}

static void mark_line(ng_extractor *x, size_t b, size_t e)
{
    size_t words = 0, upper = 0, cap = 0, content = 0, content_cap = 0;
    size_t slash = e; /* the first glued "/" before the line's last token */
    for (size_t k = b; k < e; k++) {
        if (!is_word(x, k) || (FL(k) & NG_TOK_NUMBER)) {
            if (slash == e && k + 1 < e && glued_slash(x, k))
                slash = k;
            continue;
        }
        words++;
        if (FL(k) & NG_TOK_UPPER)
            upper++;
        if (FL(k) & NG_TOK_CAP)
            cap++;
        if (!(bits_of(x, k) & (LEX(NG_LEX_STOPWORD) | LEX(NG_LEX_CONNECTOR))) && TOK(k).flen > 3) {
            content++;
            if (FL(k) & NG_TOK_CAP)
                content_cap++;
        }
    }
    if (!words)
        return;
    int terminal = is_terminal_punct(x, e - 1);
    /* page furniture and scrape junk: a short line holding a furniture phrase */
    if (words <= 12) {
        for (size_t k = b; k < e; k++) {
            if (lex_match(x, NG_LEX_FURNITURE, k, e)) {
                memset(x->marks + b, MARK_SKIP, e - b);
                return;
            }
        }
    }
    /* byline: "Josie Ensor in Beirut", "By Jane Doe" */
    int by = fold_is(x, b, "by");
    if (words >= 2 && words <= (by ? 14 : 8) && !terminal) {
        int ok = 1, has_in = 0;
        for (size_t k = b; k < e && ok; k++) {
            if (!is_word(x, k)) {
                /* "By Jane Doe | Associated Press", "By Jane Doe — AFP" */
                ok = text_is(x, k, ",") || (FL(k) & NG_TOK_HYPHEN) ||
                     (by && (text_is(x, k, "|") || text_is(x, k, "/") ||
                             text_is(x, k, "\xE2\x80\x94") || text_is(x, k, "\xE2\x80\x93") ||
                             text_is(x, k, "\xE2\x80\xA2") || text_is(x, k, "\xC2\xB7")));
                continue;
            }
            if (fold_is(x, k, "in") || fold_is(x, k, "and"))
                has_in |= fold_is(x, k, "in");
            else if (!(FL(k) & NG_TOK_CAP) || ((FL(k) & NG_TOK_UPPER) && !by))
                ok = 0; /* an agency in capitals may sign a "By" line */
        }
        if (ok && (has_in || by) && (FL(b) & NG_TOK_CAP) &&
            (by || !(bits_of(x, b) & LEX(NG_LEX_STOPWORD)))) {
            memset(x->marks + b, MARK_SKIP, e - b);
            return;
        }
    }
    /* photo credits: "Name Surname/AFP", "AFP/Getty Images" */
    for (size_t k = slash; k + 1 < e; k++) {
        if (!glued_slash(x, k))
            continue;
        size_t cl = lex_match(x, NG_LEX_CREDIT, k + 1, e);
        size_t end = k + 1 + cl;
        size_t start = k;
        if (!cl) {
            /* credit before the slash: "AFP/Getty" */
            if (k == b || !lex_match(x, NG_LEX_CREDIT, k - 1, k))
                continue;
            start = k - 1;
            end = k + 1;
            while (end < e && is_capword(x, end))
                end++;
        } else {
            size_t n = 0;
            while (start > b && n < 3 && is_capword(x, start - 1)) {
                start--;
                n++;
            }
        }
        memset(x->marks + start, MARK_SKIP, end - start);
    }
    if (words >= 2 && upper * 5 >= words * 4) {
        for (size_t k = b; k < e; k++)
            x->marks[k] |= MARK_CAPS;
    } else if (content >= 4 && !terminal && content_cap * 5 >= content * 4) {
        for (size_t k = b; k < e; k++)
            x->marks[k] |= MARK_TITLE;
    }
}

static void mark_lines(ng_extractor *x)
{
    size_t n = x->t.count, b = 0;
    for (size_t k = 1; k <= n; k++) {
        if (k == n || (FL(k) & NG_TOK_NEWLINE)) {
            mark_line(x, b, k);
            b = k;
        }
    }
    for (size_t s = 0; s < x->ss.count; s++) {
        for (size_t k = x->ss.s[s].tok_begin; k < x->ss.s[s].tok_end; k++) {
            if (is_word(x, k)) {
                x->marks[k] |= MARK_INITIAL;
                break;
            }
        }
    }
}

/* ---- candidates ------------------------------------------------------------ */

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

/* Gazetteer matches of sentence s, leftmost-longest, as candidates. */
static void gazetteer_candidates(ng_extractor *x, uint32_t s, size_t sb, size_t se)
{
    x->gm.count = 0;
    ng_matcher_run_ids(x->matcher, &x->t, x->ids, sb, se, &x->gm);
    if (!x->gm.count)
        return;
    ng_match *mv = x->gm.m;
    if (x->gm.count <= 32) {
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
        /* a match glued to a longer word by a hyphen on the left or right
         * is part of a compound only when it is the modifier ("US-backed"):
         * "Al-Hawl" style names are whole tokens already */
        const ng_gazetteer_entry *e = ng_gazetteer_get(x->gaz, m->entry);
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
    }
}

/* Strip from the front of a name span what is not part of the name. Sets
 * *title when a title was removed. */
static void trim_span(const ng_extractor *x, size_t *pb, size_t *pe, int *title)
{
    size_t b = *pb, e = *pe;
    int org_head = e > b && (bits_of(x, e - 1) & LEX(NG_LEX_ORG_WORD));
    while (b < e) {
        uint32_t bt = bits_of(x, b);
        size_t tl;
        if (!is_word(x, b) || (FL(b) & NG_TOK_HYPHEN)) {
            b++;
        } else if ((tl = lex_match(x, NG_LEX_TITLE, b, e)) &&
                   b + tl < e && !(org_head && e - b - tl <= 1)) {
            b += tl;
            *title = 1;
            /* a trailing period of an abbreviated title: "Col." */
            if (b < e && text_is(x, b, "."))
                b++;
        } else if (bt & (LEX(NG_LEX_STOPWORD) | LEX(NG_LEX_MONTH) | LEX(NG_LEX_WEEKDAY))) {
            b++;
        } else if ((bt & LEX(NG_LEX_DEMONYM)) && !org_head) {
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

/* Category of an organisation from its head word. */
static const char *org_category(const ng_extractor *x, size_t k)
{
    static const struct {
        const char *word, *cat;
    } heads[] = {
        {"forces", "armed_group"},   {"force", "armed_group"},     {"army", "armed_group"},
        {"brigade", "armed_group"},  {"brigades", "armed_group"},  {"battalion", "armed_group"},
        {"battalions", "armed_group"}, {"regiment", "armed_group"}, {"division", "armed_group"},
        {"corps", "armed_group"},    {"militia", "armed_group"},   {"militias", "armed_group"},
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
    for (int i = 0; heads[i].word; i++)
        if (fold_is(x, k, heads[i].word))
            return heads[i].cat;
    return "organisation";
}

/* Head words naming a place's category ("Tishrin Dam", "the town of"). */
static const struct {
    const char *word, *cat;
} place_heads[] = {
    {"river", "river"},        {"dam", "dam"},           {"lake", "lake"},
    {"camp", "camp"},          {"prison", "prison"},     {"jail", "prison"},
    {"mountain", "mountain"},  {"mountains", "mountain"}, {"mount", "mountain"},
    {"mt", "mountain"},        {"hills", "mountain"},    {"heights", "mountain"},
    {"jabal", "mountain"},     {"jebel", "mountain"},    {"valley", "region"},
    {"plain", "region"},       {"plains", "region"},     {"desert", "desert"},
    {"basin", "region"},       {"province", "province"}, {"governorate", "province"},
    {"district", "district"},  {"airport", "military_base"}, {"airbase", "military_base"},
    {"base", "military_base"}, {"field", "oil_field"},   {"oilfield", "oil_field"},
    {"crossing", "border_crossing"}, {"gate", "border_crossing"}, {"sea", "sea"},
    {"ocean", "sea"},          {"gulf", "sea"},          {"bay", "sea"},
    {"town", "town"},          {"village", "village"},   {"city", "city"},
    {"countryside", "region"}, {"region", "region"},     {"neighbourhood", "neighbourhood"},
    {"neighborhood", "neighbourhood"}, {"suburb", "neighbourhood"},
    {"subdistrict", "district"}, {"area", "location"},   {NULL, NULL}};

/* Lower-case nouns that make the name right before them a place. */
static const char *const place_after_nouns[] = {
    "province", "governorate", "district", "subdistrict", "camp", "city", "town", "village",
    "region", "countryside", "prison", "neighbourhood", "neighborhood", "suburb", "suburbs",
    "area", "crossing", "border", "airport", "airbase", "dam", "oilfield", NULL};

/* Both lists as word families: one bit test per token instead of a walk
 * through the list (ng_clause_families_foreach puts them in the model). */
void ng_extractor_families(void)
{
    ng_clause_family_add(place_after_nouns, NG_FAM_PLACE_AFTER);
    const char *one[2] = {NULL, NULL};
    for (int i = 0; place_heads[i].word; i++) {
        one[0] = place_heads[i].word;
        ng_clause_family_add(one, NG_FAM_PLACE_HEAD);
    }
}

static const char *place_category_word(const ng_extractor *x, size_t k)
{
    if (!(x->fam[k] & NG_FAM_PLACE_HEAD))
        return "location";
    for (int i = 0; place_heads[i].word; i++)
        if (fold_is(x, k, place_heads[i].word))
            return place_heads[i].cat;
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
    for (size_t k = e + 1, steps = 0; k < se && steps < 6; k++, steps++) {
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
    return 0;
}

/* Preposition (single or multi-word) ending right before b. */
static int place_prep_before(const ng_extractor *x, size_t b, size_t sb)
{
    if (b <= sb)
        return 0;
    if (lower_has(x, b - 1, NG_LEX_PLACE_PREP))
        return 1;
    for (size_t back = 2; back <= 4 && b >= sb + back; back++)
        if (lex_may_start(x, NG_LEX_PLACE_PREP, b - back) &&
            ng_lexicon_spans(x->lex, NG_LEX_PLACE_PREP, &x->t, b - back, b))
            return 1;
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

/* Decide what kind of entity the span [b, e) of sentence [sb, se) names. */
static cue classify(ng_extractor *x, size_t b, size_t e, size_t sb, size_t se, int title)
{
    cue c = {-1, 0, 0, NULL, NULL};
    size_t words = word_count(x, b, e);
    size_t last = e - 1;
    uint32_t lb = bits_of(x, last), fb = bits_of(x, b);
    if (words >= 2) {
        if (lb & LEX(NG_LEX_ORG_WORD))
            set_cue(&c, NG_KIND_ACTOR, S_HEAD, 0, org_category(x, last), "org-head");
        else if (lb & LEX(NG_LEX_PLACE_WORD))
            set_cue(&c, NG_KIND_PLACE, S_HEAD, 0, place_category_word(x, last), "place-head");
        else if (fb & LEX(NG_LEX_PLACE_WORD))
            set_cue(&c, NG_KIND_PLACE, S_HEAD, 0, place_category_word(x, b), "place-head");
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
    if (words >= 2 && (fb & LEX(NG_LEX_FIRSTNAME)) && !(FL(b) & NG_TOK_UPPER))
        set_cue(&c, NG_KIND_ACTOR, S_FIRSTNAME, 1, "person", "firstname");
    if (b >= sb + 2 && fold_is(x, b - 1, "of") && lower_has(x, b - 2, NG_LEX_PLACE_NOUN))
        set_cue(&c, NG_KIND_PLACE, S_PLACE_NOUN, 0, place_category_word(x, b - 2),
                "place-noun");
    if (e < se && strong_place_after(x, e) && (FL(e) & NG_TOK_SPACE))
        set_cue(&c, NG_KIND_PLACE, S_PLACE_NOUN, 0, place_category_word(x, e), "place-noun");
    if (b > sb && lower_has(x, b - 1, NG_LEX_ORG_NOUN))
        set_cue(&c, NG_KIND_ACTOR, S_ORG_NOUN, 0, "organisation", "org-noun");
    if (speech_near(x, b, e, sb, se) && words <= 4) {
        if (all_upper)
            set_cue(&c, NG_KIND_ACTOR, S_SPEECH, 0, "organisation", "speech");
        else /* "Hevin Derik said": a full name speaking outweighs a place inside it */
            set_cue(&c, NG_KIND_ACTOR, words >= 2 && words <= 3 ? S_FIRSTNAME : S_SPEECH, 1,
                    "person", "speech");
    }
    if (c.kind < 0 && words <= 3 && place_prep_before(x, b, sb) &&
        !(words == 1 && seen_lower(x, b)) && !(fb & LEX(NG_LEX_HOLIDAY)))
        set_cue(&c, NG_KIND_PLACE, S_PLACE_PREP, 0, "location", "place-prep");
    if (c.kind < 0 && all_upper && !(FL(b) & NG_TOK_DOTTED)) {
        const char *f = ng_tokens_fold(&x->t, b);
        size_t n = TOK(b).flen;
        int digits = 0;
        for (size_t i = 0; i < n; i++)
            if (f[i] >= '0' && f[i] <= '9')
                digits = 1;
        if (n >= 2 && n <= 6 && !digits && !is_roman(f, n) &&
            !(fb & (LEX(NG_LEX_STOPWORD) | LEX(NG_LEX_DEMONYM) | LEX(NG_LEX_MONTH) |
                    LEX(NG_LEX_WEEKDAY) | LEX(NG_LEX_FURNITURE) | LEX(NG_LEX_CREDIT))))
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
    for (size_t k = sb; k + 1 < se; k++) {
        size_t b = k, e = k + 1;
        if (!is_capword(x, k) || (x->marks[k] & (MARK_SKIP | MARK_CAPS)))
            continue;
        /* the institution noun first: it is rare, the country search not */
        if (!is_lower(x, e) || !(FL(e) & NG_TOK_SPACE))
            continue;
        size_t n = lex_match(x, NG_LEX_INSTITUTION, e, se);
        if (!n)
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

/* Capitalised name spans of the sentence, with their connectors. */
static void discovered_candidates(ng_extractor *x, uint32_t s, size_t sb, size_t se,
                                  size_t first_gaz)
{
    institution_candidates(x, s, sb, se, first_gaz);
    size_t k = sb;
    while (k < se) {
        if (!is_capword(x, k) || (x->marks[k] & (MARK_SKIP | MARK_CAPS | MARK_TITLE))) {
            k++;
            continue;
        }
        size_t b = k, last = k, j = k + 1;
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
            /* "Col. Hemmo Ferzat": an abbreviated title's period */
            if (text_is(x, j, ".") && !(FL(j) & NG_TOK_SPACE) && j == b + 1 &&
                (bits_of(x, b) & LEX(NG_LEX_TITLE)) && j + 1 < se && is_capword(x, j + 1) &&
                (FL(j + 1) & NG_TOK_SPACE) && !(FL(j + 1) & NG_TOK_NEWLINE)) {
                last = j + 1;
                j += 2;
                continue;
            }
            if (is_connector(x, j, se) && (FL(j) & NG_TOK_SPACE)) {
                size_t m = j;
                while (m < se && (is_connector(x, m, se) ||
                                  ((FL(m) & NG_TOK_HYPHEN) && !(FL(m) & NG_TOK_SPACE))))
                    m++;
                if (m < se && m - j <= 3 && is_capword(x, m) && !(FL(m) & NG_TOK_NEWLINE) &&
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
         * Affairs and Expatriates": a head-first organisation name goes on
         * past "and" (one more run of capitalised words, not a possessive) */
        int head_of = 0;
        for (size_t j = b; j + 2 < e && !head_of; j++)
            head_of = (bits_of(x, j) & LEX(NG_LEX_ORG_WORD)) && fold_is(x, j + 1, "of");
        if (head_of && e + 1 < se && fold_is(x, e, "and") && is_capword(x, e + 1) &&
            !(x->marks[e + 1] & MARK_SKIP)) {
            size_t m = e + 1;
            while (m < se && is_capword(x, m) && (FL(m) & NG_TOK_SPACE) && !(FL(m) & NG_TOK_POSS))
                m++;
            if (m < se && (FL(m) & NG_TOK_POSS))
                m = e; /* "... and Russia's army": another name begins */
            if (m > e + 1) {
                e = m;
                k = e;
            }
        }
        int title = 0;
        size_t tb = b, te = e;
        trim_span(x, &tb, &te, &title);
        if (te <= tb)
            continue;
        cue cu = classify(x, tb, te, sb, se, title);
        /* "reports The Independent", "told The Times": a name introduced by
         * "The" next to a reporting verb is an outlet, not a person */
        if (tb > b && fold_is(x, tb - 1, "the") && cu.strength <= S_SPEECH &&
            speech_near(x, tb - 1, te, sb, se) && !(FL(tb) & NG_TOK_UPPER)) {
            cu.kind = NG_KIND_ACTOR;
            /* a named outlet wins over a place inside its name ("The Tigris Review") */
            cu.strength = word_count(x, tb, te) >= 2 ? S_HEAD : S_SPEECH;
            cu.person = 0;
            cu.category = "media";
            cu.rule = "outlet";
        }
        /* a lone capitalised word that opens the sentence needs a strong cue */
        if ((x->marks[tb] & MARK_INITIAL) && word_count(x, tb, te) == 1 &&
            cu.strength < S_ROLE)
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
}

/* Is discovered d only nationality or ethnic adjectives before the one-word
 * known actor g ("Kurdish Peshmerga", "Syrian Kurdish YPG")? Then the
 * adjectives describe g and do not make a new organisation. Longer known
 * names are left alone: "Kurdish Red Crescent" is not the Red Crescent. */
static int demonym_before_known(const ng_extractor *x, const cand *d, const cand *g)
{
    if (g->te != d->te || g->tb <= d->tb || g->te - g->tb != 1 ||
        d->kind != NG_KIND_ACTOR || g->kind != NG_KIND_ACTOR || g->person ||
        ng_str_is(g->category, "country"))
        return 0;
    for (size_t k = d->tb; k < g->tb; k++)
        if (is_word(x, k) && !(bits_of(x, k) & LEX(NG_LEX_DEMONYM)))
            return 0;
    return 1;
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
            if (g->tb >= d->tb && g->te <= d->te && strong &&
                !demonym_before_known(x, d, g)) {
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
static void listed_places(ng_extractor *x, size_t first, size_t sb)
{
    int any = 0;
    for (size_t i = first; i < x->nc && !any; i++)
        any = !x->c[i].dropped && x->c[i].kind < 0;
    if (!any)
        return;
    u64map_reset(&x->span_ends, 8 * (x->nc - first) + 64);
    for (size_t i = first; i < x->nc; i++) {
        if (x->c[i].dropped)
            continue;
        ng_u64map_put(&x->span_ends, (uint64_t)x->c[i].te * 2, (uint32_t)i);
        ng_u64map_put(&x->span_ends, (uint64_t)x->c[i].tb * 2 + 1, (uint32_t)i);
    }
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = first; i < x->nc; i++) {
            cand *d = &x->c[i];
            if (d->dropped || d->kind >= 0 || d->entry >= 0 || (x->marks[d->tb] & MARK_INITIAL))
                continue;
            const cand *p = NULL;
            /* the place before: "Dhiban, X" / "Dhiban and X" / "Dhiban, Y and X" */
            size_t sep = d->tb;
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

/* ---- document-level resolution -------------------------------------------- */

static const char *span_dup(ng_extractor *x, size_t b, size_t e)
{
    uint32_t s = TOK(b).start, t = TOK(e - 1).start + TOK(e - 1).len;
    return ng_arena_strndup(&x->arena, x->text + s, t - s);
}

static int32_t dent_get(ng_extractor *x, const char *key, const ng_entity *proto,
                        const char *rule, int person, uint32_t tok)
{
    /* one lookup: the key goes in with the next id unless it is there */
    const char *stored;
    uint32_t id = ng_strmap_put(&x->dkeys, key, strlen(key), (uint32_t)x->nd, &stored);
    if (id != x->nd)
        return (int32_t)id;
    ng_xgrow(&x->d, &x->cap_d, x->nd + 1, sizeof *x->d);
    dent *d = &x->d[x->nd++];
    memset(d, 0, sizeof *d);
    d->e = *proto;
    d->e.key = stored;
    d->rule = rule;
    d->person = person;
    d->first_tok = tok;
    return (int32_t)id;
}

static int32_t dent_for_entry(ng_extractor *x, size_t entry, uint32_t tok)
{
    uint32_t id = ng_u64map_get(&x->entry_dents, entry);
    if (id != NG_NONE)
        return (int32_t)id;
    const ng_gazetteer_entry *e = ng_gazetteer_get(x->gaz, entry);
    ng_entity proto = {.key = NULL, .label = e->name, .kind = e->kind, .category = e->category,
                       .fixed_label = 1, .has_geo = e->has_geo, .lat = e->lat, .lon = e->lon};
    id = (uint32_t)dent_get(x, ng_model_entry_key(x->model, entry), &proto,
                            ng_model_entry_rule(x->model, entry),
                            ng_str_is(e->category, "person"), tok);
    ng_u64map_put(&x->entry_dents, entry, id);
    return (int32_t)id;
}

static char kind_prefix(ng_kind k)
{
    return k == NG_KIND_PLACE ? 'l' : k == NG_KIND_EVENT ? 'e' : 'a';
}

/* The document entity of a discovered candidate (label = its words). */
/* The longest name key kept (ng_name_key's cap), and how many labels'
 * keys an extractor remembers before it starts again. */
#define NAME_KEY_CAP 480
#define NAME_MEMO_MAX 65536

/* ng_name_key(label) into out (NAME_KEY_CAP bytes), remembered across
 * documents: names and events recur from one article to the next, and a
 * key costs thousands of instructions (folding, transliteration rules)
 * against one hash lookup. */
static size_t name_key(ng_extractor *x, const char *label, char *out)
{
    size_t n = strlen(label);
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

static int32_t dent_for_discovered(ng_extractor *x, cand *c, const char *label)
{
    char nk[NAME_KEY_CAP], key[512];
    size_t kl = name_key(x, label, nk);
    if (!kl)
        return -1;
    const ng_gazetteer_entry *e = ng_model_lookup_key(x->model, nk, (ng_kind)c->kind);
    if (e) {
        c->entry = (int32_t)ng_gazetteer_index(x->gaz, e);
        return dent_for_entry(x, (size_t)c->entry, c->tb);
    }
    char prefix[3] = {kind_prefix((ng_kind)c->kind), ':', '\0'};
    ng_buf_join(key, sizeof key, (const char *const[]){prefix, nk}, 2);
    ng_entity proto = {.key = NULL, .label = label, .kind = (ng_kind)c->kind,
                       .category = c->category, .fixed_label = 0};
    return dent_get(x, key, &proto, c->rule, c->person, c->tb);
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

/* "Long Name (ACR)": bind the acronym to the long name's entity. */
static void acronym_definitions(ng_extractor *x)
{
    for (size_t i = 0; i < x->nc; i++) {
        cand *c = &x->c[i];
        if (c->dropped || c->ent < 0)
            continue;
        size_t k = c->te;
        if (k + 2 >= x->t.count || !text_is(x, k, "(") || !text_is(x, k + 2, ")"))
            continue;
        size_t a = k + 1;
        if (!is_word(x, a) || !(FL(a) & (NG_TOK_UPPER | NG_TOK_CAP)))
            continue;
        const char *af = ng_tokens_fold(&x->t, a);
        size_t al = TOK(a).flen;
        if (al < 2 || al > 8)
            continue;
        /* the acronym's letters must be initials of the long name, in order */
        size_t ai = 0;
        for (size_t w = c->tb; w < c->te && ai < al; w++)
            if (is_capword(x, w) && ng_tokens_fold(&x->t, w)[0] == af[ai])
                ai++;
        if (ai < al)
            continue;
        ng_strmap_set(&x->acronyms, af, al, (uint32_t)c->ent);
    }
}

/* A capital speaking or acting for its government ("Washington said",
 * "Ankara's offensive", "Moscow backs"): the gazetteer entry of its
 * country, or -1 when the city is meant. */
static int32_t capital_as_state(ng_extractor *x, const cand *c)
{
    const ng_gazetteer_entry *e = ng_gazetteer_get(x->gaz, (size_t)c->entry);
    if (!ng_str_is(e->category, "capital") || !e->parent)
        return -1;
    size_t k = c->te, n = x->t.count;
    int acts = 0;
    static const char *const verbs[] = {
        "backs",     "backed",   "supports",  "supported", "opposes",   "opposed",
        "threatened", "threatens", "wants",   "wanted",    "demanded",  "demands",
        "rejected",  "rejects",  "agreed",    "agrees",    "insists",   "insisted",
        "considers", "fears",    "feared",    "launched",  "sent",      "deployed",
        "sanctioned", "condemned", "welcomed", "urged",    "vowed",     "pledged",
        "refused",   "responded", "retaliated", "hopes",   "hoped",     "believes",
        "has",       "had",      "will",      "would",     "could",     "must",
        "should",    "may",      "might",     "cannot",    "intends",   "plans",
        "planned",   "blamed",   "blames",    "expelled",  "recalled",  "signed",
        "brokered",  "struck",   "bombed",    "carried",   "continues", "continued",
        "views",     "viewed",   "sees",      "regards",   "regarded",  "labels",
        "designates", "designated", "accuses", "accused",  "armed",     "arms",
        NULL};
    static const char *const affairs[] = {
        "ally", "allies", "policy", "policies", "support", "backing", "troops", "forces",
        "offensive", "operation", "position", "demands", "decision", "envoy", "officials",
        "government", "relationship", "ties", "strategy", "role", "plan", "plans",
        "withdrawal", "relations", "proxies", "intervention", "incursion", "campaign",
        "response", "stance", "concerns", "approval", "request", "ambassador", "military",
        "army", "decision", "efforts", "interests", "backers", "partners", NULL};
    if (k < n && is_lower(x, k)) {
        if (bits_of(x, k) & LEX(NG_LEX_SPEECH_VERB))
            acts = 1;
        for (int i = 0; verbs[i] && !acts; i++)
            acts = fold_is(x, k, verbs[i]);
    }
    if (!acts && k + 1 < n && (FL(k) & NG_TOK_POSS) && is_lower(x, k + 1))
        for (int i = 0; affairs[i] && !acts; i++)
            acts = fold_is(x, k + 1, affairs[i]);
    if (!acts && c->tb > 0 && is_lower(x, c->tb - 1) &&
        (fold_is(x, c->tb - 1, "between") ||
         ((bits_of(x, c->tb - 1) & LEX(NG_LEX_SPEECH_VERB)) && !fold_is(x, c->tb - 1, "from"))))
        acts = 1; /* "talks between Ankara and Moscow", "told Washington" */
    static const char *const acted_on[] = {
        "backs",    "backed",    "backing",   "supports",  "supported", "supporting",
        "opposes",  "opposed",   "threatened", "threatens", "sanctioned", "sanctions",
        "condemned", "condemns", "urged",     "urges",     "blamed",    "blames",
        "accused",  "accuses",   "pressured", "pressed",   "criticised", "criticized",
        "warned",   "warns",     "armed",     "arming",    "funded",    "funding",
        "recognised", "recognized", "persuaded", "convinced", "lobbied", NULL};
    if (!acts && c->tb > 0 && is_lower(x, c->tb - 1))
        for (int i = 0; acted_on[i] && !acts; i++)
            acts = fold_is(x, c->tb - 1, acted_on[i]); /* "Moscow backs Damascus" */
    /* "a deal with Damascus", "talks with Ankara" */
    static const char *const dealings[] = {"deal", "deals", "agreement", "talks", "ties",
                                           "relations", "negotiations", "accord", "truce",
                                           "ceasefire", "understanding", "pact", NULL};
    if (!acts && c->tb > 1 && fold_is(x, c->tb - 1, "with") && is_lower(x, c->tb - 2))
        for (int i = 0; dealings[i] && !acts; i++)
            acts = fold_is(x, c->tb - 2, dealings[i]);
    if (!acts)
        return -1;
    const ng_gazetteer_entry *country = ng_gazetteer_find(x->gaz, e->parent);
    if (!country || country->removed)
        return -1;
    return (int32_t)ng_gazetteer_index(x->gaz, country);
}

static void resolve_document(ng_extractor *x)
{
    /* first pass: candidates with a known kind */
    for (size_t i = 0; i < x->nc; i++) {
        cand *c = &x->c[i];
        if (c->dropped || c->kind < 0)
            continue;
        if (c->entry >= 0) {
            int32_t state = capital_as_state(x, c);
            if (state >= 0) {
                c->entry = state;
                c->kind = (int8_t)ng_gazetteer_get(x->gaz, (size_t)state)->kind;
                c->rule = "capital-for-state";
            }
            c->ent = dent_for_entry(x, (size_t)c->entry, c->tb);
        } else {
            c->ent = dent_for_discovered(x, c, span_dup(x, c->tb, c->te));
            if (c->ent < 0)
                c->dropped = 1;
        }
    }
    /* persons by surname (full names of two or more words) */
    for (size_t i = 0; i < x->nc; i++) {
        cand *c = &x->c[i];
        if (c->dropped || c->ent < 0 || !x->d[c->ent].person)
            continue;
        const char *f;
        size_t n = surname_of(x, c, &f);
        if (n >= 3 && ng_strmap_get(&x->surnames, f, n) == NG_NONE)
            ng_strmap_put(&x->surnames, f, n, (uint32_t)c->ent, NULL);
    }
    acronym_definitions(x);
    /* second pass: what the rest of the document tells */
    for (size_t i = 0; i < x->nc; i++) {
        cand *c = &x->c[i];
        if (c->dropped)
            continue;
        size_t words = word_count(x, c->tb, c->te);
        int single = words == 1;
        const char *f = ng_tokens_fold(&x->t, c->tb);
        size_t fl = TOK(c->tb).flen;
        /* a bare surname after the full name: the same person (also when the
         * surname alone got a cue of its own: "Shami said"; also with its
         * article: "al-Hafal said" after "Ibrahim al-Hafal") */
        int bare = single;
        const char *sf = f;
        size_t sfl = fl;
        if (!single && c->te == c->tb + 3 && is_lower(x, c->tb) &&
            (bits_of(x, c->tb) & LEX(NG_LEX_ARTICLE)) && (FL(c->tb + 1) & NG_TOK_HYPHEN)) {
            bare = 1;
            sf = ng_tokens_fold(&x->t, c->tb + 2);
            sfl = TOK(c->tb + 2).flen;
        }
        if (bare && (c->kind < 0 || c->entry < 0 || !x->d[c->ent].person)) {
            uint32_t p = ng_strmap_get(&x->surnames, sf, sfl);
            if (p != NG_NONE && (int32_t)p != c->ent && x->d[p].first_tok < c->tb &&
                !(c->entry >= 0 && c->tb > 0 && place_prep_before(x, c->tb, 0))) {
                c->ent = (int32_t)p;
                c->kind = NG_KIND_ACTOR;
                c->entry = -1;
                c->rule = "surname";
                continue;
            }
        }
        /* an acronym defined in this document */
        if (single && c->entry < 0) {
            uint32_t a = ng_strmap_get(&x->acronyms, f, fl);
            if (a != NG_NONE) {
                if (c->ent >= 0 && c->ent != (int32_t)a && x->ops.binding)
                    x->ops.binding(x->ud, x->d[c->ent].e.key, x->d[a].e.key);
                c->ent = (int32_t)a;
                c->kind = (int8_t)x->d[a].e.kind;
                c->rule = "acronym-definition";
                continue;
            }
        }
        if (c->kind >= 0)
            continue;
        /* a name seen elsewhere in the document with a cue */
        char nk[NAME_KEY_CAP], key[512];
        const char *label = span_dup(x, c->tb, c->te);
        size_t kl = name_key(x, label, nk);
        if (!kl) {
            c->dropped = 1;
            continue;
        }
        int found = 0;
        for (int k = 0; k < 2 && !found; k++) {
            char prefix[3] = {kind_prefix((ng_kind)k), ':', '\0'};
            ng_buf_join(key, sizeof key, (const char *const[]){prefix, nk}, 2);
            uint32_t id = ng_strmap_get(&x->dkeys, key, strlen(key));
            if (id != NG_NONE) {
                c->ent = (int32_t)id;
                c->kind = (int8_t)x->d[id].e.kind;
                c->rule = "document";
                found = 1;
            }
        }
        /* "Fabien and Jean-Michel Clain": a first name sharing the surname */
        if (!found && single && (bits_of(x, c->tb) & LEX(NG_LEX_FIRSTNAME)) &&
            c->te + 1 < x->t.count && fold_is(x, c->te, "and")) {
            for (size_t j = 0; j < x->nc; j++) {
                cand *o = &x->c[j];
                if (o->sent != c->sent || o->dropped || o->ent < 0 || o->tb != c->te + 1 ||
                    !x->d[o->ent].person)
                    continue;
                const char *sf;
                size_t sl = surname_of(x, o, &sf);
                if (!sl)
                    break;
                size_t st = o->te;
                while (!is_word(x, st - 1))
                    st--;
                st--;
                char full[600];
                snprintf(full, sizeof full, "%.*s %.*s", (int)TOK(c->tb).len,
                         x->text + TOK(c->tb).start, (int)TOK(st).len, x->text + TOK(st).start);
                c->kind = NG_KIND_ACTOR;
                c->person = 1;
                c->category = "person";
                c->rule = "coordinated-name";
                c->ent = dent_for_discovered(x, c, ng_arena_strdup(&x->arena, full));
                found = c->ent >= 0;
                break;
            }
        }
        if (!found)
            c->dropped = 1;
    }
}

/* ---- emitting ---------------------------------------------------------------- */

static void emit_mentions(ng_extractor *x)
{
    if (!x->ops.mention)
        return;
    for (size_t i = 0; i < x->nc; i++) {
        const cand *c = &x->c[i];
        if (c->dropped || c->ent < 0)
            continue;
        const dent *d = &x->d[c->ent];
        uint32_t s = TOK(c->tb).start, t = TOK(c->te - 1).start + TOK(c->te - 1).len;
        ng_mention m = {.entity = &d->e, .surface = x->text + s, .surface_len = t - s,
                        .doc = x->doc, .offset = s, .local = (uint32_t)c->ent,
                        .rule = c->entry >= 0 && !ng_str_is(c->rule, "capital-for-state")
                                    ? d->rule
                                    : c->rule};
        x->ops.mention(x->ud, &m);
        x->stats.mentions++;
    }
}

static int cand_pos_cmp(const void *a, const void *b, void *ctx)
{
    const cand *c = ctx;
    const cand *x = &c[*(const uint32_t *)a], *y = &c[*(const uint32_t *)b];
    if (x->tb != y->tb)
        return x->tb < y->tb ? -1 : 1;
    return 0;
}

static void sort_order(ng_extractor *x, size_t n)
{
    /* insertion sort: candidates are nearly in order already */
    uint32_t *o = x->order;
    for (size_t i = 1; i < n; i++) {
        uint32_t v = o[i];
        size_t j = i;
        while (j > 0 && cand_pos_cmp(&o[j - 1], &v, x->c) > 0) {
            o[j] = o[j - 1];
            j--;
        }
        o[j] = v;
    }
}

/* An event of the document: created on first use, its mention reported
 * at once so that the relations that follow can name it. */
static uint32_t event_entity(void *ud, const char *category, uint32_t place,
                             const char *label, const char *date, uint32_t tok, uint32_t end)
{
    ng_extractor *x = ud;
    char nk[NAME_KEY_CAP], key[1024];
    size_t kl = name_key(x, label, nk);
    const ng_gazetteer_entry *e = kl ? ng_model_lookup_key(x->model, nk, NG_KIND_EVENT) : NULL;
    int32_t id;
    if (e) {
        id = dent_for_entry(x, ng_gazetteer_index(x->gaz, e), tok);
    } else {
        /* one event per category and place, however each sentence words it */
        ng_buf_join(key, sizeof key, (const char *const[]){"e:", category, "@", x->d[place].e.key},
                    4);
        ng_entity proto = {.key = NULL, .label = ng_arena_strdup(&x->arena, label),
                           .kind = NG_KIND_EVENT, .category = category, .fixed_label = 0};
        id = dent_get(x, key, &proto, "event", 0, tok);
    }
    dent *d = &x->d[id];
    if (date && !d->e.date)
        d->e.date = ng_arena_strdup(&x->arena, date);
    if (x->ops.mention) {
        uint32_t s0 = TOK(tok).start, s1 = TOK(end - 1).start + TOK(end - 1).len;
        ng_mention m = {.entity = &d->e, .surface = x->text + s0, .surface_len = s1 - s0,
                        .doc = x->doc, .offset = s0, .rule = e ? d->rule : "event",
                        .local = (uint32_t)id};
        x->ops.mention(x->ud, &m);
    }
    return (uint32_t)id;
}

static void emit_relation(void *ud, uint32_t src, uint32_t dst, ng_relation rel,
                          const char *role, const ng_sentence *s)
{
    ng_extractor *x = ud;
    if (!x->ops.relation || src == dst)
        return;
    ng_found_relation r = {.src_key = x->d[src].e.key, .dst_key = x->d[dst].e.key,
                           .relation = rel, .role = role,
                           .evidence = {x->doc, s->start, x->text + s->start},
                           .evidence_len = s->end - s->start, .src_local = src,
                           .dst_local = dst};
    x->ops.relation(x->ud, &r);
}

/* Co-occurrence is quadratic in the entities of a sentence: cap them. */
#define MAX_COOCCURRING 24

static void emit_sentences(ng_extractor *x)
{
    ng_xgrow(&x->order, &x->cap_order, x->nc + 1, sizeof *x->order);
    size_t i = 0;
    ng_rel_arg args[64];
    while (i < x->nc) {
        uint32_t s = x->c[i].sent;
        size_t n = 0, j = i;
        for (; j < x->nc && x->c[j].sent == s; j++)
            if (!x->c[j].dropped && x->c[j].ent >= 0)
                x->order[n++] = (uint32_t)j;
        i = j;
        if (n == 0)
            continue;
        sort_order(x, n);
        const ng_sentence *st = &x->ss.s[s];
        size_t na = 0;
        for (size_t k = 0; k < n && na < sizeof args / sizeof args[0]; k++) {
            const cand *c = &x->c[x->order[k]];
            const dent *d = &x->d[c->ent];
            args[na++] = (ng_rel_arg){c->tb, c->te, (uint32_t)c->ent, d->e.kind,
                                      d->e.category ? d->e.category : "", d->person,
                                      c->entry, d->e.label};
        }
        ng_rel_sink sink = {emit_relation, event_entity, x};
        if ((x->options & (NG_EXTRACT_RELATIONS | NG_EXTRACT_EVENTS)) &&
            ng_clause_init(x->clause, &x->rdoc, st, args, na) == 0) {
            if (x->options & NG_EXTRACT_RELATIONS)
                ng_relations_find(x->clause, &sink);
            if (x->options & NG_EXTRACT_EVENTS)
                ng_events_find(x->clause, &sink);
        }
        if (x->options & NG_EXTRACT_COOCCURRENCE) {
            /* distinct entities, first mentions first */
            uint32_t ents[MAX_COOCCURRING];
            size_t ne = 0;
            for (size_t k = 0; k < na && ne < MAX_COOCCURRING; k++) {
                int dup = 0;
                for (size_t q = 0; q < ne; q++)
                    dup |= ents[q] == args[k].ent;
                if (!dup && x->d[args[k].ent].e.kind != NG_KIND_EVENT)
                    ents[ne++] = args[k].ent;
            }
            for (size_t a = 0; a < ne; a++)
                for (size_t b = a + 1; b < ne; b++)
                    emit_relation(x, ents[a], ents[b], NG_REL_CO_OCCURS, NULL, st);
        }
    }
}

/* ---- the document ------------------------------------------------------------ */

static void reset_document(ng_extractor *x)
{
    x->nc = 0;
    x->nd = 0;
    ng_strmap_clear(&x->dkeys);
    u64map_reset(&x->entry_dents, 4096);
    ng_strmap_clear(&x->surnames);
    ng_strmap_clear(&x->acronyms);
    if (x->lowers_built)
        ng_u64map_clear(&x->lowers);
    x->lowers_built = 0;
    ng_arena_reset(&x->arena);
}

void ng_extractor_run(ng_extractor *x, uint32_t doc, const char *text, size_t n)
{
    uint64_t t0 = x->timing ? now_ns() : 0, t1, t2, t3, t4;
    reset_document(x);
    x->text = text;
    x->len = n;
    x->doc = doc;
    ng_tokens_run(&x->t, text, n);
    ng_sentences_split(&x->ss, text, &x->t);
    size_t nt = x->t.count;
    ng_xgrow(&x->marks, &x->cap_marks, nt + 1, 1);
    ng_xgrow(&x->bits, &x->cap_bits, nt + 1, sizeof *x->bits);
    ng_xgrow(&x->ids, &x->cap_ids, nt + 1, sizeof *x->ids);
    ng_xgrow(&x->fam, &x->cap_fam, nt + 1, sizeof *x->fam);
    ng_xgrow(&x->wid, &x->cap_wid, nt + 1, sizeof *x->wid);
    ng_xgrow(&x->firsts, &x->cap_firsts, nt + 1, sizeof *x->firsts);
    ng_xgrow(&x->fh, &x->cap_fh, nt + 1, sizeof *x->fh);
    memset(x->marks, 0, nt + 1);
    /* one lookup per token: rule classes, matcher id, trigger families */
    for (size_t k = 0; k < nt; k++) {
        const ng_token *tk = &TOK(k);
        const char *f = ng_tokens_fold(&x->t, k);
        x->fh[k] = ng_hash_bytes(f, tk->flen);
        const ng_word_info *w = tk->flen ? ng_model_word_hashed(x->model, f, tk->flen, x->fh[k]) : NULL;
        x->bits[k] = w && (tk->flags & NG_TOK_WORD) ? w->lex : 0;
        x->ids[k] = w ? w->vocab : 0;
        x->wid[k] = w ? w->id + 1 : 0;
        x->firsts[k] = w ? w->lex_first : 0;
        x->fam[k] = w && (tk->flags & NG_TOK_WORD) ? w->fam : 0;
        if ((tk->flags & NG_TOK_NUMBER) && tk->flen > 2 &&
            !memcmp(ng_tokens_fold(&x->t, k) + tk->flen - 2, "km", 2))
            x->fam[k] |= NG_FAM_LOCATE; /* "50km" */
    }
    t1 = x->timing ? now_ns() : 0;
    mark_lines(x);
    for (size_t s = 0; s < x->ss.count; s++) {
        size_t sb = x->ss.s[s].tok_begin, se = x->ss.s[s].tok_end;
        size_t first = x->nc;
        gazetteer_candidates(x, (uint32_t)s, sb, se);
        discovered_candidates(x, (uint32_t)s, sb, se, first);
        arbitrate(x, first);
        listed_places(x, first, sb);
    }
    t2 = x->timing ? now_ns() : 0;
    resolve_document(x);
    x->rdoc = (ng_rel_doc){&x->t, x->text, x->bits, x->fam, ng_date_doc_year(&x->t, x->text)};
    t3 = x->timing ? now_ns() : 0;
    emit_mentions(x);
    emit_sentences(x);
    t4 = x->timing ? now_ns() : 0;
    x->stats.documents++;
    x->stats.bytes += n;
    x->stats.tokens += nt;
    x->stats.sentences += x->ss.count;
    if (x->timing) {
        x->stats.tokenize_ns += t1 - t0;
        x->stats.match_ns += t2 - t1;
        x->stats.resolve_ns += t3 - t2;
        x->stats.relations_ns += t4 - t3;
    }
}
