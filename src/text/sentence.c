/* sentence.c - sentence splitter over tokens */
#include <string.h>

#include "core/alloc.h"
#include "text/text.h"

/* A sentence is cut after this many tokens: real sentences are far
 * shorter, and it keeps per-sentence work bounded on pathological input. */
#define MAX_SENTENCE_TOKENS 400

void ng_sentences_init(ng_sentences *s)
{
    memset(s, 0, sizeof *s);
}

void ng_sentences_release(ng_sentences *s)
{
    free(s->s);
    ng_sentences_init(s);
}

/* Words that a period follows without ending the sentence (folded), by
 * first letter (a row ends at its first NULL). */
#define ABBR_ROW 9
static const char *const abbreviations[26][ABBR_ROW] = {
    ['a' - 'a'] = {"adm", "apr", "aug", "approx", "ave", "assn"},
    ['b' - 'a'] = {"brig", "blvd", "bros"},
    ['c' - 'a'] = {"col", "capt", "cpt", "cmdr", "co", "corp"},
    ['d' - 'a'] = {"dr", "det", "dec", "dept"},
    ['e' - 'a'] = {"est"},
    ['f' - 'a'] = {"feb", "fri", "fig", "ft"},
    ['g' - 'a'] = {"gen", "gov"},
    ['h' - 'a'] = {"hon"},
    ['i' - 'a'] = {"insp", "inc"},
    ['j' - 'a'] = {"jr", "jan", "jun", "jul"},
    ['l' - 'a'] = {"lt", "ltd"},
    ['m' - 'a'] = {"mr", "mrs", "ms", "maj", "mon", "mt"},
    ['n' - 'a'] = {"nov", "no", "nos"},
    ['o' - 'a'] = {"oct"},
    ['p' - 'a'] = {"prof", "pres", "pp"},
    ['r' - 'a'] = {"rep", "rev"},
    ['s' - 'a'] = {"st", "sr", "sgt", "sen", "supt", "sep", "sept", "sat"},
    ['t' - 'a'] = {"tue", "tues", "thu", "thur", "thurs"},
    ['u' - 'a'] = {"univ"},
    ['v' - 'a'] = {"vs", "vol"},
    ['w' - 'a'] = {"wed"},
};

static int is_abbreviation(const char *f, size_t n)
{
    if (n == 0 || n > 6 || f[0] < 'a' || f[0] > 'z')
        return 0;
    const char *const *row = abbreviations[f[0] - 'a'];
    for (size_t i = 0; i < ABBR_ROW && row[i]; i++)
        if (ng_span_equals(f, n, row[i]))
            return 1;
    return 0;
}

static int text_is(const char *text, const ng_token *k, const char *s)
{
    if (text[k->start] != s[0])
        return 0;
    size_t n = strlen(s);
    return k->len == n && memcmp(text + k->start, s, n) == 0;
}

static int is_terminal(const char *text, const ng_token *k)
{
    return (k->flags & NG_TOK_PUNCT) &&
           (text_is(text, k, ".") || text_is(text, k, "!") || text_is(text, k, "?") ||
            text_is(text, k, "\xE2\x80\xA6"));
}

static int is_opening(const char *text, const ng_token *k)
{
    return text_is(text, k, "\xE2\x80\x9C") || text_is(text, k, "\xE2\x80\x98") ||
           text_is(text, k, "\xC2\xAB") || text_is(text, k, "\xE2\x80\x9E") ||
           text_is(text, k, "(") || text_is(text, k, "[");
}

static int is_closing(const char *text, const ng_token *t, size_t j, size_t n)
{
    const ng_token *k = &t[j];
    if (k->flags & (NG_TOK_SPACE | NG_TOK_NEWLINE))
        return 0;
    if (text_is(text, k, "\xE2\x80\x9D") || text_is(text, k, "\xE2\x80\x99") ||
        text_is(text, k, "\xC2\xBB") || text_is(text, k, ")") || text_is(text, k, "]"))
        return 1;
    /* an ASCII quote closes when white space or the end follows it */
    if (text_is(text, k, "\"") || text_is(text, k, "'"))
        return j + 1 >= n || (t[j + 1].flags & (NG_TOK_SPACE | NG_TOK_NEWLINE));
    return 0;
}

/* Folded words that start a sentence after a dotted abbreviation ("... in
 * the U.S. The next day"): only these end the sentence at "U.S.". */
