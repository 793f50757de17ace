/* lexicon.c - rule word lists: one-word entries in a bit-set map, phrases by class */
#include "lexicon/lexicon.h"

#include <string.h>

#include "../core/lines.h"
#include "../core/map.h"

#define MAX_PHRASE_TOKENS 24
#define KEY_CAP 512

struct ng_lexicon {
    ng_strmap words;   /* folded word -> class bit set */
    ng_strmap phrases; /* "class\x1ffolded words joined by spaces" -> 1 */
    ng_strmap firsts;  /* first folded word of a phrase -> class bit set */
    ng_strmap lasts;   /* last folded word of a phrase -> class bit set */
    size_t counts[NG_LEX__COUNT];
    size_t max_tokens[NG_LEX__COUNT];
    ng_tokens scratch;
};

static const char *const class_names[NG_LEX__COUNT] = {
    "title",     "role",     "org_word",  "place_word", "place_noun",  "place_prep",
    "demonym",   "month",    "weekday",   "stopword",   "connector",   "article",
    "furniture", "credit",   "speech_verb", "firstname", "org_noun", "nationality",
    "institution", "holiday"};

const char *ng_lex_class_name(ng_lex_class c)
{
    return (unsigned)c < NG_LEX__COUNT ? class_names[c] : NULL;
}

ng_lexicon *ng_lexicon_new(void)
{
    ng_lexicon *lx = ng_xcalloc(1, sizeof *lx);
    ng_strmap_init(&lx->words);
    ng_strmap_init(&lx->phrases);
    ng_strmap_init(&lx->firsts);
    ng_strmap_init(&lx->lasts);
    ng_tokens_init(&lx->scratch);
    return lx;
}

void ng_lexicon_free(ng_lexicon *lx)
{
    if (!lx)
        return;
    ng_strmap_release(&lx->words);
    ng_strmap_release(&lx->phrases);
    ng_strmap_release(&lx->firsts);
    ng_strmap_release(&lx->lasts);
    ng_tokens_release(&lx->scratch);
    free(lx);
}

static int class_of(const char *s, size_t n)
{
    for (int c = 0; c < NG_LEX__COUNT; c++)
        if (strlen(class_names[c]) == n && memcmp(class_names[c], s, n) == 0)
            return c;
    return -1;
}

/* Folded words of a phrase joined by single spaces, hyphens skipped, after a
 * class prefix, written to key (cap bytes). Returns the span in tokens, or
 * 0 when fewer than want words remain or the key does not fit. */
static size_t phrase_key(char *key, size_t cap, size_t *klen, int cls, const ng_tokens *t,
                         size_t i, size_t end, size_t want)
{
    size_t len = 0, got = 0, k = i;
    key[len++] = (char)('A' + cls);
    key[len++] = '\x1f';
    for (; k < end && got < want; k++) {
        if ((t->tok[k].flags & NG_TOK_HYPHEN) || t->tok[k].flen == 0)
            continue;
        size_t fl = t->tok[k].flen;
        if (len + fl + 1 > cap)
            return 0;
        if (got)
            key[len++] = ' ';
        memcpy(key + len, ng_tokens_fold(t, k), fl);
        len += fl;
        got++;
    }
    *klen = len;
    return got == want ? k - i : 0;
}

/* Tokens of [b, e) that are words of an entry (hyphens and empty folds
 * are not). */
static size_t word_count(const ng_tokens *t, size_t b, size_t e)
{
    size_t n = 0;
    for (size_t k = b; k < e; k++)
        if (!(t->tok[k].flags & NG_TOK_HYPHEN) && t->tok[k].flen)
            n++;
    return n;
}

