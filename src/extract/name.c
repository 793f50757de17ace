/* name.c - spelling-variant keys for names */
#include "newsgraph/name.h"

#include <string.h>

#include "newsgraph/common.h"
#include "newsgraph/text.h"

static const char *const articles[] = {"al", "el", "ad", "ed", "as", "es", "ash", "esh", "az",
                                       "ez", "ar", "er", "an", "en", "at", "et", "ath", "adh",
                                       "ud", "ul", "il", "ur", "us", "uz", NULL};

int ng_name_is_article(const char *f, size_t n)
{
    for (const char *const *a = articles; *a; a++)
        if (strlen(*a) == n && memcmp(*a, f, n) == 0)
            return 1;
    return 0;
}

static int is_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

static int is_sun_letter(char c)
{
    return c == 't' || c == 'd' || c == 'r' || c == 'z' || c == 's' || c == 'n';
}

/* Append the key of one folded word (ASCII letters and digits) to out. */
static size_t key_word(const char *w, size_t n, char *out, size_t o, size_t cap)
{
    /* glued assimilated article: ezzor -> zor, assad -> sad */
    if (n >= 5 && (w[0] == 'a' || w[0] == 'e') && w[1] == w[2] && is_sun_letter(w[1])) {
        w += 2;
        n -= 2;
    }
    /* word-final "ah"/"eh"/"e" read as "a" */
    char tmp[256];
    if (n >= sizeof tmp)
        n = sizeof tmp - 1;
    memcpy(tmp, w, n);
    if (n >= 3 && tmp[n - 1] == 'h' && is_vowel(tmp[n - 2]))
        n--;
    if (n >= 3 && tmp[n - 1] == 'e')
        tmp[n - 1] = 'a';
    char last = 0;
    for (size_t i = 0; i < n && o + 1 < cap; i++) {
        char c = tmp[i];
        char next = i + 1 < n ? tmp[i + 1] : 0;
        char after = i + 2 < n ? tmp[i + 2] : 0;
        char k;
        if (c == 'q') {
            k = 'k';
        } else if (c == 'c' && next != 'h') {
            k = 'k';
        } else if (c == 'v') {
            k = 'f';
        } else if (c == 'p' && next == 'h') {
            k = 'f';
            i++;
        } else if ((c == 'a' || c == 'e') && (next == 'y' || next == 'i') &&
                   !is_vowel(after) && (after || next == 'y')) {
            /* ay/ai/ey/ei before a consonant or at the end */
            k = 'i';
            i++;
        } else if ((c == 'a' || c == 'o') && (next == 'w' || next == 'u') && !is_vowel(after) &&
                   (after || next == 'w')) {
            k = 'u';
            i++;
        } else if (c == 'o' || c == 'u') {
            k = 'u';
        } else if (c == 'e' || c == 'i') {
            k = 'i';
        } else {
            k = c;
        }
        if (k == last && (unsigned char)k < 0x80)
            continue; /* doubled letters (and ee, oo, ou after mapping) */
        out[o++] = k;
        last = k;
    }
    return o;
}

size_t ng_name_key(const char *s, size_t n, char *out, size_t cap)
{
    if (cap == 0)
        return 0;
    ng_tokens t;
    ng_tokens_init(&t);
    ng_tokens_run(&t, s, n);
    size_t words = 0;
    for (size_t k = 0; k < t.count; k++)
        if (t.tok[k].flags & NG_TOK_WORD)
            words++;
    /* the letters of the name without its articles decide whether fuzzy
     * rules apply ("al-Qaim" is as short as "Qaim") */
    size_t letters = 0, seen0 = 0;
    int article = 0;
    for (size_t k = 0; k < t.count; k++) {
        if (!(t.tok[k].flags & NG_TOK_WORD))
            continue;
        seen0++;
        const char *f = ng_tokens_fold(&t, k);
        if (seen0 < words && ng_name_is_article(f, t.tok[k].flen)) {
            article = 1;
            continue;
        }
        for (size_t i = 0; i < t.tok[k].flen; i++)
            letters += ((unsigned char)f[i] & 0xC0) != 0x80; /* count characters */
    }
    size_t o = 0;
    /* a written Arabic article marks a transliterated name: fuzzy from 3 letters */
    int fuzzy = letters >= (article ? NG_NAME_FUZZY_MIN_ARTICLE : NG_NAME_FUZZY_MIN);
    size_t seen = 0;
    for (size_t k = 0; k < t.count; k++) {
        const ng_token *tk = &t.tok[k];
        if (!(tk->flags & NG_TOK_WORD))
            continue;
        seen++;
        const char *f = ng_tokens_fold(&t, k);
        size_t fl = tk->flen;
        if (seen < words && ng_name_is_article(f, fl))
            continue;
        if (!fuzzy) {
            for (size_t i = 0; i < fl && o + 1 < cap; i++)
                out[o++] = f[i];
            continue;
        }
        o = key_word(f, fl, out, o, cap);
    }
    out[o] = '\0';
    ng_tokens_release(&t);
    return o;
}