static int is_sentence_opener(const ng_tokens *t, size_t j)
{
    static const char *const openers[] = {"the", "he", "she", "it", "they", "we", "but",
                                           "a", "an", "in", "this", "that", "i", "there",
                                           "his", "her", "their", "its", "on", "after", NULL};
    const char *f = ng_tokens_fold(t, j);
    size_t n = t->tok[j].flen;
    for (const char *const *o = openers; *o; o++)
        if (n && (*o)[0] == f[0] && strlen(*o) == n && memcmp(*o, f, n) == 0)
            return 1;
    return 0;
}

static void emit(ng_sentences *out, const ng_tokens *t, size_t b, size_t e)
{
    if (e <= b)
        return;
    ng_xgrow(&out->s, &out->cap, out->count + 1, sizeof *out->s);
    ng_sentence *s = &out->s[out->count++];
    s->tok_begin = (uint32_t)b;
    s->tok_end = (uint32_t)e;
    s->start = t->tok[b].start;
    s->end = t->tok[e - 1].start + t->tok[e - 1].len;
}

/* Does a sentence end after token k? Sets *end to one past the last token
 * of the sentence (closing quotes included). */
static int ends_after(const char *text, const ng_tokens *t, size_t k, size_t *end)
{
    const ng_token *tk = t->tok;
    size_t n = t->count;
    int dotted = (tk[k].flags & NG_TOK_DOTTED) != 0;
    if (!dotted && !is_terminal(text, &tk[k]))
        return 0;
    size_t j = k + 1;
    while (j < n && is_closing(text, tk, j, n))
        j++;
    *end = j;
    if (j >= n)
        return 1;
    if (tk[j].flags & NG_TOK_NEWLINE)
        return 0; /* the line-break rule decides */
    int opening = is_opening(text, &tk[j]) ||
                  ((tk[j].flags & NG_TOK_QUOTE) && j + 1 < n &&
                   !(tk[j + 1].flags & NG_TOK_SPACE));
    if (!(tk[j].flags & NG_TOK_SPACE) && !opening)
        return 0; /* 3.5, U.S.-backed, www.x.org */
    size_t p = j;
    while (p < n && (is_opening(text, &tk[p]) || (tk[p].flags & NG_TOK_QUOTE)))
        p++;
    if (p >= n)
        return 1;
    if (p > j && !(tk[p].flags & NG_TOK_LOWER))
        ; /* an opening quote or bracket starts the next sentence */
    else if (!(tk[p].flags & (NG_TOK_CAP | NG_TOK_NUMBER)))
        return 0;
    if (dotted)
        return is_sentence_opener(t, p);
    if (text_is(text, &tk[k], ".") && k > 0 && (tk[k - 1].flags & NG_TOK_WORD) &&
        !(tk[k].flags & NG_TOK_SPACE)) {
        const ng_token *w = &tk[k - 1];
        if (is_abbreviation(ng_tokens_fold(t, k - 1), w->flen))
            return 0;
        if (w->flen == 1 && (w->flags & NG_TOK_CAP))
            return 0; /* an initial: "George W. Bush" */
    }
    return 1;
}

void ng_sentences_split(ng_sentences *out, const char *text, const ng_tokens *t)
{
    out->count = 0;
    size_t n = t->count, begin = 0;
    const ng_token *tk = t->tok;
    for (size_t k = 0; k < n; k++) {
        /* most tokens: a word on a line, no sentence ends after it (up to
         * the last token a sentence from begin may have) */
        size_t most = begin + MAX_SENTENCE_TOKENS - 1 < n ? begin + MAX_SENTENCE_TOKENS - 1 : n;
        while (k < most && !(tk[k].flags & (NG_TOK_NEWLINE | NG_TOK_PUNCT | NG_TOK_DOTTED)))
            k++;
        if (k >= n)
            break;
        if (k > begin && (tk[k].flags & NG_TOK_NEWLINE)) {
            int cont = (tk[k].flags & NG_TOK_LOWER) && !(tk[k].flags & NG_TOK_PARA) &&
                       !is_terminal(text, &tk[k - 1]);
            if (!cont) {
                emit(out, t, begin, k);
                begin = k;
            }
        }
        size_t end;
        if (ends_after(text, t, k, &end)) {
            emit(out, t, begin, end);
            begin = end;
            k = end - 1;
            continue;
        }
        if (k + 1 - begin >= MAX_SENTENCE_TOKENS) {
            emit(out, t, begin, k + 1);
            begin = k + 1;
        }
    }
    emit(out, t, begin, n);
}