int ng_lexicon_load(ng_lexicon *lx, const char *text, size_t n, const char *filename,
                    ng_diag *diag)
{
    int rc = 0;
    ng_lines lines;
    ng_lines_init(&lines, text, n);
    const char *q, *le;
    while (ng_lines_next(&lines, &q, &le)) {
        unsigned long line = lines.no;
        if (q == le || *q == '#')
            continue;
        if (ng_utf8_invalid_count(q, (size_t)(le - q))) {
            ng_diag_report(diag, NG_DIAG_ERROR, filename, line, "invalid UTF-8");
            rc = NG_EPARSE;
            continue;
        }
        const char *tab = memchr(q, '\t', (size_t)(le - q));
        if (!tab) {
            ng_diag_report(diag, NG_DIAG_ERROR, filename, line,
                           "expected 'class<TAB>entry'");
            rc = NG_EPARSE;
            continue;
        }
        int cls = class_of(q, (size_t)(tab - q));
        if (cls < 0) {
            ng_diag_report(diag, NG_DIAG_ERROR, filename, line, "unknown class '%.*s'",
                           (int)(tab - q), q);
            rc = NG_EPARSE;
            continue;
        }
        const char *e = tab + 1;
        if (memchr(e, '\t', (size_t)(le - e))) {
            ng_diag_report(diag, NG_DIAG_ERROR, filename, line, "too many fields");
            rc = NG_EPARSE;
            continue;
        }
        ng_tokens_run(&lx->scratch, e, (size_t)(le - e));
        size_t words = word_count(&lx->scratch, 0, lx->scratch.count);
        if (words == 0) {
            ng_diag_report(diag, NG_DIAG_ERROR, filename, line, "empty entry");
            rc = NG_EPARSE;
            continue;
        }
        if (words > MAX_PHRASE_TOKENS) {
            ng_diag_report(diag, NG_DIAG_ERROR, filename, line,
                           "entry longer than %d words", MAX_PHRASE_TOKENS);
            rc = NG_EPARSE;
            continue;
        }
        if (words == 1) {
            size_t k = 0;
            while ((lx->scratch.tok[k].flags & NG_TOK_HYPHEN) || !lx->scratch.tok[k].flen)
                k++;
            const char *f = ng_tokens_fold(&lx->scratch, k);
            size_t fl = lx->scratch.tok[k].flen;
            uint32_t bits = ng_strmap_get(&lx->words, f, fl);
            bits = bits == NG_NONE ? 0 : bits;
            if (!(bits & (1u << cls)))
                lx->counts[cls]++;
            ng_strmap_set(&lx->words, f, fl, bits | (1u << cls));
        } else {
            char key[KEY_CAP];
            size_t klen;
            if (!phrase_key(key, sizeof key, &klen, cls, &lx->scratch, 0,
                            lx->scratch.count, words)) {
                ng_diag_report(diag, NG_DIAG_ERROR, filename, line, "entry too long");
                rc = NG_EPARSE;
                continue;
            }
            if (ng_strmap_get(&lx->phrases, key, klen) == NG_NONE)
                lx->counts[cls]++;
            ng_strmap_put(&lx->phrases, key, klen, 1, NULL);
            /* the phrase's first word, so that lookups skip most tokens at once */
            size_t k0 = 0;
            while ((lx->scratch.tok[k0].flags & NG_TOK_HYPHEN) || !lx->scratch.tok[k0].flen)
                k0++;
            const char *f0 = ng_tokens_fold(&lx->scratch, k0);
            uint32_t had = ng_strmap_get(&lx->firsts, f0, lx->scratch.tok[k0].flen);
            ng_strmap_set(&lx->firsts, f0, lx->scratch.tok[k0].flen,
                          (had == NG_NONE ? 0 : had) | (1u << cls));
            /* and its last, so that a span's last token rules most out */
            size_t k1 = lx->scratch.count - 1;
            while ((lx->scratch.tok[k1].flags & NG_TOK_HYPHEN) || !lx->scratch.tok[k1].flen)
                k1--;
            const char *f1 = ng_tokens_fold(&lx->scratch, k1);
            had = ng_strmap_get(&lx->lasts, f1, lx->scratch.tok[k1].flen);
            ng_strmap_set(&lx->lasts, f1, lx->scratch.tok[k1].flen,
                          (had == NG_NONE ? 0 : had) | (1u << cls));
            if (words > lx->max_tokens[cls])
                lx->max_tokens[cls] = words;
        }
        if (lx->max_tokens[cls] < 1)
            lx->max_tokens[cls] = 1;
    }
    return rc;
}

uint32_t ng_lexicon_word(const ng_lexicon *lx, const char *f, size_t n)
{
    uint32_t bits = ng_strmap_get(&lx->words, f, n);
    return bits == NG_NONE ? 0 : bits;
}

size_t ng_lexicon_match(const ng_lexicon *lx, ng_lex_class c, const ng_tokens *t, size_t i,
                        size_t end)
{
    if ((unsigned)c >= NG_LEX__COUNT || i >= end)
        return 0;
    char key[KEY_CAP];
    size_t klen, best = 0;
    size_t first = i;
    while (first < end && ((t->tok[first].flags & NG_TOK_HYPHEN) || !t->tok[first].flen))
        first++;
    uint32_t starts = first < end ? ng_strmap_get(&lx->firsts, ng_tokens_fold(t, first),
                                                  t->tok[first].flen)
                                  : NG_NONE;
    size_t longest = starts != NG_NONE && (starts & (1u << c)) ? lx->max_tokens[c] : 1;
    for (size_t want = longest; want >= 2 && !best; want--) {
        size_t span = phrase_key(key, sizeof key, &klen, c, t, i, end, want);
        if (span && ng_strmap_get(&lx->phrases, key, klen) != NG_NONE)
            best = span;
    }
    if (!best && !(t->tok[i].flags & NG_TOK_HYPHEN) && t->tok[i].flen &&
        (ng_lexicon_word(lx, ng_tokens_fold(t, i), t->tok[i].flen) & (1u << c)))
        best = 1;
    return best;
}

int ng_lexicon_spans(const ng_lexicon *lx, ng_lex_class c, const ng_tokens *t, size_t i,
                     size_t end)
{
    if ((unsigned)c >= NG_LEX__COUNT || i >= end || end > t->count)
        return 0;
    const ng_token *last = &t->tok[end - 1];
    if ((last->flags & NG_TOK_HYPHEN) || !last->flen)
        return 0;
    size_t words = word_count(t, i, end);
    if (words < 2 || words > lx->max_tokens[c])
        return 0;
    char key[KEY_CAP];
    size_t klen;
    return phrase_key(key, sizeof key, &klen, c, t, i, end, words) &&
           ng_strmap_get(&lx->phrases, key, klen) != NG_NONE;
}

/* Every key of a map with its value, in slot order. */
static void map_foreach(const ng_strmap *m,
                        void (*cb)(void *ud, const char *f, size_t n, uint32_t bits), void *ud)
{
    for (size_t i = 0; i < m->cap; i++)
        if (m->slots[i].key)
            cb(ud, m->slots[i].key, m->slots[i].len, m->slots[i].value);
}

void ng_lexicon_foreach_word(const ng_lexicon *lx,
                             void (*cb)(void *ud, const char *f, size_t n, uint32_t bits),
                             void *ud)
{
    map_foreach(&lx->words, cb, ud);
}

void ng_lexicon_foreach_first(const ng_lexicon *lx,
                              void (*cb)(void *ud, const char *f, size_t n, uint32_t bits),
                              void *ud)
{
    map_foreach(&lx->firsts, cb, ud);
}

void ng_lexicon_foreach_last(const ng_lexicon *lx,
                             void (*cb)(void *ud, const char *f, size_t n, uint32_t bits),
                             void *ud)
{
    map_foreach(&lx->lasts, cb, ud);
}

size_t ng_lexicon_count(const ng_lexicon *lx, ng_lex_class c)
{
    return (unsigned)c < NG_LEX__COUNT ? lx->counts[c] : 0;
}
